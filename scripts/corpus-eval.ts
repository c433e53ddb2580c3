// npx tsx scripts/corpus-eval.ts [--json] [--show] [--expectations FILE] [--root DIR]
//
// Compares the checker with the reviewer's expectations in test/corpus/expectations.json, over
// the real texts in ../shared (or GONGWEN_SHARED_DIR). Prints, per rule, the expected findings
// found on their line (hits), found on another line, and missed, and the false alarms (a finding
// of a rule the file lists under mustNot); then the kinds read wrong. --show lists each miss and
// false alarm with its reason; --json prints the whole comparison. Each file is checked alone,
// with the default configuration (the cross-plan rules see no other plans).
// --expectations FILE reads another expectations file of the same schema, and --root DIR the
// folder its `file` paths are relative to (a held-out set kept outside the project). A file of
// kind `none` is not official drafting: every finding in it counts as a false alarm.
// --preset NAME[,NAME] checks under a preset (national-2024, or a stack); an expectations file may
// name its own with a top-level "preset".
// It reports; it does not fail: an expectation is a reviewer's view, to be argued with.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/core/check';
import { effectiveConfig } from '../server/src/core/config/effective';
import { presetLayers } from '../server/src/config/presets';
import { LineIndex } from '../server/src/core/text/lineIndex';
import { readTextSync } from '../server/src/io/textFile';
import { readExpectations, type Entry } from '../test/corpus/expectations';
import { SHARED } from '../test/helpers/paths';

interface RuleTally {
  hit: number;
  elsewhere: number;
  missed: number;
  falseAlarms: number;
  silentAsExpected: number;
}

interface Options {
  json: boolean;
  show: boolean;
  /** Another expectations file; null = the project's test/corpus/expectations.json. */
  expectations: string | null;
  /** The folder the entries' paths are relative to. */
  root: string;
  /** The preset to check under (one name or a stack); null = the expectations file's, else none. */
  preset: string[] | null;
}

/** The value after a flag (`--root DIR`) or inside it (`--root=DIR`); undefined when the flag is absent. */
function valueOf(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0) {
    const v = argv[i + 1];
    if (v !== undefined && !v.startsWith('--')) return v;
    console.error(`corpus-eval: ${flag} needs a value`);
    process.exit(2);
  }
  const inline = argv.find((a) => a.startsWith(`${flag}=`));
  return inline?.slice(flag.length + 1);
}

function parseArgs(argv: readonly string[]): Options {
  const file = valueOf(argv, '--expectations');
  const root = valueOf(argv, '--root');
  return {
    json: argv.includes('--json'),
    show: argv.includes('--show'),
    expectations: file === undefined ? null : path.resolve(file),
    root: root === undefined ? SHARED : path.resolve(root),
    preset: valueOf(argv, '--preset')?.split(',') ?? null,
  };
}

function readEntries(opts: Options): { entries: Entry[]; preset: string | string[] | undefined } {
  if (opts.expectations === null) return { entries: readExpectations(), preset: undefined };
  const file = JSON.parse(readFileSync(opts.expectations, 'utf8')) as { texts: Entry[]; preset?: string | string[] };
  return { entries: file.texts, preset: file.preset };
}

function tallyOf(map: Map<string, RuleTally>, rule: string): RuleTally {
  let t = map.get(rule);
  if (!t) map.set(rule, (t = { hit: 0, elsewhere: 0, missed: 0, falseAlarms: 0, silentAsExpected: 0 }));
  return t;
}

interface Found {
  rule: string;
  line: number;
  message: string;
}

