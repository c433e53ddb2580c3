// The fixture harness. A fixture is test/fixtures/rules/<rule-id>/<name>.txt (or .md, .gw):
//   - markers `##> rule.id[, other.id]` (or `rule.id*N`) at the end of a line: that rule reports
//     that many findings starting on that line (see template.ts; `{{fill N}}` macros build long bodies);
//   - optional sidecar <name>.json: { "config": ProjectConfig, "path": "virtual/path.txt",
//     "only": ["rule ids"], "findings": [every expected finding, field by field: see expect.ts] };
//   - optional <name>.fixed.<ext>: the text after applying every fix.
// For each fixture, as ESLint's RuleTester does: (a) the reported (rule, line) pairs and their
// counts equal the markers; (b) every finding equals one of the sidecar's, in rule, start and
// end, covered text, severity, both messages, related places and every fix alternative's title
// and output, and there are as many of each; (c) each fix alternative, applied alone, makes
// its finding go and makes no rule report more; (d) with a .fixed file, all fixes are applied
// (up to 5 rounds), the result must equal it, and the fixed text is linted again: no fixable
// finding may remain and the findings without a fix are as many, rule by rule, as before.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult } from '../../server/src/core/analyze';
import { checkText } from '../../server/src/core/check';
import { effectiveConfig, type Effective, type ProjectConfig } from '../../server/src/core/config/effective';
import { presetLayers } from '../../server/src/config/presets';
import type { WorkspaceView } from '../../server/src/core/rules/rule';
import { applyEdits, collectFixEdits } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { lineDiff } from './diff';
import { applyOutput, compareExpectations, describeFinding, type FindingExpectation } from './expect';
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
  /** Every finding the fixture expects, field by field (see expect.ts); absent = none. */
  findings?: FindingExpectation[];
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

/** What every lint of one fixture shares: its settings and its workspace's plans, read once per check. */
export interface Setting {
  eff: Effective;
  workspace: WorkspaceView | undefined;
}

export function settingOf(fx: Fixture): Setting {
  // `preset` (one or a list) applies as in a .gongwen.json: the preset's layer, then the rest.
  const eff = effectiveConfig(fx.sidecar.config ? presetLayers(fx.sidecar.config, fx.rel) : []);
  if (eff.problems.length) throw new Error(`${fx.rel}: bad config in the .json sidecar: ${eff.problems.map((p) => `${p.key}: ${p.message.en}`).join('; ')}`);
  return { eff, workspace: fx.sidecar.workspace ? fixtureWorkspace(fx.file, fx.sidecar.workspace, eff) : undefined };
}

/** Lints text as the fixture's settings say: checkText under the sidecar's config, path, `only` and workspace. */
export function lint(text: string, fx: Fixture, setting: Setting = settingOf(fx)): Lint {
  const result = checkText(text, fx.sidecar.path ?? `${fx.name}${fx.ext}`, setting.eff, { only: fx.sidecar.only, workspace: setting.workspace });
  // The analysis catches a rule that throws; a fixture (or its fixed text) must never make one.
  if (result.failures.length) throw new Error(`${fx.rel}: rule failures ${JSON.stringify(result.failures)}`);
  return { result, findings: result.findings };
}

export function readFixture(fx: Fixture): Expanded {
  return expandFixture(readFileSync(fx.file, 'utf8'), fx.rel);
}

function lineOf(r: AnalysisResult, offset: number): number {
  return r.model.lines.positionAt(offset).line;
}

function shorten(s: string, n = 50): string {
  const c = Array.from(s);
  return c.length > n ? c.slice(0, n).join('') + '…' : s;
}

function countBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(keyOf(t), (m.get(keyOf(t)) ?? 0) + 1);
  return m;
}

/** Keys of `a` with more occurrences than in `b`, each as often as it is over. */
function surplus(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, n] of a) for (let i = b.get(k) ?? 0; i < n; i++) out.push(k);
  return out.sort();
}

