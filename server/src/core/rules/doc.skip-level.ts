// doc.skip-level (§23): 除市委、市政府领导同志明确要求或突发紧急事件需要专报外，一律不得越级直报。
// A city department asking 乡镇（街道）or 村（社区）to report straight to it, past the district:
// 直接报送/直报/越级上报 in the sentence that names them, or a report to a city body (报送市××局)
// when the sentence names no district channel. Emergencies (突发事件、事故、险情) and the
// statutory online reporting systems (网络直报、联网直报) are the exceptions.

import { memoSlot, perText } from '../parse/memo';
import { townships, villages } from '../semantics/addressees';
import { issuedByDepartment, issuersOf } from '../semantics/issuer';
import { demandParagraphs, sentenceOf } from '../semantics/phrases';
import { stanceAt } from '../semantics/stance';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§23';
const DIRECT = /直接(?:报送|上报|报告|反馈|提交|报)|直报|径报|越级(?:报送|上报)/;
const TO_CITY = /(?:报送|上报|报告|反馈|提交|报|发送|传真)(?:至|给|到)?(?:市[\u4e00-\u9fa5]{1,12}(?:局|委|办|中心|办公室)|我局|我委|我办|本局|本委|市级)/;
const VIA_DISTRICT = /区县|县区|区\(县\)|县\(市、区\)|各区|各县|[区县](?:级|委|政府|人民政府)|属地/;
const EXEMPT = /突发|紧急(?:事件|情况|事项)|事故|险情|灾情|疫情|舆情|网络直报|联网直报|直报系统|直报网/;

export default defineRule({
  id: 'doc.skip-level',
  title: msg('越级直报', 'Skip-level reporting'),
  clause: CLAUSE,
  clauseKeys: ['23'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('市直部门要求乡镇（街道）、村（社区）越过区县直接向其报送。', 'A city department asks townships or villages to report to it directly, skipping the district.'),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (!issuedByDepartment(issuersOf(m, ctx.names))) return;
    for (const p of demandParagraphs(m)) {
      const spans = perText(p, SKIPPED, skipsIn);
      for (let k = 0; k < spans.length; k += 2) {
        const at = ctx.span(p, spans[k]!, spans[k + 1]!);
        ctx.report({ start: at.start, end: at.end, message: MESSAGE });
      }
    }
  },
});

const MESSAGE = withClause(msg('要求乡镇（街道）、村（社区）越过区县直接报送；有关材料应经区县汇总报送，不得越级直报', 'Asks townships or villages to report straight to the city department; reports go through the district'), CLAUSE);
const SKIPPED = memoSlot('skip-level reports');
const NONE: readonly number[] = [];

/**
 * Where a paragraph asks townships or villages to report past the district: start and end of each
 * (one per sentence), one after the other. The paragraph's text alone decides: kept by the text.
 */
function skipsIn(p: Paragraph): readonly number[] {
  const out: number[] = [];
  const seen = new Set<string>();
  for (const hit of [...townships(p), ...villages(p)].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceOf(hit);
    if (seen.has(sentence)) continue;
    if (EXEMPT.test(sentence)) continue;
    const direct = DIRECT.test(sentence) || (TO_CITY.test(sentence) && !VIA_DISTRICT.test(sentence));
    if (!direct || stanceAt(p.key, hit.start, hit.end) !== 'sets') continue;
    const verb = DIRECT.exec(sentence) ?? TO_CITY.exec(sentence);
    if (verb && stanceAt(sentence, verb.index, verb.index + verb[0].length) !== 'sets') continue;
    seen.add(sentence);
    out.push(hit.start, hit.end);
  }
  return out.length ? out : NONE;
}
