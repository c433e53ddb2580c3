// A report written out in pieces, to standard output or a file. A report of 100,000 findings is
// 40 MB of JSON: made as one string it costs twice that while it is built (UTF-16) and again when
// it is written (UTF-8), more than the analysis that found the findings. Pieces are gathered into
// small chunks, each written as soon as it is full: strings of under 128 KB die young, where larger
// ones would stay in the old generation until the next full collection.

import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import { styleText } from 'node:util';
import type { Locale, Severity } from '../core/types';
import type { SourceFields } from '../scan/excerpt';

/** Characters gathered before a write (64 KB of UTF-16). */
const CHUNK = 1 << 15;

export interface Sink {
  /** Text, or UTF-8 bytes (a report's part kept by the cache, written as it is). */
  write(s: string | Uint8Array): void;
  /** Writes what is left and closes the file. */
  close(): void;
  /**
   * Whether bytes given to write are written or copied before it returns (to a file, or to a
   * standard output that is a file or a device such as /dev/null), so that the caller may reuse them.
   */
  readonly writesAtOnce: boolean;
}

/**
 * A sink into `file` (created, or emptied, when the first chunk is written or at the close), or
 * into standard output: straight to `stdoutFd` when that is given (a file or a device, which Node
 * itself writes synchronously), else through `stdout` (a pipe or a terminal, whose stream may keep
 * the pieces a while).
 */
export function openSink(file: string | null, stdout: (s: string | Uint8Array) => void, stdoutFd: number | null = null): Sink {
  let fd: number | null = null;
  let parts: Array<string | Uint8Array> = [];
  let size = 0;
  const direct = file !== null || stdoutFd !== null;
  const target = (): number => (file === null ? stdoutFd! : (fd ??= openSync(file, 'w')));
  const encoder = new TextScratch();
  const batch = new ByteBatch();
  const flush = (): void => {
    const pending = parts;
    parts = [];
    size = 0;
    if (!direct) {
      for (const s of joined(pending)) if (s.length) stdout(s);
      return;
    }
    const to = target(); // the file is created even when nothing was written
    // Each run of text is encoded part after part into one buffer, not joined first: a part is
    // often a slice of a long JSON text, and joining would copy it once more.
    let run: string[] = [];
    for (const p of pending) {
      if (typeof p === 'string') run.push(p);
      else {
        addText(to, run);
        run = [];
        batch.add(to, p);
      }
    }
    addText(to, run);
  };
  const addText = (to: number, run: readonly string[]): void => {
    if (run.length > 0) batch.add(to, encoder.encodeAll(run));
  };
  return {
    writesAtOnce: direct,
    write(s) {
      if (direct && typeof s !== 'string') {
        // After the text before it, and copied (or written now): the caller may reuse the buffer.
        flush();
        batch.add(target(), s);
        return;
      }
      parts.push(s);
      size += s.length;
      if (size >= CHUNK) flush();
    },
    close() {
      try {
        flush();
        if (direct) batch.flush(target());
      } finally {
        if (fd !== null) closeSync(fd);
        fd = null;
      }
    },
  };
}

/**
 * Standard output's descriptor when it is a file or a device (/dev/null), which Node writes
 * synchronously as the sink then does itself; null for a pipe or a terminal.
 */
export function stdoutWrittenAtOnce(): number | null {
  try {
    if (process.stdout.isTTY) return null; // not node:tty's isatty: loading it costs more than the check
    const st = fstatSync(1);
    return st.isFile() || st.isCharacterDevice() ? 1 : null;
  } catch {
    return null;
  }
}

/**
 * One buffer that text is encoded into before it is written, reused: a new buffer for each chunk
 * would take fresh memory each time, whose pages cost more to fault in than the encoding.
 */
class TextScratch {
  private buf = Buffer.allocUnsafeSlow(0);

  /** The UTF-8 bytes of the texts one after the other (as of their join), valid until the next call. */
  encodeAll(texts: readonly string[]): Uint8Array {
    // A surrogate pair cut between two texts is one character of their join: join those.
    if (texts.some((t, i) => i + 1 < texts.length && isHighSurrogate(t.charCodeAt(t.length - 1)))) texts = [texts.join('')];
    // At most three bytes for each UTF-16 unit.
    let most = 0;
    for (const t of texts) most += t.length * 3;
    if (this.buf.length < most) this.buf = Buffer.allocUnsafeSlow(Math.max(most, 4 * CHUNK));
    let n = 0;
    for (const t of texts) n += this.buf.write(t, n, 'utf8');
    return this.buf.subarray(0, n);
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Each run of text parts joined into one string; bytes handed on as they are (not copied). */
function joined(parts: ReadonlyArray<string | Uint8Array>): Array<string | Uint8Array> {
  const runs: Array<string | Uint8Array> = [];
  let text: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text.push(p);
    else {
      if (text.length) runs.push(text.join(''));
      text = [];
      runs.push(p);
    }
  }
  if (text.length) runs.push(text.join(''));
  return runs;
}

/** Bytes a batch holds before it writes them: a report of two thousand files' parts is not two thousand writes. */
const BATCH_BYTES = 4 * CHUNK;

/** Bytes gathered into one buffer (made at the first bytes) and written in large pieces. */
class ByteBatch {
  private buf: Buffer | null = null;
  private used = 0;

