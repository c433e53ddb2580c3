// Rewriting a phrase the way a careful editor would: only the characters that change. In a
// hard-wrapped text (PDF extraction) a date or a title may run across a line break; replacing
// the whole span would join the lines, so the edit keeps what the old and new texts share at
// either end (7月8日 -> 7月10日 replaces 8 with 10; 主要负责同志 -> 分管负责同志 replaces 主要).

import type { TextEdit } from '../types';
import type { Paragraph } from '../text/paragraph';

/** The edit that turns p.text[start..end) into `next`, touching only the characters that differ. */
export function rewrite(p: Paragraph, start: number, end: number, next: string, span: (p: Paragraph, i: number, j: number) => { start: number; end: number }): TextEdit {
  const old = p.text.slice(start, end);
  let a = 0;
  while (a < old.length && a < next.length && old[a] === next[a]) a++;
  let b = 0;
  while (b < old.length - a && b < next.length - a && old[old.length - 1 - b] === next[next.length - 1 - b]) b++;
  // Written out, not spread from the span: a spread object takes a shape of its own, slow to read.
  const at = span(p, start + a, end - b);
  return { start: at.start, end: at.end, newText: next.slice(a, next.length - b) };
}
