// Whole-process timing for the benchmark: wall clock from here, peak RSS from GNU time.
// spawnSync gives no rusage of the child, and a --require hook would not fit the floor (plain
// node script) or a CLI that starts workers; `/usr/bin/time -f %M` counts the process the user
// starts, as a user timing it by hand would (worker threads included; were the CLI to fork child
// processes, %M would be the largest single one, not their sum).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Run {
  /** Wall clock in milliseconds, spawn to exit. */
  wallMs: number;
  /** Peak resident set size in MiB, or undefined without a usable /usr/bin/time. */
  rssMiB: number | undefined;
  status: number | null;
  stderr: string;
}

const TIME_BIN = '/usr/bin/time';
let timeOutFile: string | undefined | null = null;

/** Where GNU time writes "%M"; undefined when /usr/bin/time is absent or is not GNU time (busybox has no -o). */
function timeOut(): string | undefined {
  if (timeOutFile !== null) return timeOutFile;
  timeOutFile = undefined;
  if (!existsSync(TIME_BIN)) return timeOutFile;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-time-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'rusage.txt');
  const r = spawnSync(TIME_BIN, ['-o', file, '-f', '%M', process.execPath, '-e', ''], { stdio: 'ignore' });
  if (r.status === 0 && existsSync(file) && /^\d+\s*$/.test(readFileSync(file, 'utf8'))) timeOutFile = file;
  return timeOutFile;
}

/** Whether runs report peak RSS. */
export function hasRss(): boolean {
  return timeOut() !== undefined;
}

/** Runs `node script …args` as a whole process, its output thrown away (as `> /dev/null`). */
export function runNode(script: string, args: readonly string[]): Run {
  const out = timeOut();
  const cmd = out ? TIME_BIN : process.execPath;
  const full = out ? ['-o', out, '-f', '%M', process.execPath, script, ...args] : [script, ...args];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  let rssMiB: number | undefined;
  if (out) {
    // GNU time appends "Command exited with non-zero status N" before the format line on failure.
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    rssMiB = /^\d+$/.test(last) ? Number(last) / 1024 : undefined;
  }
  return { wallMs, rssMiB, status: r.status, stderr: r.stderr ?? '' };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function range(xs: readonly number[]): [number, number] {
  return [Math.min(...xs), Math.max(...xs)];
}
