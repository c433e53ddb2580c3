// format.punctuation: half-width , ; : ? ! ( ) in Chinese text. Each expectation follows the
// rule's doc page: a mark counts when the character before it is Chinese (or a bracket this rule
// turns full-width) and the one after is Chinese or the paragraph's end; a bracket pair by what it holds.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'format.punctuation';
const TITLE = '关于做好防汛工作的通知\n';

/** The findings of a one-paragraph body as [column, covered text], on line 2. */
function marks(body: string): Array<[number, string]> {
  return lint(`${TITLE}　　${body}\n`, RULE).map((f) => {
    assert.equal(f.line, 2);
    return [f.column, f.text];
  });
}

describe('format.punctuation', () => {
  it('reports a comma between Chinese characters and a mark at the end of the paragraph, with the message and fix of each', () => {
    const text = `${TITLE}各区县人民政府:\n　　是否落实,请各单位自查!\n`;
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text]), [[2, 8, ':'], [3, 7, ','], [3, 14, '!']]);
    const comma = fs[1]!;
    assert.equal(comma.severity, 'info');
    assert.equal(comma.zh, '中文语境应使用全角标点“，”，不用半角“,”（GB/T 15834）');
    assert.equal(comma.en, 'Use the full-width "，" in Chinese text, not "," (GB/T 15834)');
    assert.deepEqual(comma.fixes.map((x) => [x.zh, x.en]), [['改为“，”', 'Use "，"']]);
    assert.equal(comma.fixes[0]!.output, `${TITLE}各区县人民政府:\n　　是否落实，请各单位自查!\n`);
    assert.equal(fs[2]!.fixes[0]!.output, `${TITLE}各区县人民政府:\n　　是否落实,请各单位自查！\n`);
  });

  it('leaves marks before a digit or after a digit or a Latin letter', () => {
    // 时间:9 (digit after), 00,地 (digit before), SABIC,我 (letter before); only 地点:三 is Chinese on both sides.
    assert.deepEqual(marks('会议时间:9:00,地点:三楼,联系SABIC,我方。'), [[15, ':'], [18, ',']]);
  });

  it('turns a bracket pair holding Chinese into （）, one finding over the pair with both edits', () => {
    const fs = lint(`${TITLE}　　各林场(站)要加强巡查。\n`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.text, '(站)');
    assert.equal(fs[0]!.zh, '中文语境应使用全角标点“（）”，不用半角“()”（GB/T 15834）');
    assert.equal(fs[0]!.en, 'Use the full-width "（）" in Chinese text, not "()" (GB/T 15834)');
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.zh, x.en, x.output]), [['改为全角括号“（）”', 'Use full-width brackets （）', `${TITLE}　　各林场（站）要加强巡查。\n`]]);
  });

  it('leaves a pair without Chinese inside, even in a Chinese sentence; a pair with any Chinese counts', () => {
    assert.deepEqual(marks('合作方为沙特基础工业公司(SABIC)。'), []);
    assert.deepEqual(marks('做好(SABIC工作)和(ABC)。'), [[5, '(SABIC工作)']]);
  });

  it('judges an unpaired opening bracket by its neighbours', () => {
    const fs = lint(`${TITLE}　　各单位(含下属单位要加强巡查。\n`, RULE);
    assert.deepEqual(fs.map((f) => [f.column, f.text, f.zh, f.fixes[0]!.zh, f.fixes[0]!.en]), [[6, '(', '中文语境应使用全角标点“（”，不用半角“(”（GB/T 15834）', '改为“（”', 'Use "（"']]);
    assert.equal(fs[0]!.fixes[0]!.output, `${TITLE}　　各单位（含下属单位要加强巡查。\n`);
    // Latin on both sides: not Chinese text.
    assert.deepEqual(marks('型号A(B要求。'), []);
    // A Chinese character after it is enough.
    assert.deepEqual(marks('型号A(含配件。'), [[6, '(']]);
  });

  it('judges a closing bracket of a full-width pair on its own, and a half-width one closed by ） as unpaired', () => {
    const close = lint(`${TITLE}　　各单位（含下属单位)要加强巡查。\n`, RULE);
    assert.deepEqual(close.map((f) => [f.column, f.text, f.zh, f.fixes[0]!.zh, f.fixes[0]!.en]), [[12, ')', '中文语境应使用全角标点“）”，不用半角“)”（GB/T 15834）', '改为“）”', 'Use "）"']]);
    assert.equal(close[0]!.fixes[0]!.output, `${TITLE}　　各单位（含下属单位）要加强巡查。\n`);
    assert.deepEqual(marks('各单位(含下属单位）要加强巡查。'), [[6, '(']]);
    // A later half-width ) does not pair with a ( already closed by ）: each is judged alone.
    assert.deepEqual(marks('各单位(含下属单位）及其他)要求。'), [[6, '('], [16, ')']]);
    // A closing bracket between Latin letters stays.
    assert.deepEqual(marks('（型号A)B要求。'), []);
    // Chinese after it is enough.
    assert.deepEqual(marks('（型号A)要求。'), [[7, ')']]);
  });

  it('reports a mark right after a half-width closing bracket it turns full-width', () => {
    assert.deepEqual(marks('上传资料(包括图片),确保完整。'), [[7, '(包括图片)'], [13, ',']]);
    // After a pair without Chinese the bracket stays half-width, and so does the comma.
    assert.deepEqual(marks('上传资料(JPG),确保完整。'), []);
  });

  it('pairs nested brackets by depth', () => {
    assert.deepEqual(marks('做好(按(一)执行)工作。'), [[5, '(按(一)执行)'], [7, '(一)']]);
  });

  it('pairs brackets only within 400 characters', () => {
    const inner = '做'.repeat(397);
    // Open at i, close at i + 399: still a pair, one finding over 400 characters.
    assert.deepEqual(marks(`要求(${inner}x)。`).map(([c, t]) => [c, t.length]), [[5, 400]]);
    // Close at i + 400: each bracket on its own.
    assert.deepEqual(marks(`要求(${inner}xy)。`), [[5, '('], [5 + 400, ')']]);
  });

  it('leaves Markdown link targets and code spans', () => {
    assert.deepEqual(marks('详见[通知](https://x.cn/a,b)和`导出,汇总`命令。'), []);
    // A link whose target holds Chinese is still syntax; its closing bracket too.
    assert.deepEqual(marks('详见[通知](附件一)要求。'), []);
    // After the code span closes, marks count again.
    assert.deepEqual(marks('运行`导出,汇总`后,再`a`。'), [[13, ',']]);
  });

  it('takes a code span at the very start of a paragraph, and keeps a bracket pair around one', () => {
    assert.deepEqual(marks('`导出,汇总`命令可用。'), []);
    assert.deepEqual(marks('运行(`gongwen check`命令)即可。'), [[5, '(`gongwen check`命令)']]);
  });

  it('takes a bracket after ] for a link target only when it opens', () => {
    assert.deepEqual(marks('各单位（详见[附件一])要求。'), [[14, ')']]);
  });

  it('counts a lone backtick as no code span', () => {
    assert.deepEqual(marks('运行`导出,汇总。'), [[8, ',']]);
  });

  it('leaves the brackets of a 发文字号 cited in the text to format.doc-number', () => {
    assert.deepEqual(marks('依据济政发(2023)5号文件,做好工作。'), [[18, ',']]);
    // Mismatched brackets of a 发文字号 would read as Chinese context: still left to format.doc-number.
    assert.deepEqual(marks('依据济政发(2023〕5号和济政办字〔2023)第8号文件。'), []);
    // Without 号 there is no 发文字号: a pair with Chinese inside is reported.
    assert.deepEqual(marks('依据(二〇二三年)文件。'), [[5, '(二〇二三年)']]);
  });

  it('leaves heading marks and the colon after 附件 to the rules that own them', () => {
    const text = `${TITLE}(二)工作要求:\n　　正文。\n附件:1.名单\n　　　2.清单:\n`;
    assert.deepEqual(lint(text, RULE).map((f) => [f.line, f.column, f.text]), [[2, 8, ':'], [5, 8, ':']]);
  });

  it('skips the colon of 附件 written with spaces inside or before it', () => {
    assert.deepEqual(lint(`${TITLE}　　正文。\n附 件:名单\n`, RULE), []);
    assert.deepEqual(lint(`${TITLE}　　正文。\n附件 :名单\n`, RULE), []);
  });

  it('skips the 发文字号 line and the web-page meta lines under the title', () => {
    const text = '济南市交通运输局文件\n济交发〔2026〕3号　　签发人:王明\n关于做好防汛工作的请示\n来源:市政府办公厅\n市政府:\n　　正文。\n';
    assert.deepEqual(lint(text, RULE).map((f) => [f.line, f.column, f.text]), [[5, 4, ':']]);
  });

  it('reads characters outside the Basic Multilingual Plane as Chinese on both sides', () => {
    // 𠀋 (U+2000B) is two UTF-16 units.
    assert.deepEqual(marks('𠀋,文字;𠀋'), [[5, ','], [8, ';']]);
    // The last units of U+20000 and U+203FF are the ends of the low-surrogate range.
    assert.deepEqual(marks('𠀀,文字。'), [[5, ',']]);
    assert.deepEqual(marks('𠏿,文字。'), [[5, ',']]);
    // The pair before the mark is what counts, not what follows it.
    assert.deepEqual(marks('𠀋,文A。'), [[5, ',']]);
    // A full-width bracket is Chinese context, whatever stands before it.
    assert.deepEqual(marks('（A）,要求。'), [[6, ',']]);
    // The pair opens the paragraph: the mark is its third UTF-16 unit.
    assert.deepEqual(lint(`${TITLE}𠀋,文字。\n`, RULE).map((f) => [f.line, f.column]), [[2, 3]]);
  });

  it('takes full-width punctuation as Chinese context', () => {
    assert.deepEqual(marks('“老账”,要清理。'), [[7, ',']]);
  });

  it('reports the first character of a paragraph only when a Chinese character precedes it', () => {
    assert.deepEqual(marks(',开头的逗号。'), []);
  });
  it('checks a 附件: line that is body text (not the 附件说明): no other rule owns its colon', () => {
    // The first line under the title is the body's first paragraph, so it is no 附件说明.
    assert.deepEqual(lint(`${TITLE}附件:名单\n　　正文。\n`, RULE).map((f) => [f.line, f.column, f.text]), [[2, 3, ':']]);
  });

  it('judges a half-width bracket right after a cited 发文字号 on its own', () => {
    // （…) around 济政发(2023)5号: the ) after 号 is outside the number, after a Chinese character.
    assert.deepEqual(marks('依据（济政发(2023)5号)文件。'), [[17, ')']]);
  });

  it('leaves a bracket that opens a code span', () => {
    assert.deepEqual(marks('运行`(草案)`命令。'), []);
  });

  it('pairs a half-width bracket past a full-width ） met inside a nested pair', () => {
    // The outer ( closes at the last ); only the inner ( is closed by ） (a mixed pair), so it and
    // the ) after 执行 are judged alone.
    assert.deepEqual(marks('做好(按(一）执行))工作。'), [[5, '(按(一）执行))'], [7, '('], [12, ')']]);
  });
});
