// Finding and reading the files the CLI checks. Folders are walked for *.txt, *.md, *.gw and
// *.gongwen, skipping node_modules and .git; a file named on the command line is always read.
// Text is decoded from UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030; never written.

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const CHECKED_EXTENSIONS = /\.(txt|md|markdown|gw|gongwen)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface FileEntry {
  /** As given or found (for display). */
  path: string;
  /** Set when the entry was found but cannot be read (a folder without permission, a broken link). */
  error?: string;
}

export class UsageError extends Error {}

/**
 * Expands the arguments into files, in a stable order, each file once. Symbolic links are
 * followed (each folder is walked once). Throws UsageError for a missing path.
 */
export function collectFiles(args: string[]): FileEntry[] {
  const out: FileEntry[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const add = (p: string) => {
    const key = realpathOr(p);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    out.push({ path: p });
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      throw new UsageError(`cannot read ${a}: no such file or folder`);
    }
    if (st.isDirectory()) walk(a, out, add, seenDirs);
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
    out.push({ path: dir, error: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
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
        if (CHECKED_EXTENSIONS.test(e.name)) out.push({ path: p, error: 'cannot read: broken symbolic link' });
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out, add, seenDirs);
    } else if (isFile && CHECKED_EXTENSIONS.test(e.name)) add(p);
  }
}

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Decodes bytes as the file's encoding: BOMs first, then strict UTF-8, then GB18030. */
export function decode(buf: Uint8Array): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf(buf.subarray(3), 'utf-8', 'utf-8-bom');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf(buf.subarray(2), 'utf-16le', 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf(buf.subarray(2), 'utf-16be', 'utf-16be');
  if (buf.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const u = utf(buf, 'utf-8', 'utf-8');
  if (u.ok) return u;
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(buf), encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'not valid UTF-8, UTF-16 or GB18030 text' };
  }
}

function utf(buf: Uint8Array, label: string, name: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(buf), encoding: name };
  } catch {
    return { ok: false, reason: `not valid ${name} text` };
  }
}

export function readText(p: string): Decoded {
  let buf: Buffer;
  try {
    buf = readFileSync(p);
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  return decode(buf);
}
