// The core's entry point: kind and scope in their order of precedence (directive, settings,
// detection; RULES.md), the counts of body and attachments, the body limits, and how rules
// are run and their reports turned into findings (severity, disable comments, order).

import * as assert from 'node:assert/strict';
import { analyze, bodyCount, compareFindings, type AnalyzeOptions } from '../../../server/src/core/analyze';
import { defaultConfig, type ResolvedConfig } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import type { Report, Rule, RuleContext } from '../../../server/src/core/rules/rule';
import { RULES } from '../../../server/src/core/rules/registry';
import type { Finding, Kind, Severity, SeveritySetting } from '../../../server/src/core/types';

const config = (): ResolvedConfig => defaultConfig(RULES);
const lines = (...ls: string[]): string => ls.join('\n');
/** Kind, scope and counts only: no rule runs. */
const decide = (text: string, opts: AnalyzeOptions = {}, cfg = config()) => analyze(text, cfg, { ...opts, only: [] });

const MEETING = lines('全市经济工作会议议程', '一、传达上级会议精神');
const NOTICE = lines('关于做好汛期河道巡查工作的通知', '　　为做好巡查工作，现通知如下。', '济南市城乡水务局', '2024年5月8日');

/** A rule of this test: reports what `act` says, and lets the test see its context. */
function probe(id: string, act: (ctx: RuleContext) => void, over: Partial<Rule> = {}): Rule {
  return {
    id, title: { zh: id, en: id }, clause: '§99', clauseKeys: [], visits: ['Document'],
    defaultSeverity: 'warning', options: [], fixable: false, description: { zh: id, en: id },
    check: act, ...over,
  };
}

function run(text: string, rules: Rule[], cfg = config(), opts: AnalyzeOptions = {}): Finding[] {
  return analyze(text, cfg, { ...opts, extraRules: rules, only: rules.map((r) => r.id) }).findings;
}

const report = (start: number, end: number, extra: Partial<Report> = {}) => (ctx: RuleContext) => ctx.report({ start, end, message: { zh: '测试', en: 'test' }, ...extra });

describe('analyze: kind and scope', () => {
  it('detected from the title when nothing else says', () => {
    const r = decide(MEETING);
    assert.deepEqual([r.kind, r.kindSource, r.scope, r.scopeSource], ['agenda', 'detected', 'comprehensive', 'detected']);
  });

  it('a document with nothing declared: no scope, from the default', () => {
    const r = decide(NOTICE);
    assert.deepEqual([r.kind, r.kindSource, r.scope, r.scopeSource], ['document', 'detected', null, 'default']);
  });

  it('the directive\'s kind wins over the settings and the title', () => {
    const r = decide(`<!-- gongwen kind=research -->\n${MEETING}`, { settingsKind: 'document' });
    assert.deepEqual([r.kind, r.kindSource], ['research', 'directive']);
    assert.equal(r.directive?.kind, 'research');
  });

  it('the settings\' kind wins over the title', () => {
    const r = decide(MEETING, { settingsKind: 'research' });
    assert.deepEqual([r.kind, r.kindSource], ['research', 'settings']);
  });

  it('a detected scope is dropped when the kind was overridden to another kind', () => {
    const r = decide(`<!-- gongwen kind=document -->\n${MEETING}`);
    assert.deepEqual([r.kind, r.scope, r.scopeSource], ['document', null, 'default']);
  });

  it('a detected scope stays when the settings name the same kind', () => {
    const r = decide(MEETING, { settingsKind: 'agenda' });
    assert.deepEqual([r.kindSource, r.scope, r.scopeSource], ['settings', 'comprehensive', 'detected']);
  });

  it('the directive\'s scope wins over the settings\' and the detected one', () => {
    const r = decide(`<!-- gongwen 范围=专项 -->\n${MEETING}`, { settingsScope: 'comprehensive' });
    assert.deepEqual([r.kind, r.kindSource, r.scope, r.scopeSource], ['agenda', 'detected', 'special', 'directive']);
  });

  it('the settings\' scope wins over the detected one', () => {
    const r = decide(MEETING, { settingsScope: 'special' });
    assert.deepEqual([r.scope, r.scopeSource], ['special', 'settings']);
  });

  it('a directive with a kind only leaves the scope to the settings', () => {
    const r = decide(`<!-- gongwen kind=document -->\n${NOTICE}`, { settingsScope: 'comprehensive' });
    assert.deepEqual([r.kind, r.kindSource, r.scope, r.scopeSource], ['document', 'directive', 'comprehensive', 'settings']);
  });

  it('without a directive the result says so', () => {
    assert.equal(decide(NOTICE).directive, null);
  });
});

