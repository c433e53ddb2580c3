// Dates in every form the documents use: 2019年7月28日, 2019年07月28日, 二〇一九年七月二十八日,
// 二ＯＯ六年 / 二OO九年 (letter O for zero), 2020 年 11 月 30 日 (spaces already removed by the
// paragraph builder), 2019.7.28, 2019-07-28, 2019/7/28, and 7月10日 without a year.

import { memoSlot, perText, type TextWork } from './memo';
import { parseSmallNumber, parseYearDigits, SMALL_NUM_CLASS, YEAR_DIGIT_CLASS } from './numerals';

export type DateStyle = 'arabic' | 'chinese' | 'numeric';

/** A calendar day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export interface DateMatch {
  /** Offsets in the searched string. */
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  style: DateStyle;
  /** Month or day written with a leading zero (07月, 2019-07-28). */
  padded: boolean;
  /** Separator of numeric dates. */
  sep?: string;
}

const Y = `[${YEAR_DIGIT_CLASS}]{4}|[0-9０-９]{4}`;
// A month or day in Chinese numerals may carry a zero before it (二〇〇九年〇九月〇七日).
const N = `[0-9０-９]{1,2}|[〇○零]?[${SMALL_NUM_CLASS}]{1,3}`;
// 年 月 日 dates, year optional; the year must not be glued to a longer digit run. Tried at one
// position at a time (nextCjkDate).
const CJK_DATE = new RegExp(`(?:(?<![0-9０-９])(${Y}) ?年 ?)?(${N}) ?月 ?(${N}) ?[日号]`, 'y');
/** The characters a CJK_DATE match can start with: the first of its year or, without one, of its month. */
const CJK_DATE_START: ReadonlySet<number> = new Set(Array.from(`0123456789０１２３４５６７８９〇○零${YEAR_DIGIT_CLASS}${SMALL_NUM_CLASS}`, (c) => c.charCodeAt(0)));
/**
 * How far before its 月 a CJK_DATE match can start: a year (4), a space, 年, a space (7), then a
 * month of at most 4 units ([〇○零] and three numerals) and a space (5).
 */
const MONTH_REACH = 12;
/** Tried at one position at a time (nextNumericDate). */
const NUMERIC_DATE = /(?<![0-9０-９.．\-/])([0-9０-９]{4})([.．\-/／])([0-9０-９]{1,2})\2([0-9０-９]{1,2})(?![0-9０-９]|[.．][0-9０-９])/y;
/** The separators of a numeric date. */
const DATE_SEPARATOR = /[.．\-/／]/g;

/** 07, ０７, 〇七: a month or day written with a leading zero. */
const PADDED = /^[0０][0-9０-９]$|^[〇○零][一二三四五六七八九]$/;

function isArabic(s: string): boolean {
  return /^[0-9０-９]+$/.test(s);
}

