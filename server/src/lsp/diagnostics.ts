// Findings (offsets) -> LSP diagnostics (line/character). Diagnostic.data stays small: the rule and
// the document version the range refers to. The quick fixes come from the server's analysis of
// that version when the editor asks for them (codeActions.ts), so a keystroke in a long document
// does not send every fix's title and edits again.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../core/analyze';
import type { LineIndex } from '../core/text/lineIndex';
import type { Finding, Severity } from '../core/types';
import type { DiagnosticData } from '../protocol';
import { docsHref } from './docsLink';
import { localize, type LocaleLike } from './locale';
import { failureDiagnostics } from './failures';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding's places in other files (research plans), in the locale's language. */
export function toRelated(related: NonNullable<Finding['related']>, locale: LocaleLike): DiagnosticRelatedInformation[] {
  return related.map((r) => ({ location: { uri: r.id, range: r.range }, message: localize(locale, r.message) }));
}

/** Rule page links by docs base, locale and rule: the same few strings for every diagnostic. */
const hrefs = new Map<string, string>();

function ruleHref(rule: string, docsBase: string | undefined, locale: LocaleLike): string {
  const key = `${docsBase ?? ''}\u0000${String(locale)}\u0000${rule}`;
  let href = hrefs.get(key);
  if (href === undefined) {
    if (hrefs.size > 1000) hrefs.clear(); // team rules are named in settings: keep the map small
    hrefs.set(key, (href = docsHref(rule, docsBase, locale)));
  }
  return href;
}

export function toDiagnostic(f: Finding, lines: LineIndex, locale: LocaleLike, version: number | null, docsBase?: string): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, version };
  return {
    range: lines.rangeAt(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleHref(f.rule, docsBase, locale) },
    source: 'gongwen',
    message: localize(locale, f.message),
    data,
    ...(f.related?.length ? { relatedInformation: toRelated(f.related, locale) } : {}),
  };
}

export function toDiagnostics(r: AnalysisResult, locale: LocaleLike, version: number | null, docsBase?: string): Diagnostic[] {
  const found = r.findings.map((f) => toDiagnostic(f, r.model.lines, locale, version, docsBase));
  // A rule that threw is named at the top of the file; the other rules' findings are as usual.
  return r.failures.length ? [...failureDiagnostics(r.failures, locale), ...found] : found;
}

export function isGongwenData(d: unknown): d is DiagnosticData {
  return !!d && typeof d === 'object' && typeof (d as DiagnosticData).rule === 'string';
}
