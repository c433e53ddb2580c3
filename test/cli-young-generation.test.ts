// A folder scan holds V8's young generation at a size from inside the process (youngGeneration.ts),
// as `--max-semi-space-size` would from the command line. Each case runs in a fresh Node, whose
// young generation has not grown yet.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './helpers/paths';

// Garbage with survivors, which makes V8 grow the young generation; the largest new space seen.
const PROGRAM = `
import * as v8 from 'node:v8';
const mod = await import(${JSON.stringify(path.join(ROOT, 'server/src/cli/youngGeneration.ts'))});
const { holdYoungGeneration } = mod.default ?? mod;
const semi = Number(process.argv[1]);
const hold = semi > 0 ? holdYoungGeneration(semi) : null;
const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
let largest = 0;
const ring = new Array(20000);
for (let i = 0; i < 1500000; i++) {
  ring[i % ring.length] = { i, s: 'x' + i, a: [i, i + 1] };
  if (i % 500 === 0) { hold?.check(); largest = Math.max(largest, newSpace()); }
}
hold?.release();
console.log(largest / 1048576);
`;

function largestNewSpaceMb(semiMb: number): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROGRAM, String(semiMb)], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout.trim());
}

describe('CLI: the young generation of a folder scan', () => {
  it('stays at two semi-spaces of the size held, where V8 alone grows it past them', function () {
    this.timeout(60_000);
    const free = largestNewSpaceMb(0);
    // A Node whose young generation never grows past 16 MB here has nothing to hold.
    if (free <= 16) this.skip();
    const held = largestNewSpaceMb(8);
    assert.ok(held <= 16, `held at 8 MB semi-spaces, it reached ${held} MB`);
  });
});
