// research.concentration (§14): 不得集中或轮番到一个地区……重复扎堆调研。One 区县 visited by
// `maxPlansPerArea` or more plans (this one included) within any span of `windowDays` that
// holds this plan's visit there. A plan counts once per 区县 (at its stop there nearest in time);
// a plan's 区县 is the one its stops name or carry (from the stop before, or the title).

import { dayOf, nearestPerPlan, planLabel, stopDates, stopRelated } from '../research/index';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§14';
const MAX_RELATED = 10;

export default defineRule({
  id: 'research.concentration',
  title: msg('扎堆调研', 'Concentrated visits'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  visits: ['Itinerary'],
  needs: ['workspace'],
  defaultSeverity: 'info',
  fixable: false,
  description: msg('90 天内 3 个以上调研方案集中到同一区县。', 'Three or more plans visit one district within 90 days.'),
  options: [
    { name: 'windowDays', type: 'integer', default: 90, minimum: 0, description: msg('统计的时间窗口（天）', 'Window (days)') },
    { name: 'maxPlansPerArea', type: 'integer', default: 3, minimum: 2, description: msg('同一区县在窗口内的方案数达到此数即提示', 'Plans in one district within the window that trigger the finding') },
  ],
  check(ctx) {
    const ws = ctx.workspace;
    if (!ws) return;
    const plan = ctx.itinerary!.plan;
    const window = ctx.num('windowDays');
    const max = ctx.num('maxPlansPerArea');
    const dates = stopDates(ctx.model, plan);
    const seen = new Set<string>();
    plan.stops.forEach((s, i) => {
      const d = s.place.district;
      if (!d || seen.has(d)) return;
      seen.add(d);
      const t0 = dayOf(dates[i]!);
      if (t0 === null) return;
      // Each other plan in the district, at its visit there nearest to this one.
      const others = nearestPerPlan(ws.index.stopsIn(d, ws.self), t0, window).map((o) => ({ ...o, day: o.r.plan.stops[o.r.index]!.day! }));
      if (others.length + 1 < max) return;
      // The densest span of windowDays that holds this visit: [start, start + window] ∋ t0.
      const days = others.map((o) => o.day).sort((a, b) => a - b);
      let bestCount = 0;
      let bestFrom = t0;
      // A span can always slide right until it starts at a visit or at this one: those are the candidates.
      const starts = [t0, ...days.filter((x) => x >= t0 - window && x <= t0)];
      for (const from of starts) {
        const count = upperBound(days, from + window) - lowerBound(days, from);
        if (count > bestCount) {
          bestCount = count;
          bestFrom = from;
        }
      }
      if (bestCount + 1 < max) return;
      const inSpan = others.filter((o) => o.day >= bestFrom && o.day <= bestFrom + window).sort((a, b) => a.gap - b.gap);
      const related = inSpan.slice(0, MAX_RELATED).map((o) => stopRelated(o.r, o.gap));
      const n = inSpan.length;
      // The message names the nearest three in the order of their dates, as a reader follows them.
      const names = inSpan.slice(0, 3).sort((a, b) => a.day - b.day).map((o) => planLabel(o.r.plan)).join('、') + (n > 3 ? ` 等` : '');
      ctx.report({
        ...ctx.span(s.para, s.placeStart, s.placeEnd),
        message: withClause(
          msg(
            `${fmt(window)} 天内已有 ${n} 个其他调研方案到${d}（${names}），含本方案共 ${n + 1} 个，不得集中或轮番到一个地区扎堆调研`,
            `${n} other plan(s) visit ${d} within ${fmt(window)} days (${names}), ${n + 1} with this one; do not crowd visits into one district`,
          ),
          CLAUSE,
        ),
        related,
      });
    });
  },
});

/** First index with a[i] >= x (a sorted ascending). */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with a[i] > x. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
