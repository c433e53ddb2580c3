// research.unannounced-share (§14): 各级领导干部暗访式调研要占到年度调研的三分之一以上。
// Per plan: fewer than `minShare` of its stops are 暗访/四不两直. Quick fix: mark a stop （暗访）.

import { planOf } from '../research/index';
import type { Fix } from '../types';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§14';

export default defineRule({
  id: 'research.unannounced-share',
  title: msg('暗访比例', 'Share of unannounced visits'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  kinds: ['research'],
  defaultSeverity: 'info',
  fixable: true,
  description: msg('暗访、“四不两直”的站点不足三分之一。', 'Fewer than a third of the stops are unannounced (暗访, 四不两直).'),
  options: [{ name: 'minShare', type: 'number', default: 1 / 3, minimum: 0, description: msg('暗访站点至少占的比例（0–1）', 'Least share of unannounced stops (0–1)') }],
  check(ctx) {
    const plan = planOf(ctx.model, ctx.names);
    const n = plan.stops.length;
    if (n === 0) return;
    const k = plan.stops.filter((s) => s.mode === 'unannounced').length;
    const min = ctx.num('minShare');
    if (k >= n * min - 1e-9) return;
    const fixes: Fix[] = [];
    plan.stops.forEach((s, i) => {
      if (s.mode === 'unannounced' || fixes.length >= 5) return;
      const at = s.para.origEnd(s.placeEnd);
      fixes.push({ title: msg(`将第 ${i + 1} 站（${s.place.text}）改为暗访`, `Make stop ${i + 1} (${s.place.text}) unannounced`), edits: [{ start: at, end: at, newText: '（暗访）' }] });
    });
    const first = ctx.model.title[0] ?? plan.stops[0]!.para;
    const at = ctx.model.title[0] ? { start: first.start, end: ctx.model.title[ctx.model.title.length - 1]!.end } : ctx.span(plan.stops[0]!.para, plan.stops[0]!.placeStart, plan.stops[0]!.placeEnd);
    ctx.report({
      ...at,
      message: withClause(msg(`${n} 个站点中暗访（“四不两直”）${k} 个，不足三分之一；暗访式调研应占三分之一以上`, `${k} of ${n} stops are unannounced, under a third; unannounced visits should be at least a third`), CLAUSE),
      fixes,
    });
  },
});
