// `gongwen check --cache`: the first pass of each file (its findings, facts and summaries), keyed
// by the file's path, a hash of its bytes and a hash of its configuration, in one file: an index,
// then every entry's summaries and report part, then every entry's records (V8's serializer, which
// keeps typed arrays), read from the file and decoded only when used: a warm run whose report
// parts are kept reads the index and the summaries and parts (one read), and never a record. A
// changed file or a changed configuration misses only its own entries; another version of gongwen
// or of Node.js starts afresh. As git's index does, a file whose stamp (size, times, inode) is the
// one it had when its bytes were hashed is taken as unchanged without reading it, unless it was
// written so shortly before that read that a later write could share its timestamps (RACY_MS). A
// second pass (rules that compare files) is kept only for the very same summaries of every file
// (hashIndex), so a plan changed elsewhere runs it again.

import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crypto } from '../io/lazyNode';
import type { Effective } from '../core/config/effective';
import type { Stamp } from '../io/textFile';
import type { Checked, FirstPassCache, Seen, View } from './fileCheck';
import { LazyBytes, packFile, type RecordRef, type ScanInput } from './records';

// 4: records keep the line of each finding (excerpt.ts); 5: entries keep the file's stamp and the
// report's part; 6: an entry's summaries and report part first, then its records; 7: every entry's
// summaries and report part first (read in one), then every entry's records.
// 8: report parts write small objects on one line (cli/output.ts).
const FORMAT = 8;
export const CACHE_FILE = 'gongwen-cache.bin';
/** The file starts with these bytes, then the index's length (4 bytes, little-endian), the index and the entries' bytes. */
const MAGIC = Buffer.from('GWC2');

/** What the index says of an entry: what it was made from, and where its parts are in the file. */
interface Slot extends Made {
  /** Where its summaries and report part are, from the start of the heads. */
  offset: number;
  /** Where its records are, from the start of the records (after every head). */
  recordOffset: number;
  /** Lengths of the summaries, of the report's part, of the first pass's record and of the second pass's record (0: none). */
  lengths: [number, number, number, number];
  /** The index the second pass compared with (hashIndex), when it ran. */
  secondIndex: string | null;
}

interface Made {
  content: string;
  config: string;
  docs: boolean;
  /** The file's stamp taken before the hashed bytes were read, and when (null: not known). */
  stamp: Stamp | null;
  seenAt: number;
}

/**
 * How long before its reading a file must have been last written for its stamp to vouch for its
 * content: timestamps are coarse (a kernel tick; two seconds on FAT), so a write just after the
 * read could leave them as they were.
 */
const RACY_MS = 3000;

export interface CacheOptions {
  /** Files never kept (standard input's temporary copy: its next content is another text). */
  passing?: (path: string) => boolean;
  /** RACY_MS, for tests that cannot wait for it. */
  racyMs?: number;
  /**
   * Each kept report part is read into one scratch buffer when it is shown, valid until the next
   * is: for a report written at once (Sink.writesAtOnce). The parts read together into fresh memory
   * cost a warm run more in page faults than in reading.
   */
  borrowViews?: boolean;
}

function sameStamp(a: Stamp | null, b: Stamp): boolean {
  return !!a && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** Whether a stamp proves the content is the one hashed at `seenAt`. */
function vouches(made: Made, stamp: Stamp, racyMs: number): boolean {
  return sameStamp(made.stamp, stamp) && Math.max(stamp.mtimeMs, stamp.ctimeMs) <= made.seenAt - racyMs;
}

interface Header {
  format: number;
  tool: string;
  node: string;
  /** Bytes of all the entries' summaries and report parts, which come first. */
  heads: number;
  slots: Map<string, Slot>;
}

/**
 * An entry: the summaries and flags of its first pass (serialized), its record (packed, handed on
 * as it is) and its second pass's record for one index; views into the file read, or made now.
 */
interface Entry {
  made: Made;
  meta: Part;
  file: Part;
  second: { index: string; file: Part } | null;
  /** The report's part of the file: viewBytes. */
  view: Part | null;
  /** Where that part is in the cache file, while it is there, when it is to be borrowed (borrowViews). */
  viewAt: { at: number; length: number } | null;
}

/** Bytes made in this run, or still in the cache file. */
type Part = Uint8Array | LazyBytes;

function bytesOf(p: Part): Uint8Array {
  return p instanceof LazyBytes ? p.get() : p;
}

/** The cache's default place: node_modules/.cache/gongwen of the folder the command runs in (as other tools keep theirs). */
export function defaultCacheLocation(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'gongwen');
}

