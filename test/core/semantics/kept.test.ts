// Work kept between analyses by paragraph text (parse/memo.ts): deadlines, phrase stances,
// convened meetings, district mentions. Each case analyses texts one after the other in this
// process, as the editor does on every keystroke; what was kept for an earlier text must never
// stand for a changed one, nor for an equal paragraph elsewhere or under another 成文日期.

import * as assert from 'node:assert/strict';
import { checkText } from '../../../server/src/core/check';
import { effectiveConfig } from '../../../server/src/core/config/effective';
import type { Finding } from '../../../server/src/core/types';

const NOTICE_TITLE = '济南市民政局关于做好养老服务有关工作的通知';

function notice(issue: string, body: string[]): string {
  return [NOTICE_TITLE, '', '各区县民政局：', ...body, '', '济南市民政局', issue, ''].join('\n');
}

function findings(text: string, rule: string): Finding[] {
  return checkText(text, 'notice.txt', effectiveConfig([])).findings.filter((f) => f.rule === rule);
}

describe('work kept between analyses', () => {
  it('a report deadline is judged against each text’s own 成文日期', () => {
    // 3月2日 has no year: the 成文日期 gives it one.
    const deadline = '请于3月2日前将工作台账报送市民政局。';
    const messages = (issue: string) => findings(notice(issue, [deadline]), 'doc.report-deadline').map((f) => f.message.zh);
    const [soon] = messages('2024年3月1日');
    assert.match(soon ?? '', /“3月2日”（2024年3月2日）.*2024年3月1日/, 'one day after the 成文日期');
    assert.deepEqual(messages('2024年2月1日'), [], 'a month after it: the same paragraph, no finding');
    const [yearBefore] = messages('2023年3月1日');
    assert.match(yearBefore ?? '', /“3月2日”（2023年3月2日）.*2023年3月1日/, 'the year of that 成文日期');
    assert.deepEqual(messages('2024年3月1日'), [soon]);
    // Four days: enough for the default minDays (3), not for 7.
    const inFour = notice('2024年3月1日', ['请于3月5日前将工作台账报送市民政局。']);
    const withMin = (minDays: number) => checkText(inFour, 'notice.txt', effectiveConfig([{ config: { rules: { 'doc.report-deadline': { severity: 'warning', minDays } } } }])).findings.filter((f) => f.rule === 'doc.report-deadline');
    assert.deepEqual(withMin(3), []);
    assert.equal(withMin(7).length, 1);
    assert.deepEqual(withMin(3), []);
  });

  it('an edited paragraph is read again: a phrase negated, a meeting moved, and back', () => {
    const veto = '对工作推进不力的单位，实行一票否决。';
    const meeting = '会议定于2024年7月11日9:00在市民中心三楼会议室召开，请各单位主要负责同志准时参加。';
    const first = notice('2024年3月1日', [veto, meeting]);
    const edited = notice('2024年3月1日', [veto.replace('实行', '不得实行'), meeting.replace('7月11日', '7月18日')]);
    const rules = (t: string) => checkText(t, 'notice.txt', effectiveConfig([])).findings.map((f) => f.rule);
    assert.ok(rules(first).includes('doc.one-vote-veto'));
    assert.ok(rules(first).includes('meeting.no-meeting-week'), '7月11日 is in the no-meeting week');
    assert.ok(!rules(edited).includes('doc.one-vote-veto'), 'the negated phrase sets nothing');
    assert.ok(!rules(edited).includes('meeting.no-meeting-week'), '7月18日 is after it');
    const back = findings(first, 'doc.one-vote-veto');
    assert.deepEqual(back.map((f) => first.slice(f.start, f.end)), ['一票否决']);
  });

  it('equal paragraphs in other places get findings at their own offsets', () => {
    const deadline = '请于2024年3月2日前将工作台账报送市民政局。';
    const twice = notice('2024年3月1日', [deadline, '各单位要高度重视。', deadline]);
    const moved = notice('2024年3月1日', [deadline, '各单位要高度重视，加强统筹协调，确保按期完成。', deadline]);
    for (const text of [twice, moved]) {
      const at = findings(text, 'doc.report-deadline').map((f) => f.start);
      const first = text.indexOf('2024年3月2日');
      assert.deepEqual(at, [first, text.indexOf('2024年3月2日', first + 1)]);
      // The fix edits the date where it is in this text.
      const fix = findings(text, 'doc.report-deadline')[1]!.fixes[0]!.edits[0]!;
      assert.ok(fix.start > first && text.slice(fix.start, fix.end).length > 0);
    }
  });

  it('the districts named in a paragraph follow the configured names, not an earlier list', () => {
    const line = '请历下区委、区政府于2024年3月20日前报送工作方案。';
    const text = ['济南市民政局关于报送工作方案的通知', '', '各区县民政局：', line, '', '济南市民政局', '2024年3月1日', ''].join('\n');
    // Read twice: a paragraph text is kept from its second sighting on (parse/memo.ts).
    checkText(text, 'a.txt', effectiveConfig([]));
    const plain = checkText(text, 'a.txt', effectiveConfig([])).findings.filter((f) => f.rule === 'doc.directive-scope');
    const without = checkText(text, 'a.txt', effectiveConfig([{ config: { names: { districts: ['槐荫区'] } } }])).findings.filter((f) => f.rule === 'doc.directive-scope');
    assert.equal(plain.length, 1, '历下区 is one of the default districts');
    assert.deepEqual(without, [], 'not once the list names only 槐荫区');
  });
});

