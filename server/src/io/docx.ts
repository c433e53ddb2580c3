// Word documents (.docx): their text, one paragraph per line (wordXml.ts reads the markup).
// Findings in a .docx are reported by paragraph number and a quoted snippet, since no editor can
// show them in place. The file is only read.
//
// A .docx is a zip archive, and an archive can hold far more than it weighs (a 1 MB file can
// inflate to gigabytes). So the one part read, the main document, is measured first from the
// archive's directory (nothing inflated), then while it inflates as a stream, which stops at the
// limit: a directory can lie about sizes. Images and other parts are never inflated.
// readDocxArchive holds a whole .docx for rewriting (a reviewed copy) under the same limits.

import type { Entry, ZipFile } from 'yauzl';
import { errorText } from '../core/errors';
import { fmt } from '../core/messages';
import type { Msg } from '../core/types';
import { fsPromises, yauzl } from './lazyNode';
import { DEFAULT_MAX_FILE_SIZE } from '../core/config/effective';
import { cannotRead, stripBom } from './textFile';
import { wordText } from './wordXml';

/** `tooLarge`: over a limit the settings set (not an error of the run); a hostile or broken archive is not. */
export type DocxText = { ok: true; text: string } | { ok: false; reason: Msg; tooLarge?: boolean };

/** Where the main document part is when the package's relationships do not say. */
const DEFAULT_BODY = 'word/document.xml';
/** The package relationships are a few hundred bytes; more than this is not a Word file's. */
const SMALL_PART = 1024 * 1024;
/** Entries remembered from the directory (a Word file has a few dozen). */
const MAX_ENTRIES = 10_000;
/** Bytes of XML per character of text allowed: WPS and Word split text into one run per few characters, each run about this much markup. */
const XML_BYTES_PER_CHAR = 16;
/** An archive larger than this is not opened at all, images or not. */
const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;
/** Deflate reaches about 1:1000 on repeated bytes; real Word XML stays well under this ratio. */
const MAX_RATIO = 100;
/** Below this inflated size a high ratio is harmless (small, repetitive parts). */
const RATIO_FLOOR = 1024 * 1024;

/** How many bytes a .docx's main document part may inflate to, for a character limit of maxChars. */
export function inflateLimit(maxChars: number): number {
  return maxChars * XML_BYTES_PER_CHAR;
}

export async function readDocx(path: string, maxChars: number = DEFAULT_MAX_FILE_SIZE): Promise<DocxText> {
  let size: number;
  try {
    const s = await fsPromises().stat(path);
    if (!s.isFile()) return { ok: false, reason: { zh: '不是普通文件', en: 'not a regular file' } };
    size = s.size;
  } catch (e) {
    return { ok: false, reason: cannotRead(e) };
  }
  if (size > MAX_ARCHIVE_BYTES) return { ok: false, reason: archiveTooLarge(size), tooLarge: true };
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (e) {
    return unreadable(e);
  }
  try {
    const xml = await readBody(zip, inflateLimit(maxChars));
    if (!xml.ok) return xml;
    return { ok: true, text: stripBom(toLines(wordText(xml.text))) };
  } catch (e) {
    if (e instanceof SizeMismatch) return { ok: false, reason: headerLies(e.part, e.declared) };
    return unreadable(e);
  } finally {
    zip.close();
  }
}