/** The cache file: the location itself, or gongwen-cache.bin inside it when it is a folder (or ends with a separator). */
export function cacheFile(location: string): string {
  const isDir = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory()) || !path.extname(location);
  return isDir ? path.join(location, CACHE_FILE) : location;
}

function sha1(data: Uint8Array | string): string {
  return crypto().createHash('sha1').update(data).digest('base64');
}

export class ScanCache implements FirstPassCache {
  private readonly configKeys = new WeakMap<Effective, string>();
  private changed = false;
  /** Paths of this run: entries of files that are gone are dropped when the cache is saved. */
  private readonly seen = new Set<string>();
  /** Entries whose first pass is that of the file as it is now (a hit, or set in this run). */
  private readonly current = new Set<string>();

  private readonly passing: (path: string) => boolean;
  private readonly racyMs: number;

  private constructor(
    readonly file: string,
    private readonly tool: string,
    private readonly entries: Map<string, Entry>,
    /** Why an existing cache file was not used (unreadable, another version), for a notice. */
    readonly discarded: string | null,
    options: CacheOptions,
    /** The cache file read, open while its entries' parts may still be read. */
    private readonly stored: Stored | null,
  ) {
    this.passing = options.passing ?? (() => false);
    this.racyMs = options.racyMs ?? RACY_MS;
  }

  /** Opens the cache at `location` for gongwen `tool`; a missing, broken or outdated file gives an empty cache. */
  static open(location: string, tool: string, options: CacheOptions = {}): ScanCache {
    const file = cacheFile(location);
    let entries: Map<string, Entry> | null = null;
    let discarded: string | null = null;
    let stored: Stored | null = null;
    if (existsSync(file)) {
      try {
        stored = new Stored(openSync(file, 'r'));
        entries = readEntries(stored, tool, options.borrowViews === true);
        if (!entries) discarded = 'another version';
      } catch {
        discarded = 'unreadable';
      }
      if (!entries) stored = stored?.close() ?? null;
    }
    return new ScanCache(file, tool, entries ?? new Map(), discarded, options, stored);
  }

  /** Lets go of the cache file (after save, or when it is not saved). */
  close(): void {
    this.stored?.close();
  }

  get size(): number {
    return this.entries.size;
  }

  private key(input: ScanInput): string {
    return `${input.path}\u0000${input.display}\u0000${input.rel}`;
  }

  private configKey(eff: Effective): string {
    let k = this.configKeys.get(eff);
    if (!k) this.configKeys.set(eff, (k = sha1(JSON.stringify(eff.layers))));
    return k;
  }

  /** The first pass of a file whose stamp shows it unchanged since it was hashed: no need to read it. */
  unchanged(input: ScanInput, stamp: Stamp, eff: Effective, docs: boolean): Checked | undefined {
    const key = this.key(input);
    this.seen.add(key);
    const e = this.entries.get(key);
    if (!e || !vouches(e.made, stamp, this.racyMs) || e.made.docs !== docs || e.made.config !== this.configKey(eff)) return undefined;
    return this.hit(key, e);
  }

  get(input: ScanInput, bytes: Uint8Array, seen: Seen, eff: Effective, docs: boolean): Checked | undefined {
    const key = this.key(input);
    this.seen.add(key);
    const e = this.entries.get(key);
    if (!e || e.made.docs !== docs || e.made.config !== this.configKey(eff) || e.made.content !== sha1(bytes)) return undefined;
    const hit = this.hit(key, e);
    // The same bytes under a new stamp (touched, copied back): next time the stamp vouches for them.
    if (hit && seen.stamp && !vouches(e.made, seen.stamp, this.racyMs)) {
      e.made = { ...e.made, stamp: seen.stamp, seenAt: seen.at };
      this.changed = true;
    }
    return hit;
  }

