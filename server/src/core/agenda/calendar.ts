// §6's calendar: every Thursday is a 无会日, and each month's second week is the 无会周. "Second
// week" has three readings, chosen by the option `noMeetingWeek`:
//   second-monday (default) – the Monday–Sunday week holding the month's second Monday;
//   calendar                – the month's second calendar week (the week after the one holding the 1st);
//   days-8-14               – the 8th to the 14th of the month.

import { addDays, ymdDays, type Ymd } from '../semantics/timeline';
import { isRealDate, weekday } from '../parse/dates';

export type NoMeetingWeek = 'second-monday' | 'calendar' | 'days-8-14';
export const NO_MEETING_WEEK_MODES: readonly NoMeetingWeek[] = ['second-monday', 'calendar', 'days-8-14'];
export const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** The reading an option value names (meeting.no-meeting-week's noMeetingWeek); the default for anything else. */
export function noMeetingWeekMode(v: unknown): NoMeetingWeek {
  return v === 'calendar' || v === 'days-8-14' ? v : 'second-monday';
}

export function weekdayOf(d: Ymd): number {
  return weekday(d.year, d.month, d.day);
}

/** First and last day of the month's 无会周. */
export function noMeetingWeek(year: number, month: number, mode: NoMeetingWeek): [Ymd, Ymd] {
  const first: Ymd = { year, month, day: 1 };
  if (mode === 'days-8-14') return [{ year, month, day: 8 }, { year, month, day: 14 }];
  const w1 = weekdayOf(first); // 0 = Sunday
  if (mode === 'second-monday') {
    const firstMonday = 1 + ((8 - w1) % 7);
    const start: Ymd = { year, month, day: firstMonday + 7 };
    return [start, addDays(start, 6)];
  }
  // calendar: Monday of the week holding the 1st, plus one week.
  const mondayOfFirst = addDays(first, -((w1 + 6) % 7));
  const start = addDays(mondayOfFirst, 7);
  return [start, addDays(start, 6)];
}

export function inNoMeetingWeek(d: Ymd, mode: NoMeetingWeek): boolean {
  const [a, b] = noMeetingWeek(d.year, d.month, mode);
  const n = ymdDays(d);
  return n >= ymdDays(a) && n <= ymdDays(b);
}

/** A working day (Monday–Friday) that is neither a Thursday nor in the 无会周. */
function isAllowedDay(d: Ymd, mode: NoMeetingWeek): boolean {
  const w = weekdayOf(d);
  return w !== 0 && w !== 6 && w !== 4 && !inNoMeetingWeek(d, mode);
}

/** The nearest allowed day before (dir -1) or after (dir 1) d. */
export function nearestAllowed(d: Ymd, dir: -1 | 1, mode: NoMeetingWeek): Ymd {
  let cur = d;
  for (let i = 0; i < 60; i++) {
    cur = addDays(cur, dir);
    if (isAllowedDay(cur, mode)) return cur;
  }
  return cur;
}

/**
 * A stand-in date for a day written without a year but with its weekday (3月14日（星期四）): a
 * year in which that month and day fall on that weekday. The 无会周 of every reading depends only
 * on the weekday of the month's first day, so any such year gives the right answer; a common
 * year is preferred (a leap year only for 2月29日).
 */
export function proxyDate(month: number, day: number, wd: number): Ymd | null {
  const leapDay = month === 2 && day === 29;
  for (let year = 2001; year <= 2028; year++) {
    if (isRealDate(year, 2, 29) !== leapDay || !isRealDate(year, month, day)) continue;
    if (weekday(year, month, day) === wd) return { year, month, day };
  }
  return null;
}
