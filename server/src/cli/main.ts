// The `gongwen` command line: the same analysis core as the editor, for reviewers and CI.
//   gongwen check [PATH…] [--format text|json] [--fail-on error|warning|info|none]
//   gongwen rules [--format text|json]
//   gongwen config PATH [--format text|json] [--config FILE]
// Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or unreadable input.

import * as path from 'node:path';
import type { AnalysisResult } from '../core/analyze';
import { checkText, CROSS_PLAN_RULES } from '../core/check';
import { PlanIndex, summarize } from '../core/research/index';
import type { Effective } from '../core/config/effective';
import { RULES } from '../core/rules/registry';
import type { Severity } from '../core/types';
import { oneOf, onlyOptions, parseArgs } from './args';
import { CliConfig, describeProblem } from './config';
import { configOrigins } from '../core/config/origins';
import { configText } from '../config/load';
import { existsSync } from 'node:fs';
import { collectFiles, readText, UsageError } from './files';
import { jsonReport, textLines, toRecord, type FileRecord } from './report';

const VERSION = '0.1.0';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

const HELP = `gongwen ${VERSION} — 公文减负助手 command line

Usage:
  gongwen check [PATH…] [--format text|json] [--fail-on error|warning|info|none] [--locale zh-cn|en]
  gongwen rules [--format text|json]

check   Checks files and folders (folders are walked for *.txt, *.md, *.gw, *.gongwen,
        skipping node_modules and .git). Default PATH is the current folder.
        text: path:line:col severity rule message (1-based)
        json: { version, files: [{ path, kind, scope, counts, diagnostics }], summary }
rules   Lists every rule with its metadata.
config  Prints the effective configuration for a file and where each value came from
        (the rule registry's default, a preset, a .gongwen.json, the command line).

Exit codes: 0 nothing at or above --fail-on (default error), 1 otherwise, 2 bad usage or unreadable input.
`;

function out(s: string): void {
  process.stdout.write(s);
}

function main(argv: string[]): number {
  const { command, paths, options } = parseArgs(argv);
  if (options.has('version')) {
    out(`${VERSION}\n`);
    return 0;
  }
  if (options.has('help') || command === 'help') {
    out(HELP);
    return 0;
  }
  if (command === '') {
    process.stderr.write(HELP);
    return 2;
  }
  if (command === 'rules') {
    onlyOptions(options, command, ['format']);
    if (paths.length) throw new UsageError(`"rules" takes no paths (got ${paths.join(' ')})`);
    return rules(oneOf(options, 'format', ['text', 'json'] as const, 'text'));
  }
  if (command === 'config') {
    onlyOptions(options, command, ['format', 'config']);
    if (paths.length !== 1) throw new UsageError('gongwen config takes one PATH');
    const configFile = typeof options.get('config') === 'string' ? (options.get('config') as string) : null;
    return showConfig(paths[0]!, oneOf(options, 'format', ['text', 'json'] as const, 'text'), new CliConfig(configFile, {}));
  }
  if (command === 'check') {
    onlyOptions(options, command, ['format', 'fail-on', 'locale', 'config']);
    const format = oneOf(options, 'format', ['text', 'json'] as const, 'text');
    const failOn = oneOf(options, 'fail-on', ['error', 'warning', 'info', 'hint', 'none'] as const, 'error');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    const configFile = typeof options.get('config') === 'string' ? (options.get('config') as string) : null;
    if (configFile && !existsSync(configFile)) throw new UsageError(`cannot read ${configFile}: no such config file`);
    return check(paths.length ? paths : ['.'], format, failOn, new CliConfig(configFile, locale ? { locale } : {}));
  }
  throw new UsageError(`unknown command "${command}" (try: gongwen check, gongwen rules, gongwen --help)`);
}

