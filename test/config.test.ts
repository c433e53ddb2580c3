// Team configuration in the core and the file loader: every source and the precedence
// (defaults < preset < extended files < the nearest .gongwen.json < settings), nearest-file-wins,
// extends to a parent file and to a preset, each kind of invalid configuration (reported with
// the file, the key and its position, while checking goes on with the valid values), team rules
// (RE2 patterns, with and without replacement, kinds, severities) and their linear-time promise.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { forgetConfigFiles, loadConfig, prefetchConfig } from '../server/src/config/load';
import { problemText } from '../server/src/config/problems';
import { checkText } from '../server/src/core/check';
import { effectiveConfig } from '../server/src/core/config/effective';
import { configOrigins } from '../server/src/core/config/origins';
import { DEFAULT_NAMES } from '../server/src/core/config/resolve';
import { RULES } from '../server/src/core/rules/registry';
import type { Finding } from '../server/src/core/types';
import { problemSpan, resolveFor } from './config-fixtures';
import { applyOffsetEdits } from './helpers/edits';
import { TempTree } from './helpers/tempTree';
import { NOTICE } from './helpers/texts';

/** format.* findings only: the tests change format rules, other rules may evolve freely. */
function formatFindings(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.rule.startsWith('format.') || f.rule.startsWith('custom.')).map((f) => `${f.rule}@${f.severity}`);
}

function severityOf(findings: readonly Finding[], rule: string): string | undefined {
  return findings.find((f) => f.rule === rule)?.severity;
}

/** The text with each finding's first fix applied (throws when two of them overlap). */
function applyFirstFixes(text: string, findings: readonly Finding[]): string {
  return applyOffsetEdits(text, findings.flatMap((f) => f.fixes[0]?.edits ?? []));
}

