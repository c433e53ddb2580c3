// Dates in the forms documents write them (年月日 in Arabic or Chinese numerals, with or without
// the year; 2019.7.28, 2019-07-28, 2019/7/28) and the calendar helpers. Offsets are UTF-16 indices
// of the searched string, counted by hand.

import * as assert from 'node:assert/strict';
import { addDays, dayNumber, findDates, formatGbDate, isRealDate, lastDayOfMonth, nearestYear, weekday, type DateMatch } from '../../../server/src/core/parse/dates';

/** A match of the 年月日 form at `start`, `len` characters long. */
function cjk(start: number, len: number, year: number | null, month: number, day: number, style: 'arabic' | 'chinese', padded = false): DateMatch {
  return { start, end: start + len, year, month, day, style, padded };
}

function numeric(start: number, len: number, year: number, month: number, day: number, sep: string, padded = false): DateMatch {
  return { start, end: start + len, year, month, day, style: 'numeric', padded, sep };
}

describe('parse/dates: 年月日 dates', () => {
  const CASES: Array<[string, DateMatch[], string]> = [
    ['2019年7月28日', [cjk(0, 10, 2019, 7, 28, 'arabic')], 'the GB form'],
    ['2019年07月28日', [cjk(0, 11, 2019, 7, 28, 'arabic', true)], 'a padded month'],
    ['2019年7月08日', [cjk(0, 10, 2019, 7, 8, 'arabic', true)], 'a padded day'],
    ['2019年10月10日', [cjk(0, 11, 2019, 10, 10, 'arabic')], 'a 0 that is not leading does not pad'],
    ['２０１９年０７月２８日', [cjk(0, 11, 2019, 7, 28, 'arabic', true)], 'full-width digits are Arabic; ０７ is padded'],
    ['２０２４年１月８日', [cjk(0, 9, 2024, 1, 8, 'arabic')], 'full-width without padding'],
    ['二〇一九年七月二十八日', [cjk(0, 11, 2019, 7, 28, 'chinese')], 'Chinese numerals'],
    ['二ＯＯ六年三月十四日', [cjk(0, 10, 2006, 3, 14, 'chinese')], 'full-width letter O for zero'],
    ['二〇一九年7月28日', [cjk(0, 10, 2019, 7, 28, 'chinese')], 'a Chinese year makes the date Chinese'],
    ['2019年七月28日', [cjk(0, 10, 2019, 7, 28, 'chinese')], 'a Chinese month makes the date Chinese'],
    ['2019年7月二十日', [cjk(0, 10, 2019, 7, 20, 'chinese')], 'a Chinese day makes the date Chinese'],
    ['二〇一0年3月5日', [cjk(0, 9, 2010, 3, 5, 'chinese')], 'a year of Chinese digits and a look-alike 0 is not Arabic'],
    ['2020 年 11 月 30 日', [cjk(0, 16, 2020, 11, 30, 'arabic')], 'one space around 年 月 日 belongs to the date'],
    ['7月10日', [cjk(0, 5, null, 7, 10, 'arabic')], 'no year'],
    ['七月十日', [cjk(0, 4, null, 7, 10, 'chinese')], 'no year, Chinese'],
    ['7月10号', [cjk(0, 5, null, 7, 10, 'arabic')], '号 for 日'],
    ['会议定于2024年3月5日上午召开', [cjk(4, 9, 2024, 3, 5, 'arabic')], 'offsets inside running text'],
    ['1月1日', [cjk(0, 4, null, 1, 1, 'arabic')], 'the first day of the year'],
    ['12月31日', [cjk(0, 6, null, 12, 31, 'arabic')], 'the last day of the year'],
    ['2月30日', [cjk(0, 5, null, 2, 30, 'arabic')], 'found although not a real date (isRealDate tells)'],
    ['13月5日', [], 'no 13th month'],
    ['0月5日', [], 'no month 0'],
    ['5月0日', [], 'no day 0'],
    ['5月32日', [], 'no 32nd day'],
    ['五月三十二日', [], 'no 32nd day in Chinese either'],
    ['二〇二四年', [], 'a year alone is not a date'],
    ['2024年1月', [], 'a month without a day is not a date'],
    ['12019年7月28日', [cjk(6, 5, null, 7, 28, 'arabic')], 'a year glued to a longer digit run is left out'],
    ['4月29日至5月2日', [cjk(0, 5, null, 4, 29, 'arabic'), cjk(6, 4, null, 5, 2, 'arabic')], 'two dates, in order'],
    ['二○二四年三月五日', [cjk(0, 9, 2024, 3, 5, 'chinese')], '○ (U+25CB, the white circle) for zero'],
    ['二〇〇九年九月七日', [cjk(0, 9, 2009, 9, 7, 'chinese')], '〇 (U+3007) twice'],
    ['二O二四年三月五日', [cjk(0, 9, 2024, 3, 5, 'chinese')], 'Latin capital O for zero'],
    ['二o二四年三月五日', [cjk(0, 9, 2024, 3, 5, 'chinese')], 'Latin small o for zero'],
    ['二零二四年三月五日', [cjk(0, 9, 2024, 3, 5, 'chinese')], '零 for zero'],
    ['二〇〇九年九月七日 |', [cjk(0, 9, 2009, 9, 7, 'chinese')], 'a flattened table cell'],
    ['| 二〇〇九年九月七日    ', [cjk(2, 9, 2009, 9, 7, 'chinese')], 'a cell mark before, spaces after'],
    ['二〇〇九年〇九月〇七日', [cjk(0, 11, 2009, 9, 7, 'chinese', true)], 'a month and a day padded with 〇'],
    ['二〇〇九年十月〇五日', [cjk(0, 10, 2009, 10, 5, 'chinese', true)], 'only the day padded'],
    ['〇五月', [], 'no day'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findDates(s), want));
  }

  it('finds what a plain left-to-right search of the 年月日 pattern finds, on random text', () => {
    // The pattern written out as dates.ts documents it, searched the plain way (every position),
    // against findDates, which tries only the places just before a 月 where a date can start.
    const Y = '[〇○零OoＯｏ0０Ο一二三四五六七八九]{4}|[0-9０-９]{4}';
    const N = '[0-9０-９]{1,2}|[〇○零]?[一二两三四五六七八九十]{1,3}';
    const plain = new RegExp(`(?:(?<![0-9０-９])(${Y}) ?年 ?)?(${N}) ?月 ?(${N}) ?[日号]`, 'g');
    const years = ['2019', '２０２４', '二〇一九', '二ＯＯ六', '20191', '19', ''];
    const numbers = ['1', '07', '０７', '12', '13', '31', '32', '〇七', '十', '十二', '二十八', '三十二', '两', ''];
    const noise = ['', ' ', '于', '前', '。', '3', '年', '月', '日'];
    let seed = 7;
    const next = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const pick = (xs: readonly string[]): string => xs[next(xs.length)]!;
    // Dates whole and broken: a year or not, numbers in and out of range, spaces and stray marks between.
    const dateLike = (): string => `${pick(years)}${pick(['年', ' 年 ', '', '年'])}${pick(numbers)}${pick(['月', ' 月', ''])}${pick(noise)}${pick(numbers)}${pick(['日', '号', ' 日', ''])}`;
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 0, n = 1 + next(4); i < n; i++) s += pick(noise) + dateLike();
      const want = [...s.matchAll(plain)].map((m) => [m.index!, m.index! + m[0].length]);
      const got = findDates(s).map((d) => [d.start, d.end]);
      // findDates leaves out what is no month and day (13月, 32日): each of its dates is a plain match.
      for (const g of got) assert.ok(want.some((w) => w[0] === g[0] && w[1] === g[1]), `${s}: ${g}`);
      // and misses none of the plain matches that are a month and a day.
      const valid = want.filter(([a, b]) => findDates(s.slice(a, b)).length === 1);
      assert.deepEqual(got, valid, s);
      found += got.length;
    }
    assert.ok(found > 300, `only ${found} dates in the random texts`);
  });
});

