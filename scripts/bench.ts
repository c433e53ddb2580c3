// Speed of the analysis core and the CLI (a benchmark that reports; tests never time). A missed
// target is reported, never an error; it exits 1 only when it cannot set up (no dist/, a generator
// that fails) or a run crashes (listed at the end; the other sections still run).
//   npm run bench            (builds dist/ first)
//   npx tsx scripts/bench.ts [--quick] [--pairs N] [--corpus DIR] [--generator PATH] [--breakdown]
//                            [--readme] [--runs N] [--plans N] [--files N] [--keep]
//
// --quick           1 pair, no 8,000-file workload, no breakdown (a couple of minutes)
// --pairs N         alternating (floor, gongwen) whole-process pairs per workload (default 5)
// --corpus DIR      where the reference corpus is generated and reused (default
//                   <os tmpdir>/gongwen-bench-corpus; regenerated when gen.mjs or its arguments change)
// --generator PATH  gen.mjs (default ../shared/bench/gen.mjs, or $GONGWEN_SHARED_DIR/bench); the
//                   floor is floor.mjs beside it
// --breakdown       the in-process time by phase and by rule (slow)
// --readme          write the summary table into README.md between <!-- bench:start --> and
//                   <!-- bench:end --> (put around the table under "## Speed" when missing)
// --runs N          timed in-process runs (default 40, at least 20); --plans N research plans
//                   (default 2,000); --files N the generated folder without ../shared (default 2,000);
//                   --keep keeps the generated folders
//
// Sections:
// 1. In process: median and p90 of full analyses (checkText, after warm-up) of a generated 5,000-字
//    and 100,000-字 公文 (targets 5 ms and 40 ms: what a keystroke costs before the debounce).
// 2. The reference scan (issue 19): the corpus of ../shared/bench/gen.mjs --seed 7 (ws-500,
//    ws-2000, ws-8000 of 3,000 字 a file; doc-1m.txt of 1,000,000 字), each scanned by the regex
//    floor (floor.mjs) and by `node bin/gongwen.js check DIR --format json --fail-on none > /dev/null`,
//    alternating, as whole processes: medians, the ratio of the medians and the range of the
//    per-pair ratios, peak RSS (/usr/bin/time). Targets: 2,000 files ≤ 2.0× the floor (aim
//    1.5×) in ≤ 150 MiB; 8,000 files in ≤ 200 MiB and a per-file cost within 15 % of the 500's;
//    the 1M-字 file ≤ 2.5× the floor. Then the 2,000 re-scanned with --cache (median of 3 after a
//    cold run; ≤ 0.5 s) and once with --concurrency off ("not available" while the CLI lacks them).
//    Without ../shared/bench (a fresh clone) the section is skipped, and says so.
// 3. The CLI on one file of about a million short lines: peak RSS ≤ 300 MiB (issue 16).
// 4. The editor's workspace scan of the 2,000 reference files through the language server
//    (within 20 % of the CLI's median on the same folder), and cancelling a scan (≤ 200 ms to
//    its answer). Without ../shared, over a folder generated here, beside the CLI's median of 3.
// 5. Research plans: the workspace index of 2,000 plans (≤ 2 s) and a keystroke (≤ 20 ms).
// 6. A Markdown table of the figures, between the bench markers (for the README's "Speed").
//
// Keystroke to diagnostics through the server: npm run bench:editor (scripts/editor-latency.ts).

import { existsSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { checkText } from '../server/src/core/check';
import { effectiveConfig } from '../server/src/core/config/effective';
import { buildModel } from '../server/src/core/model/build';
import { RULES } from '../server/src/core/rules/registry';
import { countText } from '../server/src/core/text/count';
import { LineIndex } from '../server/src/core/text/lineIndex';
import { BIN, DIST_CLI, ROOT, SHARED } from '../test/helpers/paths';
import { sampleDocument } from '../test/helpers/sample';
import { ensureCorpus, WORKLOADS, workloadPath, type Workload } from './bench/corpus';
import { EDITOR_VS_CLI, CANCEL_TARGET_MS, editorScanBench, writeFallbackFolder, type EditorFigures } from './bench/editor';
import { LINES_RSS_TARGET, millionLinesBench } from './bench/lines';
import { hasRss, median } from './bench/proc';
import { measureCache, measurePairs, measureSerial, runCli, summarize, type CacheFigures, type Optional, type PairSummary } from './bench/reference';
import { attempt, attemptAsync, failed, failures, header, line, mib, ms, quantile, sec, time, times, verdict } from './bench/report';
import { researchBench, type ResearchFigures } from './bench/research';
import { renderBlock, writeReadme, type Row } from './bench/table';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const argString = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] && !argv[i + 1]!.startsWith('--') ? argv[i + 1] : undefined;
};
const argNumber = (name: string, dflt: number) => {
  const v = argString(name);
  return v !== undefined && Number.isFinite(Number(v)) ? Number(v) : dflt;
};
const QUICK = flag('quick');
const RUNS = Math.max(20, argNumber('runs', 40));
const PAIRS = QUICK ? 1 : Math.max(1, Math.floor(argNumber('pairs', 5)));
const FILES = argNumber('files', 2000);
const PLANS = argNumber('plans', 2000);
const KEEP = flag('keep');
const BREAKDOWN = flag('breakdown') && !QUICK;
const CORPUS = path.resolve(argString('corpus') ?? path.join(os.tmpdir(), 'gongwen-bench-corpus'));
const GENERATOR = path.resolve(argString('generator') ?? path.join(SHARED, 'bench', 'gen.mjs'));
const FLOOR = path.join(path.dirname(GENERATOR), 'floor.mjs');

