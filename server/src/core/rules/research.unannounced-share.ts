// research.unannounced-share (§14): 各级领导干部暗访式调研要占到年度调研的三分之一以上。
// Per plan: fewer than `minShare` of its stops are unannounced (暗访, 四不两直, 不打招呼, 随机…, by
// the stop or by the whole plan). The workspace figure per leader and year is the scan report's
// (report/figures.ts). Quick fix, one action per announced stop (the
// first five): mark that stop （暗访）, right after the words that name its place.


import type { Fix } from '../types';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§14';
const MAX_FIXES = 5;

/** The share in words, in both languages (the English message must not carry 二分之一). */
function shareText(x: number): { zh: string; en: string } {
  if (Math.abs(x - 1 / 3) < 1e-9) return { zh: '三分之一', en: 'a third' };
  if (Math.abs(x - 1 / 2) < 1e-9) return { zh: '二分之一', en: 'half' };
  if (Math.abs(x - 1 / 4) < 1e-9) return { zh: '四分之一', en: 'a quarter' };
  const pct = `${Math.round(x * 1000) / 10}%`;
  return { zh: pct, en: pct };
}

export default defineRule({
  id: 'research.unannounced-share',
  title: msg('暗访比例', 'Share of unannounced visits'),
  clause: CLAUSE,
  clauseKeys: ['14'],
  visits: ['Itinerary'],
  defaultSeverity: 'info',
  fixable: true,
  description: msg('暗访、“四不两直”的站点不足三分之一。', 'Fewer than a third of the stops are unannounced (暗访, 四不两直).'),
  options: [{ name: 'minShare', type: 'number', default: 1 / 3, minimum: 0, description: msg('暗访站点至少占的比例（0–1）', 'Least share of unannounced stops (0–1)') }],
  check(ctx) {
    const plan = ctx.itinerary!.plan;
    const n = plan.stops.length;
    if (n === 0) return;
    const k = plan.stops.filter((s) => s.mode === 'unannounced').length;
    const min = ctx.num('minShare');
    if (k >= n * min - 1e-9) return;
    const need = Math.ceil(n * min - 1e-9) - k;
    const fixes: Fix[] = [];
    const marked = new Set<string>();
    plan.stops.forEach((s, i) => {
      if (s.mode === 'unannounced' || fixes.length >= MAX_FIXES) return;
      const at = s.para.origEnd(s.markAt);
      // Stops listed in one clause share one mark.
      const key = `${s.para.index}:${s.markAt}`;
      if (marked.has(key)) return;
      marked.add(key);
      fixes.push({ title: msg(`将第 ${i + 1} 站（${s.place.text}）标注为暗访`, `Mark stop ${i + 1} (${s.place.text}) as unannounced`), edits: [{ start: at, end: at, newText: '（暗访）' }] });
    });
    const title = ctx.model.title;
    const first = plan.stops[0]!;
    const at = title.length ? { start: title[0]!.start, end: title[title.length - 1]!.end } : ctx.span(first.para, first.placeStart, first.placeEnd);
    const share = shareText(min);
    ctx.report({
      ...at,
      message: withClause(
        msg(
          `${n} 个站点中暗访（“四不两直”）${k} 个，不足${share.zh}；暗访式调研应占${share.zh}以上，可将其中 ${need} 个站点改为暗访`,
          `${k} of ${n} stops are unannounced, under ${share.en}; make ${need} more stop(s) unannounced`,
        ),
        CLAUSE,
      ),
      fixes,
    });
  },
});
