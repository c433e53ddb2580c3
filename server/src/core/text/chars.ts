// Character classes used everywhere in the core. Code-point range checks, not regexes,
// because they run once per character on every keystroke.

import { simplifiedCodes } from './tradSimp';

export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 || // 〇
    // Planes 2 and 3 hold only ideographs: Ext-B to Ext-I, compatibility supplement, Ext-G/H.
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** Full-width or CJK punctuation and symbols (not letters or digits). */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f && c !== 0x3007) || // 、。〈〉《》「」『』【】〔〕 …
    (c >= 0xff01 && c <= 0xff0f) || // ！＂＃＄％＆＇（）＊＋，－．／
    (c >= 0xff1a && c <= 0xff20) || // ：；＜＝＞？＠
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2010 && c <= 0x2027) || // ‐ – — ‘ ’ “ ” … ·
    c === 0x00b7 ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xfe10 && c <= 0xfe19)
  );
}

export function isCjkCode(c: number): boolean {
  return isHanCode(c) || isCjkPunctCode(c);
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x1680
  );
}

/** The characters isSpaceCode takes for spaces, as the inside of a character class (for patterns built on it). */
export const SPACE_CLASS = String.raw`\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff`;

/** The characters isSpaceCode takes for spaces, as a pattern (a regex scan is many times quicker than a loop). */
const SPACE_CHAR = new RegExp(`[${SPACE_CLASS}]`);

/** Whether s holds any character isSpaceCode takes for a space. */
export function hasSpace(s: string): boolean {
  return SPACE_CHAR.test(s);
}

/** ASCII or full-width letter or digit. */
export function isAlnumCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)
  );
}

export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Code point at i of s, reading surrogate pairs. */
export function codeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Folds full-width ASCII (digits, letters, ：；，（） …) and a few look-alikes to their
 * half-width forms, one UTF-16 unit for one, so offsets stay aligned with the input.
 * Used for matching only; rules that judge the width of a character look at the raw text.
 */
export function foldWidth(s: string): string {
  return foldBy(s, (widthFold ??= widthFolds(new Uint16Array(0x10000))));
}

/** What foldWidth and foldKey make of each UTF-16 unit (0: itself); built on first use. */
let widthFold: Uint16Array | null = null;
let keyFold: Uint16Array | null = null;

/** The full-width forms and U+3000 written into a fold table. */
function widthFolds(table: Uint16Array): Uint16Array {
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  table[0x3000] = 0x20;
  return table;
}

/**
 * The key's table: the two folds touch disjoint characters (traditional Han / full-width forms
 * and U+3000), so one table holds both.
 */
function keyFoldTable(): Uint16Array {
  return widthFolds(simplifiedCodes());
}

/** Scratch space for foldBy (a text is written here, then read out as a string); a longer one gets its own. */
const KEY_BUFFER = new Uint16Array(16384);

/**
 * foldTraditional(foldWidth(s)) in one pass: the matching key of a paragraph (Paragraph.key).
 */
export function foldKey(s: string): string {
  return foldBy(s, (keyFold ??= keyFoldTable()));
}

/**
 * s with each unit the table folds replaced, or s itself when none is. Chinese text has a
 * full-width ，or （ every few characters: the text is written out as codes and read out once,
 * a flat string, not joined from a slice per run (which every regular expression run over it
 * would first have to flatten); the unchanged start is copied too.
 */
function foldBy(s: string, table: Uint16Array): string {
  let first = 0;
  while (first < s.length && table[s.charCodeAt(first)] === 0) first++;
  if (first === s.length) return s;
  const n = s.length;
  const buf = n <= KEY_BUFFER.length ? KEY_BUFFER : new Uint16Array(n);
  for (let i = 0; i < first; i++) buf[i] = s.charCodeAt(i);
  for (let i = first; i < n; i++) {
    const c = s.charCodeAt(i);
    buf[i] = table[c] || c;
  }
  return unitsToString(buf, n);
}

/** UTF-16 units as they lie in memory are UTF-16LE only on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The part of Node's Buffer read here; absent in a browser. */
interface BytesView {
  toString(encoding: 'utf16le', start: number, end: number): string;
}
type BufferMaker = { from(memory: ArrayBufferLike, byteOffset: number, length: number): BytesView };
const NODE_BUFFER = LITTLE_ENDIAN ? (globalThis as { Buffer?: BufferMaker }).Buffer : undefined;

/** The last array read out and a Buffer over its memory (the callers reuse one scratch array). */
const KEPT_VIEW_MAX = 1 << 16;
let viewed: Uint16Array | null = null;
let view: BytesView | null = null;

/** Decodes UTF-16 units where Node's Buffer is missing (little-endian only). */
const UTF16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** From this many units on, a decoder call costs less than an argument list of the units. */
const DECODE_FROM = 48;

/**
 * The string of the UTF-16 units buf[0..n). In Node, a Buffer over the array's memory copies the
 * units as they are (a lone surrogate half too) at a small fixed cost: some 50 ns a key, where a
 * TextDecoder call costs 150–300 ns and fromCharCode.apply first makes an argument list of n
 * numbers. Elsewhere a long one is made by a decoder, and units of a surrogate pair (a decoder
 * would replace a lone half) are read out one by one.
 */
export function unitsToString(buf: Uint16Array, n: number): string {
  if (NODE_BUFFER) {
    // A long array is a key's own (the scratch arrays are shorter): not kept past its call.
    if (buf.length > KEPT_VIEW_MAX) return NODE_BUFFER.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf16le', 0, 2 * n);
    if (viewed !== buf) {
      view = NODE_BUFFER.from(buf.buffer, buf.byteOffset, buf.byteLength);
      viewed = buf;
    }
    return view!.toString('utf16le', 0, 2 * n);
  }
  return portableUnitsToString(buf, n);
}

/** unitsToString without Node's Buffer (in a browser). */
export function portableUnitsToString(buf: Uint16Array, n: number): string {
  if (UTF16 && n >= DECODE_FROM) {
    let pairs = false;
    for (let i = 0; i < n && !pairs; i++) pairs = (buf[i]! & 0xf800) === 0xd800;
    if (!pairs) return UTF16.decode(buf.subarray(0, n));
  }
  let out = '';
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return out;
}

/** Display width in columns: CJK and full-width count 2, others 1. Used to spot hard wraps. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += cellWidth(s, i, s.length);
  return w;
}

/**
 * The columns displayWidth gives s[i] in a text that ends at `end` (a pair is read only within
 * it): 0 for the low half of a surrogate pair, whose high half took the cell.
 */
export function cellWidth(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  // The ideographic space is neither Han nor punctuation, but takes a full cell; of the
  // half-width and full-width forms, only the full-width ones (U+FF01–FF60, FFE0–FFE6) do.
  const wide =
    isCjkCode(codeAtBefore(s, i, end)) || c === 0x3000 || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0xac00 && c <= 0xd7af);
  return c >= 0x1100 && wide ? 2 : 1;
}

/** codeAt for a text that ends at `end`: a pair cut by the end is its high half alone. */
function codeAtBefore(s: string, i: number, end: number): number {
  return i + 1 < end ? codeAt(s, i) : s.charCodeAt(i);
}

const TERMINAL = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'"]);

/** Whether a line ends a sentence (。！？；： possibly followed by closing quotes or brackets). */
export function endsWithTerminal(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && TERMINAL.has(s[i]!);
}
