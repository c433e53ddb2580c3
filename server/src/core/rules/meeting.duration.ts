// meeting.duration (§8): 市委、市政府召开的综合性会议一般不超过1天，专项工作会议不超过半天
// (halfDayMinutes, default 240, and not running into both 上午 and 下午). Statutory sessions
// (人大、政协、党代会) are not governed by §8. An undeclared scope is held to the 1-day limit.

import { agendaOf } from '../agenda';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§8';

export default defineRule({
  id: 'meeting.duration',
  title: msg('会议时长', 'Meeting length'),
  clause: CLAUSE,
  clauseKeys: ['8'],
  kinds: ['agenda'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('综合性会议超过 1 天，或专项工作会议超过半天（240 分钟，或跨上午和下午）。', 'A comprehensive meeting longer than a day, or a special one longer than half a day (240 minutes, or both morning and afternoon).'),
  options: [{ name: 'halfDayMinutes', type: 'integer', default: 240, minimum: 1, description: msg('专项工作会议“半天”的分钟数', 'Minutes in the half day allowed to a special-topic meeting') }],
  check(ctx) {
    const a = agendaOf(ctx.model, ctx.names);
    if (a.statutory || a.days.length === 0) return;
    const first = a.days[0]!;
    const at = ctx.span(first.para, first.start, first.end);
    const nDays = new Set(a.days.map((d) => `${d.month}-${d.day}`)).size;
    if (nDays > 1) {
      const limit = ctx.scope === 'special' ? msg('专项工作会议不超过半天', 'a special-topic meeting: half a day') : msg('综合性会议一般不超过1天', 'a comprehensive meeting: one day');
      ctx.report({ ...at, message: withClause(msg(`会期 ${nDays} 天，超过时长要求（${limit.zh}）`, `The meeting lasts ${nDays} days, over the limit (${limit.en})`), CLAUSE) });
      return;
    }
    if (ctx.scope !== 'special') return;
    const timed = a.items.filter((it) => it.from !== null);
    if (timed.length === 0) return;
    const start = Math.min(...timed.map((it) => it.from!));
    const end = Math.max(...timed.map((it) => it.to ?? it.from!));
    const half = ctx.num('halfDayMinutes');
    const both = start < 12 * 60 && end > 13 * 60;
    if (end - start > half || both) {
      const why = both ? msg('跨上午和下午', 'runs into both morning and afternoon') : msg(`共 ${end - start} 分钟，超过 ${half} 分钟`, `lasts ${end - start} minutes, over ${half}`);
      ctx.report({ ...at, message: withClause(msg(`专项工作会议不超过半天，本次会议${why.zh}`, `A special-topic meeting takes at most half a day; this one ${why.en}`), CLAUSE) });
    }
  },
});
