// The JSON schema of .gongwen.json (schemas/gongwen.schema.json): generated from the rule
// registry (drift is caught by test/generated.test.ts), associated with the file name in
// package.json, shipped in the .vsix, and in agreement with what the loader and resolver accept:
// for each sample config, the schema validates it exactly when loading it reports no problem.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import picomatch from 'picomatch';
import { PRESETS } from '../server/src/config/presets';
import { CUSTOM_RULE_FIELDS } from '../server/src/core/config/customRules';
import { CONFIG_KEYS } from '../server/src/core/config/effective';
import { DEFAULT_NAMES } from '../server/src/core/config/resolve';
import { RULES } from '../server/src/core/rules/registry';
import { build, configFileSchema, SCHEMA_FILE } from '../scripts/generate';
import { resolveFor } from './config-fixtures';
import { readJson, ROOT } from './helpers/paths';
import { EDITOR_KEYS } from '../server/src/lsp/quiet';
import { TempTree } from './helpers/tempTree';


type Obj = Record<string, unknown>;

const schema = readJson(SCHEMA_FILE);
const props = schema['properties'] as Record<string, Obj>;
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

/** The README's complete example (the ```jsonc block under "A complete example"). */
function readmeExample(): { text: string; value: Obj } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('### A complete example');
  assert.ok(at >= 0, 'README has no "A complete example" section');
  const m = /```jsonc\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(m, 'no ```jsonc block in the README example section');
  return { text: m[1]!, value: parseJsonc(m[1]!) as Obj };
}

