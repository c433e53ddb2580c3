// doc.report-deadline (§22): at least 3 days between the date of issue and a report deadline.
// Day counts are calendar days worked out by hand (2026-07-07 is a Tuesday, 07-09 a Thursday,
// 07-10 a Friday, 07-12 a Sunday); the fix is the date of issue + minDays in the text's own style.

import * as assert from 'node:assert/strict';
import { lint, type LintOptions } from './lint';

const RULE = 'doc.report-deadline';

function notice(lines: string[], date = '2026年7月7日'): string {
  return `关于报送防汛物资储备情况的通知\n各区县水务局：\n${lines.map((l) => `　　${l}\n`).join('')}济南市水务局\n${date}\n`;
}

const rows = (text: string, opts?: LintOptions) => lint(text, RULE, opts).map((f) => [f.line, f.column, f.text, f.zh]);

describe('doc.report-deadline', () => {
  it('reports a deadline one day after the date of issue, with a fix three days after it', () => {
    const text = notice(['请于7月8日前将物资储备情况报送市水务局。']);
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [3, 5, '7月8日', 'warning',
        '报送截止时间“7月8日”（2026年7月8日）距成文日期 2026年7月7日 仅 1 天，应给基层留出至少 3 天准备时间，可改为“7月10日”（§22）',
        'The report deadline “7月8日”（2026年7月8日） is only 1 day(s) after the date of issue 2026年7月7日; leave at least 3 days, e.g. "7月10日" (§22)'],
    ]);
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.zh, x.en, x.output]), [
      ['改为“7月10日”（成文日期后 3 天）', 'Change to "7月10日" (3 days after the date of issue)', notice(['请于7月10日前将物资储备情况报送市水务局。'])],
    ]);
  });

  it('leaves a deadline exactly three days after the date of issue', () => {
    assert.deepEqual(rows(notice(['请于7月10日前将物资储备情况报送市水务局。'])), []);
  });

  it('says so when the deadline is the date of issue itself or before it', () => {
    assert.deepEqual(lint(notice(['请于7月7日前将物资储备情况报送市水务局。']), RULE).map((f) => [f.zh, f.en]), [
      ['报送截止时间“7月7日”（2026年7月7日）与成文日期 2026年7月7日 为同一天，应给基层留出至少 3 天准备时间，可改为“7月10日”（§22）',
        'The report deadline “7月7日”（2026年7月7日） is the date of issue 2026年7月7日 itself; leave at least 3 days, e.g. "7月10日" (§22)'],
    ]);
    assert.deepEqual(lint(notice(['请于7月6日前将物资储备情况报送市水务局。']), RULE).map((f) => [f.zh, f.en]), [
      ['报送截止时间“7月6日”（2026年7月6日）早于成文日期 2026年7月7日，应给基层留出至少 3 天准备时间，可改为“7月10日”（§22）',
        'The report deadline “7月6日”（2026年7月6日） is before the date of issue 2026年7月7日; leave at least 3 days, e.g. "7月10日" (§22)'],
    ]);
  });

  it('rewrites the weekday note after the date to the new date\'s weekday, in the words written', () => {
    const text = notice(['请于7月10日（星期天）前将物资储备情况报送市水务局。', '请于7月10日（星期日）前将值班表报送市水务局。', '请于2026年7月10日（周五）前将联系人名单报送市水务局。', '请于7月9日（星期四）前将台账报送市水务局。'], '2026年7月9日');
    const fs = lint(text, RULE);
    // 7-12 is a Sunday: 星期天 stays 天, 星期日 stays 日, 周五 becomes 周日; 7-9 + 3 is 7-12 for each.
    assert.deepEqual(fs.map((f) => [f.line, f.text, f.fixes[0]!.zh]), [
      [3, '7月10日', '改为“7月12日（星期天）”（成文日期后 3 天）'],
      [4, '7月10日', '改为“7月12日（星期日）”（成文日期后 3 天）'],
      [5, '2026年7月10日', '改为“2026年7月12日（周日）”（成文日期后 3 天）'],
      [6, '7月9日', '改为“7月12日（星期日）”（成文日期后 3 天）'],
    ]);
    assert.equal(fs[0]!.fixes[0]!.output.split('\n')[2], '　　请于7月12日（星期天）前将物资储备情况报送市水务局。');
    assert.equal(fs[2]!.fixes[0]!.output.split('\n')[4], '　　请于2026年7月12日（周日）前将联系人名单报送市水务局。');
    // A full date is quoted without the year added.
    assert.ok(fs[2]!.zh.startsWith('报送截止时间“2026年7月10日”距成文日期 2026年7月9日 仅 1 天'));
  });

  it('names a weekday other than Sunday by its numeral', () => {
    const fs = lint(notice(['请于7月9日（星期四）前将物资储备情况报送市水务局。']), RULE);
    assert.deepEqual(fs.map((f) => f.fixes[0]!.output.split('\n')[2]), ['　　请于7月10日（星期五）前将物资储备情况报送市水务局。']);
  });

  it('reports immediate and too short periods, without a fix', () => {
    const fs = lint(notice(['请即日将物资储备情况报送市水务局。', '请收到通知后2日内报送物资清单。', '请收到通知后3日内报送值班表。']), RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en, f.fixes.length]), [
      [3, 4, '即日', '要求“即日”报送，未给基层留出准备时间；应至少留出 3 天（§22）', 'Asks for a report "即日", leaving no time to prepare; leave at least 3 days (§22)', 0],
      [4, 9, '2日内', '要求“2日内”报送，准备时间不足 3 天；应至少留出 3 天（§22）', 'Asks for a report "2日内", leaving less than 3 days to prepare; leave at least 3 days (§22)', 0],
    ]);
  });

  it('checks only immediate reporting without a date of issue', () => {
    const text = '关于报送防汛物资储备情况的通知\n各区县水务局：\n　　请即日将物资储备情况报送市水务局。\n　　请于7月8日前报送值班表。\n';
    assert.deepEqual(rows(text).map(([l, , t]) => [l, t]), [[3, '即日']]);
    // A full date needs no year from the date of issue, but there is nothing to measure it from.
    assert.deepEqual(rows('关于报送防汛物资储备情况的通知\n各区县水务局：\n　　请于2026年7月8日前将物资储备情况报送市水务局。\n'), []);
  });

  it('leaves deadlines the text forbids and emergency reports', () => {
    assert.deepEqual(rows(notice(['不得要求基层于7月8日前报送材料。', '发生险情立即上报。'])), []);
  });

  it('takes minDays from the settings', () => {
    const config = { rules: { 'doc.report-deadline': { minDays: 5 } } };
    const fs = lint(notice(['请于7月11日前将物资储备情况报送市水务局。', '请收到通知后4日内报送值班表。', '请于7月12日前报送名单。']), RULE, { config });
    assert.deepEqual(fs.map((f) => [f.line, f.zh, f.fixes.map((x) => x.zh)]), [
      [3, '报送截止时间“7月11日”（2026年7月11日）距成文日期 2026年7月7日 仅 4 天，应给基层留出至少 5 天准备时间，可改为“7月12日”（§22）', ['改为“7月12日”（成文日期后 5 天）']],
      [4, '要求“4日内”报送，准备时间不足 5 天；应至少留出 5 天（§22）', []],
    ]);
    assert.equal(fs[0]!.fixes[0]!.en, 'Change to "7月12日" (5 days after the date of issue)');
  });

  it('reads a year-less date across the new year as the nearest one', () => {
    // Dated 2026-12-30: 1月1日 is 2027-01-01, two days later; the fix is 2027-01-02, written 1月2日.
    const fs = lint(notice(['请于1月1日前将物资储备情况报送市水务局。'], '2026年12月30日'), RULE);
    assert.deepEqual(fs.map((f) => [f.text, f.fixes[0]!.zh]), [['1月1日', '改为“1月2日”（成文日期后 3 天）']]);
    assert.ok(fs[0]!.zh.includes('（2027年1月1日）距成文日期 2026年12月30日 仅 2 天'));
  });
});