export function isDocx(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** One paragraph per line, no trailing white space, no empty lines at the end (numbering stays simple). */
function toLines(text: string): string {
  const paragraphs = text.split('\n').map((p) => p.replace(/\s+$/, ''));
  while (paragraphs.length && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return paragraphs.join('\n');
}

type BodyXml = { ok: true; text: string } | { ok: false; reason: Msg; tooLarge?: boolean };

/** The main document part's XML, measured first from the directory, then while it inflates. */
async function readBody(zip: ZipFile, limit: number): Promise<BodyXml> {
  const entries = await listEntries(zip);
  const name = await mainPartName(zip, entries);
  const body = entries.get(name);
  if (!body) return { ok: false, reason: noMainPart(name) };
  return readXmlPart(zip, body, limit);
}

/** The main document part: the package relationships' target, else word/document.xml. */
async function mainPartName(zip: ZipFile, entries: Map<string, Entry>): Promise<string> {
  const rels = entries.get('_rels/.rels');
  const relsXml = rels && rels.uncompressedSize <= SMALL_PART ? await inflate(zip, rels, SMALL_PART) : null;
  return (relsXml && relsXml.bytes <= SMALL_PART && officeDocumentTarget(decodeXml(relsXml.data))) || DEFAULT_BODY;
}

function noMainPart(name: string): Msg {
  return { zh: `无法读取的 Word 文档：缺少正文部件 ${name}`, en: `not a readable Word document: no main part ${name}` };
}

/** One XML part's text, measured first from the directory, then while it inflates (throws SizeMismatch when the directory lied). */
async function readXmlPart(zip: ZipFile, entry: Entry, limit: number): Promise<BodyXml> {
  const declared = entry.uncompressedSize;
  if (declared > limit) return { ok: false, reason: inflatesTooFar(declared, limit), tooLarge: true };
  if (declared > RATIO_FLOOR && declared > entry.compressedSize * MAX_RATIO) return { ok: false, reason: oddRatio(declared, entry.compressedSize) };
  // The directory said it fits; inflate to be sure, stopping as soon as it does not.
  const got = await inflate(zip, entry, limit);
  if (got.bytes > limit) return { ok: false, reason: inflatesTooFar(got.bytes, limit), tooLarge: true };
  return { ok: true, text: decodeXml(got.data) };
}

/** A .docx in memory, for rewriting it: every entry as stored (compressed bytes kept, never inflated) and the text of the XML parts asked for, read within the same limits as readDocx. */
export type DocxArchive = { ok: true; entries: StoredEntry[]; parts: Map<string, string>; mainPart: string } | { ok: false; reason: Msg; tooLarge?: boolean };
export interface StoredEntry {
  entry: Entry;
  /** The entry's bytes as stored in the archive (deflated or not, as `entry.compressionMethod` says). */
  stored: Buffer;
}

/**
 * `partsFor` names the XML parts to read, given the main part and the parts read so far (so a
 * relationship part read first can name the next); it is asked again until it names nothing new.
 * Only the parts named are inflated, each within the limit the main part has.
 */
export async function readDocxArchive(bytes: Uint8Array, partsFor: (mainPart: string, read: ReadonlyMap<string, string>) => string[], maxChars: number = DEFAULT_MAX_FILE_SIZE): Promise<DocxArchive> {
  if (bytes.length > MAX_ARCHIVE_BYTES) return { ok: false, reason: archiveTooLarge(bytes.length), tooLarge: true };
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl().fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), { lazyEntries: true, validateEntrySizes: true }, (err, z) => (err || !z ? reject(err ?? new Error('no archive')) : resolve(z)));
    });
  } catch (e) {
    return unreadable(e);
  }
  try {
    // Rewriting drops what is not listed, so an archive past the listing limit is refused, not cut.
    if (zip.entryCount > MAX_ENTRIES) return { ok: false, reason: { zh: `无法读取的 Word 文档：压缩包有 ${fmt(zip.entryCount)} 个条目，超过上限 ${fmt(MAX_ENTRIES)}`, en: `not a readable Word document: the archive has ${fmt(zip.entryCount)} entries, over the limit of ${fmt(MAX_ENTRIES)}` } };
    const entries = await listEntries(zip);
    const mainPart = await mainPartName(zip, entries);
    if (!entries.has(mainPart)) return { ok: false, reason: noMainPart(mainPart) };
    const parts = new Map<string, string>();
    const asked = new Set<string>();
    for (let more = true; more; ) {
      more = false;
      for (const name of partsFor(mainPart, parts)) {
        if (asked.has(name)) continue;
        asked.add(name);
        more = true;
        const entry = entries.get(name);
        if (!entry) continue;
        const xml = await readXmlPart(zip, entry, inflateLimit(maxChars));
        if (!xml.ok) return xml;
        parts.set(name, xml.text);
      }
    }
    const stored: StoredEntry[] = [];
    for (const entry of entries.values()) stored.push({ entry, stored: await storedBytes(zip, entry) });
    return { ok: true, entries: stored, parts, mainPart };
  } catch (e) {
    if (e instanceof SizeMismatch) return { ok: false, reason: headerLies(e.part, e.declared) };
    return unreadable(e);
  } finally {
    zip.close();
  }
}

