// The reviewer's report: one self-contained HTML file (inline CSS and SVG, no network, no
// external scripts or fonts). Written by the CLI (--format html) and shown by the editor in a
// webview, where the inline script turns the links into "open the file at the finding". Its
// colours follow the editor's theme or the reader's light or dark setting (htmlStyle.ts); the
// findings can be searched, filtered and sorted, each with its line (htmlFindings.ts). Each
// finding's rule id links to the rule's page (the published site, lsp/docsLink.ts).

import { figuresOf, MAX_COMPREHENSIVE_INSPECTIONS, TARGET_UNANNOUNCED, type CountTarget, type Figures, type IssuerYears } from '../core/report/figures';
import { CITE } from '../core/national';
import type { FileFacts } from '../core/report/facts';
import { localize } from '../core/locale';
import { fmt } from '../core/messages';
import type { Locale, Msg, Severity } from '../core/types';
import { findingsSection, type ReportFinding } from './htmlFindings';
import { esc, link } from './htmlParts';
import { REPORT_SCRIPT } from './htmlScript';
import { REPORT_CSS } from './htmlStyle';

export interface ReportFile {
  path: string;
  /** Where a link to the file goes (file:// URI); line and column are added as data attributes. */
  href: string;
  facts: FileFacts;
  diagnostics: ReportFinding[];
}

export interface ReportInput {
  title?: string;
  /** The folder(s) scanned, for the header. */
  root: string;
  generatedAt: Date;
  files: ReportFile[];
  skipped: Array<{ path: string; reason: string }>;
  /** The language of the report's own text (headings, labels); findings come already written. */
  locale?: Locale;
  /** Where rule links go, as docsHref takes it: unset or not a web address, the published site (the report is read anywhere). */
  docsBase?: string;
}

