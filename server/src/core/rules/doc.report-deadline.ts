// doc.report-deadline (§22): 坚决杜绝“突击式”填表报材料、刚下发通知即要求上报贯彻落实情况等情形，
// 给基层留出至少3天准备时间。A report deadline less than `minDays` after the 成文日期, or an
// immediate one (即日、今日、立即报送, 收到通知当天报送); immediate reporting of an accident or an
// emergency (发生事故立即上报) is the exception §22 allows. Quick fix for a written date: 成文日期 +
// minDays, in the text's own date style (7月13日, 2026年7月13日, 七月十三日, 2026.7.13), with the
// weekday note that follows the date (（星期五）) rewritten to match. Tables come flattened, one cell
// a paragraph: a cell that holds only a date under the column 报送时间 is a deadline too.

import { WEEKDAY_ZH, weekdayOf } from '../agenda/calendar';
import { demandParagraphs } from '../semantics/phrases';
import { rewrite } from '../semantics/rewrite';
import { stanceAt } from '../semantics/stance';
import { addDays, cellDeadline, deadlinesIn, formatLike, issueDate, quoteDate, ymdDays, ymdText, type Ymd } from '../semantics/timeline';
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
    const issue = issueDate(ctx.model);
    const issued = issue?.date ?? null;
    const ps = demandParagraphs(ctx.model);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const cell = cellDeadline(ps, i, issued);
      for (const d of cell ? [cell] : deadlinesIn(p, issued)) {
        if (stanceAt(p.key, d.start, d.end) !== 'sets') continue;
        const span = ctx.span(p, d.start, d.end);
        if (!d.ref) {
          if ((d.days ?? 0) >= min) continue;
          const what =
            (d.days ?? 0) === 0
              ? msg(`要求“${d.word}”报送，未给基层留出准备时间`, `Asks for a report "${d.word}", leaving no time to prepare`)
              : msg(`要求“${d.word}”报送，准备时间不足 ${fmt(min)} 天`, `Asks for a report "${d.word}", leaving less than ${fmt(min)} days to prepare`);
          ctx.report({
            ...span,
            message: withClause(msg(`${what.zh}；应至少留出 ${fmt(min)} 天`, `${what.en}; leave at least ${fmt(min)} days`), CLAUSE),
          });
          continue;
        }
        if (!issue) continue;
        const gap = ymdDays(d.ref.date) - ymdDays(issue.date);
        if (gap >= min) continue;
        const target = addDays(issue.date, min);
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
            ? msg(`早于成文日期 ${ymdText(issue.date)}`, `is before the date of issue ${ymdText(issue.date)}`)
            : gap === 0
              ? msg(`与成文日期 ${ymdText(issue.date)} 为同一天`, `is the date of issue ${ymdText(issue.date)} itself`)
              : msg(`距成文日期 ${ymdText(issue.date)} 仅 ${gap} 天`, `is only ${gap} day(s) after the date of issue ${ymdText(issue.date)}`);
        ctx.report({
          ...span,
          message: withClause(
            msg(`报送截止时间${quoteDate(d.ref)}${how.zh}，应给基层留出至少 ${fmt(min)} 天准备时间，可改为“${shown}”`, `The report deadline ${quoteDate(d.ref)} ${how.en}; leave at least ${fmt(min)} days, e.g. "${shown}"`),
            CLAUSE,
          ),
          fixes: [{ title: msg(`改为“${shown}”（成文日期后 ${fmt(min)} 天）`, `Change to "${shown}" (${fmt(min)} days after the date of issue)`), edits: [rewrite(p, d.start, editEnd, shown, ctx.span)] }],
        });
      }
    }
  },
});
