// meeting.duration (§8): 市委、市政府召开的综合性会议一般不超过1天，专项工作会议不超过半天
// (halfDayMinutes, default 240, and not running into both 上午 and 下午). Statutory sessions
// (人大、政协、党代会) are not governed by §8. An undeclared scope is held to the 1-day limit.
// The length is read from the meeting's days (and a stated 会期), the first start to the last
// end of its items, and the time its label states (时间：9:00—11:30).

import { meetingDays, meetingLength } from '../agenda/budget';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§8';
const CELEBRATION = /晚会|文艺演出|联欢|宴会|招待午宴|招待晚宴|庆典|校庆|周年庆/;

export default defineRule({
  id: 'meeting.duration',
  title: msg('会议时长', 'Meeting length'),
  clause: CLAUSE,
  clauseKeys: ['8'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('综合性会议超过 1 天，或专项工作会议超过半天（240 分钟，或跨上午和下午）。', 'A comprehensive meeting longer than a day, or a special one longer than half a day (240 minutes, or both morning and afternoon).'),
  options: [{ name: 'halfDayMinutes', type: 'integer', default: 240, minimum: 1, description: msg('专项工作会议“半天”的分钟数', 'Minutes in the half day allowed to a special-topic meeting') }],
  check(ctx) {
    const a = ctx.meeting!.agenda;
    if (a.statutory) return;
    const special = ctx.scope === 'special';
    const first = a.days[0];
    const title = ctx.model.title[0];
    // A stated 会期 without dates or items (会期两天，具体时间另行通知) is told on the title.
    const at = first
      ? ctx.span(first.para, first.start, first.end)
      : a.items[0]
        ? ctx.span(a.items[0].para, a.items[0].start, a.items[0].end)
        : title
          ? { start: title.start, end: title.end }
          : { start: 0, end: 0 };
    const nDays = meetingDays(a);
    // A celebration's programme (晚会, 庆祝大会, 招待宴会 on two dates) is a series of events, not one
    // meeting lasting days: when unsure, stay silent.
    if (nDays > 1 && a.declaredDays === null && CELEBRATION.test(ctx.model.titleText + ctx.model.paragraphs.map((p) => p.key).join('\n'))) return;
    if (nDays > 1 || (special && nDays > 0.5 && a.declaredDays !== null && a.declaredDays > 0.5)) {
      const limit = special ? msg('专项工作会议不超过半天', 'a special-topic meeting: half a day') : msg('综合性会议一般不超过1天', 'a comprehensive meeting: one day');
      const n = nDays === 0.5 ? '半' : String(nDays);
      ctx.report({ ...at, message: withClause(msg(`会期 ${n} 天，超过时长要求（${limit.zh}），请压缩会期`, `The meeting lasts ${n} days, over the limit (${limit.en}); shorten it`), CLAUSE) });
      return;
    }
    if (!special) return;
    const len = meetingLength(a);
    if (!len) return;
    const half = ctx.num('halfDayMinutes');
    if (len.minutes > half || len.spansHalves) {
      const why = len.spansHalves
        ? msg(`从上午开到下午（共 ${len.minutes} 分钟）`, `runs from the morning into the afternoon (${len.minutes} minutes)`)
        : msg(`共 ${len.minutes} 分钟，超过 ${half} 分钟`, `lasts ${len.minutes} minutes, over ${half}`);
      ctx.report({ ...at, message: withClause(msg(`专项工作会议不超过半天，本次会议${why.zh}，请压缩议程`, `A special-topic meeting takes at most half a day; this one ${why.en}; cut the agenda`), CLAUSE) });
    }
  },
});
