// Walking a workspace folder for the files gongwen checks, without blocking: the walk yields
// to the event loop between folders, so an editor keeps answering while it runs.

import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git']);

export const TEXT_EXTENSIONS = /\.(txt|md|markdown|gw|gongwen)$/i;

/** Files under root whose names match `ext`, as absolute paths. `keep` filters relative paths. */
export async function walkFiles(root: string, keep: (rel: string) => boolean, ext = TEXT_EXTENSIONS, cancelled?: () => boolean): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    if (cancelled?.()) break;
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(p);
      } else if (e.isFile() && ext.test(e.name)) {
        const rel = path.relative(root, p).split(path.sep).join('/');
        if (keep(rel)) out.push(p);
      }
    }
    await new Promise<void>((r) => setImmediate(r));
  }
  return out.sort();
}
