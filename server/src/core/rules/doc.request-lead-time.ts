// doc.request-lead-time (§4): 除有明确规定外，报送请示事项一般应提前15天以上。
// A 请示 whose matter (拟于…召开/举办) falls less than `minDays` after its 成文日期.

import { demandParagraphs } from '../semantics/phrases';
import { issueDate, matterDatesIn, quoteDate, ymdDays, ymdText } from '../semantics/timeline';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§4';

export default defineRule({
  id: 'doc.request-lead-time',
  title: msg('请示提前量', 'Lead time of requests'),
  clause: CLAUSE,
  clauseKeys: ['4'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('请示事项（拟于…召开、举办）距成文日期不足 15 天。', 'A 请示 (request) whose matter date (拟于…召开/举办) is less than 15 days after its date of issue.'),
  options: [{ name: 'minDays', type: 'integer', default: 15, minimum: 0, description: msg('请示成文日期到拟办事项日期至少相隔的天数', 'Minimum days between a request\'s date of issue and the date of its matter') }],
  check(ctx) {
    const m = ctx.model;
    if (!/请示[》”"]?$/.test(m.titleKey)) return;
    const issue = issueDate(m);
    if (!issue) return;
    const min = ctx.num('minDays');
    for (const p of demandParagraphs(m)) {
      for (const ref of matterDatesIn(p, issue.date)) {
        const gap = ymdDays(ref.date) - ymdDays(issue.date);
        if (gap >= min) continue;
        const how =
          gap < 0
            ? msg(`早于成文日期 ${-gap} 天`, `is ${-gap} day(s) before it`)
            : msg(`仅提前 ${gap} 天`, `comes only ${gap} day(s) later`);
        ctx.report({
          ...ctx.span(p, ref.start, ref.end),
          message: withClause(
            msg(
              `请示成文日期 ${ymdText(issue.date)}，拟办事项日期${quoteDate(ref)}${how.zh}；请示一般应提前 ${fmt(min)} 天以上报送`,
              `The request is dated ${ymdText(issue.date)} and its matter ${quoteDate(ref)} ${how.en}; send requests at least ${fmt(min)} days ahead`,
            ),
            CLAUSE,
          ),
        });
      }
    }
  },
});