function valid(month: number | null, day: number | null): boolean {
  return month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The first CJK_DATE match that starts at `from` or later, as CJK_DATE.exec from `from` finds it.
 * Every match holds a 月 at most MONTH_REACH after its start, so only the positions just before
 * each 月 are tried, instead of letting the pattern try every position of the text.
 */
function nextCjkDate(s: string, from: number): RegExpExecArray | null {
  let tried = from; // positions before this are tried already, or before `from`
  for (let k = s.indexOf('月', from); k >= 0; k = s.indexOf('月', k + 1)) {
    for (let p = Math.max(tried, k - MONTH_REACH); p < k; p++) {
      if (!CJK_DATE_START.has(s.charCodeAt(p))) continue; // no match starts here: skip the regex
      CJK_DATE.lastIndex = p;
      const m = CJK_DATE.exec(s);
      if (m) return m;
    }
    tried = Math.max(tried, k);
  }
  return null;
}

/**
 * The first NUMERIC_DATE match that starts at `from` or later, as a global search from `from`
 * finds it. A match's first separator comes right after its four-digit year: only the position
 * four before each separator is tried.
 */
function nextNumericDate(s: string, from: number): RegExpExecArray | null {
  DATE_SEPARATOR.lastIndex = from + 4;
  for (let q = DATE_SEPARATOR.exec(s); q; q = DATE_SEPARATOR.exec(s)) {
    NUMERIC_DATE.lastIndex = q.index - 4;
    const m = NUMERIC_DATE.exec(s);
    if (m) return m;
  }
  return null;
}

/** All dates in s, in order. Linear: each pattern is a single pass without nested repetition (CJK dates: a few tries per 月). */
export function findDates(s: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (let m = nextCjkDate(s, 0); m; m = nextCjkDate(s, m.index + m[0].length)) {
    const [whole, ys, ms, ds] = m;
    const year = ys ? parseYearDigits(ys) : null;
    const month = parseSmallNumber(ms!);
    const day = parseSmallNumber(ds!);
    if (!valid(month, day)) continue;
    const arabicParts = isArabic(ms!) && isArabic(ds!) && (!ys || isArabic(ys));
    out.push({
      start: m.index,
      end: m.index + whole.length,
      year,
      month: month!,
      day: day!,
      style: arabicParts ? 'arabic' : 'chinese',
      padded: PADDED.test(ms!) || PADDED.test(ds!),
    });
  }
  const cjk = out.length;
  for (let m = nextNumericDate(s, 0); m; m = nextNumericDate(s, m.index + m[0].length)) {
    const year = parseYearDigits(m[1]!);
    const month = parseSmallNumber(m[3]!);
    const day = parseSmallNumber(m[4]!);
    if (!valid(month, day) || year === null || year < 1900 || year > 2199) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year,
      month: month!,
      day: day!,
      style: 'numeric',
      padded: /^[0０]/.test(m[3]!) || /^[0０]/.test(m[4]!),
      sep: m[2],
    });
  }
  // Each kind is found in order: only both together need merging.
  if (cjk > 0 && out.length > cjk) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The GB/T 9704 form: 2019年7月28日. */
export function formatGbDate(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}

/** Day number since 1970-01-01 (UTC), for differences in days. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(year: number, month: number, day: number): number {
  // From the day number, without a Date object (the calendar rules ask it of many days): day 0,
  // 1970-01-01, was a Thursday. NaN for what Date.UTC cannot place, as getUTCDay gives.
  const n = dayNumber(year, month, day);
  return (((n + 4) % 7) + 7) % 7;
}

/** Whether y-m-d is a real calendar date (no 2月30日). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** d moved by n days (n may be negative), across months and years. */
export function addDays(d: Ymd, n: number): Ymd {
  // Within the first 28 days of a month of a year from 100 on (the calendar rules step day by
  // day), the day alone changes: no Date object. (Date.UTC reads years 0–99 as 1900–1999.)
  const day = d.day + n;
  if (day >= 1 && day <= 28 && Number.isInteger(day) && d.year >= 100 && d.year <= 200_000 && Number.isInteger(d.year) && d.month >= 1 && d.month <= 12 && Number.isInteger(d.month)) {
    return { year: d.year, month: d.month, day };
  }
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The last day of a month: 31, 30, 29 or 28. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The year that puts month/day nearest to the anchor: the anchor's year, the one after or the one
 * before (1月5日 in a notice of 2026年12月20日 is in 2027). `day` may depend on the year (the last
 * day of February). Null when no candidate is a real date.
 */
export function nearestYear(month: number, day: number | ((year: number) => number), anchor: Ymd): number | null {
  const base = dayNumber(anchor.year, anchor.month, anchor.day);
  let best: number | null = null;
  let bestGap = Infinity;
  for (const y of [anchor.year, anchor.year + 1, anchor.year - 1]) {
    const dd = typeof day === 'number' ? day : day(y);
    if (!isRealDate(y, month, dd)) continue;
    const gap = Math.abs(dayNumber(y, month, dd) - base);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** What keyDates (and keyRelativeDates) read: a paragraph, which holds its folded key and its text's kept work. */
export interface Keyed {
  readonly text: string;
  readonly key: string;
  readonly work?: TextWork;
}

const KEY_DATES = memoSlot('dates of the key');

/**
 * findDates of a paragraph's key, found once per text: the tree, the timeline, the agenda and the
 * rules all ask for the dates of the same paragraphs. Shared: never change what it gives.
 */
export function keyDates(p: Keyed): readonly DateMatch[] {
  return perText(p, KEY_DATES, datesOfKey);
}

function datesOfKey(p: Keyed): readonly DateMatch[] {
  return findDates(p.key);
}
