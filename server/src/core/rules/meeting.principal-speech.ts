// meeting.principal-speech (§8): 综合性会议，主要领导同志讲话一般不超过90分钟；专项工作会议，主要领导
// 同志讲话一般不超过50分钟。The speaker's title is in names.principalLeaders (市委书记, 市长 …);
// an undeclared scope is held to the comprehensive limit.
// National pack (《若干规定》严格精简会议, news-digest wording): 主要负责同志讲话或者会议主报告不超过1小时,
// whatever the scope and the level: 60/60, the 主报告 whoever gives it (mainReport), and the principals
// of any level (anyLevel: names.partyPrincipals, names.governmentPrincipals).

import type { AgendaItem } from '../agenda/types';
import { CITE } from '../national';
import { budgetRule, type LimitContext } from './kit/meetingBudget';
import { msg } from './kit/util';

/** The item is held as the 会议主报告 (not as a principal's speech). */
function asMainReport(it: AgendaItem | undefined, ctx: LimitContext): boolean {
  return !!it && it.role !== 'principal' && !!it.mainReport && ctx.bool('mainReport');
}

export default budgetRule({
  id: 'meeting.principal-speech',
  role: 'principal',
  title: msg('主要领导讲话时长', 'Principal leader\'s speech'),
  description: msg('主要领导讲话超过 90 分钟（综合性会议）或 50 分钟（专项工作会议）；全国规定：主要负责同志讲话或会议主报告超过 60 分钟。', 'A principal leader\'s speech longer than 90 minutes (comprehensive) or 50 minutes (special); national rules: a principal\'s speech or the main report longer than 60 minutes.'),
  packs: {
    'jinan-2019': { cite: '§8', keys: ['8'] },
    // 主要负责同志讲话或者会议主报告不超过1小时 (two digests agree; the regulation's own text was not found).
    'national-2024': { cite: CITE.meetings, keys: ['N6-speech'], grade: 'Q', options: { comprehensive: 60, special: 60, mainReport: true, anyLevel: true } },
  },
  options: [
    { name: 'comprehensive', type: 'integer', default: 90, minimum: 1, stricter: 'lower', description: msg('综合性会议主要领导讲话上限（分钟）', 'Limit in a comprehensive meeting (minutes)') },
    { name: 'special', type: 'integer', default: 50, minimum: 1, stricter: 'lower', description: msg('专项工作会议主要领导讲话上限（分钟）', 'Limit in a special-topic meeting (minutes)') },
    { name: 'mainReport', type: 'boolean', default: false, stricter: 'true', description: msg('会议主报告（作……工作报告、主报告、主题报告）无论由谁作，都按主要领导讲话的上限检查', 'Hold the main report (作……工作报告, 主报告, 主题报告) to the same limit, whoever gives it') },
    { name: 'anyLevel', type: 'boolean', default: false, stricter: 'true', description: msg('各级党政主要负责同志（names.partyPrincipals、names.governmentPrincipals：县委书记、区长、镇党委书记……）的讲话也按主要领导讲话检查', 'Also hold the speeches of principals of any level (names.partyPrincipals, names.governmentPrincipals: 县委书记, 区长, 镇党委书记 …)') },
  ],
  covers(it, ctx) {
    if (ctx.bool('mainReport') && it.mainReport) return true;
    // A 发言 is not a speech (历下区委书记作交流发言); presiding counts only with a speech of its own (principals says so).
    return ctx.bool('anyLevel') && it.role !== 'speech' && (it.principals?.length ?? 0) > 0;
  },
  limit(ctx, it) {
    const special = ctx.scope === 'special';
    const minutes = ctx.num(special ? 'special' : 'comprehensive');
    if (asMainReport(it, ctx)) return { minutes, what: msg('会议主报告', 'the main report') };
    // One number for both scopes (the national rules): the scope is not named.
    if (ctx.num('special') === ctx.num('comprehensive')) return { minutes, what: msg('主要领导讲话', "a principal leader's speech") };
    return special
      ? { minutes, what: msg('专项工作会议主要领导讲话', "a principal leader's speech at a special-topic meeting") }
      : { minutes, what: msg('综合性会议主要领导讲话', "a principal leader's speech at a comprehensive meeting") };
  },
});