// Targets: issue 19 (reference scan, cache, editor scan), the speed issue (in process, cancel), 16, 6.
const T = {
  ratio2000: 2.0,
  aim2000: 1.5,
  rss2000: 150,
  rss8000: 200,
  perFile: 1.15,
  ratio1m: 2.5,
  cacheMs: 500,
  planIndexMs: 2000,
  planKeyMs: 20,
};

const eff = effectiveConfig([]);
const config = eff.config;
const CPUS = os.cpus();
const MACHINE = `${CPUS.length} × ${CPUS[0]?.model.trim() ?? 'cpu'}`;
/** The 1-minute load average when the run starts: above the core count, other work shares the machine and the figures say less. */
const LOAD = os.loadavg()[0] ?? 0;

// ---- 1. in process ---------------------------------------------------------------------------

interface InProcess {
  name: string;
  median: number;
  p90: number;
  target: number;
}

const DOCS = [
  { name: '5,000 字', target: 5, sample: () => sampleDocument({ chars: 5000, seed: 2019 }) },
  { name: '100,000 字', target: 40, sample: () => sampleDocument({ chars: 100_000, seed: 728 }) },
];

function inProcessBench(): InProcess[] {
  header('Full analysis in process (checkText: model + every rule), median / p90');
  const results: InProcess[] = [];
  for (const d of DOCS) {
    const text = d.sample().text;
    const r = checkText(text, 'bench.txt', eff);
    const runs = time(() => checkText(text, 'bench.txt', eff), RUNS);
    const median = quantile(runs, 0.5);
    const p90 = quantile(runs, 0.9);
    results.push({ name: d.name, median, p90, target: d.target });
    console.log(`  ${d.name}: ${text.length.toLocaleString('en-US')} characters, body ${r.counts.body.toLocaleString('en-US')} 字, ${r.model.paragraphs.length} paragraphs, ${r.model.headings.length} headings, ${r.findings.length} findings`);
    line(`median ${d.name}`, `${ms(median)} ms`, `≤ ${d.target} ms`, verdict(median, d.target));
    line(`p90 ${d.name}`, `${ms(p90)} ms`, '', '');
  }
  if (BREAKDOWN) breakdown();
  else console.log('  (time by phase and by rule: --breakdown)');
  return results;
}

function breakdown(): void {
  header('Where the time goes (medians; rules measured one at a time over the same model work)');
  for (const d of DOCS) {
    const text = d.sample().text;
    console.log(`  ${d.name}`);
    const phases: Array<[string, () => unknown]> = [
      ['line index', () => new LineIndex(text)],
      ['document model (paragraphs, structure, headings)', () => buildModel(text)],
      ['字数 count of the whole text', () => countText(text, 'word')],
      ['analyze, no rules (model + kind + counts)', () => analyze(text, config, { only: [] })],
    ];
    const base = quantile(time(() => analyze(text, config, { only: [] }), RUNS), 0.5);
    for (const [label, fn] of phases) console.log(`    ${label.padEnd(52)} ${ms(quantile(time(fn, RUNS), 0.5)).padStart(8)} ms`);
    const perRule: Array<[string, number]> = [];
    for (const rule of RULES) {
      const t = quantile(time(() => analyze(text, config, { only: [rule.id] }), RUNS), 0.5);
      perRule.push([rule.id, Math.max(0, t - base)]);
    }
    perRule.sort((a, b) => b[1] - a[1]);
    for (const [id, t] of perRule) console.log(`    rule ${id.padEnd(47)} ${ms(t).padStart(8)} ms`);
  }
}

