// meeting.no-meeting-week (§6): 确定每月第二周为“无会周”，非贯彻上级重要会议的，一律不得在此时段
// 召开会议。Which week is "the second" is an option (see agenda/calendar.ts).

import { inNoMeetingWeek, noMeetingWeek, NO_MEETING_WEEK_MODES } from '../agenda/calendar';
import { ymdText } from '../semantics/timeline';
import { defineRule } from './rule';
import { checkedDays, DATE_CLAUSE, dayText, meetingWeekMode, moveFixes } from './meetingDate';
import { msg, withClause } from './util';

export default defineRule({
  id: 'meeting.no-meeting-week',
  title: msg('无会周', 'No-meeting week'),
  clause: DATE_CLAUSE,
  clauseKeys: ['6'],
  kinds: ['agenda'],
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
    for (const day of checkedDays(ctx)) {
      if (!day.date || !inNoMeetingWeek(day.date, mode)) continue;
      const [a, b] = noMeetingWeek(day.date.year, day.date.month, mode);
      ctx.report({
        ...ctx.span(day.para, day.start, day.end),
        message: withClause(msg(`会议日期 ${dayText(day)} 在本月无会周（${ymdText(a)}至${ymdText(b)}）内；非贯彻上级重要会议的，不得在无会周召开会议`, `The meeting on ${dayText(day)} falls in the month's no-meeting week (${ymdText(a)}–${ymdText(b)})`), DATE_CLAUSE),
        fixes: moveFixes(ctx, day),
      });
    }
  },
});
