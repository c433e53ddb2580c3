// Dates written relative to the day a document is written, as a reader resolves them against its
// 成文日期: 今天/今日/当天/当日/即日 (that day), 明天/明日/次日 (the day after), 后天, 大后天;
// 本周五, 下周四, 下星期一, 下个礼拜三 (weeks run Monday to Sunday); 本月底, 月底, 月末, 下月底,
// 7月底 (the last day of a month); 本月15日, 下月2日, 下个月十日. Nothing resolves without an anchor:
// a reader who does not know the day of writing cannot tell which Thursday 下周四 is either.

import { addDays, isRealDate, lastDayOfMonth, nearestYear, weekday, type Keyed, type Ymd } from './dates';
import { memoSlot, perText } from './memo';
import { parseSmallNumber, parseYearDigits } from './numerals';

export type RelativeDate =
  | (RelativeSpan & { kind: 'offset'; /** Days after the anchor: 今天 0, 明天 1, 后天 2, 大后天 3. */ days: number })
  | (RelativeSpan & { kind: 'weekday'; /** 本周 0, 下周 1. */ weeks: number; /** 1 Monday … 7 Sunday. */ weekday: number })
  | (RelativeSpan & { kind: 'month-end'; /** 本月 0, 下月 1; null when the month is written (7月底). */ months: number | null; month: number | null; year: number | null })
  | (RelativeSpan & { kind: 'month-day'; /** 本月 0, 下月 1. */ months: number; day: number });

interface RelativeSpan {
  /** Offsets in the searched string. */
  start: number;
  end: number;
}

/** Days after the day of writing that each day word means. */
export const OFFSET_DAYS: Readonly<Record<string, number>> = {
  今天: 0, 今日: 0, 当天: 0, 当日: 0, 即日: 0, 明天: 1, 明日: 1, 次日: 1, 翌日: 1, 后天: 2, 大后天: 3,
};

const WEEKDAY_NUM: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

// 后天 inside 今后天气, 此后天天, 然后天… is no day word; 明日之星 and the like are rare enough.
const OFFSET = /大后天|(?<![今此之以然最落先而其随过])后天|明天|明日|次日|翌日|今天|今日|当天|当日|即日/g;
const WEEK = /(本|这|下个?|这个)(?:周|星期|礼拜)([一二三四五六日天])/g;
// 当月 is the month of some event as often as the month of writing (每月报送当月数据): not read.
const MONTH_NAMED = '(本|这个?|下个?)月';
const MONTH_END = new RegExp(`${MONTH_NAMED}(?:底|末)|(?<![上个每前岁年0-9０-９一二三四五六七八九十〇本当下这])月(?:底|末)`, 'g');
// 7月底, 2026年7月底, 十二月末: the month is written (digits, or Chinese numerals 1–12).
const WRITTEN_MONTH_END = /(?:(?<![0-9０-９])([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年)?(?<![0-9０-９])(1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])月(?:底|末)/g;
const MONTH_DAY = new RegExp(`${MONTH_NAMED}([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号]`, 'g');

function named(word: string): number {
  return word.startsWith('下') ? 1 : 0;
}

/** All relative dates in s (search the width-folded key), in order. */
export function findRelativeDates(s: string): RelativeDate[] {
  const out: RelativeDate[] = [];
  // Each pattern runs by exec from its start: matchAll would first copy the pattern, which costs
  // more than the scan of a paragraph that holds none of the words (most).
  for (let m = first(OFFSET, s); m; m = OFFSET.exec(s)) out.push({ kind: 'offset', start: m.index, end: m.index + m[0].length, days: OFFSET_DAYS[m[0]]! });
  if (/周|星期|礼拜/.test(s)) {
    for (let m = first(WEEK, s); m; m = WEEK.exec(s)) out.push({ kind: 'weekday', start: m.index, end: m.index + m[0].length, weeks: named(m[1]!), weekday: WEEKDAY_NUM[m[2]!]! });
  }
  // Each pattern is scanned only where its fixed words occur (most paragraphs have none of them):
  // the 月底/月末 ones need one of those, the month-day one a 日 or 号.
  if (s.includes('月底') || s.includes('月末')) {
    for (let m = first(MONTH_END, s); m; m = MONTH_END.exec(s)) out.push({ kind: 'month-end', start: m.index, end: m.index + m[0].length, months: m[1] ? named(m[1]) : 0, month: null, year: null });
    for (let m = first(WRITTEN_MONTH_END, s); m; m = WRITTEN_MONTH_END.exec(s)) {
      const month = parseSmallNumber(m[2]!);
      const year = m[1] ? parseYearDigits(m[1]) : null;
      if (month !== null) out.push({ kind: 'month-end', start: m.index, end: m.index + m[0].length, months: null, month, year });
    }
  }
  if (s.includes('月') && (s.includes('日') || s.includes('号'))) {
    for (let m = first(MONTH_DAY, s); m; m = MONTH_DAY.exec(s)) {
      const day = parseSmallNumber(m[2]!);
      if (day !== null && day >= 1 && day <= 31) out.push({ kind: 'month-day', start: m.index, end: m.index + m[0].length, months: named(m[1]!), day });
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The first match of a global pattern in s, from its start (the next ones by re.exec). None matches empty. */
function first(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

const KEY_RELATIVE = memoSlot('relative dates of the key');

/**
 * findRelativeDates of a paragraph's key, found once per text: the report deadlines, a table
 * cell's deadline and a meeting's days ask for those of the same paragraphs. Shared: never change
 * what it gives.
 */
export function keyRelativeDates(p: Keyed): readonly RelativeDate[] {
  return perText(p, KEY_RELATIVE, relativeOfKey);
}

function relativeOfKey(p: Keyed): readonly RelativeDate[] {
  return findRelativeDates(p.key);
}

/** The month `months` after the anchor's: { year, month }. */
function monthAfter(anchor: Ymd, months: number): { year: number; month: number } {
  const k = anchor.year * 12 + anchor.month - 1 + months;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

/** The day a relative date names, or null without an anchor or when it is no real day (下月31日 in a 30-day month). */
export function resolveRelative(r: RelativeDate, anchor: Ymd | null): Ymd | null {
  if (!anchor) return null;
  switch (r.kind) {
    case 'offset':
      return addDays(anchor, r.days);
    case 'weekday': {
      const monday = addDays(anchor, -((weekday(anchor.year, anchor.month, anchor.day) + 6) % 7));
      return addDays(monday, 7 * r.weeks + r.weekday - 1);
    }
    case 'month-end': {
      if (r.months !== null) {
        const { year, month } = monthAfter(anchor, r.months);
        return { year, month, day: lastDayOfMonth(year, month) };
      }
      const month = r.month!;
      const year = r.year ?? nearestYear(month, (y) => lastDayOfMonth(y, month), anchor);
      return year === null ? null : { year, month, day: lastDayOfMonth(year, month) };
    }
    case 'month-day': {
      const { year, month } = monthAfter(anchor, r.months);
      return isRealDate(year, month, r.day) ? { year, month, day: r.day } : null;
    }
  }
}
