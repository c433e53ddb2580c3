// Physical lines -> segments: text pieces with their offsets, plus the markers that separate
// them (blank lines, page marks like —1—, table-cell separators, HTML comments).
// One line may yield several segments: a whole document pasted on one line with U+3000
// paragraph separators, or a flattened table row `| a | b |`.

import { isSpaceCode } from './chars';
import type { LineIndex } from './lineIndex';

export type SegmentKind = 'text' | 'blank' | 'pageMark' | 'break' | 'comment' | 'code';

export interface Segment {
  kind: SegmentKind;
  /** Original offsets of the trimmed content (end exclusive). */
  start: number;
  end: number;
  line: number;
  /** Content began with indentation (U+3000 or two or more spaces), or followed a U+3000 run. */
  indent: boolean;
}

/** —1—, - 2 -, 第3页, 第3页共8页, 3/8, with digits of either width. */
const PAGE_MARK = /^(?:[-—－–―─~～]+ *[\d０-９]{1,4} *[-—－–―─~～]+|第 *[\d０-９]{1,4} *页(?: *[，,]? *共 *[\d０-９]{1,4} *页)?|[\d０-９]{1,4} *[\/／] *[\d０-９]{1,4})$/;
const COMMENT = /^<!--[\s\S]*-->$/;
/** A Markdown table's rule row: only | - : and spaces, with a run of dashes. */
const TABLE_RULE = /^[|:\- ]+$/;
const MD_PREFIX = /^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))/;

export interface SegmentOptions {
  markdown: boolean;
}

/** Splits the text into segments, in order. Linear in the text. */
export function segment(text: string, lines: LineIndex, opts: SegmentOptions): Segment[] {
  const out: Segment[] = [];
  let inFence = false;
  let inComment = false;
  for (let ln = 0; ln < lines.lineCount; ln++) {
    let s = lines.starts[ln]!;
    let e = lines.lineEnd(ln);
    const rawStart = s;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      out.push({ kind: inFence ? 'code' : 'blank', start: s, end: s, line: ln, indent: false });
      continue;
    }
    const content = text.slice(s, e);
    if (opts.markdown && /^(```|~~~)/.test(content)) {
      inFence = !inFence;
      out.push({ kind: 'code', start: s, end: e, line: ln, indent: false });
      continue;
    }
    if (inFence) {
      out.push({ kind: 'code', start: s, end: e, line: ln, indent: false });
      continue;
    }
    if (inComment) {
      out.push({ kind: 'code', start: s, end: e, line: ln, indent: false });
      if (content.includes('-->')) inComment = false;
      continue;
    }
    if (content.startsWith('<!--')) {
      if (COMMENT.test(content)) out.push({ kind: 'comment', start: s, end: e, line: ln, indent: false });
      else {
        inComment = !content.includes('-->');
        out.push({ kind: 'code', start: s, end: e, line: ln, indent: false });
      }
      continue;
    }
    if (content.length <= 24 && PAGE_MARK.test(content)) {
      out.push({ kind: 'pageMark', start: s, end: e, line: ln, indent: false });
      continue;
    }
    if (content.charCodeAt(0) === 0x7c /* | */ || content.charCodeAt(content.length - 1) === 0x7c) {
      splitTableRow(text, s, e, ln, out);
      continue;
    }
    let indent = false;
    if (s > rawStart) {
      const lead = text.slice(rawStart, s);
      indent = lead.includes('\u3000') || lead.includes('\t') || lead.length >= 2;
    }
    if (opts.markdown) {
      const m = MD_PREFIX.exec(content);
      if (m) {
        s += m[0].length;
        if (s >= e) continue;
      }
    }
    splitOnIdeographicRuns(text, s, e, ln, indent, out);
  }
  return out;
}

/** `| a | b |` -> one segment per non-empty cell, with breaks between; a rule row is a break. */
function splitTableRow(text: string, s: number, e: number, ln: number, out: Segment[]): void {
  const row = text.slice(s, e);
  out.push({ kind: 'break', start: s, end: s, line: ln, indent: false });
  if (TABLE_RULE.test(row) && row.includes('--')) return;
  let cellStart = s;
  for (let i = s; i <= e; i++) {
    if (i === e || text.charCodeAt(i) === 0x7c) {
      let a = cellStart;
      let b = i;
      while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
      while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
      if (b > a) {
        out.push({ kind: 'text', start: a, end: b, line: ln, indent: false });
        out.push({ kind: 'break', start: b, end: b, line: ln, indent: false });
      }
      cellStart = i + 1;
    }
  }
}

/** A whitespace run holding two or more U+3000 inside a line separates paragraphs. */
function splitOnIdeographicRuns(text: string, s: number, e: number, ln: number, indent: boolean, out: Segment[]): void {
  let segStart = s;
  let i = s;
  let first = true;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) {
      i++;
      continue;
    }
    let j = i;
    let ideo = 0;
    while (j < e && isSpaceCode(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 0x3000) ideo++;
      j++;
    }
    if (ideo >= 2) {
      out.push({ kind: 'text', start: segStart, end: i, line: ln, indent: first ? indent : true });
      first = false;
      segStart = j;
    }
    i = j;
  }
  if (segStart < e) out.push({ kind: 'text', start: segStart, end: e, line: ln, indent: first ? indent : true });
}
