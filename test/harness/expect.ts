// What a fixture expects of each finding, as ESLint's RuleTester pins it: the rule, where it
// starts and ends, the text it covers, its severity, its message in both languages and, for
// every fix alternative, the fix's title and the text it produces.
//
// Positions are 1-based lines and columns (UTF-16 units, as in LSP and ESLint) of the text the
// core sees: the fixture with its markers removed and its `{{fill}}` macros expanded. Without a
// wrapped macro before it, a line of that text is the fixture's own line.
//
// A fix's output names only the lines it changes: `{ "7": "new line 7", "9-10": "new 9 and 10" }`
// maps ranges of lines of the text before the fix to what they become (without the last line's
// break). Every other line stays as it was, so the map is the whole output, written short.

import type { Finding, Severity, TextEdit } from '../../server/src/core/types';
import { applyEdits } from '../../server/src/core/fixes';
import { LineIndex } from '../../server/src/core/text/lineIndex';

export interface FixExpectation {
  title: string;
  titleEn: string;
  output: Record<string, string>;
}

export interface FindingExpectation {
  rule: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text the finding covers (what the editor underlines). */
  text: string;
  severity: Severity;
  message: string;
  messageEn: string;
  /** Every fix alternative, in the order offered; absent when the finding has none. */
  fixes?: FixExpectation[];
  /** Places in other files the finding points at (cross-plan rules); absent when none. */
  related?: RelatedExpectation[];
}

export interface RelatedExpectation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  messageEn: string;
}

interface LineRange {
  from: number;
  to: number;
}

function rangeKey(r: LineRange): string {
  return r.from === r.to ? String(r.from + 1) : `${r.from + 1}-${r.to + 1}`;
}

function parseRangeKey(key: string, where: string): LineRange {
  const m = /^(\d+)(?:-(\d+))?$/.exec(key);
  if (!m) throw new Error(`${where}: "${key}" is not a line or a line range (7, 9-10)`);
  const from = Number(m[1]) - 1;
  const to = m[2] ? Number(m[2]) - 1 : from;
  if (from < 0 || to < from) throw new Error(`${where}: bad line range "${key}"`);
  return { from, to };
}

/** The 0-based line ranges an edit touches, merged where they overlap. */
function touchedRanges(lines: LineIndex, edits: readonly TextEdit[]): LineRange[] {
  const ranges = edits
    .map((e) => ({ from: lines.lineOf(e.start), to: lines.lineOf(e.end) }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: LineRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

/** The output map of a fix: each touched line range of `text` and what it becomes. */
export function fixOutput(text: string, edits: readonly TextEdit[]): Record<string, string> {
  const lines = new LineIndex(text);
  const out: Record<string, string> = {};
  for (const r of touchedRanges(lines, edits)) {
    const start = lines.starts[r.from]!;
    const end = lines.lineEnd(r.to);
    const inside = edits
      .filter((e) => e.start >= start && e.end <= end)
      .map((e) => ({ start: e.start - start, end: e.end - start, newText: e.newText }));
    out[rangeKey(r)] = applyEdits(text.slice(start, end), inside);
  }
  return out;
}

/** The whole text an output map stands for: `text` with each named line range replaced. */
export function applyOutput(text: string, output: Record<string, string>, where: string): string {
  const lines = new LineIndex(text);
  const edits: TextEdit[] = Object.entries(output).map(([key, newText]) => {
    const r = parseRangeKey(key, where);
    if (r.to >= lines.lineCount) throw new Error(`${where}: line range "${key}" is past the text's ${lines.lineCount} lines`);
    return { start: lines.starts[r.from]!, end: lines.lineEnd(r.to), newText };
  });
  return applyEdits(text, edits);
}

/** A finding as a fixture writes it down. */
export function describeFinding(text: string, lines: LineIndex, f: Finding): FindingExpectation {
  const s = lines.positionAt(f.start);
  const e = lines.positionAt(f.end);
  const d: FindingExpectation = {
    rule: f.rule,
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    text: text.slice(f.start, f.end),
    severity: f.severity,
    message: f.message.zh,
    messageEn: f.message.en,
  };
  if (f.fixes.length) {
    d.fixes = f.fixes.map((x) => ({ title: x.title.zh, titleEn: x.title.en, output: fixOutput(text, x.edits) }));
  }
  if (f.related?.length) {
    d.related = f.related.map((r) => ({
      file: r.id,
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
      endLine: r.range.end.line + 1,
      endColumn: r.range.end.character + 1,
      message: r.message.zh,
      messageEn: r.message.en,
    }));
  }
  return d;
}

/** Order of findings in a sidecar: by position, then rule, then message. */
export function compareExpectations(a: FindingExpectation, b: FindingExpectation): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