/** mustNot: a finding of a listed rule is a false alarm. Kind none: every finding is one. */
function tallyFalseAlarms(e: Entry, found: readonly Found[], rules: Map<string, RuleTally>, notes: string[]): void {
  if (e.kind === 'none') {
    for (const a of found) {
      tallyOf(rules, a.rule).falseAlarms++;
      notes.push(`${e.file}:${a.line} ${a.rule}: false alarm "${a.message}" (not official drafting: no finding expected)`);
    }
    for (const n of e.mustNot) if (!found.some((f) => f.rule === n.rule)) tallyOf(rules, n.rule).silentAsExpected++;
    return;
  }
  for (const n of e.mustNot) {
    const t = tallyOf(rules, n.rule);
    const alarms = found.filter((f) => f.rule === n.rule);
    if (alarms.length === 0) t.silentAsExpected++;
    else {
      t.falseAlarms += alarms.length;
      for (const a of alarms) notes.push(`${e.file}:${a.line} ${n.rule}: false alarm "${a.message}" (${n.why})`);
    }
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.root)) {
    console.log(`corpus-eval: ${opts.root} is absent; nothing to compare`);
    return;
  }
  const { entries, preset: filePreset } = readEntries(opts);
  const preset = opts.preset ?? filePreset;
  const eff = effectiveConfig(preset === undefined ? [] : presetLayers({ preset }, 'corpus-eval'));
  const rules = new Map<string, RuleTally>();
  const notes: string[] = [];
  const kinds: string[] = [];
  const out: unknown[] = [];
  for (const e of entries) {
    const read = readTextSync(path.join(opts.root, e.file));
    if (!read.ok) {
      notes.push(`${e.file}: unreadable (${read.reason.en})`);
      continue;
    }
    const result = checkText(read.text, path.basename(e.file), eff);
    const lines = new LineIndex(read.text);
    const found: Found[] = result.findings.map((f) => ({ rule: f.rule, line: lines.positionAt(f.start).line + 1, message: f.message.zh }));
    // Text the tree does not take for official drafting is kind none for this comparison.
    const toolKind = result.tree.official.official ? result.kind : 'none';
    if (toolKind !== e.kind) kinds.push(`${e.file}: read as ${toolKind}, expected ${e.kind}`);
    for (const m of e.must) {
      const t = tallyOf(rules, m.rule);
      const same = found.filter((f) => f.rule === m.rule);
      if (same.some((f) => f.line === m.line)) t.hit++;
      else if (same.length) {
        t.elsewhere++;
        notes.push(`${e.file}:${m.line} ${m.rule}: found on line ${same.map((f) => f.line).join(', ')} instead (${m.why})`);
      } else {
        t.missed++;
        notes.push(`${e.file}:${m.line} ${m.rule}: missed (${m.why})`);
      }
    }
    tallyFalseAlarms(e, found, rules, notes);
    out.push({ file: e.file, kind: toolKind, expectedKind: e.kind, findings: found });
  }
  if (opts.json) {
    console.log(JSON.stringify({ rules: Object.fromEntries(rules), kinds, notes, files: out }, null, 2));
    return;
  }
  console.log('rule                               hit  elsewhere  missed  false alarms  silent as expected');
  let sum: RuleTally = { hit: 0, elsewhere: 0, missed: 0, falseAlarms: 0, silentAsExpected: 0 };
  for (const [rule, t] of [...rules.entries()].sort()) {
    console.log(`${rule.padEnd(34)} ${String(t.hit).padStart(4)} ${String(t.elsewhere).padStart(10)} ${String(t.missed).padStart(7)} ${String(t.falseAlarms).padStart(13)} ${String(t.silentAsExpected).padStart(19)}`);
    sum = { hit: sum.hit + t.hit, elsewhere: sum.elsewhere + t.elsewhere, missed: sum.missed + t.missed, falseAlarms: sum.falseAlarms + t.falseAlarms, silentAsExpected: sum.silentAsExpected + t.silentAsExpected };
  }
  const expected = sum.hit + sum.elsewhere + sum.missed;
  console.log(`\nexpected findings: ${expected}; on their line ${sum.hit}, on another line ${sum.elsewhere}, missed ${sum.missed}`);
  console.log(`false alarms: ${sum.falseAlarms}; kinds read wrong: ${kinds.length} of ${entries.length}`);
  if (opts.show) {
    console.log('');
    for (const k of kinds) console.log(k);
    for (const n of notes) console.log(n);
  }
}

void main();
