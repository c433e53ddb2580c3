// Applying LSP TextEdits (line/character, UTF-16) and core edits (offsets) to a string, the way
// an editor would: all ranges refer to the original text, applied from the end backwards.

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspTextEdit {
  range: { start: LspPosition; end: LspPosition };
  newText: string;
}

/** Offsets of the start of every line; \r\n, \n and \r end a line (as LSP counts). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, starts: number[], p: LspPosition): number {
  if (p.line < 0 || p.line >= starts.length) throw new Error(`line ${p.line} outside the text (${starts.length} lines)`);
  const lineStart = starts[p.line]!;
  let lineEnd = p.line + 1 < starts.length ? starts[p.line + 1]! : text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  if (p.character < 0 || lineStart + p.character > lineEnd) throw new Error(`character ${p.character} outside line ${p.line}`);
  return lineStart + p.character;
}

/** The text an LSP range covers (0-based UTF-16 positions); throws when it lies outside the text. */
export function covered(text: string, d: { range: { start: LspPosition; end: LspPosition } }): string {
  const starts = lineStarts(text);
  return text.slice(offsetAt(text, starts, d.range.start), offsetAt(text, starts, d.range.end));
}

/** Applies LSP edits; throws when a range lies outside the text or two edits overlap. */
export function applyLspEdits(text: string, edits: readonly LspTextEdit[]): string {
  const starts = lineStarts(text);
  const abs = edits.map((e, i) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText, i }));
  return applyOffsetEdits(text, abs);
}

/** Applies offset edits; throws when a range lies outside the text or two edits overlap. */
export function applyOffsetEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  const sorted = edits
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < 0 || e.end < e.start || e.end > text.length) throw new Error(`edit [${e.start}, ${e.end}) outside the text (length ${text.length})`);
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
