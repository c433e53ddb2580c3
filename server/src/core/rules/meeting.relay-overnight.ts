// meeting.relay-overnight (§10): 不刻意搞传达不过夜。A hint where the text demands it.
// National pack (《若干规定》严格精简会议, summary): 对上级精神不刻意搞开会传达不过夜 — the same check.

import { CITE } from '../national';
import { phraseRule } from './kit/phraseRule';
import { defineRule } from './rule';
import { msg } from './kit/util';

const rule = phraseRule({
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

export default defineRule({
  ...rule,
  packs: {
    'jinan-2019': { cite: '§10', keys: ['10'] },
    // 要点摘要（S）：对上级精神不刻意搞开会传达不过夜。
    'national-2024': { cite: CITE.meetings, keys: ['N4-documented'], grade: 'S' },
  },
});
