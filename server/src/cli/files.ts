// Finding the files the CLI checks. Folders are walked for *.txt, *.md, *.markdown, *.gw,
// *.gongwen and *.docx, skipping node_modules and .git and what the .gitignore and .gongwenignore
// files on the way leave out (gitignore syntax, read by the `ignore` package; --no-ignore reads
// neither); a quoted glob ('docs/**/*.txt') is expanded the same way; a file named on the command
// line is always read, with a notice when an ignore file leaves it out. `-` is standard input
// (stdin.ts). Reading and decoding is in io/textFile.ts.

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { repositoryRoot } from '../config/load';
import { isIncluded } from '../core/config/effective';
import type { Msg } from '../core/types';
import { CHECKED_EXTENSIONS, posixRel, SKIP_DIRS } from '../io/walk';
import type { ScanInput } from '../scan/engine';
import type { CliConfig } from './config';
import { copyStdin, inputWaiting, STDIN_DISPLAY } from './stdin';

export interface FileEntry {
  /** As given or found (for display). */
  path: string;
  /** The folder named on the command line whose walk found the file; absent for a file named itself. */
  from?: string;
  /** Set when the entry was found but cannot be read (a folder without permission, a broken link). */
  error?: Msg;
  /** A file named on the command line that an ignore file leaves out: checked all the same, with this notice. */
  notice?: Msg;
  /** `-`: standard input (read by stdin.ts). */
  stdin?: true;
}

/** The ignore files read in every folder of a walk, weakest first (the later one's rules win). */
export const IGNORE_FILES = ['.gitignore', '.gongwenignore'] as const;

/** Bad usage (exit 2). Its text in both languages (shown in the --locale asked for); a plain string is shown as it is. */
export class UsageError extends Error {
  constructor(readonly text: Msg | string) {
    super(typeof text === 'string' ? text : text.en);
  }
}

/**
 * Expands the arguments into files, in a stable order, each file once. Symbolic links are
 * followed (each folder is walked once per argument). A missing path, and a glob that matches no
 * file, is an entry that cannot be read (the run exits 2, the other paths are still checked).
 * `-` is an entry for standard input. Unless `ignore` is false (--no-ignore), walks and globs
 * leave out what .gitignore and .gongwenignore say, from the repository root (outside one: the
 * current folder, or else the folder named) down.
 */
export function collectFiles(args: string[], opts: { ignore?: boolean; stdinFilename?: string | null } = {}): FileEntry[] {
  const out: FileEntry[] = [];
  const seenFiles = new Map<string, FileEntry>();
  const rules = opts.ignore === false ? null : new IgnoreRules();
  const name = opts.stdinFilename ?? null;
  const add = (p: string, from?: string, real?: string) => {
    const key = real ?? realpathOr(p);
    const seen = seenFiles.get(key);
    if (seen) {
      if (from === undefined) delete seen.from; // named as well as found: always checked
      return;
    }
    const e: FileEntry = from === undefined ? { path: p } : { path: p, from };
    seenFiles.set(key, e);
    out.push(e);
  };
  let stdin = false;
  for (const a of args) {
    if (a === '-') {
      if (stdin) continue;
      stdin = true;
      const why = name !== null ? rules?.why(name, false, baseOf(path.dirname(name))) : null;
      out.push(why ? { path: '-', stdin: true, notice: ignoredNotice(name!, why) } : { path: '-', stdin: true });
      continue;
    }
    let st;
    try {
      st = statSync(a);
    } catch {
      const scan = picomatch.scan(a);
      if (scan.isGlob && !scan.negated) {
        expandGlob(a, scan.base, scan.glob, out, add, rules);
        continue;
      }
      // Reported with the files that cannot be read (exit 2); the other paths are still checked.
      out.push({ path: a, error: { zh: '没有这个文件或文件夹', en: 'no such file or folder' } });
      continue;
    }
    if (st.isDirectory()) walk(a, out, (p, real) => add(p, a, real), new Set(), rules, baseOf(a));
    else {
      add(a);
      const why = rules?.why(a, false, baseOf(path.dirname(a)));
      const e = seenFiles.get(realpathOr(a));
      if (why && e && !e.notice) e.notice = ignoredNotice(a, why);
    }
  }
  return out;
}

