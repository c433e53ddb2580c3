// meeting.no-meeting-day (§6): 每周星期四为“无会日”，非贯彻上级重要会议的，一律不得在此时段召开会议.
// The weekday comes from the date, or from its annotation (（星期四）) when the year is unknown.

import { defineRule } from './rule';
import { byPlace, checkedDays, DATE_CLAUSE, daysText, moveFixes, weekdayOfDay } from './kit/meetingDate';
import { msg, withClause } from './kit/util';

export default defineRule({
  id: 'meeting.no-meeting-day',
  title: msg('无会日', 'No-meeting day'),
  clause: DATE_CLAUSE,
  clauseKeys: ['6'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg('会议安排在星期四（无会日）。', 'A meeting on a Thursday (无会日).'),
  options: [],
  check(ctx) {
    for (const group of byPlace(checkedDays(ctx).filter((d) => weekdayOfDay(d) === 4))) {
      const day = group[0]!;
      const what = daysText(group);
      const at = ctx.span(day.para, day.start, day.end);
      ctx.report({
        start: at.start,
        end: at.end,
        message: withClause(msg(`会议日期 ${what.zh} 是星期四（无会日）；非贯彻上级重要会议的，不得在无会日召开会议，请改期`, `The meeting falls on Thursday ${what.en}, a no-meeting day (无会日); only meetings that carry out an important higher-level meeting may be held then; move it to another day`), DATE_CLAUSE),
        fixes: moveFixes(ctx, day),
      });
    }
  },
});
