// A piece of a paragraph as a paragraph of its own (a meeting arranged in one sentence of a longer
// paragraph), keeping the map from every character back to the original text.

import type { LineIndex } from '../text/lineIndex';
import { Paragraph } from '../text/paragraph';

export function sliceParagraph(p: Paragraph, from: number, to: number, lines: LineIndex): Paragraph {
  if (from <= 0 && to >= p.text.length) return p;
  // A piece of a plain slice of the source is one too: no maps to copy.
  if (!p.mapped && from >= 0 && from < to && to <= p.text.length) {
    const q = new Paragraph(p.index, p.text.slice(from, to), null, null, p.start + from, p.start + to, false, lines.lineOf(p.start + from));
    q.role = p.role;
    q.section = p.section;
    return q;
  }
  const n = to - from;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = p.origStart(from + i);
    ends[i] = p.origEnd(from + i + 1);
  }
  const start = p.origStart(from);
  const end = n > 0 ? ends[n - 1]! : start;
  const q = new Paragraph(p.index, p.text.slice(from, to), starts, ends, start, end, false, lines.lineOf(start));
  q.role = p.role;
  q.section = p.section;
  return q;
}
