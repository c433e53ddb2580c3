// Finding and reading the files the CLI checks. Folders are walked for *.txt, *.md, *.gw and
// *.gongwen, skipping node_modules and .git; a file named on the command line is always read.
// Reading and decoding is in io/textFile.ts.

import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Msg } from '../core/types';
import { CHECKED_EXTENSIONS, SKIP_DIRS } from '../io/walk';

export interface FileEntry {
  /** As given or found (for display). */
  path: string;
  /** The folder named on the command line whose walk found the file; absent for a file named itself. */
  from?: string;
  /** Set when the entry was found but cannot be read (a folder without permission, a broken link). */
  error?: Msg;
}

export class UsageError extends Error {}

/**
 * Expands the arguments into files, in a stable order, each file once. Symbolic links are
 * followed (each folder is walked once). A missing path is an entry that cannot be read.
 */
export function collectFiles(args: string[]): FileEntry[] {
  const out: FileEntry[] = [];
  const seenFiles = new Map<string, FileEntry>();
  const seenDirs = new Set<string>();
  const add = (p: string, from?: string) => {
    const key = realpathOr(p);
    const seen = seenFiles.get(key);
    if (seen) {
      if (from === undefined) delete seen.from; // named as well as found: always checked
      return;
    }
    const e: FileEntry = from === undefined ? { path: p } : { path: p, from };
    seenFiles.set(key, e);
    out.push(e);
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      // Reported with the files that cannot be read (exit 2); the other paths are still checked.
      out.push({ path: a, error: { zh: '没有这个文件或文件夹', en: 'no such file or folder' } });
      continue;
    }
    if (st.isDirectory()) walk(a, out, (p) => add(p, a), seenDirs);
    else add(a);
  }
  return out;
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function walk(dir: string, out: FileEntry[], add: (p: string) => void, seenDirs: Set<string>): void {
  const real = realpathOr(dir);
  if (seenDirs.has(real)) return; // a link cycle, or a folder named twice
  seenDirs.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    // Reported as an entry that cannot be read, so the run ends with exit code 2.
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    out.push({ path: dir, error: { zh: `无法读取文件夹：${code}`, en: `cannot read folder: ${code}` } });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        // A dangling link with a checked name is input that cannot be read.
        if (CHECKED_EXTENSIONS.test(e.name)) out.push({ path: p, error: { zh: '无法读取：符号链接已失效', en: 'cannot read: broken symbolic link' } });
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out, add, seenDirs);
    } else if (isFile && CHECKED_EXTENSIONS.test(e.name)) add(p);
  }
}
