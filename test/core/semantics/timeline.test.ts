// Dates resolved against the 成文日期, written back in the text's own style, and the report
// deadlines, table-cell deadlines and 请示 matter dates read from paragraphs. Expected values
// follow docs/rules/doc.report-deadline.md (what counts as a deadline, 即日/当天/2日内, the
// emergency exception, the nearest-year rule) and doc.request-lead-time.md (拟于…召开).

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import type { DocModel } from '../../../server/src/core/model/types';
import type { DateMatch } from '../../../server/src/core/parse/dates';
import {
  addDays,
  cellDeadline,
  datesIn,
  deadlinesIn,
  formatLike,
  issueDate,
  matterDatesIn,
  quoteDate,
  resolveDate,
  yearReference,
  ymdDays,
  ymdText,
  type Ymd,
} from '../../../server/src/core/semantics/timeline';
import type { Paragraph } from '../../../server/src/core/text/paragraph';

const ymd = (year: number, month: number, day: number): Ymd => ({ year, month, day });
const ISSUE = ymd(2026, 7, 7);

/** A notice of the 市农业农村局 with the given body paragraphs and 成文日期. */
function notice(body: string[], date = '2026年7月7日'): DocModel {
  const text = ['济南市农业农村局关于做好秋粮收购有关工作的通知', '', '各区县农业农村局：', '', ...body.flatMap((b) => [b.startsWith('|') ? b : `　　${b}`, '']), '济南市农业农村局', date, ''].join('\n');
  return buildModel(text);
}

/** A lone paragraph of running text (its key is the text when nothing folds). */
function para(text: string): Paragraph {
  const p = buildModel(text).paragraphs[0]!;
  assert.equal(p.text, text);
  return p;
}

/** Undated match of m月d日 at the start of a string. */
function bare(month: number, day: number): DateMatch {
  return { start: 0, end: 5, year: null, month, day, style: 'arabic', padded: false };
}

describe('semantics/timeline: calendar helpers', () => {
  it('counts days between dates across months, years and leap days', () => {
    assert.equal(ymdDays(ymd(2026, 7, 10)) - ymdDays(ISSUE), 3);
    assert.equal(ymdDays(ymd(2027, 1, 2)) - ymdDays(ymd(2026, 12, 30)), 3);
    assert.equal(ymdDays(ymd(2028, 3, 1)) - ymdDays(ymd(2028, 2, 28)), 2);
    assert.equal(ymdDays(ymd(1970, 1, 2)), 1);
  });

  it('adds days with month and year roll-over', () => {
    assert.deepEqual(addDays(ISSUE, 3), ymd(2026, 7, 10));
    assert.deepEqual(addDays(ymd(2026, 12, 30), 3), ymd(2027, 1, 2));
    assert.deepEqual(addDays(ymd(2028, 2, 28), 1), ymd(2028, 2, 29));
    assert.deepEqual(addDays(ymd(2026, 3, 1), -1), ymd(2026, 2, 28));
    assert.deepEqual(addDays(ymd(2026, 7, 31), 0), ymd(2026, 7, 31));
  });

  it('writes a date the GB way for messages', () => {
    assert.equal(ymdText(ymd(2026, 7, 10)), '2026年7月10日');
  });
});

