// Dates written relative to the day of writing (明天, 下周四, 本月底, 下月2日), found in a string
// and resolved against an anchor (the 成文日期). The anchor 2026年7月7日 is a Tuesday; weeks run
// Monday to Sunday. Offsets are UTF-16 indices, counted by hand.

import * as assert from 'node:assert/strict';
import type { Ymd } from '../../../server/src/core/parse/dates';
import { findRelativeDates, resolveRelative, type RelativeDate } from '../../../server/src/core/parse/relative';

const ymd = (year: number, month: number, day: number): Ymd => ({ year, month, day });

/** Each relative date of s as [its text, its kind, the day it names from the anchor]. */
function read(s: string, anchor: Ymd | null = ymd(2026, 7, 7)): Array<[string, RelativeDate['kind'], Ymd | null]> {
  return findRelativeDates(s).map((r) => [s.slice(r.start, r.end), r.kind, resolveRelative(r, anchor)]);
}

describe('parse/relative: day words', () => {
  const CASES: Array<[string, Array<[string, RelativeDate['kind'], Ymd | null]>, string]> = [
    ['今天', [['今天', 'offset', ymd(2026, 7, 7)]], 'the day of writing'],
    ['请于今日下班前报送', [['今日', 'offset', ymd(2026, 7, 7)]], '今日 with time words after'],
    ['当天下班前', [['当天', 'offset', ymd(2026, 7, 7)]], '当天'],
    ['当日', [['当日', 'offset', ymd(2026, 7, 7)]], '当日'],
    ['即日', [['即日', 'offset', ymd(2026, 7, 7)]], '即日'],
    ['明天', [['明天', 'offset', ymd(2026, 7, 8)]], '明天'],
    ['明日', [['明日', 'offset', ymd(2026, 7, 8)]], '明日'],
    ['次日12时前', [['次日', 'offset', ymd(2026, 7, 8)]], '次日 with a clock after'],
    ['翌日', [['翌日', 'offset', ymd(2026, 7, 8)]], '翌日'],
    ['后天', [['后天', 'offset', ymd(2026, 7, 9)]], '后天'],
    ['大后天', [['大后天', 'offset', ymd(2026, 7, 10)]], '大后天 is one word, not 后天'],
    ['今后天气转凉', [], '后天 inside 今后天气'],
    ['此后天天报送', [], '后天 inside 此后天天'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(read(s), want));
  }

  it('rolls over the end of a month and a year', () => {
    assert.deepEqual(read('明天', ymd(2026, 12, 31)), [['明天', 'offset', ymd(2027, 1, 1)]]);
    assert.deepEqual(read('后天', ymd(2028, 2, 28)), [['后天', 'offset', ymd(2028, 3, 1)]]);
  });
});

describe('parse/relative: weekdays', () => {
  const CASES: Array<[string, Array<[string, RelativeDate['kind'], Ymd | null]>, string]> = [
    ['下周四', [['下周四', 'weekday', ymd(2026, 7, 16)]], 'Thursday of next week'],
    ['下星期四', [['下星期四', 'weekday', ymd(2026, 7, 16)]], '星期 for 周'],
    ['下周一', [['下周一', 'weekday', ymd(2026, 7, 13)]], 'Monday of next week'],
    ['下个礼拜三', [['下个礼拜三', 'weekday', ymd(2026, 7, 15)]], '下个礼拜'],
    ['下周日', [['下周日', 'weekday', ymd(2026, 7, 19)]], 'Sunday ends the week'],
    ['本周五', [['本周五', 'weekday', ymd(2026, 7, 10)]], 'Friday of this week'],
    ['这周六', [['这周六', 'weekday', ymd(2026, 7, 11)]], '这周'],
    ['本周天', [['本周天', 'weekday', ymd(2026, 7, 12)]], '周天 is Sunday'],
    ['本周一', [['本周一', 'weekday', ymd(2026, 7, 6)]], 'a day of this week already past'],
    ['周四', [], 'a weekday alone names no week'],
    ['上周四', [], 'a past week is not read'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(read(s), want));
  }

  it('counts weeks from Monday when the anchor is a Sunday', () => {
    // 2026年7月12日 is a Sunday: 本周五 is two days before it, 下周一 the next day.
    assert.deepEqual(read('本周五，下周一', ymd(2026, 7, 12)), [
      ['本周五', 'weekday', ymd(2026, 7, 10)],
      ['下周一', 'weekday', ymd(2026, 7, 13)],
    ]);
  });
});