describe('team configuration: sources and precedence', () => {
  let t: TempTree;
  before(() => (t = new TempTree()));
  after(() => t.remove());

  it('without a config file or settings: the registry defaults', () => {
    const { eff, configFile, problems } = resolveFor(t.path('none/a.txt'), t.path('none'));
    assert.equal(configFile, null);
    assert.deepEqual(problems, []);
    for (const r of RULES) {
      assert.equal(eff.config.rules[r.id]!.severity, r.defaultSeverity, r.id);
      for (const o of r.options) assert.deepEqual(eff.config.rules[r.id]!.options[o.name], o.default, `${r.id}.${o.name}`);
    }
    assert.equal(eff.config.countMode, 'word');
    assert.equal(eff.config.locale, 'zh-cn');
    assert.deepEqual(eff.config.names, DEFAULT_NAMES);
  });

  it('defaults < preset < extended files < the nearest .gongwen.json < settings, and each value names its source', () => {
    const base = t.write('prec/base.gongwen.json', {
      rules: { 'doc.length': { special: 2500 }, 'format.punctuation': 'error', 'format.date': 'error' },
      countMode: 'han',
      names: { districts: ['历下区'] },
    });
    const own = t.write('prec/proj/.gongwen.json', { preset: 'jinan-2019', extends: '../base.gongwen.json', rules: { 'format.date': 'info' }, countMode: 'chars' });
    const { eff, layers, problems } = resolveFor(t.path('prec/proj/notes/a.txt'), t.root, { rules: { 'format.date': 'hint' } });
    assert.deepEqual(problems, []);
    assert.deepEqual(layers.map((l) => l.source), ['preset:jinan-2019', base, own, 'settings']);

    const origin = new Map(configOrigins(layers, eff).map((o) => [o.key, o]));
    const at = (key: string) => {
      const o = origin.get(key);
      assert.ok(o, `no origin for ${key}`);
      return [o.value, o.source];
    };
    assert.deepEqual(at('rules.doc.attachment-count.max'), [3, 'preset:jinan-2019'], 'the preset sets every rule');
    assert.deepEqual(at('rules.doc.length.special'), [2500, base], 'an extended file overrides the preset');
    assert.deepEqual(at('rules.format.punctuation.severity'), ['error', base]);
    assert.deepEqual(at('countMode'), ['chars', own], 'the nearest file overrides what it extends');
    assert.deepEqual(at('rules.format.date.severity'), ['hint', 'settings'], 'settings override the file');
    assert.deepEqual(at('names.districts'), [['历下区'], base]);
    assert.deepEqual(at('names.leadership'), [DEFAULT_NAMES.leadership, 'default']);
    assert.deepEqual(at('locale'), ['zh-cn', 'default']);

    const r = checkText(NOTICE, 'prec/proj/notes/a.txt', eff);
    assert.equal(severityOf(r.findings, 'format.date'), 'hint');
    assert.equal(severityOf(r.findings, 'format.punctuation'), 'error');
    assert.equal(r.countMode, 'chars');
  });

  it('the nearest file wins: a subfolder’s .gongwen.json replaces its parent’s unless it extends it', () => {
    const top = t.write('near/.gongwen.json', { rules: { 'format.date': 'error' }, countMode: 'han' });
    const sub = t.write('near/sub/.gongwen.json', { rules: { 'format.punctuation': 'off' } });
    const sub2 = t.write('near/sub2/.gongwen.json', { extends: '../.gongwen.json', rules: { 'format.punctuation': 'off' } });
    const stop = t.path('near');

    const a = resolveFor(t.path('near/a.txt'), stop);
    assert.equal(a.configFile, top);
    assert.equal(a.eff.config.rules['format.date']!.severity, 'error');

    const other = resolveFor(t.path('near/other/deeper/a.txt'), stop);
    assert.equal(other.configFile, top, 'a folder without its own file takes the nearest one above');

    const b = resolveFor(t.path('near/sub/deeper/a.txt'), stop);
    assert.equal(b.configFile, sub);
    assert.equal(b.eff.config.rules['format.date']!.severity, 'warning', 'the parent file is not merged in');
    assert.equal(b.eff.config.rules['format.punctuation']!.severity, 'off');
    assert.equal(b.eff.config.countMode, 'word');

    const c = resolveFor(t.path('near/sub2/a.txt'), stop);
    assert.equal(c.configFile, sub2);
    assert.deepEqual(c.layers.map((l) => l.source), [top, sub2]);
    assert.equal(c.eff.config.rules['format.date']!.severity, 'error', 'extends "../.gongwen.json" builds on the parent');
    assert.equal(c.eff.config.rules['format.punctuation']!.severity, 'off');
    assert.equal(c.eff.config.countMode, 'han');
  });

  it('the search stops at the workspace folder (or the repository root)', () => {
    t.write('stopper/.gongwen.json', { rules: { 'format.date': 'error' } });
    assert.equal(resolveFor(t.path('stopper/ws/a.txt'), t.path('stopper/ws')).configFile, null);
    assert.notEqual(resolveFor(t.path('stopper/ws/a.txt'), t.path('stopper')).configFile, null);
  });

  it('extends takes a preset by name and config files by relative path, applied in order', () => {
    const team = t.write('ext/shared/team.gongwen.json', { rules: { 'doc.length': { special: 2800 }, 'format.date': 'error' } });
    const own = t.write('ext/.gongwen.json', { extends: ['jinan-2019', './shared/team.gongwen.json'], rules: { 'format.date': 'info' } });
    const { eff, layers, problems } = resolveFor(t.path('ext/a.txt'), t.root);
    assert.deepEqual(problems, []);
    assert.deepEqual(layers.map((l) => l.source), ['preset:jinan-2019', team, own]);
    assert.equal(eff.config.rules['doc.length']!.options['special'], 2800);
    assert.equal(eff.config.rules['format.date']!.severity, 'info');
  });

  it('JSON with comments and trailing commas is accepted; a BOM too', () => {
    t.write('jsonc/.gongwen.json', '\uFEFF{\n  // the team’s choices\n  "rules": { "format.date": "error", /* for now */ },\n}\n');
    const { eff, problems } = resolveFor(t.path('jsonc/a.txt'), t.root);
    assert.deepEqual(problems, []);
    assert.equal(eff.config.rules['format.date']!.severity, 'error');
  });

  it('kinds, include/exclude, maxFileSize, locale and the name lists come from the file too', () => {
    t.write('keys/.gongwen.json', {
      kinds: { 'meetings/**': 'agenda', 'special/**': { kind: 'document', scope: 'special' } },
      include: ['**/*.txt'],
      exclude: ['drafts/**'],
      maxFileSize: 5000,
      locale: 'en',
      names: { principalLeaders: ['市委书记'] },
    });
    const { eff, problems } = resolveFor(t.path('keys/a.txt'), t.root);
    assert.deepEqual(problems, []);
    assert.deepEqual(eff.include, ['**/*.txt']);
    assert.deepEqual(eff.exclude, ['drafts/**']);
    assert.equal(eff.maxFileSize, 5000);
    assert.equal(eff.config.locale, 'en');
    assert.deepEqual(eff.config.names.principalLeaders, ['市委书记']);
    assert.deepEqual(eff.config.names.districts, DEFAULT_NAMES.districts);
    assert.equal(eff.kinds.length, 2);
    assert.equal(checkText(NOTICE, 'meetings/a.txt', eff).kind, 'agenda');
    const special = checkText(NOTICE, 'special/a.txt', eff);
    assert.deepEqual([special.kind, special.scope, special.scopeSource], ['document', 'special', 'settings']);
  });
});

