// `gongwen check`: files and folders through the shared scan engine, written as text, JSON,
// SARIF 2.1.0, GitHub annotations or the HTML report.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Msg, Severity } from '../core/types';
import { repositoryRoot } from '../config/load';
import { posixRel } from '../io/walk';
import { defaultDocsBase } from '../lsp/docsLink';
import { githubAnnotations } from '../report/github';
import { renderReport } from '../report/html';
import { toSarif } from '../report/sarif';
import { isIncluded } from '../core/config/effective';
import { localize } from '../core/locale';
import { countBySeverity, mostFilesLocale, reportFiles, scanFiles, shownMessage, type ScanInput, type ScannedFile } from '../scan/engine';
import { CliConfig, describeProblem } from './config';
import { collectFiles, type FileEntry } from './files';
import { openSink, writeJson } from './output';

export type Format = 'text' | 'json' | 'sarif' | 'github' | 'html';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github', 'html'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface CheckOptions {
  format: Format;
  failOn: Severity | 'none';
  /** Exit 1 when there are more warnings than this (like ESLint's --max-warnings). */
  maxWarnings: number | null;
  output: string | null;
  version: string;
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
      diagnostics: f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: shownMessage(f, d), range: d.range })),
      ...(f.failures.length ? { failures: f.failures } : {}),
    };
  });
  return { version: 1, files: out, summary: { files: out.length, diagnostics } };
}


/** A rule threw on a file: the file was checked without it. */
function ruleFailed(path: string, rule: string, error: string): Msg {
  return { zh: `${path}：规则 ${rule} 运行出错，此文件未用该规则检查（其余规则照常）：${error}`, en: `${path}: rule ${rule} failed, so this file was checked without it (all other rules ran): ${error}` };
}

export async function check(paths: string[], configs: CliConfig, opts: CheckOptions): Promise<number> {
  const entries = collectFiles(paths);
  const tty = !!process.stderr.isTTY && opts.format !== 'github';
  // Globs (kinds, include/exclude) are matched as in the editor: relative to the repository
  // root (the usual workspace folder), or to the current folder outside a repository; a file
  // found outside both is matched relative to the folder named on the command line.
  const rootOf = new Map<string, string>();
  const relOf = (e: FileEntry): string => {
    const file = path.resolve(e.path);
    const dir = path.dirname(file);
    let root = rootOf.get(dir);
    if (root === undefined) rootOf.set(dir, (root = repositoryRoot(dir) ?? process.cwd()));
    const rel = path.relative(root, file);
    const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
    return posixRel(e.from !== undefined && outside ? path.resolve(e.from) : root, file);
  };
  // Files found by walking a folder follow include/exclude; a file named on the command line is
  // always checked (as ESLint does with explicit paths).
  const inputs: ScanInput[] = [];
  for (const e of entries) {
    if (e.error) continue;
    const rel = relOf(e);
    if (e.from !== undefined && !isIncluded(configs.effectiveFor(e.path), rel)) continue;
    inputs.push({ path: e.path, display: e.path, rel });
  }
  let lastProgress = 0;
  const result = await scanFiles(inputs, {
    effectiveFor: (p) => configs.effectiveFor(p),
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
  for (const s of skipped) process.stderr.write(`gongwen: ${say({ zh: `未检查 ${visible(s.path)}：${s.reason}`, en: `skipped ${visible(s.path)}: ${s.reason}` })}\n`);
  const failures = result.files.flatMap((f) => f.failures.map((x) => ({ path: f.display, ...x })));
  for (const x of failures) process.stderr.write(`gongwen: ${say(ruleFailed(visible(x.path), x.rule, visible(x.error)))}\n`);

  const files = result.files;
  const bySeverity = countBySeverity(files);
  const failOn = opts.failOn;
  const failing = failOn === 'none' ? 0 : (Object.keys(bySeverity) as Severity[]).reduce((n, s) => n + (RANK[s] <= RANK[failOn] ? bySeverity[s] : 0), 0);

  // Written in pieces as it is made: a report of many findings is never one string (output.ts).
  const sink = openSink(opts.output, out);
  switch (opts.format) {
    case 'json':
      writeJson(jsonReport(files), sink);
      sink.write('\n');
      break;
    case 'sarif':
      writeJson(toSarif(files, { root: process.cwd(), version: opts.version, docsBase: defaultDocsBase(), skipped, failures }), sink);
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
    default:
      for (const f of files) {
        for (const d of f.diagnostics) sink.write(`${visible(f.display)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${visible(shownMessage(f, d))}\n`);
      }
  }
  sink.close();
  if (opts.format === 'text' || opts.output) {
    const total = bySeverity.error + bySeverity.warning + bySeverity.info + bySeverity.hint;
    process.stderr.write(say({
      zh: `已检查 ${files.length} 个文件：${total} 个问题（错误 ${bySeverity.error}，警告 ${bySeverity.warning}，提示 ${bySeverity.info}，建议 ${bySeverity.hint}）${opts.output ? `；已写入 ${opts.output}` : ''}`,
      en: `${files.length} file(s) checked: ${total} finding(s) (${bySeverity.error} error, ${bySeverity.warning} warning, ${bySeverity.info} info, ${bySeverity.hint} hint)${opts.output ? `; written to ${opts.output}` : ''}`,
    }) + '\n');
  }
  for (const p of configs.problems) process.stderr.write(`gongwen: ${say({ zh: '配置问题：', en: 'config problem: ' })}${describeProblem(p)}\n`);
  if (unreadable > 0 || failures.length > 0 || configs.problems.length > 0) return 2;
  if (opts.maxWarnings !== null && bySeverity.warning > opts.maxWarnings) {
    process.stderr.write(`gongwen: ${say({ zh: `警告 ${bySeverity.warning} 个，超过 --max-warnings ${opts.maxWarnings}`, en: `${bySeverity.warning} warning(s), more than --max-warnings ${opts.maxWarnings}` })}\n`);
    return 1;
  }
  return failing > 0 ? 1 : 0;
}
