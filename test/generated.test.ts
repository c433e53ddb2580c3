// Generated files stay in step with the rule registry: the settings schema in package.json,
// its nls entries in both languages and the README rule table (`npm run generate` writes them,
// this test runs its --check in-process). Also: the settings schema accepts exactly what the
// server's config resolver accepts, and every `%key%` in package.json is translated.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { resolveConfig } from '../server/src/core/config/resolve';
import { RULES } from '../server/src/core/rules/registry';
import { build, check, NLS_PREFIX, SCHEMA_FILE, TARGETS } from '../scripts/generate';
import { effectiveConfig } from '../server/src/core/config/effective';
import { readJson, ROOT } from './helpers/paths';


describe('generated from the rule registry', () => {
  it('package.json settings, package.nls*.json and the README rule table match the registry (npm run generate)', () => {
    const drift = check();
    const report = drift.map((d) => `${d.file}:\n  ${d.problems.join('\n  ')}`).join('\n');
    assert.equal(drift.length, 0, `generated files drifted from the rule registry; run \`npm run generate\`:\n${report}`);
  });

  it('drift in the .gongwen.json schema or in its association in package.json is caught', () => {
    const g = build();
    const schemaTarget = TARGETS.find((t) => t.file === SCHEMA_FILE);
    assert.ok(schemaTarget, `${SCHEMA_FILE} is not a generated target`);
    const props = { ...(g.schema['properties'] as Record<string, never>) };
    delete props['rules'];
    assert.ok(schemaTarget.drift({ ...g, schema: { ...g.schema, properties: props } }).some((p) => p.includes('schema.properties.rules')), 'a rule list that differs from the registry');
    const pkg = TARGETS.find((t) => t.file === 'package.json')!;
    assert.ok(pkg.drift({ ...g, jsonValidation: [] }).some((p) => p.startsWith('contributes.jsonValidation')), 'a changed jsonValidation');
  });

  it('the files on disk are what generation writes, in its order (the drift check does not see nls entry order)', () => {
    const g = build();
    // The settings in their fixed order, each with its `order` (the Settings UI sorts by it).
    const settings = g.configuration['properties'] as Record<string, { order: number }>;
    // enable and run last: the editor's own, not keys of .gongwen.json.
    const keys = ['rules', 'countMode', 'locale', 'kinds', 'include', 'exclude', 'maxFileSize', 'names', 'customRules', 'review', 'enable', 'run'].map((k) => `gongwen.${k}`);
    assert.deepEqual(Object.keys(settings), keys);
    assert.deepEqual(keys.map((k) => settings[k]!.order), keys.map((_, i) => i));
    assert.deepEqual(['enable', 'run'].filter((k) => k in (g.schema['properties'] as object)), [], 'editor-only settings are not keys of .gongwen.json');
    assert.equal(readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8'), `${JSON.stringify(g.schema, null, 2)}\n`, `${SCHEMA_FILE} byte for byte`);
    const contributes = readJson('package.json')['contributes'] as Record<string, unknown>;
    assert.equal(JSON.stringify(contributes['configuration']), JSON.stringify(g.configuration), 'package.json settings, key order included');
    // Generated nls entries follow the hand-written ones, in generation order.
    for (const [file, entries] of [['package.nls.json', g.nls.en], ['package.nls.zh-cn.json', g.nls.zh]] as const) {
      assert.ok(entries.length > RULES.length, `${file}: ${entries.length} generated entries`);
      const onDisk = Object.entries(readJson(file));
      assert.deepEqual(onDisk.filter(([k]) => k.startsWith(NLS_PREFIX)), entries, `${file}: generated entries and their order`);
      assert.deepEqual(onDisk.slice(onDisk.length - entries.length), entries, `${file}: generated entries come last`);
    }
  });

  it('every rule appears in the settings schema and the README table', () => {
    const g = build();
    const rules = (g.configuration['properties'] as Record<string, { properties: Record<string, unknown> }>)['gongwen.rules']!.properties;
    assert.deepEqual(Object.keys(rules), RULES.map((r) => r.id));
    const table = g.readme.find((s) => s.name === 'rules')!.text;
    for (const r of RULES) assert.ok(table.includes(`[\`${r.id}\`](docs/rules/${r.id}.md)`), r.id);
  });

  it('every %key% in package.json has an English and a Chinese text, and no nls entry is unused', () => {
    const pkgText = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = new Set([...pkgText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!));
    const enNls = readJson('package.nls.json');
    const zhNls = readJson('package.nls.zh-cn.json');
    for (const k of keys) {
      assert.ok(typeof enNls[k] === 'string' && enNls[k], `package.nls.json lacks ${k}`);
      assert.ok(typeof zhNls[k] === 'string' && zhNls[k], `package.nls.zh-cn.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(enNls).filter((k) => !keys.has(k)), [], 'unused entries in package.nls.json');
    assert.deepEqual(Object.keys(zhNls).sort(), Object.keys(enNls).sort(), 'package.nls.zh-cn.json and package.nls.json have different keys');
  });
});

describe('gongwen.* settings schema agrees with the server', () => {
  const props = build().configuration['properties'] as Record<string, Record<string, unknown>>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = (key: string) => ajv.compile(props[`gongwen.${key}`]!);
  const rulesOk = validate('rules');

  /** Whether the server accepts a `rules` value without reporting a problem. */
  const serverOk = (rules: unknown) => resolveConfig(RULES, [{ config: { rules } as never }]).problems.length === 0;

  const samples: unknown[] = [{}];
  for (const r of RULES) {
    for (const s of ['error', 'warning', 'info', 'hint', 'off', 'fatal', 'Warning']) samples.push({ [r.id]: s });
    samples.push({ [r.id]: {} }, { [r.id]: { severity: 'error' } }, { [r.id]: { severity: 'loud' } }, { [r.id]: 3 }, { [r.id]: null }, { [r.id]: ['error'] });
    samples.push({ [r.id]: { noSuchOption: 1 } });
    const all: Record<string, unknown> = { severity: r.defaultSeverity };
    for (const o of r.options) {
      all[o.name] = o.default;
      const wrong = o.type === 'boolean' || o.type === 'string[]' ? 1 : o.type === 'string' ? 1 : 'many';
      samples.push({ [r.id]: { [o.name]: wrong } });
      if (o.minimum !== undefined) samples.push({ [r.id]: { [o.name]: o.minimum - 1 } }, { [r.id]: { [o.name]: o.minimum } });
      if (o.type === 'integer') samples.push({ [r.id]: { [o.name]: 2.5 } });
      if (o.enum) samples.push({ [r.id]: { [o.name]: `${o.enum[0]}-not` } });
    }
    samples.push({ [r.id]: all });
  }
  samples.push({ 'doc.lenght': 'error' }, { 'no-such-rule': 'off' });

  it('accepts every registry default', () => {
    const defaults: Record<string, unknown> = {};
    for (const r of RULES) defaults[r.id] = { severity: r.defaultSeverity, ...Object.fromEntries(r.options.map((o) => [o.name, o.default])) };
    assert.ok(rulesOk(defaults), JSON.stringify(rulesOk.errors));
  });

  it('gongwen.rules: valid for the schema exactly when the server takes it', () => {
    for (const s of samples) assert.equal(rulesOk(s), serverOk(s), `schema and server disagree on ${JSON.stringify(s)}`);
  });

  it('custom.* ids are allowed for team rules', () => {
    assert.ok(rulesOk({ 'custom.no-jargon': 'warning' }));
    assert.ok(!rulesOk({ 'custom.no-jargon': 'loud' }));
  });

  it('the other settings', () => {
    const serverOk = (config: Record<string, unknown>) => resolveConfig(RULES, [{ config: config as never }]).problems.length === 0;
    for (const v of ['word', 'han', 'chars', 'words', 1]) assert.equal(validate('countMode')(v), serverOk({ countMode: v }), `countMode ${String(v)}`);
    for (const v of ['zh-cn', 'en', 'fr']) assert.equal(validate('locale')(v), serverOk({ locale: v }), `locale ${v}`);
    assert.ok(validate('kinds')({ 'meetings/**': 'agenda', 'special/*.md': { kind: 'document', scope: 'special' }, '调研/**': '调研', 'x/**': { scope: '专项' } }));
    assert.ok(!validate('kinds')({ 'x/**': 'memo' }));
    assert.ok(!validate('kinds')({ 'x/**': {} }));
    assert.ok(validate('include')(['**/*.txt']));
    assert.ok(!validate('exclude')('**/*.txt'));
    assert.ok(validate('maxFileSize')(1000));
    assert.ok(!validate('maxFileSize')(0));
  });

  it('gongwen.names and gongwen.customRules: valid for the schema exactly when the server takes them', () => {
    const serverOk = (config: Record<string, unknown>) => effectiveConfig([{ config: config as never, source: 'settings' }]).problems.length === 0;
    const rule = { id: 'custom.x', pattern: '抓手', message: 'x' };
    const names: unknown[] = [{}, { districts: ['历下区'] }, { principalLeaders: [] }, { district: ['历下区'] }, { districts: '历下区' }, { districts: [1] }, [], null];
    for (const v of names) assert.equal(validate('names')(v), serverOk({ names: v }), `names ${JSON.stringify(v)}`);
    const custom: unknown[] = [
      [], [rule], [{ ...rule, replace: 'y', kinds: ['agenda'], severity: 'info', ignoreCase: true, message: { zh: '甲', en: 'a' } }],
      {}, [{ ...rule, id: 'x' }], [{ ...rule, pattern: '' }], [{ ...rule, message: { zh: '甲' } }], [{ ...rule, kinds: [] }], [{ ...rule, extra: 1 }], [{ id: 'custom.y' }],
    ];
    for (const v of custom) assert.equal(validate('customRules')(v), serverOk({ customRules: v }), `customRules ${JSON.stringify(v)}`);
  });

  it('every setting is per resource, so folder-level settings work', () => {
    for (const [k, v] of Object.entries(props)) assert.equal(v['scope'], 'resource', k);
  });
});