describe('semantics/timeline: the 成文日期 and the year of undated dates', () => {
  it('reads the 成文日期 of the main document, in Arabic or Chinese numerals', () => {
    const m = notice(['请认真贯彻落实。']);
    const got = issueDate(m);
    assert.deepEqual(got?.date, ISSUE);
    assert.equal(got?.para, m.date);
    assert.deepEqual(issueDate(notice(['请认真贯彻落实。'], '二〇二六年七月七日'))?.date, ISSUE);
  });

  it('has no 成文日期 when the document has no date line', () => {
    assert.equal(issueDate(buildModel('请于7月10日前报送材料。')), null);
  });

  it('has no 成文日期 when the date line lacks a year or names no real day', () => {
    const m = notice(['请认真贯彻落实。']);
    assert.equal(issueDate({ ...m, date: para('7月7日') }), null);
    assert.equal(issueDate({ ...m, date: para('2026年2月30日') }), null);
    assert.equal(issueDate({ ...m, date: para('二〇二六年') }), null);
    assert.deepEqual(issueDate({ ...m, date: para('2026年2月28日') })?.date, ymd(2026, 2, 28));
  });

  it('takes the 成文日期 for the year reference, else the first date written with a year', () => {
    const m = buildModel('各单位：\n\n　　7月1日以来，按照2025年3月1日印发的方案，2024年5月6日的规定继续执行。\n');
    assert.deepEqual(yearReference(m, ISSUE), ISSUE);
    // 7月1日 has no year and is skipped; 2025年3月1日 is the first with one.
    assert.deepEqual(yearReference(m, null), ymd(2025, 3, 1));
    assert.equal(yearReference(buildModel('各单位：\n\n　　7月1日以来，工作有序推进。\n'), null), null);
  });

  it('keeps a written year, and rejects a date that is not in the calendar', () => {
    const written: DateMatch = { start: 0, end: 10, year: 2025, month: 12, day: 1, style: 'arabic', padded: false };
    assert.deepEqual(resolveDate(written, ISSUE), ymd(2025, 12, 1));
    assert.deepEqual(resolveDate(written, null), ymd(2025, 12, 1));
    assert.equal(resolveDate({ ...written, month: 2, day: 30 }, ISSUE), null);
  });

  it('gives an undated date the year nearest the 成文日期', () => {
    // 1月5日 in a notice of 2026年12月20日 is next January, 16 days ahead.
    assert.deepEqual(resolveDate(bare(1, 5), ymd(2026, 12, 20)), ymd(2027, 1, 5));
    // 7月1日 in a notice of 2026年7月20日 stays in 2026: a date already past.
    assert.deepEqual(resolveDate(bare(7, 1), ymd(2026, 7, 20)), ymd(2026, 7, 1));
    // 12月28日 in a notice of 2026年1月3日 is last December.
    assert.deepEqual(resolveDate(bare(12, 28), ymd(2026, 1, 3)), ymd(2025, 12, 28));
    // 2月29日: only a leap year has it (2024 is nearer to 2025年1月10日 than 2028).
    assert.deepEqual(resolveDate(bare(2, 29), ymd(2025, 1, 10)), ymd(2024, 2, 29));
    assert.deepEqual(resolveDate(bare(2, 29), ymd(2027, 3, 1)), ymd(2028, 2, 29));
    assert.equal(resolveDate(bare(2, 30), ISSUE), null);
    assert.equal(resolveDate(bare(7, 10), null), null);
  });

  it('breaks a tie in favour of the 成文日期 own year', () => {
    // 2027年8月31日 lies 183 days after 2027年3月1日 and 183 days before 2028年3月1日.
    assert.equal(ymdDays(ymd(2027, 8, 31)) - ymdDays(ymd(2027, 3, 1)), 183);
    assert.equal(ymdDays(ymd(2028, 3, 1)) - ymdDays(ymd(2027, 8, 31)), 183);
    assert.deepEqual(resolveDate(bare(3, 1), ymd(2027, 8, 31)), ymd(2027, 3, 1));
  });
});

