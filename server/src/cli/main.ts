// The `gongwen` command line: the same analysis core as the editor, for reviewers and CI.
//   gongwen check [PATH…] [-f|--format stylish|text|json|sarif|github|html] [--output FILE] [--fail-on …] [--max-warnings N] [--quiet] [--color|--no-color]
//   gongwen rules [--format text|json] [--preset jinan-2019|national-2024|national-2024,jinan-2019]
//   gongwen explain FILE [--format text|json] [--locale zh-cn|en] [--config FILE]
//   gongwen config PATH [--format text|json] [--locale zh-cn|en] [--config FILE]
//   gongwen init [--preset …] [--locale zh-cn|en]
//   gongwen review PATH… [--out-dir DIR] [--suggest]
// Every message follows --locale: Chinese by default, English with --locale en.
// Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or unreadable input.

import * as path from 'node:path';
import { RULES } from '../core/rules/registry';
import { isCustomRuleId } from '../core/config/customRules';
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
import { fixMode } from './fix';
import { localize } from '../core/locale';
import { colorWanted, openSink, writeJson } from './output';
import { mergeSarifFiles } from './mergeSarif';
import { init, INIT_PRESET } from './init';
import { outDirOption, review } from './review';
import type { Concurrency } from '../scan/pool';
import { defaultCacheLocation } from '../scan/cache';
import type { Shard } from './shard';

const VERSION = '0.1.0';

/** --help in English (--locale en). */
const HELP_EN = `gongwen ${VERSION} — 公文减负助手 command line

Usage:
  gongwen check [PATH…] [-f|--format stylish|text|json|sarif|github|html] [--output FILE]
                [--fail-on error|warning|info|none] [--max-warnings N] [--quiet] [--color|--no-color]
                [--locale zh-cn|en] [--config FILE] [--fix|--fix-dry-run] [--fix-type GROUP,…]
                [--no-ignore] [--stdin-filename NAME]   (PATH: a file, a folder, a quoted glob, or - for standard input)
                [--suppress-all|--suppress-rule ID,…|--prune-suppressions] [--suppressions-location FILE]
                [--concurrency auto|off|N] [--cache] [--cache-location PATH] [--shard K/N]
  gongwen rules [--format text|json] [--preset jinan-2019|national-2024|national-2024,jinan-2019] [--locale zh-cn|en]
  gongwen explain FILE [--format text|json] [--locale zh-cn|en] [--config FILE]
  gongwen config PATH [--format text|json] [--locale zh-cn|en] [--config FILE]
  gongwen init [--preset national-2024|jinan-2019|national-2024,jinan-2019] [--locale zh-cn|en]
  gongwen merge-sarif FILE… [--output FILE]
  gongwen review PATH… [--out-dir DIR] [--suggest] [--locale zh-cn|en] [--config FILE]

check   Checks files and folders (folders are walked for *.txt, *.md, *.gw, *.gongwen, *.docx,
        skipping node_modules and .git, and the files found follow include/exclude of their
        .gongwen.json; a file named is always checked). Default PATH is the current folder.
        stylish (the default): findings grouped by file, each with its source line and a caret
                 under the span, in colour on a terminal (or with --color or FORCE_COLOR)
        text: path:line:col severity rule message (1-based), a line a finding, for scripts
        json: { version, files: [{ path, kind, scope, counts, diagnostics }], summary }
        --quiet: errors only. Colour follows --color/--no-color, then FORCE_COLOR, NO_COLOR, and
        whether standard output is a terminal.
        .gitignore and .gongwenignore are followed (--no-ignore: neither); a file named is checked
        even if ignored. - reads standard input; --stdin-filename NAME names it (configuration,
        kind, output). Nothing to check, or a path that does not exist: exit 2.
        --fix applies the safe fixes (the form only: punctuation, dates, document numbers, heading
        marks, team replacements) in place, then reports what is left; a fix a drafter must confirm
        (a meeting date, a scope, who attends) is listed, never applied. --fix-dry-run prints the
        unified diff instead and writes nothing (exit 1 when it would change a file). --fix-type
        format,doc,meeting,research,custom limits the rule groups. A fixed file keeps its encoding,
        line endings and final newline; .docx files are never rewritten.
        --suppress-all writes gongwen-suppressions.json at the repository root: per file and rule,
        how many findings there are now (--suppress-rule ID, repeatable: only those rules; both
        merge into the file). Later runs report a file's findings of a rule only when there are
        more than recorded (then all of them) and say how many were left out. --prune-suppressions
        lowers or drops counts no longer reached; --suppressions-location FILE uses another file.
        --concurrency: worker threads (auto: from 4 cores and 100 files, one per core but one;
        off: none; N).
        The report and the exit code are the same whatever the number.
        --cache keeps each file's findings by its content and configuration (default place
        node_modules/.cache/gongwen, or --cache-location PATH); unchanged files are not checked
        again, but rules that compare files (research plans, meetings) always run afresh.
        --shard K/N checks the K-th of N shares of the files (by path, the same on every machine),
        reading the others only for what those rules compare: N jobs together report every file once.
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
init    Writes a commented .gongwen.json in the current folder (the preset, 专项 folders as an
        example of kinds, the name lists as commented examples); never overwrites one.
merge-sarif  Merges the SARIF files of the shards of one run (check --shard K/N --format sarif)
        into one log for code scanning: every result, every rule, one invocation.
review  Writes a reviewed copy of each .docx (and .txt/.md/.gw draft, as a new Word document in
        GB/T 9704 fonts) found as check finds them: NAME.审阅.docx (English: NAME.reviewed.docx)
        beside it or in --out-dir DIR, with a Word comment at every finding (the message, the
        clause, the suggested text) from review.author of the configuration. --suggest also writes
        each safe fix (those --fix applies) as a tracked change to accept or reject in Word. The
        original is never changed. .docm, encrypted and broken files are refused (exit 2).

Configuration: each file is checked with the nearest .gongwen.json found from its folder up
to the repository root (its preset and extends applied first); --config FILE uses that file
for every path instead. A problem in a config file is reported after the findings, the rest
of the configuration applies, and the exit code is 2.

Messages are in Chinese; --locale en prints them (and this help) in English.

Exit codes: 0 nothing at or above --fail-on (default error), 1 otherwise, 2 bad usage or unreadable input.
`;

