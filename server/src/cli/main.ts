// The `gongwen` command line: the same analysis core as the editor, for reviewers and CI.
//   gongwen check [PATH…] [--format text|json|sarif|github|html] [--output FILE] [--fail-on …] [--max-warnings N]
//   gongwen rules [--format text|json] [--preset jinan-2019|national-2024|national-2024,jinan-2019]
//   gongwen explain FILE [--format text|json] [--locale zh-cn|en] [--config FILE]
//   gongwen config PATH [--format text|json] [--locale zh-cn|en] [--config FILE]
// Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or unreadable input.

import * as path from 'node:path';
import { RULES } from '../core/rules/registry';
import { oneOf, onlyOptions, parseArgs } from './args';
import { CliConfig, describeProblem } from './config';
import { configOrigins } from '../core/config/origins';
import type { ProjectConfig } from '../core/config/effective';
import { citedPacks, citeOf, isPack, packsOf, PACKS, type Pack } from '../core/packs';
import type { Rule } from '../core/rules/rule';
import { presetConfig, presetOrigin } from '../config/presets';
import { existsSync, statSync } from 'node:fs';
import { UsageError } from './files';
import { check, FORMATS } from './check';
import { explain } from './explain';

const VERSION = '0.1.0';

const HELP = `gongwen ${VERSION} — 公文减负助手 command line

Usage:
  gongwen check [PATH…] [--format text|json|sarif|github|html] [--output FILE] [--fail-on error|warning|info|none]
                [--max-warnings N] [--locale zh-cn|en] [--config FILE]
  gongwen rules [--format text|json] [--preset jinan-2019|national-2024|national-2024,jinan-2019]
  gongwen explain FILE [--format text|json] [--locale zh-cn|en] [--config FILE]
  gongwen config PATH [--format text|json] [--locale zh-cn|en] [--config FILE]

check   Checks files and folders (folders are walked for *.txt, *.md, *.gw, *.gongwen, *.docx,
        skipping node_modules and .git, and the files found follow include/exclude of their
        .gongwen.json; a file named is always checked). Default PATH is the current folder.
        text: path:line:col severity rule message (1-based)
        json: { version, files: [{ path, kind, scope, counts, diagnostics }], summary }
rules   Lists every rule with its metadata (what each visits: the Document frame, every
        MeetingArrangement, every Itinerary; and what it needs, e.g. the workspace). With
        --preset, the rules that preset turns on, with its severities and numbers and the
        clause of each pack with how far its wording is verified ([V] verbatim, [Q]/[D] news
        digests, [S] summary, [O] another official text; docs/national-2024.md).
explain Prints the syntax tree read from FILE: the 公文 frame (title, body sections, signature,
        date, attachments), the meeting arrangements, itineraries and norms inside it with their
        places, resolved dates and times and how sure the reading is; then the findings.
config  Prints the effective configuration for a file (or a folder) and where each value
        came from (the rule registry's default, a preset, a .gongwen.json, the command line).

Configuration: each file is checked with the nearest .gongwen.json found from its folder up
to the repository root (its preset and extends applied first); --config FILE uses that file
for every path instead. A problem in a config file is reported after the findings, the rest
of the configuration applies, and the exit code is 2.

Exit codes: 0 nothing at or above --fail-on (default error), 1 otherwise, 2 bad usage or unreadable input.
`;

function out(s: string): void {
  process.stdout.write(s);
}

