// meeting.large-filing (§7): 参会人员超过100人或参会部门超过20个的，需于会议结束后2日内归口报市几大
// 班子办公厅备案。A reminder (info) on meetings of that size.

import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§7';

export default defineRule({
  id: 'meeting.large-filing',
  title: msg('大型会议备案', 'Filing large meetings'),
  clause: CLAUSE,
  clauseKeys: ['7'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'info',
  fixable: false,
  description: msg('参会人员超过 100 人或参会部门超过 20 个：会后 2 日内须备案。', 'More than 100 participants or 20 departments: the meeting must be filed within 2 days after it.'),
  options: [
    { name: 'maxParticipants', type: 'integer', default: 100, minimum: 1, description: msg('无需备案的参会人数上限', 'Participants allowed without filing') },
    { name: 'maxDepartments', type: 'integer', default: 20, minimum: 1, description: msg('无需备案的参会部门数上限', 'Departments allowed without filing') },
  ],
  check(ctx) {
    const a = ctx.meeting!.agenda;
    const people = a.headcount !== null && a.headcount > ctx.num('maxParticipants');
    const depts = a.departments !== null && a.departments > ctx.num('maxDepartments');
    if (!people && !depts) return;
    const what = people ? msg(`参会人员约 ${fmt(a.headcount!)} 人`, `about ${fmt(a.headcount!)} participants`) : msg(`参会部门 ${fmt(a.departments!)} 个`, `${fmt(a.departments!)} departments`);
    const at = a.days[0] ? ctx.span(a.days[0].para, a.days[0].start, a.days[0].end) : ctx.model.title[0] ? { start: ctx.model.title[0].start, end: ctx.model.title[0].end } : { start: 0, end: 0 };
    ctx.report({
      ...at,
      message: withClause(msg(`${what.zh}，需于会议结束后 2 日内归口报市几大班子办公厅备案`, `${what.en}: file the meeting with the leadership offices within 2 days after it`), CLAUSE),
    });
  },
});
