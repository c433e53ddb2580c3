// meeting.attendance-level (§9): 副市级领导同志召集会议，原则上不得要求各区县党政主要负责同志参加；
// 市直部门（单位）召开会议，不得要求其他部门（单位）主要负责同志参加。Quick fix: 分管负责同志.
// National pack (《若干规定》严格精简会议, one digest): 由分管负责同志召集部署的会议一般不要求下级主要
// 负责同志参会 — any level's leader in charge, any lower units (option anyLevel).

import { CITE } from '../national';
import type { Paragraph } from '../text/paragraph';
import { issuedByDepartment, issuersOf } from '../semantics/issuer';
import { LOWER_PRINCIPAL, LOWER_UNITS, inAttendeeList, leaderInChargeConvener } from '../semantics/meetingScope';
import { findSet, sentenceOf, type PhraseHit } from '../semantics/phrases';
import { rewrite } from '../semantics/rewrite';
import { clauseStart } from '../semantics/stance';
import { defineRule, type RuleContext } from './rule';
import { msg, withCite, withClause } from './kit/util';

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
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['9'] },
    // 一家新闻摘录（D）：由分管负责同志召集部署的会议一般不要求下级主要负责同志参会。
    'national-2024': { cite: CITE.meetings, keys: ['N5-level'], grade: 'D', options: { anyLevel: true } },
  },
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '副市级领导召集的会议要求区县党政主要负责同志参加，或市直部门召开的会议要求其他部门主要负责同志参加。',
    "A meeting convened by a vice-mayor-level leader asks the districts' principal leaders to attend, or a department's meeting asks other departments' principal leaders.",
  ),
  options: [
    {
      name: 'anyLevel',
      type: 'boolean',
      default: false,
      stricter: 'true',
      description: msg(
        '按《若干规定》：任何层级的分管负责同志（副县长、分管副局长……）召集的会议，要求下级（区县、乡镇、村社区、下属单位）主要负责同志参加的，也报告',
        'As the National Provisions: also report a meeting convened by a leader in charge at any level (副县长, 分管副局长…) that asks lower units\' principal leaders to attend',
      ),
    },
  ],
  check(ctx) {
    const m = ctx.model;
    const a = ctx.meeting!.agenda;
    const byDepartment = issuedByDepartment(issuersOf(m, ctx.names));
    const inCharge = ctx.bool('anyLevel') ? leaderInChargeConvener(m, a) : null;
    if (!a.convener && !byDepartment && !inCharge) return;
    const reported: PhraseHit[] = [];
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
      reported.push(h);
      ctx.report({
        start: span.start,
        end: span.end,
        message: withClause(msg(`${why.zh}，可改为分管负责同志参加`, `${why.en}; ask the leaders in charge (分管负责同志) instead`), CLAUSE),
        fixes: [{ title: msg('改为“分管负责同志”', 'Change to 分管负责同志'), edits: [rewrite(h.para, h.start, h.end, '分管负责同志', ctx.span)] }],
      });
    }
    if (inCharge) lowerPrincipals(ctx, inCharge, reported);
  },
});

/** The clause of a hit: where it starts in its paragraph (one finding per clause). */
function clauseKey(h: PhraseHit): string {
  return `${h.para.index}:${clauseStart(h.para.key, h.start, Math.max(0, h.start - 60))}`;
}

/** 主要负责同志或分管负责同志参加: the principal is one choice, not a demand. */
const OPTIONAL = /^[^，。；,;]{0,4}?或(?:分管|其他|委托|指定)/;
/** Titles the quick fix can replace with 分管负责同志 (not 党委书记, 乡镇长: the fix would garble the list). */
const REPLACEABLE = /^(?:党政)?(?:主要负责同志|主要负责人|主要领导(?:同志)?|一把手|党政正职)$/;

/** National pack: a 分管 leader's meeting asks lower units' principal leaders (各乡镇党委书记, 下属单位主要负责人). */
function lowerPrincipals(ctx: RuleContext, who: string, reported: readonly PhraseHit[]): void {
  const done = new Set(reported.map(clauseKey));
  for (const h of findSet(ctx.model, LOWER_PRINCIPAL)) {
    if (!inAttendeeList(ctx.model, h)) continue;
    const key = clauseKey(h);
    if (done.has(key)) continue;
    const before = h.para.key.slice(Math.max(0, h.start - 16), h.start).split(/[，。；,;：:]/).pop()!;
    if (!LOWER_UNITS.test(before) || OPTIONAL.test(h.para.key.slice(h.end, h.end + 8))) continue;
    done.add(key);
    report(ctx, h, who);
  }
}

function report(ctx: RuleContext, h: { para: Paragraph; start: number; end: number }, who: string): void {
  const written = h.para.text.slice(h.start, h.end);
  const span = ctx.span(h.para, h.start, h.end);
  const fixable = REPLACEABLE.test(h.para.key.slice(h.start, h.end));
  ctx.report({
    start: span.start,
    end: span.end,
    message: withCite(
      msg(`${who}召集的会议一般不要求下级主要负责同志参会，此处要求“${written}”参加，可改为分管负责同志参加`, `a meeting convened by ${who}, a leader in charge, should not ask the lower units' principal leaders (here ${written}) to attend; ask their leaders in charge (分管负责同志) instead`),
      CITE.meetings,
    ),
    fixes: fixable ? [{ title: msg('改为“分管负责同志”', 'Change to 分管负责同志'), edits: [rewrite(h.para, h.start, h.end, '分管负责同志', ctx.span)] }] : [],
  });
}
