// A folder scan of many files on two or three cores runs in a Node started again with V8's
// background pool sized to the machine (bin/respawn.js). Which runs do it, and that such a run
// reports and exits exactly as a run in one process does.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHECKED_EXTENSIONS } from '../server/src/io/checked';
import { SKIP_DIRS } from '../server/src/io/walk';
import { VALUED } from '../server/src/cli/args';
import { ensureBuilt } from './helpers/build';
import { BIN } from './helpers/paths';
import { TempTree } from './helpers/tempTree';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const respawn = require('../bin/respawn.js') as {
  wantsRespawn(args: string[], context: { cores: number; execArgv: string[]; env: Record<string, string | undefined>; cwd: string }): boolean;
  countFiles(folders: string[], limit: number): number;
  availableCores(): number;
  CHECKED: RegExp;
  SKIPPED: Set<string>;
  VALUED: Set<string>;
  MIN_FILES: number;
  MAX_CORES: number;
  MARK: string;
};

/** A folder of `n` drafts (every one with a finding), with other files and a node_modules beside them. */
function draftFolder(n: number): TempTree {
  const tree = new TempTree('gongwen-respawn-');
  for (let i = 0; i < n; i++) tree.write(`dept-${i % 7}/draft-${i}.${i % 3 === 0 ? 'md' : 'txt'}`, `关于开展第${i}次检查的通知\n\n各单位：\n\n请于2024年3月1日前报送材料,逾期不候。\n\n市政府办公室\n2024年2月29日\n`);
  for (let i = 0; i < 40; i++) tree.write(`node_modules/pkg/readme-${i}.md`, '# not a draft\n');
  tree.write('notes.json', '{}');
  return tree;
}

describe('cli: a large folder scan on few cores runs in a Node with a pool sized to the cores', () => {
  const context = (over: Partial<{ cores: number; execArgv: string[]; env: Record<string, string | undefined>; cwd: string }> = {}) => ({ cores: 2, execArgv: [], env: {}, cwd: process.cwd(), ...over });

  it('counts the files a walk checks, up to the limit, skipping node_modules and other files', () => {
    const tree = draftFolder(30);
    try {
      assert.equal(respawn.countFiles([tree.root], 1000), 30);
      assert.equal(respawn.countFiles([tree.root], 10), 10);
      assert.equal(respawn.countFiles([path.join(tree.root, 'missing')], 10), 0);
    } finally {
      tree.remove();
    }
  });

  it('the extensions, skipped folders and valued options are the walk’s and the parser’s own', () => {
    assert.equal(respawn.CHECKED.source, CHECKED_EXTENSIONS.source);
    assert.equal(respawn.CHECKED.flags, CHECKED_EXTENSIONS.flags);
    assert.deepEqual([...respawn.SKIPPED].sort(), [...SKIP_DIRS].sort());
    assert.deepEqual([...respawn.VALUED].sort(), [...VALUED].sort());
  });

  it('decides: a check of folders with enough files on few cores, unless Node’s own flags, the cache or the user say otherwise', () => {
    const big = draftFolder(respawn.MIN_FILES);
    const small = draftFolder(respawn.MIN_FILES - 1);
    try {
      const file = path.join(big.root, 'dept-0', 'draft-0.md');
      assert.equal(respawn.wantsRespawn(['check', big.root, '--format', 'json'], context()), true);
      assert.equal(respawn.wantsRespawn(['check', '--format', 'json'], context({ cwd: big.root })), true, 'no path: the current folder');
      assert.equal(respawn.wantsRespawn(['check', '--output', 'report.json', big.root], context()), true);
      assert.equal(respawn.wantsRespawn(['check', small.root], context()), false, 'too few files');
      assert.equal(respawn.wantsRespawn(['check', file], context()), false, 'a file, not a folder');
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ cores: respawn.MAX_CORES + 1 })), false, 'enough cores for Node’s pool');
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ cores: 1 })), true);
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ execArgv: ['--inspect'] })), false, 'Node started with flags');
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ env: { [respawn.MARK]: '1' } })), false, 'already the second start');
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ env: { GONGWEN_RESPAWN: '0' } })), false, 'turned off');
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ env: { NODE_OPTIONS: '--v8-pool-size=2' } })), false, 'the pool sized already');
      assert.equal(respawn.wantsRespawn(['check', big.root], context({ env: { NODE_OPTIONS: '--max-old-space-size=4096' } })), true);
      assert.equal(respawn.wantsRespawn(['check', big.root, '--cache'], context()), false, 'a cached run analyses little');
      assert.equal(respawn.wantsRespawn(['check', big.root, '-'], context()), false, 'standard input');
      assert.equal(respawn.wantsRespawn(['check', '--stdin-filename=a.txt'], context({ cwd: big.root })), false, 'standard input');
      assert.equal(respawn.wantsRespawn(['check', '-f', 'json', '--fail-on=none'], context({ cwd: big.root })), true, 'option values are no paths');
      assert.equal(respawn.wantsRespawn(['check', '--config', small.root, '--', big.root], context()), true, 'after --, paths');
      assert.equal(respawn.wantsRespawn(['review', big.root], context()), false, 'another command');
      assert.equal(respawn.wantsRespawn(['rules'], context({ cwd: big.root })), false);
    } finally {
      big.remove();
      small.remove();
    }
  });

  it('a scan run again reports, writes and exits as one run in this process does', function () {
    this.timeout(120_000);
    ensureBuilt();
    const tree = draftFolder(respawn.MIN_FILES + 20);
    const seen = path.join(os.tmpdir(), `gongwen-respawn-seen-${process.pid}.txt`);
    const hook = path.join(os.tmpdir(), `gongwen-respawn-hook-${process.pid}.cjs`);
    rmSync(seen, { force: true });
    writeFileSync(hook, `require('node:fs').appendFileSync(${JSON.stringify(seen)}, JSON.stringify(process.execArgv) + '\\n');`);
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [BIN, 'check', tree.root, '--format', 'json', '--fail-on', 'warning'], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: `--require ${hook}`, ...env } });
    try {
      const again = run({});
      const here = run({ GONGWEN_RESPAWN: '0' });
      const processes = readFileSync(seen, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
      const fewCores = respawn.availableCores() <= respawn.MAX_CORES;
      // The first run: this Node, then (on few cores) a second with the pool sized; the second run: one Node.
      assert.deepEqual(processes, fewCores ? [[], ['--v8-pool-size=0'], []] : [[], []]);
      assert.equal(again.status, 1, 'warnings with --fail-on warning');
      assert.equal(again.status, here.status);
      assert.equal(again.stdout, here.stdout);
      assert.equal(again.stderr, here.stderr);
      const report = JSON.parse(again.stdout) as { files: unknown[] };
      assert.equal(report.files.length, respawn.MIN_FILES + 20);
    } finally {
      tree.remove();
      rmSync(seen, { force: true });
      rmSync(hook, { force: true });
    }
  });
});
