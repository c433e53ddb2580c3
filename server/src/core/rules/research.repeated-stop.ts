// research.repeated-stop (§14): 不得集中或轮番到一个地区、一个点重复扎堆调研。A place that appears
// twice in one plan, or in another plan of the workspace within `windowDays`. The finding
// points at the other plan's stop (related information) and names that plan and its date.

import { daysApart, planLabel, planOf } from '../research/index';
import { samePlace } from '../research/parse';
import type { Related } from '../types';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './util';

const CLAUSE = '§14';

export default defineRule({
  id: 'research.repeated-stop',
  title: msg('重复调研点', 'Repeated stop'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  kinds: ['research'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('同一地点在本方案中出现两次，或在 90 天内的其他调研方案中出现。', 'A place visited twice in one plan, or by another plan in the workspace within 90 days.'),
  options: [{ name: 'windowDays', type: 'integer', default: 90, minimum: 0, description: msg('与其他方案比较的时间窗口（天）', 'Window for comparing with other plans (days)') }],
  check(ctx) {
    const plan = planOf(ctx.model, ctx.names);
    const window = ctx.num('windowDays');
    plan.stops.forEach((s, i) => {
      const span = ctx.span(s.para, s.placeStart, s.placeEnd);
      const earlier = plan.stops.slice(0, i).findIndex((x) => samePlace(x.place, s.place));
      if (earlier >= 0) {
        ctx.report({ ...span, message: withClause(msg(`“${s.place.text}”在本方案第 ${earlier + 1} 站已安排，不要重复调研同一地点`, `"${s.place.text}" is already stop ${earlier + 1} of this plan`), CLAUSE) });
        return;
      }
      const ws = ctx.workspace;
      if (!ws) return;
      const others = ws.index.sameStops(s.place, ws.self).filter((r) => {
        const d = daysApart(s.date, r.plan.stops[r.index]!.date ?? r.plan.date);
        return d !== null && d <= window;
      });
      if (others.length === 0) return;
      const first = others[0]!;
      const gap = daysApart(s.date, first.plan.stops[first.index]!.date ?? first.plan.date)!;
      const related: Related[] = others.slice(0, 10).map((r) => ({
        id: r.plan.id,
        range: r.plan.stops[r.index]!.range,
        message: msg(`${planLabel(r.plan)}第 ${r.index + 1} 站`, `${planLabel(r.plan)}, stop ${r.index + 1}`),
      }));
      ctx.report({
        ...span,
        message: withClause(
          msg(`“${s.place.text}”已在${planLabel(first.plan)}中安排调研（相隔 ${fmt(gap)} 天${others.length > 1 ? `，另有 ${others.length - 1} 个方案` : ''}），${fmt(window)} 天内不宜重复扎堆调研`, `"${s.place.text}" is also visited by ${planLabel(first.plan)} (${fmt(gap)} days apart${others.length > 1 ? `, and ${others.length - 1} more plan(s)` : ''}); avoid repeated visits within ${fmt(window)} days`),
          CLAUSE,
        ),
        related,
      });
    });
  },
});
