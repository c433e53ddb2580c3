// Checking many files at once, for the CLI and the editor's workspace scan alike. The scan reads
// each file (skipping what cannot be checked, with the reason), runs the first pass on it
// (fileCheck.ts) in a worker thread of the pool when there are enough files and cores, else in
// this thread, then compares the files with each other (research plans by their routes; documents
// and meetings by their titles, fields, topics and clauses) in a second pass over those that have
// something to compare. Only compact records are kept of each file (records.ts), and files are
// handed on in the order given, whatever the number of workers.

import { readFileSync, statSync } from 'node:fs';
import type { Effective } from '../core/config/effective';
import type { DocSummary, PlanSummary } from '../core/research/index';
import { comparesDocuments } from '../core/rules/registry';
import { isDocx } from '../io/docx';
import { decode, ReadScratch, readBytesSync, stampOf } from '../io/textFile';
import { localize } from '../core/locale';
import { firstPass, readTextAgain, secondPass, summaryPass, textOf, type Analysed, type Checked, type FirstPass, type FirstPassCache, type Seen, type View } from './fileCheck';
export type { FirstPassCache, View } from './fileCheck';
import { buildIndex, hashIndex } from './index';
import { Holding, type Held } from './holding';
import { poolSize, ScanPool, type Concurrency } from './pool';
import { LazyBytes, packFile, unpackFile, type RecordRef, type ScanInput, type ScannedFile, type Skipped } from './records';

export { countBySeverity, mostFilesLocale, mostLocale, reportFiles, severitiesOf, shownMessage } from './records';
export type { ScanDiagnostic, ScanFix, ScanInput, ScannedFile, Skipped } from './records';

export interface ScanOptions {
  effectiveFor(path: string): Effective;
  cancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** Called with each file's final record, in the order of the inputs (a file waits for those before it). */
  onFile?: (f: ScannedFile) => void;
  /** Id of each file in the plan index (URI in the editor, path in the CLI). */
  idOf?: (path: string) => string;
  /** Worker threads: 'auto' (default), 'off' or how many. */
  concurrency?: Concurrency;
  cache?: FirstPassCache;
  /** false: records are handed to onFile only, not kept for the result (a long run's memory stays flat). */
  keep?: boolean;
  /** Files another shard checks (--shard): read only for what the workspace rules compare with, never reported. */
  summaryOnly?: (input: ScanInput) => boolean;
  /** With `keep` false: how files are shown as parts of a streamed report (with a cache, their parts are kept). */
  views?: Views;
}

/**
 * How a streamed report shows files as parts. A file whose record must wait for its turn (files
 * before it are not done) waits as its part, written out when its turn comes: the part is made
 * anyway, and the record need not be packed and unpacked. With a cache, each file's part is kept,
 * and a file whose record is the cached one (its first and second pass both from the cache) is
 * shown from its kept part, without its record being decoded or made again.
 */
export interface Views {
  /** The format and options the parts are written with. */
  key: string;
  /** Shows a part; false when the file cannot be shown from a kept part (then its record is). */
  show(input: ScanInput, part: Part): boolean;
  /** A record's part as it would be shown, or null when the record itself must go to onFile (its part would not do). */
  render(f: ScannedFile): Part | null;
}

/** A file's part of a streamed report, and what the run counts of it. */
export type Part = Omit<View, 'key' | 'index'>;

export interface ScanResult {
  /** Every file's record, in the order of the inputs (empty when `keep` is false). */
  files: ScannedFile[];
  skipped: Skipped[];
  cancelled: boolean;
  /** How many files were checked from the cache, how many afresh. */
  cached: number;
  /** Of those, how many were not even read (their stamp vouched for them). */
  unread: number;
}

/** A file after its first pass: its outcome, and what its second pass needs. */
interface Done {
  out: FirstPass;
  /** The text, kept in this thread for the second pass (none when a worker keeps it). */
  text: string | null;
  /** The worker that kept the text. */
  keptBy: import('node:worker_threads').Worker | null;
  /** The text's model and tree, kept in this thread for the second pass while KEPT_CHARS allows. */
  analysed?: Analysed | null;
  /** Where the record waits (holding.ts) while files before it are not done; then out.file is empty. */
  held?: Held;
  /** A final record waits as its part of the report instead (Views): its text is `held`. */
  part?: Omit<Part, 'text'>;
  /** The record is the cache's, first and second pass (a kept view may show it). */
  cached?: boolean;
  /** The record's bytes are a part of the cache's buffer: waiting costs nothing, so it is not held. */
  inCache?: boolean;
  /** The index of the second pass the record is final after ('' when none was due). */
  index?: string;
}

