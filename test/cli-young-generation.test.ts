// A folder scan holds V8's young generation at a size from inside the process (youngGeneration.ts),
// as `--max-semi-space-size` would from the command line; one large file of prose holds it as it
// is. Each case runs in a fresh Node, whose young generation has not grown yet.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isLargeProse, LARGE_PROSE_BYTES } from '../server/src/cli/youngGeneration';
import { BIN, ROOT } from './helpers/paths';

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

describe('CLI: the young generation of one large file of prose', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-young-'));
    // Prose: 1,600 paragraphs of some 90 字 (about 430 KB); and as many bytes in lines of a few 字.
    const sentence = (i: number) => `第${i}项工作要按照年度计划推进，各单位于${(i % 12) + 1}月${(i % 28) + 1}日前完成自查，并将有关情况报送市政府办公室，同时做好台账整理和问题整改工作。`;
    writeFileSync(path.join(dir, 'prose.txt'), Array.from({ length: 1600 }, (_, i) => sentence(i) + sentence(i + 1)).join('\n'));
    writeFileSync(path.join(dir, 'lines.txt'), Array.from({ length: 45000 }, (_, i) => `第${i}条`).join('\n'));
    writeFileSync(path.join(dir, 'small.txt'), sentence(1));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('tells a large file of prose from a small one, one of short lines and one that cannot be read', () => {
    assert.equal(isLargeProse(path.join(dir, 'prose.txt')), true);
    assert.equal(isLargeProse(path.join(dir, 'lines.txt')), false, 'short lines');
    assert.equal(isLargeProse(path.join(dir, 'small.txt')), false, 'small');
    assert.equal(isLargeProse(path.join(dir, 'missing.txt')), false, 'missing');
    assert.equal(isLargeProse(dir), false, 'a folder');
    assert.ok(statSync(path.join(dir, 'prose.txt')).size >= LARGE_PROSE_BYTES);
    assert.ok(statSync(path.join(dir, 'lines.txt')).size >= LARGE_PROSE_BYTES);
  });

  it('checks one large file of prose with the young generation as it was, and one of short lines as V8 grows it', function () {
    this.timeout(60_000);
    const newSpaceAtExit = (file: string): number => {
      const hook = path.join(dir, 'hook.cjs');
      writeFileSync(hook, `process.on('exit', () => process.stderr.write('NEW ' + require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size + '\\n'));`);
      const r = spawnSync(process.execPath, ['--require', hook, BIN, 'check', file, '--format', 'json', '--fail-on', 'none'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(JSON.parse(r.stdout).files.length === 1, 'the file was checked');
      return Number(/NEW (\d+)/.exec(r.stderr)![1]) / 1048576;
    };
    const grown = newSpaceAtExit(path.join(dir, 'lines.txt'));
    // A Node whose young generation does not grow for this much work has nothing to hold.
    if (grown <= 8) this.skip();
    const held = newSpaceAtExit(path.join(dir, 'prose.txt'));
    assert.ok(held <= 4, `one large file of prose: new space ${held} MB at the end (short lines: ${grown} MB)`);
  });

  it('holdYoungGenerationAsIs keeps the young generation at its size until released', function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', AS_IS_PROGRAM], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [before, held, released] = r.stdout.trim().split(' ').map(Number) as [number, number, number];
    if (released <= before) this.skip(); // nothing grows here, held or not
    assert.equal(held, before, 'held: no growth');
  });
});

// Garbage with survivors under holdYoungGenerationAsIs, then after its release: the new space before, held and after.
const AS_IS_PROGRAM = `
import * as v8 from 'node:v8';
const mod = await import(${JSON.stringify(path.join(ROOT, 'server/src/cli/youngGeneration.ts'))});
const { holdYoungGenerationAsIs } = mod.default ?? mod;
const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const churn = () => {
  const ring = new Array(20000);
  let largest = 0;
  for (let i = 0; i < 1500000; i++) {
    ring[i % ring.length] = { i, s: 'x' + i, a: [i, i + 1] };
    if (i % 500 === 0) largest = Math.max(largest, newSpace());
  }
  return largest;
};
const before = newSpace();
const hold = holdYoungGenerationAsIs();
const held = churn();
hold.release();
const released = churn();
console.log(before / 1048576, held / 1048576, released / 1048576);
`;