/** --help in Chinese (the default). */
const HELP_ZH = `gongwen ${VERSION} — 公文减负助手 命令行

用法：
  gongwen check [路径…] [-f|--format stylish|text|json|sarif|github|html] [--output 文件]
                [--fail-on error|warning|info|none] [--max-warnings N] [--quiet] [--color|--no-color]
                [--locale zh-cn|en] [--config 文件] [--fix|--fix-dry-run] [--fix-type 规则组,…]
                [--no-ignore] [--stdin-filename 文件名]   （路径：文件、文件夹、加引号的通配模式，或 - 表示标准输入）
                [--suppress-all|--suppress-rule 规则,…|--prune-suppressions] [--suppressions-location 文件]
                [--concurrency auto|off|N] [--cache] [--cache-location 路径] [--shard K/N]
  gongwen rules [--format text|json] [--preset jinan-2019|national-2024|national-2024,jinan-2019] [--locale zh-cn|en]
  gongwen explain 文件 [--format text|json] [--locale zh-cn|en] [--config 文件]
  gongwen config 路径 [--format text|json] [--locale zh-cn|en] [--config 文件]
  gongwen init [--preset national-2024|jinan-2019|national-2024,jinan-2019] [--locale zh-cn|en]
  gongwen merge-sarif 文件… [--output 文件]
  gongwen review 路径… [--out-dir 文件夹] [--suggest] [--locale zh-cn|en] [--config 文件]

check   检查文件和文件夹（在文件夹中查找 *.txt、*.md、*.gw、*.gongwen、*.docx，跳过 node_modules
        和 .git；找到的文件按所属 .gongwen.json 的 include/exclude 取舍；直接写出的文件总会检查）。
        不写路径时检查当前文件夹。
        stylish（默认）：按文件分组列出问题，每条附原文所在行，并在问题文字下标出 ^；在终端中
                 （或用 --color / FORCE_COLOR 时）带颜色
        text：路径:行:列 级别 规则 说明（从 1 计），一条一行，供脚本读取
        json：{ version, files: [{ path, kind, scope, counts, diagnostics }], summary }
        --quiet：只列出错误。颜色：先看 --color/--no-color，再看 FORCE_COLOR、NO_COLOR，
        最后看标准输出是否为终端。
        遵循 .gitignore 和 .gongwenignore（--no-ignore：都不读）；直接写出的文件即使被忽略也检查。
        - 读取标准输入；--stdin-filename 文件名 为其命名（据此找配置、定类型、显示）。
        没有可检查的文件，或路径不存在：退出码 2。
        --fix：就地应用安全的修复（只改形式：标点、日期、发文字号、层次序数写法、团队规则的替换），
        然后报告剩下的问题；须由起草人确认的修复（会议日期、范围、参会人员等）只列出，不应用。
        --fix-dry-run：改为输出统一格式 diff，不写任何文件（会改动文件时退出码为 1）。
        --fix-type format,doc,meeting,research,custom：只修复这些规则组。修复后的文件保持原编码、
        换行符和文末换行；.docx 文件从不改写。
        --suppress-all：在仓库根目录写 gongwen-suppressions.json，按文件和规则记下现有问题的个数
        （--suppress-rule 规则，可重复：只记这些规则；两者都并入已有文件）。此后某文件某规则的问题
        多于所记个数时才报告（全部报告），并说明略去了多少。--prune-suppressions：降低或删去已达不到
        的个数；--suppressions-location 文件：改用另一个文件。
        --concurrency：工作线程数（auto：CPU 达 4 核、文件达 100 个时，核数减一；off：不用；或一个数字）。
        线程数不影响报告内容和退出码。
        --cache：按文件内容和配置缓存每个文件的检查结果（默认放在 node_modules/.cache/gongwen，
        或用 --cache-location 路径 指定）；未改动的文件不再重新检查，但比较多个文件的规则（调研方案、
        会议）每次都重新运行。
        --shard K/N：只检查 N 份文件中的第 K 份（按路径划分，各机器相同），其余文件只读取供上述
        规则比较：N 个任务合起来恰好报告每个文件一次。
rules   列出全部规则及其元数据（检查的对象：公文框架、每个会议安排、每个行程；所需条件，如工作区）。
        加 --preset 时只列该预设开启的规则，给出预设中的级别和数值，以及各条款依据及其原文核实程度
        （[V] 原文、[Q]/[D] 新闻摘要、[S] 概述、[O] 其他正式文本；见 docs/national-2024.md）。
explain 打印从文件读出的语法树：公文框架（标题、正文各部分、落款、成文日期、附件），其中的会议安排、
        行程和规范及其位置、解析出的日期时间和把握程度；然后是检查结果。
config  打印一个文件（或文件夹）的生效配置，以及每一项的来源（规则默认值、预设、.gongwen.json、命令行）。
init    在当前文件夹写一个带注释的 .gongwen.json（预设、以专项文件夹为例的 kinds、作为注释示例的
        名单）；已有该文件时不覆盖。
merge-sarif  把同一次检查各分片（check --shard K/N --format sarif）的 SARIF 文件合并为一个，供代码扫描
        上传：全部结果、全部规则、一次运行记录。
review  为找到的每个 .docx（以及 .txt、.md、.gw 草稿，另建为按 GB/T 9704 字体排版的 Word 文档）写一份
        审阅版：文件名.审阅.docx（英文：文件名.reviewed.docx），放在原文件旁或 --out-dir 文件夹中；
        每个问题处一条 Word 批注（说明、条款依据、建议写法），作者取配置中的 review.author。
        --suggest：另把每个安全修复（即 --fix 会应用的）写成修订，可在 Word 中接受或拒绝。
        原文件从不改动。.docm、加密的和损坏的文件不审阅（退出码 2）。

配置：每个文件使用从其所在文件夹向上、直到仓库根目录找到的最近的 .gongwen.json（先应用其 preset 和
extends）；--config 文件 则让所有路径都使用该文件。配置文件中的问题在检查结果之后报告，其余配置照常
生效，退出码为 2。

提示信息默认为中文；--locale en 使其（及本帮助）改用英文。

退出码：0 没有达到 --fail-on（默认 error）级别的问题，1 有，2 用法错误或输入无法读取。
`;

