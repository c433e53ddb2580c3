// doc.one-vote-veto (§18): 不得随意设置或变通设置“一票否决”事项。
// Fires where the document itself sets a 一票否决 item, not where it forbids, limits or
// criticises the practice.

import { findSet } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§18';
const PHRASE = /一票否决|一票否定/g;

export default defineRule({
  id: 'doc.one-vote-veto',
  title: msg('一票否决', 'One-vote veto'),
  clause: CLAUSE,
  clauseKeys: ['18'],
  kinds: ['document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('文件设置“一票否决”事项。', 'The document sets a 一票否决 (one-vote veto) item.'),
  options: [],
  check(ctx) {
    for (const h of findSet(ctx.model, PHRASE)) {
      ctx.report({
        ...ctx.span(h.para, h.start, h.end),
        message: withClause(
          msg('文件设置了“一票否决”事项；不得随意设置或变通设置一票否决，请删除或改为常规考核要求', 'The document sets a one-vote veto (一票否决); such items must not be set at will: remove it or make it an ordinary assessment criterion'),
          CLAUSE,
        ),
      });
    }
  },
});
