// The reference scan of issue 19: the CLI against the regex floor over the same files, as whole
// processes, in alternating pairs (floor, then gongwen) so that machine load drifts alike on
// both; and the CLI's --cache re-scan and --concurrency off, reported "not available" while the
// CLI does not know them.

import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, range, runNode, type Run } from './proc';

export interface PairFigures {
  gongwen: number[];
  floor: number[];
  /** gongwen ÷ floor of each pair. */
  ratios: number[];
  /** Peak RSS of each gongwen run, MiB (empty without /usr/bin/time). */
  rss: number[];
  floorRss: number[];
}

export interface PairSummary {
  gongwenMs: number;
  floorMs: number;
  /** The ratio of the medians (as ../shared/bench/README.md quotes it). */
  ratio: number;
  /** The median of the per-pair ratios, and their range. */
  pairRatio: number;
  pairRange: [number, number];
  /** Median peak RSS of the gongwen runs, MiB, or NaN. */
  rssMiB: number;
  floorRssMiB: number;
}

/** The CLI as a user runs it in a pipeline: `node bin/gongwen.js check PATH --format json --fail-on none > /dev/null`. */
export function runCli(bin: string, target: string, extra: readonly string[] = []): Run {
  return runNode(bin, ['check', target, '--format', 'json', '--fail-on', 'none', ...extra]);
}

function mustSucceed(what: string, r: Run): Run {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return r;
}

/** `pairs` alternating whole-process runs of the floor and the CLI over `target`, after one untimed floor run (warms the file cache). */
export function measurePairs(bin: string, floor: string, target: string, pairs: number): PairFigures {
  mustSucceed('floor', runNode(floor, [target, '--quiet']));
  const f: PairFigures = { gongwen: [], floor: [], ratios: [], rss: [], floorRss: [] };
  for (let i = 0; i < pairs; i++) {
    const a = mustSucceed('floor', runNode(floor, [target, '--quiet']));
    const b = mustSucceed('gongwen check', runCli(bin, target));
    f.floor.push(a.wallMs);
    f.gongwen.push(b.wallMs);
    f.ratios.push(b.wallMs / a.wallMs);
    if (b.rssMiB !== undefined) f.rss.push(b.rssMiB);
    if (a.rssMiB !== undefined) f.floorRss.push(a.rssMiB);
  }
  return f;
}

export function summarize(f: PairFigures): PairSummary {
  const gongwenMs = median(f.gongwen);
  const floorMs = median(f.floor);
  return {
    gongwenMs,
    floorMs,
    ratio: gongwenMs / floorMs,
    pairRatio: median(f.ratios),
    pairRange: range(f.ratios),
    rssMiB: f.rss.length ? median(f.rss) : NaN,
    floorRssMiB: f.floorRss.length ? median(f.floorRss) : NaN,
  };
}

/** Whether the CLI refused `option` as unknown (exit 2 and its usage error, in Chinese or English). */
export function rejectsOption(r: Run, option: string): boolean {
  const opt = option.replace(/[-]/g, '\\-');
  return r.status === 2 && new RegExp(`(没有选项|unknown option)\\s*${opt}(?![\\w-])`, 'i').test(r.stderr);
}

export type Optional<T> = { available: true; value: T } | { available: false; why: string };

export interface CacheFigures {
  coldMs: number;
  /** The re-runs over the unchanged folder, and their median. */
  warm: number[];
  warmMs: number;
  warmRssMiB: number;
}

/** `check DIR --cache --cache-location TMP`: a cold run that fills the cache, then `reruns` over the unchanged folder. */
export function measureCache(bin: string, target: string, reruns: number): Optional<CacheFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-cache-'));
  try {
    const flags = ['--cache', '--cache-location', path.join(dir, 'cache')];
    const cold = runCli(bin, target, flags);
    if (rejectsOption(cold, '--cache')) return { available: false, why: 'the CLI has no --cache' };
    mustSucceed('gongwen check --cache', cold);
    const warm: Run[] = [];
    for (let i = 0; i < reruns; i++) warm.push(mustSucceed('gongwen check --cache', runCli(bin, target, flags)));
    const rss = warm.flatMap((r) => (r.rssMiB === undefined ? [] : [r.rssMiB]));
    return {
      available: true,
      value: { coldMs: cold.wallMs, warm: warm.map((r) => r.wallMs), warmMs: median(warm.map((r) => r.wallMs)), warmRssMiB: rss.length ? median(rss) : NaN },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run with `--concurrency off` (the scan on the main thread only). */
export function measureSerial(bin: string, target: string): Optional<Run> {
  const r = runCli(bin, target, ['--concurrency', 'off']);
  if (rejectsOption(r, '--concurrency')) return { available: false, why: 'the CLI has no --concurrency' };
  return { available: true, value: mustSucceed('gongwen check --concurrency off', r) };
}
