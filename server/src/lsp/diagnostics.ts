// Findings (offsets) -> LSP diagnostics (line/character), with the typed data their quick
// fixes need.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../core/analyze';
import type { LineIndex } from '../core/text/lineIndex';
import type { Finding, Fix, Severity } from '../core/types';
import type { DiagnosticData } from '../protocol';
import { docsHref } from './docsLink';
import { localize, type LocaleLike } from './locale';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


export function fixToData(lines: LineIndex, fix: Fix, locale: LocaleLike): DiagnosticData['fixes'][number] {
  return {
    title: localize(locale, fix.title),
    edits: fix.edits.map((e) => ({ range: lines.rangeAt(e.start, e.end), newText: e.newText })),
  };
}

/** A finding's places in other files (research plans), in the locale's language. */
export function toRelated(related: NonNullable<Finding['related']>, locale: LocaleLike): DiagnosticRelatedInformation[] {
  return related.map((r) => ({ location: { uri: r.id, range: r.range }, message: localize(locale, r.message) }));
}

export function toDiagnostic(f: Finding, lines: LineIndex, locale: LocaleLike, version: number | null, docsBase?: string): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, version, fixes: f.fixes.map((x) => fixToData(lines, x, locale)) };
  return {
    range: lines.rangeAt(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: docsHref(f.rule, docsBase, locale) },
    source: 'gongwen',
    message: localize(locale, f.message),
    data,
    ...(f.related?.length ? { relatedInformation: toRelated(f.related, locale) } : {}),
  };
}

export function toDiagnostics(r: AnalysisResult, locale: LocaleLike, version: number | null, docsBase?: string): Diagnostic[] {
  return r.findings.map((f) => toDiagnostic(f, r.model.lines, locale, version, docsBase));
}

export function isGongwenData(d: unknown): d is DiagnosticData {
  return !!d && typeof d === 'object' && typeof (d as DiagnosticData).rule === 'string' && Array.isArray((d as DiagnosticData).fixes);
}
