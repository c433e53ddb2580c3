// meeting.already-documented (national pack, 《若干规定》严格精简会议, a summary): 已制发文件的工作事项
// 原则上不再专门开会部署. A meeting notice or agenda whose meeting deploys a piece of work
// (全市秸秆禁烧工作推进会, …动员部署会) while a document of the workspace already deploys it (its
// title names the same work, after the year, level and verbs are set aside) with an earlier
// 成文日期, within `windowDays` (and, when its title names the year of its work — 2024年…工作 —
// in that year): an info, related information pointing at that document.

import { CITE } from '../national';
import { docLabel, type DocSummary } from '../research/index';
import { meetingRef } from '../research/workspaceDocs';
import { issueDate, ymdDays } from '../semantics/timeline';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

export default defineRule({
  id: 'meeting.already-documented',
  title: msg('已发文事项不再开会部署', 'Work already deployed by a document'),
  // 要点摘要（S）：已制发文件的工作事项原则上不再专门开会部署。
  ...nationalOnly(CITE.meetings, ['N4-documented'], 'S', 'info'),
  visits: ['MeetingArrangement'],
  needs: ['workspace'],
  fixable: false,
  description: msg(
    '召开部署会、推进会部署的工作，工作区中已有更早制发的文件作出部署。',
    'A deployment or progress meeting for work that an earlier document of the workspace already deploys.',
  ),
  options: [{ name: 'windowDays', type: 'integer', default: 180, minimum: 0, description: msg('文件早于会议通知的最长天数', 'How many days before the meeting notice a document still counts') }],
  check(ctx) {
    const ws = ctx.workspace;
    // A meeting notice or agenda: a document that deploys the work and convenes a meeting on it is the document itself.
    if (!ws || ctx.kind !== 'agenda') return;
    const me = meetingRef(ctx.document, ctx.meeting!, ctx.names);
    if (!me || me.topics.length === 0) return;
    const when = issueDate(ctx.document)?.date ?? me.date;
    if (!when) return;
    const day = ymdDays(when);
    const window = ctx.num('windowDays');
    let found: { doc: DocSummary; topic: string; gap: number } | null = null;
    for (const topic of me.topics) {
      for (const doc of ws.index.docsOnTopic(topic, ws.self)) {
        if (!doc.date) continue;
        // A document on 2024年 work deploys that year's work, not the next year's.
        if (doc.topicYear !== null && doc.topicYear !== (me.date ?? when).year) continue;
        const gap = day - ymdDays(doc.date);
        // The nearest earlier document (the same day may be one batch with the notice).
        if (gap <= 0 || gap > window) continue;
        if (!found || gap < found.gap || (gap === found.gap && doc.id < found.doc.id)) found = { doc, topic, gap };
      }
    }
    if (!found) return;
    const { doc, topic } = found;
    ctx.report({
      start: me.start,
      end: me.end,
      message: withCite(
        msg(
          `“${me.name}”部署的“${topic}”工作，已由${docLabel(doc)}作出部署；已制发文件的工作事项原则上不再专门开会部署，确需开会的请写明会议要解决的新问题`,
          `"${me.name}" deploys the work "${topic}" that ${docLabel(doc)} already deploys; work a document has deployed is, as a rule, not deployed again at a meeting: if the meeting is needed, state the new question it settles`,
        ),
        CITE.meetings,
      ),
      related: [{ id: doc.id, range: doc.titleRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: msg(`${docLabel(doc)}：已部署“${topic}”工作`, `${docLabel(doc)}: already deploys "${topic}"`) }],
    });
  },
});