// ---- 2. the reference scan -----------------------------------------------------------------------

interface Reference {
  pairs: Map<Workload, PairSummary>;
  /** (t8000 / 8000) ÷ (t500 / 500) of the CLI's medians; NaN when the 8,000 was skipped. */
  perFile: number;
  cache: Optional<CacheFigures>;
  serial: Optional<{ wallMs: number; rssMiB: number | undefined }>;
}

/** Whether the generator and the floor are there; says so plainly when not. */
function referenceAvailable(): boolean {
  const missing = [GENERATOR, FLOOR].filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  header('Reference scan (issue 19): skipped');
  console.log(`  ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} absent (a fresh clone has no ../shared beside it):`);
  console.log('  no reference corpus, no floor, so no CLI figures. Point --generator at gen.mjs (floor.mjs beside it) to measure them.');
  return false;
}

function pairLine(w: Workload, s: PairSummary): void {
  const [lo, hi] = s.pairRange;
  console.log(`  ${w.label}: gongwen ${sec(s.gongwenMs)}, floor ${sec(s.floorMs)} (medians of ${PAIRS}); ratio of medians ${times(s.ratio)}, per-pair median ${times(s.pairRatio)}, range ${times(lo)}–${times(hi)}`);
  console.log(`    peak RSS gongwen ${mib(s.rssMiB)}, floor ${mib(s.floorRssMiB)}`);
}

function referenceBench(): Reference {
  header(`Reference scan (issue 19): floor and gongwen check, ${PAIRS} alternating pair${PAIRS > 1 ? 's' : ''} a workload, whole processes`);
  try {
    console.log(`  corpus: ${ensureCorpus(GENERATOR, CORPUS)}`);
  } catch (e) {
    console.error(`  cannot generate the reference corpus: ${(e as Error).message}`);
    process.exit(1);
  }
  if (!hasRss()) console.log('  /usr/bin/time (GNU) is absent: wall clock only, no peak RSS');
  const workloads: Workload[] = QUICK ? [WORKLOADS.ws500, WORKLOADS.ws2000, WORKLOADS.doc1m] : [WORKLOADS.ws500, WORKLOADS.ws2000, WORKLOADS.ws8000, WORKLOADS.doc1m];
  const pairs = new Map<Workload, PairSummary>();
  for (const w of workloads) {
    const s = attempt(w.label, () => summarize(measurePairs(BIN, FLOOR, workloadPath(CORPUS, w), PAIRS)));
    if (!s) continue;
    pairs.set(w, s);
    pairLine(w, s);
    if (w === WORKLOADS.ws2000) {
      line('2,000 files ÷ floor', times(s.ratio), `≤ ${times(T.ratio2000)}`, verdict(s.ratio, T.ratio2000));
      console.log(`    aim ${times(T.aim2000)}: ${s.ratio <= T.aim2000 ? 'met' : 'not yet'}`);
      line('2,000 files peak RSS', mib(s.rssMiB), `≤ ${T.rss2000} MiB`, verdict(s.rssMiB, T.rss2000));
    }
    if (w === WORKLOADS.ws8000) line('8,000 files peak RSS', mib(s.rssMiB), `≤ ${T.rss8000} MiB`, verdict(s.rssMiB, T.rss8000));
    if (w === WORKLOADS.doc1m) line('1M-字 file ÷ floor', times(s.ratio), `≤ ${times(T.ratio1m)}`, verdict(s.ratio, T.ratio1m));
  }
  const s500 = pairs.get(WORKLOADS.ws500);
  const s8000 = pairs.get(WORKLOADS.ws8000);
  const perFile = s8000 && s500 ? s8000.gongwenMs / 8000 / (s500.gongwenMs / 500) : NaN;
  if (QUICK) console.log('  8,000 files: skipped (--quick)');
  else line('per-file cost, 8,000 ÷ 500 files', times(perFile), `≤ ${times(T.perFile)}`, verdict(perFile, T.perFile));

  const ws2000 = workloadPath(CORPUS, WORKLOADS.ws2000);
  const cache = attempt('--cache re-scan', () => measureCache(BIN, ws2000, 3)) ?? { available: false, why: 'failed' };
  if (cache.available) {
    line('2,000 re-scanned with --cache (median of 3)', sec(cache.value.warmMs), `≤ ${sec(T.cacheMs)}`, verdict(cache.value.warmMs, T.cacheMs));
    console.log(`    cold run (fills the cache) ${sec(cache.value.coldMs)}; re-runs ${cache.value.warm.map(sec).join(', ')}; peak RSS ${mib(cache.value.warmRssMiB)}`);
  } else console.log(`  --cache re-scan: not available (${cache.why})`);
  const serial = attempt('--concurrency off', () => measureSerial(BIN, ws2000)) ?? { available: false, why: 'failed' };
  if (serial.available) {
    const g = pairs.get(WORKLOADS.ws2000)?.gongwenMs ?? NaN;
    console.log(`  2,000 files with --concurrency off: ${sec(serial.value.wallMs)} (${times(serial.value.wallMs / g)} the default's median), peak RSS ${mib(serial.value.rssMiB ?? NaN)}`);
  } else console.log(`  --concurrency off: not available (${serial.why})`);
  return { pairs, perFile, cache, serial };
}

