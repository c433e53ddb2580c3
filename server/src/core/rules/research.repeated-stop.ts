// research.repeated-stop (§14): 不得集中或轮番到一个地区、一个点、一条线路重复扎堆调研。A place that
// appears twice in one plan, or that another plan of the workspace visits within `windowDays`
// of this stop. The finding names the other plan and its date, and its related information
// points at the other plan's stop (or, within one plan, at the earlier stop).
// Places compare as place.ts says (历城区唐王街道 = 唐王街道 in 历城区; a village's facility is
// the village); categories (2个村, 有关企业) and a district alone are never compared.

import { dayOf, nearestPerPlan, placeName, placeRange, planLabel, stopDates, stopRelated } from '../research/index';
import { samePlace } from '../research/place';
import type { Related } from '../types';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§14';
const MAX_RELATED = 10;

/** A road between stops (县政府→滨河路→…→滨河路→…): passed through, not visited. */
const ROAD = /(?:路|大道|大街|公路|高速|国道\d*|省道\d*)$/;

/** An office a team sets out from and comes back to. */
const SEAT = /(?:政府|党委|人大|政协|机关|大院|办公楼|大楼|驻地)$/;

/** Passing a road again, or coming back to the office the plan set out from (县政府→…→县政府), repeats no visit. */
function passedOrReturn(stops: readonly { place: { text: string } }[], i: number, earlier: number): boolean {
  const text = stops[i]!.place.text;
  return ROAD.test(text) || (earlier === 0 && i >= 2 && i === stops.length - 1 && SEAT.test(text));
}

export default defineRule({
  id: 'research.repeated-stop',
  title: msg('重复调研点', 'Repeated stop'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  visits: ['Itinerary'],
  needs: ['workspace'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('同一地点在本方案中出现两次，或在 90 天内的其他调研方案中出现。', 'A place visited twice in one plan, or by another plan in the workspace within 90 days.'),
  options: [{ name: 'windowDays', type: 'integer', default: 90, minimum: 0, description: msg('与其他方案比较的时间窗口（天）', 'Window for comparing with other plans (days)') }],
  check(ctx) {
    const plan = ctx.itinerary!.plan;
    const window = ctx.num('windowDays');
    const ws = ctx.workspace;
    const dates = stopDates(ctx.model, plan);
    // Earlier stops by the name they are filed under (site, else town), to find a repeat in one lookup.
    const seen = new Map<string, number[]>();
    plan.stops.forEach((s, i) => {
      const span = ctx.span(s.para, s.placeStart, s.placeEnd);
      const name = placeName(s.place);
      const before = name ? seen.get(name) : undefined;
      const earlier = before?.find((k) => samePlace(plan.stops[k]!.place, s.place)) ?? -1;
      if (name) {
        if (before) before.push(i);
        else seen.set(name, [i]);
      }
      if (earlier >= 0) {
        if (passedOrReturn(plan.stops, i, earlier)) return;
        const e = plan.stops[earlier]!;
        const related: Related[] = ws
          ? [{ id: ws.self, range: placeRange(e, ctx.model.lines), message: msg(`本方案第 ${earlier + 1} 站`, `stop ${earlier + 1} of this plan`) }]
          : [];
        ctx.report({
          ...span,
          message: withClause(msg(`“${s.place.text}”在本方案第 ${earlier + 1} 站已安排，不要重复调研同一地点`, `"${s.place.text}" is already stop ${earlier + 1} of this plan; do not visit the same place twice`), CLAUSE),
          related,
        });
        return;
      }
      if (!ws) return;
      // One entry per other plan: its visit nearest to this one, within the window.
      const list = nearestPerPlan(ws.index.sameStops(s.place, ws.self), dayOf(dates[i]!), window);
      if (list.length === 0) return;
      list.sort((a, b) => a.gap - b.gap || (a.r.plan.id < b.r.plan.id ? -1 : 1));
      const first = list[0]!;
      const related = list.slice(0, MAX_RELATED).map(({ r, gap }) => stopRelated(r, gap));
      const more = list.length > 1 ? `，另有 ${list.length - 1} 个方案` : '';
      const moreEn = list.length > 1 ? `, and ${list.length - 1} more plan(s)` : '';
      ctx.report({
        ...span,
        message: withClause(
          msg(
            `“${s.place.text}”已在${planLabel(first.r.plan)}中安排调研（相隔 ${fmt(first.gap)} 天${more}），${fmt(window)} 天内不要重复到同一地点调研`,
            `"${s.place.text}" is also visited by ${planLabel(first.r.plan)} (${fmt(first.gap)} days apart${moreEn}); do not visit the same place again within ${fmt(window)} days`,
          ),
          CLAUSE,
        ),
        related,
      });
    });
  },
});
