// A report written out in pieces, to standard output or a file. A report of 100,000 findings is
// 40 MB of JSON: made as one string it costs twice that while it is built (UTF-16) and again when
// it is written (UTF-8), more than the analysis that found the findings. Pieces are gathered into
// small chunks, each written as soon as it is full: strings of under 128 KB die young, where larger
// ones would stay in the old generation until the next full collection.

import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters gathered before a write (64 KB of UTF-16). */
const CHUNK = 1 << 15;

export interface Sink {
  write(s: string): void;
  /** Writes what is left and closes the file. */
  close(): void;
}

/** A sink into `file` (created, or emptied, when the first chunk is written or at the close), or into `stdout` when there is no file. */
export function openSink(file: string | null, stdout: (s: string) => void): Sink {
  let fd: number | null = null;
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    const s = parts.join('');
    parts = [];
    size = 0;
    if (file === null) {
      if (s !== '') stdout(s);
      return;
    }
    fd ??= openSync(file, 'w');
    if (s !== '') writeAll(fd, Buffer.from(s, 'utf8'));
  };
  return {
    write(s) {
      parts.push(s);
      size += s.length;
      if (size >= CHUNK) flush();
    },
    close() {
      try {
        flush();
      } finally {
        if (fd !== null) closeSync(fd);
        fd = null;
      }
    },
  };
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
}

/**
 * Writes what JSON.stringify(value, null, 2) makes, character for character, without making it
 * as one string: large objects and arrays are opened and closed here, and the small parts in them
 * (findings, a file's counts) stringified by JSON.stringify, a run of them at a time.
 */
export function writeJson(value: unknown, out: Pick<Sink, 'write'>): void {
  writeValue(toJsonValue(value, ''), out, 0);
}

/** Values (objects, arrays and what is in them) up to which a part is stringified at once. */
const SMALL = 64;
/** Items of an array stringified together (a run of findings makes some 50 KB). */
const BATCH = 128;

/** v (a value after its toJSON, not one JSON leaves out) at `depth` levels of nesting, its first line not indented. */
function writeValue(v: unknown, out: Pick<Sink, 'write'>, depth: number): void {
  if (v === null || typeof v !== 'object') {
    out.write(JSON.stringify(v) ?? 'null');
    return;
  }
  if (isSmall(v, SMALL) >= 0) {
    out.write(depth === 0 ? JSON.stringify(v, null, 2) : itemsAt([v], depth).slice(2 * depth));
    return;
  }
  const inner = '  '.repeat(depth + 1);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; ) {
      out.write(i === 0 ? '[\n' : ',\n');
      let j = i;
      while (j < v.length && j - i < BATCH && smallItem(v[j])) j++;
      if (j > i) {
        out.write(itemsAt(v.slice(i, j), depth + 1));
        i = j;
        continue;
      }
      out.write(inner);
      writeValue(toJsonValue(v[i], i), out, depth + 1);
      i++;
    }
    return out.write('\n' + '  '.repeat(depth) + ']');
  }
  const obj = v as Record<string, unknown>;
  let first = true;
  for (const k of Object.keys(obj)) {
    const item = toJsonValue(obj[k], k);
    if (omitted(item)) continue;
    out.write((first ? '{\n' : ',\n') + inner + JSON.stringify(k) + ': ');
    first = false;
    writeValue(item, out, depth + 1);
  }
  out.write(first ? '{}' : '\n' + '  '.repeat(depth) + '}');
}

/**
 * The items as JSON.stringify lays out the items of an array `depth` levels down: each indented
 * by 2 × depth spaces, separated by ",\n". Made by JSON.stringify itself, of the items wrapped in
 * depth − 1 more arrays, whose brackets (depth × (depth + 1) characters at each end) are then cut off.
 */
function itemsAt(items: readonly unknown[], depth: number): string {
  let wrapped: unknown = items;
  for (let k = 1; k < depth; k++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  const cut = depth * (depth + 1);
  return s.slice(cut, s.length - cut);
}

/** An item JSON.stringify can write whole: a value, or a small object (not one that holds a large array). */
function smallItem(x: unknown): boolean {
  return x === null || typeof x !== 'object' || isSmall(x, SMALL) >= 0;
}

/** What is left of `budget` after counting the values in v, or -1 once they are more. */
function isSmall(v: object, budget: number): number {
  if (Array.isArray(v)) {
    budget -= v.length;
    for (let i = 0; i < v.length && budget >= 0; i++) {
      const x: unknown = v[i];
      if (x !== null && typeof x === 'object') budget = isSmall(x, budget);
    }
    return budget;
  }
  for (const k in v) {
    if (--budget < 0) return budget;
    const x: unknown = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object') budget = isSmall(x, budget);
  }
  return budget;
}

/** The value as JSON.stringify sees it: after its toJSON, if it has one. */
function toJsonValue(value: unknown, key: string | number): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(k: string): unknown }).toJSON(String(key));
  }
  return value;
}

/** A value JSON leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
