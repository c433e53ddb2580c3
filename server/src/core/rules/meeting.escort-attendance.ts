// meeting.escort-attendance (《若干规定》严格精简会议, two digests): 严控参会人员范围、层级，只安排与
// 会议主题密切相关的单位参加，不搞层层陪会。A reminder (info) where a meeting asks every department
// or unit to send its principal leaders (市直各部门主要负责同志), asks units to escort (陪会, 陪同参会),
// or lists more than 20 departments without saying what each is there for. Filing a meeting of that
// size is meeting.large-filing's business (Jinan §7), not this rule's.

import { CITE } from '../national';
import { findSet } from '../semantics/phrases';
import {
  ALL_HANDS, BLANKET_PRINCIPALS, ESCORT, LOWER_UNITS, STATED_ROLE, departmentsSpan, inAttendeeList, leaderInChargeConvener,
} from '../semantics/meetingScope';
import { defineRule, type RuleContext } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** A meeting all departments attend by its nature (干部大会, 全体会议, 经济工作会议). */
function allHands(ctx: RuleContext): boolean {
  if (ctx.meeting!.scope === 'comprehensive' || ctx.scope === 'comprehensive') return true;
  const first = ctx.model.paragraphs.find((p) => p.role === 'body' || p.role === 'title');
  return ALL_HANDS.test(ctx.meeting!.label) || ALL_HANDS.test(ctx.model.titleKey) || (!!first && ALL_HANDS.test(first.key));
}

/** meeting.attendance-level reports a 分管 leader's meeting asking lower units' principals; this rule leaves it. */
function leftToAttendanceLevel(ctx: RuleContext, before: string): boolean {
  return ctx.optionsOf('meeting.attendance-level')['anyLevel'] === true && LOWER_UNITS.test(before) && leaderInChargeConvener(ctx.model, ctx.meeting!.agenda) !== null;
}

function blanketScopes(ctx: RuleContext): void {
  for (const h of findSet(ctx.model, BLANKET_PRINCIPALS)) {
    if (!inAttendeeList(ctx.model, h)) continue;
    const clause = h.para.key.slice(Math.max(0, h.start - 16), h.end).split(/[，。；,;：:]/).pop()!;
    if (leftToAttendanceLevel(ctx, clause)) continue;
    const written = h.para.text.slice(h.start, h.end);
    const span = ctx.span(h.para, h.start, h.end);
    ctx.report({
      ...span,
      message: withCite(
        msg(`参会范围“${written}”覆盖全部部门（单位）；请只安排与会议主题密切相关的单位参加，并按需要确定参会层级`, `"${written}" asks every department or unit; invite only the units closely concerned with the meeting's subject, at the level it needs`),
        CITE.meetings,
      ),
    });
  }
}

function escorts(ctx: RuleContext): void {
  for (const h of findSet(ctx.model, ESCORT)) {
    const written = h.para.text.slice(h.start, h.end);
    const span = ctx.span(h.para, h.start, h.end);
    ctx.report({
      ...span,
      message: withCite(msg(`“${written}”是陪会；会议不搞层层陪会，请只安排需要参会的人员`, `"${written}" sends people to keep others company at the meeting; invite only those the meeting needs`), CITE.meetings),
    });
  }
}

function manyDepartments(ctx: RuleContext): void {
  const n = ctx.meeting!.agenda.departments;
  const max = ctx.num('maxDepartments');
  if (n === null || n <= max) return;
  const at = departmentsSpan(ctx.model, n);
  if (!at || STATED_ROLE.test(at.para.key)) return;
  const span = ctx.span(at.para, at.start, at.end);
  ctx.report({
    ...span,
    message: withCite(
      msg(`参会部门 ${fmt(n)} 个，超过 ${fmt(max)} 个且未说明各自参会事由；请只安排与会议主题密切相关的单位参加`, `${fmt(n)} departments attend, more than ${fmt(max)}, and the list says nothing of why; invite only the units closely concerned with the meeting's subject`),
      CITE.meetings,
    ),
  });
}

export default defineRule({
  id: 'meeting.escort-attendance',
  title: msg('参会范围和陪会', 'Attendance scope and escorts'),
  // 两家新闻摘录相同（Q）：严控参会人员范围、层级，只安排与会议主题密切相关的单位参加，不搞层层陪会。
  ...nationalOnly(CITE.meetings, ['N5-scope'], 'Q', 'info'),
  visits: ['MeetingArrangement'],
  fixable: false,
  description: msg(
    '会议要求各部门（单位）主要负责同志一律参加、安排陪会，或参会部门超过 20 个而未说明各自事由。',
    'The meeting asks every department or unit to send its principal leaders, asks units to escort (陪会), or lists more than 20 departments without saying why.',
  ),
  options: [
    { name: 'maxDepartments', type: 'integer', default: 20, minimum: 1, description: msg('未说明参会事由时的参会部门数上限', 'Departments allowed without stating why each attends') },
  ],
  check(ctx) {
    // A statutory session (人大、政协) fixes who attends and who sits in by its own rules.
    if (ctx.meeting!.agenda.statutory) return;
    escorts(ctx);
    if (allHands(ctx)) return;
    blanketScopes(ctx);
    manyDepartments(ctx);
  },
});