/** The help in the language of --locale (Chinese unless --locale en). */
function helpText(argv: readonly string[]): string {
  return argvLocale(argv) === 'en' ? HELP_EN : HELP_ZH;
}

/** The --locale asked for on the command line, read from the raw arguments (so that even a usage error can follow it). */
function argvLocale(argv: readonly string[]): 'zh-cn' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (v !== undefined) return v === 'en' ? 'en' : 'zh-cn';
  }
  return 'zh-cn';
}

function out(s: string | Uint8Array): void {
  process.stdout.write(s);
}

async function main(argv: string[]): Promise<number> {
  const { command, paths, options } = parseArgs(argv);
  if (options.has('version')) {
    out(`${VERSION}\n`);
    return 0;
  }
  if (options.has('help') || command === 'help') {
    out(helpText(argv));
    return 0;
  }
  if (command === '') {
    process.stderr.write(helpText(argv));
    return 2;
  }
  if (command === 'rules') {
    onlyOptions(options, command, ['format', 'preset', 'locale']);
    if (paths.length) throw new UsageError({ zh: `“rules”不接受路径（收到 ${paths.join(' ')}）`, en: `"rules" takes no paths (got ${paths.join(' ')})` });
    const locale = oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn');
    return rules(oneOf(options, 'format', ['text', 'json'] as const, 'text'), presetOption(options), locale);
  }
  if (command === 'explain') {
    onlyOptions(options, command, ['format', 'config', 'locale']);
    if (paths.length !== 1) throw new UsageError({ zh: 'gongwen explain 需要且只需要一个文件', en: 'gongwen explain takes one FILE' });
    if (!existsSync(paths[0]!) || statSync(paths[0]!).isDirectory()) throw new UsageError({ zh: `无法读取 ${paths[0]}：没有这个文件`, en: `cannot read ${paths[0]}: no such file` });
    const format = oneOf(options, 'format', ['text', 'json'] as const, 'text');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    return explain(paths[0]!, new CliConfig(configOption(options), locale ? { locale } : {}), format);
  }
  if (command === 'config') {
    onlyOptions(options, command, ['format', 'config', 'locale']);
    if (paths.length !== 1) throw new UsageError({ zh: 'gongwen config 需要且只需要一个路径', en: 'gongwen config takes one PATH' });
    const format = oneOf(options, 'format', ['text', 'json'] as const, 'text');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    const configFile = configOption(options);
    return showConfig(paths[0]!, format, new CliConfig(configFile, locale ? { locale } : {}));
  }
  if (command === 'check') {
    onlyOptions(options, command, ['format', 'fail-on', 'locale', 'config', 'output', 'max-warnings', 'quiet', 'color', 'no-color', 'fix', 'fix-dry-run', 'fix-type', 'no-ignore', 'stdin-filename', 'suppress-all', 'suppress-rule', 'prune-suppressions', 'suppressions-location', 'concurrency', 'cache', 'cache-location', 'shard']);
    const colorFlag = options.has('color') ? true : options.has('no-color') ? false : null;
    const toTerminal = !!process.stdout.isTTY && !options.has('output');
    const color = colorWanted(colorFlag, process.env, toTerminal);
    // The report a person reads is the default, as ESLint's stylish is (coloured only where colour is
    // wanted); scripts and editors ask for the path:line:col lines with -f text.
    const format = oneOf(options, 'format', FORMATS, 'stylish');
    const failOn = oneOf(options, 'fail-on', ['error', 'warning', 'info', 'hint', 'none'] as const, 'error');
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    const configFile = configOption(options);
    const output = typeof options.get('output') === 'string' ? (options.get('output') as string) : null;
    const mw = options.get('max-warnings');
    let maxWarnings: number | null = null;
    if (mw !== undefined) {
      if (typeof mw !== 'string' || !/^\d+$/.test(mw)) throw new UsageError({ zh: '--max-warnings 需要一个非负整数', en: '--max-warnings takes a whole number' });
      maxWarnings = parseInt(mw, 10);
    }
    // No path: the current folder, or `-` with --stdin-filename (files.ts gatherInputs).
    const stdinFilename = typeof options.get('stdin-filename') === 'string' ? (options.get('stdin-filename') as string) : null;
    const suppressionsLocation = typeof options.get('suppressions-location') === 'string' ? (options.get('suppressions-location') as string) : null;
    return check(paths, new CliConfig(configFile, locale ? { locale } : {}), { format, failOn, maxWarnings, output, version: VERSION, fix: fixMode(options), quiet: options.has('quiet'), color, ignore: !options.has('no-ignore'), stdinFilename, suppress: suppressOption(options), suppressionsLocation, concurrency: concurrencyOption(options), cache: cacheOption(options), shard: shardOption(options) });
  }
  if (command === 'review') {
    onlyOptions(options, command, ['out-dir', 'suggest', 'locale', 'config']);
    if (!paths.length) throw new UsageError({ zh: 'gongwen review 需要至少一个文件或文件夹', en: 'gongwen review needs at least one file or folder' });
    const locale = options.has('locale') ? oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn') : null;
    return review(paths, new CliConfig(configOption(options), locale ? { locale } : {}), { outDir: outDirOption(options.get('out-dir')), suggest: options.has('suggest') });
  }
  if (command === 'merge-sarif') {
    onlyOptions(options, command, ['output', 'locale']);
    const locale = oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn');
    if (paths.length === 0) throw new UsageError({ zh: '“merge-sarif”需要至少一个 SARIF 文件', en: '"merge-sarif" needs at least one SARIF file' });
    const merged = mergeSarifFiles(paths);
    if (!merged.ok) {
      process.stderr.write(`gongwen: ${localize(locale, merged.error)}\n`);
      return 2;
    }
    const output = typeof options.get('output') === 'string' ? (options.get('output') as string) : null;
    const sink = openSink(output, out);
    writeJson(merged.log, sink);
    sink.write('\n');
    sink.close();
    return 0;
  }
  if (command === 'init') {
    onlyOptions(options, command, ['preset', 'locale']);
    if (paths.length) throw new UsageError({ zh: `“init”不接受路径（收到 ${paths.join(' ')}），它写在当前文件夹`, en: `"init" takes no paths (got ${paths.join(' ')}): it writes into the current folder` });
    const locale = oneOf(options, 'locale', ['zh-cn', 'en'] as const, 'zh-cn');
    return init(process.cwd(), presetOption(options) ?? INIT_PRESET, locale, out);
  }
  throw new UsageError({
    zh: `未知命令“${command}”（可用：gongwen check、gongwen explain、gongwen rules、gongwen config、gongwen init、gongwen merge-sarif、gongwen review、gongwen --help）`,
    en: `unknown command "${command}" (try: gongwen check, gongwen explain, gongwen rules, gongwen config, gongwen init, gongwen merge-sarif, gongwen review, gongwen --help)`,
  });
}

