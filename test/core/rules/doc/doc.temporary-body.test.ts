// doc.temporary-body (§11): a temporary body set up by the document needs the conditions and term
// of its dissolution: a sentence with a dissolution word and a condition or term, naming that
// kind of body (or 临时机构) anywhere, or naming none in the setup's paragraph or the 6 after it.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'doc.temporary-body';
const TITLE = '济南市城市管理局关于做好冬季清雪除冰工作的通知';
const SETUP = '决定成立全市清雪除冰工作领导小组。';

function doc(lines: string[], title = TITLE): string {
  return `${title}\n各区县城市管理局：\n${lines.map((l) => `　　${l}\n`).join('')}济南市城市管理局\n2026年11月20日\n`;
}

/** n filler paragraphs. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}项工作按计划推进。`);

const rows = (text: string) => lint(text, RULE).map((f) => [f.line, f.column, f.text]);

describe('doc.temporary-body', () => {
  it('reports a setup without a dissolution, with the kind of body in the message', () => {
    const fs = lint(doc([SETUP]), RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [3, 5, '成立全市清雪除冰工作领导小组', 'warning',
        '设立“领导小组”，未明确其撤销的条件和期限；请写明何时、在何种条件下撤销（如“任务完成后自行撤销”“运行至××××年××月”）（§11）',
        'Sets up a temporary body (领导小组) without stating when and on what condition it is dissolved; state both (e.g. "任务完成后自行撤销", "运行至××××年××月") (§11)'],
    ]);
  });

  it('takes a bare dissolution in the setup\'s paragraph or the six after it, not the seventh', () => {
    assert.deepEqual(rows(doc([SETUP, ...filler(5), '任务完成后自行撤销。'])), []);
    assert.deepEqual(rows(doc([`${SETUP}任务完成后自行撤销。`])), []);
    assert.deepEqual(rows(doc([SETUP, ...filler(6), '任务完成后自行撤销。'])), [[3, 5, '成立全市清雪除冰工作领导小组']]);
  });

  it('does not take a bare dissolution before the setup', () => {
    assert.deepEqual(rows(doc(['任务完成后自行撤销。', SETUP])), [[4, 5, '成立全市清雪除冰工作领导小组']]);
  });

  it('takes a dissolution naming the kind of body anywhere, and 临时机构 for every kind', () => {
    assert.deepEqual(rows(doc(['领导小组在任务完成后自行撤销。', ...filler(8), SETUP])), []);
    assert.deepEqual(rows(doc(['临时机构在任务完成后自行撤销。', ...filler(8), '决定成立全市清雪除冰工作指挥部。', '决定组建清雪工作专班。'])), []);
  });

  it('does not let a dissolution naming one kind cover another', () => {
    assert.deepEqual(rows(doc([SETUP, '清雪结束后，指挥部自行撤销。'])), [[3, 5, '成立全市清雪除冰工作领导小组']]);
  });

  it('does not let a dissolution of a 指挥部 cover a 工作专班', () => {
    assert.deepEqual(rows(doc(['清雪结束后，指挥部自行撤销。', ...filler(8), '决定组建清雪工作专班。'])), [[12, 5, '组建清雪工作专班']]);
  });

  it('lets 专班 cover a 工作专班', () => {
    assert.deepEqual(rows(doc(['清雪结束后，专班自行撤销。', ...filler(8), '决定组建清雪工作专班。'])), []);
  });

  it('needs a condition or a term with the dissolution word, or a stated term of operation', () => {
    assert.deepEqual(rows(doc([SETUP, '领导小组撤销。'])), [[3, 5, '成立全市清雪除冰工作领导小组']]);
    assert.deepEqual(rows(doc([SETUP, '运行期限为一年。'])), []);
  });

  it('reports each kind of body once, at its first setup in the body rather than the title', () => {
    const text = doc([SETUP, '决定成立全市清雪除冰工作领导小组办公室。', '决定组建清雪工作专班。'], '济南市城市管理局关于成立清雪除冰工作领导小组的通知');
    assert.deepEqual(rows(text), [[3, 5, '成立全市清雪除冰工作领导小组'], [5, 5, '组建清雪工作专班']]);
    // Set up in the title only: reported there.
    assert.deepEqual(rows(doc(['请各单位做好清雪工作。'], '济南市城市管理局关于成立清雪除冰工作领导小组的通知')), [[1, 11, '成立清雪除冰工作领导小组']]);
  });

  it('leaves a body already set up and a rule about setting bodies up', () => {
    assert.deepEqual(rows(doc(['我市已于2025年成立营商环境建设领导小组。', '成立市级领导小组须报市委、市政府研究同意。'])), []);
  });

  it('needs the dissolution word in the same sentence as the condition', () => {
    assert.deepEqual(rows(doc([SETUP, '工作完成后形成总结报告；领导小组撤销事宜另行研究。'])), [[3, 5, '成立全市清雪除冰工作领导小组']]);
  });

  it('lets one sentence naming two kinds cover both', () => {
    assert.deepEqual(rows(doc(['领导小组和指挥部在任务完成后自行撤销。', ...filler(8), SETUP, '决定成立全市清雪除冰指挥部。'])), []);
  });

  it('lets a 工作专班 named in the dissolution cover a 专班 set up elsewhere', () => {
    assert.deepEqual(rows(doc(['清雪结束后，各区县工作专班自行撤销。', ...filler(8), '决定成立清雪专班。'])), []);
  });

  it('does not take a dissolution from text outside the document (an unlabelled short appendix)', () => {
    const text = `${doc([SETUP, ...filler(6)])}附加说明\n　　领导小组在任务完成后自行撤销。\n`;
    assert.deepEqual(rows(text), [[3, 5, '成立全市清雪除冰工作领导小组']]);
  });

  it('takes a demand that the districts set one up for a setup, whatever the sentence starts with', () => {
    assert.deepEqual(rows(doc(['各区县须按要求成立清雪工作专班。'])), [[3, 10, '成立清雪工作专班']]);
  });

  it('names the kind the setup names, not another body named before it', () => {
    assert.deepEqual(lint(doc(['根据指挥部要求，决定成立清雪工作专班。']), RULE).map((f) => [f.text, f.zh.slice(0, 8)]), [['成立清雪工作专班', '设立“工作专班”']]);
  });
  it('reports the first of two setups of one kind in the title when the body names none', () => {
    // One finding per kind: the title's first 领导小组, not the second.
    const title = '关于成立清雪领导小组和组建除冰领导小组的通知';
    assert.deepEqual(rows(doc(['请各单位做好清雪除冰工作。'], title)), [[1, 3, '成立清雪领导小组']]);
  });
});
