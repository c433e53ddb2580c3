// What the CLI keeps of each checked file: the findings with line/character positions and the
// figures, not the document model, so a large folder is checked in little memory. Every output
// format (text, JSON) is written from these records.

import type { AnalysisResult } from '../core/analyze';
import type { Kind, Locale, Scope, Severity } from '../core/types';

export interface Position {
  line: number;
  character: number;
}

export interface FileDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
}

export interface FileRecord {
  path: string;
  kind: Kind;
  scope: Scope | null;
  counts: { body: number; attachments: number };
  diagnostics: FileDiagnostic[];
}

export function toRecord(path: string, r: AnalysisResult, locale: Locale): FileRecord {
  const lines = r.model.lines;
  return {
    path,
    kind: r.kind,
    scope: r.scope,
    counts: { body: r.counts.body, attachments: r.counts.attachments },
    diagnostics: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: locale === 'en' ? f.message.en : f.message.zh,
      range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    })),
  };
}

/** `path:line:col severity rule message`, 1-based. */
export function textLines(rec: FileRecord): string[] {
  return rec.diagnostics.map((d) => `${rec.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${d.message}`);
}

/** The JSON document of `--format json` (shape fixed at version 1). */
export function jsonReport(records: FileRecord[]) {
  let diagnostics = 0;
  for (const r of records) diagnostics += r.diagnostics.length;
  return { version: 1, files: records, summary: { files: records.length, diagnostics } };
}