/** --suppress-all, --suppress-rule ID[,ID…] (repeatable) or --prune-suppressions: what `check` writes into the suppressions file. */
function suppressOption(options: Map<string, string | true>): { rules: string[] | null } | 'prune' | null {
  const all = options.has('suppress-all');
  const rule = options.get('suppress-rule');
  const prune = options.has('prune-suppressions');
  if (prune && (all || rule !== undefined)) throw new UsageError({ zh: '--prune-suppressions 不能与 --suppress-all 或 --suppress-rule 同用', en: '--prune-suppressions cannot be combined with --suppress-all or --suppress-rule' });
  if (prune) return 'prune';
  if (all) return { rules: null };
  if (typeof rule !== 'string') return null;
  const rules = rule.split(/[,，\s]+/).filter(Boolean);
  if (!rules.length) throw new UsageError({ zh: '--suppress-rule 需要规则编号（如 format.date）', en: '--suppress-rule needs a rule id (such as format.date)' });
  // A typo would record nothing and say so only by silence; team rules (custom.…) are known once
  // each file's configuration is read, so their ids are taken as written.
  const unknown = rules.filter((id) => !RULES.some((r) => r.id === id) && !isCustomRuleId(id));
  if (unknown.length) throw new UsageError({ zh: `--suppress-rule：未知的规则编号 ${unknown.join('、')}（规则列表见 gongwen rules）`, en: `--suppress-rule: unknown rule id ${unknown.join(', ')} (gongwen rules lists them)` });
  return { rules: [...new Set(rules)] };
}

