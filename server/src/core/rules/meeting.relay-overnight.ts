// meeting.relay-overnight (§10): 不刻意搞传达不过夜。A hint where the text demands it.

import { phraseRule } from './kit/phraseRule';
import { msg } from './kit/util';

export default phraseRule({
  id: 'meeting.relay-overnight',
  clause: '§10',
  title: msg('传达不过夜', 'Relaying overnight'),
  visits: ['MeetingArrangement'],
  defaultSeverity: 'hint',
  negation: false,
  description: msg('要求会议精神“传达不过夜”。', 'Demands that the meeting be relayed the same night (传达不过夜).'),
  pattern: /传达不过夜|当天传达|当晚传达|连夜传达/g,
  message: (what) => msg(`不刻意搞“${what}”；请按实际安排传达学习`, `Do not insist on "${what}" (relaying the meeting the same day or night); plan the relay as the work needs`),
});