describe('semantics/timeline: datesIn, quoteDate, formatLike', () => {
  it('lists the resolvable dates of a paragraph with their offsets in the text', () => {
    // 于0 7(1) 月2 8(3) 日4 至5 2(6)月7 3(8)0(9)日10 、11 1(12)2(13)月14 3(15)1(16)日17
    const p = para('于7月8日至2月30日、12月31日');
    const refs = datesIn(p, ISSUE);
    assert.deepEqual(
      refs.map((r) => [r.start, r.end, r.date]),
      [
        [1, 5, ymd(2026, 7, 8)],
        // 2月30日 is not a date; 12月31日 is nearer in 2026 than in 2025.
        [11 + 1, 18, ymd(2026, 12, 31)],
      ],
    );
    assert.equal(refs[0]!.para, p);
    assert.equal(refs[0]!.match.month, 7);
    // Without a 成文日期 only dates with a written year resolve.
    assert.deepEqual(
      datesIn(para('于7月8日及2026年7月9日'), null).map((r) => r.date),
      [ymd(2026, 7, 9)],
    );
  });

  it('quotes a complete Arabic date as written, anything else with its full value', () => {
    const q = (text: string) => quoteDate(datesIn(para(text), ISSUE)[0]!);
    assert.equal(q('2026年7月10日'), '“2026年7月10日”');
    assert.equal(q('7月10日'), '“7月10日”（2026年7月10日）');
    assert.equal(q('2026年07月10日'), '“2026年07月10日”（2026年7月10日）');
    assert.equal(q('二〇二六年七月十日'), '“二〇二六年七月十日”（2026年7月10日）');
    assert.equal(q('2026.7.10'), '“2026.7.10”（2026年7月10日）');
  });

  it('rewrites a date in the style it was written in', () => {
    const like = (text: string, d: Ymd, issue: Ymd = ISSUE) => formatLike(datesIn(para(text), issue)[0]!, d);
    const to = ymd(2026, 7, 10);
    assert.equal(like('7月8日', to), '7月10日');
    assert.equal(like('7月8号', to), '7月10号');
    assert.equal(like('07月08日', to), '07月10日');
    assert.equal(like('2026年7月8日', to), '2026年7月10日');
    assert.equal(like('2026年07月08日', ymd(2026, 10, 12)), '2026年10月12日');
    assert.equal(like('七月八日', to), '七月十日');
    assert.equal(like('七月八号', to), '七月十号');
    assert.equal(like('二〇二六年七月八日', to), '二〇二六年七月十日');
    // The zero is written as the text writes it (○ U+25CB here).
    assert.equal(like('二○二六年七月八日', to), '二○二六年七月十日');
    assert.equal(like('2026.7.8', to), '2026.7.10');
    assert.equal(like('2026-07-08', to), '2026-07-10');
    assert.equal(like('2026/7/8', ymd(2026, 11, 2)), '2026/11/2');
  });

  it('adds the year when the new date falls in another year than the written one', () => {
    const issue = ymd(2026, 12, 30);
    const like = (text: string) => formatLike(datesIn(para(text), issue)[0]!, ymd(2027, 1, 2));
    assert.equal(like('12月31日'), '2027年1月2日');
    assert.equal(like('十二月三十一日'), '二〇二七年一月二日');
    // In the same year an undated date stays undated.
    assert.equal(formatLike(datesIn(para('12月31日'), issue)[0]!, ymd(2026, 12, 31)), '12月31日');
  });
});

/** The deadlines of a paragraph, as [what the finding points at, days or the date]. */
function deadlines(text: string, issue: Ymd | null = ISSUE): Array<[string, number | string]> {
  const p = para(text);
  return deadlinesIn(p, issue).map((d) => [p.text.slice(d.start, d.end), d.ref ? ymdText(d.ref.date) : d.days!]);
}

