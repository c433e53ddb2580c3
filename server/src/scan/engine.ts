// Checking many files at once, for the CLI and the editor's workspace scan alike: read and
// decode each file (UTF-8 with or without BOM, UTF-16 with BOM, GB18030; .docx through its text),
// skip what cannot be checked with the reason (binary, unknown encoding, unreadable, too large),
// analyse, then compare the files with each other (research plans by their routes; documents and
// meetings by their titles, fields, topics and clauses). Only compact records are kept of each
// file (findings with positions, the report's facts, the index's summary), so memory stays flat:
// until the second pass has run, a research plan keeps its text and model, and a file that cites
// an upper document or convenes a meeting the workspace rules compare keeps its text (its model is
// built again then).

import { noMeetingWeekMode } from '../core/agenda/calendar';
import { compareFindings, type AnalysisResult, type RuleFailure } from '../core/analyze';
import { checkText } from '../core/check';
import type { Effective } from '../core/config/effective';
import { errorText } from '../core/errors';
import { localize } from '../core/locale';
import { factsOf, type FileFacts } from '../core/report/facts';
import { comparesWithWorkspace, PlanIndex, summarize, summarizeDoc } from '../core/research/index';
import { comparesDocuments } from '../core/rules/registry';
import type { Finding, Locale, Msg, Severity } from '../core/types';
import { isDocx, readDocx } from '../io/docx';
import { readTextAsync, tooLarge } from '../io/textFile';
import type { ReportFile } from '../report/html';

export interface ScanDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The text the finding covers (for .docx reports and fingerprints). */
  snippet: string;
  /** Stable across edits elsewhere in the file: rule + the finding's text + its occurrence. */
  fingerprint: string;
  related?: Finding['related'];
  /** The finding's fixes (alternatives), each edit placed by line and character, titles in the file's locale; absent when there is none. */
  fixes?: ScanFix[];
}

/** One fix of a finding as the scan keeps it: what `--format json` and SARIF carry, for other tools to apply. */
export interface ScanFix {
  title: string;
  /** May be applied unattended (`gongwen check --fix`); false: a drafter confirms it. */
  safe: boolean;
  edits: Array<{ range: ScanDiagnostic['range']; newText: string }>;
}

export interface ScannedFile {
  path: string;
  /** Path as shown (relative to the root or as given). */
  display: string;
  /** Path relative to its workspace folder, for globs. */
  rel: string;
  docx: boolean;
  /** The locale of the file's configuration, in which its messages are written. */
  locale: Locale;
  kind: AnalysisResult['kind'];
  scope: AnalysisResult['scope'];
  /** Official drafting (not a README, a blog post or a news story): only such text is checked. */
  official: boolean;
  counts: { body: number; attachments: number };
  diagnostics: ScanDiagnostic[];
  facts: FileFacts;
  /** Rules that threw on this file: the file was checked without them. */
  failures: RuleFailure[];
}

export interface Skipped {
  path: string;
  /** Why, in the file's locale. */
  reason: string;
  /** Over the size limit (a setting), as opposed to unreadable. */
  tooLarge: boolean;
}

export interface ScanInput {
  path: string;
  display: string;
  rel: string;
}

export interface ScanOptions {
  effectiveFor(path: string): Effective;
  cancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** Called when a file's records are final (research plans come after all files are read). */
  onFile?: (f: ScannedFile) => void;
  /** Id of each file in the plan index (URI in the editor, path in the CLI). */
  idOf?: (path: string) => string;
}

export interface ScanResult {
  files: ScannedFile[];
  skipped: Skipped[];
  cancelled: boolean;
}

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The language of a run's own text (report headings, summary): that of most files' configuration, else Chinese. */
export function mostFilesLocale(files: readonly ScannedFile[]): Locale {
  const en = files.filter((f) => f.locale === 'en').length;
  return en > files.length - en ? 'en' : 'zh-cn';
}

/** A .docx has no place to show a finding: the message names the paragraph and quotes it. */
export function shownMessage(f: ScannedFile, d: ScanDiagnostic): string {
  if (!f.docx) return d.message;
  return localize(f.locale, { zh: `第 ${d.range.start.line + 1} 段“${d.snippet}”：${d.message}`, en: `paragraph ${d.range.start.line + 1} "${d.snippet}": ${d.message}` });
}