const SEVERITY_NAME: Record<Severity, Msg> = {
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  info: { zh: '提示', en: 'Info' },
  hint: { zh: '建议', en: 'Hints' },
};
const KIND_NAME: Record<'document' | 'agenda' | 'research', Msg> = {
  document: { zh: '公文', en: 'document' },
  agenda: { zh: '会议', en: 'meeting' },
  research: { zh: '调研', en: 'research' },
};

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** A horizontal bar chart: one row per item, the number beside each bar. */
function hbars(rows: Array<{ label: string; value: number; color?: string; note?: string }>, opts: { width?: number; marker?: number; max?: number; empty?: string } = {}): string {
  if (rows.length === 0) return `<p class="empty">${opts.empty ?? '（无）'}</p>`;
  const width = opts.width ?? 520;
  const labelW = 190;
  const barW = width - labelW - 150;
  const rowH = 22;
  const max = Math.max(opts.max ?? 0, ...rows.map((r) => r.value), opts.marker ?? 0) || 1;
  const h = rows.length * rowH + 6;
  const parts = rows.map((r, i) => {
    const y = i * rowH + 3;
    const w = Math.max(1, (r.value / max) * barW);
    return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end" class="lbl">${esc(r.label.length > 16 ? `${r.label.slice(0, 16)}…` : r.label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="2" fill="${r.color ?? '#1f6fb2'}"><title>${esc(r.label)}: ${esc(r.note ?? fmt(r.value))}</title></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 15}" class="num">${esc(r.note ?? fmt(r.value))}</text>`;
  });
  const marker = opts.marker !== undefined ? `<line x1="${labelW + (opts.marker / max) * barW}" x2="${labelW + (opts.marker / max) * barW}" y1="0" y2="${h}" class="target"/>` : '';
  return `<svg class="chart" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" role="img">${parts.join('')}${marker}</svg>`;
}

/** Vertical bars per month; the part on a 无会日/无会周 in red. */
function monthBars(rows: Figures['meetingsByMonth'], t: (zh: string, en: string) => string): string {
  if (rows.length === 0) return `<p class="empty">${t('（未发现会议）', '(no meetings found)')}</p>`;
  const colW = 34;
  const h = 170;
  const base = 140;
  const max = Math.max(...rows.map((r) => r.count)) || 1;
  const width = Math.max(300, rows.length * colW + 20);
  const parts = rows.map((r, i) => {
    const x = 10 + i * colW;
    const total = (r.count / max) * 110;
    const bad = (Math.max(r.noMeetingDay, r.noMeetingWeek) / max) * 110;
    return `<rect x="${x}" y="${base - total}" width="${colW - 10}" height="${total}" fill="#1f6fb2"><title>${esc(r.month)}: ${t(`会议 ${r.count} 个`, `${r.count} meeting(s)`)}</title></rect>` +
      (bad > 0 ? `<rect x="${x}" y="${base - bad}" width="${colW - 10}" height="${bad}" fill="#c62828"><title>${esc(r.month)}: ${t(`无会日 ${r.noMeetingDay}，无会周 ${r.noMeetingWeek}`, `no-meeting day ${r.noMeetingDay}, no-meeting week ${r.noMeetingWeek}`)}</title></rect>` : '') +
      `<text x="${x + (colW - 10) / 2}" y="${base - total - 4}" text-anchor="middle" class="num">${r.count}</text>` +
      `<text x="${x + (colW - 10) / 2}" y="${base + 14}" text-anchor="middle" class="lbl small">${esc(r.month.slice(2))}</text>`;
  });
  return `<svg class="chart" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" role="img">${parts.join('')}</svg>`;
}

export function renderReport(input: ReportInput): string {
  const L = (m: Msg): string => localize(input.locale, m);
  const t = (zh: string, en: string): string => L({ zh, en });
  const none = t('（无）', '(none)');
  // The figures count the findings the report shows (after suppressions and --quiet), not all the analysis found.
  const fig = figuresOf(input.files.map((f) => ({ ...f.facts, findings: f.diagnostics })));
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const sev = (['error', 'warning', 'info', 'hint'] as const).map((s) => `<div class="card"><div class="big c-${s}">${fmt(fig.bySeverity[s])}</div><div>${L(SEVERITY_NAME[s])}</div></div>`).join('');

  const ruleRows = fig.byRule.map((r) => ({ label: `${L(r.title)}${t('（', ' (')}${r.clause || r.rule}${t('）', ')')}`, value: r.count }));
  const ruleTable = fig.byRule.map((r) => `<tr><td><code>${esc(r.rule)}</code></td><td>${esc(L(r.title))}</td><td>${esc(r.clause)}</td><td class="r">${fmt(r.count)}</td></tr>`).join('');

  const topFiles = fig.topFiles.map((x) => {
    const f = byPath.get(x.path)!;
    return `<tr><td>${link(f)}</td><td>${L(KIND_NAME[f.facts.kind])}</td><td class="r">${fmt(x.errors)}</td><td class="r">${fmt(x.warnings)}</td><td class="r">${fmt(x.count)}</td></tr>`;
  }).join('');

  const targetOf = (i: IssuerYears, pack: string): CountTarget | undefined => fig.targets[i.kind].find((x) => x.pack === pack);
  const issuerRows = fig.issuers.slice(0, 30).map((i) => {
    const years = i.years.map((y) => `${y.year}: ${y.count}`).join(t('，', ', '));
    const ch = i.change;
    // Green when every active target is met, red when one is missed, plain without a target.
    const met = i.verdicts.length ? i.verdicts.every((v) => v.met) : null;
    const cls = met === null ? '' : met ? 'ok' : 'bad';
    const change = ch ? `<span class="${cls}">${ch.from} → ${ch.to}${t('（', ' (')}${ch.ratio > 0 ? '+' : ''}${pct(ch.ratio)}${t('）', ')')}</span>` : '<span class="muted">—</span>';
    const verdicts = i.verdicts.map((v) => {
      const x = targetOf(i, v.pack)!;
      return `<span class="${v.met ? 'ok' : 'bad'}">${esc(v.met ? t('达到', 'met') : L(x.missed))}${t('（', ' (')}${esc(L(x.clause))}${t('）', ')')}</span>`;
    }).join('<br>') || '<span class="muted">—</span>';
    return `<tr><td>${esc(i.issuer)}</td><td>${i.kind === 'document' ? t('发文', 'documents') : t('会议', 'meetings')}</td><td>${esc(years)}</td><td>${change}</td><td>${verdicts}</td></tr>`;
  }).join('');
  const targetLine = (['document', 'agenda'] as const).flatMap((k) => fig.targets[k].map((x) => `${k === 'document' ? t('发文', 'documents') : t('会议', 'meetings')}${t('：', ': ')}${L(x.label)}${t('，即变化不高于 ', ', a change of at most ')}${pct(x.ratio)}${t('（', ' (')}${L(x.clause)}${t('）', ')')}`));
  const targetText = targetLine.length ? `${t('目标：', 'Targets: ')}${esc(targetLine.join(t('；', '; ')))}${t('。', '.')}` : t('本配置的规则包未规定年度数量目标。', 'The rule packs of this configuration set no yearly target.');

  // The limits are each file's (its configuration's): the caption names those of the packs.
  const lengthCaption = fig.packs.includes('jinan-2019')
    ? t('按正文字数与上限之比排序（§2：全局性 5,000 字，专项 3,000 字；未声明范围时两者并列）。', 'By body length against its limit (§2: 5,000 for comprehensive, 3,000 for special work; both shown when the scope is not declared).')
    : t('按正文字数与上限之比排序（《若干规定》第2条：部署综合性工作 5,000 字，专项工作或者具体任务 4,000 字；未声明范围时两者并列）。', 'By body length against its limit (National Provisions item 2: 5,000 for comprehensive work, 4,000 for special work or specific tasks; both shown when the scope is not declared).');

  const inspectionRows = fig.inspections.map((x) => {
    const comp = x.comprehensive.length > MAX_COMPREHENSIVE_INSPECTIONS ? `<span class="bad">${x.comprehensive.length}</span>${t('（', ' (')}${x.comprehensive.map((p) => link(byPath.get(p) ?? { href: '', path: p })).join(t('、', ', '))}${t('）', ')')}` : String(x.comprehensive.length);
    const same = x.sameTopic.map((g) => `${esc(g.topic)}${t('：', ': ')}${g.paths.length}${t(' 项（', ' (')}${g.paths.map((p) => link(byPath.get(p) ?? { href: '', path: p })).join(t('、', ', '))}${t('）', ')')}`).join('<br>') || '<span class="muted">—</span>';
    return `<tr><td>${esc(x.issuer)}</td><td>${x.year}</td><td>${comp}</td><td>${same}</td></tr>`;
  }).join('');
  const inspections = fig.packs.includes('national-2024')
    ? `<h2>${t('督查检查考核事项（按部门、年度）', 'Inspection and assessment items per department and year')}</h2>
<p class="muted">${esc(t(`提示：综合性督查检查考核事项原则上每个部门每年不超过 ${MAX_COMPREHENSIVE_INSPECTIONS} 项，同类事项应当合并进行（${CITE.inspections.zh}；新闻摘录）。下表列出超过的部门和同一主题的多项安排。`, `Info: as a rule, a department plans at most ${MAX_COMPREHENSIVE_INSPECTIONS} comprehensive inspection or assessment item a year, and items of one kind are merged (${CITE.inspections.en}; news digest wording). Listed: departments over the count, and several items on one topic.`))}</p>
<table id="inspections" data-figure="scan.inspection-count"><tr><th>${t('部门', 'Department')}</th><th>${t('年度', 'Year')}</th><th>${t('综合性事项', 'Comprehensive items')}</th><th>${t('同一主题的事项', 'Items on one topic')}</th></tr>${inspectionRows || `<tr><td colspan="4" class="empty">${none}</td></tr>`}</table>
`
    : '';

  const issuerChart = hbars(fig.issuers.slice(0, 12).map((i) => ({ label: `${i.issuer}·${i.kind === 'document' ? t('文', 'doc') : t('会', 'mtg')}`, value: i.years.reduce((s, y) => s + y.count, 0) })), { empty: none });

  const leaderRows = fig.unannounced.map((l) => ({
    label: `${l.leader}${t('（', ' (')}${l.year || t('年份不详', 'year unknown')}${t('）', ')')}`,
    value: l.share,
    color: l.share + 1e-9 >= TARGET_UNANNOUNCED ? '#2e7d32' : '#c62828',
    note: `${pct(l.share)}${t(`（${l.unannounced}/${l.stops} 站）`, ` (${l.unannounced}/${l.stops} stops)`)}`,
  }));

  // Bars measure the body against its (lower) limit; the green line is the limit itself.
  const longest = fig.longest.map((l) => ({
    label: (byPath.get(l.path)?.path ?? l.path).replace(/^.*[\\/]/, ''),
    value: l.body / l.low,
    color: l.body > l.high ? '#c62828' : l.body > l.low ? '#e08a00' : '#2e7d32',
    note: `${fmt(l.body)} / ${l.low === l.high ? fmt(l.low) : `${fmt(l.low)}–${fmt(l.high)}`} ${t('字', 'chars')}`,
  }));

  const findings = findingsSection(input.files, { t, locale: input.locale, docsBase: input.docsBase });

  const skipped = input.skipped.length
    ? `<h2>${t(`未检查的文件（${input.skipped.length}）`, `Files not checked (${input.skipped.length})`)}</h2><table><tr><th>${t('文件', 'File')}</th><th>${t('原因', 'Reason')}</th></tr>${input.skipped.map((s) => `<tr><td>${esc(s.path)}</td><td>${esc(s.reason)}</td></tr>`).join('')}</table>`
    : '';

  const kinds = t(
    `公文 ${fmt(fig.kinds.document)} 件 · 会议 ${fmt(fig.kinds.agenda)} 个 · 调研方案 ${fmt(fig.kinds.research)} 个`,
    `${fmt(fig.kinds.document)} documents · ${fmt(fig.kinds.agenda)} meetings · ${fmt(fig.kinds.research)} research plans`,
  );
  const title = input.title ?? t('公文检查报告', 'gongwen report');
  return `<!doctype html>
<html lang="${t('zh-CN', 'en')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style></head><body>
<h1>${esc(title)}</h1>
<div class="muted">${t('检查范围：', 'Scanned: ')}${esc(input.root)} · ${t('生成时间：', 'generated ')}${esc(input.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} · ${t(`共 ${fmt(fig.files)} 个文件（${kinds}）`, `${fmt(fig.files)} files (${kinds})`)}</div>
<div class="cards" id="totals"><div class="card"><div class="big">${fmt(fig.findings)}</div><div>${t('问题总数', 'Findings')}</div></div>${sev}</div>

<h2>${t('按规则统计', 'Findings by rule')}</h2>
<div class="grid"><div>${hbars(ruleRows.slice(0, 15), { empty: none })}</div>
<div><table id="by-rule" class="sortable"><tr><th>${t('规则', 'Rule')}</th><th>${t('名称', 'Name')}</th><th>${t('依据', 'Clause')}</th><th class="r">${t('数量', 'Count')}</th></tr>${ruleTable}</table></div></div>

<h2>${t('问题最多的文件', 'Files with the most findings')}</h2>
<table id="top-files" class="sortable"><tr><th>${t('文件', 'File')}</th><th>${t('类型', 'Kind')}</th><th class="r">${L(SEVERITY_NAME.error)}</th><th class="r">${L(SEVERITY_NAME.warning)}</th><th class="r">${t('合计', 'Total')}</th></tr>${topFiles || `<tr><td colspan="5" class="empty">${none}</td></tr>`}</table>

<h2>${t('发文和会议数量（按发文机关、年度）', 'Documents and meetings per issuer and year')}</h2>
<p class="muted" id="count-targets">${targetText}</p>
<div class="grid"><div>${issuerChart}</div><div><table id="issuers"><tr><th>${t('机关', 'Issuer')}</th><th>${t('类别', 'Type')}</th><th>${t('各年数量', 'Per year')}</th><th>${t('较上年', 'Change')}</th><th>${t('对照目标', 'Against the target')}</th></tr>${issuerRows || `<tr><td colspan="5" class="empty">${none}</td></tr>`}</table></div></div>

<h2>${t('每月会议', 'Meetings per month')}</h2>
<p class="legend muted"><span style="background:#1f6fb2"></span>${t('会议数', 'meetings')}<span style="background:#c62828"></span>${t('在无会日或无会周召开（贯彻上级重要会议和法定会议除外）', 'held on a no-meeting day or in the no-meeting week (except meetings carrying out an important higher-level meeting and statutory meetings)')}</p>
<div id="months">${monthBars(fig.meetingsByMonth, t)}</div>
<table><tr><th>${t('月份', 'Month')}</th><th class="r">${t('会议', 'Meetings')}</th><th class="r">${t('无会日', 'No-meeting day')}</th><th class="r">${t('无会周', 'No-meeting week')}</th></tr>${fig.meetingsByMonth.map((m) => `<tr><td>${m.month}</td><td class="r">${m.count}</td><td class="r">${m.noMeetingDay}</td><td class="r">${m.noMeetingWeek}</td></tr>`).join('') || `<tr><td colspan="4" class="empty">${none}</td></tr>`}</table>

<h2>${t('暗访比例（按带队领导、年度）', 'Unannounced share per leader and year')}</h2>
<p class="muted">${t(`目标：暗访式调研占年度调研三分之一以上（§14）；绿线为 ${pct(TARGET_UNANNOUNCED)}。`, `Target: at least one third of a year's research visits unannounced (§14); the green line is ${pct(TARGET_UNANNOUNCED)}.`)}</p>
<div id="unannounced">${hbars(leaderRows, { marker: TARGET_UNANNOUNCED, max: 1, empty: none })}</div>

${inspections}<h2>${t('正文篇幅最长的公文', 'Longest document bodies')}</h2>
<p class="muted">${lengthCaption}</p>
<div id="longest">${hbars(longest, { marker: 1, max: 1.25, empty: none })}</div>

<h2 id="all-findings">${t('全部问题', 'All findings')}</h2>
${findings}
${skipped}
<script>
${REPORT_SCRIPT}
</script>
</body></html>
`;
}
