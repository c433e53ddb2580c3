// A scan of many files holds each file's garbage only briefly, and V8's young generation, left
// alone, grows to semi-spaces of 16 MB that the scan never needs: with 8 MB the reference scan
// peaks tens of megabytes lower at the same speed. `--max-semi-space-size` would do it, but only
// as a flag given when Node starts (starting Node a second time cost the scan some 0.2 s). From
// inside the process, V8 grows the young generation by doubling it (`--semi-space-growth-factor`,
// read at each growth); once it has reached the size wanted the factor is set to 1, so it stays.

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
  const setGrowth = (factor: number): void => {
    try {
      v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
    } catch {
      // A runtime without the flag: the young generation grows as V8 decides, nothing else changes.
    }
  };
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

function newSpaceSize(): number {
  for (const s of v8.getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}
