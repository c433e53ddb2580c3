// Shared config files (.gongwen.json, JSON with comments) for the editor and the CLI alike.
//   - found by walking up from the checked file's folder to a stop folder (the workspace folder
//     in the editor, the repository root in the CLI), the nearest file winning; `"root": true`
//     stops the walk;
//   - `preset` names a built-in preset; `extends` names other config files (relative paths) or
//     presets, applied before the file itself; cycles and missing targets are reported;
//   - a file that cannot be parsed falls back to its last good content, with the problem
//     reported at its position. Nothing in a config file is ever executed.

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { printParseErrorCode, type Node } from 'jsonc-parser';
import type { ProjectConfig } from '../core/config/effective';
import { msg } from '../core/messages';
import { posixRel } from '../io/walk';
import { presetConfig, presetList, PRESETS } from './presets';
import type { Pack } from '../core/packs';
import { CONFIG_FILE, lastGood, lineCol, locate, parsedCache, store, type LoadResult, type Parsed } from './parsed';

export { CONFIG_FILE, configText, forgetConfigFiles, lineCol, locate, locateProblem, resolveLayers, type Layer, type LoadResult, type LocatedProblem } from './parsed';

const PRESET_NAMES = Object.keys(PRESETS);

/** The nearest .gongwen.json from dir up to stopAt (inclusive), or null. */
export function findConfigFile(dir: string, stopAt: string | null): string | null {
  let d = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : null;
  for (;;) {
    const f = path.join(d, CONFIG_FILE);
    if (existsSync(f)) return f;
    if (stop && d === stop) return null;
    const up = path.dirname(d);
    if (up === d) return null;
    if (stop && !up.startsWith(stop) && !stop.startsWith(up)) return null;
    d = up;
  }
}