  /** Copies bytes in (writing what is held first when they do not fit), or writes bytes as large as the batch at once. */
  add(fd: number, bytes: Uint8Array): void {
    if (bytes.length > BATCH_BYTES - this.used) this.flush(fd);
    if (bytes.length >= BATCH_BYTES) return writeAll(fd, bytes);
    (this.buf ??= Buffer.allocUnsafeSlow(BATCH_BYTES)).set(bytes, this.used);
    this.used += bytes.length;
  }

  flush(fd: number): void {
    if (this.used === 0) return;
    const held = this.used;
    this.used = 0;
    writeAll(fd, this.buf!.subarray(0, held));
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
}

/**
 * Writes `value` as JSON without making it as one string. The layout is JSON.stringify(value,
 * null, 2)'s, except that a small object or array (findings, a file's counts: SMALL values or
 * fewer) is written on one line as JSON.stringify(value) writes it: a report has one finding per
 * line, half the bytes of the indented form (which cost more to make and write than to parse).
 * Large objects and arrays are opened and closed here, the small parts in them stringified by
 * JSON.stringify.
 */
export function writeJson(value: unknown, out: Pick<Sink, 'write'>): void {
  writeValue(toJsonValue(value, ''), out, 0);
}

/** `value` as writeJson lays it out `depth` levels down (its first line not indented). */
export function writeJsonAt(value: unknown, out: Pick<Sink, 'write'>, depth: number): void {
  writeValue(toJsonValue(value, ''), out, depth);
}

/**
 * An array written item by item as its items come, `depth` levels down, laid out as writeJson
 * lays out the whole array: a report streams its files through one.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(
    private readonly out: Pick<Sink, 'write'>,
    private readonly depth: number,
  ) {}

  push(item: unknown): void {
    this.out.write(this.count++ === 0 ? '[\n' : ',\n');
    this.writeItem(item, this.out, this.count - 1);
  }

  /** An item as push writes it, without the separator before it (what a cache keeps of it). */
  render(item: unknown): string {
    let s = '';
    this.writeItem(item, { write: (part) => void (s += part) }, this.count);
    return s;
  }

  /** An item render gave (or its UTF-8 bytes). */
  pushRendered(text: string | Uint8Array): void {
    this.out.write(this.count++ === 0 ? '[\n' : ',\n');
    this.out.write(text);
  }

  private writeItem(item: unknown, out: Pick<Sink, 'write'>, index: number): void {
    const v = toJsonValue(item, index);
    if (smallItem(v)) out.write(itemsAt([v], this.depth + 1, index));
    else {
      out.write('  '.repeat(this.depth + 1));
      writeValue(v, out, this.depth + 1);
    }
  }

