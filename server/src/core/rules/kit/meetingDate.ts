// The 无会日 / 无会周 rules (§6) share the check and the fix: move the meeting to the nearest
// allowed working day before or after, rewriting the date, every other mention of that day in
// the text (a notice's title and its body) and their weekday annotations. Moving earlier is not
// offered when it would bring the meeting to or before its notice, or inside a lead time.

import { nearestAllowed, noMeetingWeekMode, WEEKDAY_ZH, weekdayOf, type NoMeetingWeek } from '../../agenda/calendar';
import { dayText } from '../../agenda/days';
import type { MeetingDay, WeekdayNote } from '../../agenda/types';
import type { DateMatch } from '../../parse/dates';
import { findSet, paragraphsMatching } from '../../semantics/phrases';
import { datesIn, formatLike, issueDate, ymdDays, ymdText, type DateRef, type Ymd } from '../../semantics/timeline';
import { MATERIAL } from '../meeting.draft-lead-time';
import { LEADER_INVITE } from '../meeting.leader-invitation';
import type { Fix, TextEdit } from '../../types';
import type { Paragraph } from '../../text/paragraph';
import type { RuleContext } from '../rule';
import { msg } from './util';

export const DATE_CLAUSE = '§6';

export function meetingWeekMode(ctx: RuleContext): NoMeetingWeek {
  return noMeetingWeekMode(ctx.optionsOf('meeting.no-meeting-week')['noMeetingWeek']);
}

/** Days to check, or none when the meeting is exempt (贯彻上级重要会议, statutory sessions). */
export function checkedDays(ctx: RuleContext): MeetingDay[] {
  const a = ctx.meeting!.agenda;
  if (a.implementsHigher || a.statutory) return [];
  return a.days;
}

/** The weekday of a meeting day: from its date, or from the annotation when the year is unknown. */
export function weekdayOfDay(day: MeetingDay): number | null {
  if (day.date) return weekdayOf(day.date);
  return day.weekdayNote?.weekday ?? null;
}

/** The edits that move one written date (and its weekday note) from `from` to `to`. */
function moveDate(ctx: RuleContext, para: Paragraph, match: DateMatch, note: WeekdayNote | null, from: Ymd, to: Ymd, edits: TextEdit[]): void {
  const ref: DateRef = { para, start: match.start, end: match.end, match, date: from };
  // The whole date is rewritten: a date written with spaces (2024 年 3 月 14 日) comes out in the standard form.
  const at = ctx.span(para, match.start, match.end);
  edits.push({ start: at.start, end: at.end, newText: formatLike(ref, to) });
  if (note) {
    const written = note.para.text.slice(note.start, note.end);
    const replaced = written.replace(/(星期|周|礼拜)[一二三四五六日天]/, `$1${WEEKDAY_ZH[weekdayOf(to)]}`);
    if (replaced !== written) {
      const noteAt = ctx.span(note.para, note.start, note.end);
      edits.push({ start: noteAt.start, end: noteAt.end, newText: replaced });
    }
  }
}

/**
 * The earliest day (as ymdDays) a meeting may move to: after the day its notice is dated, and
 * not so early that an invitation of city leaders (§7) or a draft sent before it (§10) loses
 * the lead time it has now — a fix must not trade one finding for another.
 */
function earliestMove(ctx: RuleContext, at: Ymd): number {
  const meeting = ymdDays(at);
  const issue = issueDate(ctx.model)?.date ?? null;
  // A notice dated on the meeting day too: moving earlier would put the meeting before it.
  let bound = issue && ymdDays(issue) <= meeting ? ymdDays(issue) + 1 : -Infinity;
  const keep = (from: number, min: number): void => {
    if (meeting - from >= min) bound = Math.max(bound, from + min);
  };
  if (issue && findSet(ctx.document, LEADER_INVITE).length > 0) keep(ymdDays(issue), Number(ctx.optionsOf('meeting.leader-invitation')['minDays']));
  const draftMin = Number(ctx.optionsOf('meeting.draft-lead-time')['minDays']);
  for (const p of paragraphsMatching(ctx.document, MATERIAL)) {
    for (const d of datesIn(p, issue ?? at)) if (ymdDays(d.date) < meeting) keep(ymdDays(d.date), draftMin);
  }
  return bound;
}

/**
 * The two moves of a single-day meeting (earlier, later); none for a multi-day meeting, whose
 * days move together or not at all (the writer decides), and none when neither the year nor the
 * weekday is known.
 */
export function moveFixes(ctx: RuleContext, day: MeetingDay): Fix[] {
  const a = ctx.meeting!.agenda;
  const at = day.calendarDate;
  if (!at || !day.match || day.inRange || a.days.length !== 1) return [];
  const mode = meetingWeekMode(ctx);
  const fixes: Fix[] = [];
  for (const dir of [-1, 1] as const) {
    const to: Ymd = nearestAllowed(at, dir, mode);
    // Without a written year the stand-in year must not show: stay within it.
    if (!day.date && to.year !== at.year) continue;
    if (dir < 0 && ymdDays(to) < earliestMove(ctx, at)) continue;
    const edits: TextEdit[] = [];
    moveDate(ctx, day.para, day.match, day.weekdayNote, at, to, edits);
    for (const m of day.mentions) moveDate(ctx, m.para, m.match, m.weekdayNote, at, to, edits);
    const label = `${day.date ? `${to.year}年` : ''}${to.month}月${to.day}日（星期${WEEKDAY_ZH[weekdayOf(to)]}）`;
    fixes.push({ title: msg(dir < 0 ? `提前到 ${label}` : `推后到 ${label}`, dir < 0 ? `Move earlier to ${label}` : `Move later to ${label}`), edits });
  }
  return fixes;
}

/** A date in a message: with its year only when the document gives it. */
export function ymdShort(d: Ymd, withYear: boolean): string {
  return withYear ? ymdText(d) : `${d.month}月${d.day}日`;
}

/** Days that break a rule, grouped by where they are written (a range 1月14日至17日 is one place). */
export function byPlace(days: MeetingDay[]): MeetingDay[][] {
  const groups = new Map<string, MeetingDay[]>();
  for (const d of days) {
    const k = `${d.para.index}:${d.start}`;
    const g = groups.get(k);
    if (g) g.push(d);
    else groups.set(k, [d]);
  }
  return [...groups.values()];
}

/** How a message names the offending day(s): "2024年3月14日", or "会期中的 1月17日、1月18日". */
export function daysText(group: MeetingDay[]): { zh: string; en: string } {
  const first = group[0]!;
  if (group.length === 1 && !first.inRange) return { zh: dayText(first), en: dayText(first) };
  const list = group.map((d) => `${d.month}月${d.day}日`).join('、');
  const written = first.para.text.slice(first.start, first.end);
  return { zh: `“${written}”中的 ${list}`, en: `${list} of "${written}"` };
}