/** The repository root (a folder holding .git) above dir, or null. */
export function repositoryRoot(dir: string): string | null {
  let d = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** The largest config file read: a team's configuration with its phrase rules is a few KiB. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Why a file of this kind and size is not read as configuration, or null when it may be. */
function notReadable(st: { isFile(): boolean; isDirectory(): boolean; size: number }): string | null {
  // Only a regular file of a config's size is read: a FIFO would block the reader for ever and
  // /dev/zero would fill the memory; neither is a configuration.
  if (!st.isFile()) return st.isDirectory() ? 'EISDIR: a folder, not a file' : 'not a regular file (a FIFO, a socket or a device)';
  if (st.size > MAX_CONFIG_BYTES) return `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`;
  return null;
}

/** `syncRead` false: a file not already read (by prefetchConfig) is an error rather than a blocking read. */
function parse(file: string, syncRead = true): Parsed | { error: string } {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  const refused = notReadable(st);
  if (refused) return { error: refused };
  const cached = parsedCache.get(file);
  if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached;
  if (!syncRead) return { error: 'changed while being read; read again on the next change' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return store(file, st, text);
}

export interface LoadOptions {
  /** An untrusted workspace's folder: `extends` may not reach a file outside it. */
  confineTo?: string | null;
  /** False where a blocking read must never run (the language server): read with prefetchConfig first. */
  syncRead?: boolean;
}

/**
 * Reads a config file and every file its `extends` reach, without blocking, into the cache
 * loadConfig reads from; what cannot be read is left for loadConfig to report.
 */
export async function prefetchConfig(file: string, opts: LoadOptions = {}, seen = new Set<string>()): Promise<void> {
  const abs = path.resolve(file);
  if (seen.has(abs) || seen.size > 100) return;
  seen.add(abs);
  if (opts.confineTo && !isInside(abs, opts.confineTo)) return;
  let parsed: Parsed;
  try {
    const st = await stat(abs);
    if (notReadable(st)) return;
    const cached = parsedCache.get(abs);
    parsed = cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size ? cached : store(abs, st, await readFile(abs, 'utf8'));
  } catch {
    return;
  }
  const value = parsed.value ?? lastGood.get(abs)?.value;
  const ext = value?.extends;
  const targets = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext.filter((t): t is string => typeof t === 'string') : [];
  for (const t of targets) if (!isPreset(t) && isConfigPath(t)) await prefetchConfig(path.resolve(path.dirname(abs), t), opts, seen);
}

/** Whether a file is inside a folder, following symbolic links (a link inside may point outside). */
function isInside(file: string, folder: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const r = path.relative(real(folder), real(file));
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

/** Loads a config file with its presets and extends, in application order (first is weakest). */
export function loadConfig(file: string, opts: LoadOptions = {}): LoadResult {
  const result: LoadResult = { layers: [], problems: [], files: [] };
  const visiting: string[] = [];
  const visit = (f: string, from?: { file: string; path: Array<string | number> }): void => {
    const abs = path.resolve(f);
    if (visiting.includes(abs)) {
      const dir = path.dirname(from?.file ?? abs);
      const chain = [...visiting.slice(visiting.indexOf(abs)), abs].map((x) => rel(dir, x)).join(' → ');
      result.problems.push({ key: 'extends', path: from?.path ?? ['extends'], file: from?.file, message: msg(`extends 形成循环：${chain}`, `extends forms a cycle: ${chain}`), ...where(from) });
      return;
    }
    if (!result.files.includes(abs)) result.files.push(abs);
    const p = parse(abs, opts.syncRead ?? true);
    if ('error' in p) {
      result.problems.push({ key: 'extends', path: from?.path ?? [], file: from?.file ?? abs, message: msg(`无法读取配置文件 ${abs}（${p.error}）`, `cannot read config file ${abs} (${p.error})`), ...where(from) });
      return;
    }
    let value = p.value;
    let tree = p.tree;
    if (!value) {
      const e = p.errors[0];
      const reason = e ? printParseErrorCode(e.error) : 'not a JSON object';
      const pos = e ? lineCol(p.text, e.offset) : null;
      const good = lastGood.get(abs);
      result.problems.push({
        key: '',
        path: [],
        file: abs,
        offset: e?.offset ?? 0,
        length: e?.length ?? 0,
        message: msg(
          `配置文件 JSON 格式有误${pos ? `（第 ${pos.line} 行第 ${pos.col} 列：${reason}）` : `（${reason}）`}${good ? '，暂按上次能读取的内容检查' : '，暂按默认配置检查'}`,
          `the config file is not valid JSON${pos ? ` (line ${pos.line}, column ${pos.col}: ${reason})` : ` (${reason})`}${good ? '; checking with its last good content' : '; checking with the defaults'}`,
        ),
      });
      if (!good) return;
      value = good.value;
      tree = good.tree;
    }
    visiting.push(abs);
    const base = path.dirname(abs);
    const bases: Array<{ target: string; path: Array<string | number>; stack?: Pack[] }> = [];
    const problem = (keyPath: Array<string | number>, zh: string, en: string): void => {
      result.problems.push({ key: keyPath.join('.'), path: keyPath, file: abs, message: msg(zh, en), ...at(tree, keyPath) });
    };
    if (value.preset !== undefined) {
      const stack = presetList(value.preset, problem);
      if (stack) bases.push({ target: stack.join('+'), path: ['preset'], stack });
    }
    const ext = value.extends;
    if (typeof ext === 'string') bases.push({ target: ext, path: ['extends'] });
    else if (Array.isArray(ext)) {
      ext.forEach((t, i) => {
        if (typeof t === 'string') bases.push({ target: t, path: ['extends', i] });
        else problem(['extends', i], `extends 的每一项应为预设名称或配置文件路径（字符串），而不是 ${JSON.stringify(t)}`, `each extends entry must be a preset name or a config file path (a string), not ${JSON.stringify(t)}`);
      });
    } else if (ext !== undefined) problem(['extends'], 'extends 应为字符串或字符串数组', 'extends must be a string or an array of strings');
    if (value.root !== undefined && typeof value.root !== 'boolean') problem(['root'], 'root 应为 true 或 false', 'root must be true or false');
    if (value.$schema !== undefined && typeof value.$schema !== 'string') problem(['$schema'], '$schema 应为字符串（JSON 架构的地址）', '$schema must be a string (the JSON schema\'s address)');
    for (const b of bases) {
      if (b.stack || isPreset(b.target)) {
        const stack = b.stack ?? [b.target as Pack];
        result.layers.push({ config: presetConfig(stack), source: `preset:${stack.join('+')}` });
        continue;
      }
      if (!isConfigPath(b.target)) {
        result.problems.push({ key: b.path.join('.'), path: b.path, file: abs, message: msg(`未知的预设“${b.target}”（可用：${PRESET_NAMES.join('、')}；或以 ./ 开头的配置文件路径）`, `unknown preset "${b.target}" (known: ${PRESET_NAMES.join(', ')}; or a path starting with ./)`), ...at(tree, b.path) });
        continue;
      }
      const target = path.resolve(base, b.target);
      if (opts.confineTo && !isInside(target, opts.confineTo)) {
        result.problems.push({ key: b.path.join('.'), path: b.path, file: abs, message: msg(`工作区未受信任：extends 不能引用工作区文件夹以外的文件（${b.target}）；信任此工作区后即可使用`, `the workspace is not trusted: extends may not reach a file outside the workspace folder (${b.target}); trust the workspace to use it`), ...at(tree, b.path) });
        continue;
      }
      if (!existsSync(target)) {
        // Watched all the same: creating it fixes the problem.
        if (!result.files.includes(target)) result.files.push(target);
        result.problems.push({ key: b.path.join('.'), path: b.path, file: abs, message: msg(`extends 指向的文件不存在：${b.target}`, `extends points at a missing file: ${b.target}`), ...at(tree, b.path) });
        continue;
      }
      visit(target, { file: abs, path: b.path });
    }
    visiting.pop();
    const own: ProjectConfig = { ...value };
    delete own.preset;
    delete own.extends;
    delete own.root;
    delete own.$schema;
    result.layers.push({ config: own, source: abs });
  };
  visit(file);
  return result;

  function where(from?: { file: string; path: Array<string | number> }) {
    if (!from) return {};
    const p = parsedCache.get(from.file);
    return at(p?.tree, from.path);
  }
}

/** A path as the user would write it in extends, relative to a config file's folder. */
function rel(dir: string, file: string): string {
  const r = posixRel(dir, file);
  return r.startsWith('../') ? r : `./${r}`;
}

function isPreset(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

/** What `extends` takes as a file: a path starting with ./ ../ or /, or any path ending in .json. */
export const CONFIG_PATH_PATTERN = '^\\.{0,2}[\\\\/]|\\.json$';
const CONFIG_PATH = new RegExp(CONFIG_PATH_PATTERN);

function isConfigPath(target: string): boolean {
  return CONFIG_PATH.test(target);
}

function at(tree: Node | undefined, keyPath: Array<string | number>): { offset?: number; length?: number } {
  const l = locate(tree, keyPath);
  return l ? { offset: l.offset, length: l.length } : {};
}

