// meeting.routine-reports (《若干规定》严格精简会议, summary): 开短会、讲短话，不搞一般性工作汇报、表态。
// An agenda item where several units report their work in turn (各区县依次汇报…工作情况) on no
// problem or special topic, or where someone pledges (表态发言): a reminder (info). A report by
// one unit, or on a problem, its rectification or a special topic, is not 一般性.

import { CITE } from '../national';
import { routineReports } from '../semantics/meetingScope';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

const MAX_QUOTE = 30;

function quote(s: string): string {
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE)}…` : s;
}

export default defineRule({
  id: 'meeting.routine-reports',
  title: msg('一般性工作汇报和表态', 'Routine reports and pledges'),
  // 要点摘要（S）：开短会、讲短话，不搞一般性工作汇报、表态。
  ...nationalOnly(CITE.meetings, ['N6-routine'], 'S', 'info'),
  visits: ['MeetingArrangement'],
  fixable: false,
  description: msg(
    '会议安排多个单位轮流作一般性工作汇报（各区县汇报…工作情况），或安排表态发言。',
    'The meeting has several units report their work in turn (各区县汇报…工作情况), or a pledge (表态发言).',
  ),
  options: [],
  check(ctx) {
    const a = ctx.meeting!.agenda;
    // A statutory session's reports (政府工作报告) are the session's business.
    if (a.statutory) return;
    for (const h of routineReports(ctx.model, a)) {
      const written = quote(h.para.text.slice(h.start, h.end));
      const m =
        h.kind === 'report'
          ? msg(
              `“${written}”是多个单位轮流所作的一般性工作汇报；会议不搞一般性工作汇报，可改为会前书面报送，会上只讲需要研究解决的问题`,
              `"${written}" is a round of routine work reports; meetings should not hear them: have them sent in writing and keep the meeting for the issues to settle`,
            )
          : msg(`“${written}”是表态发言；会议不搞表态，请删去此项`, `"${written}" is a pledge (表态); meetings should not have them: drop the item`);
      const span = ctx.span(h.para, h.start, h.end);
      ctx.report({ start: span.start, end: span.end, message: withCite(m, CITE.meetings) });
    }
  },
});
