// doc.disclosure (§5, GB 7.3.6): 以文件公开促落实；附注中标注公开属性（此件公开发布 / 此件依申请公开 /
// 此件不予公开）。Checked on documents that have a 成文日期 (the 附注 goes on the line below it) and
// carry no 密级 (a classified document is not public by its mark). Any note outside the body that
// states the status counts, also in the forms 版记 lines use (公开方式：主动公开).
// Quick fix: insert （此件公开发布） after the date, on the next line in the document's own line
// break (and blank-line) style, or after the date on the same line in a one-line document.

import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§5, GB 7.3.6';
/** 公开属性 as 附注 or 版记 write it. */
const DISCLOSURE = /[此本]件(?:公开发布|依申请公开|不予公开|不公开|主动公开|免予公开)|公开(?:属性|方式|类型|选项)[:：]?(?:主动公开|依申请公开|不予公开|不公开|免予公开|公开发布|公开)|(?:信息|政务)公开(?:选项|属性|方式)[:：]/;
/** 密级 in the 版头 (GB 7.2.2): 绝密★1年, 机密, 秘密. */
const CLASSIFIED = /^(?:绝密|机密|秘密)(?:$|[★☆*])/;

const NOTES = ['（此件公开发布）', '（此件依申请公开）', '（此件不予公开）'] as const;

/** Where and how to insert the note: after the date's line, or after the date when others share its line. */
function insertion(text: string, paragraphs: Paragraph[], date: Paragraph, lineStart: number, lineEnd: number): { at: number; sep: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const next = paragraphs[date.index + 1];
  const prev = paragraphs[date.index - 1];
  const blank = /^[ \t\u3000]+$/;
  // One-line layout: 济南市××局　　2024年3月5日　　抄送：… — keep the separator of the line.
  if (next && next.start < lineEnd && blank.test(text.slice(date.end, next.start))) return { at: date.end, sep: text.slice(date.end, next.start) };
  if (prev && prev.end > lineStart && prev.end <= date.start && blank.test(text.slice(prev.end, date.start))) return { at: date.end, sep: text.slice(prev.end, date.start) };
  // The gap between the 署名 and the date tells whether the text puts a blank line between lines.
  const gap = prev ? text.slice(prev.end, date.start) : '';
  const breaks = (gap.match(/\n/g) ?? []).length;
  return { at: lineEnd, sep: breaks >= 2 && /^\s*$/.test(gap) ? eol + eol : eol };
}

export default defineRule({
  id: 'doc.disclosure',
  title: msg('公开属性', 'Disclosure status'),
  clause: CLAUSE,
  clauseKeys: ['5', 'GB 7.3.6'],
  visits: ['Document'],
  defaultSeverity: 'info',
  fixable: true,
  description: msg('附注中未标注公开属性（此件公开发布、此件依申请公开、此件不予公开）。', 'No disclosure status (此件公开发布 / 此件依申请公开 / 此件不予公开) in the notes.'),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const date = m.date;
    if (!date) return;
    if (m.paragraphs.some((p) => p.index < date.index && p.role !== 'body' && CLASSIFIED.test(p.key))) return;
    // Any paragraph outside the body may carry it (附注, or a 版记 line in some layouts).
    if (m.paragraphs.some((p) => p.role !== 'body' && p.role !== 'title' && DISCLOSURE.test(p.key))) return;
    const line = m.lines.lineOf(date.end > date.start ? date.end - 1 : date.start);
    const { at, sep } = insertion(m.text, m.paragraphs, date, m.lines.offsetAt({ line, character: 0 }), m.lines.lineEnd(line));
    ctx.report({
      start: date.start,
      end: date.end,
      message: withClause(msg('未标注公开属性；请在成文日期下一行附注“（此件公开发布）”“（此件依申请公开）”或“（此件不予公开）”', 'No disclosure status; add （此件公开发布）, （此件依申请公开） or （此件不予公开） below the date'), CLAUSE),
      fixes: NOTES.map((note) => ({ title: msg(`插入“${note}”`, `Insert ${note}`), edits: [{ start: at, end: at, newText: `${sep}${note}` }] })),
    });
  },
});
