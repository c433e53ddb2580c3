// doc.directive-scope (§3, §20): 未经市委、市政府同意，市直各部门各单位、议事协调机构不得向区县
// 党委、政府印发指令性公文，不得要求区县党委、政府报文、发文；任何部门不得要求区县党委、政府填写
// 表格、报送材料。
// Fires on a document issued only by city departments or 议事协调机构 (names.leadership and
// names.coordinationBodies decide) that does not state 经市委、市政府同意: at the 主送 when it names
// 区县党委/政府, and in the body where a sentence asks them to report, issue documents, fill in
// forms or send materials.

import { districtLeadership, type Mention } from '../semantics/addressees';
import { issuedByDepartment, issuersOf } from '../semantics/issuer';
import { demandParagraphs, sentenceOf, statesConsent } from '../semantics/phrases';
import { clauseStart, sentenceStart, stanceAt } from '../semantics/stance';
import { readMark, type MarkOptions } from '../text/marks';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§3, §20';
/** What a department may not ask of the districts: 报文、发文、填表、报送材料. */
const DEMAND = /报文|发文|印发|(?:填写|填好|填制)[^，。；,;]{0,8}?表|填报|报送|上报|报至|呈报|反馈[^，。；,;]{0,6}?(?:情况|意见|材料|表)|提交[^，。；,;]{0,8}?(?:材料|报告|表|情况|方案|总结)|报告[^，。；,;]{0,4}?(?:情况|材料)|报(?:市|我)/;
/**
 * The districts are the ones asked when they open the clause (各区县党委、政府要…, 请各区县人民政府…,
 * 由各区县人民政府汇总后报送), not when the clause only names them (报区县政府同意, 会同各区县政府,
 * 加盖区县人民政府公章).
 */
const SUBJECT_LEAD = /^(?:请|由|要求|责成|并|同时|此外|另外)?$/;
/** A list mark may open the clause before them: 一、 1. (1) (keys are half-width). */
const SUBJECT_MARKS: MarkOptions = { chinese: { stops: '、.' }, arabic: { stops: '.、', length: 2 }, brackets: { mixed: true } };
/** How far before the mention its clause may start for the mention to open it. */
const LEAD_REACH = 24;

function isSubject(h: Mention): boolean {
  const t = h.para.key;
  const reach = h.start - LEAD_REACH;
  // One character further back tells a clause that starts at the reach from a longer one.
  const k = clauseStart(t, h.start, Math.max(0, reach - 1));
  if (k < reach) return false;
  const lead = t.slice(k, h.start);
  const m = readMark(lead, 0, SUBJECT_MARKS);
  return SUBJECT_LEAD.test(m ? lead.slice(m.end) : lead);
}

export default defineRule({
  id: 'doc.directive-scope',
  title: msg('向区县发文范围', 'Directives to the districts'),
  clause: CLAUSE,
  clauseKeys: ['3', '20'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '市直部门或议事协调机构未经市委、市政府同意，向区县党委、政府主送文件，或要求其报文、发文、填表、报送材料。',
    'A city department or coordination body, without the stated consent of 市委/市政府, addresses the district party committees and governments or asks them to report, issue documents, fill in forms or send materials.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (!issuedByDepartment(issuersOf(m, ctx.names)) || statesConsent(m)) return;
    if (m.recipients) {
      const hit = districtLeadership(m.recipients, ctx.names)[0];
      if (hit) {
        ctx.report({
          ...ctx.span(m.recipients, hit.start, hit.end),
          message: withClause(
            msg(
              '市直部门（议事协调机构）未经市委、市政府同意，不得向区县党委、政府印发指令性公文；请改为主送区县有关部门，或报经市委、市政府同意并在文中写明',
              'Without the consent of 市委/市政府, a city department may not send directives to the district party committees and governments; address the district departments instead, or obtain and state that consent',
            ),
            CLAUSE,
          ),
        });
      }
    }
    for (const p of demandParagraphs(m)) {
      // (Made at the first mention: most paragraphs name no district leadership.)
      let seen: Set<number> | null = null;
      for (const hit of districtLeadership(p, ctx.names)) {
        const s0 = sentenceStart(p.key, hit.start);
        if (seen?.has(s0)) continue;
        if (!isSubject(hit) || !DEMAND.test(sentenceOf(hit))) continue;
        if (stanceAt(p.key, hit.start, hit.end) !== 'sets') continue;
        (seen ??= new Set()).add(s0);
        const at = ctx.span(p, hit.start, hit.end);
        ctx.report({
          start: at.start,
          end: at.end,
          message: withClause(
            msg('未经市委、市政府同意，不得要求区县党委、政府报文、发文、填写表格、报送材料；请改由区县有关部门报送', 'Without the consent of 市委/市政府, do not ask the district party committees and governments to report, issue documents, fill in forms or send materials; ask the district departments'),
            CLAUSE,
          ),
        });
      }
    }
  },
});
