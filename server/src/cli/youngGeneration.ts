// A scan of many files holds each file's garbage only briefly, and V8's young generation, left
// alone, grows to semi-spaces of 16 MB that the scan never needs: with 8 MB the reference scan
// peaks tens of megabytes lower at the same speed. `--max-semi-space-size` would do it, but only
// as a flag given when Node starts (starting Node a second time cost the scan some 0.2 s). From
// inside the process, V8 grows the young generation by doubling it (`--semi-space-growth-factor`,
// read at each growth); once it has reached the size wanted the factor is set to 1, so it stays.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import * as v8 from 'node:v8';

/** Each semi-space's size the scan stops at, in megabytes. */
export const SCAN_SEMI_SPACE_MB = 8;
/** V8's own growth factor, given back when the scan ends. */
const DEFAULT_GROWTH = 2;
/**
 * How often the young generation is looked at, at most. Growing it twice takes collections that
 * keep more than it holds, far more than a millisecond's work; a look costs a few microseconds,
 * and a warm `--cache` run shows a file in less.
 */
const LOOK_EVERY_MS = 1;

export interface YoungGenerationHold {
  /** Looks at the young generation now and then: call it once a file. */
  check(): void;
  /** Lets the young generation grow again as V8 would. */
  release(): void;
}

/** Holds the young generation at `semiMb` per semi-space for as long as `check` is called. */
export function holdYoungGeneration(semiMb = SCAN_SEMI_SPACE_MB): YoungGenerationHold {
  // V8 counts both semi-spaces in the new space's size.
  const cap = 2 * semiMb * 1024 * 1024;
  let holding = false;
  let lastLook = 0;
  return {
    check() {
      const now = Date.now();
      if (now - lastLook < LOOK_EVERY_MS) return;
      lastLook = now;
      const full = newSpaceSize() >= cap;
      if (full === holding) return;
      holding = full;
      setGrowth(full ? 1 : DEFAULT_GROWTH);
    },
    release() {
      if (holding) setGrowth(DEFAULT_GROWTH);
      holding = false;
    },
  };
}

/**
 * Holds the young generation at the size it has now (V8's first, 1 MB semi-spaces, when called
 * before the check) until release. One large file of prose is checked with it: its model is built
 * up over the whole run, and young generations grown to 16 MB semi-spaces only add pages to fault
 * in (some 10 µs each here) for objects that live to the end anyway. The reference 1M-字 file took
 * 0.87 s instead of 0.94 s (8 pairs), its peak 93 MiB instead of 120 MiB. A file of very many
 * short lines is not (prose reads otherwise): its hundreds of thousands of small paragraphs keep
 * every collection busy, and with a small young generation it took some 12 % longer.
 */
export function holdYoungGenerationAsIs(): YoungGenerationHold {
  setGrowth(1);
  let held = true;
  return {
    check() {},
    release() {
      if (held) setGrowth(DEFAULT_GROWTH);
      held = false;
    },
  };
}

/** Bytes from which one file is large enough for the young generation's size to show. */
export const LARGE_PROSE_BYTES = 256 * 1024;
/** Bytes a line, on average, from which a text reads as prose (some 16 Han and more a line). */
const PROSE_BYTES_PER_LINE = 48;
/** How much of the file's start is read to tell. */
const SAMPLE_BYTES = 64 * 1024;

/** Whether `file` is one large file of prose (holdYoungGenerationAsIs); false when it cannot be read. */
export function isLargeProse(file: string): boolean {
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).size < LARGE_PROSE_BYTES) return false;
    const sample = Buffer.allocUnsafe(SAMPLE_BYTES);
    const n = readSync(fd, sample, 0, SAMPLE_BYTES, 0);
    let lines = 1;
    for (let i = sample.indexOf(10); i >= 0 && i < n; i = sample.indexOf(10, i + 1)) lines++;
    return n / lines >= PROSE_BYTES_PER_LINE;
  } catch {
    return false;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** Sets the factor V8 grows the young generation by (read at each growth). */
function setGrowth(factor: number): void {
  try {
    v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  } catch {
    // A runtime without the flag: the young generation grows as V8 decides, nothing else changes.
  }
}

function newSpaceSize(): number {
  for (const s of v8.getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}
