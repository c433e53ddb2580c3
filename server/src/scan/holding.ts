// Records waiting for their turn in the report (a file after a research plan waits for the plan's
// second pass, which waits for every file): kept as bytes in memory up to a budget, past it in a
// temporary file, so that the memory of a scan of any number of files stays bounded.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where a record waits: its bytes, or their place in the temporary file. */
export type Held = Uint8Array | { offset: number; length: number };

/** Bytes kept in memory before records go to the temporary file. */
const MEMORY_BUDGET = 16 << 20;
/** The size of the buffers texts are held in (a file's part of a report is a few kilobytes). */
const SLAB = 1 << 20;

export class Holding {
  private inMemory = 0;
  private dir: string | null = null;
  private fd: number | null = null;
  private end = 0;

  constructor(private readonly budget = MEMORY_BUDGET) {}

  /** Where the bytes of texts are written (holdText): one buffer for many, not one each. */
  private slab: Buffer | null = null;
  private slabUsed = 0;

  /**
   * A text as its UTF-8 bytes, held like hold()'s: written straight into a shared buffer
   * (Buffer.from would measure the text, then make a buffer of its own for each).
   */
  holdText(text: string): Held {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const most = text.length * 3;
    if (this.inMemory + most > this.budget) return this.hold(Buffer.from(text, 'utf8'));
    if (!this.slab || this.slab.length - this.slabUsed < most) {
      this.slab = Buffer.allocUnsafeSlow(Math.max(SLAB, most));
      this.slabUsed = 0;
    }
    const n = this.slab.write(text, this.slabUsed, 'utf8');
    const bytes = this.slab.subarray(this.slabUsed, this.slabUsed + n);
    this.slabUsed += n;
    this.inMemory += n;
    return bytes;
  }

  hold(bytes: Uint8Array): Held {
    if (this.inMemory + bytes.length <= this.budget || !this.open()) {
      this.inMemory += bytes.length;
      return bytes;
    }
    const offset = this.end;
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd!, bytes, done, bytes.length - done, offset + done);
    this.end += bytes.length;
    return { offset, length: bytes.length };
  }

  take(h: Held): Uint8Array {
    if (h instanceof Uint8Array) {
      this.inMemory -= h.length;
      return h;
    }
    const out = Buffer.allocUnsafe(h.length);
    for (let done = 0; done < h.length; ) done += readSync(this.fd!, out, done, h.length - done, h.offset + done);
    return out;
  }

  /** The temporary file, made on first need; false when it cannot be (then records stay in memory). */
  private open(): boolean {
    if (this.fd !== null) return true;
    try {
      this.dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-scan-'));
      this.fd = openSync(path.join(this.dir, 'records.bin'), 'w+');
      return true;
    } catch {
      this.close();
      return false;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
  }
}
