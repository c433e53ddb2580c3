// meeting.principal-speech (§8): 综合性会议，主要领导同志讲话一般不超过90分钟；专项工作会议，主要领导
// 同志讲话一般不超过50分钟。The speaker's title is in names.principalLeaders (市委书记, 市长 …);
// an undeclared scope is held to the comprehensive limit.

import { budgetRule } from './kit/meetingBudget';
import { msg } from './kit/util';

export default budgetRule({
  id: 'meeting.principal-speech',
  role: 'principal',
  title: msg('主要领导讲话时长', 'Principal leader\'s speech'),
  description: msg('主要领导讲话超过 90 分钟（综合性会议）或 50 分钟（专项工作会议）。', 'A principal leader\'s speech longer than 90 minutes (comprehensive) or 50 minutes (special).'),
  options: [
    { name: 'comprehensive', type: 'integer', default: 90, minimum: 1, description: msg('综合性会议主要领导讲话上限（分钟）', 'Limit in a comprehensive meeting (minutes)') },
    { name: 'special', type: 'integer', default: 50, minimum: 1, description: msg('专项工作会议主要领导讲话上限（分钟）', 'Limit in a special-topic meeting (minutes)') },
  ],
  limit(ctx) {
    return ctx.scope === 'special'
      ? { minutes: ctx.num('special'), what: msg('专项工作会议主要领导讲话', "a principal leader's speech at a special-topic meeting") }
      : { minutes: ctx.num('comprehensive'), what: msg('综合性会议主要领导讲话', "a principal leader's speech at a comprehensive meeting") };
  },
});
