// format.attachment-note (GB 7.3.4, 7.3.7): the 附件说明's colon, numbering and trailing
// punctuation, and its agreement with the labelled attachments after the document. Expected
// findings follow docs/rules/format.attachment-note.md.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'format.attachment-note';
const HEAD = '关于做好暑期安全工作的通知\n各区县教育和体育局：\n　　请做好暑期安全工作。\n';
const TAIL = '济南市教育局\n2026年7月1日\n';
const TIPS = '暑期安全提示\n　　学生暑期要注意防溺水、防交通事故和防食物中毒，家长要切实履行监护责任。\n';
const DUTY = '值班安排表\n　　暑期实行领导带班和工作人员值班制度，值班人员要保持通讯畅通。\n';

function note(...items: string[]): string {
  return items.map((it, i) => (i === 0 ? `　　附件${it}\n` : `　　　　　${it}\n`)).join('');
}

const rows = (text: string) => lint(text, RULE).map((f) => [f.line, f.column, f.text, f.zh]);

describe('format.attachment-note', () => {
  it('reports the half-width colon, a wrong mark, a number out of sequence and trailing marks, each with its fix', () => {
    const text = HEAD + note(':1、暑期安全提示', '2.暑期安全检查表；', '4.暑期值班安排表。') + TAIL;
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en]), [
      [4, 5, ':', '“附件”后应使用全角冒号“：”（GB 7.3.4）', 'Use a full-width colon "：" after 附件 (GB 7.3.4)'],
      [4, 6, '1、', '附件说明第 1 项顺序号后应使用“.”，应写作“1.”（GB 7.3.4）', 'Item 1 of the attachment list takes "." after its number; write "1." (GB 7.3.4)'],
      [5, 15, '；', '附件名称后不加标点符号，删除“；”（GB 7.3.4）', 'No punctuation after an attachment name; remove "；" (GB 7.3.4)'],
      [6, 6, '4.', '附件说明第 3 项顺序号不连续，应写作“3.”（GB 7.3.4）', 'Item 3 of the attachment list is out of sequence; write "3." (GB 7.3.4)'],
      [6, 15, '。', '附件名称后不加标点符号，删除“。”（GB 7.3.4）', 'No punctuation after an attachment name; remove "。" (GB 7.3.4)'],
    ]);
    assert.deepEqual(fs.map((f) => f.severity), ['info', 'info', 'info', 'info', 'info']);
    assert.deepEqual(fs.map((f) => [f.fixes[0]!.zh, f.fixes[0]!.en]), [
      ['改为“：”', 'Change to "："'],
      ['改为“1.”', 'Change to "1."'],
      ['删除“；”', 'Remove "；"'],
      ['改为“3.”', 'Change to "3."'],
      ['删除“。”', 'Remove "。"'],
    ]);
    const lines = (i: number) => fs[i]!.fixes[0]!.output.split('\n');
    assert.equal(lines(0)[3], '　　附件：1、暑期安全提示');
    assert.equal(lines(1)[3], '　　附件:1.暑期安全提示');
    assert.equal(lines(2)[4], '　　　　　2.暑期安全检查表');
    assert.equal(lines(3)[5], '　　　　　3.暑期值班安排表。');
    assert.equal(lines(4)[5], '　　　　　4.暑期值班安排表');
  });

  it('reports a new item without a number at its first character', () => {
    const fs = lint(HEAD + note('：1.暑期安全提示', '值班表') + TAIL, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en]), [
      [5, 6, '值', '附件说明第 2 项缺少顺序号，应写作“2.”（GB 7.3.4）', 'Item 2 of the attachment list has no number; write "2." (GB 7.3.4)'],
    ]);
    assert.equal(fs[0]!.fixes[0]!.output.split('\n')[4], '　　　　　2.值班表');
  });

  it('underlines a whole character outside the Basic Multilingual Plane as the first of a name', () => {
    assert.deepEqual(rows(HEAD + note('：1.暑期安全提示', '𠀋值班表') + TAIL), [[5, 6, '𠀋', '附件说明第 2 项缺少顺序号，应写作“2.”（GB 7.3.4）']]);
  });

  it('underlines one full-width letter as the first character of a name (one UTF-16 unit)', () => {
    // Ｐ (U+FF30) lies above the surrogates but is a character of its own.
    assert.deepEqual(rows(HEAD + note('：1.暑期安全提示', 'ＰＰＰ项目清单') + TAIL), [[5, 6, 'Ｐ', '附件说明第 2 项缺少顺序号，应写作“2.”（GB 7.3.4）']]);
  });

  it('accepts full-width digits and points in the numbers', () => {
    assert.deepEqual(rows(HEAD + note('：1.暑期安全提示', '2．值班表', '３.检查表') + TAIL), []);
  });

  it('wants no number on a single attachment', () => {
    const fs = lint(HEAD + note('：1.暑期安全提示') + TAIL, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en, f.fixes[0]!.zh, f.fixes[0]!.en]), [
      [4, 6, '1.', '只有一个附件时不标顺序号（GB 7.3.4）', 'A single attachment takes no number (GB 7.3.4)', '删除顺序号', 'Remove the number'],
    ]);
    assert.equal(fs[0]!.fixes[0]!.output, HEAD + note('：暑期安全提示') + TAIL);
    assert.deepEqual(rows(HEAD + note('：暑期安全提示') + TAIL), []);
  });

  it('numbers the labelled attachments in order when there are several', () => {
    const text = `${HEAD}${note('：1.暑期安全提示', '2.值班安排表')}${TAIL}附件1\n${TIPS}附件3\n${DUTY}`;
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en, f.fixes[0]!.zh, f.fixes[0]!.en]), [
      [11, 3, '3', '附件顺序号“3”不连续，此处应为“2”，并与附件说明一致（GB 7.3.7）', 'Attachment number "3" is out of sequence; it should be 2, as in the attachment list (GB 7.3.7)', '改为“附件2”', 'Change to 附件2'],
    ]);
    assert.equal(fs[0]!.fixes[0]!.output.split('\n')[10], '附件2');
  });

  it('does not number a single labelled attachment', () => {
    assert.deepEqual(rows(`${HEAD}${note('：暑期安全提示')}${TAIL}附件3\n${TIPS}`), []);
  });

  it('reports a name that differs from its attachment\'s title, without its trailing mark', () => {
    const text = `${HEAD}${note('：1.暑期安全提示', '2.值班表；')}${TAIL}附件1\n${TIPS}附件2\n${DUTY}`;
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en, f.fixes.length]), [
      [5, 8, '值班表', '附件说明第 2 项“值班表”与附件2的标题“值班安排表”不一致（GB 7.3.7）', 'Item 2 of the attachment list ("值班表") differs from the title of attachment 2 ("值班安排表") (GB 7.3.7)', 0],
      [5, 11, '；', '附件名称后不加标点符号，删除“；”（GB 7.3.4）', 'No punctuation after an attachment name; remove "；" (GB 7.3.4)', 1],
    ]);
  });

  it('compares names without book-title marks, quotes and spaces', () => {
    assert.deepEqual(rows(`${HEAD}${note('：《暑期安全提示》')}${TAIL}附件\n${TIPS}`), []);
    assert.deepEqual(rows(`${HEAD}${note('：1.“暑期 安全提示”', '2.值班安排表')}${TAIL}附件1\n${TIPS}附件2\n${DUTY}`), []);
  });

  it('reports a list that names fewer attachments than follow, over the whole list', () => {
    const text = `${HEAD}${note('：暑期安全提示')}${TAIL}附件1\n${TIPS}附件2\n${DUTY}`;
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en, f.fixes.length]), [
      [4, 3, '附件：暑期安全提示', '附件说明列出 1 个附件，正文后附有 2 个附件，两者应一致（GB 7.3.7）', 'The attachment list names 1 attachments but 2 follow the document; they must agree (GB 7.3.7)', 0],
    ]);
  });

  it('does not compare when the attachments are not in the file', () => {
    assert.deepEqual(rows(HEAD + note('：1.暑期安全提示', '2.值班安排表', '3.检查表') + TAIL), []);
  });

  it('reports a half-width colon after 附件 written with a space', () => {
    assert.deepEqual(rows(`${HEAD}　　附 件:暑期安全提示\n${TAIL}`), [[4, 6, ':', '“附件”后应使用全角冒号“：”（GB 7.3.4）']]);
    assert.deepEqual(rows(`${HEAD}　　附件 :暑期安全提示\n${TAIL}`), [[4, 6, ':', '“附件”后应使用全角冒号“：”（GB 7.3.4）']]);
  });

  it('takes a space after the number for part of a well-formed mark', () => {
    assert.deepEqual(rows(HEAD + note('：1. 暑期安全提示', '2. 值班安排表') + TAIL), []);
  });

  it('accepts two-digit numbers', () => {
    const items = Array.from({ length: 10 }, (_, i) => `${i + 1}.第${'一二三四五六七八九十'[i]}张表`);
    assert.deepEqual(rows(HEAD + note(`：${items[0]}`, ...items.slice(1)) + TAIL), []);
  });

  it('names attachment 1 for an attachment labelled without a number', () => {
    const text = `${HEAD}${note('：值班表')}${TAIL}附件\n${TIPS}`;
    assert.deepEqual(rows(text), [[4, 6, '值班表', '附件说明第 1 项“值班表”与附件1的标题“暑期安全提示”不一致（GB 7.3.7）']]);
    assert.equal(lint(text, RULE)[0]!.en, 'Item 1 of the attachment list ("值班表") differs from the title of attachment 1 ("暑期安全提示") (GB 7.3.7)');
  });

  it('does not compare with an appended text that carries no 附件 label', () => {
    const appendix = '暑期学生安全工作方案\n　　暑期将至，学生离校时间长，溺水、交通、食品安全等风险增多，请各学校通过家长会、告家长书等方式，提醒家长切实履行监护责任，加强对学生的安全教育。\n';
    assert.deepEqual(rows(`${HEAD}${note('：值班表')}${TAIL}${appendix}`), []);
  });

  it('reads an attachment title over two lines as one', () => {
    const text = `${HEAD}${note('：1.济南市2026年暑期学生安全工作方案', '2.值班安排表')}${TAIL}附件1\n济南市2026年暑期学生安全\n工作方案\n　　学生暑期要注意防溺水。\n附件2\n${DUTY}`;
    assert.deepEqual(rows(text), []);
  });

  it('underlines a differing wrapped name on its first line and quotes it whole', () => {
    const text = `${HEAD}${note('：1.中小学生暑期安全提示', '2.济南市中小学校暑期防溺水、防交通事故、防食物中毒')}　　　　　　安全检查表\n${TAIL}` +
      '附件1\n中小学生暑期安全提示\n　　学生暑期要注意防溺水。\n附件2\n济南市中小学校暑期防溺水、防交通事故、防食物中毒安全工作检查表\n　　请各学校认真填写。\n';
    assert.deepEqual(rows(text), [[5, 8, '济南市中小学校暑期防溺水、防交通事故、防食物中毒',
      '附件说明第 2 项“济南市中小学校暑期防溺水、防交通事故、防食物中毒安全检查表”与附件2的标题“济南市中小学校暑期防溺水、防交通事故、防食物中毒安全工作检查表”不一致（GB 7.3.7）']]);
  });
  it('takes a space after the number\'s stop for part of a well-formed mark', () => {
    // The space before a Latin name stays in the text (one between Chinese characters would not).
    assert.deepEqual(rows(HEAD + note('：1. PPP项目实施方案', '2. PPP项目合同范本') + TAIL), []);
  });
});
