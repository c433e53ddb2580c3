// meeting.untimed-item (§8): a speech, report or presiding remarks with neither a time nor a
// duration, so its budget cannot be checked.
// National pack (《若干规定》严格精简会议, one news digest): 有发言安排的应当控制发言时间 — the national
// text sets no number, so an item without a time is what it checks (meeting.speech-time's 5 minutes
// are Jinan's). With meeting.principal-speech's anyLevel, a speech by a principal of any level counts.

import { itemLabel } from '../agenda/budget';
import type { AgendaItem } from '../agenda/types';
import { CITE } from '../national';
import { itemSpan } from './kit/meetingBudget';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§8';

/** 会议（主要）内容：通报…，部署… names the topics, 会议要求：… asks for something: no item to budget. */
const TOPIC_LABEL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])?\s*(?:会议)?(?:主要)?(?:内容|议题|要求|事项)\s*[:：]/;

export default defineRule({
  id: 'meeting.untimed-item',
  title: msg('未标时长的议程', 'Untimed agenda item'),
  clause: CLAUSE,
  clauseKeys: ['8'],
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['8'] },
    // 有发言安排的应当控制发言时间 (one news digest; grade D).
    'national-2024': { cite: CITE.meetings, keys: ['N6-time'], grade: 'D' },
  },
  visits: ['MeetingArrangement'],
  defaultSeverity: 'info',
  fixable: false,
  description: msg('讲话、汇报、发言或主持议程未标时间或时长，无法核对时长控制。', 'A speech, report or presiding item with no time or duration, so its budget cannot be checked.'),
  options: [],
  check(ctx) {
    const a = ctx.meeting!.agenda;
    if (a.statutory) return;
    const anyLevel = ctx.optionsOf('meeting.principal-speech')['anyLevel'] === true;
    const budgeted = (it: AgendaItem): boolean => it.role !== 'other' || (anyLevel && (it.principals?.length ?? 0) > 0);
    for (const it of a.items) {
      // A range that runs backwards is meeting.time-overlap's to report.
      if (!budgeted(it) || it.minutes !== null || (it.to !== null && !it.toInferred)) continue;
      if (TOPIC_LABEL.test(it.text)) continue;
      const message =
        it.from !== null
          ? msg(`“${itemLabel(it)}”只写了开始时间，无法推定结束时间，请写明起止时间（如“9:00—9:10”）或时长（如“（10分钟）”）以便核对时长控制`, `"${itemLabel(it)}" has only a start time and no end can be inferred; write its range (9:00—9:10) or length (（10分钟）) so it can be checked`)
          : msg(`“${itemLabel(it)}”未标时间或时长，请注明（如“9:00—9:10”或“（10分钟）”）以便核对时长控制`, `"${itemLabel(it)}" has no time or duration; add one (9:00—9:10 or （10分钟）) so its length can be checked`);
      ctx.report({ ...itemSpan(ctx, it), message: withClause(message, CLAUSE) });
    }
  },
});
