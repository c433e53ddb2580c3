// meeting.attendance-level (§9): 副市级领导同志召集会议，原则上不得要求各区县党政主要负责同志参加；
// 市直部门（单位）召开会议，不得要求其他部门（单位）主要负责同志参加。Quick fix: 分管负责同志.

import { issuedByDepartment, issuersOf } from '../semantics/issuer';
import { findSet, sentenceOf } from '../semantics/phrases';
import { rewrite } from '../semantics/rewrite';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§9';
const PRINCIPAL = /(?:党政)?(?:主要负责同志|主要负责人|主要领导(?:同志)?|一把手)/g;
const DISTRICT = /区县|县区|各区|各县|县\(市、区\)/;
const DEPARTMENTS = /(?:市直|各|有关|相关)[^，。；,;]{0,6}?(?:部门|单位)/;
const ATTEND = /参加|出席|参会|到会|列席/;

export default defineRule({
  id: 'meeting.attendance-level',
  title: msg('参会人员规格', 'Attendance level'),
  clause: CLAUSE,
  clauseKeys: ['9'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '副市级领导召集的会议要求区县党政主要负责同志参加，或市直部门召开的会议要求其他部门主要负责同志参加。',
    "A meeting convened by a vice-mayor-level leader asks the districts' principal leaders to attend, or a department's meeting asks other departments' principal leaders.",
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const a = ctx.meeting!.agenda;
    const byDepartment = issuedByDepartment(issuersOf(m, ctx.names));
    if (!a.convener && !byDepartment) return;
    for (const h of findSet(m, PRINCIPAL)) {
      const sentence = sentenceOf(h);
      if (!ATTEND.test(sentence)) continue;
      // Whose principal leaders: the words just before, within the same clause (not an earlier one's 各部门).
      const before = h.para.key.slice(Math.max(0, h.start - 16), h.start).split(/[，。；,;：:]/).pop()!;
      const districts = DISTRICT.test(before);
      const depts = DEPARTMENTS.test(before);
      let why: { zh: string; en: string } | null = null;
      if (a.convener && districts) why = msg(`${a.convener}召集的会议原则上不得要求区县党政主要负责同志参加`, `a meeting convened by ${a.convener} should not ask the districts' principal leaders to attend`);
      else if (byDepartment && depts) why = msg('市直部门召开会议，不得要求其他部门（单位）主要负责同志参加', "a department's meeting must not ask other departments' principal leaders to attend");
      if (!why) continue;
      const span = ctx.span(h.para, h.start, h.end);
      ctx.report({
        start: span.start,
        end: span.end,
        message: withClause(msg(`${why.zh}，可改为分管负责同志参加`, `${why.en}; ask the leaders in charge (分管负责同志) instead`), CLAUSE),
        fixes: [{ title: msg('改为“分管负责同志”', 'Change to 分管负责同志'), edits: [rewrite(h.para, h.start, h.end, '分管负责同志', ctx.span)] }],
      });
    }
  },
});