describe('invalid configuration never stops checking', () => {
  let t: TempTree;
  before(() => (t = new TempTree()));
  after(() => t.remove());

  /** Resolves a.txt in `dir`, asserts exactly one problem, and that NOTICE is still checked. */
  function oneProblem(dir: string) {
    const r = resolveFor(t.path(`${dir}/a.txt`), t.root);
    assert.equal(r.problems.length, 1, `expected one problem, got ${JSON.stringify(r.problems.map((p) => [p.key, p.message.en]))}`);
    const findings = checkText(NOTICE, `${dir}/a.txt`, r.eff).findings;
    assert.ok(formatFindings(findings).length > 0, 'checking continues');
    return { ...r, problem: r.problems[0]!, findings };
  }

  it('unknown rule id: named with its position; the other rules of the file apply', () => {
    const file = t.write('unknown-rule/.gongwen.json', { rules: { 'doc.lenght': 'error', 'format.date': 'error' } });
    const { problem, findings } = oneProblem('unknown-rule');
    assert.equal(problem.file, file);
    assert.equal(problem.key, 'rules.doc.lenght');
    assert.equal(problemSpan(readFileSync(file, 'utf8'), problem), '"doc.lenght"');
    assert.match(problem.message.zh, /未知的规则编号“doc\.lenght”/);
    assert.match(problem.message.en, /unknown rule id "doc\.lenght"/);
    assert.equal(severityOf(findings, 'format.date'), 'error');
  });

  it('wrong option type: that option keeps the previous layer’s value, the rest applies', () => {
    t.write('wrong-type/base.gongwen.json', { rules: { 'doc.length': { special: 2500 } } });
    const file = t.write('wrong-type/.gongwen.json', { extends: './base.gongwen.json', rules: { 'doc.length': { special: 'many', comprehensive: 4000 } } });
    const { problem, eff } = oneProblem('wrong-type');
    assert.equal(problem.file, file);
    assert.equal(problem.key, 'rules.doc.length.special');
    assert.equal(problemSpan(readFileSync(file, 'utf8'), problem), '"special"');
    assert.match(problem.message.en, /option doc\.length\.special must be an integer ≥ 1, not "many"/);
    assert.equal(eff.config.rules['doc.length']!.options['special'], 2500);
    assert.equal(eff.config.rules['doc.length']!.options['comprehensive'], 4000);
  });

  it('broken JSON: checking goes on with the file’s last good content, the message gives line and column', () => {
    const file = t.write('broken/.gongwen.json', { rules: { 'format.date': 'error' } });
    assert.equal(resolveFor(t.path('broken/a.txt'), t.root).eff.config.rules['format.date']!.severity, 'error');
    const text = '{\n  "rules": {\n    "format.date": "off"\n  \n';
    t.write('broken/.gongwen.json', text);
    const { problem, eff } = oneProblem('broken');
    assert.equal(problem.file, file);
    assert.equal(problem.key, '');
    assert.match(problem.message.zh, /配置文件 JSON 格式有误（第 \d+ 行第 \d+ 列：\w+）.*暂按上次能读取的内容检查/);
    assert.match(problem.message.en, /not valid JSON \(line \d+, column \d+: \w+\); checking with its last good content/);
    assert.equal(eff.config.rules['format.date']!.severity, 'error', 'the last good content still applies');
    assert.match(problemText(problem, 'en', text), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: the config file is not valid JSON`));
  });

  it('broken JSON in a file never read before: the defaults, and the message says so', () => {
    t.write('broken-new/.gongwen.json', '{ "rules": ');
    const { problem, eff } = oneProblem('broken-new');
    assert.match(problem.message.en, /checking with the defaults/);
    assert.equal(eff.config.rules['format.date']!.severity, 'warning');
  });

  it('an extends cycle: reported at the extends that closes it, each file applied once', () => {
    const a = t.write('cycle/.gongwen.json', { extends: './b.gongwen.json', rules: { 'format.date': 'error' } });
    const b = t.write('cycle/b.gongwen.json', { extends: './.gongwen.json', rules: { 'format.punctuation': 'off' } });
    const { problem, layers, eff } = oneProblem('cycle');
    assert.equal(problem.file, b);
    assert.equal(problem.key, 'extends');
    assert.equal(problemSpan(readFileSync(b, 'utf8'), problem), '"extends"');
    assert.equal(problem.message.en, 'extends forms a cycle: ./.gongwen.json → ./b.gongwen.json → ./.gongwen.json');
    assert.deepEqual(layers.map((l) => l.source), [b, a]);
    assert.equal(eff.config.rules['format.date']!.severity, 'error');
    assert.equal(eff.config.rules['format.punctuation']!.severity, 'off');
  });

  it('a missing extends target: named with its position, the file itself applies', () => {
    const file = t.write('missing/.gongwen.json', { extends: ['jinan-2019', './nope.gongwen.json'], rules: { 'format.date': 'error' } });
    const { problem, eff, layers } = oneProblem('missing');
    assert.equal(problem.file, file);
    assert.equal(problem.key, 'extends.1');
    assert.equal(problemSpan(readFileSync(file, 'utf8'), problem), '"./nope.gongwen.json"');
    assert.equal(problem.message.en, 'extends points at a missing file: ./nope.gongwen.json');
    assert.deepEqual(layers.map((l) => l.source), ['preset:jinan-2019', file]);
    assert.equal(eff.config.rules['format.date']!.severity, 'error');
  });

  it('an unknown preset, an unknown key, a bad kinds entry, a bad name list: each named, none fatal', () => {
    const cases: Array<[string, object, string]> = [
      ['preset', { preset: 'jinan-2020' }, 'preset'],
      ['preset-path', { preset: './base.json' }, 'preset'],
      ['extends-word', { extends: 'jinan' }, 'extends'],
      ['top-key', { rulez: {} }, 'rulez'],
      ['kinds-type', { kinds: { 'x/**': { kind: 1 } } }, 'kinds.x/**'],
      ['kinds-extra', { kinds: { 'x/**': { kind: 'agenda', level: 2 } } }, 'kinds.x/**'],
      ['names', { names: { district: ['历下区'] } }, 'names.district'],
      ['names-type', { names: { districts: '历下区' } }, 'names.districts'],
      ['locale', { locale: 'fr' }, 'locale'],
      ['max', { maxFileSize: 1.5 }, 'maxFileSize'],
      ['root', { root: 'yes' }, 'root'],
    ];
    for (const [dir, config, key] of cases) {
      t.write(`misc-${dir}/.gongwen.json`, config);
      const r = resolveFor(t.path(`misc-${dir}/a.txt`), t.root);
      assert.deepEqual(r.problems.map((p) => p.key), [key], dir);
      assert.ok(r.problems[0]!.offset! > 0, `${dir}: located in the file`);
      assert.ok(formatFindings(checkText(NOTICE, 'a.txt', r.eff).findings).length > 0, `${dir}: checking continues`);
    }
  });

  it('keys that belong only in a config file are reported when given as settings', () => {
    const eff = effectiveConfig([{ config: { preset: 'jinan-2019', extends: './x.json' }, source: 'settings' }]);
    assert.deepEqual(eff.problems.map((p) => p.key), ['preset', 'extends']);
    assert.match(problemText({ ...eff.problems[0]!, file: undefined }, 'zh-cn'), /^设置 gongwen\.preset: preset 只能写在 \.gongwen\.json 配置文件中/);
  });

  it('nothing in a configuration is executed: a script named in extends is read as JSON and rejected', () => {
    const marker = t.path('exec/executed');
    t.write('exec/evil.js', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { rules: {} };\n`);
    const own = t.write('exec/.gongwen.json', { extends: './evil.js' });
    const r = resolveFor(t.path('exec/a.txt'), t.root);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0]!.message.en, /not valid JSON/);
    assert.ok(r.problems[0]!.file!.endsWith('evil.js'));
    assert.deepEqual(r.layers.map((l) => l.source), [own]);
    assert.equal(existsSync(marker), false);
  });
});