describe('parse/relative: months', () => {
  const CASES: Array<[string, Array<[string, RelativeDate['kind'], Ymd | null]>, string]> = [
    ['本月底', [['本月底', 'month-end', ymd(2026, 7, 31)]], 'the end of this month'],
    ['请于月底前报送', [['月底', 'month-end', ymd(2026, 7, 31)]], '月底 alone is this month'],
    ['月末', [['月末', 'month-end', ymd(2026, 7, 31)]], '月末'],
    ['下月底', [['下月底', 'month-end', ymd(2026, 8, 31)]], 'the end of next month'],
    ['下个月末', [['下个月末', 'month-end', ymd(2026, 8, 31)]], '下个月末'],
    ['7月底', [['7月底', 'month-end', ymd(2026, 7, 31)]], 'a written month'],
    ['九月底', [['九月底', 'month-end', ymd(2026, 9, 30)]], 'a month in Chinese numerals'],
    ['十二月末', [['十二月末', 'month-end', ymd(2026, 12, 31)]], '十二月'],
    ['2028年2月底', [['2028年2月底', 'month-end', ymd(2028, 2, 29)]], 'a written year, a leap February'],
    ['每月底', [], 'a monthly date names no day'],
    ['当月底', [], '当月 may be the month of another event'],
    ['次月5日', [], '次月 is counted from another event'],
    ['上月底', [], 'last month is not read'],
    ['岁月底蕴', [], '月底 inside other words'],
    ['本月9日', [['本月9日', 'month-day', ymd(2026, 7, 9)]], 'a day of this month'],
    ['本月十五号', [['本月十五号', 'month-day', ymd(2026, 7, 15)]], 'Chinese numerals and 号'],
    ['下月2日', [['下月2日', 'month-day', ymd(2026, 8, 2)]], 'a day of next month'],
    ['下个月十日', [['下个月十日', 'month-day', ymd(2026, 8, 10)]], '下个月'],
    ['7月9日', [], 'a written date is no relative date'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(read(s), want));
  }

  it('rolls the month over the year and keeps to real days', () => {
    assert.deepEqual(read('下月底，下月2日', ymd(2026, 12, 20)), [
      ['下月底', 'month-end', ymd(2027, 1, 31)],
      ['下月2日', 'month-day', ymd(2027, 1, 2)],
    ]);
    assert.deepEqual(read('本月底', ymd(2027, 2, 3)), [['本月底', 'month-end', ymd(2027, 2, 28)]]);
    // June has no 31st.
    assert.deepEqual(read('下月31日', ymd(2026, 5, 20)), [['下月31日', 'month-day', null]]);
  });

  it('takes the year of a written month nearest to the anchor', () => {
    assert.deepEqual(read('1月底', ymd(2026, 12, 20)), [['1月底', 'month-end', ymd(2027, 1, 31)]]);
    assert.deepEqual(read('12月底', ymd(2027, 1, 5)), [['12月底', 'month-end', ymd(2026, 12, 31)]]);
  });
});

describe('parse/relative: the anchor', () => {
  it('resolves nothing without an anchor', () => {
    assert.deepEqual(read('明天、下周四、本月底、下月2日、7月底', null), [
      ['明天', 'offset', null],
      ['下周四', 'weekday', null],
      ['本月底', 'month-end', null],
      ['下月2日', 'month-day', null],
      ['7月底', 'month-end', null],
    ]);
  });

  it('keeps the order of the text and the offsets of each word', () => {
    const s = '请于下周四前报送，本月底前反馈，明日报名';
    assert.deepEqual(
      findRelativeDates(s).map((r) => [r.start, r.end]),
      [
        [2, 5],
        [9, 12],
        [16, 18],
      ],
    );
  });
});
