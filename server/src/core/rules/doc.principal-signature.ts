// doc.principal-signature (§20): 不得要求区县党委、政府主要负责同志签字；确有必要的，由区县党委、
// 政府分管负责同志签字。Fires where a document not issued by 市委/市政府 (and not stating their
// consent) asks the districts' principal leaders to sign. Quick fix: 分管负责同志.

import { districtLeadership } from '../semantics/addressees';
import { findIssuers } from '../semantics/issuer';
import { findSet, sentenceOf, statesConsent } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§20';
const LEADER = /(?:党政)?(?:主要负责同志|主要负责人|一把手|主要领导同志|主要领导)(?=[^，。；,;]{0,12}?(?:签字|签名|签批|签章|签署|亲笔签|审签|签发|签认))/g;
const DISTRICT_WORD = /区县|县区|各区|各县|县\(市、区\)|区\(县\)/;

export default defineRule({
  id: 'doc.principal-signature',
  title: msg('主要负责同志签字', 'Signature of principal leaders'),
  clause: CLAUSE,
  clauseKeys: ['20'],
  kinds: ['document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg('要求区县党委、政府主要负责同志（一把手）签字。', 'Asks the districts\' principal leaders (主要负责同志, 一把手) to sign.'),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (findIssuers(m, ctx.names).some((i) => i.level === 'leadership') || statesConsent(m)) return;
    const toDistricts = !!m.recipients && districtLeadership(m.recipients, ctx.names).length > 0;
    for (const h of findSet(m, LEADER)) {
      const sentence = sentenceOf(h);
      if (!toDistricts && !DISTRICT_WORD.test(sentence) && districtLeadership(h.para, ctx.names).length === 0) continue;
      const span = ctx.span(h.para, h.start, h.end);
      const written = h.para.text.slice(h.start, h.end);
      ctx.report({
        ...span,
        message: withClause(
          msg(`不得要求区县党委、政府“${written}”签字；确有必要的，由分管负责同志签字`, `Do not ask the districts' "${written}" to sign; where a signature is needed, the leader in charge (分管负责同志) signs`),
          CLAUSE,
        ),
        fixes: [{ title: msg('改为“分管负责同志”', 'Change to 分管负责同志'), edits: [{ ...span, newText: '分管负责同志' }] }],
      });
    }
  },
});
