// The scan's worker threads (worker_threads, no library: the scan needs ordered results, one
// configuration sent once per worker and texts kept where they were read, which a generic task
// pool would make us build around it anyway). Each job goes to the worker with the fewest in
// flight; a second pass goes back to the worker that kept the file's text.

import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../io/lazyNode';
import type { Effective } from '../core/config/effective';
import type { DocSummary, PlanSummary } from '../core/research/index';
import type { FirstPass } from './fileCheck';
import type { FromWorker, ToWorker } from './protocol';
import type { ScanInput, ScannedFile } from './records';

/** Fewer files than this are checked in the calling thread: starting a worker costs about as much as checking 50 files. */
export const MIN_FILES_FOR_POOL = 100;
/**
 * Cores below which `auto` checks in the calling thread. One analysis already keeps V8's
 * collector and compiler threads busy on a second core (user time is about 1.3 × wall time): on
 * two cores a second analysing thread measured slower, not faster (the reference scan of 2,000
 * files: 3.9 s in one thread, 4.3–4.6 s with two workers). On the 2-core reference machine even
 * two whole processes, each analysing half the files with nothing else to do, each took as long
 * as one process analysing all of them (3.6 s against 3.5–4.0 s), while a plain arithmetic loop
 * ran twice as fast on two: the analysis is bound by the memory the two cores share. With more
 * cores the workers (one per core but one, which the main thread and V8's helpers use) have room.
 */
export const MIN_CORES_FOR_POOL = 4;
/** Files per worker, at least, before another worker is worth starting. */
const FILES_PER_WORKER = 50;

/** A worker's heap: young and old generation, in megabytes. */
const WORKER_YOUNG_MB = 16;
const WORKER_OLD_MB = 96;

/** `--concurrency`: off (the calling thread), auto (the cores, for enough files), or a number of workers. */
export type Concurrency = 'off' | 'auto' | number;

/** How many workers a scan of `files` files uses (0: none, the calling thread checks them). */
export function poolSize(concurrency: Concurrency | undefined, files: number): number {
  if (concurrency === 'off' || concurrency === 0 || files === 0) return 0;
  if (typeof concurrency === 'number') return Math.max(1, Math.min(concurrency, files));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < MIN_CORES_FOR_POOL || files < MIN_FILES_FOR_POOL) return 0;
  return Math.min(cores - 1, Math.ceil(files / FILES_PER_WORKER));
}

/** The bundled worker beside this file (dist/), or dist/ of the checkout when run from source. */
export function workerScript(): string | null {
  const candidates = [path.join(__dirname, 'scanWorker.js'), path.resolve(__dirname, '../../../dist/scanWorker.js')];
  return candidates.find((p) => existsSync(p)) ?? null;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  configs: Set<number>;
}

type Pending = { resolve: (m: FromWorker) => void; reject: (e: Error) => void; slot: Slot };

export class ScanPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private readonly configIds = new Map<Effective, number>();
  private nextJob = 0;
  private broken: Error | null = null;

  private constructor(script: string, size: number) {
    this.slots = Array.from({ length: size }, () => this.spawn(script));
  }

  /** A pool of `size` workers, or null when the worker script is missing (then the calling thread checks). */
  static start(size: number): ScanPool | null {
    const script = workerScript();
    return script && size > 0 ? new ScanPool(script, size) : null;
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(script: string): Slot {
    // A worker's heap stays small (what it keeps between files is a few megabytes; the garbage of
    // one file's analysis is the rest): a scan's memory is the main thread's and the workers' together.
    // Files too large for this heap are checked in the main thread (engine.ts LARGE_FILE).
    const worker = new (workerThreads().Worker)(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB } });
    const slot: Slot = { worker, inFlight: 0, configs: new Set() };
    worker.on('message', (m: FromWorker) => this.settle(m));
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => this.fail(slot, new Error(`worker exited with code ${code}`)));
    return slot;
  }

  private settle(m: FromWorker): void {
    const p = this.pending.get(m.job);
    if (!p) return;
    this.pending.delete(m.job);
    p.slot.inFlight--;
    if (m.t === 'failed') p.reject(new Error(m.error));
    else p.resolve(m);
  }

  /** A worker died: its jobs fail (the scan checks them in its own thread) and no more go to it. */
  private fail(slot: Slot, e: Error): void {
    for (const [job, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(job);
      p.reject(e);
    }
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    if (this.slots.length === 0) this.broken = e;
  }

  private configId(slot: Slot, eff: Effective): number {
    let id = this.configIds.get(eff);
    if (id === undefined) this.configIds.set(eff, (id = this.configIds.size));
    if (!slot.configs.has(id)) {
      slot.configs.add(id);
      this.post(slot, { t: 'config', id, layers: eff.layers });
    }
    return id;
  }

  private post(slot: Slot, m: ToWorker, transfer: ArrayBuffer[] = []): void {
    slot.worker.postMessage(m, transfer);
  }

  private send(slot: Slot, make: (job: number) => ToWorker, transfer: ArrayBuffer[] = []): Promise<FromWorker> {
    if (this.broken) return Promise.reject(this.broken);
    const job = this.nextJob++;
    slot.inFlight++;
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending.set(job, { resolve, reject, slot });
      this.post(slot, make(job), transfer);
    });
  }

  private leastBusy(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots) if (!best || s.inFlight < best.inFlight) best = s;
    return best;
  }

  /** The first pass on a file; which worker did it (its text stays there for the second pass). */
  async first(input: ScanInput, eff: Effective, bytes: Uint8Array | null, docs: boolean, id: string, summaryOnly: boolean): Promise<{ out: FirstPass; worker: Worker }> {
    const slot = this.leastBusy();
    if (!slot) throw this.broken ?? new Error('no worker');
    const config = this.configId(slot, eff);
    // The bytes move to the worker instead of being copied (a Buffer of its own, not from Node's shared pool).
    const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    const m = await this.send(slot, (job) => ({ t: 'first', job, input, config, bytes, docs, id, summaryOnly }), transfer);
    return { out: (m as Extract<FromWorker, { t: 'first' }>).out, worker: slot.worker };
  }

  /** Every worker gets the index before any second pass. */
  index(plans: PlanSummary[], docs: DocSummary[]): void {
    for (const s of this.slots) this.post(s, { t: 'index', plans, docs });
  }

  /** The second pass, on the worker that kept the text when it is still there, else on the least busy one (text given or read again). */
  async second(file: ScannedFile | Uint8Array, eff: Effective, text: string | null, self: string, keptBy: Worker | null): Promise<Uint8Array> {
    const keeper = keptBy ? this.slots.find((s) => s.worker === keptBy) : undefined;
    const slot = keeper ?? this.leastBusy();
    if (!slot) throw this.broken ?? new Error('no worker');
    const config = this.configId(slot, eff);
    const m = await this.send(slot, (job) => ({ t: 'second', job, file, config, text: keeper ? null : text, self }));
    return (m as Extract<FromWorker, { t: 'second' }>).file;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
