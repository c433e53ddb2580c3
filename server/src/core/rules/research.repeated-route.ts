// research.repeated-route (§14): 不得集中或轮番到一条线路重复扎堆调研。Two or more consecutive
// stops in the same order as in another plan within `windowDays`: a "showcase route".

import { daysApart, planLabel, planOf, type StopRef } from '../research/index';
import type { Related } from '../types';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './util';

const CLAUSE = '§14';

export default defineRule({
  id: 'research.repeated-route',
  title: msg('重复调研线路', 'Repeated route'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  kinds: ['research'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('连续两个以上站点与 90 天内其他调研方案的线路顺序相同（“精品线路”）。', 'Two or more consecutive stops in the same order as another plan within 90 days (a showcase route).'),
  options: [{ name: 'windowDays', type: 'integer', default: 90, minimum: 0, description: msg('与其他方案比较的时间窗口（天）', 'Window for comparing with other plans (days)') }],
  check(ctx) {
    const ws = ctx.workspace;
    if (!ws) return;
    const plan = planOf(ctx.model, ctx.names);
    const window = ctx.num('windowDays');
    let i = 0;
    while (i + 1 < plan.stops.length) {
      const a = plan.stops[i]!;
      const b = plan.stops[i + 1]!;
      const steps = ws.index.sameSteps(a.place, b.place, ws.self).filter((r) => {
        const d = daysApart(a.date, r.plan.stops[r.index]!.date ?? r.plan.date);
        return d !== null && d <= window;
      });
      if (steps.length === 0) {
        i++;
        continue;
      }
      // Extend the run as long as one of the other plans keeps following the same route.
      let best: StopRef = steps[0]!;
      let bestLen = 2;
      for (const r of steps) {
        let len = 2;
        while (i + len < plan.stops.length && r.index + len < r.plan.stops.length && ws.index.sameSteps(plan.stops[i + len - 1]!.place, plan.stops[i + len]!.place, ws.self).some((x) => x.plan === r.plan && x.index === r.index + len - 1)) len++;
        if (len > bestLen) {
          best = r;
          bestLen = len;
        }
      }
      const run = plan.stops.slice(i, i + bestLen);
      const names = run.map((s) => s.place.text).join(' → ');
      const gap = daysApart(a.date, best.plan.stops[best.index]!.date ?? best.plan.date)!;
      const related: Related[] = run.map((_, k) => ({
        id: best.plan.id,
        range: best.plan.stops[best.index + k]!.range,
        message: msg(`${planLabel(best.plan)}第 ${best.index + k + 1} 站`, `${planLabel(best.plan)}, stop ${best.index + k + 1}`),
      }));
      const first = run[0]!;
      const last = run[run.length - 1]!;
      ctx.report({
        start: first.para.origStart(first.placeStart),
        end: last.para.origEnd(last.placeEnd),
        message: withClause(
          msg(`线路“${names}”与${planLabel(best.plan)}的路线相同（相隔 ${fmt(gap)} 天），不得轮番到同一条线路重复调研`, `The route "${names}" repeats ${planLabel(best.plan)} (${fmt(gap)} days apart); do not send visits down the same route`),
          CLAUSE,
        ),
        related,
      });
      i += bestLen;
    }
  },
});
