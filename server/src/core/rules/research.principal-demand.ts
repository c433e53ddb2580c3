// research.principal-demand (national 2024, part 3 统筹规范督查检查考核): 上级部门到地方督查检查
// 考核调研，不得动辄要求见主要负责同志 (news-digest wording). A plan that asks the principal leader
// of the place visited (区县、镇街 or the unit visited) to escort the team, report to it or attend
// its meetings. The visiting leader (市委书记带队调研) is not reported, nor a plan that says the
// principal need not come (不要求…主要负责同志陪同); see semantics/principalDemands.ts.

import { CITE } from '../national';
import { principalDemands, visitorLevel, type PrincipalAsk } from '../semantics/principalDemands';
import type { Msg } from '../types';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

const ASK: Record<PrincipalAsk, Msg> = {
  escort: msg('陪同', 'accompany the visit'),
  report: msg('汇报', 'report to the team'),
  attend: msg('到场、出席或参加座谈', 'be present, attend or meet the team'),
};

function message(written: string, ask: PrincipalAsk): Msg {
  return withCite(
    msg(
      `要求被调研地方的“${written}”${ASK[ask].zh}；上级到基层调研和督查检查考核，不应动辄要求主要负责同志陪同、汇报或出席`,
      `Asks the principal leader of the place visited ("${written}") to ${ASK[ask].en}; visits and inspections from above should not routinely call on the principal leaders`,
    ),
    CITE.inspections,
  );
}

export default defineRule({
  id: 'research.principal-demand',
  title: msg('要求主要负责同志陪同汇报', 'Principal leaders called on'),
  ...nationalOnly(CITE.inspections, ['N8'], 'Q', 'warning'),
  visits: ['Itinerary'],
  fixable: false,
  description: msg(
    '调研、督查检查考核方案要求被调研地方（区县、镇街、被调研单位）的主要负责同志、书记、一把手陪同、汇报、出席或参加座谈。',
    'A research or inspection plan asks the principal leader of the place visited (district, town, unit) to escort the team, report to it or attend its meetings.',
  ),
  options: [],
  check(ctx) {
    const plan = ctx.itinerary?.plan;
    if (!plan) return;
    const visitor = visitorLevel(plan, ctx.document, ctx.names);
    for (const d of principalDemands(ctx.model, visitor, ctx.names)) {
      const span = ctx.span(d.para, d.start, d.end);
      ctx.report({ ...span, message: message(d.para.text.slice(d.start, d.end), d.ask) });
    }
  },
});