describe('analyze: counts', () => {
  const text = lines(
    '关于做好汛期河道巡查工作的通知',
    '　　为做好巡查工作，现通知如下。',
    '　　一、巡查范围',
    '附件：1.巡查记录表',
    '2.问题清单',
    '3.整改台账',
    '济南市城乡水务局',
    '2024年5月8日',
    '附件1',
    '巡查记录表',
    '　　巡查日期、河段。',
    '附件2',
    '问题清单',
    '　　问题、整改。',
  );

  it('counts the body and the attachments in 字 (word mode)', () => {
    // Body: 为做好巡查工作，现通知如下。 = 12 Han + 2 marks = 14; 一、巡查范围 = 5 + 1 = 6.
    // Attachments: 巡查记录表 5 + 巡查日期、河段。 8; 问题清单 4 + 问题、整改。 6.
    // Three items in the 附件说明, two sections: three attachments.
    assert.deepEqual(decide(text).counts, { body: 20, attachments: 23, attachmentCount: 3 });
    assert.equal(decide(text).countMode, 'word');
  });

  it('counts Han characters only in han mode', () => {
    const cfg = config();
    cfg.countMode = 'han';
    const r = decide(text, {}, cfg);
    assert.equal(r.countMode, 'han');
    assert.deepEqual(r.counts, { body: 17, attachments: 19, attachmentCount: 3 });
  });

  it('bodyCount adds up the body paragraphs only', () => {
    const model = buildModel(text);
    assert.equal(bodyCount(model, 'word'), 20);
    assert.equal(bodyCount(model, 'chars'), 20);
    assert.equal(bodyCount(buildModel('关于做好汛期河道巡查工作的通知'), 'word'), 0);
  });
});

describe('analyze: body limits', () => {
  it('an undeclared document is held to the stricter limit', () => {
    const r = decide(NOTICE);
    assert.equal(r.limit, 3000);
    assert.deepEqual(r.limits, { special: 3000, comprehensive: 5000 });
  });

  it('a comprehensive document to the comprehensive limit, a special one to the special limit', () => {
    assert.equal(decide(NOTICE, { settingsScope: 'comprehensive' }).limit, 5000);
    assert.equal(decide(NOTICE, { settingsScope: 'special' }).limit, 3000);
  });

  it('the limits are doc.length\'s options', () => {
    const cfg = config();
    cfg.rules['doc.length']!.options = { special: 2000, comprehensive: 4000 };
    assert.equal(decide(NOTICE, {}, cfg).limit, 2000);
    assert.equal(decide(NOTICE, { settingsScope: 'comprehensive' }, cfg).limit, 4000);
    assert.deepEqual(decide(NOTICE, {}, cfg).limits, { special: 2000, comprehensive: 4000 });
  });

  it('without doc.length settings the rule\'s defaults apply', () => {
    const cfg = config();
    delete cfg.rules['doc.length'];
    assert.deepEqual(decide(NOTICE, {}, cfg).limits, { special: 3000, comprehensive: 5000 });
    cfg.rules['doc.length'] = { severity: 'warning', options: { special: 2500 } };
    assert.deepEqual(decide(NOTICE, {}, cfg).limits, { special: 2500, comprehensive: 5000 });
  });

  it('agendas and research plans have no body limit', () => {
    const r = decide(MEETING);
    assert.equal(r.limit, null);
    assert.equal(r.limits, null);
    assert.equal(decide(NOTICE, { settingsKind: 'research' }).limits, null);
  });
});

