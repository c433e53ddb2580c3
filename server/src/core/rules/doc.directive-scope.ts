// doc.directive-scope (§3, §20): 未经市委、市政府同意，市直各部门各单位、议事协调机构不得向区县
// 党委、政府印发指令性公文，不得要求区县党委、政府报文、发文；任何部门不得要求区县党委、政府填写
// 表格、报送材料。

import { districtLeadership } from '../semantics/addressees';
import { findIssuers, issuedByDepartment } from '../semantics/issuer';
import { demandParagraphs, sentenceOf, statesConsent } from '../semantics/phrases';
import { stanceAt } from '../semantics/stance';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§3, §20';
/** What a department may not ask of the districts: 报文、发文、填表、报送材料. */
const DEMAND = /报文|发文|印发|填写[^，。；,;]{0,6}?表|填报|报送|上报|提交[^，。；,;]{0,8}?(?:材料|报告|表)|报告[^，。；,;]{0,4}?(?:情况|材料)/;

export default defineRule({
  id: 'doc.directive-scope',
  title: msg('向区县发文范围', 'Directives to the districts'),
  clause: CLAUSE,
  clauseKeys: ['3', '20'],
  kinds: ['document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '市直部门或议事协调机构未经市委、市政府同意，向区县党委、政府主送文件，或要求其报文、发文、填表、报送材料。',
    'A city department or coordination body, without the stated consent of 市委/市政府, addresses the district party committees and governments or asks them to report, issue documents, fill in forms or send materials.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (!issuedByDepartment(findIssuers(m, ctx.names)) || statesConsent(m)) return;
    if (m.recipients) {
      const hit = districtLeadership(m.recipients, ctx.names)[0];
      if (hit) {
        ctx.report({
          ...ctx.span(m.recipients, hit.start, hit.end),
          message: withClause(msg('市直部门（议事协调机构）未经市委、市政府同意，不得向区县党委、政府印发指令性公文', 'Without the consent of 市委/市政府, a city department may not send directives to the district party committees and governments'), CLAUSE),
        });
      }
    }
    for (const p of demandParagraphs(m)) {
      for (const hit of districtLeadership(p, ctx.names)) {
        const sentence = sentenceOf(hit);
        if (!DEMAND.test(sentence)) continue;
        if (stanceAt(p.key, hit.start, hit.end) !== 'sets') continue;
        ctx.report({
          ...ctx.span(p, hit.start, hit.end),
          message: withClause(msg('未经市委、市政府同意，不得要求区县党委、政府报文、发文、填写表格、报送材料', 'Without the consent of 市委/市政府, do not ask the district party committees and governments to report, issue documents, fill in forms or send materials'), CLAUSE),
        });
      }
    }
  },
});
