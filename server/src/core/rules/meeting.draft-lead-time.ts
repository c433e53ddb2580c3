// meeting.draft-lead-time (§10): 审议事项、讨论文件、学习内容要提前发至与会人员；如有征求意见稿的，
// 原则上提前3天印发，安排会前提交。Fires when a draft or meeting material is sent less than
// `minDays` before the meeting, or handed out only at the meeting.

import { demandParagraphs, sentenceOf } from '../semantics/phrases';
import { stanceAt } from '../semantics/stance';
import { datesIn, issueDate, ymdDays, ymdText } from '../semantics/timeline';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§10';
/** Drafts and meeting materials (also read by the 无会日 fix, which must keep their lead time). */
export const MATERIAL = /征求意见稿|讨论稿|审议稿|送审稿|会议材料|审议材料|讨论文件|学习材料/g;
const SENT = /印发|发放|分发|发至|发送|送达|提交|下发|提供|领取|发给/;
const AT_MEETING = /会上|现场|会议当天|当天|开会时|会议期间/;

/**
 * 《…条例（征求意见稿）》于3月18日印发: inside a title the draft is the material itself, not a
 * document cited; judge the sentence from the end of the title.
 */
function stanceOfMaterial(t: string, i: number, j: number): ReturnType<typeof stanceAt> {
  const open = t.lastIndexOf('《', i);
  const close = t.indexOf('》', j);
  if (open >= 0 && close >= 0 && t.lastIndexOf('》', i) < open) return stanceAt(t, close + 1, Math.min(t.length, close + 2));
  return stanceAt(t, i, j);
}

export default defineRule({
  id: 'meeting.draft-lead-time',
  title: msg('会议材料提前印发', 'Sending drafts ahead'),
  clause: CLAUSE,
  clauseKeys: ['10'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('征求意见稿或会议材料距会议不足 3 天才印发，或在会上才发放。', 'A draft or meeting material is sent less than 3 days before the meeting, or only handed out at it.'),
  options: [{ name: 'minDays', type: 'integer', default: 3, minimum: 0, description: msg('材料至少提前印发的天数', 'Minimum days between sending the material and the meeting') }],
  check(ctx) {
    const m = ctx.model;
    const a = ctx.meeting!.agenda;
    // Statutory sessions (人大、政协…) hand out their documents as their own procedure prescribes.
    if (a.statutory) return;
    const meeting = a.days.find((d) => d.date)?.date ?? null;
    const issue = issueDate(m)?.date ?? null;
    const min = ctx.num('minDays');
    for (const p of demandParagraphs(m)) {
      MATERIAL.lastIndex = 0;
      for (let mm = MATERIAL.exec(p.key); mm; mm = MATERIAL.exec(p.key)) {
        const hit = { para: p, start: mm.index, end: mm.index + mm[0].length };
        const sentence = sentenceOf(hit);
        if (!SENT.test(sentence) || stanceOfMaterial(p.key, hit.start, hit.end) !== 'sets') continue;
        const what = p.text.slice(hit.start, hit.end);
        if (AT_MEETING.test(sentence) && !/会前|提前/.test(sentence)) {
          ctx.report({ ...ctx.span(p, hit.start, hit.end), message: withClause(msg(`“${what}”在会上才发放；应提前 ${fmt(min)} 天印发给与会人员`, `"${what}" is handed out at the meeting; send it ${fmt(min)} days ahead`), CLAUSE) });
          continue;
        }
        if (!meeting) continue;
        const sent = datesIn(p, issue ?? meeting).find((d) => Math.abs(d.start - hit.start) < 40 && ymdDays(d.date) <= ymdDays(meeting));
        if (!sent) continue;
        const gap = ymdDays(meeting) - ymdDays(sent.date);
        if (gap >= min) continue;
        const verb = SENT.exec(sentence)![0];
        ctx.report({
          ...ctx.span(p, hit.start, hit.end),
          message: withClause(msg(`“${what}”于 ${ymdText(sent.date)} ${verb}，距会议 ${ymdText(meeting)} 仅 ${gap} 天；原则上应提前 ${fmt(min)} 天印发`, `"${what}" is sent on ${ymdText(sent.date)}, ${gap} day(s) before the meeting on ${ymdText(meeting)}; send it ${fmt(min)} days ahead`), CLAUSE),
        });
      }
    }
  },
});