async function main(argv: string[]): Promise<number> {
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
    onlyOptions(options, command, ['format', 'preset']);
    if (paths.length) throw new UsageError(`"rules" takes no paths (got ${paths.join(' ')})`);
    return rules(oneOf(options, 'format', ['text', 'json'] as const, 'text'), presetOption(options));
  }
  if (command === 'explain') {
    onlyOptions(options, command, ['format', 'config', 'locale']);
    if (paths.length !== 1) throw new UsageError('gongwen explain takes one FILE');
    if (!existsSync(paths[0]!) || statSync(paths[0]!).isDirectory()) throw new UsageError(`cannot read ${paths[0]}: no such file`);
    const format = oneOf(options, 'format', ['text', 'json'] as const, 'text');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    return explain(paths[0]!, new CliConfig(configOption(options), locale ? { locale } : {}), format);
  }
  if (command === 'config') {
    onlyOptions(options, command, ['format', 'config', 'locale']);
    if (paths.length !== 1) throw new UsageError('gongwen config takes one PATH');
    const format = oneOf(options, 'format', ['text', 'json'] as const, 'text');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    const configFile = configOption(options);
    return showConfig(paths[0]!, format, new CliConfig(configFile, locale ? { locale } : {}));
  }
  if (command === 'check') {
    onlyOptions(options, command, ['format', 'fail-on', 'locale', 'config', 'output', 'max-warnings']);
    const format = oneOf(options, 'format', FORMATS, 'text');
    const failOn = oneOf(options, 'fail-on', ['error', 'warning', 'info', 'hint', 'none'] as const, 'error');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    const configFile = configOption(options);
    const output = typeof options.get('output') === 'string' ? (options.get('output') as string) : null;
    const mw = options.get('max-warnings');
    let maxWarnings: number | null = null;
    if (mw !== undefined) {
      if (typeof mw !== 'string' || !/^\d+$/.test(mw)) throw new UsageError('--max-warnings takes a whole number');
      maxWarnings = parseInt(mw, 10);
    }
    return check(paths.length ? paths : ['.'], new CliConfig(configFile, locale ? { locale } : {}), { format, failOn, maxWarnings, output, version: VERSION });
  }
  throw new UsageError(`unknown command "${command}" (try: gongwen check, gongwen explain, gongwen rules, gongwen --help)`);
}

/** --config FILE: the file must exist (a typo must not silently mean "no configuration"). */
function configOption(options: Map<string, string | true>): string | null {
  const v = options.get('config');
  if (typeof v !== 'string') return null;
  if (!existsSync(v) || statSync(v).isDirectory()) throw new UsageError(`cannot read ${v}: no such config file`);
  return v;
}

function showConfig(target: string, format: 'text' | 'json', configs: CliConfig): number {
  // A folder stands for the files in it: its own .gongwen.json counts. The file need not exist
  // yet: the configuration a new file there would get.
  const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, '.') + path.sep : target;
  const { layers, file: configFile } = configs.layersFor(file);
  const eff = configs.effectiveFor(file);
  const rows = configOrigins(layers, eff, presetOrigin);
  const problems = configs.problems.map((p) => describeProblem(p));
  if (format === 'json') out(JSON.stringify({ version: 1, path: target, configFile, layers: layers.map((l) => l.source), values: rows, problems }, null, 2) + '\n');
  else {
    const en = eff.config.locale === 'en';
    out(en ? `gongwen configuration for ${target}\n` : `${target} 的 gongwen 配置\n`);
    out(en ? `config file: ${configFile ?? '(none: registry defaults)'}\n` : `配置文件：${configFile ?? '（无：使用规则默认值）'}\n`);
    if (layers.length) out(`${en ? 'layers (weakest first): ' : '配置层（由弱到强）：'}${layers.map((l) => l.source).join(' → ')}\n`);
    const width = Math.min(48, Math.max(...rows.map((r) => r.key.length)));
    for (const r of rows) out(`${r.key.padEnd(width)}  ${JSON.stringify(r.value)}  (${r.source})\n`);
    for (const p of problems) process.stderr.write(`gongwen: ${en ? 'config problem: ' : '配置问题：'}${p}\n`);
  }
  return configs.problems.length ? 2 : 0;
}

