// The pure part of bulk suppressions (core/suppressions.ts): counting findings per file and rule,
// reading and merging the file, leaving out what the counts allow, pruning counts no longer reached.

import * as assert from 'node:assert/strict';
import { applySuppressions, countFindings, formatSuppressions, mergeSuppressions, parseSuppressions, pruneSuppressions, type Suppressions } from '../../../server/src/core/suppressions';

describe('core/suppressions (pure)', () => {
  const found = countFindings([
    { path: 'a.txt', rules: ['x', 'x', 'y'] },
    { path: 'b.txt', rules: [] },
  ]);

  it('counts findings per file and rule', () => {
    assert.deepEqual(found, { 'a.txt': { x: { count: 2 }, y: { count: 1 } } });
  });

  it('applies: a rule is left out at or under its count, reported whole over it', () => {
    const f = [{ rule: 'x' }, { rule: 'x' }, { rule: 'y' }, { rule: 'z' }];
    assert.deepEqual(applySuppressions(found, 'a.txt', f), { kept: [{ rule: 'z' }], suppressed: 3 });
    assert.deepEqual(applySuppressions(found, 'a.txt', [...f, { rule: 'x' }]), { kept: [{ rule: 'x' }, { rule: 'x' }, { rule: 'z' }, { rule: 'x' }], suppressed: 1 });
    assert.deepEqual(applySuppressions(found, 'other.txt', f), { kept: f, suppressed: 0 });
  });

  it('merges: found counts replace recorded ones, only the rules asked, the rest stays', () => {
    const existing: Suppressions = { 'a.txt': { x: { count: 5 }, w: { count: 1 } }, 'c.txt': { x: { count: 1 } } };
    assert.deepEqual(mergeSuppressions(existing, found, null), { 'a.txt': { w: { count: 1 }, x: { count: 2 }, y: { count: 1 } }, 'c.txt': { x: { count: 1 } } });
    assert.deepEqual(mergeSuppressions({}, found, ['y']), { 'a.txt': { y: { count: 1 } } });
    assert.deepEqual(existing['a.txt']!['x'], { count: 5 }, 'the input is not changed');
  });

  it('prunes: lowers, drops zeros and files gone, keeps files not checked that exist', () => {
    const existing: Suppressions = { 'a.txt': { x: { count: 5 }, w: { count: 1 } }, 'b.txt': { x: { count: 1 } }, 'gone.txt': { x: { count: 1 } }, 'kept.txt': { x: { count: 3 } } };
    const pruned = pruneSuppressions(existing, found, new Set(['a.txt', 'b.txt']), (f) => f === 'kept.txt');
    assert.deepEqual(pruned, { 'a.txt': { x: { count: 2 } }, 'kept.txt': { x: { count: 3 } } });
  });

  it('parses the file, refusing a wrong shape with a message in both languages', () => {
    assert.deepEqual(parseSuppressions('\uFEFF{"a.txt":{"x":{"count":2},"y":{"count":0}}}'), { ok: true, value: { 'a.txt': { x: { count: 2 } } } });
    for (const bad of ['', 'null', '{"a.txt":[]}', '{"a.txt":{"x":{"count":-1}}}', '{"a.txt":{"x":{"count":1.5}}}', '{"a.txt":{"x":3}}']) {
      const r = parseSuppressions(bad);
      assert.equal(r.ok, false, bad);
      if (!r.ok) assert.ok(r.error.zh && r.error.en, bad);
    }
    assert.equal(formatSuppressions({ 'b.txt': { z: { count: 1 }, a: { count: 2 } }, 'a.txt': { x: { count: 1 } } }), '{\n  "a.txt": {\n    "x": {\n      "count": 1\n    }\n  },\n  "b.txt": {\n    "a": {\n      "count": 2\n    },\n    "z": {\n      "count": 1\n    }\n  }\n}\n');
  });
});