  end(): void {
    this.out.write(this.count === 0 ? '[]' : '\n' + '  '.repeat(this.depth) + ']');
  }
}

/** Values (objects, arrays and what is in them) up to which a part is written on one line. */
const SMALL = 64;
/** Items of an array written together (a run of findings makes some 50 KB). */
const BATCH = 128;

/** v (a value after its toJSON, not one JSON leaves out) at `depth` levels of nesting, its first line not indented. */
function writeValue(v: unknown, out: Pick<Sink, 'write'>, depth: number): void {
  if (v === null || typeof v !== 'object') {
    out.write(JSON.stringify(v) ?? 'null');
    return;
  }
  // The outermost value is always laid out, however small: a report opens as a report.
  if (depth > 0 && isSmall(v, SMALL) >= 0) {
    out.write(JSON.stringify(v));
    return;
  }
  const inner = '  '.repeat(depth + 1);
  if (Array.isArray(v)) {
    if (v.length === 0) return out.write('[]');
    for (let i = 0; i < v.length; ) {
      out.write(i === 0 ? '[\n' : ',\n');
      let j = i;
      while (j < v.length && j - i < BATCH && smallItem(v[j])) j++;
      if (j > i) {
        out.write(itemsAt(v.slice(i, j), depth + 1, i));
        i = j;
        continue;
      }
      out.write(inner);
      writeValue(toJsonValue(v[i], i), out, depth + 1);
      i++;
    }
    return out.write('\n' + '  '.repeat(depth) + ']');
  }
  const obj = v as Record<string, unknown>;
  let first = true;
  for (const k of Object.keys(obj)) {
    const item = toJsonValue(obj[k], k);
    if (omitted(item)) continue;
    out.write((first ? '{\n' : ',\n') + inner + JSON.stringify(k) + ': ');
    first = false;
    writeValue(item, out, depth + 1);
  }
  out.write(first ? '{}' : '\n' + '  '.repeat(depth) + '}');
}

/**
 * Small items of an array `depth` levels down, the first at `index` in it: each on a line of its
 * own, indented by 2 × depth spaces, separated by ",\n", as JSON.stringify writes it in an
 * array (after its toJSON; a value JSON leaves out is null there).
 */
function itemsAt(items: readonly unknown[], depth: number, index: number): string {
  const indent = '  '.repeat(depth);
  let s = '';
  for (let k = 0; k < items.length; k++) {
    const v = toJsonValue(items[k], index + k);
    s += (k === 0 ? indent : ',\n' + indent) + (omitted(v) ? 'null' : JSON.stringify(v));
  }
  return s;
}

/** An item JSON.stringify can write whole: a value, or a small object (not one that holds a large array). */
function smallItem(x: unknown): boolean {
  return x === null || typeof x !== 'object' || isSmall(x, SMALL) >= 0;
}

/** What is left of `budget` after counting the values in v, or -1 once they are more. */
function isSmall(v: object, budget: number): number {
  if (Array.isArray(v)) {
    budget -= v.length;
    for (let i = 0; i < v.length && budget >= 0; i++) {
      const x: unknown = v[i];
      if (x !== null && typeof x === 'object') budget = isSmall(x, budget);
    }
    return budget;
  }
  for (const k in v) {
    if (--budget < 0) return budget;
    const x: unknown = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object') budget = isSmall(x, budget);
  }
  return budget;
}

/** The value as JSON.stringify sees it: after its toJSON, if it has one. */
function toJsonValue(value: unknown, key: string | number): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(k: string): unknown }).toJSON(String(key));
  }
  return value;
}

/** A value JSON leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

// ——— The report a person reads (`--format stylish`) ———
// Findings grouped by file, each with its source line and a caret under the span (as ESLint's
// stylish and rustc show them); Chinese characters take two columns, so carets are placed by
// display width. Colours only when colour is on (see colorWanted).

/** Whether to colour: --no-color / --color first, then FORCE_COLOR, NO_COLOR, then whether the output is a terminal. */
export function colorWanted(flag: boolean | null, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== null) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}

type Style = Parameters<typeof styleText>[0];

export interface StylishFile {
  display: string;
  /** Show each finding's line (not for a .docx, whose findings quote their paragraph). */
  excerpts: boolean;
  /** With the part of its line the scan kept (records.ts: source, sourceFrom, sourceCut). */
  diagnostics: ReadonlyArray<SourceFields & { rule: string; severity: Severity; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: ['red', 'bold'], warning: 'yellow', info: 'cyan', hint: 'gray' };
const SEVERITY_NAME: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  hint: { zh: '建议', en: 'hint' },
};

/** Display columns of a character: 2 for East Asian wide and full-width ones, 0 for combining marks, else 1. */
export function charWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200d || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Display width of a string. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** A source line as shown: control characters (a tab, an escape sequence) become one space each, so nothing reaches the terminal but text. */
function shown(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/**
 * The source line cut to at most `max` columns around the span [from, to) (UTF-16 offsets into
 * the line), and the caret line under it: `^` under every column of the span (at least one).
 */
export function excerpt(line: string, from: number, to: number, max: number): { text: string; carets: string } {
  from = Math.max(0, Math.min(from, line.length));
  to = Math.max(from, Math.min(to, line.length));
  // Characters (code points) with their UTF-16 offsets.
  const chars: Array<{ at: number; ch: string; w: number }> = [];
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const c = shown(ch);
    chars.push({ at: i, ch: c, w: c === ch ? charWidth(cp) : 1 });
    i += ch.length;
  }
  let first = chars.findIndex((c) => c.at >= from);
  if (first < 0) first = chars.length;
  let last = chars.findIndex((c) => c.at >= to);
  if (last < 0) last = chars.length;
  // A window of at most `max` columns: some context before the span, then as much as fits.
  const width = (a: number, b: number) => chars.slice(a, b).reduce((n, c) => n + c.w, 0);
  let start = 0;
  if (width(0, chars.length) > max) {
    start = first;
    let before = 0;
    while (start > 0 && before + chars[start - 1]!.w <= Math.min(16, max / 4)) before += chars[--start]!.w;
  }
  let text = start > 0 ? '…' : '';
  let col = text.length;
  let caretFrom = -1;
  let caretTo = -1;
  let i = start;
  for (; i < chars.length; i++) {
    const c = chars[i]!;
    if (col + c.w > max - 1 && i < chars.length - 1) break;
    if (i === first) caretFrom = col;
    text += c.ch;
    col += c.w;
    if (i === last - 1) caretTo = col;
  }
  if (i < chars.length) text += '…';
  if (caretFrom < 0) caretFrom = col; // the span starts at the end of the line (or beyond the window)
  if (caretTo < caretFrom) caretTo = Math.max(caretFrom + 1, i < last ? col : caretFrom + 1);
  return { text, carets: ' '.repeat(caretFrom) + '^'.repeat(Math.max(1, caretTo - caretFrom)) };
}

