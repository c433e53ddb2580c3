// Printing and in-process timing shared by the benchmark's sections.

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** Times fn: `warm` untimed calls, then `runs` timed ones; returns sorted milliseconds. */
export function time(fn: () => unknown, runs: number, warm = 10): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

export const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
export const mib = (x: number) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} MiB`);
export const times = (x: number) => `${x.toFixed(2)}×`;
export const verdict = (value: number, target: number) => (Number.isNaN(value) ? 'n/a' : value <= target ? 'OK ' : 'OVER');

export function line(label: string, value: string, target: string, ok: string): void {
  console.log(`  ${label.padEnd(40)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok}`);
}

export function header(s: string): void {
  console.log(`\n${s}\n${'─'.repeat(Math.min(78, s.length + 4))}`);
}

/** Measurements that could not be made (a run that crashed): listed at the end; the exit code is then 1. */
export const failures: string[] = [];

export function failed(what: string, e: unknown): undefined {
  const msg = (e instanceof Error ? e.message : String(e)).trim().split('\n').slice(0, 3).join(' / ');
  failures.push(`${what}: ${msg}`);
  console.log(`  ${what}: FAILED — ${msg}`);
  return undefined;
}

/** fn's value, or undefined (reported, and counted in `failures`) when it throws: one broken run does not end the report. */
export function attempt<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    return failed(what, e);
  }
}

export async function attemptAsync<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    return failed(what, e);
  }
}
