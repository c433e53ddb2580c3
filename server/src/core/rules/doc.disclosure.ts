// doc.disclosure (§5, GB 7.3.6): 以文件公开促落实；附注中标注公开属性（此件公开发布 / 此件依申请公开 /
// 此件不予公开）。Checked on documents that have a 成文日期 (the 附注 goes on the line below it).
// Quick fix: insert （此件公开发布） there.

import { DISCLOSURE } from '../model/shapes';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§5, GB 7.3.6';

export default defineRule({
  id: 'doc.disclosure',
  title: msg('公开属性', 'Disclosure status'),
  clause: CLAUSE,
  clauseKeys: ['5', 'GB 7.3.6'],
  kinds: ['document'],
  defaultSeverity: 'info',
  fixable: true,
  description: msg('附注中未标注公开属性（此件公开发布、此件依申请公开、此件不予公开）。', 'No disclosure status (此件公开发布 / 此件依申请公开 / 此件不予公开) in the notes.'),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const date = m.date;
    if (!date) return;
    // Any paragraph outside the body may carry it (附注, or a 版记 line in some layouts).
    if (m.paragraphs.some((p) => p.role !== 'body' && DISCLOSURE.test(p.key))) return;
    const eol = m.text.includes('\r\n') ? '\r\n' : '\n';
    const lineEnd = m.lines.lineEnd(m.lines.lineOf(date.end > date.start ? date.end - 1 : date.start));
    ctx.report({
      start: date.start,
      end: date.end,
      message: withClause(msg('未标注公开属性；请在成文日期下一行附注“（此件公开发布）”“（此件依申请公开）”或“（此件不予公开）”', 'No disclosure status; add （此件公开发布）, （此件依申请公开） or （此件不予公开） below the date'), CLAUSE),
      fixes: [{ title: msg('插入“（此件公开发布）”', 'Insert （此件公开发布）'), edits: [{ start: lineEnd, end: lineEnd, newText: `${eol}（此件公开发布）` }] }],
    });
  },
});
