// gongwen-suppressions.json on disk, for the command line and the language server: where it is
// (the repository root, or the folder itself outside a repository, as for .gongwen.json), reading
// it (a broken file is a message, never a throw) and writing it atomically. The rules over its
// content are in core/suppressions.ts.

import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatSuppressions, parseSuppressions, SUPPRESSIONS_FILE, type Suppressions } from '../core/suppressions';
import type { Msg } from '../core/types';
import { repositoryRoot } from './load';

/** The folder paths in the file are relative to: the repository root of `dir`, else `dir`. */
export function suppressionsRoot(dir: string): string {
  return repositoryRoot(dir) ?? path.resolve(dir);
}

/** The default file for `dir`: gongwen-suppressions.json at its root. */
export function suppressionsPath(dir: string): string {
  return path.join(suppressionsRoot(dir), SUPPRESSIONS_FILE);
}

/** A file's key in the suppressions: its path relative to root with `/` separators. */
export function suppressionKey(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

/** The suppressions in `file` (none when it does not exist), or why it cannot be used. */
export function readSuppressions(file: string): { ok: true; value: Suppressions; exists: boolean } | { ok: false; error: Msg } {
  if (!existsSync(file)) return { ok: true, value: {}, exists: false };
  let text: string;
  try {
    if (!statSync(file).isFile()) return { ok: false, error: { zh: '不是普通文件', en: 'not a regular file' } };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { ok: false, error: { zh: `无法读取：${code}`, en: `cannot read: ${code}` } };
  }
  const parsed = parseSuppressions(text);
  return parsed.ok ? { ok: true, value: parsed.value, exists: true } : parsed;
}

/** Writes the file through a temporary file and a rename (a reader never sees half of it). */
export function writeSuppressions(file: string, s: Suppressions): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, formatSuppressions(s));
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* not written */
    }
    throw e;
  }
}