export async function scanFiles(inputs: readonly ScanInput[], opts: ScanOptions): Promise<ScanResult> {
  const idOf = opts.idOf ?? ((p: string) => p);
  // Documents and meetings are summarised only when some file's configuration compares them.
  const docs = inputs.some((i) => comparesDocuments(opts.effectiveFor(i.path).config.rules));
  const run = new Run(inputs, opts, docs, idOf, poolSize(opts.concurrency ?? 'auto', inputs.length));
  try {
    await run.firstPasses();
    await run.secondPasses();
  } finally {
    await run.close();
  }
  return run.result();
}

/** One scan: the slots of its files, filled by the first pass, completed by the second, handed on in order. */
class Run {
  private readonly done: Array<Done | undefined>;
  private readonly plans: PlanSummary[] = [];
  private readonly docSummaries: DocSummary[] = [];
  private readonly files: ScannedFile[] = [];
  private readonly skipped: Skipped[] = [];
  private cancelled = false;
  private cached = 0;
  private unread = 0;
  /** Characters of the texts whose model and tree were kept for their second pass (at most KEPT_CHARS; every second pass comes after every first). */
  private keptChars = 0;
  private finished = 0;
  private emitted = 0;
  private pool: ScanPool | null = null;
  private readonly holding = new Holding();
  private misses = 0;
  private lastBreath = Date.now();
  /**
   * The buffer files are read into when nothing keeps their bytes: no worker to send them to and
   * no cache to hash them for, so each file is decoded before the next is read.
   */
  private readonly scratch: ReadScratch | null;

  constructor(
    private readonly inputs: readonly ScanInput[],
    private readonly opts: ScanOptions,
    private readonly docs: boolean,
    private readonly idOf: (path: string) => string,
    /** Workers wanted (0: none); they start with the first files the cache does not have. */
    private readonly poolWanted: number,
  ) {
    this.done = new Array(inputs.length);
    this.scratch = poolWanted === 0 && !opts.cache ? new ReadScratch() : null;
  }

  private stop(): boolean {
    if (!this.cancelled && this.opts.cancelled?.()) this.cancelled = true;
    return this.cancelled;
  }

