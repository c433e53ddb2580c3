// meeting.no-meeting-week (§6): 确定每月第二周为“无会周”，非贯彻上级重要会议的，一律不得在此时段
// 召开会议。Which week is "the second" is an option (see agenda/calendar.ts). A date without a
// year is checked when its weekday is written (the week depends only on the weekday of the 1st).

import { inNoMeetingWeek, noMeetingWeek, NO_MEETING_WEEK_MODES } from '../agenda/calendar';
import { defineRule } from './rule';
import { byPlace, checkedDays, DATE_CLAUSE, daysText, meetingWeekMode, moveFixes, ymdShort } from './kit/meetingDate';
import { msg, withClause } from './kit/util';

export default defineRule({
  id: 'meeting.no-meeting-week',
  title: msg('无会周', 'No-meeting week'),
  clause: DATE_CLAUSE,
  clauseKeys: ['6'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg('会议安排在当月第二周（无会周）。', "A meeting in the month's second week (无会周)."),
  options: [
    {
      name: 'noMeetingWeek',
      type: 'string',
      default: 'second-monday',
      enum: [...NO_MEETING_WEEK_MODES],
      description: msg(
        '“第二周”的算法：second-monday 为含当月第二个星期一的周一至周日；calendar 为当月第二个日历周；days-8-14 为当月8日至14日',
        'Which week is the second: second-monday = the Monday–Sunday week holding the second Monday; calendar = the second calendar week; days-8-14 = the 8th to the 14th',
      ),
    },
  ],
  check(ctx) {
    const mode = meetingWeekMode(ctx);
    const hit = checkedDays(ctx).filter((day) => day.calendarDate !== null && inNoMeetingWeek(day.calendarDate, mode));
    for (const group of byPlace(hit)) {
      const day = group[0]!;
      const d = day.calendarDate!;
      const what = daysText(group);
      const [a, b] = noMeetingWeek(d.year, d.month, mode);
      const known = day.date !== null;
      const week = `${ymdShort(a, known)}至${ymdShort(b, known && b.year !== a.year)}`;
      const at = ctx.span(day.para, day.start, day.end);
      ctx.report({
        start: at.start,
        end: at.end,
        message: withClause(
          msg(`会议日期 ${what.zh} 在当月无会周（${week}）内；非贯彻上级重要会议的，不得在无会周召开会议，请改期`, `The meeting on ${what.en} falls in the month's no-meeting week (${week}); only meetings that carry out an important higher-level meeting may be held then; move it to another day`),
          DATE_CLAUSE,
        ),
        fixes: moveFixes(ctx, day),
      });
    }
  },
});
