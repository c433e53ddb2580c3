// `gongwen check`: files and folders through the shared scan engine, written as text, JSON,
// SARIF 2.1.0, GitHub annotations or the HTML report.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Msg, Severity } from '../core/types';
import { githubAnnotations } from '../report/github';
import { renderReport } from '../report/html';
import { toSarif } from '../report/sarif';
import { localize } from '../core/locale';
import { countBySeverity, mostFilesLocale, reportFiles, scanFiles, shownMessage, type ScanFix, type ScannedFile } from '../scan/engine';
import { CliConfig, describeProblem } from './config';
import { gatherInputs } from './files';
import { commonLocale, fixFiles, type FixMode } from './fix';
import { openSink, splitLines, writeJson, writeStylish } from './output';
import { existsSync, readFileSync } from 'node:fs';
import { decode } from '../io/textFile';
import { applySuppressions, countFindings, mergeSuppressions, pruneSuppressions, SUPPRESSIONS_FILE, type Suppressions } from '../core/suppressions';
import { readSuppressions, suppressionKey, suppressionsRoot, writeSuppressions } from '../config/suppressionsFile';

export type Format = 'stylish' | 'text' | 'json' | 'sarif' | 'github' | 'html';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github', 'html', 'stylish'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

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
}

/**
 * Control characters made visible (\n, \u001b …): a file name with a line break must not start a
 * line of its own, which a CI runner would read as a command (::error …).
 */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => CONTROL_NAMES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CONTROL_NAMES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function out(s: string): void {
  process.stdout.write(s);
}

/** One file of the JSON report (shape fixed at version 1). */
export interface FileRecord {
  path: string;
  kind: ScannedFile['kind'];
  scope: ScannedFile['scope'];
  /** false: not official drafting (a README, a blog post), so not checked. */
  official: boolean;
  counts: { body: number; attachments: number };
  diagnostics: FileDiagnostic[];
}

export interface FileDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** Each way to fix it (alternatives): a title, whether `--fix` applies it unattended, and its edits (range, new text). Absent when there is none, and for a .docx. */
  fixes?: ScanFix[];
}

