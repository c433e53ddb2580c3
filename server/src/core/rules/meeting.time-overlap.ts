// meeting.time-overlap: an item that starts before the previous one ends, or a range that runs
// backwards. A session line whose range holds the items after it (9:00—11:30 全体会议) is not a
// conflict with them, nor are parallel sessions written with the same range (分组讨论).

import type { AgendaItem } from '../agenda/types';
import { itemLabel } from '../agenda/budget';
import { clockText } from '../parse/times';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§8';

/** 报到、签到 is a window people arrive in; a short meeting held inside it (召集人会议) is no conflict. */
const ARRIVAL = /报到|签到|入场/;

export default defineRule({
  id: 'meeting.time-overlap',
  title: msg('议程时间冲突', 'Overlapping agenda times'),
  clause: CLAUSE,
  clauseKeys: ['8'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('议程时间段相互重叠或起止倒置。', 'Agenda items whose time ranges overlap or run backwards.'),
  options: [],
  check(ctx) {
    const a = ctx.meeting!.agenda;
    let prev: AgendaItem | null = null;
    for (const it of a.items) {
      if (!it.time || it.from === null) continue;
      const span = ctx.span(it.para, it.time.start, it.time.end);
      if (it.to !== null && !it.toInferred && it.to <= it.from) {
        ctx.report({ ...span, message: withClause(msg(`“${itemLabel(it)}”的结束时间 ${clockText(it.to)} 不晚于开始时间 ${clockText(it.from)}，请核对`, `"${itemLabel(it)}" ends (${clockText(it.to)}) no later than it starts (${clockText(it.from)}); check the times`), CLAUSE) });
        continue;
      }
      if (it.container) continue;
      if (prev && !ARRIVAL.test(itemLabel(prev)) && prev.dayIndex === it.dayIndex && prev.to !== null && !prev.toInferred && prev.from! <= it.from && it.from < prev.to && !(prev.from === it.from && prev.to === it.to)) {
        ctx.report({
          ...span,
          message: withClause(msg(`“${itemLabel(it)}”${clockText(it.from)} 开始，与上一项“${itemLabel(prev)}”（至 ${clockText(prev.to)}）时间重叠，请核对`, `"${itemLabel(it)}" starts at ${clockText(it.from)}, before the previous item "${itemLabel(prev)}" ends (${clockText(prev.to)}); check the times`), CLAUSE),
        });
      }
      if (it.to === null || it.to > it.from) prev = it;
    }
  },
});
