// Whether a text sets, forbids, discusses or cites the practice a phrase names, and the sentence
// and clause bounds the judgement reads. Expected stances follow the module's doc comment: a
// prohibition or limit before the phrase, a criticism, a question, an abolishing verb after it,
// a cited 《title》; a prohibition inside a condition (…的，) does not reach the phrase.

import * as assert from 'node:assert/strict';
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart, stanceAt, type Stance } from '../../../server/src/core/semantics/stance';

/** The stance towards the first occurrence of `phrase` in `t`. */
function stance(t: string, phrase: string): Stance {
  const i = t.indexOf(phrase);
  assert.ok(i >= 0, `${phrase} not in ${t}`);
  return stanceAt(t, i, i + phrase.length);
}

describe('semantics/stance: sentence and clause bounds', () => {
  it('a sentence starts just after the previous 。！？；, newline or at the text start', () => {
    // 甲0 乙1 。2 丙3 丁4
    assert.equal(sentenceStart('甲乙。丙丁', 4), 3);
    assert.equal(sentenceStart('甲乙。丙丁', 3), 3);
    assert.equal(sentenceStart('甲乙。丙丁', 1), 0);
    assert.equal(sentenceStart('甲！乙', 2), 2);
    assert.equal(sentenceStart('甲?乙；丙', 4), 4);
    assert.equal(sentenceStart('甲\n乙', 2), 2);
    // A comma does not end a sentence.
    assert.equal(sentenceStart('甲，乙', 2), 0);
  });

  it('a sentence reaches back at most 250 characters, and a 。 right at that bound still counts', () => {
    const run = '字'.repeat(300);
    assert.equal(sentenceStart(run, 300), 50);
    // 。 at index 1, phrase at 251: the bound is index 1 itself, so the sentence starts at 2.
    const t = `字。${'字'.repeat(249)}`;
    assert.equal(sentenceStart(t, 251), 2);
  });

  it('a sentence ends just after its 。！？； or newline, else at the text end', () => {
    assert.equal(sentenceEnd('甲乙。丙丁', 0), 3);
    assert.equal(sentenceEnd('甲乙。丙丁', 2), 3);
    assert.equal(sentenceEnd('甲乙。丙丁', 3), 5);
    assert.equal(sentenceEnd('甲；乙', 0), 2);
    assert.equal(sentenceEnd('甲?乙', 0), 2);
    assert.equal(sentenceEnd('甲，乙', 0), 3);
  });

  it('a sentence reaches forward at most 250 characters: a 。 just beyond is not seen', () => {
    const t = `${'字'.repeat(250)}。`;
    assert.equal(sentenceEnd(t, 0), 250);
    const u = `${'字'.repeat(249)}。字`;
    assert.equal(sentenceEnd(u, 0), 250);
    assert.equal(sentenceEnd('字'.repeat(300), 10), 260);
  });

  it('a clause runs between ，。；：！？ (the end excludes its mark), within the given bounds', () => {
    const t = '请于7月10日前，将材料报送：市局。';
    // 请0 于1 7 2 月3 1 4 0 5 日6 前7 ，8 将9 材10 料11 报12 送13 ：14 市15 局16 。17
    assert.equal(clauseStart(t, 11, 0), 9);
    assert.equal(clauseEnd(t, 9, t.length), 14);
    assert.equal(clauseStart(t, 15, 0), 15);
    assert.equal(clauseEnd(t, 15, t.length), 17);
    assert.equal(clauseEnd(t, 0, t.length), 8);
    // The floor and the ceiling bound the search even without a mark.
    assert.equal(clauseStart(t, 7, 3), 3);
    assert.equal(clauseEnd(t, 0, 5), 5);
    // A mark at the floor itself counts.
    assert.equal(clauseStart('甲，乙丙', 3, 1), 2);
  });
});

