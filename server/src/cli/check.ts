// `gongwen check`: files and folders through the shared scan engine, written as text, JSON,
// SARIF 2.1.0, GitHub annotations or the HTML report.

import * as path from 'node:path';
import { existsSync } from 'node:fs';
import type { RuleFailure } from '../core/analyze';
import { localize } from '../core/locale';
import { applySuppressions, countFindings, mergeSuppressions, pruneSuppressions, SUPPRESSIONS_FILE, type Suppressions } from '../core/suppressions';
import type { Msg, Severity } from '../core/types';
import { ScanCache } from '../scan/cache';
import { mostLocale, scanFiles, severitiesOf, type ScanInput, type ScannedFile, type Views } from '../scan/engine';
import type { Concurrency } from '../scan/pool';
import { CliConfig, describeProblem } from './config';
import { gatherInputs } from './files';
import { fixFiles, type FixMode } from './fix';
import { openSink, stdoutWrittenAtOnce } from './output';
import { fileRecord, ReportWriter, type FileRecord, type Format } from './report';
import { inShard, type Shard } from './shard';
import { isStdinPath } from './stdin';
import { isDocx } from '../io/docx';
import { holdYoungGeneration, holdYoungGenerationAsIs, isLargeProse } from './youngGeneration';
import { readSuppressions, suppressionKey, suppressionsRoot, writeSuppressions } from '../config/suppressionsFile';

export type { FileDiagnostic, FileRecord, Format } from './report';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github', 'html', 'stylish'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const SEVERITIES = Object.keys(RANK) as Severity[];


export interface CheckOptions {
  format: Format;
  failOn: Severity | 'none';
  /** Exit 1 when there are more warnings than this (like ESLint's --max-warnings). */
  maxWarnings: number | null;
  output: string | null;
  version: string;
  /** --quiet: errors only (every format, the summary and the exit code see no other finding). */
  quiet?: boolean;
  /** Colour in the stylish format (decided by colorWanted in output.ts). */
  color?: boolean;
  /** --fix or --fix-dry-run (fix.ts). */
  fix?: FixMode | null;
  /** false: --no-ignore (.gitignore and .gongwenignore are not read). */
  ignore?: boolean;
  /** --stdin-filename: the name standard input (`-`) is checked as. */
  stdinFilename?: string | null;
  /** --suppress-all (rules null), --suppress-rule ID… or --prune-suppressions: what to write into the suppressions file. */
  suppress?: { rules: string[] | null } | 'prune' | null;
  /** --suppressions-location FILE: instead of gongwen-suppressions.json at the repository root. */
  suppressionsLocation?: string | null;
  /** --concurrency: worker threads for the scan. */
  concurrency?: Concurrency;
  /** --cache [--cache-location]: the cache's location (null: none). */
  cache?: string | null;
  /** --shard K/N: only this share of the files is checked. */
  shard?: Shard | null;
}

/**
 * Control characters made visible (\n, \u001b …): a file name with a line break must not start a
 * line of its own, which a CI runner would read as a command (::error …).
 */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => CONTROL_NAMES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CONTROL_NAMES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function out(s: string | Uint8Array): void {
  process.stdout.write(s);
}

/** The JSON document of `--format json` (shape fixed at version 1). */
export function jsonReport(files: readonly ScannedFile[]): { version: 1; files: FileRecord[]; summary: { files: number; diagnostics: number } } {
  const out = files.map(fileRecord);
  return { version: 1, files: out, summary: { files: out.length, diagnostics: out.reduce((n, f) => n + f.diagnostics.length, 0) } };
}


/** The check is of one file, a large text of prose on disk (not standard input nor a .docx). */
function oneLargeProse(inputs: readonly ScanInput[]): boolean {
  if (inputs.length !== 1) return false;
  const p = inputs[0]!.path;
  return !isStdinPath(p) && !isDocx(p) && isLargeProse(p);
}

/** No file to check under the paths named. */
function noFiles(paths: string): Msg {
  return {
    zh: `没有要检查的文件：${paths} 中没有 .txt、.md、.markdown、.gw、.gongwen 或 .docx 文件，或者都被 .gongwen.json 的 include/exclude、.gitignore 或 .gongwenignore 排除（--no-ignore 不读后两种文件）`,
    en: `no files to check: ${paths} holds no .txt, .md, .markdown, .gw, .gongwen or .docx file, or every one is left out by include/exclude of .gongwen.json, .gitignore or .gongwenignore (--no-ignore reads neither of the last two)`,
  };
}

