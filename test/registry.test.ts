// Every registered rule is documented and tested: a doc page that names its clause and every
// option with its default, a fixture folder with a fixture where it fires and one where it must
// not, and a .fixed file when it offers fixes. Nothing documents or tests an unknown rule id.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules/registry';
import type { OptionSpec } from '../server/src/core/rules/rule';
import { FIXTURE_ROOT, firedRules, listFixtures, type Fixture } from './harness/fixtures';

const DOCS = path.resolve(__dirname, '..', 'docs', 'rules');
const ids = new Set(RULES.map((r) => r.id));
const fixtures = listFixtures();

function runsRule(fx: Fixture, id: string): boolean {
  return !fx.sidecar.only || fx.sidecar.only.includes(id);
}

/** The ways a default may be written in a doc page: 5000, 5,000, "second-monday", [“…”]. */
function defaultForms(o: OptionSpec): string[] {
  const d = o.default;
  if (typeof d === 'number') return [String(d), d.toLocaleString('en-US')];
  if (typeof d === 'string') return [d];
  if (typeof d === 'boolean') return [String(d)];
  return [JSON.stringify(d), d.join('、'), d.join(', ')];
}

describe('rule registry', () => {
  it('has unique rule ids', () => {
    assert.equal(ids.size, RULES.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const docFile = path.join(DOCS, `${rule.id}.md`);
      const mine = fixtures.filter((f) => f.rule === rule.id);

      it(`has docs/rules/${rule.id}.md naming its clause and options`, () => {
        assert.ok(existsSync(docFile), `missing ${path.relative(process.cwd(), docFile)}`);
        const doc = readFileSync(docFile, 'utf8');
        assert.ok(doc.includes(rule.id), `the page does not name the rule id ${rule.id}`);
        for (const c of rule.clause.split(/,\s*/)) assert.ok(doc.includes(c), `the page does not cite the clause ${c}`);
        const lines = doc.split('\n');
        for (const o of rule.options) {
          const forms = defaultForms(o);
          const ok = lines.some((l) => l.includes(o.name) && forms.some((f) => l.includes(f)));
          assert.ok(ok, `no line of the page names option "${o.name}" together with its default ${forms[0]}`);
        }
      });

      it('has a fixture where it fires and one where it must not', () => {
        assert.ok(mine.length > 0, `no fixtures in ${path.relative(process.cwd(), path.join(FIXTURE_ROOT, rule.id))}/`);
        const fires = mine.filter((f) => firedRules(f).has(rule.id));
        const quiet = mine.filter((f) => runsRule(f, rule.id) && !firedRules(f).has(rule.id));
        assert.ok(fires.length > 0, 'no fixture marks a finding of this rule (##> ' + rule.id + ')');
        assert.ok(quiet.length > 0, 'no fixture runs this rule without marking it (a case where it must not fire)');
      });

      if (rule.fixable) {
        it('has a .fixed file (the rule offers fixes)', () => {
          assert.ok(mine.some((f) => f.fixedFile !== null), `no <name>.fixed.* file in ${rule.id}/`);
        });
      }
    });
  }

  it('has no fixture folder for an unregistered rule id', () => {
    const folders = existsSync(FIXTURE_ROOT) ? readdirSync(FIXTURE_ROOT) : [];
    assert.deepEqual(folders.filter((f) => !ids.has(f)), []);
  });

  it('has no doc page for an unregistered rule id', () => {
    const pages = existsSync(DOCS) ? readdirSync(DOCS).filter((f) => f.endsWith('.md')) : [];
    assert.deepEqual(pages.map((f) => f.slice(0, -3)).filter((id) => !ids.has(id) && id !== 'README' && id !== 'index'), []);
  });

  it('has fixture markers only for registered rule ids', () => {
    const unknown: string[] = [];
    for (const fx of fixtures) for (const id of firedRules(fx)) if (!ids.has(id)) unknown.push(`${fx.rel}: ${id}`);
    assert.deepEqual(unknown, []);
  });

  it('has sidecar "only" lists naming registered rule ids', () => {
    const unknown: string[] = [];
    for (const fx of fixtures) for (const id of fx.sidecar.only ?? []) if (!ids.has(id)) unknown.push(`${fx.rel}: ${id}`);
    assert.deepEqual(unknown, []);
  });
});
