// format.date (GB 7.3.5) and format.doc-number (GB 7.2.5): the written forms GB/T 9704 asks for,
// with a message naming every problem and a fix writing the canonical form.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const HEAD = '关于做好防汛工作的通知\n各区县水务局：\n　　请做好防汛工作。\n济南市水务局\n';

describe('format.date', () => {
  const RULE = 'format.date';

  it('reports zero-padded month and day', () => {
    const fs = lint(`${HEAD}2026年05月06日\n`, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [5, 1, '2026年05月06日', 'warning', '成文日期“2026年05月06日”月、日不编虚位，应写作“2026年5月6日”（GB 7.3.5）', 'Date of issue "2026年05月06日": no leading zeros in month or day; write "2026年5月6日" (GB 7.3.5)'],
    ]);
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.zh, x.en, x.output]), [['改为“2026年5月6日”', 'Change to "2026年5月6日"', `${HEAD}2026年5月6日\n`]]);
  });

  it('reports Chinese numerals and dotted dates with their own reasons', () => {
    assert.deepEqual(lint(`${HEAD}二〇二六年四月三十日\n`, RULE).map((f) => [f.zh, f.en]), [
      ['成文日期“二〇二六年四月三十日”应使用阿拉伯数字，应写作“2026年4月30日”（GB 7.3.5）', 'Date of issue "二〇二六年四月三十日": use Arabic numerals; write "2026年4月30日" (GB 7.3.5)'],
    ]);
    assert.deepEqual(lint(`${HEAD}2026.5.6\n`, RULE).map((f) => [f.zh, f.en, f.fixes[0]!.output]), [
      ['成文日期“2026.5.6”应写明“年”“月”“日”，应写作“2026年5月6日”（GB 7.3.5）', 'Date of issue "2026.5.6": write 年, 月 and 日; write "2026年5月6日" (GB 7.3.5)', `${HEAD}2026年5月6日\n`],
    ]);
  });

  it('accepts the GB form, also in full-width digits or with spaces', () => {
    assert.deepEqual(lint(`${HEAD}2026年5月6日\n`, RULE), []);
    assert.deepEqual(lint(`${HEAD}２０２６年５月６日\n`, RULE), []);
    assert.deepEqual(lint(`${HEAD}2026 年 5 月 6 日\n`, RULE), []);
  });

  it('checks the date of a printed document as well as the notice\'s own', () => {
    const text = '关于印发《济南市防汛工作办法》的通知\n各区县水务局：\n　　现将《济南市防汛工作办法》印发给你们。\n济南市水务局\n2026年05月06日\n济南市防汛工作办法\n　　第一条　为做好防汛工作，制定本办法。\n济南市防汛指挥部\n二〇二六年四月三十日\n';
    assert.deepEqual(lint(text, RULE).map((f) => [f.line, f.text]), [[5, '2026年05月06日'], [9, '二〇二六年四月三十日']]);
  });
});

describe('format.doc-number', () => {
  const RULE = 'format.doc-number';

  it('names every problem of a number and writes it right', () => {
    const text = '济南市交通运输局文件\n济交发【2026】第07号\n关于做好防汛工作的通知\n各区县交通运输局：\n　　正文。\n';
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [2, 1, '济交发【2026】第07号', 'warning',
        '发文字号格式有误：年份应用六角括号“〔〕”，不用“【】”；序号前不加“第”字；序号不编虚位，应写作“济交发〔2026〕7号”（GB 7.2.5）',
        'Document number: the year goes in 〔〕, not 【】; no 第 before the serial number; no leading zeros in the serial number; write "济交发〔2026〕7号" (GB 7.2.5)'],
    ]);
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.zh, x.en, x.output]), [['改为“济交发〔2026〕7号”', 'Change to "济交发〔2026〕7号"', text.replace('【2026】第07号', '〔2026〕7号')]]);
  });

  it('reports each problem alone with only its own reason', () => {
    const text = '关于做好防汛工作的通知\n各区县交通运输局：\n　　根据济政办发[2024]12号、济政办字〔2023〕第8号和济政发〔2023〕05号，做好工作。\n';
    assert.deepEqual(lint(text, RULE).map((f) => [f.column, f.text, f.zh, f.en]), [
      [5, '济政办发[2024]12号', '发文字号格式有误：年份应用六角括号“〔〕”，不用“[]”，应写作“济政办发〔2024〕12号”（GB 7.2.5）', 'Document number: the year goes in 〔〕, not []; write "济政办发〔2024〕12号" (GB 7.2.5)'],
      [19, '济政办字〔2023〕第8号', '发文字号格式有误：序号前不加“第”字，应写作“济政办字〔2023〕8号”（GB 7.2.5）', 'Document number: no 第 before the serial number; write "济政办字〔2023〕8号" (GB 7.2.5)'],
      [33, '济政发〔2023〕05号', '发文字号格式有误：序号不编虚位，应写作“济政发〔2023〕5号”（GB 7.2.5）', 'Document number: no leading zeros in the serial number; write "济政发〔2023〕5号" (GB 7.2.5)'],
    ]);
  });

  it('reports a year in mismatched brackets', () => {
    const text = '关于做好防汛工作的通知\n各区县交通运输局：\n　　根据济政发〔2023]5号和济政发[2023〕6号，做好工作。\n';
    assert.deepEqual(lint(text, RULE).map((f) => [f.text, f.zh]), [
      ['济政发〔2023]5号', '发文字号格式有误：年份应用六角括号“〔〕”，不用“〔]”，应写作“济政发〔2023〕5号”（GB 7.2.5）'],
      ['济政发[2023〕6号', '发文字号格式有误：年份应用六角括号“〔〕”，不用“[〕”，应写作“济政发〔2023〕6号”（GB 7.2.5）'],
    ]);
  });

  it('leaves numbers without a year in brackets and well-formed ones', () => {
    const text = '关于做好防汛工作的通知\n各区县交通运输局：\n　　根据国务院令第711号和（2023）鲁01民终123号，以及济政发〔2023〕5号，做好工作。\n';
    assert.deepEqual(lint(text, RULE), []);
  });

  it('checks the title and the 附件说明 but not the 版记', () => {
    const text = '关于转发济政发(2023)5号文件的通知\n各区县交通运输局：\n　　正文。\n附件：济政发[2023]6号文件\n济南市交通运输局\n2026年5月6日\n抄送：济政发[2023]7号。\n';
    assert.deepEqual(lint(text, RULE).map((f) => [f.line, f.text, f.fixes[0]!.output.split('\n')[f.line - 1]]), [
      [1, '济政发(2023)5号', '关于转发济政发〔2023〕5号文件的通知'],
      [4, '济政发[2023]6号', '附件：济政发〔2023〕6号文件'],
    ]);
  });
});
