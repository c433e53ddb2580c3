// doc.principal-signature (§20): 不得要求区县党委、政府主要负责同志签字；确有必要的，由区县党委、
// 政府分管负责同志签字。Fires where a document not issued by 市委/市政府 (and not stating their
// consent) asks the districts' principal leaders to sign: the leader phrase is followed by a
// signing verb, and the leaders are those of 区县党委/政府 — named before the phrase, or the
// document's addressees — not of a department (区县农业农村局主要负责同志 is a department head).
// Quick fix: 分管负责同志.

import { districtLeadership } from '../semantics/addressees';
import { issuersOf } from '../semantics/issuer';
import { findSet, statesConsent } from '../semantics/phrases';
import { rewrite } from '../semantics/rewrite';
import { sentenceStart } from '../semantics/stance';
import { hasTraditional } from '../text/tradSimp';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§20';
/** Principal leaders followed by a signing verb (every one has 签); 副书记, 副区长 and 副县长 are deputies, who may sign. */
const LEADER = /(?:党政)?(?:主要负责同志|主要负责人|一把手|主要领导同志|主要领导)(?=[^，。；,;]{0,12}?(?:签字|签名|签批|签章|签署|亲笔签|审签|签认))|(?:党委|党工委)?(?<!副)书记(?:、[区县]长)?(?=[^，。；,;]{0,12}?(?:签字|签名|签批|签章|签署|亲笔签|审签|签认))|(?<!副[区县]{0,2})(?<=[区县])长(?=[^，。；,;]{0,12}?(?:签字|签名|签批|签章|签署|亲笔签|审签|签认))/g;
const DISTRICT_WORD = /区县|县区|各区|各县|县\(市、区\)|区\(县\)|[区县]委|[区县](?:人民)?政府|党委|党工委|管委会/;
/** The owner named right before the leader phrase, up to the phrase. */
const OWNER = /([\u4e00-\u9fa5()]{1,16}?)(?:的)?$/;
/** Owners that are departments or units, not 党委/政府: 区县农业农村局, 各单位, 市直部门. */
const DEPARTMENT_OWNER = /(?:局|厅|办|室|中心|站|所|院|校|部门|单位|企业|公司|集团|协会|学会|委员会|工委|队|市直|部)$/;
/** Owners below the districts: 乡镇党委, 街道, 村党支部 (§20 is about 区县党委、政府). */
const LOWER_OWNER = /(?:乡镇|[乡镇]|街道|村|社区)(?:\([^)]{0,4}\))?(?:党委|党工委|政府|人民政府|党支部|党组织|办事处|两委)?$/;
/** Owners that are 党委/政府 (or the districts as such). */
const LEADERSHIP_OWNER = /(?:党委|党工委|政府|党政|区县|县区|[区县]委|各区|各县|县\(市、区\)|区\(县\)|管委会)$/;

export default defineRule({
  id: 'doc.principal-signature',
  title: msg('主要负责同志签字', 'Signature of principal leaders'),
  clause: CLAUSE,
  clauseKeys: ['20'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg('要求区县党委、政府主要负责同志（一把手）签字。', 'Asks the districts\' principal leaders (主要负责同志, 一把手) to sign.'),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (issuersOf(m, ctx.names).some((i) => i.level === 'leadership') || statesConsent(m)) return;
    const toDistricts = !!m.recipients && districtLeadership(m.recipients, ctx.names).length > 0;
    for (const h of findSet(m, LEADER, '签')) {
      const t = h.para.key;
      const s0 = sentenceStart(t, h.start);
      // The words right before the phrase (in its clause) name whose leaders sign.
      const lead = t.slice(Math.max(s0, h.start - 16), h.start).split(/[，,:：]/).pop() ?? '';
      const owner = OWNER.exec(lead.replace(/[、和及与]$/, ''))?.[1] ?? '';
      if (LOWER_OWNER.test(owner) || (DEPARTMENT_OWNER.test(owner) && !LEADERSHIP_OWNER.test(owner))) continue;
      const ofDistrict = (owner !== '' && LEADERSHIP_OWNER.test(owner) && DISTRICT_WORD.test(t.slice(s0, h.end))) || districtLeadership(h.para, ctx.names).some((d) => d.end <= h.start && d.start >= s0);
      if (!ofDistrict && !(toDistricts && !DEPARTMENT_OWNER.test(owner))) continue;
      const span = ctx.span(h.para, h.start, h.end);
      // 区县长 is found (and replaced) as 长 alone; the message names the whole title.
      const head = t.slice(h.start, h.end) === '长' ? (/[区县]{1,2}$/.exec(t.slice(Math.max(0, h.start - 2), h.start))?.[0].length ?? 0) : 0;
      const written = h.para.text.slice(h.start - head, h.end);
      // A text in traditional characters gets the replacement in traditional characters.
      const replacement = hasTraditional(h.para.text) ? '分管負責同志' : '分管负责同志';
      ctx.report({
        ...span,
        message: withClause(
          msg(`不得要求区县党委、政府“${written}”签字；确有必要的，由分管负责同志签字`, `Do not ask the districts' "${written}" to sign; where a signature is needed, the leader in charge (分管负责同志) signs`),
          CLAUSE,
        ),
        fixes: [{ title: msg(`改为“${replacement}”`, `Change to ${replacement}`), edits: [rewrite(h.para, h.start, h.end, replacement, ctx.span)] }],
      });
    }
  },
});
