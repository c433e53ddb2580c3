// The reviewer's expectations for the real texts (test/corpus/expectations.json, read by
// scripts/corpus-eval.ts) are well formed: known rule ids and kinds, a reason for each, and,
// when ../shared is present, files that exist and lines inside them.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules/registry';
import { readExpectations as entries } from './corpus/expectations';
import { hasShared, SHARED, SHARED_ABSENT } from './helpers/paths';

describe('corpus expectations', () => {
  it('name known rules and kinds, each with a reason, and no rule both expected and ruled out in a file', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const es = entries();
    assert.ok(es.length >= 44, `${es.length} texts`);
    for (const e of es) {
      assert.ok(['document', 'agenda', 'research', 'none'].includes(e.kind), `${e.file}: kind ${e.kind}`);
      for (const x of [...e.must, ...e.mustNot, ...e.unsure]) {
        assert.ok(ids.has(x.rule), `${e.file}: unknown rule ${x.rule}`);
        assert.ok(x.why.trim().length > 1, `${e.file}: ${x.rule} has no reason`);
      }
      for (const m of e.must) assert.ok(Number.isInteger(m.line) && m.line! >= 1, `${e.file}: ${m.rule} needs a line`);
      const banned = new Set(e.mustNot.map((x) => x.rule));
      assert.deepEqual(e.must.filter((m) => banned.has(m.rule)).map((m) => m.rule), [], e.file);
    }
  });

  if (!hasShared()) it(`${SHARED_ABSENT}: the texts' files and lines are not checked`);
  else {
    it('point at files that exist and at lines inside them', () => {
      for (const e of entries()) {
        const lines = readFileSync(path.join(SHARED, e.file), 'utf8').split(/\r\n|\r|\n/).length;
        for (const x of [...e.must, ...e.unsure]) if (x.line) assert.ok(x.line <= lines, `${e.file}: ${x.rule} at line ${x.line} of ${lines}`);
      }
    });
  }
});