/** The HTML report's view of scanned files; `hrefOf` links each to its file. */
export function reportFiles(files: readonly ScannedFile[], hrefOf: (f: ScannedFile) => string): ReportFile[] {
  return files.map((f) => ({
    path: f.display,
    href: hrefOf(f),
    facts: f.facts,
    diagnostics: f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: shownMessage(f, d), line: d.range.start.line, character: d.range.start.character })),
  }));
}

/** How many findings of each severity the files have. */
export function countBySeverity(files: readonly ScannedFile[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const d of f.diagnostics) n[d.severity]++;
  return n;
}

/** Findings as the scan keeps them: positions, the text they cover, a fingerprint, the message in the file's locale. */
function diagnosticsOf(findings: readonly Finding[], model: AnalysisResult['model'], locale: Locale): ScanDiagnostic[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const snippet = model.text.slice(f.start, Math.min(f.end, f.start + 60));
    const base = `${f.rule}|${snippet}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    const message = localize(locale, f.message);
    return {
      rule: f.rule,
      severity: f.severity,
      message,
      range: model.lines.rangeAt(f.start, f.end),
      snippet,
      fingerprint: fnv(`${base}|${k}`),
      ...(f.related ? { related: f.related } : {}),
      ...(f.fixes.length ? { fixes: f.fixes.map((x) => ({ title: localize(locale, x.title), safe: x.safe === true, edits: x.edits.map((e) => ({ range: model.lines.rangeAt(e.start, e.end), newText: e.newText })) })) } : {}),
    };
  });
}

function record(path: string, display: string, rel: string, docx: boolean, r: AnalysisResult, findings: readonly Finding[], eff: Effective): ScannedFile {
  const locale: Locale = eff.config.locale;
  const diagnostics = diagnosticsOf(findings, r.model, locale);
  const mode = noMeetingWeekMode(eff.config.rules['meeting.no-meeting-week']?.options['noMeetingWeek']);
  const facts = factsOf(display, { ...r, findings: [...findings] }, eff.config.names, mode, eff.config.packs);
  return { path, display, rel, docx, locale, kind: r.kind, scope: r.scope, official: r.tree.official.official, counts: { body: r.counts.body, attachments: r.counts.attachments }, diagnostics, facts, failures: r.failures };
}

/** A second pass over a text read again: its findings, and the model they are placed in (none when it threw). */
type CrossResult = Pick<AnalysisResult, 'findings' | 'failures'> & { model: AnalysisResult['model'] | null };

/** A file's record with the findings of its second pass added, in position order (the first pass had none of those rules). */
function withCross(first: ScannedFile, cross: CrossResult): ScannedFile {
  if ((cross.findings.length === 0 || !cross.model) && cross.failures.length === 0) return first;
  const added = cross.model ? diagnosticsOf(cross.findings, cross.model, first.locale) : [];
  const diagnostics = [...first.diagnostics, ...added].sort(byRange);
  const findings = [...first.facts.findings, ...cross.findings.map((f) => ({ rule: f.rule, severity: f.severity }))];
  return { ...first, diagnostics, facts: { ...first.facts, findings }, failures: [...first.failures, ...cross.failures] };
}

function byRange(a: ScanDiagnostic, b: ScanDiagnostic): number {
  const x = a.range;
  const y = b.range;
  return x.start.line - y.start.line || x.start.character - y.start.character || x.end.line - y.end.line || x.end.character - y.end.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * What the second pass needs of a file: a plan keeps its analysis (its model and tree); a document
 * or meeting keeps its record and its text, and its model is built again (few rules, many files).
 */
type Pending =
  | { slot: number; input: ScanInput; docx: boolean; text: string; eff: Effective; result: AnalysisResult }
  | { slot: number; input: ScanInput; docx: boolean; text: string; eff: Effective; first: ScannedFile };

export async function scanFiles(inputs: readonly ScanInput[], opts: ScanOptions): Promise<ScanResult> {
  const files: Array<ScannedFile | undefined> = [];
  const skipped: Skipped[] = [];
  const plans = new PlanIndex();
  const idOf = opts.idOf ?? ((p: string) => p);
  const pending: Pending[] = [];
  let done = 0;
  let cancelled = false;
  // Documents and meetings are summarised only when some file's configuration compares them.
  const docs = inputs.some((i) => comparesDocuments(opts.effectiveFor(i.path).config.rules));
  for (const input of inputs) {
    if (opts.cancelled?.()) {
      cancelled = true;
      break;
    }
    const eff = opts.effectiveFor(input.path);
    const docx = isDocx(input.path);
    const decoded = docx ? await readDocx(input.path, eff.maxFileSize) : await readTextAsync(input.path, eff.maxFileSize);
    opts.onProgress?.(++done, inputs.length);
    if (!decoded.ok) {
      skipped.push({ path: input.display, reason: localize(eff.config.locale, decoded.reason), tooLarge: decoded.tooLarge ?? false });
      continue;
    }
    const text = decoded.text; // without a BOM: the readers strip it
    if (text.length > eff.maxFileSize) {
      skipped.push({ path: input.display, reason: localize(eff.config.locale, tooLarge(text.length, eff.maxFileSize)), tooLarge: true });
      continue;
    }
    // A plan's workspace rules wait for the second pass, when every plan of the scan is indexed.
    let result: AnalysisResult;
    try {
      result = checkText(text, input.rel, eff, { markdown: docx ? false : undefined, deferWorkspace: true });
    } catch (e) {
      // Never let one file end the run: it is named with the reason, the others are checked.
      skipped.push({ path: input.display, reason: localize(eff.config.locale, analysisFailed(e)), tooLarge: false });
      continue;
    }
    const id = idOf(input.path);
    const doc = docs ? summarizeDoc(id, result.model, result.tree, result.kind, eff.config.names) : null;
    if (doc) plans.upsertDoc(doc);
    if (result.kind === 'research' && result.plan) {
      plans.upsert(summarize(id, result.model, result.plan, result.model.lines));
      pending.push({ slot: files.length, input, docx, text, result, eff });
      files.push(undefined);
      continue;
    }
    const f = record(input.path, input.display, input.rel, docx, result, result.findings, eff);
    if (doc && comparesWithWorkspace(doc)) {
      pending.push({ slot: files.length, input, docx, text, eff, first: f });
      files.push(undefined);
      continue;
    }
    files.push(f);
    opts.onFile?.(f);
  }
  // Only upper documents are compared clause by clause: the others' hashes can go.
  plans.dropUncitedClauses();
  for (const p of pending) {
    if (opts.cancelled?.()) {
      cancelled = true;
      break;
    }
    // The first pass ran every rule but those that need the workspace; now those.
    const workspace = { index: plans, self: idOf(p.input.path) };
    let f: ScannedFile;
    if ('result' in p) {
      const cross = crossCheck(p.text, p.input.rel, p.eff, workspace, p.result);
      const findings = [...p.result.findings, ...cross.findings].sort(compareFindings);
      f = record(p.input.path, p.input.display, p.input.rel, p.docx, { ...p.result, failures: [...p.result.failures, ...cross.failures] }, findings, p.eff);
    } else {
      f = withCross(p.first, crossCheckText(p.text, p.input.rel, p.eff, workspace, p.docx));
    }
    files[p.slot] = f;
    opts.onFile?.(f);
  }
  return { files: files.filter((f): f is ScannedFile => f !== undefined), skipped, cancelled };
}

/** The workspace rules' findings on a plan; should the pass itself throw, a failure in their name. */
function crossCheck(text: string, rel: string, eff: Effective, workspace: { index: PlanIndex; self: string }, first: AnalysisResult): Pick<AnalysisResult, 'findings' | 'failures'> {
  try {
    return checkText(text, rel, eff, { workspace, workspaceOnly: true, model: first.model, tree: first.tree });
  } catch (e) {
    return { findings: [], failures: [{ rule: 'research (workspace)', error: errorText(e) }] };
  }
}

/** The workspace rules on a text whose model was not kept: read again, only those rules run. */
function crossCheckText(text: string, rel: string, eff: Effective, workspace: { index: PlanIndex; self: string }, docx: boolean): CrossResult {
  try {
    return checkText(text, rel, eff, { markdown: docx ? false : undefined, workspace, workspaceOnly: true });
  } catch (e) {
    return { findings: [], failures: [{ rule: 'documents (workspace)', error: errorText(e) }], model: null };
  }
}

function analysisFailed(e: unknown): Msg {
  return { zh: `分析出错：${errorText(e)}`, en: `analysis failed: ${errorText(e)}` };
}
