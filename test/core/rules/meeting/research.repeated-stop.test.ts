// research.repeated-stop (§14, docs/rules/research.repeated-stop.md): a place visited twice in
// one plan (related: the earlier stop, when the plan is in a workspace), or by other plans
// within windowDays (named: the nearest, ties by the plan's id; “另有 N 个方案”; related: each
// plan's nearest visit, nearest first, at most 10). A stop is reported once.

import * as assert from 'node:assert/strict';
import { addDays, ymdText } from '../../../../server/src/core/semantics/timeline';
import { lint, lintIn } from './lint';

const RULE = ['research.repeated-stop'];
const NTH = '一二三四五';

function plan(unit: string, date: string, stops: string[]): string {
  return `关于${unit}赴历城区调研的安排\n调研时间：${date}\n${stops.map((s, i) => `第${NTH[i]}站：${s}，了解防汛准备情况。`).join('\n')}\n`;
}

const SELF = plan('市水务局', '2024年6月10日', ['历城区唐王街道', '唐王街道娄家村', '港沟街道', '唐王街道']);
const label = (unit: string, date: string) => `《关于${unit}赴历城区调研的安排》（${date}）`;

function relatedOf(r: ReturnType<typeof lint>) {
  return r.result.findings.map((f) => (f.related ?? []).map((x) => `${x.id}@${x.range.start.line + 1}:${x.range.start.character + 1}-${x.range.end.character + 1} ${x.message.zh} | ${x.message.en}`));
}

describe('research.repeated-stop', () => {
  it('reports a place repeated in one plan, naming the earlier stop', () => {
    const r = lint(SELF, RULE);
    // 唐王街道 (stop 4, 历城区 carried over) is 历城区唐王街道 (stop 1); 唐王街道娄家村 is another place.
    assert.deepEqual(r.seen.map((s) => [s.at, s.zh, s.en]), [['唐王街道', '“唐王街道”在本方案第 1 站已安排，不要重复调研同一地点（§14）', '"唐王街道" is already stop 1 of this plan; do not visit the same place twice (§14)']]);
    // Alone, the plan has no file to point at.
    assert.deepEqual(relatedOf(r), [[]]);
  });

  it('names the first visit when a place comes a third time', () => {
    const text = plan('市水务局', '2024年6月10日', ['历城区港沟街道', '港沟街道', '唐王街道', '港沟街道']);
    assert.deepEqual(
      lint(text, RULE).seen.map((s) => s.zh),
      ['“港沟街道”在本方案第 1 站已安排，不要重复调研同一地点（§14）', '“港沟街道”在本方案第 1 站已安排，不要重复调研同一地点（§14）'],
    );
  });

  it('points at the earlier stop when the plan is in a workspace', () => {
    // Line 3 of the plan: 第一站：历城区唐王街道, the place from column 5 to 11.
    assert.deepEqual(relatedOf(lintIn({ self: SELF }, 'self', RULE)), [['self@3:5-12 本方案第 1 站 | stop 1 of this plan']]);
  });

  it('names the nearest other plan, a tie by the plan’s id, and counts the rest', () => {
    // b (10 days after) is indexed before a (10 days before): the tie goes to a.
    const plans = { self: SELF, b: plan('市应急局', '2024年6月20日', ['历城区港沟街道']), a: plan('市城管局', '2024年5月31日', ['历城区港沟街道']) };
    const r = lintIn(plans, 'self', RULE);
    const a = label('市城管局', '2024年5月31日');
    const b = label('市应急局', '2024年6月20日');
    assert.deepEqual(
      r.seen.map((s) => [s.at, s.zh, s.en]),
      [
        ['港沟街道', `“港沟街道”已在${a}中安排调研（相隔 10 天，另有 1 个方案），90 天内不要重复到同一地点调研（§14）`, `"港沟街道" is also visited by ${a} (10 days apart, and 1 more plan(s)); do not visit the same place again within 90 days (§14)`],
        ['唐王街道', '“唐王街道”在本方案第 1 站已安排，不要重复调研同一地点（§14）', '"唐王街道" is already stop 1 of this plan; do not visit the same place twice (§14)'],
      ],
    );
    assert.deepEqual(relatedOf(r)[0], [`a@3:5-12 ${a}第 1 站，相隔 10 天 | ${a}, stop 1, 10 days apart`, `b@3:5-12 ${b}第 1 站，相隔 10 天 | ${b}, stop 1, 10 days apart`]);
    // The repeat within the plan is not reported again as a visit of another plan.
    assert.deepEqual(relatedOf(r)[1], ['self@3:5-12 本方案第 1 站 | stop 1 of this plan']);
  });

  it('breaks a tie by the plan’s id whatever order the plans are indexed in', () => {
    const plans = { self: SELF, a: plan('市城管局', '2024年5月31日', ['历城区港沟街道']), b: plan('市应急局', '2024年6月20日', ['历城区港沟街道']) };
    const r = lintIn(plans, 'self', RULE);
    assert.ok(r.seen[0]!.zh.startsWith(`“港沟街道”已在${label('市城管局', '2024年5月31日')}中安排调研（相隔 10 天，另有 1 个方案）`), r.seen[0]!.zh);
    assert.deepEqual(relatedOf(r)[0]!.map((x) => x.slice(0, 1)), ['a', 'b']);
  });

  it('with one other plan, says no more', () => {
    const r = lintIn({ self: SELF, c: plan('市应急局', '2024年8月1日', ['历城区港沟街道']) }, 'self', RULE);
    const c = label('市应急局', '2024年8月1日');
    assert.equal(r.seen[0]!.zh, `“港沟街道”已在${c}中安排调研（相隔 52 天），90 天内不要重复到同一地点调研（§14）`);
    assert.equal(r.seen[0]!.en, `"港沟街道" is also visited by ${c} (52 days apart); do not visit the same place again within 90 days (§14)`);
  });

  it('lists the nearest 10 other plans in related information, nearest first', () => {
    const plans: Record<string, string> = { self: SELF };
    for (let k = 1; k <= 11; k++) plans[`p${String(k).padStart(2, '0')}`] = plan(`市直单位${k}`, ymdText(addDays({ year: 2024, month: 6, day: 10 }, 3 * k)), ['历城区港沟街道']);
    const r = lintIn(plans, 'self', RULE);
    assert.ok(r.seen[0]!.zh.includes('（相隔 3 天，另有 10 个方案）'), r.seen[0]!.zh);
    const rel = relatedOf(r)[0]!;
    assert.equal(rel.length, 10);
    assert.deepEqual(rel.map((x) => x.slice(0, 3)), ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10']);
  });

  it('compares other plans within windowDays, both ends included', () => {
    const plans = { self: SELF, c: plan('市应急局', '2024年7月10日', ['历城区港沟街道']) };
    assert.equal(lintIn(plans, 'self', RULE).seen.length, 2);
    const at = (windowDays: number) => lintIn(plans, 'self', RULE, { rules: { 'research.repeated-stop': { windowDays } } }).seen;
    // 30 days apart.
    assert.deepEqual(at(29).map((s) => s.at), ['唐王街道']);
    const s30 = at(30);
    assert.equal(s30.length, 2);
    assert.ok(s30[0]!.zh.endsWith('30 天内不要重复到同一地点调研（§14）'), s30[0]!.zh);
  });
});
