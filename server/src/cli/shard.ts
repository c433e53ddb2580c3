// `--shard K/N`: the K-th of N shares of the files, as Jest and Playwright split a run over a CI
// matrix. A file's share follows from its path relative to the folder the command runs in, so it
// is the same on every machine and does not move when other files come or go.

import * as path from 'node:path';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** FNV-1a of the path's UTF-16 units: fast and stable across platforms and Node.js versions. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The path a share is decided by: relative to `cwd`, with forward slashes. */
export function shardKey(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(file)).split(path.sep).join('/');
}

export function inShard(file: string, shard: Shard, cwd: string): boolean {
  return hash(shardKey(file, cwd)) % shard.count === shard.index - 1;
}