function ignoredNotice(p: string, why: { file: string; pattern: string }): Msg {
  return { zh: `${p} 被 ${why.file} 中的规则 ${why.pattern} 忽略；因在命令行中指明，仍然检查`, en: `${p} is ignored by ${why.pattern} in ${why.file}; checked because it was named on the command line` };
}

/** What `gongwen check` checks: the entries found and the scan's inputs. */
export interface Gathered {
  /** The paths named (the current folder, or `-` with --stdin-filename, when none was). */
  paths: string[];
  entries: FileEntry[];
  inputs: ScanInput[];
  /** The path whose configuration applies to a scanned path: for standard input's copy, the --stdin-filename. */
  configPath(p: string): string;
}

/**
 * Turns the command line's paths into the scan's inputs. No path: the current folder, or standard
 * input with --stdin-filename; refused when input is waiting on standard input (a hint to write
 * `-`). Files found by walking a folder or by a glob follow include/exclude of their configuration;
 * a file named on the command line is always checked (as ESLint does with explicit paths).
 */
export async function gatherInputs(named: string[], configs: CliConfig, opts: { ignore: boolean; stdinFilename: string | null }): Promise<Gathered> {
  let paths = named;
  if (!paths.length) {
    if (opts.stdinFilename !== null) paths = ['-'];
    else if (inputWaiting()) {
      throw new UsageError({
        zh: '未指定路径，而标准输入有内容：要检查标准输入，请写 gongwen check -（可加 --stdin-filename 文件名，按该文件名找配置、定类型）；要检查当前文件夹，请写 gongwen check .',
        en: 'no path given, but input is waiting on standard input: to check it, write gongwen check - (with --stdin-filename NAME for its configuration and kind); to check the current folder, write gongwen check .',
      });
    } else paths = ['.'];
  } else if (opts.stdinFilename !== null && !paths.includes('-')) {
    throw new UsageError({ zh: '--stdin-filename 给标准输入命名，须与 - 一起使用', en: '--stdin-filename names standard input: use it with -' });
  }
  const entries = collectFiles(paths, opts);
  // Globs (kinds, include/exclude) are matched as in the editor: relative to the repository
  // root (the usual workspace folder), or to the current folder outside a repository; a file
  // found outside both is matched relative to the folder named on the command line.
  const rootOf = new Map<string, string>();
  const relOf = (file: string, from?: string): string => {
    file = path.resolve(file);
    const dir = path.dirname(file);
    let root = rootOf.get(dir);
    if (root === undefined) rootOf.set(dir, (root = repositoryRoot(dir) ?? process.cwd()));
    const rel = path.relative(root, file);
    const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
    return posixRel(from !== undefined && outside ? path.resolve(from) : root, file);
  };
  const inputs: ScanInput[] = [];
  let stdinCopy: string | null = null;
  // Standard input without a name takes the configuration of the current folder (as ESLint does).
  const stdinAs = path.resolve(opts.stdinFilename ?? 'stdin');
  for (const e of entries) {
    if (e.error) continue;
    if (e.stdin) {
      stdinCopy = await copyStdin(opts.stdinFilename);
      inputs.push({ path: stdinCopy, display: opts.stdinFilename ?? STDIN_DISPLAY, rel: opts.stdinFilename !== null ? relOf(stdinAs) : STDIN_DISPLAY });
      continue;
    }
    const rel = relOf(e.path, e.from);
    if (e.from !== undefined && !isIncluded(configs.effectiveFor(e.path), rel)) continue;
    inputs.push({ path: e.path, display: e.path, rel });
  }
  return { paths, entries, inputs, configPath: (p) => (stdinCopy !== null && p === stdinCopy ? stdinAs : p) };
}

/** A quoted glob: the files under its base folder whose path from there matches, walked as a folder is. */
function expandGlob(arg: string, base: string, glob: string, out: FileEntry[], add: (p: string, from?: string, real?: string) => void, rules: IgnoreRules | null): void {
  const dir = base || '.';
  const isMatch = picomatch(glob, { dot: false });
  let matched = 0;
  let ignored = 0;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    walk(dir, out, (p, real) => {
      if (!isMatch(path.relative(dir, p).split(path.sep).join('/'))) return;
      matched++;
      add(p, dir, real);
    }, new Set(), rules, baseOf(dir), (p) => {
      if (isMatch(path.relative(dir, p).split(path.sep).join('/'))) ignored++;
    });
  } catch {
    // No such base folder: nothing matches.
  }
  if (matched === 0) {
    out.push({
      path: arg,
      error: ignored
        ? { zh: '与此通配符匹配的文件都被 .gitignore 或 .gongwenignore 忽略（--no-ignore 可不读这两种文件）', en: 'every file this glob matches is ignored by .gitignore or .gongwenignore (--no-ignore reads neither)' }
        : { zh: '没有文件与此通配符匹配', en: 'no file matches this glob' },
    });
  }
}