  async firstPasses(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    // Reads stay a few files ahead of the workers: bytes waiting in a queue are memory too.
    for (let i = 0; i < this.inputs.length; i++) {
      await this.breathe();
      if (this.stop()) break;
      const job = this.start(i);
      if (!job) continue;
      inFlight.add(job);
      void job.then(() => inFlight.delete(job));
      const ahead = this.pool ? this.pool.size * 4 : 0;
      while (inFlight.size > ahead) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  /**
   * Lets the event loop run now and then: files are read and checked synchronously, and a
   * cancellation, progress to send or a worker's answer would otherwise wait for the whole scan.
   */
  private async breathe(): Promise<void> {
    const now = Date.now();
    if (now - this.lastBreath < BREATH_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastBreath = Date.now();
  }

  /** Reads file i and starts its first pass (null when it is settled already: skipped, or from the cache). */
  private start(i: number): Promise<void> | null {
    const input = this.inputs[i]!;
    const eff = this.opts.effectiveFor(input.path);
    const docx = isDocx(input.path);
    const only = this.opts.summaryOnly?.(input) ?? false;
    const cache = this.opts.cache;
    // The stamp before the bytes: a write after it shows in the next run's stamp.
    const seen: Seen = { stamp: cache ? stampOf(input.path) : null, at: Date.now() };
    const known = seen.stamp ? cache!.unchanged(input, seen.stamp, eff, this.docs) : undefined;
    if (known) {
      this.unread++;
      return this.settleHit(i, known, only, null);
    }
    const read = docx ? null : readBytesSync(input.path, eff.maxFileSize, this.scratch ?? undefined);
    if (read && !read.ok) {
      const out: FirstPass = only ? NOTHING : { skipped: { path: input.display, reason: localize(eff.config.locale, read.reason), tooLarge: read.tooLarge ?? false } };
      this.settleFirst(i, { out, text: null, keptBy: null });
      return null;
    }
    const bytes = read?.ok ? read.bytes : null;
    const hashed = cache ? (bytes ?? docxBytes(input.path)) : null;
    const hit = hashed ? cache!.get(input, hashed, seen, eff, this.docs) : undefined;
    if (hit) return this.settleHit(i, hit, only, bytes);
    const store = (out: FirstPass) => {
      if (hashed && 'file' in out) cache!.set(input, hashed, seen, eff, this.docs, { ...out, file: packFile(out.file) });
    };
    const id = this.idOf(input.path);
    this.startPool(!!cache);
    if (only && !this.pool) return this.summaryHere(i, input, bytes, eff, id);
    if (this.pool && (bytes ? bytes.length : fileSize(input.path) / DOCX_RATIO) <= LARGE_FILE) {
      const pool = this.pool;
      const copy = hashed && bytes ? Buffer.from(bytes) : bytes; // the cache still hashes after the transfer
      return pool.first(input, eff, copy, this.docs, id, only).then(
        ({ out, worker }) => {
          store(out);
          this.settleFirst(i, { out, text: null, keptBy: worker });
        },
        () => (only ? this.summaryHere(i, input, bytes, eff, id) : this.here(i, input, bytes, eff, id, store)),
      );
    }
    return this.here(i, input, bytes, eff, id, store);
  }

  /** A first pass taken from the cache; a second pass, if due and not cached, reads the text again unless its bytes are here. */
  private settleHit(i: number, hit: Checked, only: boolean, bytes: Uint8Array | null): null {
    if (only) {
      this.settleFirst(i, { out: { summarised: true, plan: hit.plan, doc: hit.doc }, text: null, keptBy: null });
      return null;
    }
    this.cached++;
    this.settleFirst(i, { out: hit, text: hit.second && bytes ? decodedText(bytes) : null, keptBy: null, cached: !hit.second, inCache: true });
    return null;
  }

  /**
   * Starts the workers at the first file to check afresh; with a cache, only once a few files
   * missed it (a re-run of unchanged files is over before a worker would be ready).
   */
  private startPool(cached: boolean): void {
    this.misses++;
    if (this.pool || this.poolWanted === 0 || (cached && this.misses < CACHE_MISSES_FOR_POOL)) return;
    this.pool = ScanPool.start(this.poolWanted);
  }

  async close(): Promise<void> {
    this.holding.close();
    await this.pool?.close();
  }

  /** A file of another shard, summarised in this thread. */
  private async summaryHere(i: number, input: ScanInput, bytes: Uint8Array | null, eff: Effective, id: string): Promise<void> {
    const read = await textOf(input, bytes, eff);
    this.settleFirst(i, { out: summaryPass(read, input, eff, this.docs, id), text: null, keptBy: null });
  }

  /** The first pass in this thread (no pool, or its worker failed). */
  private async here(i: number, input: ScanInput, bytes: Uint8Array | null, eff: Effective, id: string, store: (out: FirstPass) => void): Promise<void> {
    const read = await textOf(input, bytes, eff);
    let analysed: Analysed | null = null;
    const room = read.ok && this.keptChars + read.text.length <= KEPT_CHARS;
    const out = firstPass(input, read, eff, this.docs, id, room ? (a) => (analysed = a) : undefined);
    store(out);
    if (analysed && read.ok) this.keptChars += read.text.length;
    this.settleFirst(i, { out, text: 'file' in out && out.second && read.ok ? read.text : null, keptBy: null, analysed });
  }

  private settleFirst(i: number, d: Done): void {
    if ('file' in d.out && !d.out.second && d.index === undefined) d = { ...d, index: '' };
    // A record that must wait for files before it waits as bytes (records.ts packFile), in memory or on disk.
    if ('file' in d.out && !d.inCache && (i !== this.emitted || d.out.second)) d = this.waiting(d);
    this.done[i] = d;
    // Summaries are kept by position: the index is built in the order of the inputs, not of arrival.
    if (!('skipped' in d.out)) {
      if (d.out.plan) this.plans[i] = d.out.plan;
      if (d.out.doc) this.docSummaries[i] = d.out.doc;
    }
    this.opts.onProgress?.(++this.finished, this.inputs.length);
    this.emitReady();
  }

  /**
   * A file that waits for its turn, as little as it can be: a final record that the report shows as
   * a part waits as that part's bytes, any other record as its own bytes (records.ts packFile).
   */
  private waiting(d: Done): Done {
    if (!('file' in d.out)) return d;
    const views = this.opts.views;
    const file = views && this.opts.keep === false && !d.out.second ? unpackFile(d.out.file) : null;
    // A part is made whole in memory: a record of very many findings waits as bytes, as it streams when shown.
    if (views && file && file.diagnostics.length <= PART_MAX_FINDINGS) {
      const shown = views.render(file);
      if (shown) {
        const { text, ...part } = shown;
        const held = typeof text === 'string' ? this.holding.holdText(text) : this.holding.hold(text);
        return { ...d, out: { ...d.out, file: EMPTY }, part, held };
      }
    }
    return { ...d, out: { ...d.out, file: EMPTY }, held: this.holding.hold(packFile(d.out.file)) };
  }

  /** Hands on, in order, every file whose record is final. */
  private emitReady(): void {
    while (this.emitted < this.inputs.length) {
      const d = this.done[this.emitted];
      if (!d || ('file' in d.out && d.out.second)) return;
      this.emit(this.emitted, d);
      this.done[this.emitted++] = undefined;
    }
  }

  /** After a cancel: the rest of the files that are final, in order, without those left unfinished. */
  private emitFinal(): void {
    for (; this.emitted < this.inputs.length; this.emitted++) {
      const d = this.done[this.emitted];
      if (d && !('file' in d.out && d.out.second)) this.emit(this.emitted, d);
      this.done[this.emitted] = undefined;
    }
  }

  /** The outcome with its record back from where it waited. */
  private record(d: Done): FirstPass {
    return d.held && 'file' in d.out ? { ...d.out, file: this.holding.take(d.held) } : d.out;
  }

  private emit(i: number, d: Done): void {
    if (d.part && d.held) return this.emitPart(this.inputs[i]!, d, { ...d.part, text: this.holding.take(d.held) });
    const out = this.record(d);
    if ('summarised' in out) return;
    if ('skipped' in out) {
      this.skipped.push(out.skipped);
      return;
    }
    const { cache, views } = this.opts;
    // With a cache each file's part is made (to keep); without one, a file shown now streams from its record.
    if (views && cache && this.opts.keep === false) return this.emitView(this.inputs[i]!, d, out.file, views, cache);
    const file = unpackFile(out.file);
    if (this.opts.keep !== false) this.files.push(file);
    this.opts.onFile?.(file);
  }

  /** A file shown from its kept part, or from its record (whose part is then kept). */
  private emitView(input: ScanInput, d: Done, packed: RecordRef, views: Views, cache: FirstPassCache): void {
    const kept = d.cached ? cache.view(input, views.key, d.index ?? '') : undefined;
    if (kept && views.show(input, kept)) return;
    const file = unpackFile(packed);
    const part = views.render(file);
    if (!part) return this.opts.onFile?.(file);
    this.emitPart(input, d, part);
  }

  /** A file shown as its part (made just now, or when it began to wait), which the cache keeps. */
  private emitPart(input: ScanInput, d: Done, part: Part): void {
    const views = this.opts.views!;
    views.show(input, part);
    if (this.opts.cache && d.index !== undefined) this.opts.cache.setView(input, { key: views.key, index: d.index, ...part });
  }

  async secondPasses(): Promise<void> {
    const due = this.done.map((d, i) => (d && 'file' in d.out && d.out.second ? i : -1)).filter((i) => i >= 0);
    if (due.length === 0 || this.stop()) return;
    // Sparse arrays by position: filter keeps the order and drops the holes.
    const plans = this.plans.filter(Boolean);
    const docs = this.docSummaries.filter(Boolean);
    const index = buildIndex(plans, docs);
    // With a cache, second passes against the very same summaries are taken from it (none changed).
    const cache = this.opts.cache;
    const indexKey = cache ? hashIndex(plans, docs) : '';
    const todo = cache ? due.filter((i) => !this.cachedSecond(i, cache, indexKey)) : due;
    if (todo.length) this.pool?.index(plans, docs);
    if (this.pool) {
      const jobs = todo.map((i) => this.second(i, index, indexKey));
      for (const job of jobs) {
        await job;
        if (this.stop()) break;
      }
      await Promise.allSettled(jobs);
      return;
    }
    // In this thread one at a time, with a look at the event loop between them.
    for (const i of todo) {
      await this.breathe();
      if (this.stop()) break;
      await this.second(i, index, indexKey);
    }
  }

  private cachedSecond(i: number, cache: FirstPassCache, indexKey: string): boolean {
    const file = cache.second(this.inputs[i]!, indexKey);
    if (!file) return false;
    this.settleSecond(i, { out: { ...(this.done[i]!.out as Checked), file, second: false }, text: null, keptBy: null, cached: true, inCache: true, index: indexKey });
    return true;
  }

  private async second(i: number, index: ReturnType<typeof buildIndex>, indexKey: string): Promise<void> {
    const d = this.done[i]!;
    // A record still in the cache file is read now: it crosses to a worker, or is completed here.
    const stored = (this.record(d) as Checked).file;
    const first = stored instanceof LazyBytes ? stored.get() : stored;
    const input = this.inputs[i]!;
    const eff = this.opts.effectiveFor(input.path);
    const self = this.idOf(input.path);
    let file: ScannedFile | Uint8Array | null = null;
    if (this.pool && !this.cancelled) file = await this.pool.second(first, eff, d.text, self, d.keptBy).catch(() => null);
    if (!file) {
      const text = d.text ?? (await readTextAgain(input, eff));
      file = text === null ? first : secondPass(first, text, eff, { index, self }, d.analysed);
    }
    if (this.cancelled) return;
    if (this.opts.cache) this.opts.cache.setSecond(input, indexKey, (file = packFile(file)));
    this.settleSecond(i, { out: { ...(d.out as Checked), file, second: false }, text: null, keptBy: null, index: indexKey });
  }

  private settleSecond(i: number, d: Done): void {
    this.done[i] = i === this.emitted || !('file' in d.out) || d.inCache ? d : this.waiting(d);
    this.emitReady();
  }

  result(): ScanResult {
    // Cancelled: files whose second pass never ran are left out, as they would be unfinished.
    if (this.cancelled) this.emitFinal();
    return { files: this.files, skipped: this.skipped, cancelled: this.cancelled, cached: this.cached, unread: this.unread };
  }
}

/**
 * Characters of text whose model and tree wait for their second pass (some 30 bytes a character):
 * a file compared with the workspace is then not read a second time. Past this, a second pass
 * reads its text again, so that a folder of many plans keeps memory bounded.
 */
const KEPT_CHARS = 1_000_000;

/** How long the scan works between looks at the event loop (breathe). */
const BREATH_MS = 10;

/** Findings above which a waiting record is not made into its part (waiting). */
const PART_MAX_FINDINGS = 1000;

/** A record's place while it waits elsewhere (Done.held). */
const EMPTY = new Uint8Array(0);

/** Bytes above which a file is checked in the main thread: a worker's heap is kept small (pool.ts). */
const LARGE_FILE = 1 << 20;

/** Files missing from the cache before workers start (checking them here meanwhile). */
const CACHE_MISSES_FOR_POOL = 24;

/** A file of another shard that cannot be read: nothing to compare with. */
const NOTHING: FirstPass = { summarised: true, plan: null, doc: null };

/** A .docx holds about this many times fewer bytes than its text (its XML is compressed). */
const DOCX_RATIO = 1 / 8;

function fileSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}

/** A .docx's bytes, for its cache key only (null: unreadable, so not cached). */
function docxBytes(p: string): Uint8Array | null {
  try {
    return readFileSync(p);
  } catch {
    return null;
  }
}

function decodedText(bytes: Uint8Array): string | null {
  const d = decode(bytes);
  return d.ok ? d.text : null;
}