export interface StylishOptions {
  locale: Locale;
  color: boolean;
  /** Columns the source excerpt may take (terminal width less the gutter). */
  width: number;
}

/** Writes the findings grouped by file: a heading per file, then line:col, severity, message and rule, the source line and a caret line. */
export function writeStylish(files: readonly StylishFile[], opts: StylishOptions, out: Pick<Sink, 'write'>): void {
  const w = new StylishWriter(opts, out);
  for (const f of files) w.file(f);
}

/** The stylish report a file at a time, as files come. */
export class StylishWriter {
  private firstFile = true;
  private readonly en: boolean;

  constructor(
    private readonly opts: StylishOptions,
    private readonly out: Pick<Sink, 'write'>,
  ) {
    this.en = opts.locale === 'en';
  }

  private paint(style: Style, s: string): string {
    return this.opts.color ? styleText(style, s, { validateStream: false } as never) : s;
  }

  /** A file's block as `file` writes it, without the blank line between files. */
  render(f: StylishFile): string {
    let s = '';
    this.writeFile(f, { write: (part) => void (s += part) });
    return s;
  }

  /** A block render gave, or its UTF-8 bytes (empty for a file without findings). */
  block(text: string | Uint8Array): void {
    if (text.length === 0) return;
    if (!this.firstFile) this.out.write('\n');
    this.firstFile = false;
    this.out.write(text);
  }

  file(f: StylishFile): void {
    if (!f.diagnostics.length) return;
    if (!this.firstFile) this.out.write('\n');
    this.firstFile = false;
    this.writeFile(f, this.out);
  }

  private writeFile(f: StylishFile, out: Pick<Sink, 'write'>): void {
    if (!f.diagnostics.length) return;
    const { en, opts } = this;
    out.write(this.paint('underline', f.display) + '\n');
    const lineNo = Math.max(...f.diagnostics.map((d) => d.range.start.line + 1));
    const gutter = String(lineNo).length;
    for (const d of f.diagnostics) {
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const sev = en ? SEVERITY_NAME[d.severity].en : SEVERITY_NAME[d.severity].zh;
      const sevPad = ' '.repeat(Math.max(0, (en ? 7 : 4) - displayWidth(sev)));
      out.write(`  ${this.paint('dim', at.padEnd(gutter + 4))}  ${this.paint(SEVERITY_STYLE[d.severity], sev)}${sevPad}  ${d.message}  ${this.paint('dim', d.rule)}\n`);
      if (!f.excerpts || d.source === undefined) continue;
      const { text, carets } = keptExcerpt(d, d.source, Math.max(20, opts.width - gutter - 5));
      out.write(`  ${this.paint('dim', `${String(d.range.start.line + 1).padStart(gutter)} │`)} ${text}\n`);
      out.write(`  ${this.paint('dim', `${' '.repeat(gutter)} │`)} ${this.paint(SEVERITY_STYLE[d.severity], carets)}\n`);
    }
  }
}

/**
 * excerpt() of the part of a finding's line that its record kept (up to 160 characters around it):
 * marked … where the line goes on beyond that part as well as beyond the window.
 */
function keptExcerpt(d: SourceFields & { range: StylishFile['diagnostics'][number]['range'] }, source: string, max: number): { text: string; carets: string } {
  const from = d.sourceFrom ?? 0;
  const end = d.range.end.line === d.range.start.line ? d.range.end.character - from : source.length;
  const x = excerpt(source, d.range.start.character - from, end, from > 0 ? max - 1 : max);
  let { text, carets } = x;
  if (from > 0 && !text.startsWith('…')) {
    text = '…' + text;
    carets = ' ' + carets;
  }
  if (d.sourceCut && !text.endsWith('…')) text += '…';
  return { text, carets };
}

/** The lines of a text as LSP counts them (\r\n, \r and \n end a line). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