describe('parse/dates: numeric dates', () => {
  const CASES: Array<[string, DateMatch[], string]> = [
    ['2019.7.28', [numeric(0, 9, 2019, 7, 28, '.')], 'dots'],
    ['2019-07-28', [numeric(0, 10, 2019, 7, 28, '-', true)], 'dashes, padded month'],
    ['2019/7/28', [numeric(0, 9, 2019, 7, 28, '/')], 'slashes'],
    ['2019-7-08', [numeric(0, 9, 2019, 7, 8, '-', true)], 'padded day'],
    ['2019-10-10', [numeric(0, 10, 2019, 10, 10, '-')], 'a 0 that is not leading does not pad'],
    ['2019．7．28', [numeric(0, 9, 2019, 7, 28, '．')], 'full-width dots'],
    ['２０１９／７／２８', [numeric(0, 9, 2019, 7, 28, '／')], 'full-width digits and slashes'],
    ['2024-０１-08', [numeric(0, 10, 2024, 1, 8, '-', true)], 'a full-width padded month'],
    ['发布时间：2020-12-08 10:30', [numeric(5, 10, 2020, 12, 8, '-', true)], 'offsets inside a line; 08 is padded'],
    ['1900.1.1', [numeric(0, 8, 1900, 1, 1, '.')], 'the first year read'],
    ['2199.12.31', [numeric(0, 10, 2199, 12, 31, '.')], 'the last year read'],
    ['1899.1.1', [], 'a year before 1900 is a number, not a date'],
    ['2200.1.1', [], 'a year after 2199 is a number, not a date'],
    ['2019-13-01', [], 'no 13th month'],
    ['2019-00-10', [], 'no month 0'],
    ['2019-1-0', [], 'no day 0'],
    ['2019-1-32', [], 'no 32nd day'],
    ['2019-7/28', [], 'the two separators must agree'],
    ['2019.7.28.5', [], 'a version number, not a date'],
    ['v1.2019.7.28', [], 'glued to a number before'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findDates(s), want));
  }

  it('numeric and 年月日 dates come out in text order', () => {
    // The 年月日 pass runs first; the result is still ordered by offset.
    assert.deepEqual(findDates('2024.3.5与3月8日'), [numeric(0, 8, 2024, 3, 5, '.'), cjk(9, 4, null, 3, 8, 'arabic')]);
    assert.deepEqual(findDates('3月8日前，2024.3.5后，4月1日'), [cjk(0, 4, null, 3, 8, 'arabic'), numeric(6, 8, 2024, 3, 5, '.'), cjk(16, 4, null, 4, 1, 'arabic')]);
  });
});