describe('semantics/timeline: report deadlines', () => {
  const CASES: Array<[string, Array<[string, number | string]>, string]> = [
    ['请于7月8日前将统计表和工作总结报送市农业农村局农村社会事业处。', [['7月8日', '2026年7月8日']], '日期前 + 报送 in its clause'],
    ['请于2026年7月8日（星期三）下班前报送市民政局养老服务处。', [['2026年7月8日', '2026年7月8日']], 'weekday and 下班前 after the date'],
    ['请于7月8日17:00前将名单报市应急管理局。', [['7月8日', '2026年7月8日']], 'a clock time before 前'],
    ['请于7月8日12时30分前反馈意见。', [['7月8日', '2026年7月8日']], '时分 before 前'],
    ['请各单位填报人员信息表，截止时间为2026.7.8，逾期不再受理。', [['2026.7.8', '2026年7月8日']], 'an explicit 截止时间 after the report asked for'],
    ['材料报送时间：7月8日。', [['7月8日', '2026年7月8日']], 'a label names the report date'],
    ['意见反馈期限为7月8日前。', [['7月8日', '2026年7月8日']], 'a label (反馈期限) names the date, with nothing after it'],
    ['7月1日前报送初稿。整改截止时间为7月9日，完成后报送总结。', [['7月1日', '2026年7月1日']], '截止 governs a report asked for before it in its own sentence only'],
    ['请于7月8日报送自查报告。', [['7月8日', '2026年7月8日']], '于 + date + verb'],
    ['请于7月8日上午报送自查报告。', [['7月8日', '2026年7月8日']], '于 + date + a few words + verb'],
    ['请于7月8日到市农业农村局集中，会后报送纪要。', [], '于 + date without a report verb in its clause'],
    ['请各单位于本周内核对7月8日报送的数据。', [], 'a 于 further back does not make the date a deadline'],
    ['请于7月8日报送整改方案，7月20日前完成整改。', [['7月8日', '2026年7月8日']], 'a verb before an earlier date does not govern a later deadline of other work'],
    ['请报送7月8日前新开工项目情况，整改截止时间为7月20日。', [], '截止 reaches back only to the previous date'],
    ['请各单位填报人员信息表，截止时间为7月8日，7月20日前完成复核。', [['7月8日', '2026年7月8日']], '截止 reaches back to the sentence start when no date comes before'],
    ['各区县要在7月8日前开展自查后报送自查报告。', [], 'the date governs the other work before the verb'],
    ['各区县要在7月8日前完成摸底，并将摸底情况报送市农业农村局。', [], 'the date clause is other work: the next clause does not count'],
    ['请于7月8日前，汇总后报送市农业农村局，并开展复查。', [['7月8日', '2026年7月8日']], 'other work after the report verb does not matter'],
    ['请于7月8日前，做好准备。各单位报送材料的截止日期为7月20日。', [['7月20日', '2026年7月20日']], 'the next clauses end with the sentence, before the next date'],
    ['请于7月8日前，将材料汇总后报送市农业农村局。', [['7月8日', '2026年7月8日']], 'the verb in the next clause'],
    ['请于7月8日前，将自查完成情况报送市农业农村局。', [['7月8日', '2026年7月8日']], '将 makes 完成 the object, not other work'],
    ['请于7月8日前，完成自查并报送结果。', [], 'the next clause is other work first'],
    ['请于7月8日前，做好准备，7月20日前报送报告。', [['7月20日', '2026年7月20日']], 'the next deadline bounds the reach of the first'],
    ['各区县要在7月8日前完成收购网点摸底，并于7月20日前将摸底情况报送市农业农村局。', [['7月20日', '2026年7月20日']], '7月8日 is a deadline of other work'],
    ['请于7月10日前将截至6月30日的收购进度数据报送市农业农村局。', [['7月10日', '2026年7月10日']], '截至…的 is the data cut-off'],
    ['2026年7月8日召开的全市秋粮收购工作会议精神，各区县要认真传达。', [], 'no report verb'],
    ['7月8日前各区县完成整改。请于7月20日前报送整改报告。', [['7月20日', '2026年7月20日']], 'a report verb in another sentence does not make 7月8日 a report deadline'],
    ['请各区县应急管理局即日报送本辖区防汛责任人名单。', [['即日', 0]], '即日报送'],
    ['收到通知当天将排查工作方案报市应急管理局。', [['当天', 0]], '当天 of the notice'],
    ['会议当天报送签到表。', [], '当天 of a meeting, not of the notice'],
    ['会议当日报送签到表。', [], '当日 of a meeting, not of the notice'],
    ['本通知下发当日报送名单。', [['当日', 0]], '当日 of the notice'],
    ['请各单位今日报送名单。发生险情的，要立即上报。', [['今日', 0]], 'an emergency in another sentence does not excuse the demand'],
    ['请于明日报送名单。发生险情的，要立即上报。', [['明日', 1]], 'an emergency in another sentence, next day'],
    ['收到通知后2日内报送名单。发生险情的，要立即上报。', [['2日内', 2]], 'an emergency in another sentence, a period'],
    ['发生事故的，明日报送书面报告。', [], 'an emergency, next day'],
    ['请于明日上报。', [['明日', 1]], '明日'],
    ['收到通知次日报送。', [['次日', 1]], '次日 of the notice'],
    ['会议结束次日报送纪要。', [], '次日 of a meeting'],
    ['收到通知后2日内报送。', [['2日内', 2]], 'a period from the notice'],
    ['请在3个工作日内反馈。', [['3个工作日内', 3]], 'working days'],
    ['24小时内上报。', [['24小时内', 1]], '24 hours is one day'],
    ['请于两天之内报送。', [['两天之内', 2]], 'Chinese numeral and 之内'],
    ['收购中发生安全事故的，要立即上报。', [], 'an emergency'],
    ['出现险情的，24小时内上报。', [], 'an emergency period'],
    ['发生事故的，次日报送书面报告。', [], 'an emergency next day'],
    ['本通知自即日起施行，报送要求另行通知。', [], '即日起 is a date of effect'],
    ['会议结束后2日内报送会议纪要。', [], 'a period from another event'],
    ['收到通知后，会议结束后2日内报送会议纪要。', [], 'the lead of the period is its own clause'],
    ['收到验收通知后2日内报送。', [['2日内', 2]], 'another event (验收) named with the notice: counted from the notice'],
    ['每月5日前报送上月工作进展。', [], 'a monthly report has no date to resolve'],
    ['请于今日下班前将联系人名单报送市农业农村局。', [['今日', 0]], '今日下班前'],
    ['收到通知当天下班前将联系人名单报送市农业农村局。', [['当天', 0]], '当天下班前 of the notice'],
    ['请于当天下班前将联系人名单报送市农业农村局。', [], '当天 of no named day'],
    ['收到通知次日12时前将自查报告报送市农业农村局。', [['次日', 1]], '次日 with a clock'],
    ['请于后天将名单报送市农业农村局。', [['后天', 2]], '后天'],
    ['请于大后天报送名单。', [['大后天', 3]], '大后天'],
    ['请于后天下班前将本单位核查工作方案和联系人名单报送市农业农村局。', [['后天', 2]], '将 brings a long object between the word and the verb'],
    ['今后天气转凉时报送防寒物资清单。', [], '后天 inside 今后天气'],
    ['有关情况请立即报告。', [], '立即报告 is telling of an event'],
    ['请各单位立即报告，并报送名单。', [], '报告 is no report verb even when another verb follows in the sentence'],
    ['工作进展情况要即时报送。', [], '即时报送 is a standing duty, no day'],
    ['如有变动，请立即报送。', [], '立即 with nothing named to send'],
    ['请各区县认真填写统计表，并立即报送。', [['立即', 0]], '立即 with the material named before it'],
    ['请立即将名单报送市农业农村局。', [['立即', 0]], '立即 with 将 and an object'],
    ['请立即上报排查情况统计表。', [['立即', 0]], '立即 with an object after the verb'],
    ['请一两天内将名单报送市农业农村局。', [['一两天内', 2]], 'a rough range counts its upper bound'],
    ['请三五天内将名单报送市农业农村局。', [['三五天内', 5]], '三五 is up to five'],
    ['请一三天内报送。', [], 'two digits that are no rough range'],
    ['请于2个工作日内将名单报送市农业农村局。', [['2个工作日内', 2]], 'working days'],
    ['请3日内将名单报送市农业农村局。', [['3日内', 3]], 'three days'],
    ['报送时间为7月8日前。', [['7月8日', '2026年7月8日']], 'the label before the date'],
    ['报送截止时间：7月8日。', [['7月8日', '2026年7月8日']], 'a label with a colon'],
    ['名单报送时间为7月8日前，逾期不候。', [['7月8日', '2026年7月8日']], 'a label with the material before it'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${text} (${why})`, () => assert.deepEqual(deadlines(text), want));
  }

  it('reports dated deadlines only with a 成文日期, relative ones always', () => {
    assert.deepEqual(deadlines('请于7月8日前将统计表报送市农业农村局，即日报送名单。', null), [['即日', 0]]);
  });

  it('points at the words of the period in the written text', () => {
    const p = para('请于收到通知后２日内报送。');
    const [d] = deadlinesIn(p, ISSUE);
    assert.equal(p.text.slice(d!.start, d!.end), '２日内');
    assert.equal(d!.word, '２日内');
    assert.equal(d!.para, p);
  });

  it('keeps the relative word and its offsets', () => {
    const p = para('请于明天报送，今天上报名单。');
    assert.deepEqual(
      deadlinesIn(p, ISSUE).map((d) => [d.start, d.end, d.word, d.days, d.ref]),
      [
        [7, 9, '今天', 0, null],
        [2, 4, '明天', 1, null],
      ],
    );
  });
});

describe('semantics/timeline: relative dates as deadlines', () => {
  // 2026年7月30日 is a Thursday: 本周五 is the next day, 月底 the day after, 下周一 four days on.
  const LATE = ymd(2026, 7, 30);
  const CASES: Array<[string, Array<[string, number | string]>, string]> = [
    ['请于本月底前将核查方案报送市农业农村局。', [['本月底', 1]], '本月底前'],
    ['请于月底前将核查方案报送市农业农村局。', [['月底', 1]], '月底前'],
    ['请于7月底前将核查方案报送市农业农村局。', [['7月底', 1]], 'a written month end'],
    ['请于本周五前将核查方案报送市农业农村局。', [['本周五', 1]], '本周五前'],
    ['报送时间为本周五下班前。', [['本周五', 1]], 'a label before the word'],
    ['请各区县下周一报送联系人名单。', [['下周一', 4]], 'a report verb right after the word'],
    ['请于下星期四前将名单报送市农业农村局。', [['下星期四', 7]], '下星期四'],
    ['请于下月2日前将名单报送市农业农村局。', [['下月2日', 3]], '下月2日'],
    ['请于本月31日前将名单报送市农业农村局。', [['本月31日', 1]], '本月31日'],
    ['请于本周一前将名单报送市农业农村局。', [], 'a day of this week already past: the words disagree with the 成文日期'],
    ['请于本周五前完成核查，并于8月10日前将核查报告报送市农业农村局。', [['8月10日', '2026年8月10日']], '本周五 is the deadline of other work'],
    ['截至本月底的数据请于8月10日前报送。', [['8月10日', '2026年8月10日']], '截至本月底的 is the data cut-off'],
    ['请于本周五（7月31日）前将名单报送市农业农村局。', [['本周五', 1]], 'a word glossed by its date: one deadline, at the word'],
    ['请于7月31日（本周五）前将名单报送市农业农村局。', [['本周五', 1]], 'a date glossed by the word'],
    ['请于本周五（8月7日）前将名单报送市农业农村局。', [], 'a word and a date that disagree: neither is a clear deadline'],
    ['下周一召开推进会，会后报送纪要。', [], 'a relative date of a meeting'],
    ['本月底前各区县完成整改。', [], 'no report verb'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${text} (${why})`, () => assert.deepEqual(deadlines(text, LATE), want));
  }

  it('resolves nothing without a 成文日期, but keeps the day words', () => {
    assert.deepEqual(deadlines('请于本月底前报送名单，明日报送联系人。', null), [['明日', 1]]);
  });

  it('keeps the day the word names and its offsets in the written text', () => {
    const p = para('请于下周一前报送名单。');
    const [d] = deadlinesIn(p, LATE);
    assert.deepEqual([d!.start, d!.end, d!.word, d!.days, d!.date, d!.ref], [2, 5, '下周一', 4, ymd(2026, 8, 3), null]);
  });
});

