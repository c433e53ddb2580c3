// The fixture harness. A fixture is test/fixtures/rules/<rule-id>/<name>.txt (or .md, .gw):
//   - markers `##> rule.id[, other.id]` at the end of a line: that rule reports a finding
//     starting on that line (see template.ts; `{{fill N}}` macros build long bodies);
//   - optional sidecar <name>.json: { "config": ProjectConfig, "path": "virtual/path.txt",
//     "only": ["rule ids"] };
//   - optional <name>.fixed.<ext>: the text after applying every fix.
// For each fixture: the reported (rule, line) pairs equal the markers; with a .fixed file,
// all fixes are applied (up to 5 rounds) and the result must equal it; the fixed text is
// linted again: no fixable finding may remain and the other findings are those of before.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult } from '../../server/src/core/analyze';
import { checkText } from '../../server/src/core/check';
import { effectiveConfig, type ProjectConfig } from '../../server/src/core/config/effective';
import { applyEdits, collectFixEdits } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { lineDiff } from './diff';
import { expandFixture, splitLines, type Expanded } from './template';
import { fixtureWorkspace } from './workspaceIndex';

export const FIXTURE_ROOT = path.resolve(__dirname, '..', 'fixtures', 'rules');
const FIXTURE_EXTS = ['.txt', '.md', '.gw'];
const MAX_FIX_ROUNDS = 5;

export interface Sidecar {
  config?: ProjectConfig;
  path?: string;
  only?: string[];
  /** A folder of other research plans (relative to the fixture's folder): the fixture's workspace (see workspaceIndex.ts). */
  workspace?: string;
}

export interface Fixture {
  /** Folder name: the rule the fixture is about. */
  rule: string;
  name: string;
  file: string;
  /** Path relative to the fixtures root, for messages. */
  rel: string;
  ext: string;
  sidecar: Sidecar;
  fixedFile: string | null;
}

/** Every fixture under the root, grouped by folder (rule id). */
export function listFixtures(root = FIXTURE_ROOT): Fixture[] {
  if (!existsSync(root)) return [];
  const out: Fixture[] = [];
  for (const rule of readdirSync(root).sort()) {
    const dir = path.join(root, rule);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      const ext = path.extname(f);
      if (!FIXTURE_EXTS.includes(ext)) continue;
      const base = f.slice(0, -ext.length);
      if (base.endsWith('.fixed')) continue;
      const file = path.join(dir, f);
      const json = path.join(dir, `${base}.json`);
      const fixed = path.join(dir, `${base}.fixed${ext}`);
      let sidecar: Sidecar = {};
      if (existsSync(json)) sidecar = JSON.parse(readFileSync(json, 'utf8')) as Sidecar;
      out.push({ rule, name: base, file, rel: `${rule}/${f}`, ext, sidecar, fixedFile: existsSync(fixed) ? fixed : null });
    }
  }
  return out;
}

/** Stray files in fixture folders: .fixed or .json without their fixture, unknown extensions. */
export function strayFiles(root = FIXTURE_ROOT): string[] {
  if (!existsSync(root)) return [];
  const stray: string[] = [];
  for (const rule of readdirSync(root)) {
    const dir = path.join(root, rule);
    if (!statSync(dir).isDirectory()) {
      stray.push(rule);
      continue;
    }
    const files = new Set(readdirSync(dir));
    for (const f of files) {
      const ext = path.extname(f);
      let base = f.slice(0, -ext.length);
      if (ext === '.json') {
        if (!FIXTURE_EXTS.some((e) => files.has(base + e))) stray.push(`${rule}/${f}`);
        continue;
      }
      if (!FIXTURE_EXTS.includes(ext)) {
        stray.push(`${rule}/${f}`);
        continue;
      }
      if (base.endsWith('.fixed')) {
        base = base.slice(0, -'.fixed'.length);
        if (!files.has(base + ext)) stray.push(`${rule}/${f}`);
      }
    }
  }
  return stray;
}

export interface Lint {
  result: AnalysisResult;
  findings: Finding[];
}

/** Lints text as the fixture's settings say: checkText under the sidecar's config, path, `only` and workspace. */
export function lint(text: string, fx: Fixture): Lint {
  const eff = effectiveConfig(fx.sidecar.config ? [{ config: fx.sidecar.config, source: fx.rel }] : []);
  if (eff.problems.length) throw new Error(`${fx.rel}: bad config in the .json sidecar: ${eff.problems.map((p) => `${p.key}: ${p.message.en}`).join('; ')}`);
  const result = checkText(text, fx.sidecar.path ?? `${fx.name}${fx.ext}`, eff, {
    only: fx.sidecar.only,
    workspace: fx.sidecar.workspace ? fixtureWorkspace(fx.file, fx.sidecar.workspace, eff) : undefined,
  });
  return { result, findings: result.findings };
}

export function readFixture(fx: Fixture): Expanded {
  return expandFixture(readFileSync(fx.file, 'utf8'), fx.rel);
}

