// Bulk suppressions (in the manner of ESLint 9's eslint-suppressions.json): per file (a path
// relative to the repository root, `/` separators) and per rule, how many findings an existing
// archive had when the team adopted the tool. A file's findings of a rule are reported only when
// there are more of them than recorded (then all of them). Pure: reading and writing the file is
// the adapters' part (cli/suppressionsFile.ts, the language server).

import type { Msg } from './types';

/** { "path/to/file.txt": { "rule-id": { "count": 3 } } } — the shape of gongwen-suppressions.json. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** The file name at the repository root. */
export const SUPPRESSIONS_FILE = 'gongwen-suppressions.json';

/** Counts of findings per file and rule, from each file's rule ids. */
export function countFindings(files: Iterable<{ path: string; rules: Iterable<string> }>): Suppressions {
  const out: Suppressions = {};
  for (const f of files) {
    for (const rule of f.rules) {
      const byRule = (out[f.path] ??= {});
      byRule[rule] = { count: (byRule[rule]?.count ?? 0) + 1 };
    }
  }
  return out;
}

/** The text of a suppressions file read, or why it cannot be used. */
export function parseSuppressions(text: string): { ok: true; value: Suppressions } | { ok: false; error: Msg } {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = (e as Error).message;
    return { ok: false, error: { zh: `不是合法的 JSON：${why}`, en: `not valid JSON: ${why}` } };
  }
  if (!isObject(v)) return { ok: false, error: { zh: '应为对象：{ "文件路径": { "规则": { "count": 数目 } } }', en: 'expected an object: { "file path": { "rule": { "count": N } } }' } };
  const out: Suppressions = {};
  for (const [file, rules] of Object.entries(v)) {
    if (!isObject(rules)) return { ok: false, error: { zh: `“${file}”的值应为对象（规则 → { "count": 数目 }）`, en: `the value of "${file}" must be an object (rule → { "count": N })` } };
    const byRule: Record<string, { count: number }> = {};
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry['count'] : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        return { ok: false, error: { zh: `“${file}”的规则 ${rule} 应为 { "count": 非负整数 }`, en: `rule ${rule} of "${file}" must be { "count": a whole number ≥ 0 }` } };
      }
      if (count > 0) byRule[rule] = { count };
    }
    if (Object.keys(byRule).length) out[file] = byRule;
  }
  return { ok: true, value: out };
}

/**
 * `--suppress-all` (rules null) or `--suppress-rule` (those rules): the counts found now replace
 * the recorded ones for the files and rules found; everything else recorded stays.
 */
export function mergeSuppressions(existing: Suppressions, found: Suppressions, rules: readonly string[] | null): Suppressions {
  const out = clone(existing);
  for (const [file, byRule] of Object.entries(found)) {
    for (const [rule, { count }] of Object.entries(byRule)) {
      if (rules && !rules.includes(rule)) continue;
      if (count > 0) (out[file] ??= {})[rule] = { count };
    }
  }
  return sorted(out);
}

/**
 * The findings of one file that are reported: a rule's findings all stay when there are more of
 * them than recorded, and are all left out otherwise.
 */
export function applySuppressions<T extends { rule: string }>(suppressions: Suppressions, file: string, findings: readonly T[]): { kept: T[]; suppressed: number } {
  const recorded = suppressions[file];
  if (!recorded) return { kept: [...findings], suppressed: 0 };
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const kept = findings.filter((f) => counts.get(f.rule)! > (recorded[f.rule]?.count ?? 0));
  return { kept, suppressed: findings.length - kept.length };
}

/**
 * `--prune-suppressions`: counts no longer reached go. For a file checked now, a rule's count is
 * lowered to the findings there are (dropped at zero); a file not checked now is dropped when it
 * no longer exists, and kept as it is otherwise (a run over part of the archive).
 */
export function pruneSuppressions(existing: Suppressions, found: Suppressions, checked: ReadonlySet<string>, exists: (file: string) => boolean): Suppressions {
  const out: Suppressions = {};
  for (const [file, byRule] of Object.entries(existing)) {
    if (!checked.has(file)) {
      if (exists(file)) out[file] = { ...byRule };
      continue;
    }
    const now = found[file] ?? {};
    const kept: Record<string, { count: number }> = {};
    for (const [rule, { count }] of Object.entries(byRule)) {
      const c = Math.min(count, now[rule]?.count ?? 0);
      if (c > 0) kept[rule] = { count: c };
    }
    if (Object.keys(kept).length) out[file] = kept;
  }
  return sorted(out);
}

/** The file's text: files and rules in a stable order, two-space indent, a final newline. */
export function formatSuppressions(s: Suppressions): string {
  return JSON.stringify(sorted(s), null, 2) + '\n';
}

function sorted(s: Suppressions): Suppressions {
  const out: Suppressions = {};
  for (const file of Object.keys(s).sort()) {
    const byRule: Record<string, { count: number }> = {};
    for (const rule of Object.keys(s[file]!).sort()) byRule[rule] = { count: s[file]![rule]!.count };
    out[file] = byRule;
  }
  return out;
}

function clone(s: Suppressions): Suppressions {
  return Object.fromEntries(Object.entries(s).map(([f, r]) => [f, { ...r }]));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
