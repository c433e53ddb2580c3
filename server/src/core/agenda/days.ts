// The meeting's days: day headings of a schedule (12月27日(星期日), 3月5日（星期二）上午), the
// date after a label (时间：2024年3月12日), the date a notice convenes the meeting on (定于3月14日
// …召开), a dated title, and ranges (1月14日至17日, 3月5日—3月6日), each with its weekday
// annotation and the other places that name the same day.

import type { DocModel } from '../model/types';
import { isRealDate, keyDates, type DateMatch } from '../parse/dates';
import { keyRelativeDates, resolveRelative } from '../parse/relative';
import { parseCount, parseSmallNumber } from '../parse/numerals';
import { dayPartOf, type DayPart } from '../parse/times';
import { addDays, DEADLINE_AFTER, resolveDate, yearReference, ymdText, type Ymd } from '../semantics/timeline';
import { LOOSE_MARKS, readMark, skipSpace, type MarkOptions } from '../text/marks';
import type { Paragraph, Role } from '../text/paragraph';
import { proxyDate, weekdayOf } from './calendar';
import type { MeetingDay, WeekdayNote } from './types';

const DAY_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'subtitle', 'body', 'attachment', 'other']);

const WEEKDAY = /^\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]?/;
const WEEKDAY_NUM: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const LABEL_BEFORE = /(?:会议|召开|举行|举办|活动|开会)?(?:时间|日期|会期|安排)\**\s*(?:为|是)?\s*[:：]?\s*\**\s*$/;
/** The words of a label heading (一、会议时间 / 会议时间：) after its mark. */
const LABEL_HEADING = /^\s*\**(?:会议|活动|开会)?(?:时间|日期)(?:和地点|及地点|、地点)?\**\s*[:：]?\s*$/;
/** Marks of a label heading: 一、 （一） 1、 (not （1）). */
const LABEL_MARKS: MarkOptions = { chinese: { stops: '、.．' }, arabic: { stops: '、.．', length: 2 }, brackets: {} };
const TIME_AFTER = /^(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?:上午|下午|晚上|中午)?\s*\d{1,2}(?::\d{2}|时|点)/;
const OTHER_LABEL = /(?:报到|报名|报送|截止|提交|反馈|返回|离会|返程|撤离|交通)(?:时间|日期|安排)\**\s*(?:为|是)?\s*[:：]?\s*\**\s*$/;
const CONVENE_BEFORE = /(?:定于|拟于|拟定于|将于|计划于|决定于|于)\s*$/;
const CONVENE_AFTER = /^[^，。；,;]{0,24}?(?:召开|举行|举办|开幕|在)/;
const RANGE_AFTER = /^(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?:至|到|—{1,2}|-|～|~)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/;
const RANGE_BETWEEN = /^\s*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?:至|到|—{1,2}|-|～|~)\s*$/;
const DEADLINE_BEFORE = /截止|截至|最迟|最晚|不迟于|不晚于/;
/** A clock with seconds right after a date (2022-03-26 06:55:00): a machine timestamp. */
const STAMP_AFTER = /^\s*(?:[T ]\s*)?\d{1,2}:\d{2}:\d{2}/;
const DECLARED = /会期\s*(?:为)?\s*(半|[一二两三四五六七八九十]{1,2}|\d{1,2})\s*(?:个)?\s*(半)?\s*(?:天|日)(半)?/;

/**
 * A meeting convened on a day written relative to the 成文日期 (定于下周四上午9:00召开, 会议时间：
 * 明天下午): read only when no written date names a meeting day, and only after a convening verb
 * or a time label.
 */
function relativeDays(ps: readonly Paragraph[], issue: Ymd, add: (d: MeetingDay) => number): void {
  for (const p of ps) {
    if (!DAY_ROLES.has(p.role)) continue;
    const t = p.key;
    for (const r of keyRelativeDates(p)) {
      const before = t.slice(Math.max(0, r.start - 12), r.start);
      const after = t.slice(r.end, r.end + 30);
      const convened = CONVENE_BEFORE.test(before) && CONVENE_AFTER.test(after);
      const labelled = LABEL_BEFORE.test(before) && !OTHER_LABEL.test(before);
      if (!convened && !labelled) continue;
      const date = resolveRelative(r, issue);
      if (!date) continue;
      add({ date, calendarDate: date, month: date.month, day: date.day, para: p, start: r.start, end: r.end, match: null, weekdayNote: null, inRange: false, mentions: [] });
      return;
    }
  }
}

interface DayHeading {
  index: number;
  dayPart: DayPart | null;
}

export interface DayRead {
  days: MeetingDay[];
  /** Paragraphs that are a day heading of a schedule, with the day and part of the day they open. */
  headings: Map<Paragraph, DayHeading>;
  /** The day of a written month and day, or -1. */
  dayOf(month: number, day: number): number;
  /** 会期四天 → 4, 会期半天 → 0.5, 会期一天半 → 1.5. */
  declaredDays: number | null;
}

