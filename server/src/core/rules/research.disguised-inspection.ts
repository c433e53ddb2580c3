// research.disguised-inspection (national 2024, part 3 统筹规范督查检查考核; summary, not the
// regulation's wording): 不得以调研之名行督查检查考核之实. A plan that calls itself research (its
// title names 调研, no 督查/检查/考核) whose activities score, rank, count into an assessment, check
// ledgers and files or order rectification. A plan that declares itself an inspection is out of
// scope; see semantics/planGenre.ts.

import { CITE } from '../national';
import { inspectionActivities, planGenre } from '../semantics/planGenre';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

export default defineRule({
  id: 'research.disguised-inspection',
  title: msg('以调研之名行督查检查考核之实', 'Inspection in the name of research'),
  ...nationalOnly(CITE.inspections, ['N7-setting'], 'S', 'warning'),
  visits: ['Itinerary'],
  fixable: false,
  description: msg(
    '调研方案（未声明为督查检查考核）安排打分、评分、排名通报、纳入考核、查阅台账、检查资料、提出整改要求等督查检查考核做法。',
    'A research plan (not declared an inspection) that scores, ranks, counts into an assessment, checks ledgers and files or orders rectification.',
  ),
  options: [],
  check(ctx) {
    if (planGenre(ctx.document) !== 'research') return;
    for (const h of inspectionActivities(ctx.model)) {
      const written = h.para.text.slice(h.start, h.end);
      const span = ctx.span(h.para, h.start, h.end);
      ctx.report({
        ...span,
        message: withCite(
          msg(
            `调研方案安排“${written}”，是督查检查考核的做法；调研不应变相督查检查考核，确需开展的应列入督查检查考核计划`,
            `The research plan includes "${written}", which is inspection or assessment; research should not be an inspection in disguise: plan a real one through the inspection plan`,
          ),
          CITE.inspections,
        ),
      });
    }
  },
});
