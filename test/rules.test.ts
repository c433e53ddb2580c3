// Every rule fixture under test/fixtures/rules/: findings vs markers, fixes vs .fixed files.
// Format and checks: see test/harness/fixtures.ts.

import { strict as assert } from 'node:assert';
import { listFixtures, runFixture, strayFiles } from './harness/fixtures';

const fixtures = listFixtures();
const byRule = new Map<string, typeof fixtures>();
for (const fx of fixtures) {
  const list = byRule.get(fx.rule) ?? [];
  list.push(fx);
  byRule.set(fx.rule, list);
}

describe('rule fixtures', () => {
  it('fixture folders hold only fixtures, sidecars and .fixed files', () => {
    assert.deepEqual(strayFiles(), []);
  });
  for (const [rule, list] of byRule) {
    describe(rule, () => {
      for (const fx of list) {
        it(fx.name, () => runFixture(fx));
      }
    });
  }
});
