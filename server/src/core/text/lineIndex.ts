// Offsets <-> (line, character) in UTF-16 units, with \r\n, \n and \r as line breaks,
// exactly as LSP and vscode-languageserver-textdocument count them.

export interface Position {
  line: number;
  character: number;
}

/** A span of the text in (line, character) positions, as LSP has it: the one range type of the project. */
export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** Offset of the first character of each line: 4 bytes a line, so a text of a million short lines costs 4 MB here. */
  readonly starts: Int32Array;

  constructor(readonly text: string) {
    this.starts = text.includes('\r') ? startsOf(text) : lfStartsOf(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    // An offset between the CR and LF of a CRLF is at the end of its line, as the editor has it.
    return { line, character: Math.min(o, this.lineEnd(line)) - this.starts[line]! };
  }

  /** The range of original offsets [start, end): the one conversion every adapter uses. */
  rangeAt(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  offsetAt(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const start = this.starts[p.line]!;
    return Math.min(start + Math.max(0, p.character), this.lineEnd(p.line));
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    let e = next;
    if (e > this.starts[line]! && this.text.charCodeAt(e - 1) === 10) e--;
    if (e > this.starts[line]! && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line]!, this.lineEnd(line));
  }
}

/** Line starts of a text with \n breaks only, found by indexOf: counted first, to fill an array of the right size. */
function lfStartsOf(text: string): Int32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** Line starts of a text with \r\n, \n and \r breaks (counted first, as above). */
function startsOf(text: string): Int32Array {
  const starts = new Int32Array(breaks(text) + 1);
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts[n++] = i + 1;
    } else if (c === 10) {
      starts[n++] = i + 1;
    }
  }
  return starts;
}

function breaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      n++;
    } else if (c === 10) n++;
  }
  return n;
}
