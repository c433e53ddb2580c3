// meeting.report-time (§8): 会议汇报时间每人控制在10分钟以内。

import { budgetRule } from './kit/meetingBudget';
import { msg } from './kit/util';

export default budgetRule({
  id: 'meeting.report-time',
  role: 'report',
  title: msg('汇报时长', 'Report time'),
  description: msg('一次汇报超过 10 分钟。', 'One report longer than 10 minutes.'),
  options: [{ name: 'max', type: 'integer', default: 10, minimum: 1, description: msg('每人汇报上限（分钟）', 'Limit per report (minutes)') }],
  limit(ctx) {
    return { minutes: ctx.num('max'), what: msg('每人汇报', 'a report') };
  },
});