describe('team rules (customRules)', () => {
  let t: TempTree;
  before(() => (t = new TempTree()));
  after(() => t.remove());

  const TEXT = '关于加强工作抓手建设的通知\n各单位：\n要抓住抓手，形成闭环，打通最后一公里。\n济南市某某局\n2019年7月28日\n';

  function run(dir: string, config: object, text = TEXT, settings?: object) {
    t.write(`${dir}/.gongwen.json`, config);
    const r = resolveFor(t.path(`${dir}/a.txt`), t.root, settings as never);
    return { ...r, result: checkText(text, 'a.txt', r.eff) };
  }

  it('with replace: a finding with a quick fix ($0 and groups), applied it leaves the text correct', () => {
    const { problems, result } = run('replace', {
      customRules: [
        { id: 'custom.no-jargon', pattern: '抓手', message: '避免“抓手”等套话', replace: '措施' },
        { id: 'custom.last-mile', pattern: '打通(最后一公里)', message: { zh: '少用比喻', en: 'Avoid metaphors' }, replace: '解决$1问题', severity: 'info' },
      ],
    });
    assert.deepEqual(problems, []);
    const mine = result.findings.filter((f) => f.rule.startsWith('custom.'));
    assert.deepEqual(mine.map((f) => `${f.rule}@${f.severity}`), ['custom.no-jargon@warning', 'custom.no-jargon@warning', 'custom.last-mile@info']);
    const jargon = mine[0]!;
    assert.equal(TEXT.slice(jargon.start, jargon.end), '抓手');
    assert.deepEqual(jargon.message, { zh: '避免“抓手”等套话', en: '避免“抓手”等套话' });
    assert.deepEqual(jargon.fixes[0]!.title, { zh: '改为“措施”', en: 'Replace with "措施"' });
    assert.deepEqual(mine[2]!.message, { zh: '少用比喻', en: 'Avoid metaphors' });
    assert.equal(mine[2]!.fixes[0]!.edits[0]!.newText, '解决最后一公里问题');
    const fixed = applyFirstFixes(TEXT, mine);
    assert.equal(fixed, '关于加强工作措施建设的通知\n各单位：\n要抓住措施，形成闭环，解决最后一公里问题。\n济南市某某局\n2019年7月28日\n');
    const again = checkText(fixed, 'a.txt', resolveFor(t.path('replace/a.txt'), t.root).eff);
    assert.deepEqual(again.findings.filter((f) => f.rule.startsWith('custom.')), []);
  });

  it('without replace: a finding and no fix', () => {
    const { result } = run('no-replace', { customRules: [{ id: 'custom.closed-loop', pattern: '闭环', message: '“闭环”是套话' }] });
    const mine = result.findings.filter((f) => f.rule === 'custom.closed-loop');
    assert.equal(mine.length, 1);
    assert.deepEqual(mine[0]!.fixes, []);
    assert.equal(TEXT.slice(mine[0]!.start, mine[0]!.end), '闭环');
  });

  it('kinds: a rule for agendas only does not run on a document', () => {
    const config = { customRules: [{ id: 'custom.agenda-only', pattern: '抓手', message: 'x', kinds: ['agenda'] }] };
    const { result } = run('kinds', config);
    assert.equal(result.kind, 'document');
    assert.deepEqual(result.findings.filter((f) => f.rule.startsWith('custom.')), []);
    const asAgenda = checkText('<!-- gongwen kind=agenda -->\n' + TEXT, 'a.txt', resolveFor(t.path('kinds/a.txt'), t.root).eff);
    assert.equal(asAgenda.findings.filter((f) => f.rule === 'custom.agenda-only').length, 2);
  });

  it('severity through `rules`, in the same file and from the settings; off turns it off; disable comments name it', () => {
    const config = { customRules: [{ id: 'custom.no-jargon', pattern: '抓手', message: 'x', severity: 'info' }], rules: { 'custom.no-jargon': 'error' } };
    assert.deepEqual(new Set(run('sev', config).result.findings.filter((f) => f.rule.startsWith('custom.')).map((f) => f.severity)), new Set(['error']));
    const viaSettings = run('sev2', config, TEXT, { rules: { 'custom.no-jargon': 'hint' } });
    assert.deepEqual(viaSettings.problems, []);
    assert.deepEqual(new Set(viaSettings.result.findings.filter((f) => f.rule.startsWith('custom.')).map((f) => f.severity)), new Set(['hint']));
    assert.deepEqual(run('sev3', config, TEXT, { rules: { 'custom.no-jargon': 'off' } }).result.findings.filter((f) => f.rule.startsWith('custom.')), []);
    const disabled = run('sev4', config, TEXT.replace('要抓住', '<!-- gongwen-disable-next-line custom.no-jargon -->\n要抓住'));
    assert.equal(disabled.result.findings.filter((f) => f.rule.startsWith('custom.')).length, 1, 'only the title’s');
  });

  it('a team rule id in `rules` of a folder that does not define it is accepted (user settings span folders), its value still checked', () => {
    const eff = effectiveConfig([{ config: { rules: { 'custom.elsewhere': 'off' } }, source: 'settings' }]);
    assert.deepEqual(eff.problems, []);
    const bad = effectiveConfig([{ config: { rules: { 'custom.elsewhere': 'loud', 'custom.other': { max: 1 } } } as never, source: 'settings' }]);
    assert.deepEqual(bad.problems.map((p) => p.key), ['rules.custom.elsewhere', 'rules.custom.other.max']);
  });

  it('ignoreCase', () => {
    const text = '关于报送会议材料的通知\n各单位：\n　　请上传PPT或ppt。\n';
    const { result } = run('case', { customRules: [{ id: 'custom.ppt', pattern: 'ppt', message: 'x', ignoreCase: true }] }, text);
    assert.equal(result.findings.filter((f) => f.rule === 'custom.ppt').length, 2);
  });

  it('a pattern RE2 cannot compile (backreference, lookaround) is a configuration error at that pattern; the other team rules run', () => {
    const file = t.write('re2/.gongwen.json', {
      customRules: [
        { id: 'custom.backref', pattern: '(抓)\\1', message: 'x' },
        { id: 'custom.lookbehind', pattern: '(?<=抓)手', message: 'x' },
        { id: 'custom.ok', pattern: '闭环', message: 'x' },
      ],
    });
    const r = resolveFor(t.path('re2/a.txt'), t.root);
    assert.deepEqual(r.problems.map((p) => p.key), ['customRules[0].pattern', 'customRules[1].pattern']);
    for (const p of r.problems) {
      assert.equal(p.file, file);
      assert.match(p.message.en, /cannot be compiled by the linear-time engine \(RE2\)/);
      assert.equal(problemSpan(readFileSync(file, 'utf8'), p), '"pattern"');
    }
    assert.deepEqual(checkText(TEXT, 'a.txt', r.eff).findings.filter((f) => f.rule.startsWith('custom.')).map((f) => f.rule), ['custom.ok']);
  });

  it('malformed team rules are named by index and field', () => {
    const r = effectiveConfig([
      {
        config: {
          customRules: [
            { id: 'no-prefix', pattern: 'x', message: 'x' },
            { id: 'custom.a', pattern: '', message: 'x' },
            { id: 'custom.b', pattern: 'x', message: { zh: 'x' } },
            { id: 'custom.c', pattern: 'x', message: 'x', kinds: [] },
            { id: 'custom.d', pattern: 'x', message: 'x', ignoreCase: 'yes' },
            { id: 'custom.e', pattern: 'x', message: 'x', replacement: 'y' },
          ] as never,
        },
        source: 'settings',
      },
    ]);
    assert.deepEqual(r.problems.map((p) => p.key), ['customRules[0].id', 'customRules[1].pattern', 'customRules[2].message', 'customRules[3].kinds', 'customRules[4].ignoreCase', 'customRules[5].replacement']);
    assert.deepEqual(r.customRules, []);
  });

  it('linear time: (a+)+$ over 100,000 characters completes, matching or not', () => {
    const eff = effectiveConfig([{ config: { customRules: [{ id: 'custom.nested', pattern: '(a+)+$', message: 'x' }] } }]);
    assert.deepEqual(eff.problems, []);
    // Latin text is no official drafting: the kind directive has it checked all the same.
    const forced = '<!-- gongwen kind=document -->\n';
    const noMatch = checkText(forced + 'a'.repeat(100_000) + 'b\n', 'a.txt', eff);
    assert.deepEqual(noMatch.findings.filter((f) => f.rule === 'custom.nested'), []);
    const match = checkText(forced + 'a'.repeat(100_000) + '\n', 'a.txt', eff);
    assert.equal(match.findings.filter((f) => f.rule === 'custom.nested').length, 1);
  });
});