describe('.gongwen.json schema', () => {
  it('is the generated one (npm run generate writes it; generated.test.ts checks drift)', () => {
    assert.deepEqual(schema, configFileSchema());
  });

  it('is associated with .gongwen.json and *.gongwen.json, as JSON with comments, and shipped in the .vsix', () => {
    const pkg = readJson('package.json');
    const contributes = pkg['contributes'] as Obj;
    assert.deepEqual(contributes['jsonValidation'], build().jsonValidation);
    const [v] = contributes['jsonValidation'] as Array<{ fileMatch: string[]; url: string }>;
    assert.ok(v!.fileMatch.includes('.gongwen.json') && v!.fileMatch.includes('*.gongwen.json'));
    assert.equal(path.resolve(ROOT, v!.url), path.join(ROOT, SCHEMA_FILE));
    const jsonc = (contributes['languages'] as Array<{ id: string; filenames?: string[]; filenamePatterns?: string[] }>).find((l) => l.id === 'jsonc');
    assert.ok(jsonc?.filenames?.includes('.gongwen.json'), 'comments in .gongwen.json must not be flagged: associate it with jsonc');
    assert.ok(jsonc?.filenamePatterns?.includes('*.gongwen.json'));
    assert.equal(schema['allowComments'], true);
    assert.equal(schema['allowTrailingCommas'], true);

    // .vscodeignore: the last pattern matching a path decides (a leading ! includes it again).
    const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const shipped = (file: string) => {
      let inc = true;
      for (const l of lines) {
        const neg = l.startsWith('!');
        if (picomatch(neg ? l.slice(1) : l, { dot: true })(file)) inc = neg;
      }
      return inc;
    };
    assert.ok(shipped(SCHEMA_FILE), `${SCHEMA_FILE} is excluded from the .vsix by .vscodeignore`);
    assert.ok(shipped('package.nls.zh-cn.json') && shipped('l10n/bundle.l10n.zh-cn.json') && shipped('docs/rules/doc.length.md') && shipped('README.md'));
    assert.ok(!shipped('server/src/server.ts'));
    // The workspace scan's worker threads load dist/scanWorker.js beside dist/server.js.
    assert.ok(shipped('dist/server.js') && shipped('dist/scanWorker.js'), 'the scan worker is shipped with the server');
    // Both load re2js from its own bundle when a team rule is compiled (esbuild.mjs).
    assert.ok(shipped('dist/vendor/re2js.js') && shipped('dist/vendor/iconv-lite.js') && !shipped('dist/vendor/re2js.js.map'), 'the vendor bundles are shipped, their maps are not');
  });

  it('holds every key the loader knows, every rule with its options and types, the name lists, the team rule fields and the presets', () => {
    assert.deepEqual(Object.keys(props).sort(), [...CONFIG_KEYS].sort());
    assert.equal(schema['additionalProperties'], false);
    const rules = (props['rules']!['properties'] as Record<string, { anyOf: Obj[] }>);
    assert.deepEqual(Object.keys(rules), RULES.map((r) => r.id));
    for (const r of RULES) {
      const obj = rules[r.id]!.anyOf[1]!['properties'] as Record<string, Obj>;
      assert.deepEqual(Object.keys(obj), ['severity', ...r.options.map((o) => o.name)], r.id);
      for (const o of r.options) assert.equal(obj[o.name]!['type'], o.type === 'string[]' ? 'array' : o.type, `${r.id}.${o.name}`);
    }
    assert.deepEqual(Object.keys(props['names']!['properties'] as Obj), Object.keys(DEFAULT_NAMES));
    const item = (props['customRules']!['items'] as Obj);
    assert.deepEqual(Object.keys(item['properties'] as Obj), [...CUSTOM_RULE_FIELDS]);
    assert.deepEqual(item['required'], ['id', 'pattern', 'message']);
    const presetForms = props['preset']!['anyOf'] as Array<Record<string, unknown>>;
    assert.deepEqual(presetForms[0]!['enum'], Object.keys(PRESETS));
    assert.deepEqual((presetForms[1]!['items'] as Record<string, unknown>)['enum'], Object.keys(PRESETS));
    // Completion offers the stacked form too.
    assert.deepEqual((presetForms[1]!['defaultSnippets'] as Array<{ body: unknown }>)[0]!.body, ['national-2024', 'jinan-2019']);
  });

  it('describes everything in Chinese and English', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'description' || k === 'markdownDescription') && typeof x === 'string') texts.push(x);
        else if (k === 'enumDescriptions' && Array.isArray(x)) texts.push(...(x as string[]));
        else walk(x);
      }
    };
    walk(schema);
    assert.ok(texts.length > RULES.length * 2);
    for (const s of texts) {
      const [zh, en, ...rest] = s.split('\n\n');
      assert.equal(rest.length, 0, s);
      assert.ok(zh && /\p{Script=Han}/u.test(zh), `no Chinese text: ${s}`);
      assert.ok(en && /[A-Za-z]{3,}/.test(en) && !/^[^A-Za-z]*$/.test(en), `no English text: ${s}`);
    }
  });

  it('contributes.configuration and the file schema come from the same value schemas', () => {
    const settings = build().configuration['properties'] as Record<string, Obj>;
    assert.ok(['gongwen.rules', 'gongwen.names', 'gongwen.customRules'].every((k) => k in settings), Object.keys(settings).join(', '));
    for (const key of Object.keys(settings)) {
      const k = key.replace(/^gongwen\./, '');
      // Whether and when the editor checks is the editor's business, not the team's: no file key.
      if (EDITOR_KEYS.includes(k)) {
        assert.equal(props[k], undefined, `editor-only setting ${key} is a key of .gongwen.json`);
        continue;
      }
      assert.ok(props[k], `setting ${key} is not a key of .gongwen.json`);
      const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v), (name, x) => (/^(description|markdownDescription|enumDescriptions|scope|order)$/.test(name) ? undefined : x));
      assert.deepEqual(strip(props[k]), strip(settings[key]), k);
    }
  });
});