describe('semantics/timeline: table-cell deadlines', () => {
  function table(rows: string[][], header = ['材料名称', '报送时间']): DocModel {
    const md = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
    return notice(['请按下表报送材料。', ...md]);
  }
  function cell(m: DocModel, text: string): number {
    const i = m.paragraphs.findIndex((p) => p.text === text);
    assert.ok(i >= 0, `no cell ${text}`);
    return i;
  }

  it('finds a date cell under a 报送时间 header', () => {
    const m = table([['统计表', '7月8日前']]);
    const i = cell(m, '7月8日前');
    const d = cellDeadline(m.paragraphs, i, ISSUE);
    assert.ok(d);
    assert.equal(d.para, m.paragraphs[i]);
    assert.deepEqual([d.start, d.end, d.ref?.date], [0, 4, ymd(2026, 7, 8)]);
  });

  it('takes a date with a clock time, or a bare date, as the deadline of the column', () => {
    for (const v of ['2026年7月8日17:00前', '7月8日', '7月8日（星期三）下午5点前', '7月8日周三前']) {
      const m = table([['统计表', v]]);
      assert.deepEqual(cellDeadline(m.paragraphs, cell(m, v), ISSUE)?.ref?.date, ymd(2026, 7, 8), v);
    }
  });

  it('ignores cells that say more than a date, two dates, or no date', () => {
    for (const v of ['7月8日前报送电子版', '暂定7月8日前', '7月8日至7月9日', '按要求报送', '另行通知']) {
      const m = table([['统计表', v]]);
      assert.equal(cellDeadline(m.paragraphs, cell(m, v), ISSUE), null, v);
    }
  });

  it('needs the report header among the cells before it', () => {
    const m = table([['统计表', '7月8日前']], ['材料名称', '完成时间']);
    assert.equal(cellDeadline(m.paragraphs, cell(m, '7月8日前'), ISSUE), null);
    for (const h of ['上报时限', '材料报送截止时间', '反馈期限', '填报日期']) {
      const n = table([['统计表', '7月8日前']], ['材料名称', h]);
      assert.ok(cellDeadline(n.paragraphs, cell(n, '7月8日前'), ISSUE), h);
    }
  });

  it('looks only back for the header, down to the first cell', () => {
    const m = notice(['7月8日前', '报送时间']);
    assert.equal(cellDeadline(m.paragraphs, cell(m, '7月8日前'), ISSUE), null);
    const first = buildModel('| 报送时间 |\n| --- |\n| 7月8日前 |').paragraphs;
    assert.deepEqual(first.map((p) => p.text), ['报送时间', '7月8日前']);
    assert.ok(cellDeadline(first, 1, ISSUE));
    assert.equal(cellDeadline(buildModel('7月8日前').paragraphs, 0, ISSUE), null);
  });

  it('looks back at most 16 cells for the header', () => {
    // Header (2 cells) then rows of 2 cells: the 8th row's date is 16 cells after 报送时间, the 9th's 18.
    const rows = Array.from({ length: 9 }, (_, k) => [`表${k + 1}`, `7月${k + 8}日前`]);
    const m = table(rows);
    assert.ok(cellDeadline(m.paragraphs, cell(m, '7月15日前'), ISSUE));
    assert.equal(cellDeadline(m.paragraphs, cell(m, '7月16日前'), ISSUE), null);
  });

  it('reads a relative date or a day word alone in the cell', () => {
    const m = table([['统计表', '本周五下班前'], ['名单', '明日前'], ['方案', '次日'], ['总结', '下周一前']]);
    const at = (v: string) => {
      const d = cellDeadline(m.paragraphs, cell(m, v), ISSUE);
      return d && [d.word, d.days, d.date ?? null, d.ref];
    };
    assert.deepEqual(at('本周五下班前'), ['本周五', 3, ymd(2026, 7, 10), null]);
    assert.deepEqual(at('明日前'), ['明日', 1, null, null]);
    // 次日 of what? The cell does not say.
    assert.equal(at('次日'), null);
    assert.deepEqual(at('下周一前'), ['下周一', 6, ymd(2026, 7, 13), null]);
    // Without a 成文日期 the week is unknown; 明日 still is the day after.
    assert.equal(cellDeadline(m.paragraphs, cell(m, '本周五下班前'), null), null);
    assert.deepEqual(cellDeadline(m.paragraphs, cell(m, '明日前'), null)?.days, 1);
  });

  it('stops at a sentence: a header before running text does not reach the table', () => {
    const m = notice(['报送时间', '各单位要高度重视。', '7月8日前']);
    assert.equal(cellDeadline(m.paragraphs, cell(m, '7月8日前'), ISSUE), null);
    const n = notice(['报送时间', '7月8日前']);
    assert.ok(cellDeadline(n.paragraphs, cell(n, '7月8日前'), ISSUE));
  });
});

