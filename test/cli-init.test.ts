// `gongwen init`: a commented .gongwen.json in the current folder that the schema and the loader
// accept as written (and with its commented name lists turned on), whose kinds take effect, and
// that is never written over an existing file.

import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { initText } from '../server/src/cli/init';
import { loadConfig, forgetConfigFiles } from '../server/src/config/load';
import { DEFAULT_NAMES } from '../server/src/core/names';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { readJson } from './helpers/paths';
import { TempTree } from './helpers/tempTree';

const validate = new Ajv({ strict: false, allErrors: true }).compile(readJson('schemas/gongwen.schema.json'));

/** The value of a JSON-with-comments text, failing on any syntax error (as the loader would report). */
function jsonc(text: string): Record<string, unknown> {
  const errors: ParseError[] = [];
  const v = parseJsonc(text, errors, { allowTrailingComma: true }) as Record<string, unknown>;
  assert.deepEqual(errors, [], text);
  return v;
}

function assertValid(text: string): Record<string, unknown> {
  const v = jsonc(text);
  assert.ok(validate(v), JSON.stringify(validate.errors, null, 2));
  return v;
}

describe('gongwen init', function () {
  this.timeout(60_000);
  let tree: TempTree;
  before(() => ensureBuilt());
  beforeEach(() => {
    tree = new TempTree('gongwen-init-');
  });
  afterEach(() => tree.remove());

  it('writes a commented .gongwen.json in the current folder that validates against the schema and loads without a problem', () => {
    const r = runCli(['init'], tree.root);
    assert.equal(r.status, 0, r.stderr);
    const file = path.join(tree.root, '.gongwen.json');
    assert.equal(r.stdout, `已写入 ${file}（预设 jinan-2019）\n`);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^\/\/ gongwen 配置/, 'commented, in Chinese by default');
    const v = assertValid(text);
    assert.equal(v['preset'], 'jinan-2019', 'the preset a folder without configuration gets');
    assert.deepEqual(v['kinds'] && (v['kinds'] as Record<string, unknown>)['专项/**'], { kind: 'document', scope: 'special' });
    assert.deepEqual(v['names'], {}, 'the name lists are examples, commented out');
    for (const key of Object.keys(DEFAULT_NAMES)) assert.ok(text.includes(`// "${key}": [`), key);
    forgetConfigFiles();
    assert.deepEqual(loadConfig(file).problems, []);
    // The configuration applies: `gongwen config` reads it without a problem.
    const c = runCli(['config', '.', '--format', 'json'], tree.root);
    assert.equal(c.status, 0, c.stderr);
    assert.equal(JSON.parse(c.stdout).configFile, file);
  });

  it('--preset chooses (one or both), --locale en writes English comments; every variant validates', () => {
    for (const [preset, expected] of [
      ['national-2024', 'national-2024'],
      ['jinan-2019', 'jinan-2019'],
      ['national-2024,jinan-2019', ['national-2024', 'jinan-2019']],
    ] as const) {
      for (const locale of ['zh-cn', 'en'] as const) {
        const dir = tree.path(`${preset}-${locale}`);
        tree.write(`${preset}-${locale}/.keep`, '');
        const r = runCli(['init', '--preset', preset, '--locale', locale], dir);
        assert.equal(r.status, 0, r.stderr);
        const text = readFileSync(path.join(dir, '.gongwen.json'), 'utf8');
        const v = assertValid(text);
        assert.deepEqual(v['preset'], expected);
        assert.equal(v['locale'], locale);
        if (locale === 'en') {
          assert.match(text, /^\/\/ gongwen configuration \(JSON with comments\)/);
          assert.match(r.stdout, /^wrote .*\.gongwen\.json \(preset /);
        }
      }
    }
  });

  it('its commented name lists, once uncommented, are valid too (the default lists)', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const text = initText(['national-2024'], locale).replace(/^ {4}\/\/ (".*)$/gm, '    $1');
      const v = assertValid(text);
      assert.deepEqual(v['names'], DEFAULT_NAMES);
    }
  });

  it('the 专项 folders of its kinds are checked as special-work documents', () => {
    runCli(['init'], tree.root);
    tree.write('.git/HEAD', 'ref: refs/heads/main\n'); // the folder is the repository root the globs are relative to
    tree.write('专项/notice.txt', '济南市某某局关于做好防汛工作的通知\n各区县：\n现将有关事项通知如下。\n济南市某某局\n2024年5月20日\n');
    tree.write('other/notice.txt', '济南市某某局关于做好防汛工作的通知\n各区县：\n现将有关事项通知如下。\n济南市某某局\n2024年5月20日\n');
    const r = runCli(['check', '专项/notice.txt', 'other/notice.txt', '--format', 'json', '--fail-on', 'none'], tree.root);
    assert.equal(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; scope: string | null }>;
    assert.deepEqual(files.map((f) => [f.path, f.scope]), [['专项/notice.txt', 'special'], ['other/notice.txt', null]]);
  });

  it('refuses to overwrite an existing .gongwen.json (exit 2, the file untouched), in the locale asked for', () => {
    const file = tree.write('.gongwen.json', '{ "preset": "national-2024" } // ours\n');
    const r = runCli(['init'], tree.root);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `gongwen: ${file} 已存在，未覆盖（请编辑它，或先删除再运行 gongwen init）\n`);
    assert.equal(readFileSync(file, 'utf8'), '{ "preset": "national-2024" } // ours\n');
    const en = runCli(['init', '--preset', 'jinan-2019', '--locale', 'en'], tree.root);
    assert.equal(en.status, 2);
    assert.match(en.stderr, /already exists and was not overwritten/);
    writeFileSync(file, 'x');
    assert.equal(runCli(['init'], tree.root).status, 2);
    assert.equal(readFileSync(file, 'utf8'), 'x');
  });

  it('takes no paths and no other options (exit 2)', () => {
    assert.equal(runCli(['init', 'somewhere'], tree.root).status, 2);
    assert.match(runCli(['init', '--format', 'json'], tree.root).stderr, /“init”没有选项 --format/);
    assert.match(runCli(['init', '--preset', 'paris'], tree.root).stderr, /--preset 只能是 jinan-2019 或 national-2024/);
  });
});
