// research.concentration (§14, docs/rules/research.concentration.md): one 区县 visited by
// maxPlansPerArea (3) plans or more, this one included, within some span of windowDays (90)
// that holds this plan's visit; the message counts the plans of the densest such span and
// names the nearest three in date order (“等” when more); related information lists them by
// distance in days, at most 10.

import * as assert from 'node:assert/strict';
import { addDays, ymdText } from '../../../../server/src/core/semantics/timeline';
import { lintIn } from './lint';

const RULE = ['research.concentration'];
/** This plan's day: 2024-05-20. */
const BASE = { year: 2024, month: 5, day: 20 };
const VILLAGES = ['王家村', '李家村', '赵家村', '孙家村', '周家村', '吴家村', '郑家村', '冯家村', '陈家村', '褚家村', '卫家村', '蒋家村', '沈家村'];

function plan(unit: string, offset: number, village: string, district = '济阳区'): string {
  return `关于${unit}赴${district}调研的安排
调研时间：${ymdText(addDays(BASE, offset))}
第一站：${district}崔寨街道${village}，察看春季农业生产情况。
`;
}

const label = (unit: string, offset: number, district = '济阳区') => `《关于${unit}赴${district}调研的安排》（${ymdText(addDays(BASE, offset))}）`;

/** A workspace: this plan on BASE in 济阳区, and one plan per offset (days from BASE). */
function workspace(offsets: number[], self = plan('市农业农村局', 0, '西街村')): Record<string, string> {
  const plans: Record<string, string> = { self };
  offsets.forEach((o, i) => (plans[`p${i}`] = plan(`市直单位${i + 1}`, o, VILLAGES[i]!)));
  return plans;
}

function related(plans: Record<string, string>, config = {}) {
  const f = lintIn(plans, 'self', RULE, config).result.findings;
  return f.map((x) => x.related!.map((r) => r.message.zh));
}