// ---- 4. the editor scan (the reference 2,000, or a folder generated here) -------------------------

interface EditorSection {
  figures: EditorFigures | undefined;
  label: string;
}

async function editorSection(ref: Reference | undefined): Promise<EditorSection> {
  if (ref) {
    const label = 'the reference 2,000 files';
    const cliMs = ref.pairs.get(WORKLOADS.ws2000)?.gongwenMs ?? NaN;
    return { figures: await attemptAsync('editor scan', () => editorScanBench(workloadPath(CORPUS, WORKLOADS.ws2000), label, cliMs)), label };
  }
  const dir = writeFallbackFolder(FILES);
  try {
    const label = `${FILES.toLocaleString('en-US')} generated documents of about 3,000 字`;
    const walls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = runCli(BIN, dir);
      if (r.status === 0) walls.push(r.wallMs);
      else failed('CLI over the generated folder', `CLI exit ${r.status}: ${r.stderr}`);
    }
    console.log(`\n  (no reference corpus: the CLI over ${dir}, median of ${walls.length}: ${sec(median(walls))})`);
    return { figures: await attemptAsync('editor scan', () => editorScanBench(dir, label, median(walls))), label };
  } finally {
    if (KEEP) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---- 6. the summary table ------------------------------------------------------------------------

const NONE = '—';

function pairRow(w: Workload, s: PairSummary | undefined, target: string): Row {
  if (!s) return { workload: w.label, gongwen: QUICK && w === WORKLOADS.ws8000 ? 'skipped (--quick)' : 'failed', floor: NONE, ratio: NONE, rss: NONE, target };
  const [lo, hi] = s.pairRange;
  const spread = PAIRS > 1 ? ` (${lo.toFixed(2)}–${hi.toFixed(2)})` : '';
  return { workload: w.label, gongwen: sec(s.gongwenMs), floor: sec(s.floorMs), ratio: `${times(s.ratio)}${spread}`, rss: Number.isNaN(s.rssMiB) ? NONE : mib(s.rssMiB), target };
}

function summaryRows(inProcess: InProcess[], ref: Reference | undefined, editor: EditorSection, linesRss: number, research: ResearchFigures | undefined): Row[] {
  const row = (workload: string, gongwen: string, target: string, extra: Partial<Row> = {}): Row => ({ workload, gongwen, floor: NONE, ratio: NONE, rss: NONE, target, ...extra });
  const rows: Row[] = [];
  if (ref) {
    const p = ref.pairs;
    rows.push(pairRow(WORKLOADS.ws500, p.get(WORKLOADS.ws500), NONE));
    rows.push(pairRow(WORKLOADS.ws2000, p.get(WORKLOADS.ws2000), `≤ ${times(T.ratio2000)} (aim ${times(T.aim2000)}), ≤ ${T.rss2000} MiB`));
    rows.push(pairRow(WORKLOADS.ws8000, p.get(WORKLOADS.ws8000), `≤ ${T.rss8000} MiB`));
    rows.push(row('per-file cost, 8,000 ÷ 500 files', NONE, `≤ ${times(T.perFile)}`, { ratio: Number.isNaN(ref.perFile) ? NONE : times(ref.perFile) }));
    rows.push(pairRow(WORKLOADS.doc1m, p.get(WORKLOADS.doc1m), `≤ ${times(T.ratio1m)}`));
    const c = ref.cache;
    rows.push(row('2,000 files re-scanned, `--cache`, unchanged', c.available ? sec(c.value.warmMs) : 'not available', `≤ ${sec(T.cacheMs)}`, c.available && !Number.isNaN(c.value.warmRssMiB) ? { rss: mib(c.value.warmRssMiB) } : {}));
    const s = ref.serial;
    const floor2000 = p.get(WORKLOADS.ws2000)?.floorMs ?? NaN;
    rows.push(row('2,000 files, `--concurrency off`', s.available ? sec(s.value.wallMs) : 'not available', NONE, s.available ? { ratio: times(s.value.wallMs / floor2000), rss: s.value.rssMiB === undefined ? NONE : mib(s.value.rssMiB) } : {}));
  } else {
    rows.push(row('reference scan (`../shared/bench`)', 'not run: ../shared absent', NONE));
  }
  const e = editor.figures;
  rows.push(row(`editor scan, ${editor.label} (language server)`, e ? sec(e.wall) : 'failed', `≤ ${times(EDITOR_VS_CLI)} the CLI`, e && !Number.isNaN(e.vsCli) ? { ratio: `${times(e.vsCli)} the CLI` } : {}));
  rows.push(row('cancel a scan → its answer (worst of 5)', e ? `${ms(e.cancelMax)} ms` : 'failed', `≤ ${CANCEL_TARGET_MS} ms`));
  for (const r of inProcess) rows.push(row(`analysis in process, ${r.name} (median)`, `${ms(r.median)} ms`, `≤ ${r.target} ms`));
  rows.push(row('one file of ~1,000,000 short lines (worst of 5 shapes)', NONE, `≤ ${LINES_RSS_TARGET} MiB`, { rss: mib(linesRss) }));
  rows.push(row(`index of ${PLANS.toLocaleString('en-US')} research plans of 30 stops`, research ? sec(research.build) : 'failed', `≤ ${sec(T.planIndexMs)}`));
  rows.push(row('keystroke in one of those plans (median)', research ? `${ms(Math.max(research.keystroke, research.routeEdit))} ms` : 'failed', `≤ ${T.planKeyMs} ms`));
  return rows;
}

function note(ref: Reference | undefined): string {
  const how = ref
    ? `gongwen is \`node bin/gongwen.js check PATH --format json --fail-on none > /dev/null\` and the floor is \`../shared/bench/floor.mjs\` (a dozen precompiled regular expressions and line:column for every match: the least work a linter can do on this text), both timed as whole processes over the reference corpus (\`gen.mjs --seed 7\`), median of ${PAIRS} alternating run${PAIRS > 1 ? 's' : ''} each; ratio = gongwen ÷ floor${PAIRS > 1 ? ', the range of the per-pair ratios in brackets' : ''}; peak RSS from \`/usr/bin/time\``
    : 'the reference corpus (`../shared/bench`) was absent, so there are no CLI figures';
  return `Figures from one run of \`npm run bench${QUICK ? ' -- --quick' : ''}\` on a ${CPUS.length}-core machine (${CPUS[0]?.model.trim() ?? 'cpu'}, load average ${LOAD.toFixed(1)} at the start), Node ${process.version}: ${how}. They vary with machine load; the ratios travel between machines better than the seconds.`;
}

// ---- main ----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  console.log(`gongwen bench — node ${process.version}, ${MACHINE}, load ${LOAD.toFixed(1)}, ${RUNS} timed runs after 10 warm-up${QUICK ? ', --quick' : ''}`);
  if (!existsSync(DIST_CLI)) {
    console.error('dist/cli.js is missing: run `npm run bench` (it builds first).');
    process.exit(1);
  }
  const built = statSync(DIST_CLI).mtimeMs;
  const inProcess = attempt('analysis in process', inProcessBench) ?? [];
  const ref = referenceAvailable() ? referenceBench() : undefined;
  const linesRss = millionLinesBench(BIN);
  const editor = await editorSection(ref);
  const research = await attemptAsync('research plans', () => researchBench(eff, { count: PLANS, runs: RUNS, keep: KEEP }));

  header('Summary');
  const block = renderBlock(summaryRows(inProcess, ref, editor, linesRss, research), note(ref));
  console.log(block);
  if (failures.length) {
    // A crashed run is not a slow one: say which, leave the README alone, and exit 1.
    console.log(`\n  ${failures.length} measurement${failures.length > 1 ? 's' : ''} failed:`);
    for (const f of failures) console.log(`    ${f}`);
    process.exitCode = 1;
  }
  // A rebuild part-way (someone else's `npm run build`) mixes two engines in one table.
  const rebuilt = !existsSync(DIST_CLI) || statSync(DIST_CLI).mtimeMs !== built;
  if (rebuilt) console.log('\n  dist/cli.js was rebuilt during the run: the figures mix two builds.');
  if (flag('readme')) {
    if (failures.length || rebuilt) console.log(`  README.md not written (${rebuilt ? 'dist/cli.js changed during the run' : 'a measurement failed'}).`);
    else {
      writeReadme(path.join(ROOT, 'README.md'), block);
      console.log('\n  README.md: the table between the bench markers is replaced.');
    }
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
