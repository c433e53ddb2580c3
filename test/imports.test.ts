// No import circles in the server and the client (`import type` counts: a circle of types
// still ties the layers together). See test/helpers/importGraph.ts.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { cycles, importGraph } from './helpers/importGraph';
import { ROOT } from './helpers/paths';

describe('imports', () => {
  for (const dir of ['server/src', 'client/src']) {
    it(`${dir} has no import circle`, () => {
      const g = importGraph(path.join(ROOT, dir));
      assert.ok(g.size > (dir === 'server/src' ? 50 : 1), `${g.size} modules in ${dir}`);
      const found = cycles(g).map((c) => c.map((f) => path.relative(ROOT, f)));
      assert.deepEqual(found, []);
    });
  }

  it('finds a circle when there is one (the detector itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    assert.deepEqual(cycles(g), [['a', 'b', 'c'], ['e']]);
  });
});