/** --config FILE: the file must exist (a typo must not silently mean "no configuration"). */
function configOption(options: Map<string, string | true>): string | null {
  const v = options.get('config');
  if (typeof v !== 'string') return null;
  if (!existsSync(v) || statSync(v).isDirectory()) throw new UsageError({ zh: `无法读取 ${v}：没有这个配置文件`, en: `cannot read ${v}: no such config file` });
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
  if (!names.length || bad.length) {
    throw new UsageError({
      zh: `--preset 只能是 ${PACKS.join(' 或 ')}（或用逗号连写两者）${bad.length ? `，不能是 ${bad.join(', ')}` : ''}`,
      en: `--preset takes ${PACKS.join(' or ')} (or both, comma-separated)${bad.length ? `, not ${bad.join(', ')}` : ''}`,
    });
  }
  return [...new Set(names)] as Pack[];
}

/**
 * `gongwen rules`: every rule with its default severity and clause; with --preset, the rules that
 * preset turns on, each with its severity there, the clause of every pack it rests on, how far that
 * clause's wording is verified, and the preset's numbers.
 */
function rules(format: 'text' | 'json', preset: Pack[] | null, locale: 'zh-cn' | 'en' = 'zh-cn'): number {
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
  if (preset) out(locale === 'en' ? `# ${preset.join(' + ')}: ${listed.length} rules\n` : `# ${preset.join(' + ')}：${listed.length} 条规则\n`);
  for (const r of listed) {
    const s = config ? settingOf(config, r.id) : null;
    const values = s ? s.options : Object.fromEntries(r.options.map((o) => [o.name, o.default]));
    const opts = r.options.map((o) => `${o.name}=${JSON.stringify(values[o.name])}`).join(' ');
    const visits = r.visits.join(',') + (r.needs?.length ? `+${r.needs.join(',')}` : '');
    const clause = preset ? citesIn(r, preset, locale) : r.clause;
    out(`${r.id.padEnd(32)} ${(s?.severity ?? r.defaultSeverity).padEnd(8)} ${clause.padEnd(preset ? 24 : 10)} ${r.fixable ? 'fix' : '   '} ${visits.padEnd(28)} ${localize(locale, r.title)}${opts ? `  [${opts}]` : ''}\n`);
  }
  return 0;
}