describe('config file cache', () => {
  it('a rewritten file is read again once the cache is told (the server does so on a file event)', () => {
    const t = new TempTree();
    try {
      const file = t.write('.gongwen.json', { rules: { 'format.date': 'error' } });
      assert.equal(effectiveConfig(loadConfig(file).layers).config.rules['format.date']!.severity, 'error');
      t.write('.gongwen.json', { rules: { 'format.date': 'info' } });
      forgetConfigFiles();
      assert.equal(effectiveConfig(loadConfig(file).layers).config.rules['format.date']!.severity, 'info');
    } finally {
      t.remove();
    }
  });
});

describe('config files that are no regular files', () => {
  it('extends of a FIFO, /dev/zero, a folder or an oversized file: a config problem at once, and the rest of the configuration applies', function () {
    if (process.platform === 'win32') this.skip();
    const t = new TempTree();
    try {
      const fifo = t.path('cfg/pipe.json');
      t.write('cfg/placeholder.txt', '');
      execFileSync('mkfifo', [fifo]);
      t.write('cfg/big.json', '{ "rules": {} }' + ' '.repeat(1024 * 1024 + 1));
      t.write('cfg/dir.json/keep.txt', '');
      for (const [target, reason] of [
        ['./pipe.json', 'not a regular file'],
        ['/dev/zero', 'not a regular file'],
        ['./big.json', 'larger than 1 MiB'],
        ['./dir.json', 'EISDIR'],
      ] as const) {
        forgetConfigFiles();
        const file = t.write('cfg/.gongwen.json', { extends: target, rules: { 'format.date': 'error' } });
        const started = Date.now();
        const r = loadConfig(file);
        assert.ok(Date.now() - started < 5000, `${target}: answered at once`);
        assert.equal(r.problems.length, 1, target);
        assert.equal(r.problems[0]!.key, 'extends');
        assert.match(r.problems[0]!.message.en, new RegExp(reason), target);
        assert.equal(effectiveConfig(r.layers).config.rules['format.date']!.severity, 'error', `${target}: the file's own settings still apply`);
      }
    } finally {
      t.remove();
    }
  });
});