/** The JSON document of `--format json` (shape fixed at version 1). */
export function jsonReport(files: readonly ScannedFile[]): { version: 1; files: FileRecord[]; summary: { files: number; diagnostics: number } } {
  let diagnostics = 0;
  const out = files.map((f) => {
    diagnostics += f.diagnostics.length;
    return {
      path: f.display,
      kind: f.kind,
      scope: f.scope,
      official: f.official,
      counts: { body: f.counts.body, attachments: f.counts.attachments },
      diagnostics: f.diagnostics.map((d): FileDiagnostic => ({ rule: d.rule, severity: d.severity, message: shownMessage(f, d), range: d.range, ...(d.fixes && !f.docx ? { fixes: d.fixes } : {}) })),
      ...(f.failures.length ? { failures: f.failures } : {}),
    };
  });
  return { version: 1, files: out, summary: { files: out.length, diagnostics } };
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
  // --fix / --fix-dry-run (fix.ts): the safe fixes first; the check below then reports what is left.
  let fixFailed = false;
  let stdinFixed = false;
  if (opts.fix) {
    const fixLocale = configs.cliLocale ?? commonLocale(inputs.map((i) => effectiveFor(i.path).config.locale));
    const fixSay = (m: Msg): string => localize(fixLocale, m);
    const run = await fixFiles(inputs, effectiveFor, opts.fix, fixLocale, visible);
    if (opts.fix.dryRun) {
      for (const e of entries) if (e.error) process.stderr.write(`gongwen: ${fixSay({ zh: `未检查 ${visible(e.path)}：${e.error.zh}`, en: `skipped ${visible(e.path)}: ${e.error.en}` })}\n`);
      for (const p of configs.problems) process.stderr.write(`gongwen: ${fixSay({ zh: '配置问题：', en: 'config problem: ' })}${describeProblem(p)}\n`);
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
  let lastProgress = 0;
  const result = await scanFiles(inputs, {
    effectiveFor,
    onProgress: (done, total) => {
      if (!tty || total < 50) return;
      const now = Date.now();
      if (now - lastProgress < 100 && done < total) return;
      lastProgress = now;
      process.stderr.write(`\r${localize(configs.cliLocale, { zh: '检查中', en: 'checking' })} ${done}/${total}${done === total ? '\n' : ''}`);
    },
  });
  // The run's own lines (skips, summary) speak the language asked for on the command line, else
  // that of most checked files' configuration.
  const locale = configs.cliLocale ?? mostFilesLocale(result.files);
  const say = (m: Msg): string => localize(locale, m);
  const skippedEntries = entries.filter((e) => e.error).map((e) => ({ path: e.path, reason: say(e.error!), tooLarge: false }));
  const skipped = [...skippedEntries, ...result.skipped];
  // Too large is a setting's choice; anything unreadable makes the run exit 2.
  const unreadable = skipped.filter((s) => !s.tooLarge).length;
  for (const e of entries) if (e.notice) process.stderr.write(`gongwen: ${visible(say(e.notice))}\n`);
  // Nothing to check at all (an empty folder; every file ignored or excluded): said, and exit 2, as ESLint does.
  const nothing = inputs.length === 0 && skippedEntries.length === 0;
  if (nothing) process.stderr.write(`gongwen: ${say(noFiles(paths.map(visible).join(' ')))}\n`);
  for (const s of skipped) process.stderr.write(`gongwen: ${say({ zh: `未检查 ${visible(s.path)}：${s.reason}`, en: `skipped ${visible(s.path)}: ${s.reason}` })}\n`);
  const failures = result.files.flatMap((f) => f.failures.map((x) => ({ path: f.display, ...x })));
  for (const x of failures) process.stderr.write(`gongwen: ${say(ruleFailed(visible(x.path), x.rule, visible(x.error)))}\n`);

  // Suppressions: written first when asked (--suppress-all, --suppress-rule, --prune-suppressions), then applied.
  const keyOf = (f: ScannedFile): string => suppressionKey(suppRoot, gathered.configPath(f.path));
  const found = countFindings(result.files.map((f) => ({ path: keyOf(f), rules: f.diagnostics.map((d) => d.rule) })));
  let suppressions: Suppressions = suppRead.value;
  if (opts.suppress) {
    suppressions = opts.suppress === 'prune'
      ? pruneSuppressions(suppressions, found, new Set(result.files.map(keyOf)), (k) => existsSync(path.join(suppRoot, ...k.split('/'))))
      : mergeSuppressions(suppressions, found, opts.suppress.rules);
    try {
      writeSuppressions(suppFile, suppressions);
    } catch (e) {
      process.stderr.write(`gongwen: ${say({ zh: `无法写入 ${visible(suppFile)}：`, en: `cannot write ${visible(suppFile)}: ` })}${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return 2;
    }
    const recorded = Object.values(suppressions).reduce((n, byRule) => n + Object.values(byRule).reduce((m, r) => m + r.count, 0), 0);
    process.stderr.write(`gongwen: ${say({ zh: `已写入 ${visible(suppFile)}（${Object.keys(suppressions).length} 个文件，共 ${recorded} 个问题）`, en: `wrote ${visible(suppFile)} (${Object.keys(suppressions).length} file(s), ${recorded} finding(s) in all)` })}\n`);
  }
  let suppressedCount = 0;
  const unsuppressed = result.files.map((f) => {
    const { kept, suppressed } = applySuppressions(suppressions, keyOf(f), f.diagnostics);
    suppressedCount += suppressed;
    return suppressed ? { ...f, diagnostics: kept } : f;
  });
  if (suppressedCount) process.stderr.write(`gongwen: ${say({ zh: `已按 ${visible(suppName)} 略去 ${suppressedCount} 个问题`, en: `${suppressedCount} finding(s) left out as recorded in ${visible(suppName)}` })}\n`);

  const files = opts.quiet ? unsuppressed.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : unsuppressed;
  const bySeverity = countBySeverity(files);
  const failOn = opts.failOn;
  const failing = failOn === 'none' ? 0 : (Object.keys(bySeverity) as Severity[]).reduce((n, s) => n + (RANK[s] <= RANK[failOn] ? bySeverity[s] : 0), 0);

  // Written in pieces as it is made: a report of many findings is never one string (output.ts).
  const sink = openSink(opts.output, stdinFixed ? (s: string) => void process.stderr.write(s) : out);
  switch (opts.format) {
    case 'json':
      writeJson(jsonReport(files), sink);
      sink.write('\n');
      break;
    case 'sarif':
      writeJson(toSarif(files, { root: process.cwd(), version: opts.version, skipped, failures }), sink);
      sink.write('\n');
      break;
    case 'github': {
      const lines = githubAnnotations(files);
      if (lines.length) sink.write(lines.join('\n') + '\n');
      break;
    }
    case 'html':
      sink.write(
        renderReport({
          root: paths.join('、'),
          generatedAt: new Date(),
          files: reportFiles(files, (f) => pathToFileURL(path.resolve(f.path)).toString()),
          skipped,
          locale,
        }),
      );
      break;
    case 'stylish':
      writeStylish(files.map((f) => ({ display: visible(f.display), lines: f.diagnostics.length ? sourceLines(f) : null, diagnostics: f.diagnostics.map((d) => ({ ...d, message: visible(shownMessage(f, d)) })) })), { locale, color: !!opts.color, width: (!opts.output && process.stdout.columns) || 100 }, sink);
      break;
    default:
      for (const f of files) {
        for (const d of f.diagnostics) sink.write(`${visible(f.display)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${visible(shownMessage(f, d))}\n`);
      }
  }
  sink.close();
  if (opts.format === 'text' || opts.format === 'stylish' || opts.output) {
    const total = bySeverity.error + bySeverity.warning + bySeverity.info + bySeverity.hint;
    process.stderr.write(say({
      zh: `已检查 ${files.length} 个文件：${total} 个问题（错误 ${bySeverity.error}，警告 ${bySeverity.warning}，提示 ${bySeverity.info}，建议 ${bySeverity.hint}）${opts.output ? `；已写入 ${opts.output}` : ''}`,
      en: `${files.length} file(s) checked: ${total} finding(s) (${bySeverity.error} error, ${bySeverity.warning} warning, ${bySeverity.info} info, ${bySeverity.hint} hint)${opts.output ? `; written to ${opts.output}` : ''}`,
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

/** A text file's lines, read again for the source excerpts of the stylish format (null for a .docx or a file no longer readable). */
function sourceLines(f: ScannedFile): string[] | null {
  if (f.docx) return null;
  try {
    const d = decode(readFileSync(f.path));
    return d.ok ? splitLines(d.text) : null;
  } catch {
    return null;
  }
}
