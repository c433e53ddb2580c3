// meeting.speech-time (§8): 其他人员发言每人控制在5分钟以内。
// Jinan pack only, on purpose: the national text (有发言安排的应当控制发言时间) sets no number, so the
// national preset leaves this off and checks untimed items instead (meeting.untimed-item); a team that
// wants a limit turns it on with its own max, and its findings cite §8, where the number comes from.

import { budgetRule } from './kit/meetingBudget';
import { msg } from './kit/util';

export default budgetRule({
  id: 'meeting.speech-time',
  role: 'speech',
  title: msg('发言时长', 'Speaking time'),
  description: msg('其他人员（表态、交流、典型发言等）每人发言超过 5 分钟。', 'Another speaker (statements, exchanges, model speeches) longer than 5 minutes.'),
  options: [{ name: 'max', type: 'integer', default: 5, minimum: 1, description: msg('每人发言上限（分钟）', 'Limit per speaker (minutes)') }],
  limit(ctx) {
    return { minutes: ctx.num('max'), what: msg('其他人员每人发言', 'another speaker') };
  },
});
