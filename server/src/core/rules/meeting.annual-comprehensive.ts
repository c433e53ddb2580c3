// meeting.annual-comprehensive (national pack, 《若干规定》严格精简会议, two news digests): 本系统本领域
// 综合性工作会议原则上每年不超过1次. A field's comprehensive meeting (全市教育工作会议, 2024年全省公安
// 工作会议) held more than once in a calendar year by the same level: the second one (and each
// later one) is told, with related information pointing at the first. The notice and the agenda
// of one meeting (the same first day) are one meeting; meetings without a day are not counted.

import { CITE } from '../national';
import { docLabel } from '../research/index';
import { meetingRef, meetingsOf } from '../research/workspaceDocs';
import { ymdDays, ymdText, type Ymd } from '../semantics/timeline';
import type { Range } from '../text/lineIndex';
import type { Related } from '../types';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** A comprehensive meeting of the same field and year, in this file or another. */
interface Held {
  name: string;
  date: Ymd;
  day: number;
  /** The file (null: this one, without a workspace to name it). */
  id: string | null;
  label: string;
  range: Range | null;
  /** Its file has a 成文日期 (a notice, which is the record of a meeting before its agenda). */
  issued: boolean;
}

function ordinal(n: number): string {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${tail}`;
}

export default defineRule({
  id: 'meeting.annual-comprehensive',
  title: msg('综合性工作会议每年一次', 'One comprehensive work meeting a year'),
  // 两家新闻摘录逐字相同（Q）：本系统本领域综合性工作会议原则上每年不超过1次。
  ...nationalOnly(CITE.meetings, ['N4'], 'Q', 'warning'),
  visits: ['MeetingArrangement'],
  needs: ['workspace'],
  fixable: false,
  description: msg(
    '同一系统、领域（全市教育工作会议等）一年内召开第二次及以上综合性工作会议。',
    'A second (or later) comprehensive work meeting of the same system or field (全市教育工作会议 …) in one calendar year.',
  ),
  options: [{ name: 'maxPerYear', type: 'integer', default: 1, minimum: 1, description: msg('每个系统、领域每年综合性工作会议的上限（次）', 'Comprehensive work meetings a system or field may hold a year') }],
  check(ctx) {
    const me = meetingRef(ctx.document, ctx.meeting!, ctx.names);
    if (!me || !me.annualKey || !me.date) return;
    const key = me.annualKey;
    const year = me.date.year;
    const day = ymdDays(me.date);
    const ws = ctx.workspace;
    const held: Held[] = [];
    // This file's other meetings of the field (a notice convening several), then the workspace's.
    for (const m of meetingsOf(ctx.document, ctx.tree, ctx.names)) {
      if (m.start === me.start || m.annualKey !== key || m.date?.year !== year) continue;
      held.push({ name: m.name, date: m.date, day: ymdDays(m.date), id: ws?.self ?? null, label: '本文件', range: ws ? ctx.document.lines.rangeAt(m.start, m.end) : null, issued: true });
    }
    if (ws) {
      for (const { doc, meeting } of ws.index.annualMeetings(key, ws.self)) {
        if (!meeting.date || meeting.date.year !== year || meeting.day === null) continue;
        held.push({ name: meeting.name, date: meeting.date, day: meeting.day, id: doc.id, label: docLabel(doc), range: meeting.range, issued: doc.date !== null });
      }
    }
    // Meetings on the same first day are this meeting told again (its notice and its agenda).
    const earlier = held.filter((h) => h.day < day).sort((a, b) => a.day - b.day || Number(b.issued) - Number(a.issued) || (a.id ?? '').localeCompare(b.id ?? ''));
    const days = new Set(earlier.map((h) => h.day)).size;
    const max = ctx.num('maxPerYear');
    if (days + 1 <= max) return;
    const first = earlier[0]!;
    const field = key.slice(key.indexOf('|') + 1);
    const related: Related[] = first.id !== null && first.range ? [{ id: first.id, range: first.range, message: msg(`${first.label}中的“${first.name}”（${ymdText(first.date)}）`, `"${first.name}" (${ymdText(first.date)}) in ${first.label}`) }] : [];
    ctx.report({
      start: me.start,
      end: me.end,
      message: withCite(
        msg(
          `“${me.name}”是${field}系统（领域）${year}年第 ${days + 1} 次综合性工作会议（此前已于${ymdText(first.date)}召开“${first.name}”），本系统本领域综合性工作会议原则上每年不超过 ${fmt(max)} 次，请合并召开或改为书面部署`,
          `"${me.name}" is the ${ordinal(days + 1)} comprehensive work meeting of the ${field} system or field in ${year} ("${first.name}" on ${ymdText(first.date)}); a system or field holds at most ${fmt(max)} a year: merge them or deploy the work in writing`,
        ),
        CITE.meetings,
      ),
      ...(related.length ? { related } : {}),
    });
  },
});
