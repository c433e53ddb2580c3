// meeting.leader-invitation (§7): 凡邀请市级领导同志参加会议，需提前10日书面请示。
// A notice or request that invites city leaders, dated less than `minDays` before the meeting.
// It visits every meeting arrangement, so a written request (关于召开…会议的请示) that proposes
// a dated meeting is read as well as a meeting notice.

import { findSet } from '../semantics/phrases';
import { issueDate, ymdDays, ymdText } from '../semantics/timeline';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§7';
/** An invitation of city leaders to attend or speak (also read by the 无会日 fix, which must keep its lead time). */
export const LEADER_INVITE = /(?:邀请|敬请|恭请|恳请|拟请|请)[^，。；,;]{0,12}?(?:市级领导|市领导|市委书记|市长|副市长|市委常委|市委副书记|秘书长|市人大常委会(?:主任|副主任)|市政协(?:主席|副主席))(?:同志)?[^，。；,;]{0,8}?(?:出席|参加|到会|莅临|讲话|致辞)/g;

export default defineRule({
  id: 'meeting.leader-invitation',
  title: msg('邀请市级领导提前请示', 'Inviting city leaders'),
  clause: CLAUSE,
  clauseKeys: ['7'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('邀请市级领导同志参会，请示（通知）日期距会议不足 10 日。', 'City leaders are invited and the request or notice is dated less than 10 days before the meeting.'),
  options: [{ name: 'minDays', type: 'integer', default: 10, minimum: 0, description: msg('书面请示至少提前的天数', 'Minimum days between the request and the meeting') }],
  check(ctx) {
    const issue = issueDate(ctx.document);
    if (!issue) return;
    // The invitation may sit in another sentence than the meeting's date (恳请市长出席并讲话).
    const hit = findSet(ctx.document, LEADER_INVITE)[0];
    if (!hit) return;
    const a = ctx.meeting!.agenda;
    const day = a.days.find((d) => d.date);
    if (!day?.date) return;
    const min = ctx.num('minDays');
    const gap = ymdDays(day.date) - ymdDays(issue.date);
    if (gap >= min || gap < 0) return;
    ctx.report({
      ...ctx.span(hit.para, hit.start, hit.end),
      message: withClause(
        msg(`邀请市级领导同志参会，应提前 ${fmt(min)} 日书面请示；成文日期 ${ymdText(issue.date)} 距会议日期 ${ymdText(day.date)} 仅 ${gap} 天，请调整会期或提前报送`, `Inviting city leaders needs a written request ${fmt(min)} days ahead; this text, dated ${ymdText(issue.date)}, is only ${gap} day(s) before the meeting on ${ymdText(day.date)}; move the meeting or send the request earlier`),
        CLAUSE,
      ),
    });
  },
});