describe('semantics/timeline: matter dates of a 请示', () => {
  const matter = (text: string, issue: Ymd | null = ISSUE) => {
    const p = para(text);
    return matterDatesIn(p, issue).map((r) => p.text.slice(r.start, r.end));
  };
  const CASES: Array<[string, string[], string]> = [
    ['拟于2026年8月1日召开全市秋粮收购工作会议。', ['2026年8月1日'], '拟于…召开'],
    ['定于8月1日上午在市会议中心召开推进会。', ['8月1日'], '定于 before the date'],
    ['计划于8月1日举办培训班。', ['8月1日'], '计划于'],
    ['8月1日召开推进会。', ['8月1日'], 'the date right before 召开'],
    ['8月1日（星期六）上午举行开幕式。', ['8月1日'], 'a weekday and 上午 between'],
    ['8月1日正式开幕。', ['8月1日'], 'a word between the date and the event'],
    ['8月1日召开动员会，会前请报送材料。', ['8月1日'], 'a 前 further on is not a deadline of the date'],
    ['8月1日前召开推进会。', [], '前: a deadline, not the date of the matter'],
    ['已于7月1日召开筹备会。', [], 'a meeting already held'],
    ['先后于7月1日、7月3日召开筹备会。', [], 'past events (先后于…)'],
    ['已定于8月1日召开推进会。', ['8月1日'], '已定于 is still ahead'],
    ['8月1日报送材料。', [], 'no meeting or event'],
    ['请于8月1日前报送材料，拟于8月5日召开推进会。', ['8月5日'], 'only the planned event'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${text} (${why})`, () => assert.deepEqual(matter(text), want));
  }
});
