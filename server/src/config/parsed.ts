// What is known of config files once read: their parsed content (cached by the reader,
// config/load.ts), positions in them, and the merge of config layers into the effective
// configuration. No file system here: the language server in a web worker resolves its
// settings through this too, without any config file.

import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { effectiveConfig, type Effective, type ProjectConfig } from '../core/config/effective';
import type { ConfigProblem } from '../core/config/resolve';
import { LineIndex } from '../core/text/lineIndex';

export const CONFIG_FILE = '.gongwen.json';

export interface Layer {
  config: ProjectConfig;
  /** File path, or "preset:jinan-2019". */
  source: string;
}

/** A problem with where it is in its file (offset/length in the file's text), when known. */
export interface LocatedProblem extends ConfigProblem {
  file?: string;
  offset?: number;
  length?: number;
}

export interface LoadResult {
  layers: Layer[];
  problems: LocatedProblem[];
  /** Every config file involved (to watch them). */
  files: string[];
}

export interface Parsed {
  mtimeMs: number;
  size: number;
  text: string;
  value: ProjectConfig | null;
  tree: Node | undefined;
  errors: ParseError[];
}

/** Config files as last read, by path, with the size and time they were read at. */
export const parsedCache = new Map<string, Parsed>();

/** The last content of each file that parsed, used while the file is broken. */
export const lastGood = new Map<string, { value: ProjectConfig; tree: Node | undefined; text: string }>();

/** Parses a config file's text into the cache (and, when it parses, as its last good content). */
export function store(file: string, st: { mtimeMs: number; size: number }, raw: string): Parsed {
  const text = raw.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  let value: ProjectConfig | null = null;
  if (errors.length === 0 && tree) {
    const v = nodeValue(tree);
    if (v && typeof v === 'object' && !Array.isArray(v)) value = v as ProjectConfig;
  }
  const p: Parsed = { mtimeMs: st.mtimeMs, size: st.size, text, value, tree, errors };
  parsedCache.set(file, p);
  if (value) lastGood.set(file, { value, tree, text });
  return p;
}

function nodeValue(n: Node): unknown {
  switch (n.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const prop of n.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) o[String(k.value)] = nodeValue(v);
      }
      return o;
    }
    case 'array':
      return (n.children ?? []).map(nodeValue);
    default:
      return n.value;
  }
}

/** Offset and length of a key's value in the file, for diagnostics; the whole file when absent. */
export function locate(tree: Node | undefined, keyPath: Array<string | number>): { offset: number; length: number } | null {
  if (!tree) return null;
  for (let n = keyPath.length; n > 0; n--) {
    const node = findNodeAtLocation(tree, keyPath.slice(0, n));
    if (node) {
      // Point at the property name when there is one: that is what the user reads.
      const prop = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return prop ? { offset: prop.offset, length: prop.length } : { offset: node.offset, length: node.length };
    }
  }
  return null;
}

/** 1-based line and column of an offset (as compilers print positions), counted as the config file's diagnostics are. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  const p = new LineIndex(text).positionAt(offset);
  return { line: p.line + 1, col: p.character + 1 };
}

/** Positions for problems reported by the resolver (they name a key path and a source file). */
export function locateProblem(p: LocatedProblem): LocatedProblem {
  if (p.offset !== undefined || !p.source || p.source.startsWith('preset:') || p.source === 'settings') return p;
  const parsed = parsedCache.get(p.source);
  const good = parsed?.value ? parsed : lastGood.get(p.source);
  const l = locate(good?.tree, p.path);
  return { ...p, file: p.source, ...(l ?? { offset: 0, length: 0 }) };
}

/**
 * The effective configuration of layers (weakest first) with every problem located: those of
 * loading the files, then the resolver's. The editor and the CLI both resolve through here.
 */
export function resolveLayers(layers: Layer[], fileProblems: readonly LocatedProblem[]): { eff: Effective; problems: LocatedProblem[] } {
  const eff = effectiveConfig(layers);
  return { eff, problems: [...fileProblems, ...eff.problems.map((p) => locateProblem(p))] };
}

/** The text of a config file as last read (for turning offsets into positions). */
export function configText(file: string): string | undefined {
  return parsedCache.get(file)?.text;
}

/** Forget cached files (a watcher saw them change). */
export function forgetConfigFiles(): void {
  parsedCache.clear();
}
