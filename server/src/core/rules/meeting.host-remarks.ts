// meeting.host-remarks (§8): 市级领导同志主持会议，重点强调如何抓落实，一般不超过10分钟。

import { budgetRule } from './kit/meetingBudget';
import { msg } from './kit/util';

export default budgetRule({
  id: 'meeting.host-remarks',
  role: 'host',
  title: msg('主持讲话时长', 'Presiding remarks'),
  description: msg('主持会议的市级领导同志主持、总结、强调讲话超过 10 分钟。', 'The presiding city leader\'s remarks longer than 10 minutes.'),
  options: [{ name: 'max', type: 'integer', default: 10, minimum: 1, description: msg('主持讲话上限（分钟）', 'Limit (minutes)') }],
  limit(ctx) {
    return { minutes: ctx.num('max'), what: msg('主持讲话', 'presiding remarks') };
  },
});