describe('semantics/stance: stanceAt', () => {
  const CASES: Array<[string, string, Stance, string]> = [
    ['对考核不合格的单位实行一票否决。', '一票否决', 'sets', 'nothing forbids, limits or criticises the veto'],
    ['各级不得实行一票否决。', '一票否决', 'forbids', '不得 before the phrase'],
    ['严禁与基层签订责任状。', '责任状', 'forbids', '严禁 before the phrase'],
    ['未经市委同意，不再另行签订责任状。', '责任状', 'forbids', '未经…同意 and 不再 forbid'],
    ['对不予配合的，实行一票否决。', '一票否决', 'sets', 'the 不予 belongs to the 的-clause, a condition'],
    ['在不予配合的情况下实行一票否决。', '一票否决', 'sets', '的情况下 closes a condition'],
    ['不予配合时，实行一票否决。', '一票否决', 'sets', '…时， closes a condition'],
    ['不予配合者，实行一票否决。', '一票否决', 'sets', '…者， closes a condition'],
    ['不得层层加码，同时，签订责任状。', '责任状', 'forbids', '同时， is not a condition: 不得 still reaches'],
    ['对迟报的，不得实行一票否决。', '一票否决', 'forbids', 'a condition before the prohibition does not lift it'],
    ['不得变更考核办法，须签订责任状。', '责任状', 'sets', 'a new demand after a comma ends the prohibition'],
    ['不得变更考核办法须签订责任状。', '责任状', 'forbids', 'a demand without a comma between does not renew'],
    ['须注意不得签订责任状。', '责任状', 'forbids', 'a demand before the prohibition does not renew'],
    ['规范一票否决事项。', '一票否决', 'forbids', 'a limiting verb right before the phrase'],
    ['清理不力的单位一票否决。', '一票否决', 'sets', 'a limiting verb inside a 的-phrase governs the unit, not the veto'],
    ['压减会议数量并实行一票否决。', '一票否决', 'sets', 'a limiting verb out of reach governs another object'],
    ['今年的清理一票否决事项工作要抓紧推进。', '一票否决', 'forbids', 'a limiting verb right before the phrase; the 的 before the verb is not a condition'],
    ['加强成本控制，实行一票否决。', '一票否决', 'sets', 'a limiting verb before a comma does not reach past it'],
    ['检查各单位是否实行一票否决。', '一票否决', 'discusses', 'a question'],
    ['是否实行一票否决，由各区县自行确定。', '一票否决', 'discusses', 'a question opening the sentence'],
    ['原有的一票否决事项一律取消。', '一票否决', 'forbids', 'abolished after the phrase'],
    ['今后责任状不再签订。', '责任状', 'forbids', '不再签订 after the phrase'],
    ['今后责任状一律不得签订。', '责任状', 'forbids', '一律不得 after the phrase'],
    ['签订责任状的现象较为普遍。', '责任状', 'discusses', 'named a problem after the phrase (的现象)'],
    ['实行一票否决等做法。', '一票否决', 'discusses', '等做法 after the phrase'],
    ['一票否决事项过多。', '一票否决', 'discusses', '过多 after the phrase, in its clause'],
    ['动辄实行一票否决。', '一票否决', 'discusses', 'a criticism word before the phrase'],
    ['一些地方实行一票否决。', '一票否决', 'discusses', 'what some units do'],
    ['对下签订责任状，要坚决纠正。', '责任状', 'discusses', 'the sentence calls for correction'],
    ['把一票否决与考核挂钩，必须坚决纠正此类错误做法。', '一票否决', 'discusses', 'the call for correction may end with a few words and the 。'],
    ['按照《一票否决事项管理办法》执行。', '一票否决', 'cites', 'inside a cited title'],
    ['《考核办法》规定实行一票否决。', '一票否决', 'sets', 'a title closed before the phrase is not around it'],
    ['签订《安全生产责任状》。', '责任状', 'sets', 'a demanded form: judged from the verb'],
    ['不得签订《安全生产责任状》。', '责任状', 'forbids', 'a demanded form under a prohibition'],
  ];
  for (const [t, phrase, want, why] of CASES) {
    it(`${t} -> ${want} (${why})`, () => assert.equal(stance(t, phrase), want));
  }

  it('looks back at most 120 characters for the 《 of a cited title', () => {
    const near = `《${'甲'.repeat(100)}一票否决`;
    assert.equal(stance(near, '一票否决'), 'cites');
    const far = `《${'甲'.repeat(130)}一票否决`;
    assert.equal(stance(far, '一票否决'), 'sets');
  });

  it('reads only the sentence of the phrase: a prohibition in the previous sentence does not reach it', () => {
    assert.equal(stance('不得随意检查。实行一票否决。', '一票否决'), 'sets');
    assert.equal(stance('实行一票否决。此类做法一律取消。', '一票否决'), 'sets');
    assert.equal(stance('实行一票否决。对违规行为要坚决纠正。', '一票否决'), 'sets');
  });

  it('judges the phrase where it is, not its first occurrence', () => {
    const t = '不得实行一票否决；对拒不整改的，实行一票否决。';
    const second = t.lastIndexOf('一票否决');
    assert.equal(stanceAt(t, t.indexOf('一票否决'), t.indexOf('一票否决') + 4), 'forbids');
    // 拒不 is not a prohibition verb: nothing before the second phrase forbids it.
    assert.equal(stanceAt(t, second, second + 4), 'sets');
  });
});