/** --preset NAME or NAME,NAME: the presets whose rules `gongwen rules` lists (stacked as in a config file). */
function presetOption(options: Map<string, string | true>): Pack[] | null {
  const v = options.get('preset');
  if (v === undefined) return null;
  const names = typeof v === 'string' ? v.split(/[,，\s]+/).filter(Boolean) : [];
  const bad = names.filter((n) => !isPack(n));
  if (!names.length || bad.length) throw new UsageError(`--preset takes ${PACKS.join(' or ')} (or both, comma-separated)${bad.length ? `, not ${bad.join(', ')}` : ''}`);
  return [...new Set(names)] as Pack[];
}

/**
 * `gongwen rules`: every rule with its default severity and clause; with --preset, the rules that
 * preset turns on, each with its severity there, the clause of every pack it rests on, how far that
 * clause's wording is verified, and the preset's numbers.
 */
function rules(format: 'text' | 'json', preset: Pack[] | null): number {
  const config = preset ? presetConfig(preset) : null;
  const listed = RULES.filter((r) => !config || settingOf(config, r.id).severity !== 'off');
  if (format === 'json') {
    const list = listed.map((r) => {
      const s = config ? settingOf(config, r.id) : null;
      return {
        id: r.id,
        title: r.title,
        clause: r.clause,
        visits: r.visits,
        needs: r.needs ?? [],
        defaultSeverity: r.defaultSeverity,
        ...(s ? { severity: s.severity } : {}),
        fixable: r.fixable,
        description: r.description,
        packs: Object.entries(packsOf(r)).map(([pack, c]) => ({ pack, cite: citeOf(r, pack as Pack), keys: c!.keys, ...(c!.grade ? { grade: c!.grade } : {}) })),
        options: r.options.map((o) => ({ name: o.name, type: o.type, default: o.default, ...(s ? { value: s.options[o.name] } : {}), ...(o.enum ? { enum: o.enum } : {}), description: o.description })),
        docs: `docs/rules/${r.id}.md`,
      };
    });
    out(JSON.stringify({ version: 1, ...(preset ? { preset } : {}), rules: list }, null, 2) + '\n');
    return 0;
  }
  if (preset) out(`# ${preset.join(' + ')}: ${listed.length} 条规则（rules）\n`);
  for (const r of listed) {
    const s = config ? settingOf(config, r.id) : null;
    const values = s ? s.options : Object.fromEntries(r.options.map((o) => [o.name, o.default]));
    const opts = r.options.map((o) => `${o.name}=${JSON.stringify(values[o.name])}`).join(' ');
    const visits = r.visits.join(',') + (r.needs?.length ? `+${r.needs.join(',')}` : '');
    const clause = preset ? citesIn(r, preset) : r.clause;
    out(`${r.id.padEnd(32)} ${(s?.severity ?? r.defaultSeverity).padEnd(8)} ${clause.padEnd(preset ? 24 : 10)} ${r.fixable ? 'fix' : '   '} ${visits.padEnd(28)} ${r.title.zh}${opts ? `  [${opts}]` : ''}\n`);
  }
  return 0;
}

/** The clause of each pack of the preset that holds the rule, with its grade: "§2；《若干规定》第2条[V]". */
function citesIn(r: Rule, preset: readonly Pack[]): string {
  const packs = packsOf(r);
  return citedPacks(r, preset).map((p) => `${citeOf(r, p).zh}${packs[p]?.grade ? `[${packs[p]!.grade}]` : ''}`).filter((c, i, all) => all.indexOf(c) === i).join('；');
}

function settingOf(config: ProjectConfig, id: string): { severity: string; options: Record<string, unknown> } {
  const v = config.rules?.[id];
  if (typeof v === 'string') return { severity: v, options: {} };
  const { severity, ...options } = (v ?? {}) as Record<string, unknown>;
  return { severity: String(severity ?? 'off'), options };
}

// Output piped into a reader that stops early (`| head`): end quietly, keeping the exit code.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

function fail(e: unknown): void {
  if (e instanceof UsageError) {
    process.stderr.write(`gongwen: ${e.message}\n`);
  } else {
    process.stderr.write(`gongwen: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exitCode = 2;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fail);