function check(paths: string[], format: 'text' | 'json', failOn: Severity | 'none', configs: CliConfig): number {
  const files = collectFiles(paths);
  // Records in the order of the files (research plans are finished after all files are read).
  const records: Array<FileRecord | undefined> = [];
  let unreadable = 0;
  let total = 0;
  let failing = 0;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const plans = new PlanIndex();
  const pending: Array<{ slot: number; path: string; text: string; rel: string; result: AnalysisResult; eff: Effective }> = [];
  for (const f of files) {
    const decoded = f.error ? ({ ok: false, reason: f.error } as const) : readText(f.path);
    if (!decoded.ok) {
      unreadable++;
      process.stderr.write(`gongwen: skipped ${f.path}: ${decoded.reason}\n`);
      continue;
    }
    const eff = configs.effectiveFor(f.path);
    const locale = eff.config.locale;
    if (decoded.text.length > eff.maxFileSize) {
      process.stderr.write(`gongwen: skipped ${f.path}: ${decoded.text.length} characters, over the limit of ${eff.maxFileSize}\n`);
      continue;
    }
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const rel = path.relative(process.cwd(), path.resolve(f.path)).split(path.sep).join('/');
    const result = checkText(text, rel, eff);
    if (result.kind === 'research') {
      // Research plans are compared with each other once all are read.
      plans.upsert(summarize(f.path, result.model, eff.config.names, result.model.lines));
      pending.push({ slot: records.length, path: f.path, text, rel, result, eff });
      records.push(undefined);
      continue;
    }
    records.push(toRecord(f.path, result, locale));
  }
  for (const p of pending) {
    const cross = checkText(p.text, p.rel, p.eff, { workspace: { index: plans, self: p.path }, only: CROSS_PLAN_RULES });
    const findings = [...p.result.findings, ...cross.findings].sort((a, b) => a.start - b.start || a.end - b.end);
    records[p.slot] = toRecord(p.path, { ...p.result, findings }, p.eff.config.locale);
  }
  const done = records.filter((r): r is FileRecord => r !== undefined);
  for (const rec of done) {
    for (const d of rec.diagnostics) {
      total++;
      bySeverity[d.severity]++;
      if (failOn !== 'none' && RANK[d.severity] <= RANK[failOn]) failing++;
    }
  }
  if (format === 'json') out(JSON.stringify(jsonReport(done), null, 2) + '\n');
  else {
    const lines = done.flatMap(textLines);
    if (lines.length) out(lines.join('\n') + '\n');
    process.stderr.write(
      `${done.length} file(s) checked: ${total} finding(s) (${bySeverity.error} error, ${bySeverity.warning} warning, ${bySeverity.info} info, ${bySeverity.hint} hint)\n`,
    );
  }
  for (const p of configs.problems) process.stderr.write(`gongwen: config problem: ${describeProblem(p, p.file ? configText(p.file) : undefined, 'zh-cn')}\n`);
  if (unreadable > 0 || configs.problems.length > 0) return 2;
  return failing > 0 ? 1 : 0;
}

function showConfig(file: string, format: 'text' | 'json', configs: CliConfig): number {
  const { layers, file: configFile } = configs.layersFor(file);
  const eff = configs.effectiveFor(file);
  const rows = configOrigins(layers, eff);
  const problems = configs.problems.map((p) => describeProblem(p, p.file ? configText(p.file) : undefined, 'zh-cn'));
  if (format === 'json') out(JSON.stringify({ version: 1, path: file, configFile, layers: layers.map((l) => l.source), values: rows, problems }, null, 2) + '\n');
  else {
    out(`gongwen configuration for ${file}\n`);
    out(`config file: ${configFile ?? '(none: registry defaults)'}\n`);
    if (layers.length) out(`layers (weakest first): ${layers.map((l) => l.source).join(' → ')}\n`);
    const width = Math.min(48, Math.max(...rows.map((r) => r.key.length)));
    for (const r of rows) out(`${r.key.padEnd(width)}  ${JSON.stringify(r.value)}  (${r.source})\n`);
    for (const p of problems) process.stderr.write(`gongwen: config problem: ${p}\n`);
  }
  return configs.problems.length ? 2 : 0;
}

function rules(format: 'text' | 'json'): number {
  if (format === 'json') {
    const list = RULES.map((r) => ({
      id: r.id,
      title: r.title,
      clause: r.clause,
      kinds: r.kinds,
      defaultSeverity: r.defaultSeverity,
      fixable: r.fixable,
      description: r.description,
      options: r.options.map((o) => ({ name: o.name, type: o.type, default: o.default, ...(o.enum ? { enum: o.enum } : {}), description: o.description })),
      docs: `docs/rules/${r.id}.md`,
    }));
    out(JSON.stringify({ version: 1, rules: list }, null, 2) + '\n');
    return 0;
  }
  for (const r of RULES) {
    const opts = r.options.map((o) => `${o.name}=${JSON.stringify(o.default)}`).join(' ');
    out(`${r.id.padEnd(26)} ${r.defaultSeverity.padEnd(8)} ${r.clause.padEnd(10)} ${r.fixable ? 'fix' : '   '} ${r.title.zh}${opts ? `  [${opts}]` : ''}\n`);
  }
  return 0;
}

// Output piped into a reader that stops early (`| head`): end quietly, keeping the exit code.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`gongwen: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`gongwen: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}