/** A paragraph that is only a date (with weekday and day part): a day heading. */
function isDayHeading(t: string, d: DateMatch): boolean {
  if (t.length > 40) return false; // a heading is short (and a long line stays linear)
  const rest = (t.slice(0, d.start) + t.slice(d.end))
    .replace(/[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?/g, '')
    .replace(/第[一二三四五六七八九十\d]{1,2}天|上午|下午|晚上|中午|全天|日期|时间|会议|[:：\s|、，,。]/g, '');
  return rest.length <= 2;
}

function weekdayAfter(p: Paragraph, at: number): WeekdayNote | null {
  const m = WEEKDAY.exec(p.key.slice(at, at + 12));
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return { para: p, start: at + lead, end: at + m[0].length, weekday: WEEKDAY_NUM[m[1]!]! };
}

/** How messages and the outline name a meeting day: 2024年3月14日, or 3月14日 without a year. */
export function dayText(day: MeetingDay): string {
  return day.date ? ymdText(day.date) : `${day.month}月${day.day}日`;
}

/** 一、会议时间 / 会议时间： on a line of its own: the next line holds the meeting's date and time. */
export function isTimeLabel(t: string): boolean {
  const at = skipSpace(t, 0);
  const m = readMark(t, at, LABEL_MARKS);
  return LABEL_HEADING.test(t.slice(m && m.level !== 4 ? m.end : at));
}

/** Nothing but a list mark (or nothing) before a date: （10） 3月6日…, 1、3月6日…. */
function onlyMark(s: string): boolean {
  let at = skipSpace(s, 0);
  const m = readMark(s, at, LOOSE_MARKS);
  if (m) at = skipSpace(s, m.end);
  return at === s.length;
}

/** A paragraph that holds nothing but a weekday annotation: (星期日). */
export function isWeekdayOnly(t: string): boolean {
  const m = WEEKDAY.exec(t);
  return !!m && m[0].trim().length === t.trim().length;
}

/**
 * The full date of a meeting day. A year that is not written comes from the reference (the
 * 成文日期 or another dated line); when the weekday is written and the nearest year disagrees
 * with it, the year before or after that agrees is taken.
 */
function fullDate(d: DateMatch, ref: Ymd | null, note: WeekdayNote | null): Ymd | null {
  const date = resolveDate(d, ref);
  if (!date || d.year !== null || !note || !ref) return date;
  if (weekdayOf(date) === note.weekday) return date;
  for (const y of [date.year + 1, date.year - 1]) {
    const alt = resolveDate({ ...d, year: y }, null);
    if (alt && weekdayOf(alt) === note.weekday) return alt;
  }
  return date;
}

/** After a 会期: a rule about meetings of that length (会期两天以上的会议须报…), not this meeting's 会期. */
const DECLARED_NORM = /^(?:以上|以内|之内|及以上)|不超过|原则上|须报|不得|严禁|应当/;

function declared(model: DocModel): number | null {
  for (const p of model.paragraphs) {
    if (!p.key.includes('会期')) continue;
    const m = DECLARED.exec(p.key);
    if (!m) continue;
    const rest = p.key.slice(m.index + m[0].length);
    if (DECLARED_NORM.test(rest.slice(0, rest.search(/[，。；,;]|$/)))) continue;
    const n = parseCount(m[1]!);
    if (n !== null && n > 0) return n + (m[2] || m[3] ? 0.5 : 0); // 一天半
  }
  return null;
}

export function readDays(model: DocModel, issue: Ymd | null): DayRead {
  const ref = yearReference(model, issue);
  const days: MeetingDay[] = [];
  const headings = new Map<Paragraph, DayHeading>();
  const byKey = new Map<string, number>();
  const key = (month: number, day: number): string => `${month}-${day}`;
  const dayOf = (month: number, day: number): number => byKey.get(key(month, day)) ?? -1;
  /** Dates that are not deadlines, to attach as mentions of a day once all days are known. */
  const others: Array<{ para: Paragraph; match: DateMatch }> = [];
  const ps = model.paragraphs;
  const add = (day: MeetingDay): number => {
    days.push(day);
    byKey.set(key(day.month, day.day), days.length - 1);
    return days.length - 1;
  };
  for (let pi = 0; pi < ps.length; pi++) {
    const p = ps[pi]!;
    if (!DAY_ROLES.has(p.role)) continue;
    const t = p.key;
    // 一、会议时间 / 会议时间： on a line of its own labels the date that opens the next line.
    const labelled = pi > 0 && isTimeLabel(ps[pi - 1]!.key);
    if (!t.includes('月') && !/\d[.\-/]\d/.test(t)) continue;
    const ds = keyDates(p);
    for (let k = 0; k < ds.length; k++) {
      const d = ds[k]!;
      const before = t.slice(Math.max(0, d.start - 12), d.start);
      const after = t.slice(d.end, d.end + 30);
      // 时间:2022-03-26 06:55:00: a clock with seconds is a page's or a file's timestamp, not a meeting.
      if (STAMP_AFTER.test(after)) continue;
      if (DEADLINE_AFTER.test(after) || DEADLINE_BEFORE.test(before)) {
        others.push({ para: p, match: d }); // 3月14日上午8:40前: the meeting's day all the same, if it is one
        continue;
      }
      // 报到时间：3月18日下午 is as short as a heading, but the day of something else.
      const heading = isDayHeading(t, d) && !OTHER_LABEL.test(before);
      // | 5月21日上午9:00—9:10 | … / 3月6日下午2:30　… / （10） 3月6日…: a line that opens with a date and a time
      const opensLine = onlyMark(t.slice(0, d.start)) && TIME_AFTER.test(after);
      // 报到时间：3月5日 / 报名截止日期：… : the day of something else than the meeting.
      const labelled2 = LABEL_BEFORE.test(before) && !OTHER_LABEL.test(before);
      const meeting =
        heading || opensLine || labelled2 || (labelled && d.start <= 2) || (CONVENE_BEFORE.test(before) && CONVENE_AFTER.test(after)) || ((p.role === 'title' || p.role === 'subtitle') && /会/.test(t));
      if (!meeting) {
        others.push({ para: p, match: d });
        continue;
      }
      let end = d.end;
      let note = weekdayAfter(p, d.end);
      const range = RANGE_AFTER.exec(after);
      const next = ds[k + 1];
      let lastMonth = d.month;
      let lastDay = d.day;
      if (range) {
        lastDay = parseSmallNumber(range[1]!) ?? d.day;
        end = d.end + range[0].length;
        if (lastDay < d.day) lastMonth = d.month === 12 ? 1 : d.month + 1; // 1月30日至2日
      } else if (next && RANGE_BETWEEN.test(t.slice(d.end, next.start))) {
        lastMonth = next.month;
        lastDay = next.day;
        end = next.end;
        k++;
      }
      if (!note && heading && pi + 1 < ps.length && isWeekdayOnly(ps[pi + 1]!.key)) note = weekdayAfter(ps[pi + 1]!, 0);
      const isRange = lastMonth !== d.month || lastDay !== d.day;
      const date = fullDate(d, ref, isRange ? null : note);
      const calendarDate = date ?? (note && !isRange ? proxyDate(d.month, d.day, note.weekday) : null);
      let index = dayOf(d.month, d.day);
      if (index < 0) {
        index = add({ date, calendarDate, month: d.month, day: d.day, para: p, start: d.start, end, match: d, weekdayNote: note, inRange: isRange, mentions: [] });
      } else {
        // The same day again (a notice's title and its body): keep it as a mention to rewrite.
        days[index]!.mentions.push({ para: p, match: d, weekdayNote: note });
        if (!days[index]!.weekdayNote && note && !days[index]!.date) {
          days[index]!.weekdayNote = note;
          days[index]!.calendarDate = proxyDate(d.month, d.day, note.weekday);
        }
      }
      if (heading) {
        const dp = /上午|下午|晚上|中午/.exec(t);
        headings.set(p, { index, dayPart: dp ? dayPartOf(dp[0]) : null });
      }
      if (isRange) {
        // Every day of the range, so that each can be checked against the calendar. Without a
        // year the days are still counted (会期), stepped through a stand-in year.
        const leapDay = (d.month === 2 && d.day === 29) || (lastMonth === 2 && lastDay === 29);
        let cur: Ymd = date ?? { year: leapDay ? 2004 : 2001, month: d.month, day: d.day };
        const lastYear = lastMonth < d.month ? cur.year + 1 : cur.year;
        // 2月28日至30日: an end that is not a real day adds no days.
        const guard = isRealDate(lastYear, lastMonth, lastDay) ? 31 : 0;
        for (let i = 0; i < guard; i++) {
          cur = addDays(cur, 1);
          const known = date ? cur : null;
          if (dayOf(cur.month, cur.day) < 0) add({ date: known, calendarDate: known, month: cur.month, day: cur.day, para: p, start: d.start, end, match: null, weekdayNote: null, inRange: true, mentions: [] });
          if (cur.month === lastMonth && cur.day === lastDay) break;
        }
      }
    }
  }
  if (days.length === 0 && issue) relativeDays(ps, issue, add);
  for (const o of others) {
    const i = dayOf(o.match.month, o.match.day);
    if (i < 0) continue;
    const day = days[i]!;
    if (o.match.year !== null && day.date && o.match.year !== day.date.year) continue;
    day.mentions.push({ para: o.para, match: o.match, weekdayNote: weekdayAfter(o.para, o.match.end) });
  }
  return { days, headings, dayOf, declaredDays: declared(model) };
}