/** (a) Reported (rule, line) pairs vs markers, with their counts. Returns a failure message or null. */
export function checkMarkers(fx: Fixture, ex: Expanded, lt: Lint): string | null {
  const keyOf = (rule: string, line: number) => `${rule}@${line}`;
  const expected = countBy(ex.expectations, (e) => keyOf(e.rule, e.line));
  const byKey = new Map<string, Finding>();
  const actual = countBy(lt.findings, (f) => {
    const k = keyOf(f.rule, ex.sourceLine[lineOf(lt.result, f.start)] ?? -1);
    if (!byKey.has(k)) byKey.set(k, f);
    return k;
  });
  const missing = surplus(expected, actual);
  const extra = surplus(actual, expected);
  if (!missing.length && !extra.length) return null;
  const srcLines = splitLines(readFileSync(fx.file, 'utf8'));
  const show = (k: string): string => {
    const [rule, ln] = k.split('@') as [string, string];
    const f = byKey.get(k);
    const src = srcLines[Number(ln) - 1]?.body.replace(/[ \t\u3000]*##>.*$/, '') ?? '';
    return `    ${ln.padStart(4)}  ${rule.padEnd(26)} ${f ? shorten(f.message.zh, 70) : ''}\n          │ ${shorten(src, 60)}`;
  };
  const lines = [`${fx.rel}: findings differ from the markers (a line with two findings of a rule is marked rule*2)`];
  if (missing.length) lines.push('  expected (marked) but not reported:', ...missing.map(show));
  if (extra.length) lines.push('  reported but not marked:', ...extra.map(show));
  const all = [...actual.entries()].map(([k, n]) => k.replace('@', ':') + (n > 1 ? `*${n}` : ''));
  lines.push(`  all reported: ${all.join(', ') || '—'}`);
  return lines.join('\n');
}

/** The findings as a sidecar writes them down, in sidecar order. */
export function describeFindings(text: string, lt: Lint): FindingExpectation[] {
  return lt.findings.map((f) => describeFinding(text, lt.result.model.lines, f)).sort(compareExpectations);
}

/** A finding's identity for comparison: every field, and each fix as the whole text it gives. */
function comparable(text: string, e: FindingExpectation, where: string): string {
  const outputs = (e.fixes ?? []).map((x) => [x.title, x.titleEn, applyOutput(text, x.output, where)]);
  const related = (e.related ?? []).map((r) => [r.file, r.line, r.column, r.endLine, r.endColumn, r.message, r.messageEn]);
  return JSON.stringify([e.rule, e.line, e.column, e.endLine, e.endColumn, e.text, e.severity, e.message, e.messageEn, outputs, related]);
}

/** (b) Every reported finding vs the sidecar's "findings", field by field and fix by fix. */
export function checkFindings(fx: Fixture, ex: Expanded, lt: Lint): string | null {
  const expected = fx.sidecar.findings;
  if (expected === undefined) {
    if (lt.findings.length === 0) return null;
    return `${fx.rel}: ${lt.findings.length} finding(s) but no "findings" in ${fx.name}.json; write them down (npm run fixtures:record -- ${fx.rel}) and read them`;
  }
  const actual = describeFindings(ex.text, lt);
  const exp = new Map<string, FindingExpectation>();
  const act = new Map<string, FindingExpectation>();
  const expKeys = countBy(expected, (e) => {
    const k = comparable(ex.text, e, `${fx.rel} (sidecar)`);
    exp.set(k, e);
    return k;
  });
  const actKeys = countBy(actual, (e) => {
    const k = comparable(ex.text, e, fx.rel);
    act.set(k, e);
    return k;
  });
  const missing = surplus(expKeys, actKeys).map((k) => exp.get(k)!);
  const extra = surplus(actKeys, expKeys).map((k) => act.get(k)!);
  if (!missing.length && !extra.length) return null;
  const show = (e: FindingExpectation) => `    ${JSON.stringify(e)}`;
  const lines = [`${fx.rel}: findings differ from ${fx.name}.json`];
  if (missing.length) lines.push('  expected but not reported:', ...missing.map(show));
  if (extra.length) lines.push('  reported but not expected:', ...extra.map(show));
  return lines.join('\n');
}

/**
 * (c) Each fix alternative on its own: the finding it fixes is gone (no finding of its rule with
 * its message over the same text remains as often as before; a partial fix, such as marking
 * one stop of several 暗访, changes the message) and no rule reports more findings than before.
 */
function checkAlternatives(fx: Fixture, ex: Expanded, lt: Lint, setting: Setting): string | null {
  const same = (f: Finding) => `${f.rule}\u0000${f.message.zh}\u0000${ex.text.slice(f.start, f.end)}`;
  const before = countBy(lt.findings, (f) => f.rule);
  const beforeSame = countBy(lt.findings, same);
  const problems: string[] = [];
  for (const f of lt.findings) {
    f.fixes.forEach((fix, k) => {
      const fixedText = applyEdits(ex.text, fix.edits);
      const afterFindings = lint(fixedText, fx, setting).findings;
      const key = same(f);
      const left = afterFindings.filter((g) => `${g.rule}\u0000${g.message.zh}\u0000${fixedText.slice(g.start, g.end)}` === key).length;
      const where = `${fx.rel}:${lineOf(lt.result, f.start) + 1} ${f.rule} fix ${k + 1} "${fix.title.zh}"`;
      if (left >= (beforeSame.get(key) ?? 0)) problems.push(`${where}: the finding is still reported after the fix`);
      for (const [rule, n] of countBy(afterFindings, (g) => g.rule)) {
        if (n > (before.get(rule) ?? 0)) problems.push(`${where}: ${rule} reports ${n} finding(s) after the fix, ${before.get(rule) ?? 0} before`);
      }
    });
  }
  return problems.length ? problems.join('\n') : null;
}

interface FixRun {
  text: string;
  rounds: number;
}

/** Applies every fix (first alternative of each finding), repeating until none remains; `first` is the text's lint. */
function applyAllFixes(first: Lint, text: string, fx: Fixture, setting: Setting): FixRun {
  let cur = text;
  let rounds = 0;
  while (rounds < MAX_FIX_ROUNDS) {
    const { findings } = rounds === 0 ? first : lint(cur, fx, setting);
    const edits = collectFixEdits(findings);
    if (edits.length === 0) break;
    cur = applyEdits(cur, edits);
    rounds++;
  }
  return { text: cur, rounds };
}

function fmtCounts(m: Map<string, number>): string {
  return [...m.entries()].sort().map(([r, n]) => `${r}×${n}`).join(', ') || '—';
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, n]) => b.get(k) === n);
}

