// doc.page-estimate (national pack; 2019 notice, as the official release describes it): 明确中央
// 印发的政策性文件原则上不超过10页，地方和部门也要按此从严掌握。
// Estimates the printed pages at GB/T 9704 density (22 lines of 28 字 a page): each paragraph
// takes whole lines, the title, the 版头, the close and the 版记 take theirs. Over `maxPages`: an
// info for a central issuer, a hint for a local one (or nothing, with `localIssuers` false).

import type { DocModel } from '../model/types';
import { centralIssuer } from '../semantics/centralIssuer';
import { CITE } from '../national';
import { displayWidth } from '../text/chars';
import type { Paragraph } from '../text/paragraph';
import { documentAnchor } from './doc.length';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** GB/T 9704-2012 7.1: 每面排22行，每行排28个字 (3号仿宋). */
const LINES_PER_PAGE = 22;
const PER_LINE = 28;
/** The title in 2号小标宋 (7.3.1): about 20 字 a line, each line one and a half body lines high. */
const TITLE_PER_LINE = 20;
/** 版头 (7.2): 发文机关标志 35 mm below the top of the 版心, 发文字号, the red line: about 8 lines. */
const HEAD_LINES = 8;

/** Width of a paragraph in 字: full-width characters 1, half-width ones ½. */
function widthOf(p: Paragraph): number {
  return displayWidth(p.text) / 2;
}

/** A body paragraph: indented two 字 (7.3.3 首行缩进), then whole lines. */
function indented(p: Paragraph): number {
  return Math.ceil((2 + widthOf(p)) / PER_LINE);
}

/** A flush line (主送, 署名, 版记): whole lines, at least one. */
function flush(p: Paragraph): number {
  return Math.max(1, Math.ceil(widthOf(p) / PER_LINE));
}

function sum(ps: readonly Paragraph[], f: (p: Paragraph) => number): number {
  let n = 0;
  for (const p of ps) n += f(p);
  return n;
}

/** A title: two blank lines above (7.3.1 红色分隔线下空二行), its lines at 2号, one blank line below. */
function titleLines(title: readonly Paragraph[]): number {
  if (!title.length) return 0;
  const w = sum(title, (p) => Math.max(1, Math.ceil(widthOf(p) / TITLE_PER_LINE)));
  return 2 + Math.ceil((w * 3) / 2) + 1;
}

/**
 * Lines the document fills: 版头, title, 主送, body (a printed document's title included), 附件说明,
 * 署名 and 成文日期 below a blank line, 附注, 版记. Attachments are left out: tables and forms
 * cannot be laid out from their text, and they start on pages of their own.
 */
export function estimateLines(m: DocModel): number {
  let n = m.issuerMark.length ? HEAD_LINES : m.docNumber ? 1 : 0;
  n += titleLines(m.title);
  if (m.recipients) n += flush(m.recipients);
  n += sum(m.body, indented);
  for (const d of m.printed) n += titleLines(d.title) + (d.header ? 1 : 0);
  if (m.attachmentNote.length) n += 1 + sum(m.attachmentNote, indented);
  const close = [...m.signature, ...(m.date ? [m.date] : [])];
  if (close.length) n += 1 + sum(close, flush);
  n += sum(m.notes, indented);
  const record = [...m.copyTo, ...m.printedBy];
  if (record.length) n += 1 + sum(record, flush);
  return n;
}

/** The words of the notice, whatever maxPages a team sets. */
const RULE_ZH = '中央印发的政策性文件原则上不超过10页';

export default defineRule({
  id: 'doc.page-estimate',
  title: msg('文件页数', 'Document pages'),
  ...nationalOnly(CITE.notice2019, ['T19-pages'], 'O', 'info'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '按 GB/T 9704 版式（每页 22 行、每行 28 字）估算的页数超过 10 页：中央发文提示（info），地方和部门发文轻提示（hint）。',
    'Estimated pages at GB/T 9704 density (22 lines of 28 字) over 10: info for central issuers, hint for local ones.',
  ),
  options: [
    { name: 'maxPages', type: 'integer', default: 10, minimum: 1, description: msg('页数上限', 'Page limit') },
    { name: 'localIssuers', type: 'boolean', default: true, description: msg('也检查地方和部门发文（轻提示）', 'Also check local issuers (as a hint)') },
  ],
  check(ctx) {
    if (ctx.kind !== 'document' || !ctx.model.body.length) return;
    const m = ctx.model;
    const central = centralIssuer(m, ctx.names);
    if (!central && !ctx.bool('localIssuers')) return;
    // A local notice that forwards a text drafted above it cannot shorten that text.
    if (!central && /(?:转发|批转)/.test(m.titleKey.replace(/《[^》]*》/g, ''))) return;
    const max = ctx.num('maxPages');
    const lines = estimateLines(m);
    if (lines <= max * LINES_PER_PAGE) return;
    const pages = Math.ceil(lines / LINES_PER_PAGE);
    const head = msg(
      `按 GB/T 9704 版式（每页 22 行、每行 28 字）估算约 ${fmt(pages)} 页，超过 ${fmt(max)} 页`,
      `About ${fmt(pages)} pages at GB/T 9704 density (22 lines of 28 字 a page), over ${fmt(max)}`,
    );
    const message = central
      ? msg(`${head.zh}；${RULE_ZH}，请压缩篇幅`, `${head.en}; central policy documents are to keep within 10 pages in principle: shorten it`)
      : msg(`${head.zh}；${RULE_ZH}，地方和部门也要按此从严掌握，请压缩篇幅`, `${head.en}; central policy documents are to keep within 10 pages in principle, and local bodies and departments to hold to that strictly: shorten it`);
    ctx.report({ ...documentAnchor(m), message: withCite(message, CITE.notice2019), ...(central ? {} : { severity: 'hint' as const }) });
  },
});
