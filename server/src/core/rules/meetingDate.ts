// The 无会日 / 无会周 rules (§6) share the check and the fix: move the meeting to the nearest
// allowed working day before or after, rewriting the date and its weekday annotation.

import { agendaOf } from '../agenda';
import { nearestAllowed, WEEKDAY_ZH, type NoMeetingWeek } from '../agenda/calendar';
import type { MeetingDay } from '../agenda/types';
import { formatLike, type DateRef, type Ymd } from '../semantics/timeline';
import type { Fix } from '../types';
import type { RuleContext } from './rule';
import { msg } from './util';

export const DATE_CLAUSE = '§6';

export function meetingWeekMode(ctx: RuleContext): NoMeetingWeek {
  const v = ctx.optionsOf('meeting.no-meeting-week')['noMeetingWeek'];
  return v === 'calendar' || v === 'days-8-14' ? v : 'second-monday';
}

/** Days to check, or none when the meeting is exempt (贯彻上级重要会议, statutory sessions). */
export function checkedDays(ctx: RuleContext): MeetingDay[] {
  const a = agendaOf(ctx.model, ctx.names);
  if (a.implementsHigher || a.statutory) return [];
  return a.days;
}

/** The two moves of a single-day meeting (earlier, later); none for a multi-day meeting. */
export function moveFixes(ctx: RuleContext, day: MeetingDay): Fix[] {
  const a = agendaOf(ctx.model, ctx.names);
  if (!day.date || !day.match || day.inRange || a.days.length !== 1) return [];
  const mode = meetingWeekMode(ctx);
  const ref: DateRef = { para: day.para, start: day.match.start, end: day.match.end, match: day.match, date: day.date };
  return ([-1, 1] as const).map((dir) => {
    const to: Ymd = nearestAllowed(day.date!, dir, mode);
    const text = formatLike(ref, to);
    const edits = [{ ...ctx.span(day.para, day.match!.start, day.match!.end), newText: text }];
    const note = day.weekdayNote;
    if (note) {
      const written = note.para.text.slice(note.start, note.end);
      const replaced = written.replace(/(星期|周|礼拜)[一二三四五六日天]/, `$1${WEEKDAY_ZH[new Date(Date.UTC(to.year, to.month - 1, to.day)).getUTCDay()]}`);
      edits.push({ ...ctx.span(note.para, note.start, note.end), newText: replaced });
    }
    const label = `${text}${note ? `（星期${WEEKDAY_ZH[new Date(Date.UTC(to.year, to.month - 1, to.day)).getUTCDay()]}）` : ''}`;
    return { title: msg(dir < 0 ? `提前到 ${label}` : `推后到 ${label}`, dir < 0 ? `Move earlier to ${label}` : `Move later to ${label}`), edits };
  });
}

export function dayText(day: MeetingDay): string {
  return day.date ? `${day.date.year}年${day.date.month}月${day.date.day}日` : `${day.month}月${day.day}日`;
}