// Each kept value against each input it depends on: analysed one after the other in this process,
// the second text (or setting) must give its own answer, not the first one's.
describe('work kept between analyses: every input of a kept value', () => {
  const cfg = (config: object = {}) => effectiveConfig([{ config }]);
  /** The findings of the second analysis of the text: a paragraph text is kept from its second sighting on. */
  const rulesOf = (text: string, config: object = {}, rule?: string) => {
    checkText(text, 'notice.txt', cfg(config));
    return checkText(text, 'notice.txt', cfg(config)).findings.filter((f) => !rule || f.rule === rule);
  };

  it('a paragraph’s 字 are counted in the count mode asked, and again after an edit', () => {
    const text = notice('2024年3月1日', ['请按时报送ABC。']);
    const body = (t: string, countMode: string) => {
      checkText(t, 'notice.txt', cfg({ countMode }));
      return checkText(t, 'notice.txt', cfg({ countMode })).counts.body;
    };
    // 请按时报送 5 Han, ABC one run, 。: word 7, han 5, chars 9.
    assert.deepEqual(['word', 'han', 'chars', 'word'].map((m) => body(text, m)), [7, 5, 9, 7]);
    assert.equal(body(text.replace('ABC', 'ABCD材料'), 'han'), 7);
  });

  it('the matches of two phrase patterns in one paragraph text are kept apart, and an edit reads them again', () => {
    const both = '对工作推进不力的单位，实行一票否决。各单位要与各区县签订责任状。';
    const rules = (t: string) => rulesOf(notice('2024年3月1日', [t])).map((f) => f.rule).filter((r) => r === 'doc.one-vote-veto' || r === 'doc.responsibility-pledge').sort();
    assert.deepEqual(rules(both), ['doc.one-vote-veto', 'doc.responsibility-pledge']);
    assert.deepEqual(rules(both.replace('实行一票否决', '不得实行一票否决')), ['doc.responsibility-pledge']);
    assert.deepEqual(rules(both), ['doc.one-vote-veto', 'doc.responsibility-pledge']);
  });

  it('a skip-level demand is read again when its paragraph is edited', () => {
    const asks = '请各乡镇（街道）直接报送市民政局。';
    const found = (t: string) => rulesOf(notice('2024年3月1日', [t]), {}, 'doc.skip-level').length;
    assert.equal(found(asks), 1);
    assert.equal(found(asks.replace('直接报送市民政局', '经区县汇总后报送')), 0);
    assert.equal(found(asks), 1);
  });

  it('the issuers follow the configured name lists, for the document and for each meeting in it', () => {
    const asks = '请各乡镇（街道）直接报送市民政局。';
    const meeting = '会议定于2024年3月12日上午9:00在市民中心召开，请各有关部门主要负责同志参加。';
    const text = notice('2024年3月1日', [asks, meeting]);
    const rules = (config: object) => rulesOf(text, config).map((f) => f.rule).filter((r) => r === 'doc.skip-level' || r === 'meeting.attendance-level').sort();
    // 市民政局 is a city department by default; named among the leadership, it may ask both.
    const leadership = { names: { leadership: ['市民政局'] } };
    assert.deepEqual(rules({}), ['doc.skip-level', 'meeting.attendance-level']);
    assert.deepEqual(rules(leadership), []);
    assert.deepEqual(rules({}), ['doc.skip-level', 'meeting.attendance-level']);
  });

  it('a meeting in one sentence takes its year from each text’s own 成文日期, and its place from where it is now', () => {
    // 3月7日 was a Thursday (无会日) in 2024 and a Friday in 2025.
    const meeting = '会议定于3月7日上午9:00在市民中心三楼会议室召开，请各单位主要负责同志准时参加。';
    // A notice about something else that arranges a meeting in one sentence.
    const days = (issue: string, before: string[] = []) => {
      const text = notice(issue, ['一、总体要求', ...before, '各单位要高度重视。', '二、工作安排', meeting]);
      return rulesOf(text, {}, 'meeting.no-meeting-day').map((f) => [f.start - text.indexOf('3月7日'), f.end - f.start]);
    };
    assert.deepEqual(days('2024年3月1日'), [[0, 4]]);
    assert.deepEqual(days('2025年3月1日'), []);
    assert.deepEqual(days('2024年3月1日', ['各单位要高度重视，认真做好会议准备工作。']), [[0, 4]], 'moved down by a paragraph');
    // A meeting arranged in a sentence of a longer notice: the region is that sentence, where it now is.
    for (const lead of [[], ['各单位要高度重视，认真做好会议准备工作。']]) {
      const text = notice('2024年3月1日', ['一、总体要求', ...lead, '各单位要高度重视。', '二、工作安排', meeting]);
      const region = checkText(text, 'notice.txt', cfg()).tree.meetings[0]!;
      assert.equal(region.basis, 'sentence');
      assert.equal(text.slice(region.start, region.end), meeting.slice(0, meeting.indexOf('，请')));
      assert.equal(region.agenda.days[0]!.para.text, text.slice(region.start, region.end));
    }
  });

  it('a heading mark is read again when its number is edited', () => {
    const body = (second: string) => ['一、总体要求', '各单位要高度重视。', `${second}工作措施`, '加强统筹协调。', '三、保障措施', '落实责任。'];
    const out = (second: string) => rulesOf(notice('2024年3月1日', body(second)), {}, 'format.heading-sequence').length;
    assert.equal(out('二、'), 0);
    assert.ok(out('四、') > 0);
    assert.equal(out('二、'), 0);
  });

  it('a 发文字号 is read again when it is edited', () => {
    const cites = (n: string) => rulesOf(notice('2024年3月1日', [`根据《关于加强管理的通知》（济民发${n}5号）要求，请认真落实。`]), {}, 'format.doc-number').length;
    assert.equal(cites('〔2024〕'), 0);
    assert.equal(cites('[2024]'), 1);
    assert.equal(cites('〔2024〕'), 0);
  });

  it('a temporary body’s dissolution is read again when its sentence is edited', () => {
    const setup = '成立城市更新工作专班，统筹推进各项工作。';
    const dissolves = '工作专班在任务完成后自行撤销。';
    const found = (ps: string[]) => rulesOf(notice('2024年3月1日', ps), {}, 'doc.temporary-body').length;
    assert.equal(found([setup, dissolves]), 0);
    assert.equal(found([setup, '工作专班要加强统筹。']), 1);
    assert.equal(found([setup, dissolves]), 0);
  });
});
