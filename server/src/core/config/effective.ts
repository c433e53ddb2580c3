// The effective configuration for one file: rule severities and options, the count mode,
// the kind/scope glob mapping and include/exclude. Built from layers (later wins) by the
// server (from settings) and the CLI alike, so both check a file the same way.

import picomatch from 'picomatch';
import { KIND_ALIASES, SCOPE_ALIASES } from '../directives';
import { RULES } from '../rules/registry';
import type { Rule } from '../rules/rule';
import { msg } from '../messages';
import type { Kind, Msg, Scope } from '../types';
import { compileCustomRules, type CustomRuleInput } from './customRules';
import { resolveConfig, type ConfigProblem, type ResolvedConfig, type UserConfig } from './resolve';

export type KindSetting = string | { kind?: string; scope?: string };

/** A layer as it is written in settings or a config file. */
export interface ProjectConfig extends UserConfig {
  /** glob (relative to the workspace folder) -> kind, or {kind, scope}. */
  kinds?: Record<string, KindSetting>;
  include?: string[];
  exclude?: string[];
  /** Files with more characters than this are skipped with a notice. */
  maxFileSize?: number;
  /** Team rules (RE2 patterns). */
  customRules?: CustomRuleInput[];
  /** `gongwen review`: who the comments of a reviewed copy are from. */
  review?: { author?: string };
  /** Config files: the built-in preset to start from (jinan-2019, national-2024), or a list that stacks them. */
  preset?: string | string[];
  /** Config files: other config files (relative paths) or presets this one builds on. */
  extends?: string | string[];
  /** Config files: stop looking further up the folders. */
  root?: boolean;
  $schema?: string;
}

/** Keys a config layer may hold (anything else is reported, not silently ignored). */
export const CONFIG_KEYS: readonly string[] = ['$schema', 'root', 'preset', 'extends', 'rules', 'countMode', 'locale', 'names', 'kinds', 'include', 'exclude', 'maxFileSize', 'customRules', 'review'];

/** Keys only a config file may hold (the loader applies and removes them). */
export const FILE_ONLY_KEYS: readonly string[] = ['preset', 'extends', 'root'];

export interface KindRule {
  glob: string;
  kind?: Kind;
  scope?: Scope;
  match: (path: string) => boolean;
}

export interface Effective {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  kinds: KindRule[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** Compiled team rules, run after the registry's. */
  customRules: Rule[];
  /** `gongwen review`: the comments' author (review.author). */
  reviewAuthor?: string;
  /** The layers it was built from (plain data): a scan's worker threads build the same configuration from them. */
  layers: ReadonlyArray<{ config: ProjectConfig; source?: string }>;
}

export const DEFAULT_MAX_FILE_SIZE = 2_000_000;
/** The author of a reviewed copy's comments unless review.author says otherwise. */
export const DEFAULT_REVIEW_AUTHOR = '公文减负助手';
export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.gw', '**/*.gongwen', '**/*.docx'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

const GLOB_OPTS = { dot: true, nocase: true } as const;

export function effectiveConfig(layers: ReadonlyArray<{ config: ProjectConfig; source?: string }>): Effective {
  const early: ConfigProblem[] = [];
  // Team rules first: their ids may then be given severities in `rules` like any other rule.
  const custom = new Map<string, Rule>();
  for (const { config: layer, source } of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const k of Object.keys(layer)) {
      if (!CONFIG_KEYS.includes(k)) early.push({ key: k, path: [k], source, message: msg(`未知的配置项“${k}”（可用：${CONFIG_KEYS.filter((x) => x !== '$schema').join('、')}）`, `unknown setting "${k}" (known: ${CONFIG_KEYS.filter((x) => x !== '$schema').join(', ')})`) });
      // The file loader takes these out of config files; anywhere else (settings) they would do nothing.
      else if (FILE_ONLY_KEYS.includes(k)) early.push({ key: k, path: [k], source, message: msg(`${k} 只能写在 .gongwen.json 配置文件中，在设置中无效`, `${k} belongs in a .gongwen.json config file; it has no effect in settings`) });
    }
    for (const r of compileCustomRules(layer.customRules, source, early)) custom.set(r.id, r);
  }
  const customRules = [...custom.values()];
  const resolved = resolveConfig([...RULES, ...customRules], layers);
  const config = resolved.config;
  const problems = [...early, ...resolved.problems];
  const kinds: KindRule[] = [];
  let include = DEFAULT_INCLUDE;
  let exclude = DEFAULT_EXCLUDE;
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let reviewAuthor = DEFAULT_REVIEW_AUTHOR;
  for (const { config: layer, source } of layers) {
    if (!layer || typeof layer !== 'object') continue;
    if (layer.kinds !== undefined) {
      if (layer.kinds === null || typeof layer.kinds !== 'object' || Array.isArray(layer.kinds)) {
        problems.push({ key: 'kinds', path: ['kinds'], source, message: msg('kinds 应为对象：路径模式 → 类型', 'kinds must be an object: glob → kind') });
      } else {
        for (const [glob, v] of Object.entries(layer.kinds)) {
          const rule = kindRule(glob, v);
          if ('problem' in rule) problems.push({ key: `kinds.${glob}`, path: ['kinds', glob], source, message: rule.problem });
          else kinds.unshift(rule); // later layers first: they win
        }
      }
    }
    const inc = stringList(layer.include, 'include', source, problems);
    if (inc) include = inc;
    const exc = stringList(layer.exclude, 'exclude', source, problems);
    if (exc) exclude = exc;
    if (layer.maxFileSize !== undefined) {
      if (Number.isInteger(layer.maxFileSize) && layer.maxFileSize > 0) maxFileSize = layer.maxFileSize;
      else problems.push({ key: 'maxFileSize', path: ['maxFileSize'], source, message: msg(`maxFileSize 应为正整数（字符数），而不是 ${JSON.stringify(layer.maxFileSize)}`, `maxFileSize must be a positive whole number of characters, not ${JSON.stringify(layer.maxFileSize)}`) });
    }
    reviewAuthor = reviewAuthorOf(layer.review, source, problems) ?? reviewAuthor;
  }
  return { config, problems, kinds, include, exclude, maxFileSize, customRules, reviewAuthor, layers };
}