describe('research.concentration', () => {
  it('counts the densest 90-day span that holds this visit, not every plan within 90 days of it', () => {
    // Others at -85, -60, +20, +40, +80 days: all within 90 days of this visit, but a 90-day
    // span holds at most three of them with this one (+20, +40, +80, from this visit on).
    const plans = workspace([-85, -60, 20, 40, 80]);
    const { seen } = lintIn(plans, 'self', RULE);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.at, '济阳区崔寨街道西街村');
    const names = [label('市直单位3', 20), label('市直单位4', 40), label('市直单位5', 80)].join('、');
    assert.equal(seen[0]!.zh, `90 天内已有 3 个其他调研方案到济阳区（${names}），含本方案共 4 个，不得集中或轮番到一个地区扎堆调研（§14）`);
    assert.equal(seen[0]!.en, `3 other plan(s) visit 济阳区 within 90 days (${names}), 4 with this one; do not crowd visits into one district (§14)`);
    assert.deepEqual(related(plans), [[`${label('市直单位3', 20)}第 1 站，相隔 20 天`, `${label('市直单位4', 40)}第 1 站，相隔 40 天`, `${label('市直单位5', 80)}第 1 站，相隔 80 天`]]);
  });

  it('finds the densest span whatever order the plans come in', () => {
    // The same visits as above, indexed out of date order.
    const plans = workspace([-85, 20, -60, 40, 80]);
    const { seen } = lintIn(plans, 'self', RULE);
    assert.equal(seen.length, 1);
    const names = [label('市直单位2', 20), label('市直单位4', 40), label('市直单位5', 80)].join('、');
    assert.equal(seen[0]!.zh, `90 天内已有 3 个其他调研方案到济阳区（${names}），含本方案共 4 个，不得集中或轮番到一个地区扎堆调研（§14）`);
  });

  it('names only the plans of the densest span', () => {
    // -80 and -50 fall in the span from -80 to +10 with this visit; +30 is within 90 days of
    // this visit but 110 days after -80: not in that span, not named.
    const plans = workspace([-80, -50, 30]);
    const { seen } = lintIn(plans, 'self', RULE);
    const names = [label('市直单位1', -80), label('市直单位2', -50)].join('、');
    assert.equal(seen[0]!.zh, `90 天内已有 2 个其他调研方案到济阳区（${names}），含本方案共 3 个，不得集中或轮番到一个地区扎堆调研（§14）`);
    assert.deepEqual(related(plans)[0]!.map((m) => m.replace(/.*相隔 /, '')), ['50 天', '80 天']);
  });

  it('names the nearest three in date order and adds 等 when there are more', () => {
    // -40, +10, +20, +30: the nearest three are +10, +20, +30; -40 is left out of the names.
    const plans = workspace([-40, 10, 20, 30]);
    const { seen } = lintIn(plans, 'self', RULE);
    const names = [label('市直单位2', 10), label('市直单位3', 20), label('市直单位4', 30)].join('、');
    assert.equal(seen[0]!.zh, `90 天内已有 4 个其他调研方案到济阳区（${names} 等），含本方案共 5 个，不得集中或轮番到一个地区扎堆调研（§14）`);
    // Related information: by distance, -40 last.
    assert.deepEqual(related(plans)[0]!.map((m) => m.replace(/.*相隔 /, '')), ['10 天', '20 天', '30 天', '40 天']);
  });

  it('lists at most 10 related places, the nearest', () => {
    const offsets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const rel = related(workspace(offsets))[0]!;
    assert.equal(rel.length, 10);
    assert.ok(rel[9]!.endsWith('相隔 10 天'), rel[9]);
    assert.ok(lintIn(workspace(offsets), 'self', RULE).seen[0]!.zh.startsWith('90 天内已有 11 个其他调研方案到济阳区'));
  });

  it('includes both ends of the span: visits 90 days before and on the same day', () => {
    // -90 and 0: the span from -90 to 0 holds both and this visit.
    assert.equal(lintIn(workspace([-90, 0]), 'self', RULE).seen.length, 1);
    // -90 and +1 are each within 90 days of this visit but 91 days apart: no span holds all three.
    assert.equal(lintIn(workspace([-90, 1]), 'self', RULE).seen.length, 0);
    // +1 and +90: the span from this visit on holds both.
    assert.equal(lintIn(workspace([1, 90]), 'self', RULE).seen.length, 1);
    // +91 is outside any span holding this visit.
    assert.equal(lintIn(workspace([1, 91]), 'self', RULE).seen.length, 0);
  });

  it('follows maxPlansPerArea and windowDays', () => {
    assert.equal(lintIn(workspace([30]), 'self', RULE).seen.length, 0);
    const two = lintIn(workspace([30]), 'self', RULE, { rules: { 'research.concentration': { maxPlansPerArea: 2 } } }).seen;
    assert.equal(two.length, 1);
    assert.ok(two[0]!.zh.startsWith('90 天内已有 1 个其他调研方案到济阳区'), two[0]!.zh);
    // A 30-day window: +20 and +40 are not in one span of 30 days with this visit.
    const narrow = { rules: { 'research.concentration': { windowDays: 30 } } };
    assert.equal(lintIn(workspace([20, 40]), 'self', RULE, narrow).seen.length, 0);
    const ok = lintIn(workspace([10, 30]), 'self', RULE, narrow).seen;
    assert.equal(ok.length, 1);
    assert.ok(ok[0]!.zh.startsWith('30 天内已有 2 个其他调研方案到济阳区'), ok[0]!.zh);
  });

  it('reports each district once, on the plan’s first stop there', () => {
    const self = `关于市农业农村局赴济阳区调研的安排
调研时间：2024年5月20日
第一站：章丘区明水街道东关村，察看春季农业生产情况。
第二站：济阳区崔寨街道西街村，察看小麦长势。
第三站：济阳区回河街道东街村，了解农机调度情况。
`;
    const { seen } = lintIn(workspace([10, 20], self), 'self', RULE);
    assert.deepEqual(seen.map((s) => s.at), ['济阳区崔寨街道西街村']);
  });

  it('leaves out a plan without a date', () => {
    const self = plan('市农业农村局', 0, '西街村').replace(/调研时间：.*\n/, '');
    assert.equal(lintIn(workspace([10, 20], self), 'self', RULE).seen.length, 0);
  });
});
