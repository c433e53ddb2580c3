// doc.inspection-naming (§17): 市直部门不得擅自组织以各级党委、政府为对象的督查考核。调研指导业务性、
// 日常性工作，不能冠以全市督查、检查、巡查、巡察、督导名义。不得以迎接督查考核为由层层抽调工作人员。
// Only for documents issued by city departments or 议事协调机构 (市委/市政府 and their 督查室 may).
// Also checked on research plans: an inspection notice or plan (督查对象、督查时间) is one.

import { issuedByDepartment, issuersOf } from '../semantics/issuer';
import { findSet, sentenceOf } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§17';
// A paired name (督导检查, 检查督查) is one name: cover both words, so the message quotes it whole.
const CITYWIDE = /全市(?:范围内)?[^，。；,;、]{0,16}?(?:督查|检查|巡查|巡察|督导)(?:督查|检查|巡查|巡察|督导)?/g;
const ORGANISE = /开展|组织|进行|实施|启动|部署|安排|成立|抽调|实行/;
const OF_LEADERSHIP = /(?:对|以)[^，。；,;]{0,12}?(?:各级党委(?:[、和])?(?:人民)?政府|区县党委(?:[、和])?(?:人民)?政府|各区县(?:党委(?:[、和])?)?(?:人民)?政府)[^，。；,;]{0,16}?(?:督查|检查|考核|巡查|督导|考评)/g;
const SECONDMENT = /(?:抽调|借调)[^，。；,;]{0,24}?(?:人员|工作人员|同志|干部|骨干)/g;
const INSPECTION = /督查|检查|巡查|巡察|督导|考核|迎检/;
/** The department takes part in an inspection others run (配合市委督查室开展全市督查). */
const NOT_OURS = /配合|协助|参加|参与|迎接|接受|督查室|督查考核办公室/;
/** Professional checks, not inspections of units: 执法检查 (§19), 健康检查, 抽检, 检验检测. */
const NOT_INSPECTION = /执法|体检|健康检查|身体检查|抽检|检验|检测|质量检查/;

export default defineRule({
  id: 'doc.inspection-naming',
  title: msg('督查检查名义', 'Inspection naming'),
  clause: CLAUSE,
  clauseKeys: ['17'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '市直部门把业务性工作冠以“全市督查、检查、巡查、巡察、督导”，组织以各级党委、政府为对象的督查考核，或为督查抽调人员。',
    'A city department names routine work 全市督查/检查/巡查/巡察/督导, inspects party committees and governments, or seconds staff for inspections.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (!issuedByDepartment(issuersOf(m, ctx.names))) return;
    for (const h of findSet(m, CITYWIDE)) {
      const sentence = sentenceOf(h);
      if (h.para.role !== 'title' && !ORGANISE.test(sentence)) continue;
      if (NOT_OURS.test(sentence) || NOT_INSPECTION.test(h.para.key.slice(Math.max(0, h.start - 4), h.end + 2))) continue;
      const what = h.para.text.slice(h.start, h.end);
      ctx.report({
        ...ctx.span(h.para, h.start, h.end),
        message: withClause(msg(`市直部门的业务性、日常性工作不能冠以“${what}”名义；请改为业务指导或调研`, `A city department must not call its routine work "${what}"; call it guidance or research`), CLAUSE),
      });
    }
    for (const h of findSet(m, OF_LEADERSHIP)) {
      if (NOT_OURS.test(sentenceOf(h))) continue;
      ctx.report({
        ...ctx.span(h.para, h.start, h.end),
        message: withClause(msg('市直部门不得擅自组织以各级党委、政府为对象的督查考核', 'A city department must not organise inspections of party committees and governments on its own'), CLAUSE),
      });
    }
    for (const h of findSet(m, SECONDMENT)) {
      const sentence = sentenceOf(h);
      if (!INSPECTION.test(sentence) || (NOT_OURS.test(sentence) && !/迎接|迎检/.test(sentence))) continue;
      ctx.report({
        ...ctx.span(h.para, h.start, h.end),
        message: withClause(msg('不得以督查考核为由抽调基层工作人员', 'Do not second local staff for inspections'), CLAUSE),
      });
    }
  },
});