function key(rule: string, line: number): string {
  return `${rule}@${line}`;
}

function lineOf(r: AnalysisResult, offset: number): number {
  return r.model.lines.positionAt(offset).line;
}

function shorten(s: string, n = 50): string {
  const c = Array.from(s);
  return c.length > n ? c.slice(0, n).join('') + '…' : s;
}

/** (a) Reported (rule, line) pairs vs markers. Returns a failure message or null. */
export function checkMarkers(fx: Fixture, ex: Expanded, lt: Lint): string | null {
  const expected = new Set(ex.expectations.map((e) => key(e.rule, e.line)));
  const actual = new Map<string, Finding>();
  for (const f of lt.findings) {
    const line = ex.sourceLine[lineOf(lt.result, f.start)] ?? -1;
    const k = key(f.rule, line);
    if (!actual.has(k)) actual.set(k, f);
  }
  const missing = [...expected].filter((k) => !actual.has(k));
  const extra = [...actual.keys()].filter((k) => !expected.has(k));
  if (!missing.length && !extra.length) return null;
  const srcLines = splitLines(readFileSync(fx.file, 'utf8'));
  const show = (k: string): string => {
    const [rule, ln] = k.split('@') as [string, string];
    const f = actual.get(k);
    const src = srcLines[Number(ln) - 1]?.body.replace(/[ \t\u3000]*##>.*$/, '') ?? '';
    return `    ${ln.padStart(4)}  ${rule.padEnd(26)} ${f ? shorten(f.message.zh, 70) : ''}\n          │ ${shorten(src, 60)}`;
  };
  const lines = [`${fx.rel}: findings differ from the markers`];
  if (missing.length) lines.push('  expected (marked) but not reported:', ...missing.map(show));
  if (extra.length) lines.push('  reported but not marked:', ...extra.map(show));
  lines.push(`  all reported: ${[...actual.keys()].map((k) => k.replace('@', ':')).join(', ') || '—'}`);
  return lines.join('\n');
}

interface FixRun {
  text: string;
  rounds: number;
}

/** Applies every fix (first alternative of each finding), repeating until none remains. */
function applyAllFixes(text: string, fx: Fixture): FixRun {
  let cur = text;
  let rounds = 0;
  while (rounds < MAX_FIX_ROUNDS) {
    const { findings } = lint(cur, fx);
    const edits = collectFixEdits(findings);
    if (edits.length === 0) break;
    cur = applyEdits(cur, edits);
    rounds++;
  }
  return { text: cur, rounds };
}

function ruleCounts(fs: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of fs) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

function fmtCounts(m: Map<string, number>): string {
  return [...m.entries()].sort().map(([r, n]) => `${r}×${n}`).join(', ') || '—';
}

/** (b) The .fixed comparison and the re-lint. Returns a failure message or null. */
function checkFixed(fx: Fixture, ex: Expanded, before: Lint): string | null {
  if (!fx.fixedFile) return null;
  const rel = path.relative(FIXTURE_ROOT, fx.fixedFile);
  const want = expandFixture(readFileSync(fx.fixedFile, 'utf8'), rel, false).text;
  const run = applyAllFixes(ex.text, fx);
  if (run.text !== want) {
    return `${fx.rel}: text after ${run.rounds} round(s) of fixes differs from ${rel}\n${lineDiff(want, run.text)}`;
  }
  const after = lint(run.text, fx);
  const fixable = after.findings.filter((f) => f.fixes.some((x) => x.edits.length > 0));
  if (fixable.length) {
    const list = fixable.map((f) => `    ${lineOf(after.result, f.start) + 1}: ${f.rule} ${shorten(f.message.zh, 70)}`).join('\n');
    return `${fx.rel}: fixable findings remain after ${run.rounds} round(s) of fixes:\n${list}`;
  }
  // The findings without a fix stay: the same rules as before, none new, none gone.
  const unfixableBefore = ruleCounts(before.findings.filter((f) => !f.fixes.some((x) => x.edits.length > 0)));
  const afterCounts = ruleCounts(after.findings);
  const sameRules = [...unfixableBefore.keys()].sort().join() === [...afterCounts.keys()].sort().join();
  if (!sameRules) {
    return `${fx.rel}: the findings without a fix changed when the fixes were applied\n  before: ${fmtCounts(unfixableBefore)}\n  after:  ${fmtCounts(afterCounts)}`;
  }
  return null;
}

/** Everything the harness checks for one fixture; throws an Error with a readable message. */
export function runFixture(fx: Fixture): void {
  const ex = readFixture(fx);
  const lt = lint(ex.text, fx);
  const problems = [checkMarkers(fx, ex, lt), checkFixed(fx, ex, lt)].filter((x): x is string => x !== null);
  if (problems.length) throw new Error(problems.join('\n\n'));
}

/** Rules a fixture expects to fire (its markers). */
export function firedRules(fx: Fixture): Set<string> {
  return new Set(readFixture(fx).expectations.map((e) => e.rule));
}
