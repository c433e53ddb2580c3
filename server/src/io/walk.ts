// Walking a workspace folder for the files gongwen checks, without blocking: the walk yields
// to the event loop between folders, so an editor keeps answering while it runs.

import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { TEXT_EXTENSIONS } from './checked';

export { CHECKED_EXTENSIONS, TEXT_EXTENSIONS, TEXT_GLOB } from './checked';

/** Folders never walked. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);


/** p relative to root with forward slashes, as globs are matched. */
export function posixRel(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}

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
        if (keep(posixRel(root, p))) out.push(p);
      }
    }
    await new Promise<void>((r) => setImmediate(r));
  }
  return out.sort();
}
