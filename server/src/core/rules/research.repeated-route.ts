// research.repeated-route (§14): 不得集中或轮番到……一条线路重复扎堆调研。Two or more consecutive
// stops that another plan of the workspace also visits one right after the other, in the same
// order, within `windowDays`: a "showcase route". The longest shared run is reported once, on
// its first stop's place in every layout (a run-on line too), naming the other plan and
// its date; related information points at each of the other plan's stops. Both plans are told
// (each sees the other in the index).

import { dayOf, gapTo, planLabel, stopDates, type StopRef } from '../research/index';
import { samePlace } from '../research/place';
import type { Related } from '../types';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§14';

export default defineRule({
  id: 'research.repeated-route',
  title: msg('重复调研线路', 'Repeated route'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  visits: ['Itinerary'],
  needs: ['workspace'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('连续两个以上站点与 90 天内其他调研方案的线路顺序相同（“精品线路”）。', 'Two or more consecutive stops in the same order as another plan within 90 days (a showcase route).'),
  options: [{ name: 'windowDays', type: 'integer', default: 90, minimum: 0, description: msg('与其他方案比较的时间窗口（天）', 'Window for comparing with other plans (days)') }],
  check(ctx) {
    const ws = ctx.workspace;
    if (!ws) return;
    const plan = ctx.itinerary!.plan;
    const window = ctx.num('windowDays');
    const dates = stopDates(ctx.model, plan);
    const stops = plan.stops;
    let i = 0;
    while (i + 1 < stops.length) {
      const a = stops[i]!;
      const when = dayOf(dates[i]!);
      const steps = ws.index.sameSteps(a.place, stops[i + 1]!.place, ws.self).filter((r) => {
        const d = gapTo(when, r);
        return d !== null && d <= window;
      });
      if (steps.length === 0) {
        i++;
        continue;
      }
      // The longest run that one other plan follows stop by stop.
      let best: StopRef = steps[0]!;
      let bestLen = 0;
      for (const r of steps) {
        let len = 2;
        while (i + len < stops.length && r.index + len < r.plan.stops.length && samePlace(stops[i + len]!.place, r.plan.stops[r.index + len]!.place)) len++;
        const nearer = len === bestLen && gapTo(when, r)! < gapTo(when, best)!;
        if (len > bestLen || nearer) {
          best = r;
          bestLen = len;
        }
      }
      const run = stops.slice(i, i + bestLen);
      const names = run.map((s) => s.place.text).join(' → ');
      const gap = gapTo(when, best)!;
      const related: Related[] = run.map((_, k) => ({
        id: best.plan.id,
        range: best.plan.stops[best.index + k]!.range,
        message: msg(`${planLabel(best.plan)}第 ${best.index + k + 1} 站`, `${planLabel(best.plan)}, stop ${best.index + k + 1}`),
      }));
      const first = run[0]!;
      const others = new Set(steps.map((r) => r.plan.id)).size - 1;
      ctx.report({
        ...ctx.span(first.para, first.placeStart, first.placeEnd),
        message: withClause(
          msg(
            `线路“${names}”（${run.length} 站）与${planLabel(best.plan)}的路线相同（相隔 ${fmt(gap)} 天${others > 0 ? `，另有 ${others} 个方案走过其中一段` : ''}），不得轮番到同一条线路重复调研`,
            `The route "${names}" (${run.length} stops) repeats ${planLabel(best.plan)} (${fmt(gap)} days apart${others > 0 ? `; ${others} more plan(s) share part of it` : ''}); do not send visits down the same route`,
          ),
          CLAUSE,
        ),
        related,
      });
      i += bestLen - 1; // a stop may end one shared run and start another
      if (bestLen < 2) i++;
    }
  },
});