/** An entry's bytes as stored, not inflated. */
function storedBytes(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, { decompress: entry.compressionMethod === 0 ? null : false }, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
}

/** The package relationship's target for the main document (word/document.xml unless it says otherwise). */
function officeDocumentTarget(rels: string): string | null {
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    if (target && /\/officeDocument$/.test(type)) return target.replace(/^\/+/, '');
  }
  return null;
}

/** XML bytes as text: UTF-16 when a byte order mark says so, else UTF-8 (broken bytes replaced). */
function decodeXml(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

class SizeMismatch extends Error {
  constructor(
    readonly part: string,
    readonly declared: number,
  ) {
    super('entry inflates past its declared size');
  }
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl().open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) => (err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip)));
  });
}

/** The archive's directory by entry name (nothing is inflated). */
function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (e: Entry) => {
      if (entries.size < MAX_ENTRIES) entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** The entry's bytes, inflating no further than just past `limit` (then `bytes` > limit and the data is partial). */
function inflate(zip: ZipFile, entry: Entry, limit: number): Promise<{ data: Buffer; bytes: number }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > limit) {
          stream.destroy();
          resolve({ data: Buffer.alloc(0), bytes });
        } else chunks.push(chunk);
      });
      stream.on('end', () => resolve({ data: Buffer.concat(chunks), bytes }));
      stream.on('error', (e: Error) => reject(/too many bytes/i.test(e.message) ? new SizeMismatch(entry.fileName, entry.uncompressedSize) : e));
    });
  });
}

function headerLies(part: string, declared: number): Msg {
  return {
    zh: `压缩比异常：Word 文档部件 ${part} 解压后超过其声明的 ${fmt(declared)} 字节（疑似压缩炸弹），未读取`,
    en: `abnormal compression: the Word document's part ${part} inflates past its declared ${fmt(declared)} bytes (a zip bomb?); not read`,
  };
}

function unreadable(e: unknown): { ok: false; reason: Msg } {
  const m = errorText(e);
  // No zip directory at all: an old .doc renamed, a password-protected file (those are not zip archives), or not Word.
  if (/end of central directory record signature not found/i.test(m)) {
    return { ok: false, reason: { zh: '不是 .docx 压缩包（可能是改了扩展名的 .doc、加密的文档或其他文件）', en: 'not a .docx archive (perhaps a renamed .doc, a password-protected document or another file)' } };
  }
  return { ok: false, reason: { zh: `无法读取的 Word 文档：${m}`, en: `not a readable Word document: ${m}` } };
}

function archiveTooLarge(size: number): Msg {
  return { zh: `文件过大：Word 文档 ${fmt(size)} 字节，超过上限 ${fmt(MAX_ARCHIVE_BYTES)}`, en: `too large: the Word document is ${fmt(size)} bytes, over the limit of ${fmt(MAX_ARCHIVE_BYTES)}` };
}

function inflatesTooFar(bytes: number, limit: number): Msg {
  return {
    zh: `文件过大：Word 文档解压后的正文部件超过 ${fmt(limit)} 字节（已达 ${fmt(bytes)}），未读取`,
    en: `too large: the Word document's text parts inflate past ${fmt(limit)} bytes (${fmt(bytes)} so far); not read`,
  };
}

function oddRatio(inflated: number, compressed: number): Msg {
  return {
    zh: `压缩比异常：Word 文档的部件 ${fmt(compressed)} 字节解压为 ${fmt(inflated)} 字节（疑似压缩炸弹），未读取`,
    en: `abnormal compression ratio: the Word document's parts inflate from ${fmt(compressed)} to ${fmt(inflated)} bytes (a zip bomb?); not read`,
  };
}
