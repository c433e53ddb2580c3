// A check on two or three cores puts Node's background threads behind the thread that checks
// (bin/threads.js): which runs do it, that a real run leaves the main thread as it was and the
// others lowered, and that its report is the same as a run that lowers nothing.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt } from './helpers/build';
import { BIN } from './helpers/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = require('../bin/threads.js') as {
  wantsBackgroundBehind(command: string | undefined, context: { cores: number; maxCores: number; env: Record<string, string | undefined>; platform: string }): boolean;
  BACKGROUND_NICE: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const respawn = require('../bin/respawn.js') as { availableCores(): number; MAX_CORES: number };

describe('cli: a check on few cores puts Node’s background threads behind the one that checks', () => {
  const context = (over: Partial<{ cores: number; env: Record<string, string | undefined>; platform: string }> = {}) => ({ cores: 2, maxCores: 3, env: {}, platform: 'linux', ...over });

  it('decides: check only, on few cores, on Linux, unless GONGWEN_NICE=0', () => {
    assert.equal(threads.wantsBackgroundBehind('check', context()), true);
    assert.equal(threads.wantsBackgroundBehind('check', context({ cores: 3 })), true);
    assert.equal(threads.wantsBackgroundBehind('check', context({ cores: 4 })), false, 'more cores than the pool');
    assert.equal(threads.wantsBackgroundBehind('rules', context()), false, 'another command');
    assert.equal(threads.wantsBackgroundBehind(undefined, context()), false, 'no command');
    assert.equal(threads.wantsBackgroundBehind('check', context({ platform: 'darwin' })), false, 'no /proc/self/task');
    assert.equal(threads.wantsBackgroundBehind('check', context({ env: { GONGWEN_NICE: '0' } })), false, 'the user says no');
  });

  it('a real check lowers every thread but the main one, and reports as a run that lowers none', function () {
    if (process.platform !== 'linux') this.skip();
    this.timeout(60_000);
    ensureBuilt();
    const draft = path.join(os.tmpdir(), `gongwen-threads-${process.pid}.txt`);
    const seen = path.join(os.tmpdir(), `gongwen-threads-seen-${process.pid}.json`);
    const hook = path.join(os.tmpdir(), `gongwen-threads-hook-${process.pid}.cjs`);
    writeFileSync(draft, '关于开展安全检查的通知\n\n各单位：\n\n请于2024年3月1日前报送材料。\n\n市政府办公室\n2024年2月29日\n');
    // At exit, the niceness of each thread (field 19 of /proc/self/task/<tid>/stat), the main one first.
    writeFileSync(
      hook,
      `process.on('exit', () => { const fs = require('node:fs'); const nice = (t) => { const s = fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8'); return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[16]); };
        const others = fs.readdirSync('/proc/self/task').filter((t) => Number(t) !== process.pid).map(nice);
        fs.writeFileSync(${JSON.stringify(seen)}, JSON.stringify({ main: nice(process.pid), others })); });`,
    );
    const run = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [BIN, 'check', draft, '--format', 'json', '--fail-on', 'warning'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${hook}`, ...env } });
      return { r, nice: JSON.parse(readFileSync(seen, 'utf8')) as { main: number; others: number[] } };
    };
    try {
      const lowered = run({});
      const kept = run({ GONGWEN_NICE: '0' });
      assert.ok(lowered.nice.others.length >= 4, `Node's pool of four is there: ${JSON.stringify(lowered.nice)}`);
      assert.deepEqual(kept.nice.others, kept.nice.others.map(() => kept.nice.main), 'GONGWEN_NICE=0: every thread as the main one');
      if (respawn.availableCores() <= respawn.MAX_CORES) {
        const behind = Math.max(kept.nice.main, threads.BACKGROUND_NICE);
        assert.equal(lowered.nice.main, kept.nice.main, 'the main thread keeps its priority');
        assert.deepEqual(lowered.nice.others, lowered.nice.others.map(() => behind), 'every other thread behind it');
      } else {
        assert.deepEqual(lowered.nice, kept.nice, 'more cores: nothing lowered');
      }
      assert.equal(lowered.r.status, 1, 'a warning with --fail-on warning');
      assert.equal(lowered.r.status, kept.r.status);
      assert.equal(lowered.r.stdout, kept.r.stdout);
      assert.equal(lowered.r.stderr, kept.r.stderr);
    } finally {
      for (const f of [draft, seen, hook]) rmSync(f, { force: true });
    }
  });
});
