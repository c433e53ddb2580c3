// doc.principal-signature (§20): the districts' principal leaders asked to sign. Whose leaders
// they are: named right before (区县人民政府主要负责同志), named earlier in the sentence, or,
// naming no unit, the document's addressees. The fix writes 分管负责同志 over the title.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'doc.principal-signature';

function doc(lines: string[], to = '各区县水务局', issuer = '济南市水务局'): string {
  return `${issuer}关于报送河湖长制工作总结的通知\n${to}：\n${lines.map((l) => `　　${l}\n`).join('')}${issuer}\n2026年3月2日\n`;
}

const rows = (text: string) => lint(text, RULE).map((f) => [f.line, f.column, f.text, f.zh]);
const MSG = (w: string) => `不得要求区县党委、政府“${w}”签字；确有必要的，由分管负责同志签字（§20）`;

describe('doc.principal-signature', () => {
  it('reports leaders of the districts named in the sentence before them, with the fix', () => {
    const text = doc(['一、请各区县人民政府组织填报，报告须经主要负责同志签字。', '二、报告须经主要负责同志签字后报区县政府。', '三、报告须经区县政府主要负责同志签字。']);
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [3, 22, '主要负责同志', 'warning', MSG('主要负责同志'), 'Do not ask the districts\' "主要负责同志" to sign; where a signature is needed, the leader in charge (分管负责同志) signs (§20)'],
      [5, 13, '主要负责同志', 'warning', MSG('主要负责同志'), 'Do not ask the districts\' "主要负责同志" to sign; where a signature is needed, the leader in charge (分管负责同志) signs (§20)'],
    ]);
    assert.deepEqual(fs[1]!.fixes.map((x) => [x.zh, x.en, x.output.split('\n')[4]]), [['改为“分管负责同志”', 'Change to 分管负责同志', '　　三、报告须经区县政府分管负责同志签字。']]);
  });

  it('leaves leaders of townships and of departments', () => {
    assert.deepEqual(rows(doc(['方案由乡镇党委书记签字确认。', '申请由区县农业农村局主要负责同志签字。', '报告由市直各部门主要负责人签字。'], '各区县人民政府')), []);
  });

  it('leaves a department head even when the districts\' governments are named before', () => {
    assert.deepEqual(rows(doc(['由各区县人民政府组织，区县农业农村局主要负责同志签字确认。'])), []);
  });

  it('takes a leader naming no unit as the addressed districts\' leader', () => {
    assert.deepEqual(rows(doc(['报告须经主要负责同志签字。'], '各区县人民政府')), [[3, 7, '主要负责同志', MSG('主要负责同志')]]);
    assert.deepEqual(rows(doc(['报告须经主要负责同志签字。'])), []);
  });

  it('quotes the whole title of a 区长, 县长 or 区县长 and replaces only 长', () => {
    const text = doc(['一、工作总结须经区长签字后报送。', '二、工作方案须经县长签字后报送。', '三、整改方案须经区县长签字后报送。'], '各区县人民政府');
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh]), [[3, 12, '长', MSG('区长')], [4, 12, '长', MSG('县长')], [5, 13, '长', MSG('区县长')]]);
    assert.equal(fs[2]!.fixes[0]!.output.split('\n')[4], '　　三、整改方案须经区县分管负责同志签字后报送。');
  });

  it('leaves deputies, who are the leaders in charge', () => {
    assert.deepEqual(rows(doc(['清单须经区县党委副书记签字确认。', '清单须经副区长签字确认。'], '各区县人民政府')), []);
  });

  it('covers a secretary and a district head named together', () => {
    assert.deepEqual(rows(doc(['清单由区县党委书记、区长签字确认。'], '各区县人民政府')), [[3, 8, '党委书记、区长', MSG('党委书记、区长')]]);
  });

  it('does not check documents of the city government or stating its consent', () => {
    assert.deepEqual(rows(doc(['报告须经主要负责同志签字。'], '各区县人民政府', '济南市人民政府办公厅')), []);
    assert.deepEqual(rows(doc(['经市政府同意，报告须经主要负责同志签字。'], '各区县人民政府')), []);
  });

  it('writes the replacement in traditional characters in a traditional text', () => {
    const fs = lint(doc(['預算執行情況報告須經區縣政府主要負責同志簽字後報送。']), RULE);
    assert.deepEqual(fs.map((f) => [f.text, f.zh, f.fixes[0]!.zh, f.fixes[0]!.output.split('\n')[2]]), [
      ['主要負責同志', MSG('主要負責同志'), '改为“分管負責同志”', '　　預算執行情況報告須經區縣政府分管負責同志簽字後報送。'],
    ]);
  });

  it('checks a document whose issuer it cannot name', () => {
    const text = '关于报送河湖长制工作总结的通知\n各区县人民政府：\n　　报告须经主要负责同志签字。\n';
    assert.deepEqual(rows(text), [[3, 7, '主要负责同志', MSG('主要负责同志')]]);
  });

  it('takes a 党工委 for a district leadership, not a department', () => {
    assert.deepEqual(rows(doc(['报告由高新区党工委主要负责同志签字。'])), [[3, 12, '主要负责同志', MSG('主要负责同志')]]);
  });

  it('looks for the districts in the leader\'s own sentence only', () => {
    // 市政府 leaders in a sentence that names no district; the districts are named in the sentence before.
    assert.deepEqual(rows(doc(['请各区县水务局做好统计。报告须经市政府主要负责同志签字。'])), []);
    assert.deepEqual(rows(doc(['请各区县人民政府组织填报。报告须经主要负责同志签字。'])), []);
    // Named before the phrase, and again after it: before is enough.
    assert.deepEqual(rows(doc(['请各区县人民政府组织填报，报告须经主要负责同志签字后报区县政府。'])), [[3, 20, '主要负责同志', MSG('主要负责同志')]]);
  });

  it('does not take any district word before the leader for the districts\' leadership', () => {
    assert.deepEqual(rows(doc(['各区县水务局汇总后，报告须经主要负责同志签字。'])), []);
  });

  it('takes the districts named at the very start of the sentence', () => {
    assert.deepEqual(rows(doc(['各区县人民政府组织填报，报告须经主要负责同志签字。'])), [[3, 19, '主要负责同志', MSG('主要负责同志')]]);
  });

  it('reads a quoted leader with no unit before it as the addressees\' leader', () => {
    assert.deepEqual(rows(doc(['承诺书须由“一把手”签字。'], '各区县人民政府')), [[3, 9, '一把手', MSG('一把手')]]);
  });

  it('names a 县长 at the start of a paragraph in full', () => {
    const text = '济南市水务局关于报送河湖长制工作总结的通知\n各区县人民政府：\n县长签字后报送。\n济南市水务局\n2026年3月2日\n';
    assert.deepEqual(rows(text), [[3, 2, '长', MSG('县长')]]);
  });
});
