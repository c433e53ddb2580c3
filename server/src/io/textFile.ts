// Reading a text file as its encoding says: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM,
// or GB18030/GBK; anything else (binary, broken bytes) is refused with the reason. Files are
// never written. Shared by the CLI and the language server.

import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fmt } from '../core/messages';
import type { Msg } from '../core/types';

export { tooLarge } from './checked';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: Msg; tooLarge?: boolean };

/** No encoding spends more than this many bytes on one UTF-16 unit of text (GB18030's four-byte forms). */
const MAX_BYTES_PER_UNIT = 4;
/** Files smaller than this are read even when over the limit, so the message can count their characters. */
const CHEAP_READ = 16 * 1024 * 1024;

/** Decodes bytes as the file's encoding: BOMs first, then strict UTF-8, then GB18030. No BOM stays in the text. */
export function decode(buf: Uint8Array): Decoded {
  const d = decodeBytes(buf);
  return d.ok ? { ...d, text: stripBom(d.text) } : d;
}

/** The text without a leading byte order mark (one left after the encoding's own, or from GB18030). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf(buf.subarray(3), 'utf-8', 'utf-8-bom');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf(buf.subarray(2), 'utf-16le', 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf(buf.subarray(2), 'utf-16be', 'utf-16be');
  if (buf.includes(0)) return { ok: false, reason: { zh: '二进制文件（含 NUL 字节）', en: 'binary file (contains NUL bytes)' } };
  // Valid UTF-8 (nearly every file) is checked and decoded by Node's own fast paths.
  if (isUtf8(buf)) return { ok: true, text: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8'), encoding: 'utf-8' };
  const u = utf(buf, 'utf-8', 'utf-8');
  if (u.ok) return u;
  let text: string;
  try {
    text = decoder('gb18030').decode(buf);
  } catch {
    return { ok: false, reason: { zh: '不是有效的 UTF-8、UTF-16 或 GB18030 文本', en: 'not valid UTF-8, UTF-16 or GB18030 text' } };
  }
  // GB18030 maps most byte sequences to something: insist that the result reads as text.
  if (!readsAsText(text)) return { ok: false, reason: { zh: '按 UTF-8、UTF-16、GB18030 都读不出文本（二进制数据？）', en: 'not text in UTF-8, UTF-16 or GB18030 (binary data?)' } };
  return { ok: true, text, encoding: 'gb18030' };
}

/** Mostly printable ASCII, white space, CJK and common symbols; few controls or private-use characters. */
function readsAsText(s: string): boolean {
  let odd = 0;
  let total = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    total++;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c >= 0x80 && c < 0xa0)) odd++;
    else if (c >= 0x2e80 && c <= 0x9fff) continue; // CJK
    else if (c < 0x80 || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f)) continue;
    else if (c > 0xffff || (c >= 0xa0 && c < 0x2000) || (c >= 0xac00 && c <= 0xd7af)) odd += 0.25; // rarely seen in Chinese drafts
  }
  return total > 0 && odd / total < 0.05;
}

/** One strict decoder per encoding, reused: a scan decodes thousands of files. */
const DECODERS = new Map<string, InstanceType<typeof TextDecoder>>();

function decoder(label: string): InstanceType<typeof TextDecoder> {
  let d = DECODERS.get(label);
  if (!d) DECODERS.set(label, (d = new TextDecoder(label, { fatal: true })));
  return d;
}

function utf(buf: Uint8Array, label: string, name: string): Decoded {
  try {
    return { ok: true, text: decoder(label).decode(buf), encoding: name };
  } catch {
    return { ok: false, reason: { zh: `不是有效的 ${name} 文本`, en: `not valid ${name} text` } };
  }
}

export type Bytes = { ok: true; bytes: Buffer } | { ok: false; reason: Msg; tooLarge?: boolean };

/**
 * A file's bytes, read at once (a scan reads files from the page cache faster this way than through
 * the promise API, whose round trips left the thread idle), refused when it cannot hold text within the limit.
 */
export function readBytesSync(p: string, maxChars = Infinity, scratch?: ReadScratch): Bytes {
  let fd: number | null = null;
  try {
    fd = openSync(p, 'r');
    const s = fstatSync(fd);
    if (!s.isFile()) return { ok: false, reason: { zh: '不是普通文件', en: 'not a regular file' } };
    if (s.size > CHEAP_READ && s.size > maxChars * MAX_BYTES_PER_UNIT + 4) return { ok: false, reason: tooManyBytes(s.size, maxChars), tooLarge: true };
    return { ok: true, bytes: readWhole(fd, s.size, scratch) };
  } catch (e) {
    return { ok: false, reason: cannotRead(e) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * One buffer that file after file is read into, for a reader that is done with each file's bytes
 * before it reads the next (a scan in one thread decodes them at once): a fresh buffer a file
 * costs its allocation and the page faults of fresh memory. Bytes read into it are good only
 * until the next read.
 */
export class ReadScratch {
  private buf = Buffer.allocUnsafeSlow(64 * 1024);

  /** The buffer, at least n bytes long (grown by doubling). */
  room(n: number): Buffer {
    if (this.buf.length < n) {
      let size = this.buf.length;
      while (size < n) size *= 2;
      this.buf = Buffer.allocUnsafeSlow(size);
    }
    return this.buf;
  }
}

/** A file's text: its bytes read at once (readBytesSync) and decoded. */
export function readTextSync(p: string, maxChars = Infinity): Decoded {
  const read = readBytesSync(p, maxChars);
  return read.ok ? decode(read.bytes) : read;
}

/**
 * What a file's metadata says of its version: size, modification and change times, inode. Taken
 * before the file is read, so that a write after it always shows in the next stamp.
 */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A regular file's stamp, or null (missing, unreadable, not a file). */
export function stampOf(p: string): Stamp | null {
  try {
    const s = statSync(p);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino } : null;
  } catch {
    return null;
  }
}

/**
 * The rest of an open file: its size as stat saw it, or more if it grew meanwhile. One byte more
 * than that size is asked for, so that in the usual case one read both fills the buffer and shows
 * the file ends there (as Node's readFileSync takes it): system calls are a good part of reading
 * small files.
 */
function readWhole(fd: number, size: number, scratch?: ReadScratch): Buffer {
  const buf = scratch ? scratch.room(size + 1) : Buffer.allocUnsafeSlow(size + 1);
  let n = 0;
  while (n <= size) {
    const got = readSync(fd, buf, n, size + 1 - n, null);
    if (got === 0 || (n === 0 && got === size)) return buf.subarray(0, n + got);
    n += got;
  }
  // Grown since stat: the rest, however long.
  const more = readFileSync(fd);
  const read = buf.subarray(0, n);
  return more.length ? Buffer.concat([read, more]) : read;
}

function tooManyBytes(bytes: number, maxChars: number): Msg {
  return { zh: `文件过大：${fmt(bytes)} 字节，不可能在 ${fmt(maxChars)} 字符的上限之内，未读取`, en: `too large: ${fmt(bytes)} bytes cannot fit the limit of ${fmt(maxChars)} characters; not read` };
}

export function cannotRead(e: unknown): Msg {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  return { zh: `无法读取：${code}`, en: `cannot read: ${code}` };
}
