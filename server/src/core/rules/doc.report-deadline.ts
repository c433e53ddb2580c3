// doc.report-deadline (§22): 坚决杜绝“突击式”填表报材料、刚下发通知即要求上报贯彻落实情况等情形，
// 给基层留出至少3天准备时间。A report deadline less than `minDays` after the 成文日期, or an
// immediate one (即日、当天、立即报送). Quick fix for a written date: 成文日期 + minDays, in the
// text's own date style.

import { demandParagraphs } from '../semantics/phrases';
import { stanceAt } from '../semantics/stance';
import { addDays, deadlinesIn, formatLike, issueDate, quoteDate, ymdDays, ymdText } from '../semantics/timeline';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './util';

const CLAUSE = '§22';

export default defineRule({
  id: 'doc.report-deadline',
  title: msg('报送准备时间', 'Time to prepare reports'),
  clause: CLAUSE,
  clauseKeys: ['22'],
  kinds: ['document'],
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
    for (const p of demandParagraphs(ctx.model)) {
      for (const d of deadlinesIn(p, issue?.date ?? null)) {
        if (stanceAt(p.key, d.start, d.end) !== 'sets') continue;
        const span = ctx.span(p, d.start, d.end);
        if (!d.ref) {
          ctx.report({
            ...span,
            message: withClause(msg(`要求“${d.word}”报送，未给基层留出准备时间；应至少留出 ${fmt(min)} 天`, `Asks for a report "${d.word}" (at once); leave at least ${fmt(min)} days`), CLAUSE),
          });
          continue;
        }
        if (!issue) continue;
        const gap = ymdDays(d.ref.date) - ymdDays(issue.date);
        if (gap >= min) continue;
        const target = addDays(issue.date, min);
        const good = formatLike(d.ref, target);
        const how = gap < 0 ? msg(`早于成文日期 ${ymdText(issue.date)}`, `is before the date of issue ${ymdText(issue.date)}`) : msg(`距成文日期 ${ymdText(issue.date)} 仅 ${gap} 天`, `is only ${gap} day(s) after the date of issue ${ymdText(issue.date)}`);
        ctx.report({
          ...span,
          message: withClause(
            msg(`报送截止时间${quoteDate(d.ref)}${how.zh}，应至少留出 ${fmt(min)} 天准备时间，可改为“${good}”`, `The report deadline ${quoteDate(d.ref)} ${how.en}; leave at least ${fmt(min)} days, e.g. "${good}"`),
            CLAUSE,
          ),
          fixes: [{ title: msg(`改为“${good}”（成文日期后 ${fmt(min)} 天）`, `Change to "${good}" (${fmt(min)} days after the date of issue)`), edits: [{ ...span, newText: good }] }],
        });
      }
    }
  },
});