describe('analyze: agenda, plan and model', () => {
  it('an agenda gets its agenda, a research plan its plan, a document neither', () => {
    const a = decide(MEETING);
    assert.ok(a.agenda);
    assert.equal(a.plan, null);
    const p = decide(NOTICE, { settingsKind: 'research' });
    assert.ok(p.plan);
    assert.equal(p.agenda, null);
    const d = decide(NOTICE);
    assert.deepEqual([d.agenda, d.plan], [null, null]);
  });

  it('reuses a model built before', () => {
    const model = buildModel(NOTICE);
    assert.equal(analyze(NOTICE, config(), { model, only: [] }).model, model);
  });

  it('reads Markdown when told to', () => {
    const md = lines('# 关于做好汛期河道巡查工作的通知', '', '为做好巡查工作，现通知如下。');
    assert.equal(decide(md, { markdown: true }).model.titleText, '关于做好汛期河道巡查工作的通知');
    assert.equal(decide(md).model.titleText, '#关于做好汛期河道巡查工作的通知');
  });
});

describe('analyze: running the rules', () => {
  it('runs a rule only for its kinds', () => {
    let ran = 0;
    const r = probe('test.meeting-only', () => ran++, { kinds: ['agenda'] });
    run(NOTICE, [r]);
    assert.equal(ran, 0);
    run(MEETING, [r]);
    assert.equal(ran, 1);
  });

  it('runs only the rules asked for', () => {
    let ran = 0;
    const r = probe('test.counted', () => ran++);
    analyze(NOTICE, config(), { extraRules: [r], only: ['doc.length'] });
    assert.equal(ran, 0);
    analyze(NOTICE, config(), { extraRules: [r] });
    assert.equal(ran, 1);
  });

  it('runs the registry\'s rules when no list is given', () => {
    // 2024年05月08日 is written with zero padding: format.date reports it.
    const r = analyze(lines('关于做好汛期河道巡查工作的通知', '　　为做好巡查工作，现通知如下。', '济南市城乡水务局', '2024年05月08日'), config());
    assert.ok(r.findings.some((f) => f.rule === 'format.date'));
  });

  it('a rule switched off does not run', () => {
    let ran = 0;
    const cfg = config();
    cfg.rules['test.off'] = { severity: 'off', options: {} };
    run(NOTICE, [probe('test.off', () => ran++)], cfg);
    assert.equal(ran, 0);
  });

  it('gives the rule the decisions and counts of the text', () => {
    let seen: RuleContext | null = null;
    const cfg = config();
    cfg.countMode = 'han';
    run(NOTICE, [probe('test.seen', (ctx) => { seen = ctx; })], cfg, { settingsScope: 'special' });
    const ctx = seen as unknown as RuleContext;
    assert.deepEqual([ctx.kind, ctx.scope, ctx.scopeSource, ctx.countMode], ['document', 'special', 'settings', 'han']);
    assert.deepEqual(ctx.counts, { body: 12, attachments: 0, attachmentCount: 0 });
    assert.equal(ctx.names, cfg.names);
    assert.equal(ctx.workspace, null);
    assert.equal(ctx.model.titleText, '关于做好汛期河道巡查工作的通知');
  });

  it('option getters read the settings and fall back to the rule\'s defaults', () => {
    const options: Rule['options'] = [
      { name: 'n', type: 'integer', default: 7, description: { zh: '', en: '' } },
      { name: 'm', type: 'integer', default: 8, description: { zh: '', en: '' } },
      { name: 's', type: 'string', default: 'abc', description: { zh: '', en: '' } },
      { name: 't', type: 'string', default: 'def', description: { zh: '', en: '' } },
      { name: 'l', type: 'string[]', default: ['x'], description: { zh: '', en: '' } },
      { name: 'k', type: 'string[]', default: ['y'], description: { zh: '', en: '' } },
      { name: 'b', type: 'boolean', default: true, description: { zh: '', en: '' } },
      { name: 'c', type: 'boolean', default: true, description: { zh: '', en: '' } },
    ];
    const cfg = config();
    cfg.rules['test.options'] = { severity: 'warning', options: { m: 3, t: 'ghi', k: ['z', 'w'], c: false, odd: 'not a list' } };
    let got: unknown[] = [];
    let other: unknown[] = [];
    run(NOTICE, [probe('test.options', (ctx) => {
      got = [ctx.num('n'), ctx.num('m'), ctx.str('s'), ctx.str('t'), ctx.list('l'), ctx.list('k'), ctx.bool('b'), ctx.bool('c'), ctx.list('odd'), ctx.options['m']];
      other = [ctx.optionsOf('doc.length')['special'], ctx.optionsOf('no.such-rule')];
    }, { options })], cfg);
    assert.deepEqual(got, [7, 3, 'abc', 'ghi', ['x'], ['z', 'w'], true, false, [], 3]);
    assert.deepEqual(other, [3000, {}]);
  });

  it('a rule without settings gets no options and its defaults', () => {
    let got: unknown[] = [];
    run(NOTICE, [probe('test.bare', (ctx) => { got = [ctx.options, ctx.num('n')]; }, { options: [{ name: 'n', type: 'integer', default: 4, description: { zh: '', en: '' } }] })]);
    assert.deepEqual(got, [{}, 4]);
  });

  it('turns a report into a finding: rule id, clause, message, no fixes, no related', () => {
    const [f, ...rest] = run(NOTICE, [probe('test.one', report(3, 6))]);
    assert.deepEqual(rest, []);
    assert.deepEqual(f, { rule: 'test.one', severity: 'warning', start: 3, end: 6, message: { zh: '测试', en: 'test' }, fixes: [], clause: '§99' });
  });

  it('keeps the fixes and the related places a report gives', () => {
    const fix = { title: { zh: '改', en: 'fix' }, edits: [{ start: 3, end: 6, newText: '甲' }] };
    const related = [{ id: 'other.txt', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, message: { zh: '另一处', en: 'elsewhere' } }];
    const [f] = run(NOTICE, [probe('test.rel', report(3, 6, { fixes: [fix], related }))]);
    assert.deepEqual(f!.fixes, [fix]);
    assert.deepEqual(f!.related, related);
    const [g] = run(NOTICE, [probe('test.norel', report(3, 6, { related: [] }))]);
    assert.equal('related' in g!, false);
  });

  it('an end before the start is moved to the start', () => {
    const [f] = run(NOTICE, [probe('test.back', report(6, 3))]);
    assert.deepEqual([f!.start, f!.end], [6, 6]);
  });

  const SEVERITIES: Array<[SeveritySetting | undefined, Severity | undefined, Severity]> = [
    // [configured, reported, result]: a report may lower the severity, never raise it.
    [undefined, undefined, 'warning'],
    ['error', undefined, 'error'],
    ['error', 'info', 'info'],
    ['warning', 'info', 'info'],
    ['warning', 'error', 'warning'],
    ['hint', 'info', 'hint'],
    ['info', 'info', 'info'],
  ];
  for (const [configured, reported, result] of SEVERITIES) {
    it(`configured ${configured ?? '(default warning)'}, reported ${reported ?? '(none)'} → ${result}`, () => {
      const cfg = config();
      if (configured) cfg.rules['test.sev'] = { severity: configured, options: {} };
      const [f] = run(NOTICE, [probe('test.sev', report(0, 2, reported ? { severity: reported } : {}))], cfg);
      assert.equal(f!.severity, result);
    });
  }

  it('a rule\'s default severity applies without settings', () => {
    const [f] = run(NOTICE, [probe('test.hinted', report(0, 2), { defaultSeverity: 'hint' })]);
    assert.equal(f!.severity, 'hint');
  });

  it('drops findings on lines a disable comment covers, for that rule', () => {
    const text = lines(
      '关于做好汛期河道巡查工作的通知',
      '<!-- gongwen-disable-next-line test.a -->',
      '　　为做好巡查工作，现通知如下。',
      '　　请按时报送。',
    );
    const line2 = text.indexOf('为做好');
    const line3 = text.indexOf('请按时');
    const a = probe('test.a', (ctx) => { report(line2, line2 + 2)(ctx); report(line3, line3 + 2)(ctx); });
    const b = probe('test.b', report(line2, line2 + 2));
    const found = run(text, [a, b]).map((f) => [f.rule, f.start]);
    assert.deepEqual(found, [['test.a', line3], ['test.b', line2]].sort((x, y) => (x[1] as number) - (y[1] as number)));
  });

  it('a disabled stretch is judged by the line the finding starts on', () => {
    const text = lines('关于做好汛期河道巡查工作的通知', '　　为做好巡查工作，现通知如下。', '<!-- gongwen-disable -->', '　　请按时报送。');
    const start = text.indexOf('如下');
    const found = run(text, [probe('test.span', report(start, text.indexOf('请按时') + 1))]);
    assert.equal(found.length, 1);
    assert.equal(run(text, [probe('test.span', report(text.indexOf('请按时'), text.length))]).length, 0);
  });

  it('sorts the findings by start, then end, then rule id', () => {
    const a = probe('test.b', (ctx) => { report(10, 12)(ctx); report(2, 5)(ctx); report(2, 3)(ctx); });
    const b = probe('test.a', (ctx) => { report(2, 3)(ctx); report(12, 13)(ctx); });
    assert.deepEqual(run(NOTICE, [a, b]).map((f) => [f.start, f.end, f.rule]), [
      [2, 3, 'test.a'], [2, 3, 'test.b'], [2, 5, 'test.b'], [10, 12, 'test.b'], [12, 13, 'test.a'],
    ]);
  });

  it('span maps paragraph indices to offsets in the text', () => {
    // 　　为做好… : the paragraph's text starts after the two-space indent on line 2.
    let spans: Array<{ start: number; end: number }> = [];
    run(NOTICE, [probe('test.span-map', (ctx) => {
      const p = ctx.model.body[0]!;
      spans = [ctx.span(p, 0, 3), ctx.span(p, 4, 4), ctx.span(p, 5, 2)];
    })]);
    const at = NOTICE.indexOf('为做好');
    assert.deepEqual(spans, [{ start: at, end: at + 3 }, { start: at + 4, end: at + 4 }, { start: at + 5, end: at + 5 }]);
  });

  it('span follows removed spaces inside a paragraph', () => {
    // 中 共 济 南: the spaces between Han characters are not in the paragraph's text.
    const text = lines('关于做好汛期河道巡查工作的通知', '　　中 共 济 南 市 委 要求，现通知如下。');
    let spans: Array<{ start: number; end: number }> = [];
    run(text, [probe('test.spaced', (ctx) => {
      const p = ctx.model.body[0]!;
      assert.equal(p.text.slice(0, 4), '中共济南');
      spans = [ctx.span(p, 1, 3), ctx.span(p, 2, 2)];
    })]);
    const at = text.indexOf('中 共');
    // 共 is at +2, 济 at +4 (ending at +5); the empty span at 济 sits where 济 starts.
    assert.deepEqual(spans, [{ start: at + 2, end: at + 5 }, { start: at + 4, end: at + 4 }]);
  });

  it('runs extra rules after the registry\'s, for the kinds they name', () => {
    const kinds: Kind[] = [];
    const r = probe('test.kinds', (ctx) => kinds.push(ctx.kind), { kinds: ['research'] });
    run(NOTICE, [r], config(), { settingsKind: 'research' });
    assert.deepEqual(kinds, ['research']);
  });
});

describe('compareFindings', () => {
  const f = (start: number, end: number, rule: string): Finding => ({ rule, start, end, severity: 'warning', message: { zh: '', en: '' }, fixes: [], clause: '' });
  it('orders by start, then end, then rule id; equal findings compare as 0', () => {
    assert.ok(compareFindings(f(1, 9, 'z'), f(2, 3, 'a')) < 0);
    assert.ok(compareFindings(f(2, 3, 'z'), f(2, 4, 'a')) < 0);
    assert.ok(compareFindings(f(2, 3, 'a.b'), f(2, 3, 'a.c')) < 0);
    assert.ok(compareFindings(f(2, 3, 'a.c'), f(2, 3, 'a.b')) > 0);
    assert.equal(compareFindings(f(2, 3, 'a.b'), f(2, 3, 'a.b')), 0);
    assert.ok(compareFindings(f(5, 6, 'a'), f(2, 3, 'a')) > 0);
  });
});
