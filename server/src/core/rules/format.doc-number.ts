// format.doc-number (GB 7.2.5): 年份用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位。
// Checks the 发文字号 under the 版头 and every 发文字号 cited in the text.

import { canonicalTail, docNumbersIn, isWellFormed, type DocNumberMatch } from '../parse/docNumber';
import { memoSlot, perText } from '../parse/memo';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = 'GB 7.2.5';
const DOC_NUMBERS = memoSlot('document numbers');
const NONE: readonly DocNumberMatch[] = [];

/** The 发文字号 written in a paragraph: its text's alone, kept by the text. */
function docNumbersOf(p: Paragraph): readonly DocNumberMatch[] {
  const found = docNumbersIn(p.text);
  return found.length ? found : NONE;
}
const CHECKED = new Set(['docNumber', 'body', 'attachment', 'attachmentNote', 'recipients', 'title', 'subtitle']);

export default defineRule({
  id: 'format.doc-number',
  title: msg('发文字号格式', 'Document number format'),
  clause: CLAUSE,
  clauseKeys: ['GB 7.2.5'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '发文字号年份未用六角括号〔〕，或序号加“第”、编虚位（如 [2019]、〔2019〕第23号、023号）。',
    'Document number year not in 〔〕, or 第 / leading zeros in the serial number.',
  ),
  options: [],
  check(ctx) {
    for (const p of ctx.model.paragraphs) {
      if (!CHECKED.has(p.role)) continue;
      for (const d of perText(p, DOC_NUMBERS, docNumbersOf)) {
        if (isWellFormed(d)) continue;
        const good = p.text.slice(d.start, d.bracketStart) + canonicalTail(d);
        const problems: string[] = [];
        const problemsEn: string[] = [];
        if (d.open !== '〔' || d.close !== '〕') {
          problems.push(`年份应用六角括号“〔〕”，不用“${d.open}${d.close}”`);
          problemsEn.push(`the year goes in 〔〕, not ${d.open}${d.close}`);
        }
        if (d.hasDi) {
          problems.push('序号前不加“第”字');
          problemsEn.push('no 第 before the serial number');
        }
        if (d.leadingZero) {
          problems.push('序号不编虚位');
          problemsEn.push('no leading zeros in the serial number');
        }
        const span = ctx.span(p, d.bracketStart, d.end);
        ctx.report({
          start: ctx.span(p, d.start, d.end).start,
          end: span.end,
          message: withClause(
            msg(`发文字号格式有误：${problems.join('；')}，应写作“${good}”`, `Document number: ${problemsEn.join('; ')}; write "${good}"`),
            CLAUSE,
          ),
          fixes: [{ title: msg(`改为“${good}”`, `Change to "${good}"`), edits: [{ start: span.start, end: span.end, newText: canonicalTail(d) }], safe: true }],
        });
      }
    }
  },
});