  private hit(key: string, e: Entry): Checked | undefined {
    try {
      const meta = metaOf(bytesOf(e.meta));
      this.current.add(key);
      return { ...meta, file: e.file };
    } catch {
      return undefined;
    }
  }

  set(input: ScanInput, bytes: Uint8Array, seen: Seen, eff: Effective, docs: boolean, checked: Checked): void {
    if (this.passing(input.path)) return;
    const key = this.key(input);
    this.seen.add(key);
    this.current.add(key);
    const { file, ...meta } = checked;
    const made = { content: sha1(bytes), config: this.configKey(eff), docs, stamp: seen.stamp, seenAt: seen.at };
    this.entries.set(key, { made, meta: metaBytes(meta), file: packFile(file), second: null, view: null, viewAt: null });
    this.changed = true;
  }

  /** The second pass's record of a file whose first pass is current, if it compared with this same index. */
  second(input: ScanInput, index: string): RecordRef | undefined {
    const key = this.key(input);
    const e = this.current.has(key) ? this.entries.get(key) : undefined;
    return e?.second?.index === index ? e.second.file : undefined;
  }

  setSecond(input: ScanInput, index: string, file: Uint8Array): void {
    const e = this.entries.get(this.key(input));
    if (!e || !this.current.has(this.key(input))) return;
    e.second = { index, file };
    this.changed = true;
  }

  view(input: ScanInput, key: string, index: string): View | undefined {
    const k = this.key(input);
    const e = this.current.has(k) ? this.entries.get(k) : undefined;
    if (!e?.view) return undefined;
    try {
      // viewAt is known only for parts to be borrowed (readEntries).
      const v = viewOf(e.viewAt && this.stored ? this.stored.borrow(e.viewAt.at, e.viewAt.length) : bytesOf(e.view));
      return v.key === key && v.index === index ? v : undefined;
    } catch {
      return undefined;
    }
  }

  setView(input: ScanInput, view: View): void {
    const e = this.entries.get(this.key(input));
    if (!e || !this.current.has(this.key(input))) return;
    e.view = viewBytes(view);
    e.viewAt = null;
    this.changed = true;
  }

  /** Writes the cache when anything changed (a new file first, then renamed: never half written). Throws when it cannot. */
  save(): void {
    for (const key of this.entries.keys()) {
      if (this.seen.has(key)) continue;
      const p = key.slice(0, key.indexOf('\u0000'));
      if (!existsSync(p)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed && !this.discarded) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const parts = fileParts(this.entries, this.tool);
    // Every part is read by now; the old file is let go before the new one takes its name.
    this.close();
    writeFileSync(tmp, Buffer.concat(parts));
    renameSync(tmp, this.file);
    this.changed = false;
  }
}

/** The cache file, open: parts of it read where they lie. */
class Stored {
  readonly size: number;
  private scratch = Buffer.allocUnsafeSlow(0);

  constructor(private fd: number | null) {
    this.size = fstatSync(fd!).size;
  }

  read(at: number, length: number): Uint8Array {
    return this.readInto(Buffer.allocUnsafe(length), at, length);
  }

  private readInto(b: Buffer, at: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error('gongwen: the cache file is closed');
    for (let n = 0; n < length; ) {
      const got = readSync(this.fd, b, n, length - n, at + n);
      if (got === 0) throw new Error('gongwen: the cache file was cut short');
      n += got;
    }
    return b.length === length ? b : b.subarray(0, length);
  }

  /** The bytes at `at`, read into one buffer that the next call reads into again. */
  borrow(at: number, length: number): Uint8Array {
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.scratch.length, 64 * 1024));
    return this.readInto(this.scratch, at, length);
  }

  close(): null {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    return null;
  }
}