/** (d) The .fixed comparison and the re-lint. Returns a failure message or null. */
function checkFixed(fx: Fixture, ex: Expanded, before: Lint, setting: Setting): string | null {
  if (!fx.fixedFile) return null;
  const rel = path.relative(FIXTURE_ROOT, fx.fixedFile);
  const want = expandFixture(readFileSync(fx.fixedFile, 'utf8'), rel, false).text;
  const run = applyAllFixes(before, ex.text, fx, setting);
  if (run.text !== want) {
    return `${fx.rel}: text after ${run.rounds} round(s) of fixes differs from ${rel}\n${lineDiff(want, run.text)}`;
  }
  const after = lint(run.text, fx, setting);
  const fixable = after.findings.filter((f) => f.fixes.some((x) => x.edits.length > 0));
  if (fixable.length) {
    const list = fixable.map((f) => `    ${lineOf(after.result, f.start) + 1}: ${f.rule} ${shorten(f.message.zh, 70)}`).join('\n');
    return `${fx.rel}: fixable findings remain after ${run.rounds} round(s) of fixes:\n${list}`;
  }
  // The findings without a fix stay: as many of each rule as before, none new, none gone.
  const unfixableBefore = countBy(before.findings.filter((f) => !f.fixes.some((x) => x.edits.length > 0)), (f) => f.rule);
  const afterCounts = countBy(after.findings, (f) => f.rule);
  if (!sameCounts(unfixableBefore, afterCounts)) {
    return `${fx.rel}: the findings without a fix changed when the fixes were applied\n  before: ${fmtCounts(unfixableBefore)}\n  after:  ${fmtCounts(afterCounts)}`;
  }
  return null;
}

/** Everything the harness checks for one fixture; throws an Error with a readable message. */
export function runFixture(fx: Fixture): void {
  const ex = readFixture(fx);
  const setting = settingOf(fx);
  const lt = lint(ex.text, fx, setting);
  const problems = [checkMarkers(fx, ex, lt), checkFindings(fx, ex, lt), checkAlternatives(fx, ex, lt, setting), checkFixed(fx, ex, lt, setting)].filter((x): x is string => x !== null);
  if (problems.length) throw new Error(problems.join('\n\n'));
}

/** Rules a fixture expects to fire (its markers). */
export function firedRules(fx: Fixture): Set<string> {
  return new Set(readFixture(fx).expectations.map((e) => e.rule));
}
