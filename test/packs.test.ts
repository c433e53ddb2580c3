// Rule packs and presets: `jinan-2019` and `national-2024` alone and stacked. Each preset turns on
// the rules of its text with its numbers; a stack turns on the rules of either with the stricter
// number; a finding cites the clause of every active pack whose own number it breaks, the hover
// quotes each (and says when a national clause is known only from digests), and `config` names the
// preset each value came from.

import * as assert from 'node:assert/strict';
import { presetConfig, presetLayers, presetOrigin, PRESETS } from '../server/src/config/presets';
import { checkText } from '../server/src/core/check';
import { effectiveConfig, type ProjectConfig } from '../server/src/core/config/effective';
import { configOrigins } from '../server/src/core/config/origins';
import { citedPacks, homePack, packsAgree, packSetting, packsOf, stricterValue } from '../server/src/core/packs';
import { ruleById, RULES } from '../server/src/core/rules/registry';
import type { Finding } from '../server/src/core/types';
import { hoverAt } from '../server/src/lsp/hover';
import { resolveFor } from './config-fixtures';
import { TempTree } from './helpers/tempTree';

const FILL = '为推进城市更新工作，现就有关事项通知如下，请结合实际认真贯彻执行。';

/** A special-scope notice whose body has exactly n 字 of running text. */
function notice(n: number, scope = 'special'): string {
  const body = FILL.repeat(Math.ceil(n / FILL.length)).slice(0, n);
  return `<!-- gongwen kind=document scope=${scope} -->\n关于推进城市更新的通知\n\n各区县人民政府：\n　　${body}\n\n某某市人民政府\n2024年5月6日\n`;
}

function lengthFindings(text: string, config: ProjectConfig): Finding[] {
  const eff = effectiveConfig(presetLayers(config, 'test'));
  assert.deepEqual(eff.problems, []);
  return checkText(text, 'a.txt', eff, {}).findings.filter((f) => f.rule === 'doc.length');
}

