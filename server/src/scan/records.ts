// What a scan keeps of each file: findings placed by line and character, the report's facts and
// the rule failures, in the file's locale. Built by the first pass (every rule but those that need
// the workspace) and completed by the second (withCross); small enough to send between threads and
// to keep in the cache.

import { deserialize, serialize } from 'node:v8';
import { noMeetingWeekMode } from '../core/agenda/calendar';
import type { AnalysisResult, RuleFailure } from '../core/analyze';
import type { Effective } from '../core/config/effective';
import { localize } from '../core/locale';
import { factsOf, type FileFacts } from '../core/report/facts';
import type { Finding, Locale, Severity } from '../core/types';
import type { ReportFile } from '../report/html';
import { sourceFieldsOf, sourceOf, type SourceFields } from './excerpt';

export interface ScanDiagnostic extends SourceFields {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The text the finding covers (for .docx reports and fingerprints). */
  snippet: string;
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

/** The language most of the given configurations ask for; Chinese when tied or none. */
export function mostLocale(locales: readonly Locale[]): Locale {
  const en = locales.filter((l) => l === 'en').length;
  return en > locales.length - en ? 'en' : 'zh-cn';
}

/** The language of a run's own text (report headings, summary): that of most files' configuration, else Chinese. */
export function mostFilesLocale(files: readonly ScannedFile[]): Locale {
  return mostLocale(files.map((f) => f.locale));
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
    diagnostics: f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: shownMessage(f, d), line: d.range.start.line, character: d.range.start.character, end: d.range.end, ...sourceFieldsOf(d) })),
  }));
}

/** How many findings of each severity the files have. */
export function countBySeverity(files: readonly ScannedFile[]): Record<Severity, number> {
  return severitiesOf(files.flatMap((f) => f.diagnostics));
}

/** How many of the findings have each severity. */
export function severitiesOf(diagnostics: ReadonlyArray<{ severity: Severity }>): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) n[d.severity]++;
  return n;
}

/** Findings as the scan keeps them: positions, the text they cover, a fingerprint, the message in the file's locale. */
function diagnosticsOf(findings: readonly Finding[], model: AnalysisResult['model'], locale: Locale): ScanDiagnostic[] {
  return findings.map((f) => {
    const snippet = model.text.slice(f.start, Math.min(f.end, f.start + 60));
    const message = localize(locale, f.message);
    const range = model.lines.rangeAt(f.start, f.end);
    return {
      rule: f.rule,
      severity: f.severity,
      message,
      range,
      snippet,
      ...sourceOf(model.lines, range.start.line, f.start, f.end),
      ...(f.related ? { related: f.related } : {}),
      ...(f.fixes.length ? { fixes: f.fixes.map((x) => ({ title: localize(locale, x.title), safe: x.safe === true, edits: x.edits.map((e) => ({ range: model.lines.rangeAt(e.start, e.end), newText: e.newText })) })) } : {}),
    };
  });
}

export function record(path: string, display: string, rel: string, docx: boolean, r: AnalysisResult, findings: readonly Finding[], eff: Effective): ScannedFile {
  const locale: Locale = eff.config.locale;
  const diagnostics = diagnosticsOf(findings, r.model, locale);
  const mode = noMeetingWeekMode(eff.config.rules['meeting.no-meeting-week']?.options['noMeetingWeek']);
  const facts = factsOf(display, { ...r, findings: [...findings] }, eff.config.names, mode, eff.config.packs);
  return { path, display, rel, docx, locale, kind: r.kind, scope: r.scope, official: r.tree.official.official, counts: { body: r.counts.body, attachments: r.counts.attachments }, diagnostics, facts, failures: r.failures };
}

/** A second pass over a text read again: its findings, and the model they are placed in (none when it threw). */
export type CrossResult = Pick<AnalysisResult, 'findings' | 'failures'> & { model: AnalysisResult['model'] | null };

/** A file's record with the findings of its second pass added, in position order (the first pass had none of those rules). */
export function withCross(first: ScannedFile, cross: CrossResult): ScannedFile {
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
 * A record as bytes (V8's serializer): what crosses from a worker, waits for its turn in the
 * report and sits in the cache. Bytes live outside the JavaScript heap, so records waiting for a
 * research plan's second pass neither grow the heap nor cost the collector anything.
 */
export function packFile(f: RecordRef): Uint8Array {
  if (f instanceof LazyBytes) return f.get();
  if (f instanceof Uint8Array) return f;
  const b = serialize(f);
  // A buffer of its own, so that it can be transferred to another thread.
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
}

export function unpackFile(f: RecordRef): ScannedFile {
  if (f instanceof LazyBytes) return deserialize(f.get()) as ScannedFile;
  return f instanceof Uint8Array ? (deserialize(f) as ScannedFile) : f;
}

/** Bytes read only when asked for (the cache reads a stored record only if the run uses it), once. */
export class LazyBytes {
  private bytes: Uint8Array | undefined;

  constructor(private readonly read: () => Uint8Array) {}

  get(): Uint8Array {
    return (this.bytes ??= this.read());
  }
}

/** A record, its bytes, or its bytes still in the cache file. */
export type RecordRef = ScannedFile | Uint8Array | LazyBytes;
