// npm run test:mutation [-- GROUP…] [--force] [--list]
// node scripts/mutation.mjs --report-only [NAME…] [--list]   (re-read reports/mutation/<NAME>.json)
//
// Runs StrykerJS over the analysis core one group of modules at a time (groups in
// mutation-groups.mjs, settings in stryker.config.mjs), merges the groups' reports into
// reports/mutation/mutation.json and prints the mutation score of each group against its target.
// Re-runs are incremental: only mutants in changed code, or covered by changed tests, run again
// (--force runs everything). --list prints every mutant that survived, for writing tests.
// Exits 1 when a score is under its target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { GROUPS, LOAD_TIME_CALLS_MAX } from './mutation-groups.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'reports', 'mutation');
/** Minimum mutation score (%) per group, and over the whole core. */
const TARGETS = { text: 85, parse: 85, fixes: 85, core: 75 };

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const asked = args.filter((a) => !a.startsWith('--'));
// With --report-only the names are reports to read (reports/mutation/<name>.json), groups or not.
if (!flags.has('--report-only')) for (const g of asked) if (!GROUPS[g]) fail(`unknown group "${g}" (one of ${Object.keys(GROUPS).join(', ')})`);

function fail(message) {
  console.error(`mutation: ${message}`);
  process.exit(2);
}

function runGroup(group) {
  const started = Date.now();
  console.log(`\n=== ${group}: ${GROUPS[group].mutate.join(' ')}`);
  const cli = path.join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
  const r = spawnSync(process.execPath, [cli, 'run', ...(flags.has('--force') ? ['--force'] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, GONGWEN_MUTATION_GROUP: group },
  });
  if (r.status !== 0) fail(`stryker failed for group ${group} (exit ${r.status})`);
  return (Date.now() - started) / 1000;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function tally(mutants) {
  let detected = 0;
  let undetected = 0;
  for (const m of mutants) {
    if (DETECTED.has(m.status)) detected++;
    else if (UNDETECTED.has(m.status)) undetected++;
  }
  const valid = detected + undetected;
  return { detected, undetected, valid, score: valid ? (100 * detected) / valid : 100 };
}

/** One report for all groups; test ids are prefixed with the group, as each run numbers its own. */
function merge(groups) {
  const merged = { schemaVersion: '2', thresholds: { high: 85, low: 75 }, files: {}, testFiles: {}, config: {} };
  for (const g of groups) {
    const file = path.join(OUT, `${g}.json`);
    if (!existsSync(file)) continue;
    const rep = JSON.parse(readFileSync(file, 'utf8'));
    const id = (t) => `${g}:${t}`;
    for (const [name, f] of Object.entries(rep.files)) {
      for (const m of f.mutants) {
        if (m.coveredBy) m.coveredBy = m.coveredBy.map(id);
        if (m.killedBy) m.killedBy = m.killedBy.map(id);
      }
      merged.files[name] = f;
    }
    for (const [name, tf] of Object.entries(rep.testFiles ?? {})) {
      const into = (merged.testFiles[name] ??= { tests: [] });
      into.tests.push(...tf.tests.map((t) => ({ ...t, id: id(t.id) })));
    }
    merged.projectRoot ??= rep.projectRoot;
  }
  return merged;
}

function groupOf(file) {
  for (const [g, { mutate }] of Object.entries(GROUPS)) {
    for (const glob of mutate) {
      const base = glob.replace(/\*\*\/\*\.ts$/, '');
      if (glob.endsWith('.ts') && !glob.includes('*') ? file === glob : file.startsWith(base)) return g;
    }
  }
  return null;
}

function summarize(report, timings) {
  const byGroup = new Map();
  const all = [];
  const rows = [];
  for (const [file, f] of Object.entries(report.files)) {
    const g = groupOf(file) ?? '?';
    const list = byGroup.get(g) ?? [];
    list.push(...f.mutants);
    byGroup.set(g, list);
    all.push(...f.mutants);
    const t = tally(f.mutants);
    rows.push(`  ${file.padEnd(52)} ${t.score.toFixed(1).padStart(6)} %  ${String(t.undetected).padStart(4)} undetected of ${t.valid}`);
  }
  console.log('\nper file:');
  console.log(rows.sort().join('\n'));
  console.log('\nper group:');
  let ok = true;
  const line = (name, t) => {
    const target = TARGETS[name];
    const pass = target === undefined || t.score >= target;
    if (!pass) ok = false;
    const time = timings[name] !== undefined ? `  ${timings[name].toFixed(0)} s` : '';
    console.log(`  ${name.padEnd(10)} ${t.score.toFixed(1).padStart(6)} %  (${t.detected}/${t.valid})${target !== undefined ? `  target ${target} %${pass ? '' : '  UNDER'}` : ''}${time}`);
  };
  for (const g of Object.keys(GROUPS)) if (byGroup.has(g)) line(g, tally(byGroup.get(g)));
  line('core', tally(all));
  return ok;
}

function listSurvivors(report) {
  for (const [file, f] of Object.entries(report.files).sort()) {
    const src = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    for (const m of f.mutants.filter((x) => UNDETECTED.has(x.status)).sort((a, b) => a.location.start.line - b.location.start.line)) {
      const l = m.location.start;
      const orig = src[l.line - 1]?.slice(l.column - 1, m.location.end.line === l.line ? m.location.end.column - 1 : undefined) ?? '';
      console.log(`${file}:${l.line}:${l.column}  ${m.status}  ${m.mutatorName}: ${orig.trim().slice(0, 60)} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}`);
    }
  }
}

/** Test files of the groups that call analysis code while loading make Stryker restart a process per mutant of that code. */
function warnLoadTimeCalls(groups) {
  const specs = [...new Set(groups.flatMap((g) => GROUPS[g].spec))];
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'load-time-calls.mjs'), '--min', String(LOAD_TIME_CALLS_MAX), ...specs], { cwd: ROOT, encoding: 'utf8' });
  const offenders = (r.stdout ?? '').trim();
  if (offenders) console.warn(`mutation: these test files run analysis code while they load; build values in beforeEach or the test, or each mutant of that code runs in a fresh process:\n${offenders}`);
}

mkdirSync(OUT, { recursive: true });
const timings = {};
if (!flags.has('--report-only')) {
  warnLoadTimeCalls(asked.length ? asked : Object.keys(GROUPS));
  const started = Date.now();
  for (const g of asked.length ? asked : Object.keys(GROUPS)) timings[g] = runGroup(g);
  timings.core = (Date.now() - started) / 1000;
}
const report = merge(flags.has('--report-only') && asked.length ? asked : Object.keys(GROUPS));
writeFileSync(path.join(OUT, 'mutation.json'), JSON.stringify(report));
if (flags.has('--list')) listSurvivors(report);
const ok = summarize(report, timings);
console.log(`\nreport: ${path.relative(ROOT, path.join(OUT, 'mutation.json'))}`);
process.exit(ok ? 0 : 1);