describe('rule packs', () => {
  it('a rule without packs belongs to the Jinan rules; a GB/T 9704 rule to every pack', () => {
    const noMeetingDay = ruleById('meeting.no-meeting-day')!;
    assert.deepEqual(Object.keys(packsOf(noMeetingDay)), ['jinan-2019']);
    assert.deepEqual(Object.keys(packsOf(ruleById('format.doc-number')!)), ['jinan-2019', 'national-2024']);
    assert.equal(homePack(ruleById('doc.length')!), 'jinan-2019');
    // Turned on by hand outside its packs, a rule cites its own clause.
    assert.deepEqual(citedPacks(noMeetingDay, ['national-2024']), ['jinan-2019']);
    assert.deepEqual(citedPacks(ruleById('doc.length')!, ['national-2024', 'jinan-2019']), ['national-2024', 'jinan-2019']);
  });

  it('a pack sets its own numbers over the registry defaults, and says when packs agree', () => {
    const length = ruleById('doc.length')!;
    assert.deepEqual(packSetting(length, 'national-2024').options, { comprehensive: 5000, special: 4000 });
    assert.deepEqual(packSetting(length, 'jinan-2019').options, { comprehensive: 5000, special: 3000 });
    assert.equal(packSetting(ruleById('meeting.no-meeting-day')!, 'national-2024').severity, 'off');
    assert.equal(packsAgree(length, ['jinan-2019', 'national-2024']), false);
    assert.equal(packsAgree(ruleById('format.date')!, ['jinan-2019', 'national-2024']), true);
  });

  it('the stricter value follows the option\'s direction', () => {
    const spec = (stricter: 'lower' | 'higher' | 'union' | 'false' | 'true') => ({ name: 'x', type: 'number' as const, default: 0, description: { zh: '', en: '' }, stricter });
    assert.equal(stricterValue(spec('lower'), 3000, 4000), 3000);
    assert.equal(stricterValue(spec('higher'), 10, 15), 15);
    assert.deepEqual(stricterValue(spec('union'), ['a', 'b'], ['b', 'c']), ['a', 'b', 'c']);
    assert.equal(stricterValue(spec('false'), true, false), false);
    assert.equal(stricterValue(spec('true'), true, false), true);
  });

  it('every option two packs set differently says which value is stricter', () => {
    const missing: string[] = [];
    for (const r of RULES) {
      const packs = Object.keys(packsOf(r)) as Array<'jinan-2019' | 'national-2024'>;
      if (packs.length < 2) continue;
      const values = packs.map((p) => packSetting(r, p).options);
      for (const o of r.options) {
        const differ = values.some((v) => JSON.stringify(v[o.name]) !== JSON.stringify(values[0]![o.name]));
        if (differ && !o.stricter) missing.push(`${r.id}.${o.name}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe('presets', () => {
  it('national-2024 turns on the national rules with their numbers and turns off what only the Jinan rules have', () => {
    const rules = PRESETS['national-2024'].rules as Record<string, { severity: string; special?: number }>;
    assert.equal(rules['doc.length']!.severity, 'warning');
    assert.equal(rules['doc.length']!.special, 4000);
    for (const id of ['meeting.no-meeting-day', 'meeting.no-meeting-week', 'doc.request-lead-time', 'doc.report-deadline']) assert.equal(rules[id]!.severity, 'off', id);
    for (const id of ['format.doc-number', 'format.date', 'format.punctuation']) assert.notEqual(rules[id]!.severity, 'off', id);
  });

  it('jinan-2019 keeps every rule of the registry at its default and the national-only rules off', () => {
    const rules = PRESETS['jinan-2019'].rules as Record<string, { severity: string }>;
    for (const r of RULES) assert.equal(rules[r.id]!.severity, r.packs && !r.packs['jinan-2019'] ? 'off' : r.defaultSeverity, r.id);
  });

  it('stacked: every rule of either is on, the stricter number applies, and each value names its preset', () => {
    const stack = presetConfig(['national-2024', 'jinan-2019']);
    const rules = stack.rules as Record<string, { severity: string; special?: number }>;
    assert.equal(rules['doc.length']!.special, 3000);
    assert.equal(presetOrigin(stack, 'rules.doc.length.special'), 'jinan-2019');
    assert.equal(presetOrigin(stack, 'rules.doc.length.comprehensive'), 'national-2024');
    assert.equal(rules['meeting.no-meeting-day']!.severity, 'warning');
    assert.equal(presetOrigin(stack, 'rules.meeting.no-meeting-day.severity'), 'jinan-2019');
    // A pack that leaves a rule off has no say in its numbers.
    assert.equal(presetOrigin(stack, 'rules.doc.attachment-count.max'), 'jinan-2019');
    // The same stack in the other order holds the same values.
    assert.deepEqual(presetConfig(['jinan-2019', 'national-2024']).rules, stack.rules);
  });
});

describe('citations under each preset', () => {
  const cases: Array<{ preset: ProjectConfig['preset']; n: number; zh: string | null; packs?: string[] }> = [
    { preset: undefined, n: 3500, zh: '正文 3,500 字，超过专项工作文件上限 3,000 字，请压缩篇幅（§2）' },
    { preset: 'national-2024', n: 3500, zh: null },
    { preset: 'national-2024', n: 4500, zh: '正文 4,500 字，超过专项工作文件上限 4,000 字，请压缩篇幅（《若干规定》第2条）', packs: ['national-2024'] },
    // Stacked: 3,000 applies; 3,500 breaks only the Jinan number, 4,500 both.
    { preset: ['national-2024', 'jinan-2019'], n: 3500, zh: '正文 3,500 字，超过专项工作文件上限 3,000 字，请压缩篇幅（§2）' },
    { preset: ['national-2024', 'jinan-2019'], n: 4500, zh: '正文 4,500 字，超过专项工作文件上限 3,000 字，请压缩篇幅（《若干规定》第2条；§2）', packs: ['national-2024', 'jinan-2019'] },
    { preset: ['jinan-2019', 'national-2024'], n: 4500, zh: '正文 4,500 字，超过专项工作文件上限 3,000 字，请压缩篇幅（§2；《若干规定》第2条）', packs: ['jinan-2019', 'national-2024'] },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.preset ?? 'no preset')}, ${c.n} 字: ${c.zh ?? 'silent'}`, () => {
      const f = lengthFindings(notice(c.n), c.preset === undefined ? {} : { preset: c.preset });
      if (c.zh === null) return assert.deepEqual(f, []);
      assert.equal(f.length, 1);
      assert.equal(f[0]!.message.zh, c.zh);
      assert.deepEqual(f[0]!.packs, c.packs);
    });
  }

  it('the English message cites the packs in English, and the finding\'s clause names both', () => {
    const [f] = lengthFindings(notice(4500), { preset: ['national-2024', 'jinan-2019'] });
    assert.match(f!.message.en, /\(National Provisions item 2; §2\)$/);
    assert.equal(f!.clause, '《若干规定》第2条；§2');
  });

  it('a number the team sets holds under both packs: then both are broken', () => {
    const [f] = lengthFindings(notice(2800), { preset: ['national-2024', 'jinan-2019'], rules: { 'doc.length': { special: 2500 } } });
    assert.match(f!.message.zh, /上限 2,500 字.*（《若干规定》第2条；§2）$/);
  });

  it('the hover quotes the clause of every pack the finding cites', () => {
    const eff = effectiveConfig(presetLayers({ preset: ['national-2024', 'jinan-2019'] }, 'test'));
    const r = checkText(notice(4500), 'a.txt', eff, {});
    const f = r.findings.find((x) => x.rule === 'doc.length')!;
    const hover = hoverAt(r, r.model.lines.positionAt(f.start), 'zh-cn');
    const md = (hover!.contents as { value: string }).value;
    assert.match(md, /《整治形式主义为基层减负若干规定》（2024） 《若干规定》第2条/);
    assert.match(md, /部署专项工作或者具体任务的文件一般不超过4000字/);
    assert.match(md, /§2\n>\n> 2\. 大力压缩文件篇幅/);
  });

  it('a national clause known only from news digests is marked as such in the hover', () => {
    const eff = effectiveConfig(presetLayers({ preset: 'national-2024' }, 'test'));
    const r = checkText(notice(4500), 'a.txt', eff, {});
    const f = r.findings.find((x) => x.rule === 'doc.length')!;
    // Item 2 is verbatim: quoted without a note.
    const md = (hoverAt(r, r.model.lines.positionAt(f.start), 'zh-cn')!.contents as { value: string }).value;
    assert.ok(!md.includes('新闻摘录'), md);
  });
});

describe('preset in a config file', () => {
  let t: TempTree;
  before(() => (t = new TempTree()));
  after(() => t.remove());

  it('takes one name or a list; config shows the preset of each value', () => {
    t.write('stack/.gongwen.json', { preset: ['national-2024', 'jinan-2019'] });
    const { eff, layers, problems } = resolveFor(t.path('stack/a.txt'), t.path('stack'));
    assert.deepEqual(problems, []);
    assert.deepEqual(eff.config.packs, ['national-2024', 'jinan-2019']);
    assert.equal(layers[0]!.source, 'preset:national-2024+jinan-2019');
    const origin = new Map(configOrigins(layers, eff, presetOrigin).map((o) => [o.key, o.source]));
    assert.equal(origin.get('rules.doc.length.special'), 'preset:jinan-2019');
    assert.equal(origin.get('rules.doc.length.comprehensive'), 'preset:national-2024');
    assert.equal(origin.get('preset'), 'preset:national-2024+jinan-2019');
  });

  it('reports an unknown or repeated name and keeps the known ones', () => {
    t.write('bad/.gongwen.json', { preset: ['national-2024', 'national-2024', 'jinan-2020'] });
    const { eff, problems } = resolveFor(t.path('bad/a.txt'), t.path('bad'));
    assert.deepEqual(eff.config.packs, ['national-2024']);
    assert.deepEqual(problems.map((p) => p.path), [['preset', 1], ['preset', 2]]);
    assert.match(problems[1]!.message.zh, /未知的预设 "jinan-2020"/);
  });

  it('without a preset: the Jinan rules, as before', () => {
    t.write('none/.gongwen.json', {});
    const { eff } = resolveFor(t.path('none/a.txt'), t.path('none'));
    assert.deepEqual(eff.config.packs, ['jinan-2019']);
    assert.equal(eff.config.rules['doc.length']!.options['special'], 3000);
  });
});
