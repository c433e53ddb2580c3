// meeting.untimed-item (§8): a speech, report or presiding remarks with neither a time nor a
// duration, so its budget cannot be checked.

import { agendaOf } from '../agenda';
import { itemLabel, itemSpan } from '../agenda/budget';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§8';
const BUDGETED = new Set(['principal', 'host', 'report', 'speech']);

export default defineRule({
  id: 'meeting.untimed-item',
  title: msg('未标时长的议程', 'Untimed agenda item'),
  clause: CLAUSE,
  clauseKeys: ['8'],
  kinds: ['agenda'],
  defaultSeverity: 'info',
  fixable: false,
  description: msg('讲话、汇报、发言或主持议程未标时间或时长，无法核对时长控制。', 'A speech, report or presiding item with no time or duration, so its budget cannot be checked.'),
  options: [],
  check(ctx) {
    const a = agendaOf(ctx.model, ctx.names);
    if (a.statutory) return;
    for (const it of a.items) {
      if (!BUDGETED.has(it.role) || it.minutes !== null) continue;
      ctx.report({
        ...itemSpan(ctx, it),
        message: withClause(msg(`“${itemLabel(it)}”未标时间或时长，请注明（如“9:00—9:10”或“（10分钟）”）以便核对时长控制`, `"${itemLabel(it)}" has no time or duration; add one (9:00—9:10 or （10分钟）) so its length can be checked`), CLAUSE),
      });
    }
  },
});