/** The entries of a cache file, or null when another version of gongwen or Node.js wrote it. Throws when it is broken. */
function readEntries(stored: Stored, tool: string, borrow: boolean): Map<string, Entry> | null {
  const start = Buffer.from(stored.read(0, 8));
  if (!start.subarray(0, 4).equals(MAGIC)) throw new Error('not a cache file');
  const headerLength = start.readUInt32LE(4);
  const header = deserialize(stored.read(8, headerLength)) as Header;
  if (header.format !== FORMAT || header.tool !== tool || header.node !== process.version || !(header.slots instanceof Map) || typeof header.heads !== 'number') return null;
  const base = 8 + headerLength;
  const recordsAt = base + header.heads;
  // The summaries and report parts of all entries lie together: a warm run reads them in one go,
  // when the first is asked for, and never reads a record. Parts to be borrowed (borrowViews) are
  // read one by one instead, and the summaries with them (most are empty).
  const heads = new LazyBytes(() => stored.read(base, header.heads));
  const head = (at: number, length: number): LazyBytes => (borrow ? new LazyBytes(() => stored.read(base + at, length)) : new LazyBytes(() => heads.get().subarray(at, at + length)));
  const entries = new Map<string, Entry>();
  for (const [key, s] of header.slots) {
    const [meta, view, file, second] = s.lengths;
    if (s.offset + meta + view > header.heads || recordsAt + s.recordOffset + file + second > stored.size) throw new Error('truncated');
    const made = { content: s.content, config: s.config, docs: s.docs, stamp: s.stamp, seenAt: s.seenAt };
    const at = recordsAt + s.recordOffset;
    entries.set(key, {
      made,
      meta: meta ? head(s.offset, meta) : NONE,
      view: view ? head(s.offset + meta, view) : null,
      viewAt: view && borrow ? { at: base + s.offset + meta, length: view } : null,
      file: new LazyBytes(() => stored.read(at, file)),
      second: s.secondIndex !== null ? { index: s.secondIndex, file: new LazyBytes(() => stored.read(at + file, second)) } : null,
    });
  }
  return entries;
}

const NONE = new Uint8Array(0);

type Meta = Omit<Checked, 'file'>;

/**
 * A first pass's summaries as bytes: none for most files (no plan, no document summary, no second
 * pass), which are then not deserialized at all; else V8's serializer (summaries hold typed arrays).
 */
function metaBytes(meta: Meta): Uint8Array {
  return meta.plan === null && meta.doc === null && !meta.second ? NONE : serialize(meta);
}

function metaOf(bytes: Uint8Array): Meta {
  return bytes.length === 0 ? { plan: null, doc: null, second: false } : (deserialize(bytes) as Meta);
}

/**
 * A view as bytes: the length of the rest of it as JSON (4 bytes, little-endian), that rest, and
 * its text in UTF-8, which is written out as it is read back (V8's serializer would keep Chinese
 * text in two bytes a character, and take longer to read it). The rest is a few counts and
 * strings, which JSON reads back quicker than V8's deserializer.
 */
function viewBytes(view: View): Uint8Array {
  const { text, ...rest } = view;
  const meta = Buffer.from(JSON.stringify(rest), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(meta.length);
  return Buffer.concat([size, meta, typeof text === 'string' ? Buffer.from(text, 'utf8') : text]);
}

function viewOf(bytes: Uint8Array): View {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const metaLength = b.readUInt32LE(0);
  const rest = JSON.parse(b.toString('utf8', 4, 4 + metaLength)) as Omit<View, 'text'>;
  return { ...rest, text: b.subarray(4 + metaLength) };
}

function fileParts(entries: Map<string, Entry>, tool: string): Buffer[] {
  const slots = new Map<string, Slot>();
  const heads: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  let offset = 0;
  let recordOffset = 0;
  for (const [key, e] of entries) {
    // In the order readEntries expects; parts still in the old file are read from it now.
    const [meta, view, file, second] = [e.meta, e.view ?? NONE, e.file, e.second?.file ?? NONE].map(bytesOf) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    slots.set(key, { ...e.made, offset, recordOffset, lengths: [meta.length, view.length, file.length, second.length], secondIndex: e.second?.index ?? null });
    heads.push(meta, view);
    records.push(file, second);
    offset += meta.length + view.length;
    recordOffset += file.length + second.length;
  }
  const header = serialize({ format: FORMAT, tool, node: process.version, heads: offset, slots } satisfies Header);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return [MAGIC, size, header, ...[...heads, ...records].map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength))];
}
