// The command starts from V8's code cache (bin/bundle.js): the build writes dist/cli.js in ASCII,
// ends it with its key (its SHA-256) and makes dist/cli.js.cache for exactly that bundle. The
// command uses the cache when the keys match, and compiles the bundle as before when they do not,
// when V8 refuses the data, or when there is no cache or no key; the report is the same each way.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt } from './helpers/build';
import { BIN, DIST_CLI, ROOT } from './helpers/paths';
import { TempTree } from './helpers/tempTree';

/** Reports, on standard error, each script compiled through node:vm: whether it was given cached data and whether V8 refused it. */
const HOOK = `const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    process.stderr.write('script:' + (options && options.cachedData ? (this.cachedDataRejected ? 'refused' : 'cached') : 'compiled') + '\\n');
  }
};
`;

const TEXT = '关于开展安全检查的通知\n\n各单位：\n\n请于2024年5月20日前采取举措完成自查，结果报区办公室。\n\n某某局\n2024年5月6日\n';
const KEY = /\n\/\/ gongwen-bundle-key=([0-9a-f]{64})\n$/;

describe('the command starts from the code cache the build made for its bundle', function () {
  this.timeout(60_000);
  const t = { dir: null as unknown as TempTree };
  let hook = '';
  let notice = '';

  before(() => {
    ensureBuilt();
    t.dir = new TempTree('gongwen-code-cache-');
    hook = t.dir.write('hook.cjs', HOOK);
    notice = t.dir.write('drafts/notice.txt', TEXT);
  });
  after(() => t.dir.remove());

  /** `node bin/gongwen.js check --format json drafts` of a copy of the command under `root` (or the project's). */
  function check(bin = BIN): { stdout: string; how: string[] } {
    const r = spawnSync(process.execPath, ['--require', hook, bin, 'check', '--format', 'json', '--fail-on', 'none', path.dirname(notice)], { cwd: t.dir.root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return { stdout: r.stdout, how: [...r.stderr.matchAll(/^script:(.+)$/gm)].map((m) => m[1]!) };
  }

  /** The report of the bundle required as Node requires any file, with no cache. */
  function plainReport(): string {
    const r = spawnSync(process.execPath, [DIST_CLI, 'check', '--format', 'json', '--fail-on', 'none', path.dirname(notice)], { cwd: t.dir.root, encoding: 'utf8' });
    return r.stdout;
  }

  /** A copy of bin/ and dist/'s command files under a folder of its own, to spoil. */
  function copyOfCommand(name: string): { bin: string; bundle: string; cache: string } {
    const root = path.join(t.dir.root, name);
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'dist', 'vendor'), path.join(root, 'dist', 'vendor'), { recursive: true });
    copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
    for (const f of ['cli.js', 'cli.js.cache']) copyFileSync(path.join(ROOT, 'dist', f), path.join(root, 'dist', f));
    return { bin: path.join(root, 'bin', 'gongwen.js'), bundle: path.join(root, 'dist', 'cli.js'), cache: path.join(root, 'dist', 'cli.js.cache') };
  }

  it('the bundle is ASCII and ends with its key; the cache begins with that key', () => {
    const bytes = readFileSync(DIST_CLI);
    assert.ok(bytes.every((b) => b < 0x80), 'dist/cli.js is ASCII');
    const text = bytes.toString('latin1');
    const m = KEY.exec(text);
    assert.ok(m, 'dist/cli.js ends with its key line');
    const body = text.slice(0, m.index + 1);
    assert.equal(createHash('sha256').update(body).digest('hex'), m[1], 'the key is the SHA-256 of the bundle before it');
    assert.deepEqual(readFileSync(`${DIST_CLI}.cache`).subarray(0, 32), Buffer.from(m[1]!, 'hex'));
  });

  it('bin/gongwen.js runs the bundle from the cache, and reports what the bundle required plainly reports', () => {
    const r = check();
    assert.deepEqual(r.how, ['cached']);
    const report = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ rule: string }> }> };
    assert.equal(report.files.length, 1);
    assert.ok(report.files[0]!.diagnostics.length > 0, 'the draft has findings');
    assert.equal(r.stdout, plainReport());
  });

  /** The command, its cache changed by `spoil`, compiles or refuses as `how` says, and reports as before. */
  function withSpoiltCache(name: string, spoil: (data: Buffer) => void, how: string): void {
    const c = copyOfCommand(name);
    const data = readFileSync(c.cache);
    spoil(data);
    writeFileSync(c.cache, data);
    const r = check(c.bin);
    assert.deepEqual(r.how, [how]);
    assert.equal(r.stdout, plainReport());
  }

  it('a cache made for another bundle is not used', () => {
    withSpoiltCache('other-key', (data) => void (data[0] = data[0]! ^ 0xff), 'compiled');
  });

  it('data V8 refuses costs only its read: the bundle is compiled and runs as usual', () => {
    // Past V8's own header: without the checksum V8 is told to check, this data crashed the process.
    withSpoiltCache('bad-data', (data) => void data.fill(0x5a, 32 + 64), 'refused');
  });

  it('without a cache, or a bundle without a key (a watch build), the bundle is compiled', () => {
    const c = copyOfCommand('no-cache');
    rmSync(c.cache);
    assert.deepEqual(check(c.bin).how, ['compiled']);
    const d = copyOfCommand('no-key');
    writeFileSync(d.bundle, readFileSync(d.bundle, 'latin1').replace(KEY, '\n'), 'latin1');
    const r = check(d.bin);
    assert.deepEqual(r.how, ['compiled']);
    assert.equal(r.stdout, plainReport());
  });
});
