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

const KINDS: readonly SegmentKind[] = ['text', 'blank', 'pageMark', 'break', 'comment', 'code'];
const KIND_CODE: Readonly<Record<SegmentKind, number>> = { text: 0, blank: 1, pageMark: 2, break: 3, comment: 4, code: 5 };

/**
 * Segments in columns (kind, start, end, line, indent): 14 bytes a segment where an object
 * costs 60 or more, so a text of a million lines is cut up without a million objects.
 */
export class SegmentTable {
  length = 0;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private lines: Int32Array;
  private indents: Uint8Array;

  constructor(capacity: number) {
    const n = Math.max(4, capacity);
    this.kinds = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.lines = new Int32Array(n);
    this.indents = new Uint8Array(n);
  }

  push(kind: SegmentKind, start: number, end: number, line: number, indent: boolean): void {
    if (this.length === this.kinds.length) this.grow();
    const i = this.length++;
    this.kinds[i] = KIND_CODE[kind];
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.indents[i] = indent ? 1 : 0;
  }

  /** Appends a segment object (a piece cut out of a longer segment). */
  add(s: Segment): void {
    this.push(s.kind, s.start, s.end, s.line, s.indent);
  }

  /** Appends row i of another table. */
  copy(from: SegmentTable, i: number): void {
    this.push(from.kind(i), from.start(i), from.end(i), from.line(i), from.indent(i));
  }

  kind(i: number): SegmentKind {
    return KINDS[this.kinds[i]!]!;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  line(i: number): number {
    return this.lines[i]!;
  }

  indent(i: number): boolean {
    return this.indents[i] === 1;
  }

  /** Row i as an object, for the code that works on one segment at a time. */
  at(i: number): Segment {
    return { kind: this.kind(i), start: this.start(i), end: this.end(i), line: this.line(i), indent: this.indent(i) };
  }

  private grow(): void {
    const n = this.kinds.length * 2;
    const more = <T extends Uint8Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.kinds = more(this.kinds, new Uint8Array(n));
    this.starts = more(this.starts, new Int32Array(n));
    this.ends = more(this.ends, new Int32Array(n));
    this.lines = more(this.lines, new Int32Array(n));
    this.indents = more(this.indents, new Uint8Array(n));
  }
}

/** Splits the text into segments, in order (as objects: see segmentTable). */
export function segment(text: string, lines: LineIndex, opts: SegmentOptions): Segment[] {
  const t = segmentTable(text, lines, opts);
  const out: Segment[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.at(i));
  return out;
}

/** The first character of a page mark: a dash or tilde, 第, or a digit of either width. */
function mayOpenPageMark(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x7b2c /* 第 */ || '-—－–―─~～'.includes(String.fromCharCode(c));
}

/** Splits the text into segments, in order, as a table. Linear in the text. */
export function segmentTable(text: string, lines: LineIndex, opts: SegmentOptions): SegmentTable {
  // Most lines make one segment; the table grows for the rest.
  const out = new SegmentTable(lines.lineCount + 16);
  let inFence = false;
  let inComment = false;
  for (let ln = 0; ln < lines.lineCount; ln++) {
    let s = lines.starts[ln]!;
    let e = lines.lineEnd(ln);
    const rawStart = s;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      out.push(inFence ? 'code' : 'blank', s, s, ln, false);
      continue;
    }
    if (opts.markdown && (text.startsWith('```', s) || text.startsWith('~~~', s))) {
      inFence = !inFence;
      out.push('code', s, e, ln, false);
      continue;
    }
    if (inFence) {
      out.push('code', s, e, ln, false);
      continue;
    }
    if (inComment) {
      out.push('code', s, e, ln, false);
      if (text.slice(s, e).includes('-->')) inComment = false;
      continue;
    }
    if (text.startsWith('<!--', s)) {
      const content = text.slice(s, e);
      if (COMMENT.test(content)) out.push('comment', s, e, ln, false);
      else {
        inComment = !content.includes('-->');
        out.push('code', s, e, ln, false);
      }
      continue;
    }
    if (e - s <= 24 && mayOpenPageMark(text.charCodeAt(s)) && PAGE_MARK.test(text.slice(s, e))) {
      out.push('pageMark', s, e, ln, false);
      continue;
    }
    if (text.charCodeAt(s) === 0x7c /* | */ || text.charCodeAt(e - 1) === 0x7c) {
      splitTableRow(text, s, e, ln, out);
      continue;
    }
    // Indentation: a U+3000 or a tab, or two or more spaces of any kind.
    const lead = s - rawStart;
    const indent = lead >= 2 || (lead === 1 && (text.charCodeAt(rawStart) === 0x3000 || text.charCodeAt(rawStart) === 0x09));
    if (opts.markdown) {
      const m = MD_PREFIX.exec(text.slice(s, e));
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
function splitTableRow(text: string, s: number, e: number, ln: number, out: SegmentTable): void {
  const row = text.slice(s, e);
  out.push('break', s, s, ln, false);
  if (TABLE_RULE.test(row) && row.includes('--')) return;
  let cellStart = s;
  for (let i = s; i <= e; i++) {
    if (i === e || text.charCodeAt(i) === 0x7c) {
      let a = cellStart;
      let b = i;
      while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
      while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
      if (b > a) {
        out.push('text', a, b, ln, false);
        out.push('break', b, b, ln, false);
      }
      cellStart = i + 1;
    }
  }
}

/** A whitespace run holding two or more U+3000 inside a line separates paragraphs. */
function splitOnIdeographicRuns(text: string, s: number, e: number, ln: number, indent: boolean, out: SegmentTable): void {
  // A cut needs two U+3000: a line with fewer (most lines) is one segment, found by a quick look.
  let ideographic = 0;
  for (let k = s; k < e && ideographic < 2; k++) if (text.charCodeAt(k) === 0x3000) ideographic++;
  if (ideographic < 2) {
    out.push('text', s, e, ln, indent);
    return;
  }
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
      out.push('text', segStart, i, ln, first ? indent : true);
      first = false;
      segStart = j;
    }
    i = j;
  }
  if (segStart < e) out.push('text', segStart, e, ln, first ? indent : true);
}
