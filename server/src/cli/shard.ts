// `--shard K/N`: the K-th of N shares of the files, as Jest and Playwright split a run over a CI
// matrix. A file's share follows from its path relative to the folder the command runs in, so it
// is the same on every machine and does not move when other files come or go.

import * as path from 'node:path';
import { fnv1a } from '../core/text/fnv';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The path a share is decided by: relative to `cwd`, with forward slashes. */
export function shardKey(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(file)).split(path.sep).join('/');
}

export function inShard(file: string, shard: Shard, cwd: string): boolean {
  return fnv1a(shardKey(file, cwd)) % shard.count === shard.index - 1;
}
