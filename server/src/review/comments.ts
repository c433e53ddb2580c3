// A file's findings as a reviewer's notes: one Word comment per finding (the message, the clause it
// rests on, the suggested text), and with --suggest each safe fix as a tracked change. Pure: the
// findings come as the scan keeps them (scan/records.ts), placed by line and character.

import { checkText } from '../core/check';
import type { Effective } from '../core/config/effective';
import { localize } from '../core/locale';
import { citedPacks, joinCites } from '../core/packs';
import { ruleById } from '../core/rules/registry';
import { LineIndex } from '../core/text/lineIndex';
import type { Locale } from '../core/types';
import type { ScanDiagnostic } from '../scan/records';
import type { ReviewChange, ReviewComment, Span } from './types';

type Range = ScanDiagnostic['range'];

/** A cite as messages end with it: §2, GB 7.3.3, 《若干规定》第2条, GB/T 15834 (several joined by ；or ;). */
const CITE = /§|GB|第.+条|《/;

/**
 * Where document-wide findings are anchored: the title's first line (the analysis reads the title
 * as it reads the draft), else the first line with text; null for a text without any.
 */
export function titleSpan(text: string, rel: string, eff: Effective, markdown?: boolean): Span | null {
  const lines = new LineIndex(text);
  let title: { start: number; end: number } | undefined;
  try {
    // No rule runs (only: []): the document's parts are read, nothing is checked.
    title = checkText(text, rel, eff, { markdown, only: [] }).model.title[0];
  } catch {
    title = undefined;
  }
  if (title && title.end > title.start) {
    const r = lines.rangeAt(title.start, title.end);
    const end = r.end.line === r.start.line ? r.end.character : lines.lineText(r.start.line).length;
    return { line: r.start.line, start: r.start.character, end };
  }
  for (let i = 0; i < lines.lineCount; i++) {
    const t = lines.lineText(i);
    const lead = t.length - t.trimStart().length;
    if (t.trim()) return { line: i, start: lead, end: t.trimEnd().length };
  }
  return null;
}

/**
 * The span a finding's comment anchors on: its own when it lies on one line; the part on its first
 * line when it runs over several; the title when it is document-wide (empty, or the whole text).
 */
export function anchorOf(range: Range, lines: readonly string[], title: Span | null): Span {
  const { start, end } = range;
  const whole = start.line === 0 && start.character === 0 && end.line >= lines.length - 1 && lines.length > 1;
  const empty = start.line === end.line && start.character === end.character;
  if ((whole || empty) && title) return title;
  if (start.line === end.line) return { line: start.line, start: start.character, end: end.character };
  const first = lines[start.line] ?? '';
  if (start.character < first.length) return { line: start.line, start: start.character, end: first.length };
  return title ?? { line: start.line, start: start.character, end: start.character };
}

/** The message without the clause at its end, and that clause (the registry's for the preset when the message names none). */
export function splitClause(d: ScanDiagnostic, locale: Locale, packs: Effective['config']['packs']): { message: string; clause: string } {
  const tail = locale === 'en' ? / \(([^()]*)\)$/.exec(d.message) : /（([^（）]*)）$/.exec(d.message);
  if (tail && CITE.test(tail[1]!)) return { message: d.message.slice(0, tail.index), clause: tail[1]! };
  const rule = ruleById(d.rule);
  // Team rules have no clause.
  const clause = rule ? localize(locale, joinCites(rule, citedPacks(rule, packs))) : '';
  return { message: d.message, clause };
}

/** What the first fix writes, as a reviewer suggests it: the new text, a deletion, or the fix's title when it edits several places. */
export function suggestionOf(d: ScanDiagnostic, locale: Locale, lines: readonly string[] = []): string | null {
  const fix = d.fixes?.[0];
  if (!fix || !fix.edits.length) return null;
  if (fix.edits.length > 1) return localize(locale, { zh: `建议：${fix.title}`, en: `Suggested: ${fix.title}` });
  const e = fix.edits[0]!;
  // A line break the fix adds (a note under the date) is not part of what a reader is shown.
  const shown = e.newText.replace(/^[\r\n]+|[\r\n]+$/g, '').replace(/\r?\n|\r/g, ' ');
  const insertion = e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
  if (shown === '') {
    const gone = e.range.start.line === e.range.end.line ? (lines[e.range.start.line] ?? '').slice(e.range.start.character, e.range.end.character) : '';
    return localize(locale, gone ? { zh: `建议删除“${gone}”`, en: `Suggested: delete "${gone}"` } : { zh: '建议删除', en: 'Suggested: delete it' });
  }
  if (insertion) return localize(locale, { zh: `建议加上：“${shown}”`, en: `Suggested addition: "${shown}"` });
  return localize(locale, { zh: `建议改为：“${shown}”`, en: `Suggested text: "${shown}"` });
}

/** One comment per finding, in the findings' order. */
export function reviewComments(diagnostics: readonly ScanDiagnostic[], text: string, title: Span | null, locale: Locale, packs: Effective['config']['packs']): ReviewComment[] {
  const lines = text.split(/\r\n|\n|\r/);
  return diagnostics.map((d) => {
    const { message, clause } = splitClause(d, locale, packs);
    const paragraphs = [message];
    if (clause) paragraphs.push(localize(locale, { zh: `依据：${clause}`, en: `Clause: ${clause}` }));
    const suggestion = suggestionOf(d, locale, lines);
    if (suggestion) paragraphs.push(suggestion);
    return { span: anchorOf(d.range, lines, title), paragraphs };
  });
}

/**
 * --suggest: the edits of each finding's first fix when it is safe (as `gongwen check --fix` takes
 * them), each on one line; an edit overlapping one taken before is left out, as --fix leaves it.
 */
export function reviewChanges(diagnostics: readonly ScanDiagnostic[]): ReviewChange[] {
  const out: ReviewChange[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.[0];
    if (!fix?.safe) continue;
    const spans = fix.edits.map((e) => ({ e, span: { line: e.range.start.line, start: e.range.start.character, end: e.range.end.character } }));
    // A fix goes in whole or not at all: one edit over lines, adding a line (no run can hold a
    // paragraph break) or over a change already taken drops it.
    if (fix.edits.some((e) => e.range.start.line !== e.range.end.line || /[\r\n]/.test(e.newText))) continue;
    if (spans.some(({ span }) => out.some((c) => overlaps(c.span, span)))) continue;
    for (const { e, span } of spans) out.push({ span, newText: e.newText });
  }
  return out.sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
}

function overlaps(a: Span, b: Span): boolean {
  if (a.line !== b.line) return false;
  // Two insertions at one point, or an insertion inside a replaced span, clash as well.
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}
