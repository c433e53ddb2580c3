// `gongwen check --cache`: the first pass of each file (its findings, facts and summaries), keyed
// by the file's path, a hash of its bytes and a hash of its configuration, in one file written by
// V8's serializer (it keeps typed arrays and is read much faster than JSON). A changed file or a
// changed configuration misses only its own entries; another version of gongwen or of Node.js
// starts afresh. The second pass (rules that compare files) is never stored: it runs each time,
// against the summaries of every file, cached or not, so a plan changed elsewhere still counts.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Effective } from '../core/config/effective';
import type { FirstPassCache } from './engine';
import type { Checked } from './fileCheck';
import type { ScanInput } from './records';

const FORMAT = 1;
export const CACHE_FILE = 'gongwen-cache.bin';

interface Entry {
  content: string;
  config: string;
  docs: boolean;
  checked: Checked;
}

interface Stored {
  format: number;
  tool: string;
  node: string;
  entries: Map<string, Entry>;
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
  return createHash('sha1').update(data).digest('base64');
}

export class ScanCache implements FirstPassCache {
  private readonly configKeys = new WeakMap<Effective, string>();
  private changed = false;
  /** Paths of this run: entries of files that are gone are dropped when the cache is saved. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly tool: string,
    private readonly entries: Map<string, Entry>,
    /** Why an existing cache file was not used (unreadable, another version), for a notice. */
    readonly discarded: string | null,
  ) {}

  /** Opens the cache at `location` for gongwen `tool`; a missing, broken or outdated file gives an empty cache. */
  static open(location: string, tool: string): ScanCache {
    const file = cacheFile(location);
    let stored: Stored | null = null;
    let discarded: string | null = null;
    if (existsSync(file)) {
      try {
        stored = deserialize(readFileSync(file)) as Stored;
        if (stored.format !== FORMAT || stored.tool !== tool || stored.node !== process.version || !(stored.entries instanceof Map)) {
          discarded = 'another version';
          stored = null;
        }
      } catch {
        discarded = 'unreadable';
        stored = null;
      }
    }
    return new ScanCache(file, tool, stored?.entries ?? new Map(), discarded);
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

  get(input: ScanInput, bytes: Uint8Array, eff: Effective, docs: boolean): Checked | undefined {
    const key = this.key(input);
    this.seen.add(key);
    const e = this.entries.get(key);
    if (!e || e.docs !== docs || e.config !== this.configKey(eff) || e.content !== sha1(bytes)) return undefined;
    return e.checked;
  }

  set(input: ScanInput, bytes: Uint8Array, eff: Effective, docs: boolean, checked: Checked): void {
    const key = this.key(input);
    this.seen.add(key);
    this.entries.set(key, { content: sha1(bytes), config: this.configKey(eff), docs, checked });
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
    const stored: Stored = { format: FORMAT, tool: this.tool, node: process.version, entries: this.entries };
    writeFileSync(tmp, serialize(stored));
    renameSync(tmp, this.file);
    this.changed = false;
  }
}