/** review.author of a layer when it sets a usable one; anything else is a problem, and the value before it stays. */
function reviewAuthorOf(v: unknown, source: string | undefined, problems: ConfigProblem[]): string | null {
  if (v === undefined) return null;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    problems.push({ key: 'review', path: ['review'], source, message: msg('review 应为对象，如 { "author": "办公室" }', 'review must be an object, such as { "author": "Office" }') });
    return null;
  }
  const { author, ...rest } = v as Record<string, unknown>;
  for (const k of Object.keys(rest)) problems.push({ key: `review.${k}`, path: ['review', k], source, message: msg(`未知的配置项“review.${k}”（可用：review.author）`, `unknown setting "review.${k}" (known: review.author)`) });
  if (author === undefined) return null;
  if (typeof author === 'string' && author.trim()) return author.trim();
  problems.push({ key: 'review.author', path: ['review', 'author'], source, message: msg(`review.author 应为非空字符串（批注的作者），而不是 ${JSON.stringify(author)}`, `review.author must be a non-empty string (the comments' author), not ${JSON.stringify(author)}`) });
  return null;
}

function stringList(v: unknown, key: string, source: string | undefined, problems: ConfigProblem[]): string[] | null {
  if (v === undefined) return null;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  problems.push({ key, path: [key], source, message: msg(`${key} 应为路径模式数组`, `${key} must be an array of glob patterns`) });
  return null;
}

function alias<T>(table: Record<string, T>, word: unknown): T | undefined {
  return typeof word === 'string' && Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

function kindRule(glob: string, v: KindSetting): KindRule | { problem: Msg } {
  let kindWord: unknown;
  let scopeWord: unknown;
  if (typeof v === 'string') kindWord = v;
  else if (v && typeof v === 'object' && !Array.isArray(v)) {
    const extra = Object.keys(v).filter((k) => k !== 'kind' && k !== 'scope');
    if (extra.length) return { problem: msg(`“${glob}”只能设置 kind 和 scope，不能设置 ${extra.join('、')}`, `"${glob}" takes only kind and scope, not ${extra.join(', ')}`) };
    kindWord = v.kind;
    scopeWord = v.scope;
  }
  const kind = alias(KIND_ALIASES, kindWord);
  const scope = alias(SCOPE_ALIASES, scopeWord);
  if ((kindWord !== undefined && !kind) || (scopeWord !== undefined && !scope) || (!kind && !scope)) {
    return { problem: msg(`“${glob}”的类型应为 document、agenda 或 research，范围应为 comprehensive 或 special`, `"${glob}": kind must be document, agenda or research and scope comprehensive or special`) };
  }
  return { glob, kind, scope, match: picomatch(glob, GLOB_OPTS) };
}

/** Kind and scope the settings assign to a path relative to its workspace folder. */
export function kindFor(eff: Effective, relPath: string): { kind?: Kind; scope?: Scope } {
  const p = relPath.replace(/\\/g, '/');
  let kind: Kind | undefined;
  let scope: Scope | undefined;
  for (const r of eff.kinds) {
    if (!r.match(p)) continue;
    kind ??= r.kind;
    scope ??= r.scope;
    if (kind && scope) break;
  }
  return { kind, scope };
}

const matcherCache = new WeakMap<string[], (p: string) => boolean>();

function matcher(globs: string[]): (p: string) => boolean {
  let m = matcherCache.get(globs);
  if (!m) {
    m = globs.length ? picomatch(globs, GLOB_OPTS) : () => false;
    matcherCache.set(globs, m);
  }
  return m;
}

/** Whether a path (relative to its workspace folder) is selected by include/exclude. */
export function isIncluded(eff: Effective, relPath: string): boolean {
  const p = relPath.replace(/\\/g, '/');
  return matcher(eff.include)(p) && !matcher(eff.exclude)(p);
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** A file of the gongwen language (.gw, .gongwen): always official drafting. */
export function isGongwenPath(path: string): boolean {
  return /\.(gw|gongwen)$/i.test(path);
}
