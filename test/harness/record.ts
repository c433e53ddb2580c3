// Writes down what the core reports for fixtures, into their sidecars' "findings", for a person
// to read and confirm: a new fixture's expectations, or a changed message across many fixtures.
// The harness never calls it; a test passes only on expectations someone has checked in.
//
//   npm run fixtures:record -- doc.length/count-mode-han.txt   one fixture (path from test/fixtures/rules)
//   npm run fixtures:record -- doc.length                       every fixture of a rule
//   npm run fixtures:record -- research-workspaces/route-35     the plans of a research workspace
//
// It prints each fixture whose expectations changed, with the findings as written.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describeFindings, lint, listFixtures, readFixture, type Fixture, type Lint, type Sidecar } from './fixtures';
import { asFixture, lintMember, listWorkspaces, workspaceIndex } from './workspaces';

/** JSON with short arrays of plain values on one line, as people write sidecars. */
export function formatJson(v: unknown, indent = ''): string {
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const flat = v.every((x) => x === null || typeof x !== 'object');
    const oneLine = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    if (flat && oneLine.length + indent.length <= 110) return oneLine;
    return `[\n${v.map((x) => inner + formatJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${formatJson(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

function sidecarFile(fx: Fixture): string {
  return path.join(path.dirname(fx.file), `${fx.name}.json`);
}

/** Records one fixture (linted by `run`, by default as the rule fixtures are); returns whether its sidecar changed. */
export function record(fx: Fixture, run: (text: string) => Lint = (text) => lint(text, fx)): boolean {
  const ex = readFixture(fx);
  const findings = describeFindings(ex.text, run(ex.text));
  const file = sidecarFile(fx);
  const old = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const side: Sidecar = { ...fx.sidecar };
  delete side.findings;
  if (findings.length) side.findings = findings;
  const text = Object.keys(side).length ? formatJson(side) + '\n' : null;
  if (text === old || (text === null && old === null)) return false;
  if (text === null) throw new Error(`${fx.rel}: no findings and nothing else in ${fx.name}.json; delete it by hand`);
  writeFileSync(file, text);
  return true;
}

/** The plans of a research workspace, each against the others: `research-workspaces/<name>`. */
function recordWorkspace(name: string): number {
  const ws = listWorkspaces().find((w) => w.name === name);
  if (!ws) throw new Error(`no research workspace "${name}"`);
  const index = workspaceIndex(ws);
  let n = 0;
  for (const file of ws.files) {
    const fx = asFixture(ws, file);
    if (record(fx, () => lintMember(ws, file, index))) {
      console.log(`recorded ${fx.rel}`);
      n++;
    }
  }
  return n;
}

function main(args: string[]): void {
  if (args.length === 0) {
    console.error('usage: npm run fixtures:record -- <rule-id | rule-id/fixture.txt | research-workspaces/name>…');
    process.exit(2);
  }
  const all = listFixtures();
  for (const a of args) {
    if (a.startsWith('research-workspaces/')) {
      recordWorkspace(a.slice('research-workspaces/'.length));
      continue;
    }
    const chosen = all.filter((fx) => fx.rule === a || fx.rel === a);
    if (chosen.length === 0) throw new Error(`no fixture matches "${a}"`);
    for (const fx of chosen) if (record(fx)) console.log(`recorded ${fx.rel}`);
  }
}

if (require.main === module) main(process.argv.slice(2));
