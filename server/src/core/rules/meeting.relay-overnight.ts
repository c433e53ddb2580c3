// meeting.relay-overnight (§10): 不刻意搞传达不过夜。A hint where the text demands it.

import { findSet } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§10';
const PHRASE = /传达不过夜|当天传达|当晚传达|连夜传达/g;

export default defineRule({
  id: 'meeting.relay-overnight',
  title: msg('传达不过夜', 'Relaying overnight'),
  clause: CLAUSE,
  clauseKeys: ['10'],
  kinds: ['agenda'],
  defaultSeverity: 'hint',
  fixable: false,
  description: msg('要求会议精神“传达不过夜”。', 'Demands that the meeting be relayed the same night (传达不过夜).'),
  options: [],
  check(ctx) {
    for (const h of findSet(ctx.model, PHRASE)) {
      const what = h.para.text.slice(h.start, h.end);
      ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withClause(msg(`不刻意搞“${what}”；请按实际安排传达学习`, `Do not insist on relaying "${what}"; plan the relay as the work needs`), CLAUSE) });
    }
  },
});
