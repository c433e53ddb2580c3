// research.symposium-size (§15): 召开调研座谈会要严格控制规模和参会人员范围。

import { findSet, sentenceOf } from '../semantics/phrases';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './util';

const CLAUSE = '§15';

export default defineRule({
  id: 'research.symposium-size',
  title: msg('座谈会规模', 'Symposium size'),
  clause: CLAUSE,
  clauseKeys: ['15'],
  kinds: ['research'],
  defaultSeverity: 'info',
  fixable: false,
  description: msg('调研座谈会参加人员超过 15 人。', 'A research symposium with more than 15 participants.'),
  options: [{ name: 'maxSymposium', type: 'integer', default: 15, minimum: 1, description: msg('座谈会参加人员上限', 'Most participants in a symposium') }],
  check(ctx) {
    const max = ctx.num('maxSymposium');
    for (const h of findSet(ctx.model, /座谈会?|座谈交流/g)) {
      const sentence = sentenceOf(h);
      const m = /(?:参加|参会|出席|与会)?(?:人员|人数)?(?:共|约|为)?\s*(\d{1,4})\s*(?:余|多)?\s*(?:人|名)/.exec(sentence);
      if (!m) continue;
      const n = parseInt(m[1]!, 10);
      if (n <= max) continue;
      ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withClause(msg(`座谈会参加人员约 ${fmt(n)} 人，超过 ${fmt(max)} 人；应严格控制规模和参会人员范围`, `The symposium has about ${fmt(n)} participants, over ${fmt(max)}; keep it small`), CLAUSE) });
    }
  },
});