/** A rule threw on a file: the file was checked without it. */
function ruleFailed(path: string, rule: string, error: string): Msg {
  return { zh: `${path}：规则 ${rule} 运行出错，此文件未用该规则检查（其余规则照常）：${error}`, en: `${path}: rule ${rule} failed, so this file was checked without it (all other rules ran): ${error}` };
}

export async function check(paths: string[], configs: CliConfig, opts: CheckOptions): Promise<number> {
  // Paths to files (files.ts): folders walked, globs expanded, ignore files and include/exclude
  // followed, `-` read from standard input; a config lookup of standard input's copy goes to its --stdin-filename.
  const gathered = await gatherInputs(paths, configs, { ignore: opts.ignore !== false, stdinFilename: opts.stdinFilename ?? null });
  const { entries, inputs } = gathered;
  // --shard K/N: this job checks its share; the other files are read for what cross-file rules compare with.
  const cwd = process.cwd();
  const shard = opts.shard ?? null;
  const mine = (i: ScanInput): boolean => !shard || inShard(i.path, shard, cwd);
  const myInputs = shard ? inputs.filter(mine) : inputs;
  paths = gathered.paths;
  const effectiveFor = (p: string) => configs.effectiveFor(gathered.configPath(p));
  const tty = !!process.stderr.isTTY && opts.format !== 'github';
  // Bulk suppressions (core/suppressions.ts): read before anything is checked, so a broken file stops the run.
  const suppRoot = suppressionsRoot(process.cwd());
  const suppFile = path.resolve(opts.suppressionsLocation ?? path.join(suppRoot, SUPPRESSIONS_FILE));
  const suppName = opts.suppressionsLocation ?? SUPPRESSIONS_FILE;
  const suppRead = readSuppressions(suppFile);
  if (!suppRead.ok) {
    const m = suppRead.error;
    process.stderr.write(`gongwen: ${localize(configs.cliLocale, { zh: `无法使用 ${visible(suppFile)}：${m.zh}（改正或删除该文件，或用 --suppressions-location 指定另一个）`, en: `cannot use ${visible(suppFile)}: ${m.en} (correct or delete it, or name another with --suppressions-location)` })}\n`);
    return 2;
  }
  // The run's own lines (skips, summary, --fix's) and the report's headings speak the language
  // asked for on the command line, else that of most files' configuration.
  const locale = configs.cliLocale ?? mostLocale(myInputs.map((i) => effectiveFor(i.path).config.locale));
  const say = (m: Msg): string => localize(locale, m);
  // --fix / --fix-dry-run (fix.ts): the safe fixes first; the check below then reports what is left.
  let fixFailed = false;
  let stdinFixed = false;
  if (opts.fix) {
    const run = await fixFiles(myInputs, effectiveFor, opts.fix, locale, visible);
    if (opts.fix.dryRun) {
      for (const e of entries) if (e.error) process.stderr.write(`gongwen: ${say({ zh: `未检查 ${visible(e.path)}：${e.error.zh}`, en: `skipped ${visible(e.path)}: ${e.error.en}` })}\n`);
      for (const p of configs.problems) process.stderr.write(`gongwen: ${say({ zh: '配置问题：', en: 'config problem: ' })}${describeProblem(p)}\n`);
      // Exit 1 when --fix would change something (as a check for CI), 2 when a file could not be read.
      return run.failed > 0 || entries.some((e) => e.error) || configs.problems.length > 0 ? 2 : run.changed > 0 ? 1 : 0;
    }
    fixFailed = run.failed > 0;
    if (run.stdout) {
      // The fixed text is the output; the report of what is left goes to stderr.
      process.stdout.write(run.stdout);
      stdinFixed = true;
    }
  }
  // Written as files come (report.ts): a report of many findings is never held whole.
  const sink = stdinFixed ? openSink(opts.output, (s: string | Uint8Array) => void process.stderr.write(s)) : openSink(opts.output, out, stdoutWrittenAtOnce());
  const report = new ReportWriter(opts.format, sink, { locale, color: !!opts.color, width: (!opts.output && process.stdout.columns) || 100, version: opts.version, root: paths.join('、'), visible });
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const failures: Array<RuleFailure & { path: string }> = [];
  let checked = 0;
  let suppressedCount = 0;
  const keyOf = (f: ScannedFile): string => suppressionKey(suppRoot, gathered.configPath(f.path));
  let suppressions: Suppressions = suppRead.value;
  // Each file as it will be shown: suppressions applied, --quiet's errors only, counted, written.
  const show = (f: ScannedFile): void => {
    checked++;
    for (const x of f.failures) failures.push({ path: f.display, ...x });
    const { kept, suppressed } = applySuppressions(suppressions, keyOf(f), f.diagnostics);
    suppressedCount += suppressed;
    const diagnostics = opts.quiet ? kept.filter((d) => d.severity === 'error') : kept;
    for (const d of diagnostics) bySeverity[d.severity]++;
    report.file(diagnostics === f.diagnostics ? f : { ...f, diagnostics });
  };
  // A file counted as shown whole (no suppression, not --quiet).
  const tally = (display: string, fileFailures: readonly RuleFailure[], severities: Record<Severity, number>): void => {
    checked++;
    for (const x of fileFailures) failures.push({ path: display, ...x });
    for (const s of SEVERITIES) bySeverity[s] += severities[s];
  };
  // Writing the suppressions file needs every file's counts first; otherwise files stream.
  const writesSuppressions = !!opts.suppress;
  let lastProgress = 0;
  const cache = opts.cache ? ScanCache.open(opts.cache, opts.version, { passing: isStdinPath, borrowViews: sink.writesAtOnce }) : undefined;
  // A streamed report's files as parts: a file waiting for its turn waits as its part; with
  // --cache each part is kept, and an unchanged file's is written as it was. A file with
  // suppressions is shown from its record (its part depends on the suppressions file).
  const anySuppressed = Object.keys(suppressions).length > 0;
  const suppressedHere = (p: string): boolean => anySuppressed && suppressions[suppressionKey(suppRoot, gathered.configPath(p))] !== undefined;
  const views: Views | undefined = !writesSuppressions && !opts.quiet && report.streams ? {
    key: `${opts.format}|${locale}|${opts.color ? 'color' : ''}|${opts.output ? '' : (process.stdout.columns ?? '')}`,
    show: (input, v) => {
      if (suppressedHere(input.path)) return false;
      tally(input.display, v.failures, v.severities);
      report.writeRendered(v.text, v.diagnostics);
      return true;
    },
    render: (f) => (suppressedHere(f.path) ? null : { text: report.rendered(f)!, diagnostics: f.diagnostics.length, severities: severitiesOf(f.diagnostics), failures: f.failures }),
  } : undefined;
  // A scan of many files keeps V8's young generation small, one large file of prose at its first size (youngGeneration.ts).
  const young = inputs.length > 1 ? holdYoungGeneration() : oneLargeProse(inputs) ? holdYoungGenerationAsIs() : null;
  const result = await scanFiles(inputs, {
    effectiveFor,
    concurrency: opts.concurrency,
    cache,
    summaryOnly: shard ? (i) => !mine(i) : undefined,
    keep: writesSuppressions,
    views,
    onFile: writesSuppressions ? undefined : show,
    onProgress: (done, total) => {
      young?.check();
      if (!tty || total < 50) return;
      const now = Date.now();
      if (now - lastProgress < 100 && done < total) return;
      lastProgress = now;
      process.stderr.write(`\r${localize(configs.cliLocale, { zh: '检查中', en: 'checking' })} ${done}/${total}${done === total ? '\n' : ''}`);
    },
  }).finally(() => young?.release());
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      // A cache that cannot be written costs the next run time, not this run its result.
      process.stderr.write(`gongwen: ${say({ zh: `无法写入缓存 ${visible(cache.file)}：`, en: `cannot write the cache ${visible(cache.file)}: ` })}${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    } finally {
      cache.close();
    }
  }
  if (writesSuppressions) {
    // --suppress-all, --suppress-rule, --prune-suppressions: the file is written first, then applied.
    const found = countFindings(result.files.map((f) => ({ path: keyOf(f), rules: f.diagnostics.map((d) => d.rule) })));
    suppressions = opts.suppress === 'prune'
      ? pruneSuppressions(suppressions, found, new Set(result.files.map(keyOf)), (k) => existsSync(path.join(suppRoot, ...k.split('/'))))
      : mergeSuppressions(suppressions, found, opts.suppress!.rules);
    try {
      writeSuppressions(suppFile, suppressions);
    } catch (e) {
      sink.close();
      process.stderr.write(`gongwen: ${say({ zh: `无法写入 ${visible(suppFile)}：`, en: `cannot write ${visible(suppFile)}: ` })}${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return 2;
    }
    const recorded = Object.values(suppressions).reduce((n, byRule) => n + Object.values(byRule).reduce((m, r) => m + r.count, 0), 0);
    process.stderr.write(`gongwen: ${say({ zh: `已写入 ${visible(suppFile)}（${Object.keys(suppressions).length} 个文件，共 ${recorded} 个问题）`, en: `wrote ${visible(suppFile)} (${Object.keys(suppressions).length} file(s), ${recorded} finding(s) in all)` })}\n`);
    for (const f of result.files) show(f);
  }
  const skippedEntries = entries.filter((e) => e.error && (!shard || inShard(e.path, shard, cwd))).map((e) => ({ path: e.path, reason: say(e.error!), tooLarge: false }));
  const skipped = [...skippedEntries, ...result.skipped];
  report.end({ skipped, failures });
  sink.close();
  // Too large is a setting's choice; anything unreadable makes the run exit 2.
  const unreadable = skipped.filter((s) => !s.tooLarge).length;
  for (const e of entries) if (e.notice) process.stderr.write(`gongwen: ${visible(say(e.notice))}\n`);
  // Nothing to check at all (an empty folder; every file ignored or excluded): said, and exit 2, as ESLint does.
  // A shard may hold no file of a small folder: that is no mistake of the command.
  const nothing = inputs.length === 0 && skippedEntries.length === 0 && entries.every((e) => !e.error);
  if (nothing) process.stderr.write(`gongwen: ${say(noFiles(paths.map(visible).join(' ')))}\n`);
  for (const s of skipped) process.stderr.write(`gongwen: ${say({ zh: `未检查 ${visible(s.path)}：${s.reason}`, en: `skipped ${visible(s.path)}: ${s.reason}` })}\n`);
  for (const x of failures) process.stderr.write(`gongwen: ${say(ruleFailed(visible(x.path), x.rule, visible(x.error)))}\n`);
  if (suppressedCount) process.stderr.write(`gongwen: ${say({ zh: `已按 ${visible(suppName)} 略去 ${suppressedCount} 个问题`, en: `${suppressedCount} finding(s) left out as recorded in ${visible(suppName)}` })}\n`);
  const failOn = opts.failOn;
  const failing = failOn === 'none' ? 0 : (Object.keys(bySeverity) as Severity[]).reduce((n, s) => n + (RANK[s] <= RANK[failOn] ? bySeverity[s] : 0), 0);
  if (opts.format === 'text' || opts.format === 'stylish' || opts.output) {
    const total = bySeverity.error + bySeverity.warning + bySeverity.info + bySeverity.hint;
    process.stderr.write(say({
      zh: `已检查 ${checked} 个文件：${total} 个问题（错误 ${bySeverity.error}，警告 ${bySeverity.warning}，提示 ${bySeverity.info}，建议 ${bySeverity.hint}）${opts.output ? `；已写入 ${opts.output}` : ''}`,
      en: `${checked} file(s) checked: ${total} finding(s) (${bySeverity.error} error, ${bySeverity.warning} warning, ${bySeverity.info} info, ${bySeverity.hint} hint)${opts.output ? `; written to ${opts.output}` : ''}`,
    }) + '\n');
  }
  for (const p of configs.problems) process.stderr.write(`gongwen: ${say({ zh: '配置问题：', en: 'config problem: ' })}${describeProblem(p)}\n`);
  if (unreadable > 0 || failures.length > 0 || configs.problems.length > 0 || fixFailed || nothing) return 2;
  if (opts.maxWarnings !== null && bySeverity.warning > opts.maxWarnings) {
    process.stderr.write(`gongwen: ${say({ zh: `警告 ${bySeverity.warning} 个，超过 --max-warnings ${opts.maxWarnings}`, en: `${bySeverity.warning} warning(s), more than --max-warnings ${opts.maxWarnings}` })}\n`);
    return 1;
  }
  return failing > 0 ? 1 : 0;
}
