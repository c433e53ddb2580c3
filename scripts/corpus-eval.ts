// npx tsx scripts/corpus-eval.ts [--json] [--show]
//
// Compares the checker with the reviewer's expectations in test/corpus/expectations.json, over
// the real texts in ../shared (or GONGWEN_SHARED_DIR). Prints, per rule, the expected findings
// found on their line (hits), found on another line, and missed, and the false alarms (a finding
// of a rule the file lists under mustNot); then the kinds read wrong. --show lists each miss and
// false alarm with its reason; --json prints the whole comparison. Each file is checked alone,
// with the default configuration (the cross-plan rules see no other plans).
// It reports; it does not fail: an expectation is a reviewer's view, to be argued with.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/core/check';
import { effectiveConfig } from '../server/src/core/config/effective';
import { LineIndex } from '../server/src/core/text/lineIndex';
import { readText } from '../server/src/io/textFile';
import { readExpectations } from '../test/corpus/expectations';
import { SHARED } from '../test/helpers/paths';

interface RuleTally {
  hit: number;
  elsewhere: number;
  missed: number;
  falseAlarms: number;
  silentAsExpected: number;
}

const args = new Set(process.argv.slice(2));

function tallyOf(map: Map<string, RuleTally>, rule: string): RuleTally {
  let t = map.get(rule);
  if (!t) map.set(rule, (t = { hit: 0, elsewhere: 0, missed: 0, falseAlarms: 0, silentAsExpected: 0 }));
  return t;
}

function main(): void {
  if (!existsSync(SHARED)) {
    console.log(`corpus-eval: ${SHARED} is absent; nothing to compare`);
    return;
  }
  const entries = readExpectations();
  const eff = effectiveConfig([]);
  const rules = new Map<string, RuleTally>();
  const notes: string[] = [];
  const kinds: string[] = [];
  const out: unknown[] = [];
  for (const e of entries) {
    const read = readText(path.join(SHARED, e.file));
    if (!read.ok) {
      notes.push(`${e.file}: unreadable (${read.reason.en})`);
      continue;
    }
    const result = checkText(read.text, path.basename(e.file), eff);
    const lines = new LineIndex(read.text);
    const found = result.findings.map((f) => ({ rule: f.rule, line: lines.positionAt(f.start).line + 1, message: f.message.zh }));
    const expectedKind = e.kind === 'none' ? 'none' : e.kind;
    if (result.kind !== expectedKind) kinds.push(`${e.file}: read as ${result.kind}, expected ${expectedKind}`);
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
    for (const n of e.mustNot) {
      const t = tallyOf(rules, n.rule);
      const alarms = found.filter((f) => f.rule === n.rule);
      if (alarms.length === 0) t.silentAsExpected++;
      else {
        t.falseAlarms += alarms.length;
        for (const a of alarms) notes.push(`${e.file}:${a.line} ${n.rule}: false alarm "${a.message}" (${n.why})`);
      }
    }
    out.push({ file: e.file, kind: result.kind, expectedKind, findings: found });
  }
  if (args.has('--json')) {
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
  if (args.has('--show')) {
    console.log('');
    for (const k of kinds) console.log(k);
    for (const n of notes) console.log(n);
  }
}

main();
