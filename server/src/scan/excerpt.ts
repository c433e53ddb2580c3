// The line a finding sits on, as the HTML report shows it. A paragraph of a 公文 is often one
// line of a thousand characters or more, and a scan keeps a record per file for the whole run,
// so only about 160 characters around the finding are kept.

import { ownCopy } from '../core/parse/memo';
import type { LineIndex } from '../core/text/lineIndex';

/** How many characters of a finding's line a record keeps. */
export const EXCERPT_CHARS = 160;

export interface Excerpt {
  /** At most EXCERPT_CHARS characters of the line. */
  text: string;
  /** The character of the line where `text` begins. */
  from: number;
  /** The line goes on after `text`. */
  cut: boolean;
}

/**
 * The part of the line [lineStart, lineEnd) of `text` around the finding [start, end) (offsets
 * of `text`; `end` may lie on a later line): the whole line when it is short, else a window
 * with the finding in the middle, or its beginning when the finding is longer than the window.
 */
export function excerptAt(text: string, lineStart: number, lineEnd: number, start: number, end: number, max = EXCERPT_CHARS): Excerpt {
  const s = Math.max(lineStart, Math.min(start, lineEnd));
  const e = Math.max(s, Math.min(end, lineEnd));
  let from = lineStart;
  let to = lineEnd;
  if (lineEnd - lineStart > max) {
    from = e - s >= max ? s : Math.min(Math.max(lineStart, s - Math.floor((max - (e - s)) / 2)), lineEnd - max);
    to = from + max;
    // Never half a surrogate pair at either edge.
    if (from > lineStart && isLowSurrogate(text.charCodeAt(from))) from++;
    if (to < lineEnd && isLowSurrogate(text.charCodeAt(to))) to--;
  }
  // A string of its own: a slice of the text would keep the whole file's text alive with the record.
  return { text: ownCopy(text.slice(from, to)), from: from - lineStart, cut: to < lineEnd };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** What a record keeps of a finding's line: each field only when it says something. */
export interface SourceFields {
  /** The finding's (first) line, cut to EXCERPT_CHARS characters around the finding. */
  source?: string;
  /** The character of the line where `source` begins; absent: 0. */
  sourceFrom?: number;
  /** The line goes on after `source`; absent: it does not. */
  sourceCut?: true;
}

/** The source fields of a finding [start, end) that begins on `line` of the text `lines` indexes. */
export function sourceOf(lines: LineIndex, line: number, start: number, end: number): SourceFields {
  const x = excerptAt(lines.text, lines.starts[line]!, lines.lineEnd(line), start, end);
  const out: SourceFields = {};
  if (x.text) out.source = x.text;
  if (x.from) out.sourceFrom = x.from;
  if (x.cut) out.sourceCut = true;
  return out;
}

/** The source fields of a record's finding, to hand on to the report. */
export function sourceFieldsOf(d: SourceFields): SourceFields {
  return { ...(d.source ? { source: d.source } : {}), ...(d.sourceFrom ? { sourceFrom: d.sourceFrom } : {}), ...(d.sourceCut ? { sourceCut: true as const } : {}) };
}
