// The command's bundle leaves iconv-lite and re2js in bundles of their own (dist/vendor/, see
// esbuild.mjs) and loads each only when it is needed: a check with no team rule and no file to
// write in UTF-16 or GB18030 never reads them; a team rule loads re2js, a GB18030 file fixed
// loads iconv-lite, and both work from there.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt } from './helpers/build';
import { BIN, DIST_CLI } from './helpers/paths';
import { gb18030 } from './helpers/encode';
import { TempTree } from './helpers/tempTree';

/** Reports each module the bundle requires from ./vendor/ on standard error, as "vendor:NAME". */
const HOOK = `const M = require('node:module');
const load = M._load;
M._load = function (request, ...rest) {
  if (request.startsWith('./vendor/')) process.stderr.write('vendor:' + request.slice(9) + '\\n');
  return load.call(this, request, ...rest);
};
`;

const TEXT = '关于开展安全检查的通知\n\n各单位：\n\n请于2024年5月20日前采取举措完成自查。\n\n某某局\n2024年5月6日\n';

describe('the command loads iconv-lite and re2js only when it needs them', function () {
  this.timeout(60_000);
  const t = { dir: null as unknown as TempTree };
  let hook = '';

  before(() => {
    ensureBuilt();
    t.dir = new TempTree('gongwen-vendor-');
    hook = t.dir.write('hook.cjs', HOOK);
  });
  after(() => t.dir.remove());

  function run(args: string[]): { status: number | null; stdout: string; loaded: string[] } {
    const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: t.dir.root, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, loaded: [...r.stderr.matchAll(/^vendor:(.+)$/gm)].map((m) => m[1]!).sort() };
  }

  it('neither is inside dist/cli.js', () => {
    const bundle = readFileSync(DIST_CLI, 'utf8');
    const vendor = (name: string) => readFileSync(path.join(path.dirname(DIST_CLI), 'vendor', name), 'utf8');
    // A class of re2js and a table of iconv-lite: in their own bundles, not in the command's.
    assert.ok(vendor('re2js.js').includes('RE2Flags') && vendor('iconv-lite.js').includes('gb18030-ranges'));
    assert.ok(!bundle.includes('RE2Flags') && !bundle.includes('gb18030-ranges'), 'the vendor code is not in the bundle');
  });

  it('a check without team rules loads neither', () => {
    const file = t.dir.write('notice.txt', TEXT);
    const r = run(['check', '--format', 'json', file]);
    assert.equal(r.status, 0);
    assert.ok((JSON.parse(r.stdout) as { files: unknown[] }).files.length === 1);
    assert.deepEqual(r.loaded, []);
  });

  it('a team rule loads re2js, and its finding is reported', () => {
    // In a folder of its own: the team rule is not the other cases'.
    t.dir.write('team/.gongwen.json', { customRules: [{ id: 'custom.cuoshi', pattern: '举措', message: '用“措施”', replace: '措施' }] });
    const file = t.dir.write('team/notice.txt', TEXT);
    const r = run(['check', '--format', 'json', file]);
    assert.equal(r.status, 0);
    const rules = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ rule: string }> }> }).files[0]!.diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('custom.cuoshi'), rules.join(', '));
    assert.deepEqual(r.loaded, ['re2js.js']);
  });

  it('fixing a GB18030 file loads iconv-lite and writes GB18030 back', () => {
    const file = path.join(t.dir.root, 'gb.txt');
    writeFileSync(file, gb18030(TEXT.replace('完成自查。', '完成自查,按时上报。')));
    const r = run(['check', '--fix', '--format', 'json', file]);
    assert.equal(r.status, 0);
    assert.ok(r.loaded.includes('iconv-lite.js'), r.loaded.join(', '));
    assert.deepEqual(readFileSync(file), gb18030(TEXT.replace('完成自查。', '完成自查，按时上报。')), 'the comma is fixed, the file is GB18030 still');
  });
});