describe('parse/dates: calendar helpers', () => {
  it('formatGbDate writes the GB/T 9704 form without padding', () => {
    assert.equal(formatGbDate(2019, 7, 28), '2019年7月28日');
    assert.equal(formatGbDate(2024, 1, 8), '2024年1月8日');
  });

  it('dayNumber counts days since 1970-01-01', () => {
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(1970, 1, 2), 1);
    assert.equal(dayNumber(1970, 2, 1), 31);
    assert.equal(dayNumber(1969, 12, 31), -1);
    // 2024 is a leap year: 2月28日 to 3月1日 is two days.
    assert.equal(dayNumber(2024, 3, 1) - dayNumber(2024, 2, 28), 2);
    assert.equal(dayNumber(2023, 3, 1) - dayNumber(2023, 2, 28), 1);
  });

  it('weekday: 0 is Sunday', () => {
    assert.equal(weekday(2019, 7, 28), 0); // a Sunday
    assert.equal(weekday(2024, 1, 1), 1); // a Monday
    assert.equal(weekday(2024, 3, 16), 6); // a Saturday
  });

  it('addDays crosses months, years and leap days, both ways', () => {
    assert.deepEqual(addDays({ year: 2026, month: 12, day: 30 }, 3), { year: 2027, month: 1, day: 2 });
    assert.deepEqual(addDays({ year: 2028, month: 2, day: 28 }, 1), { year: 2028, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2026, month: 3, day: 1 }, -1), { year: 2026, month: 2, day: 28 });
    assert.deepEqual(addDays({ year: 2026, month: 7, day: 7 }, 0), { year: 2026, month: 7, day: 7 });
  });

  it('weekday and addDays agree with Date for any day Date.UTC places (years 0–99 are 1900–1999 there too)', () => {
    const viaDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    const differ: string[] = [];
    for (const year of [0, 5, 99, 100, 1899, 1969, 1970, 2024, 2100, 9999, 200_000, 200_001, 2024.5, NaN]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = -1; day <= 32; day++) {
          const wd = viaDate(year, month, day).getUTCDay();
          if (!Object.is(weekday(year, month, day), wd)) differ.push(`weekday ${year}-${month}-${day}`);
          for (const n of [-30, -1, 0, 1, 6, 27, 28, 29, 1.5]) {
            const t = viaDate(year, month, day + n);
            const want = { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
            if (JSON.stringify(addDays({ year, month, day }, n)) !== JSON.stringify(want)) differ.push(`addDays ${year}-${month}-${day} ${n}`);
          }
        }
      }
    }
    assert.deepEqual(differ, []);
  });

  it('lastDayOfMonth knows month lengths and leap years', () => {
    assert.deepEqual([1, 2, 4, 12].map((m) => lastDayOfMonth(2026, m)), [31, 28, 30, 31]);
    assert.equal(lastDayOfMonth(2028, 2), 29);
    assert.equal(lastDayOfMonth(2100, 2), 28);
  });

  it('nearestYear picks the year nearest the anchor, or none', () => {
    const anchor = { year: 2026, month: 12, day: 20 };
    assert.equal(nearestYear(1, 5, anchor), 2027);
    assert.equal(nearestYear(12, 1, anchor), 2026);
    assert.equal(nearestYear(6, 30, { year: 2026, month: 1, day: 3 }), 2026);
    assert.equal(nearestYear(12, 31, { year: 2026, month: 1, day: 3 }), 2025);
    // 2月29日 exists in 2028 only among 2027, 2028 and 2026.
    assert.equal(nearestYear(2, 29, { year: 2027, month: 6, day: 1 }), 2028);
    assert.equal(nearestYear(2, 30, anchor), null);
    // The day may depend on the year: the last day of February.
    assert.equal(nearestYear(2, (y) => lastDayOfMonth(y, 2), { year: 2028, month: 1, day: 10 }), 2028);
  });

  it('isRealDate knows month lengths and leap years', () => {
    assert.equal(isRealDate(2024, 2, 29), true);
    assert.equal(isRealDate(2023, 2, 29), false);
    assert.equal(isRealDate(2024, 4, 30), true);
    assert.equal(isRealDate(2024, 4, 31), false);
    assert.equal(isRealDate(2024, 12, 31), true);
    assert.equal(isRealDate(2024, 13, 1), false);
    assert.equal(isRealDate(2024, 1, 0), false);
    assert.equal(isRealDate(2024, 0, 15), false);
  });
});
