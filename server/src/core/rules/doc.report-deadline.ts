// doc.report-deadline (§22): 坚决杜绝“突击式”填表报材料、刚下发通知即要求上报贯彻落实情况等情形，
// 给基层留出至少3天准备时间。A report deadline less than `minDays` after the 成文日期, or an
// immediate one (即日、今日、立即报送, 收到通知当天报送); immediate reporting of an accident or an
// emergency (发生事故立即上报) is the exception §22 allows. Quick fix for a written date: 成文日期 +
// minDays, in the text's own date style (7月13日, 2026年7月13日, 七月十三日, 2026.7.13), with the
// weekday note that follows the date (（星期五）) rewritten to match. Tables come flattened, one cell
// a paragraph: a cell that holds only a date under the column 报送时间 is a deadline too.

import { WEEKDAY_ZH, weekdayOf } from '../agenda/calendar';
import { memoSlot, perTextFor } from '../parse/memo';
import { demandParagraphs } from '../semantics/phrases';
import { rewrite } from '../semantics/rewrite';
import { stanceAt } from '../semantics/stance';
import { addDays, cellDeadline, deadlinesIn, formatLike, issueDate, quoteDate, ymdDays, ymdText, type Deadline, type Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§22';
/** （星期五） / (周五) right after a date. */
const WEEKDAY_NOTE = /^([(（]\s*)(星期|周)([一二三四五六日天])(\s*[)）])/;

function weekdayWord(d: Ymd, written: string): string {
  const w = weekdayOf(d);
  if (w === 0) return written === '天' ? '天' : '日';
  return WEEKDAY_ZH[w]!;
}

export default defineRule({
  id: 'doc.report-deadline',
  title: msg('报送准备时间', 'Time to prepare reports'),
  clause: CLAUSE,
  clauseKeys: ['22'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '要求报送材料、表格或落实情况，截止时间距成文日期不足 3 天，或要求即日、当天、立即报送。',
    'Asks for materials, forms or progress reports due less than 3 days after the date of issue, or at once (即日/当天/立即).',
  ),
  options: [{ name: 'minDays', type: 'integer', default: 3, minimum: 0, description: msg('成文日期到报送截止日至少相隔的天数', 'Minimum days between the date of issue and a report deadline') }],
  check(ctx) {
    const min = ctx.num('minDays');
    const issued = issueDate(ctx.model)?.date ?? null;
    const ps = demandParagraphs(ctx.model);
    const judging = judgingOf(issued, min);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      // A table cell's deadline hangs on the column header above it: judged in place, never kept.
      const cell = cellDeadline(ps, i, issued);
      for (const s of cell ? judge(p, [cell], issued, min) : judgedOnce(p, judging)) {
        const fixes = s.fix ? [{ title: s.fix.title, edits: [rewrite(p, s.fix.start, s.fix.end, s.fix.text, ctx.span)] }] : undefined;
        const at = ctx.span(p, s.start, s.end);
        ctx.report(fixes ? { start: at.start, end: at.end, message: s.message, fixes } : { start: at.start, end: at.end, message: s.message });
      }
    }
  },
});

/** A finding in a paragraph, in indices of its text, with the rewrite its fix makes. */
interface Said {
  start: number;
  end: number;
  message: Msg;
  fix?: { title: Msg; start: number; end: number; text: string };
}

const SAID = memoSlot('report deadlines');

/**
 * What the paragraph's deadlines come to under this 成文日期 and minDays. A paragraph judges
 * alone (its text, the 成文日期, the option): kept by its text, for the next keystroke elsewhere.
 */
function judgedOnce(p: Paragraph, judging: Judging): readonly Said[] {
  return perTextFor(p, SAID, judging.key, judged, judging);
}

function judged(p: Paragraph, j: Judging): readonly Said[] {
  const said = judge(p, deadlinesIn(p, j.issue), j.issue, j.min);
  return said.length ? said : NOTHING_SAID;
}

const NOTHING_SAID: readonly Said[] = [];

/** What a paragraph's findings depend on besides its text: the 成文日期 and minDays, and both as one key. */
interface Judging {
  issue: Ymd | null;
  min: number;
  key: string;
}

function judgingOf(issue: Ymd | null, min: number): Judging {
  return { issue, min, key: `${issue ? ymdDays(issue) : ''}/${min}` };
}

function judge(p: Paragraph, deadlines: readonly Deadline[], issue: Ymd | null, min: number): Said[] {
  const out: Said[] = [];
  for (const d of deadlines) {
    // The time left first: most deadlines leave enough, and then how the sentence stands does not matter.
    if (!d.ref) {
      if ((d.days ?? 0) >= min) continue;
      if (stanceAt(p.key, d.start, d.end) !== 'sets') continue;
      const what =
        (d.days ?? 0) === 0
          ? msg(`要求“${d.word}”报送，未给基层留出准备时间`, `Asks for a report "${d.word}", leaving no time to prepare`)
          : msg(`要求“${d.word}”报送，准备时间不足 ${fmt(min)} 天`, `Asks for a report "${d.word}", leaving less than ${fmt(min)} days to prepare`);
      out.push({ start: d.start, end: d.end, message: withClause(msg(`${what.zh}；应至少留出 ${fmt(min)} 天`, `${what.en}; leave at least ${fmt(min)} days`), CLAUSE) });
      continue;
    }
    if (!issue) continue;
    const gap = ymdDays(d.ref.date) - ymdDays(issue);
    if (gap >= min) continue;
    if (stanceAt(p.key, d.start, d.end) !== 'sets') continue;
    const target = addDays(issue, min);
    let shown = formatLike(d.ref, target);
    let editEnd = d.end;
    // A weekday note after the date must name the new date's weekday.
    const note = WEEKDAY_NOTE.exec(p.text.slice(d.end, d.end + 8));
    if (note) {
      shown += `${note[1]}${note[2]}${weekdayWord(target, note[3]!)}${note[4]}`;
      editEnd = d.end + note[0].length;
    }
    const how =
      gap < 0
        ? msg(`早于成文日期 ${ymdText(issue)}`, `is before the date of issue ${ymdText(issue)}`)
        : gap === 0
          ? msg(`与成文日期 ${ymdText(issue)} 为同一天`, `is the date of issue ${ymdText(issue)} itself`)
          : msg(`距成文日期 ${ymdText(issue)} 仅 ${gap} 天`, `is only ${gap} day(s) after the date of issue ${ymdText(issue)}`);
    out.push({
      start: d.start,
      end: d.end,
      message: withClause(
        msg(`报送截止时间${quoteDate(d.ref)}${how.zh}，应给基层留出至少 ${fmt(min)} 天准备时间，可改为“${shown}”`, `The report deadline ${quoteDate(d.ref)} ${how.en}; leave at least ${fmt(min)} days, e.g. "${shown}"`),
        CLAUSE,
      ),
      fix: { title: msg(`改为“${shown}”（成文日期后 ${fmt(min)} 天）`, `Change to "${shown}" (${fmt(min)} days after the date of issue)`), start: d.start, end: editEnd, text: shown },
    });
  }
  return out;
}