describe('.gongwen.json schema agrees with the loader', () => {
  let t: TempTree;
  let n = 0;
  before(() => {
    t = new TempTree();
    t.write('base.gongwen.json', { rules: { 'format.date': 'error' } });
  });
  after(() => t.remove());

  /** Whether loading `text` as a .gongwen.json (beside base.gongwen.json) reports no problem. */
  function loaderOk(text: string): { ok: boolean; problems: string[] } {
    const dir = `s${++n}`;
    t.write(`${dir}/.gongwen.json`, text);
    t.write(`${dir}/base.gongwen.json`, { rules: { 'format.date': 'error' } });
    const r = resolveFor(t.path(`${dir}/a.txt`), t.root);
    return { ok: r.problems.length === 0, problems: r.problems.map((p) => `${p.key}: ${p.message.en}`) };
  }

  function agree(value: unknown): void {
    const text = JSON.stringify(value);
    const loader = loaderOk(text);
    const valid = validate(value);
    assert.equal(valid, loader.ok, `schema says ${valid ? 'valid' : `invalid (${ajv.errorsText(validate.errors)})`}, the loader ${loader.ok ? 'accepts it' : `reports ${loader.problems.join('; ')}`}: ${text}`);
  }

  const rule = { id: 'custom.no-jargon', pattern: '抓手', message: 'x' };
  const valid: unknown[] = [
    {},
    { $schema: './node_modules/gongwen/schemas/gongwen.schema.json', root: true },
    { preset: 'jinan-2019' },
    { preset: 'national-2024' },
    { preset: ['national-2024', 'jinan-2019'] },
    { preset: ['national-2024'] },
    { extends: 'jinan-2019' },
    { extends: './base.gongwen.json' },
    { extends: ['jinan-2019', './base.gongwen.json'] },
    { extends: [] },
    { rules: { 'doc.length': { severity: 'error', special: 2800 }, 'format.punctuation': 'off' } },
    { rules: { 'custom.elsewhere': 'off', 'custom.other': { severity: 'info' } } },
    { countMode: 'han', locale: 'en', maxFileSize: 1 },
    { kinds: { 'a/**': 'agenda', 'b/**': '调研', 'c/**': { scope: '专项' }, 'd/**': { kind: 'document', scope: 'special' } } },
    { include: [], exclude: ['归档/**'] },
    { names: {} },
    ...Object.keys(DEFAULT_NAMES).map((k) => ({ names: { [k]: ['某某'] } })),
    { customRules: [] },
    { customRules: [rule] },
    { customRules: [{ ...rule, message: { zh: '套话', en: 'jargon' }, severity: 'error', replace: '措施', kinds: ['document', 'agenda'], ignoreCase: true }], rules: { 'custom.no-jargon': 'hint' } },
    { customRules: [{ ...rule, id: 'custom.a1.b-2' }] },
    PRESETS['jinan-2019'],
    PRESETS['national-2024'],
  ];
  const invalid: unknown[] = [
    [],
    3,
    'x',
    null,
    { preset: 'jinan-2020' },
    { preset: './base.gongwen.json' },
    { preset: 1 },
    { preset: null },
    { preset: [] },
    { preset: ['national-2024', 'national-2024'] },
    { preset: ['national-2024', 'jinan-2020'] },
    { extends: 1 },
    { extends: 'jinan' },
    { extends: [1] },
    { extends: [['./base.gongwen.json']] },
    { extends: null },
    { root: 'yes' },
    { $schema: 1 },
    { rulez: {} },
    { rules: null },
    { rules: [] },
    { rules: { 'doc.lenght': 'error' } },
    { rules: { 'doc.length': 'loud' } },
    { rules: { 'doc.length': { special: 'many' } } },
    { rules: { 'doc.length': { special: 0 } } },
    { rules: { 'doc.length': { special: 2.5 } } },
    { rules: { 'doc.length': { specal: 1 } } },
    { rules: { 'custom.x': 'loud' } },
    { rules: { 'custom.x': { severity: 'off', max: 1 } } },
    { countMode: 'Word' },
    { countMode: null },
    { locale: 'EN' },
    { locale: 'zh-CN' },
    { locale: 'fr' },
    { kinds: [] },
    { kinds: null },
    { kinds: { 'x/**': 'Agenda' } },
    { kinds: { 'x/**': 'memo' } },
    { kinds: { 'x/**': {} } },
    { kinds: { 'x/**': { kind: 1 } } },
    { kinds: { 'x/**': { kind: 'agenda', level: 1 } } },
    { kinds: { 'x/**': ['agenda'] } },
    { include: '**/*.txt' },
    { include: [1] },
    { exclude: null },
    { maxFileSize: 0 },
    { maxFileSize: 1.5 },
    { maxFileSize: '1000' },
    { names: [] },
    { names: { district: [] } },
    { names: { districts: '历下区' } },
    { names: { districts: [1] } },
    { customRules: {} },
    { customRules: [1] },
    { customRules: [null] },
    { customRules: [{ pattern: 'x', message: 'x' }] },
    { customRules: [{ id: 'custom.x', message: 'x' }] },
    { customRules: [{ id: 'custom.x', pattern: 'x' }] },
    ...['no-prefix', 'custom.', 'custom.A', 'custom..x', 'Custom.x', 'custom.x.', 'custom._x', 7].map((id) => ({ customRules: [{ ...rule, id }] })),
    { customRules: [{ ...rule, pattern: '' }] },
    { customRules: [{ ...rule, pattern: 1 }] },
    { customRules: [{ ...rule, message: '' }] },
    { customRules: [{ ...rule, message: '  ' }] },
    { customRules: [{ ...rule, message: { zh: 'x' } }] },
    { customRules: [{ ...rule, message: { zh: 'x', en: '' } }] },
    { customRules: [{ ...rule, message: { zh: 'x', en: 'y', fr: 'z' } }] },
    { customRules: [{ ...rule, message: ['x'] }] },
    { customRules: [{ ...rule, severity: 'loud' }] },
    { customRules: [{ ...rule, replace: 1 }] },
    { customRules: [{ ...rule, kinds: [] }] },
    { customRules: [{ ...rule, kinds: ['memo'] }] },
    { customRules: [{ ...rule, kinds: 'agenda' }] },
    { customRules: [{ ...rule, ignoreCase: 'yes' }] },
    { customRules: [{ ...rule, replacement: 'y' }] },
  ];

  it('valid samples: the schema and the loader both accept them', () => {
    for (const v of valid) {
      assert.ok(validate(v), `schema rejects ${JSON.stringify(v).slice(0, 200)}: ${ajv.errorsText(validate.errors)}`);
      agree(v);
    }
  });

  it('invalid samples: the schema and the loader both reject them', () => {
    for (const v of invalid) {
      assert.ok(!validate(v), `schema accepts ${JSON.stringify(v)}`);
      agree(v);
    }
  });

  it('every registry option: its default accepted, a wrong type rejected, by both', () => {
    for (const r of RULES) {
      for (const o of r.options) {
        agree({ rules: { [r.id]: { [o.name]: o.default } } });
        agree({ rules: { [r.id]: { [o.name]: o.type === 'boolean' || o.type === 'string[]' || o.type === 'string' ? 1 : 'many' } } });
        if (o.enum) agree({ rules: { [r.id]: { [o.name]: `${o.enum[0]}-not` } } });
        if (o.minimum !== undefined) agree({ rules: { [r.id]: { [o.name]: o.minimum - 1 } } });
      }
    }
  });

  it('the README’s complete example and the e2e workspace’s file are valid for both', () => {
    const example = readmeExample();
    assert.ok(validate(example.value), ajv.errorsText(validate.errors));
    // The files it extends, as a team would have them.
    const dir = `readme${++n}`;
    const ext = example.value['extends'];
    for (const target of (Array.isArray(ext) ? ext : [ext]) as string[]) if (target.startsWith('.')) t.write(`${dir}/${target}`, { countMode: 'word' });
    t.write(`${dir}/.gongwen.json`, example.text);
    const r = resolveFor(t.path(`${dir}/a.txt`), t.root);
    assert.deepEqual(r.problems.map((p) => `${p.key}: ${p.message.en}`), []);
    assert.equal(r.eff.customRules.length, 2);

    const e2e = path.join(ROOT, 'test', 'e2e', 'workspace', 'team', '.gongwen.json');
    const value = parseJsonc(readFileSync(e2e, 'utf8')) as Obj;
    assert.ok(validate(value), ajv.errorsText(validate.errors));
    agree(value);
  });

  it('what the schema cannot know is still reported by the loader: a missing extends target, a pattern RE2 rejects', () => {
    const missing = { extends: './nope.gongwen.json' };
    assert.ok(validate(missing));
    assert.deepEqual(loaderOk(JSON.stringify(missing)).problems, ['extends: extends points at a missing file: ./nope.gongwen.json']);
    const lookbehind = { customRules: [{ ...rule, pattern: '(?<=抓)手' }] };
    assert.ok(validate(lookbehind));
    assert.equal(loaderOk(JSON.stringify(lookbehind)).problems.length, 1);
  });
});