/** The clause of each pack of the preset that holds the rule, with its grade: "§2；《若干规定》第2条[V]". */
function citesIn(r: Rule, preset: readonly Pack[], locale: 'zh-cn' | 'en'): string {
  const packs = packsOf(r);
  return citedPacks(r, preset).map((p) => `${localize(locale, citeOf(r, p))}${packs[p]?.grade ? `[${packs[p]!.grade}]` : ''}`).filter((c, i, all) => all.indexOf(c) === i).join(locale === 'en' ? '; ' : '；');
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
    const text = typeof e.text === 'string' ? e.text : localize(argvLocale(process.argv.slice(2)), e.text);
    process.stderr.write(`gongwen: ${text}\n`);
  } else {
    const internal = argvLocale(process.argv.slice(2)) === 'en' ? 'internal error' : '内部错误';
    process.stderr.write(`gongwen: ${internal}: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exitCode = 2;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fail);

/** --concurrency auto|off|N: worker threads for the scan (auto: pool.ts poolSize). */
function concurrencyOption(options: Map<string, string | true>): Concurrency {
  const v = options.get('concurrency');
  if (v === undefined || v === 'auto') return 'auto';
  if (v === 'off') return 'off';
  if (typeof v === 'string' && /^[1-9]\d{0,2}$/.test(v)) return parseInt(v, 10);
  throw new UsageError({ zh: '--concurrency 只能是 auto、off 或 1 到 999 的整数', en: '--concurrency must be auto, off or a whole number from 1 to 999' });
}

/** --cache [--cache-location PATH]: where the cache of findings lives (null: no cache). */
function cacheOption(options: Map<string, string | true>): string | null {
  const location = options.get('cache-location');
  if (!options.has('cache')) {
    if (location !== undefined) throw new UsageError({ zh: '--cache-location 须与 --cache 一起使用', en: '--cache-location goes with --cache' });
    return null;
  }
  return typeof location === 'string' ? location : defaultCacheLocation(process.cwd());
}

/** --shard K/N: the K-th of N shares of the files (1 ≤ K ≤ N). */
function shardOption(options: Map<string, string | true>): Shard | null {
  const v = options.get('shard');
  if (v === undefined) return null;
  const m = typeof v === 'string' ? /^(\d+)\/(\d+)$/.exec(v) : null;
  const k = m ? parseInt(m[1]!, 10) : 0;
  const n = m ? parseInt(m[2]!, 10) : 0;
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError({ zh: `--shard 应写作 K/N（1 ≤ K ≤ N），例如 --shard 2/4，而不是 ${String(v)}`, en: `--shard takes K/N (1 ≤ K ≤ N), e.g. --shard 2/4, not ${String(v)}` });
  return { index: k, count: n };
}
