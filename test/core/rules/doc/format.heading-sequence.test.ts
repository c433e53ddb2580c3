// format.heading-sequence (GB 7.3.3): numbers run on by one under a parent; under a new parent
// they restart or continue as the document chose at the first change; lists (1. （1）) may
// restart after running text; a lower level before any higher one is reported once. Expected
// values follow docs/rules/format.heading-sequence.md.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'format.heading-sequence';
const TITLE = '关于做好防汛工作的通知\n';

/** A document of indented lines; the findings as [line, mark, message]. */
function seq(...lines: string[]): Array<[number, string, string]> {
  return lint(TITLE + lines.map((l) => `　　${l}\n`).join(''), RULE).map((f) => [f.line, f.text, f.zh]);
}

describe('format.heading-sequence', () => {
  it('reports a skipped number and checks the following ones against the corrected count', () => {
    const text = `${TITLE}　　为做好工作，通知如下。\n　　一、总体要求\n　　二、工作任务\n　　四、保障措施\n　　五、其他\n`;
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh]), [
      [5, 3, '四、', '序号“四、”不连续，此处应为“三、”（GB 7.3.3）'],
      [6, 3, '五、', '序号“五、”不连续，此处应为“四、”（GB 7.3.3）'],
    ]);
    assert.equal(fs[0]!.severity, 'warning');
    assert.equal(fs[0]!.en, 'Heading number "四、" is out of sequence; expected "三、" (GB 7.3.3)');
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.zh, x.en]), [['改为“三、”', 'Change to "三、"']]);
    assert.equal(fs[0]!.fixes[0]!.output, text.replace('四、保障', '三、保障'));
  });

  it('reports a repeated number and a number going backwards', () => {
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '（二）保障'), [[5, '（二）', '序号“（二）”不连续，此处应为“（三）”（GB 7.3.3）']]);
    assert.deepEqual(seq('一、总体要求', '二、工作任务', '一、保障措施'), [[4, '一、', '序号“一、”不连续，此处应为“三、”（GB 7.3.3）']]);
  });

  it('wants the first heading of a level to be 1', () => {
    assert.deepEqual(seq('二、总体要求', '三、工作任务'), [
      [2, '二、', '序号“二、”不连续，此处应为“一、”（GB 7.3.3）'],
      [3, '三、', '序号“三、”不连续，此处应为“二、”（GB 7.3.3）'],
    ]);
  });

  it('reports wrong marks of each level with the canonical one', () => {
    const fs = lint(`${TITLE}　　一.总体要求\n　　二、工作任务\n　　（一）、分工\n　　(二)进度\n　　1、任务\n　　2.目标\n　　（1）第一项\n　　(2)第二项\n`, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.text, f.zh, f.en]), [
      [2, '一.', '第一层序数写法有误，应写作“一、”（GB 7.3.3）', 'Wrong first-level mark; write "一、" (GB 7.3.3)'],
      [4, '（一）、', '第二层序数写法有误，应写作“（一）”（GB 7.3.3）', 'Wrong second-level mark; write "（一）" (GB 7.3.3)'],
      [5, '(二)', '第二层序数写法有误，应写作“（二）”（GB 7.3.3）', 'Wrong second-level mark; write "（二）" (GB 7.3.3)'],
      [6, '1、', '第三层序数写法有误，应写作“1.”（GB 7.3.3）', 'Wrong third-level mark; write "1." (GB 7.3.3)'],
      [9, '(2)', '第四层序数写法有误，应写作“（2）”（GB 7.3.3）', 'Wrong fourth-level mark; write "（2）" (GB 7.3.3)'],
    ]);
    assert.equal(fs[2]!.fixes[0]!.output.split('\n')[4], '　　（二）进度');
  });

  it('joins a wrong mark and a wrong number into one message and one fix', () => {
    const fs = lint(`${TITLE}　　一、总体要求\n　　三.工作任务\n`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.zh, '序号“三.”不连续，此处应为“二、”；第一层序数写法有误，应写作“二、”（GB 7.3.3）');
    assert.equal(fs[0]!.en, 'Heading number "三." is out of sequence; expected "二、"; wrong first-level mark; write "二、" (GB 7.3.3)');
    assert.deepEqual(fs[0]!.fixes.map((x) => x.output), [`${TITLE}　　一、总体要求\n　　二、工作任务\n`]);
  });

  it('names the number written when only the mark is wrong', () => {
    // 二. is in sequence: the mark is fixed, the number kept.
    assert.deepEqual(seq('一、总体要求', '二.工作任务'), [[3, '二.', '第一层序数写法有误，应写作“二、”（GB 7.3.3）']]);
  });

  it('lets numbers restart under each parent when the document restarts at the first change', () => {
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '二、工作任务', '（一）分工', '（二）进度', '三、保障', '（一）分工'), []);
    // Having restarted once, a later part that continues is reported: it should restart.
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '二、工作任务', '（一）分工', '三、保障', '（三）分工'), [[8, '（三）', '序号“（三）”不连续，此处应为“（一）”（GB 7.3.3）']]);
  });

  it('lets numbers continue across parents when the document continues at the first change', () => {
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '二、工作任务', '（三）分工', '三、保障', '（四）分工'), []);
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '二、工作任务', '（三）分工', '三、保障', '（一）分工'), [[8, '（一）', '序号“（一）”不连续，此处应为“（四）”（GB 7.3.3）']]);
    // A second-level item that neither restarts nor continues, at the first change of parent.
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '二、工作任务', '（四）分工'), [[6, '（四）', '序号“（四）”不连续，此处应为“（一）”（GB 7.3.3）']]);
  });

  it('lets a list restart after running text, but not a first- or second-level sequence', () => {
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '以上为第一部分。', '1.再分工'), []);
    // No text between: 1. after 2. is a repeat.
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '1.再分工'), [[5, '1.', '序号“1.”不连续，此处应为“3.”（GB 7.3.3）']]);
    assert.deepEqual(seq('一、总体要求', '（一）分工', '说明文字。', '（一）再分工'), [[5, '（一）', '序号“（一）”不连续，此处应为“（二）”（GB 7.3.3）']]);
    assert.deepEqual(seq('一、总体要求', '（1）分工', '（2）进度', '说明文字。', '（1）再分工'), []);
  });

  it('lets a continued list restart after running text under a new parent', () => {
    // The third level chose to continue (1. 2. | 3.); under the next parent, after text, 1. is still a list restart.
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '二、工作任务', '3.分工', '三、保障', '说明文字。', '1.分工'), []);
    // Right under its new parent, with no text between, it must continue: a heading is not running text.
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '二、工作任务', '3.分工', '三、保障', '1.分工'), [[8, '1.', '序号“1.”不连续，此处应为“4.”（GB 7.3.3）']]);
  });

  it('lets a list restart only at 1 after running text, whether it runs on or restarts', () => {
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '说明文字。', '5.再分工'), [[6, '5.', '序号“5.”不连续，此处应为“3.”（GB 7.3.3）']]);
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '二、工作任务', '3.分工', '三、保障', '说明文字。', '5.分工'), [[9, '5.', '序号“5.”不连续，此处应为“4.”（GB 7.3.3）']]);
  });

  it('keeps the choice of continuing after a list restarted under text', () => {
    // 1. 2. | 3. continues; under 三、 text lets 1. restart; under 四、 the count goes on from it.
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度', '二、工作任务', '3.分工', '三、保障', '说明文字。', '1.分工', '四、其他', '2.分工'), []);
  });

  it('takes the parent of a fourth-level item from any higher level seen', () => {
    // （1） before any higher level, then under 一、: a new parent, so （1） again is right.
    assert.deepEqual(seq('（1）总体要求', '一、工作任务', '（1）分工').map(([l, m]) => [l, m]), [[2, '（1）']]);
  });

  it('does not take sub-items for running text: a list item after them runs on', () => {
    assert.deepEqual(seq('一、总体要求', '1.分工', '（1）甲', '（2）乙', '1.进度'), [[6, '1.', '序号“1.”不连续，此处应为“2.”（GB 7.3.3）']]);
    assert.deepEqual(seq('一、总体要求', '1.分工', '（1）甲', '（2）乙', '2.进度'), []);
  });

  it('reports a lower level used before any higher one once, without a fix', () => {
    const fs = lint(`${TITLE}　　（一）总体要求\n　　一、工作任务\n　　（一）分工\n`, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.text, f.zh, f.en, f.fixes.length]), [
      [2, '（一）', '第二层序数“（一）”出现在第一层序数之前，应先用“一、”（GB 7.3.3）', 'Second-level mark "（一）" comes before any first-level heading; start with "一、" (GB 7.3.3)', 0],
    ]);
    // 1. then （一） before 一、: reported at the first only.
    assert.deepEqual(seq('1.总体要求', '（一）分工', '一、工作任务').map(([l, m]) => [l, m]), [[2, '1.']]);
    // Skipping a level under its parent is not reported.
    assert.deepEqual(seq('一、总体要求', '1.分工', '2.进度'), []);
  });

  it('offers no fix for a full-width mark that is only early, as full-width digits are not wrong', () => {
    const fs = lint(`${TITLE}　　（１）总体要求\n　　一、工作任务\n`, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.text, f.zh, f.fixes.length]), [[2, '（１）', '第四层序数“（１）”出现在第一层序数之前，应先用“一、”（GB 7.3.3）', 0]]);
  });

  it('names the highest level that comes later', () => {
    assert.deepEqual(seq('1.总体要求', '（一）分工'), [[2, '1.', '第三层序数“1.”出现在第二层序数之前，应先用“（一）”（GB 7.3.3）']]);
  });

  it('numbers each attachment on its own', () => {
    const doc = (att: string) =>
      `${TITLE}各区县：\n　　一、总体要求\n　　二、工作任务\n　　附件：值班安排\n济南市水务局\n2026年5月6日\n附件\n值班安排\n${att}`;
    assert.deepEqual(lint(doc('　　一、白班\n　　二、夜班\n'), RULE), []);
    assert.deepEqual(lint(doc('　　三、白班\n'), RULE).map((f) => [f.line, f.text, f.zh]), [[10, '三、', '序号“三、”不连续，此处应为“一、”（GB 7.3.3）']]);
  });
  it('keeps a continued second-level sequence running after text under a new parent: only lists restart', () => {
    // （一）（二） | （三） continues; under 三、, after running text, （一） is still out of sequence.
    assert.deepEqual(seq('一、总体要求', '（一）分工', '（二）进度', '二、工作任务', '（三）分工', '三、保障', '说明文字。', '（一）分工'), [[9, '（一）', '序号“（一）”不连续，此处应为“（四）”（GB 7.3.3）']]);
  });
});
