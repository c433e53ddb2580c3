// doc.attachment-count and doc.attachment-length (§2): 附件3个以内, and the attachments no longer
// than the body. Counts are in the default word mode (a Han character or a full-width mark is 1 字).

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const HEAD = '关于做好暑期安全工作的通知\n各区县教育和体育局：\n　　请做好暑期安全工作。\n';
const TAIL = '济南市教育局\n2026年7月1日\n';
/** An appended text without a 附件 label: a title and 62 Han characters, 71 字 with its marks. */
const APPENDIX = '暑期学生安全工作方案\n　　暑期将至，学生离校时间长，溺水、交通、食品安全等风险增多，请各学校通过家长会、告家长书等方式，提醒家长切实履行监护责任，加强对学生的安全教育。\n';

function note(...items: string[]): string {
  return items.map((it, i) => (i === 0 ? `　　附件：${it}\n` : `　　　　　${it}\n`)).join('');
}

function sections(n: number): string {
  return Array.from({ length: n }, (_, i) => `附件${i + 1}\n第${'一二三四五'[i]}表\n　　内容。\n`).join('');
}

describe('doc.attachment-count', () => {
  const RULE = 'doc.attachment-count';

  it('allows three attachments', () => {
    assert.deepEqual(lint(HEAD + note('1.暑期安全提示', '2.值班安排表', '3.检查表') + TAIL, RULE), []);
    assert.deepEqual(lint(HEAD + TAIL + sections(3), RULE), []);
  });

  it('reports the fourth item of the 附件说明, from its number to the end of the line', () => {
    const fs = lint(HEAD + note('1.暑期安全提示', '2.值班安排表', '3.检查表', '4.联系人名单') + TAIL, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en, f.fixes.length]), [
      [7, 6, '4.联系人名单', 'warning', '附件 4 个，超过上限 3 个，请精简或合并附件（§2）', '4 attachments, over the limit of 3; drop or merge some (§2)', 0],
    ]);
  });

  it('reports the fourth labelled section when there is no list', () => {
    assert.deepEqual(lint(HEAD + TAIL + sections(4), RULE).map((f) => [f.line, f.column, f.text, f.zh]), [[15, 1, '附件4', '附件 4 个，超过上限 3 个，请精简或合并附件（§2）']]);
  });

  it('counts the larger of the list and the sections', () => {
    // Two items listed, four sections: 4.
    assert.deepEqual(lint(HEAD + note('1.第一表', '2.第二表') + TAIL + sections(4), RULE).map((f) => [f.line, f.text, f.zh]), [[17, '附件4', '附件 4 个，超过上限 3 个，请精简或合并附件（§2）']]);
  });

  it('does not count the document a 印发 notice prints, and points past it', () => {
    const text = '关于印发《济南市暑期安全工作办法》的通知\n各区县教育和体育局：\n　　现将《济南市暑期安全工作办法》印发给你们，请认真贯彻执行。\n' +
      note('1.济南市暑期安全工作办法', '2.值班安排表', '3.检查表', '4.联系人名单', '5.应急预案') + TAIL;
    // Four attachments besides the printed document: the fourth of them is item 5.
    assert.deepEqual(lint(text, RULE).map((f) => [f.line, f.text, f.zh]), [[8, '5.应急预案', '附件 4 个，超过上限 3 个，请精简或合并附件（§2）']]);
  });

  it('takes the limit from the settings, and an unlabelled appendix with a title as an attachment', () => {
    const config = { rules: { 'doc.attachment-count': { max: 0 } } };
    assert.deepEqual(lint(HEAD + TAIL + APPENDIX, RULE, { config }).map((f) => [f.line, f.column, f.text, f.zh, f.en]), [
      [6, 1, '暑期学生安全工作方案', '附件 1 个，超过上限 0 个，请精简或合并附件（§2）', '1 attachments, over the limit of 0; drop or merge some (§2)'],
    ]);
    assert.deepEqual(lint(HEAD + TAIL + sections(1), RULE, { config: { rules: { 'doc.attachment-count': { max: 1 } } } }), []);
  });
});

describe('doc.attachment-length', () => {
  const RULE = 'doc.attachment-length';
  // The body 请做好暑期安全工作。 is 10 字.

  it('allows attachments as long as the body', () => {
    // 安全提示 (4) + 注意防溺水。 (6) = 10; the label 附件 is not counted.
    assert.deepEqual(lint(`${HEAD}${TAIL}附件\n安全提示\n　　注意防溺水。\n`, RULE), []);
  });

  it('reports attachments one 字 longer than the body, at the first label', () => {
    const fs = lint(`${HEAD}${TAIL}附件\n安全提示\n　　请注意防溺水。\n`, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en, f.fixes.length]), [
      [6, 1, '附件', 'warning', '附件共 11 字，超过正文 10 字，请压缩附件（§2）', 'Attachments total 11 字, more than the body\'s 10 字; shorten them (§2)', 0],
    ]);
  });

  it('adds up every attachment', () => {
    // Each section: 第一表 (3) + 内容。 (3) = 6; two make 12 > 10, one is 6.
    assert.deepEqual(lint(HEAD + TAIL + sections(1), RULE), []);
    assert.deepEqual(lint(HEAD + TAIL + sections(2), RULE).map((f) => [f.line, f.zh]), [[6, '附件共 12 字，超过正文 10 字，请压缩附件（§2）']]);
  });

  it('anchors an unlabelled appendix at its title', () => {
    assert.deepEqual(lint(HEAD + TAIL + APPENDIX, RULE).map((f) => [f.line, f.text, f.zh]), [[6, '暑期学生安全工作方案', '附件共 81 字，超过正文 10 字，请压缩附件（§2）']]);
  });

  it('weighs nothing when the attachments are only listed', () => {
    assert.deepEqual(lint(HEAD + note('安全提示') + TAIL, RULE), []);
  });
});