describe('config files in an untrusted workspace, and reading without blocking', () => {
  let t: TempTree;
  beforeEach(() => (t = new TempTree()));
  afterEach(() => t.remove());

  it('confined to the workspace folder: extends outside it (by path or through a link) is refused, inside it applies', function () {
    if (process.platform === 'win32') this.skip();
    t.write('outside/team.json', { rules: { 'format.date': 'off' } });
    t.write('ws/shared/team.json', { rules: { 'format.punctuation': 'off' } });
    symlinkSync(t.path('outside/team.json'), t.path('ws/link.json'));
    const file = t.write('ws/.gongwen.json', { extends: ['../outside/team.json', './link.json', './shared/team.json'], rules: { 'format.doc-number': 'error' } });
    const confined = loadConfig(file, { confineTo: t.path('ws') });
    assert.deepEqual(confined.problems.map((p) => [p.key, p.message.zh.slice(0, 8)]), [['extends.0', '工作区未受信任：'], ['extends.1', '工作区未受信任：']]);
    assert.match(confined.problems[0]!.message.zh, /（\.\.\/outside\/team\.json）/);
    const eff = effectiveConfig(confined.layers).config.rules;
    assert.equal(eff['format.date']!.severity !== 'off', true, 'the outside file is not applied');
    assert.equal(eff['format.punctuation']!.severity, 'off', 'the inside file is applied');
    assert.equal(eff['format.doc-number']!.severity, 'error');
    // Trusted (no confinement), the same file reaches both.
    forgetConfigFiles();
    const trusted = loadConfig(file);
    assert.deepEqual(trusted.problems, []);
    assert.equal(effectiveConfig(trusted.layers).config.rules['format.date']!.severity, 'off');
  });

  it('without synchronous reads: what prefetchConfig read is used, and a file it did not read is a problem, not a blocking read', async () => {
    t.write('base.json', { rules: { 'format.date': 'error' } });
    const file = t.write('.gongwen.json', { extends: './base.json' });
    forgetConfigFiles();
    const unread = loadConfig(file, { syncRead: false });
    assert.equal(unread.problems.length, 1);
    assert.match(unread.problems[0]!.message.en, /changed while being read/);
    forgetConfigFiles();
    await prefetchConfig(file);
    const read = loadConfig(file, { syncRead: false });
    assert.deepEqual(read.problems, []);
    assert.equal(effectiveConfig(read.layers).config.rules['format.date']!.severity, 'error');
  });

  it('prefetchConfig never opens a FIFO (it would wait for a writer for ever)', async function () {
    if (process.platform === 'win32') this.skip();
    t.write('placeholder.txt', '');
    execFileSync('mkfifo', [t.path('pipe.json')]);
    const file = t.write('.gongwen.json', { extends: './pipe.json' });
    await prefetchConfig(file);
    const r = loadConfig(file, { syncRead: false });
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0]!.message.en, /not a regular file/);
  });
});
