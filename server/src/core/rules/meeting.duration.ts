// meeting.duration (§8): 市委、市政府召开的综合性会议一般不超过1天，专项工作会议不超过半天
// (halfDayMinutes, default 240, and not running into both 上午 and 下午). Statutory sessions
// (人大、政协、党代会) are not governed by §8. An undeclared scope is held to the 1-day limit.
// The length is read from the meeting's days (and a stated 会期), the first start to the last
// end of its items, and the time its label states (时间：9:00—11:30).
// National pack (《若干规定》严格精简会议, a summary of news paraphrases): 分组讨论的会议原则上不超过
// 1天半，其他会议一般安排在半天以内 — the day limits are options, the Jinan numbers their defaults.

import { dayLimit, meetingDays, meetingLength, overDays, type DayLimit } from '../agenda/budget';
import type { Agenda } from '../agenda/types';
import { CITE } from '../national';
import type { Msg } from '../types';
import { defineRule, type RuleContext } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§8';
const CELEBRATION = /晚会|文艺演出|联欢|宴会|招待午宴|招待晚宴|庆典|校庆|周年庆/;

/** 0.5 → 半天, 1 → 1天, 1.5 → 1天半. */
function daysText(d: number): Msg {
  const whole = Math.floor(d);
  const half = d - whole >= 0.5;
  if (whole === 0) return msg('半天', 'half a day');
  const en = whole === 1 ? (half ? 'a day and a half' : 'one day') : `${half ? `${whole}.5` : whole} days`;
  return msg(`${whole}天${half ? '半' : ''}`, en);
}

/** The meeting's limit under the rule's options. */
function limitOf(ctx: RuleContext, a: Agenda, special: boolean): DayLimit {
  return dayLimit(a, special, { comprehensive: ctx.num('comprehensiveDays'), group: ctx.num('groupDiscussionDays'), specialGroup: ctx.num('specialGroupDiscussionDays') });
}

/** What the limit is, as messages say it (the Jinan wording where the Jinan numbers apply). */
function limitText(special: boolean, limit: DayLimit): Msg {
  const d = daysText(limit.days);
  // One day for a comprehensive meeting is the Jinan rule's own number (stacked presets hold a group meeting to it).
  if (limit.byGroup && (special || limit.days !== 1)) return msg(`有分组讨论的会议原则上不超过${d.zh}`, `a meeting with group discussions: ${d.en}`);
  if (limit.days <= 0.5) return limit.specialHalf ? msg('专项工作会议不超过半天', 'a special-topic meeting: half a day') : msg('会议一般安排在半天以内', 'a meeting without group discussions: half a day');
  return special ? msg(`专项工作会议不超过${d.zh}`, `a special-topic meeting: ${d.en}`) : msg(`综合性会议一般不超过${d.zh}`, `a comprehensive meeting: ${d.en}`);
}

export default defineRule({
  id: 'meeting.duration',
  title: msg('会议时长', 'Meeting length'),
  clause: CLAUSE,
  clauseKeys: ['8'],
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['8'] },
    // 分组讨论的会议原则上不超过1天半，其他会议一般安排在半天以内 (news paraphrases; grade S).
    'national-2024': { cite: CITE.meetings, keys: ['N6-duration'], grade: 'S', options: { comprehensiveDays: 0.5, groupDiscussionDays: 1.5, specialGroupDiscussionDays: 1.5 } },
  },
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('综合性会议超过 1 天，或专项工作会议超过半天（240 分钟，或跨上午和下午）；全国规定：有分组讨论的会议超过 1 天半，其他会议超过半天。', 'A comprehensive meeting longer than a day, or a special one longer than half a day (240 minutes, or both morning and afternoon); national rules: a day and a half with group discussions, half a day otherwise.'),
  options: [
    { name: 'halfDayMinutes', type: 'integer', default: 240, minimum: 1, description: msg('“半天”的分钟数（专项工作会议，及上限为半天的会议）', 'Minutes in the half day (special-topic meetings, and any meeting held to half a day)') },
    { name: 'comprehensiveDays', type: 'number', default: 1, minimum: 0.5, stricter: 'lower', description: msg('综合性（或未声明范围的）会议、无分组讨论时的会期上限（天，0.5 为半天）', 'Days a comprehensive (or undeclared) meeting without group discussions may take (0.5: half a day)') },
    { name: 'groupDiscussionDays', type: 'number', default: 1, minimum: 0.5, stricter: 'lower', description: msg('有分组讨论的综合性（或未声明范围的）会议的会期上限（天）', 'Days a comprehensive (or undeclared) meeting with group discussions may take') },
    { name: 'specialGroupDiscussionDays', type: 'number', default: 0.5, minimum: 0.5, stricter: 'lower', description: msg('有分组讨论的专项工作会议的会期上限（天）', 'Days a special-topic meeting with group discussions may take') },
  ],
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
    const limit = limitOf(ctx, a, special);
    const said = limitText(special, limit);
    const half = limit.days <= 0.5;
    if (half ? nDays > 1 || (nDays > 0.5 && a.declaredDays !== null && a.declaredDays > 0.5) : overDays(a, limit.days)) {
      const n = nDays === 0.5 ? '半' : String(nDays);
      ctx.report({ ...at, message: withClause(msg(`会期 ${n} 天，超过时长要求（${said.zh}），请压缩会期`, `The meeting lasts ${n} days, over the limit (${said.en}); shorten it`), CLAUSE) });
      return;
    }
    if (!half) return;
    const len = meetingLength(a);
    if (!len) return;
    const max = ctx.num('halfDayMinutes');
    if (len.minutes > max || len.spansHalves) {
      const why = len.spansHalves
        ? msg(`从上午开到下午（共 ${len.minutes} 分钟）`, `runs from the morning into the afternoon (${len.minutes} minutes)`)
        : msg(`共 ${len.minutes} 分钟，超过 ${max} 分钟`, `lasts ${len.minutes} minutes, over ${max}`);
      const rule = limit.specialHalf
        ? msg('专项工作会议不超过半天', 'A special-topic meeting takes at most half a day')
        : msg('会议一般安排在半天以内', 'A meeting without group discussions generally takes at most half a day');
      ctx.report({ ...at, message: withClause(msg(`${rule.zh}，本次会议${why.zh}，请压缩议程`, `${rule.en}; this one ${why.en}; cut the agenda`), CLAUSE) });
    }
  },
});