/** Where the ignore files that apply to a folder start: its repository's root, else the current folder if it holds it, else the folder. */
function baseOf(dir: string): string {
  const abs = path.resolve(dir);
  const repo = repositoryRoot(abs);
  if (repo) return repo;
  const cwd = process.cwd();
  const rel = path.relative(cwd, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? cwd : abs;
}

function realpathOr(p: string): string {
  try {
    // The system's realpath: one call, where the JavaScript one stats every folder on the way.
    return realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** The largest ignore file read (a FIFO or a huge file is never read as one). */
const MAX_IGNORE_BYTES = 1024 * 1024;

/** The rules of the .gitignore and .gongwenignore files, each folder's read once. */
class IgnoreRules {
  private readonly byDir = new Map<string, Ignore | null>();

  /** The rules of one folder (absolute path), or null when it has no ignore file. */
  private rulesOf(dir: string): Ignore | null {
    let ig = this.byDir.get(dir);
    if (ig !== undefined) return ig;
    ig = null;
    for (const name of IGNORE_FILES) {
      const file = path.join(dir, name);
      let text: string;
      try {
        const st = statSync(file);
        if (!st.isFile() || st.size > MAX_IGNORE_BYTES) continue;
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      const shown = path.relative(process.cwd(), file) || file;
      const patterns = text.split(/\r?\n/).map((pattern) => ({ pattern, mark: shown.startsWith('..') ? file : shown }));
      ig = (ig ?? ignore()).add(patterns);
    }
    this.byDir.set(dir, ig);
    return ig;
  }

  /**
   * Whether p (a file, or a folder with isDir) is ignored by the ignore files from `base` down to
   * its folder, and by which rule: the deepest file with a rule about it decides (as in git).
   */
  why(p: string, isDir: boolean, base: string): { file: string; pattern: string } | null {
    const abs = path.resolve(p);
    if (!strictlyInside(abs, base)) return null;
    for (let d = path.dirname(abs); ; d = path.dirname(d)) {
      const ig = this.rulesOf(d);
      if (ig) {
        const rel = path.relative(d, abs).split(path.sep).join('/') + (isDir ? '/' : '');
        const r = ig.test(rel);
        if (r.ignored) return { file: r.rule?.mark ?? d, pattern: r.rule?.pattern ?? rel };
        if (r.unignored) return null;
      }
      if (d === base || path.dirname(d) === d) return null;
    }
  }
}

/** abs lies in the folder base (not base itself): a prefix test for the walk's own paths, path.relative otherwise. */
function strictlyInside(abs: string, base: string): boolean {
  const sepAfter = base.endsWith(path.sep) ? base.length - 1 : base.length;
  if (abs.length > sepAfter + 1 && abs.startsWith(base) && abs[sepAfter] === path.sep) return true;
  const fromBase = path.relative(base, abs);
  return fromBase !== '' && !fromBase.startsWith('..') && !path.isAbsolute(fromBase);
}

/** `add` is given a file's real path when the walk knows it (a file, not a link, in a folder whose real path it took). */
function walk(dir: string, out: FileEntry[], add: (p: string, real?: string) => void, seenDirs: Set<string>, rules: IgnoreRules | null, base: string, onIgnored?: (file: string) => void): void {
  const real = realpathOr(dir);
  if (seenDirs.has(real)) return; // a link cycle
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
        if (CHECKED_EXTENSIONS.test(e.name) && !rules?.why(p, false, base)) out.push({ path: p, error: { zh: '无法读取：符号链接已失效', en: 'cannot read: broken symbolic link' } });
        continue;
      }
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name)) continue;
      if (!rules?.why(p, true, base)) walk(p, out, add, seenDirs, rules, base, onIgnored);
    } else if (isFile && CHECKED_EXTENSIONS.test(e.name)) {
      if (rules?.why(p, false, base)) onIgnored?.(p);
      else add(p, e.isSymbolicLink() ? undefined : path.join(real, e.name));
    }
  }
}
