// research.concentration (§14): 不得集中或轮番到一个地区重复扎堆调研。One 区县 visited by
// `maxPlansPerArea` or more plans (this one included) within `windowDays`.

import { daysApart, planLabel, planOf } from '../research/index';
import type { Related } from '../types';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './util';

const CLAUSE = '§14';

export default defineRule({
  id: 'research.concentration',
  title: msg('扎堆调研', 'Concentrated visits'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  kinds: ['research'],
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
    const plan = planOf(ctx.model, ctx.names);
    const window = ctx.num('windowDays');
    const max = ctx.num('maxPlansPerArea');
    const seen = new Set<string>();
    for (const s of plan.stops) {
      const d = s.place.district;
      if (!d || seen.has(d)) continue;
      seen.add(d);
      const others = ws.index.plansIn(d).filter((p) => {
        if (p.id === ws.self) return false;
        const stop = p.stops.find((x) => x.place.district === d);
        const gap = daysApart(s.date ?? plan.dates[0] ?? null, stop?.date ?? p.date);
        return gap !== null && gap <= window;
      });
      if (others.length + 1 < max) continue;
      const related: Related[] = others.slice(0, 10).map((p) => {
        const stop = p.stops.find((x) => x.place.district === d)!;
        return { id: p.id, range: stop.range, message: msg(planLabel(p), planLabel(p)) };
      });
      ctx.report({
        ...ctx.span(s.para, s.placeStart, s.placeEnd),
        message: withClause(
          msg(`${fmt(window)} 天内已有 ${others.length} 个其他调研方案到${d}（含本方案共 ${others.length + 1} 个），不得集中到一个地区扎堆调研`, `${others.length} other plans visit ${d} within ${fmt(window)} days (${others.length + 1} with this one); spread the visits`),
          CLAUSE,
        ),
        related,
      });
    }
  },
});
