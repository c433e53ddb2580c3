// The report's list of every finding: one table row per finding with its severity, file, line,
// rule (linked to the rule's page) and message, and under the message the line it sits on with
// the finding marked. Above the table, a search box and filters by rule, severity, kind and
// folder; the report's script (htmlScript.ts) filters and sorts the rows by their data-*
// attributes, so the rows carry everything the filters read.

import type { Kind, Locale, Severity } from '../core/types';
import { docsHref, webDocsHref } from '../lsp/docsLink';
import type { SourceFields } from '../scan/excerpt';
import { esc, link } from './htmlParts';

export interface ReportFinding extends SourceFields {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  character: number;
  /** Where the finding ends: the mark in its line stops there (at the line's end when it runs on). */
  end?: { line: number; character: number };
}

export interface FindingsFile {
  path: string;
  href: string;
  facts: { kind: Kind };
  diagnostics: ReportFinding[];
}

export interface FindingsOptions {
  t: (zh: string, en: string) => string;
  locale?: Locale;
  docsBase?: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_LABEL: Record<Severity, [string, string]> = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'], hint: ['建议', 'hint'] };
const KIND_LABEL: Record<Kind, [string, string]> = { document: ['公文', 'document'], agenda: ['会议', 'meeting'], research: ['调研', 'research'] };

/** The folder of a shown path ("." for a file at the top), as the folder filter offers it. */
export function folderOf(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i > 0 ? p.slice(0, i) : '.';
}

/**
 * A rule's page for the report. The report is read anywhere (a browser, a mail attachment, the
 * webview), where a file: link to the shipped pages does not open: the web page unless the
 * client named a web base of its own.
 */
export function reportDocsHref(rule: string, base: string | undefined, locale?: Locale): string {
  if (base && /^https?:\/\//.test(base)) return docsHref(rule, base, locale);
  return webDocsHref(rule, locale) ?? docsHref(rule, base, locale);
}

/** The finding's line with the finding in <mark>, escaped; "…" where the line was cut. */
export function sourceHtml(d: ReportFinding): string {
  if (d.source === undefined) return '';
  const text = d.source;
  const from = d.sourceFrom ?? 0;
  const clamp = (x: number, lo: number): number => Math.max(lo, Math.min(x, text.length));
  const a = clamp(d.character - from, 0);
  const b = clamp(d.end && d.end.line === d.line ? d.end.character - from : text.length, a);
  const cut = '<span class="cut">…</span>';
  return `<div class="src"><code>${from > 0 ? cut : ''}${esc(text.slice(0, a))}<mark${a === b ? ' class="at"' : ''}>${esc(text.slice(a, b))}</mark>${esc(text.slice(b))}${d.sourceCut ? cut : ''}</code></div>`;
}

function options(t: FindingsOptions['t'], all: string, values: Array<[value: string, label: string, count: number]>): string {
  return `<option value="">${esc(all)}</option>${values.map(([v, l, n]) => `<option value="${esc(v)}">${esc(l)}${t(`（${n}）`, ` (${n})`)}</option>`).join('')}`;
}

function counted<T extends string>(keys: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function filterBar(files: readonly FindingsFile[], total: number, { t }: FindingsOptions): string {
  const all = files.flatMap((f) => f.diagnostics.map((d) => ({ d, kind: f.facts.kind, folder: folderOf(f.path) })));
  const rules = [...counted(all.map((x) => x.d.rule))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sevs = counted(all.map((x) => x.d.severity));
  const kinds = counted(all.map((x) => x.kind));
  const folders = [...counted(all.map((x) => x.folder))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const label = (l: [string, string]): string => t(l[0], l[1]);
  const select = (id: string, filter: string, name: string, body: string): string => `<label>${esc(name)} <select id="${id}" data-filter="${filter}">${body}</select></label>`;
  return `<div class="filters" id="filters" role="search">
<label>${t('搜索', 'Search')} <input type="search" id="q" placeholder="${esc(t('文件、规则、问题或原文', 'file, rule, message or text'))}" autocomplete="off"></label>
${select('f-rule', 'rule', t('规则', 'Rule'), options(t, t('全部规则', 'all rules'), rules.map(([r, n]) => [r, r, n])))}
${select('f-severity', 'severity', t('级别', 'Severity'), options(t, t('全部级别', 'all severities'), SEVERITIES.filter((s) => sevs.has(s)).map((s) => [s, label(SEVERITY_LABEL[s]), sevs.get(s)!])))}
${select('f-kind', 'kind', t('类型', 'Kind'), options(t, t('全部类型', 'all kinds'), (['document', 'agenda', 'research'] as const).filter((k) => kinds.has(k)).map((k) => [k, label(KIND_LABEL[k]), kinds.get(k)!])))}
${select('f-folder', 'folder', t('文件夹', 'Folder'), options(t, t('全部文件夹', 'all folders'), folders.map(([f, n]) => [f, f === '.' ? t('（顶层）', '(top)') : f, n])))}
<span id="shown" class="muted" aria-live="polite" data-template="${esc(t('显示 {n} / {total} 条', 'showing {n} of {total}'))}">${esc(t(`显示 ${total} / ${total} 条`, `showing ${total} of ${total}`))}</span>
</div>`;
}

function row(f: FindingsFile, d: ReportFinding, o: FindingsOptions): string {
  const { t } = o;
  const folder = folderOf(f.path);
  const sev = t(...SEVERITY_LABEL[d.severity]);
  const at = t(`打开 ${f.path} 第 ${d.line + 1} 行`, `open ${f.path} at line ${d.line + 1}`);
  return `<tr class="finding" data-rule="${esc(d.rule)}" data-severity="${d.severity}" data-kind="${f.facts.kind}" data-folder="${esc(folder)}" data-file="${esc(f.path)}">` +
    `<td data-sort="${SEVERITIES.indexOf(d.severity)}"><span class="sev sev-${d.severity}">${sev}</span></td>` +
    `<td data-sort="${esc(f.path)}">${link(f)}</td>` +
    `<td class="r" data-sort="${d.line + 1}">${link(f, d.line, d.character, String(d.line + 1), at)}</td>` +
    `<td><a class="rule" href="${esc(reportDocsHref(d.rule, o.docsBase, o.locale))}"><code>${esc(d.rule)}</code></a></td>` +
    `<td>${esc(d.message)}${sourceHtml(d)}</td></tr>`;
}

/** The "all findings" section: filters, then the sortable table (or a line saying there is none). */
export function findingsSection(files: readonly FindingsFile[], o: FindingsOptions): string {
  const { t } = o;
  const total = files.reduce((n, f) => n + f.diagnostics.length, 0);
  if (total === 0) return `<p class="empty">${t('（未发现问题）', '(no findings)')}</p>`;
  const rows = files.flatMap((f) => f.diagnostics.map((d) => row(f, d, o))).join('\n');
  return `${filterBar(files, total, o)}
<table id="findings" class="sortable"><thead><tr><th>${t('级别', 'Severity')}</th><th>${t('文件', 'File')}</th><th class="r">${t('行', 'Line')}</th><th>${t('规则', 'Rule')}</th><th>${t('问题与原文', 'Finding and text')}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p id="none-shown" class="empty" hidden>${t('没有符合条件的问题。', 'No finding matches.')}</p>`;
}
