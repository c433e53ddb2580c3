// doc.temporary-body (§11): 因特定工作设立的临时机构，应当明确规定其撤销的条件和期限。
// Fires where the document sets up a 领导小组 / 指挥部 / 工作专班 / 临时机构 and says nowhere
// when or on what condition it is dissolved.

import { findSet } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§11';
const SETUP = /(?:成立|设立|组建|建立|组成)[^，。；,;]{0,30}?(?:领导小组|指挥部|工作专班|专班|临时机构|议事协调机构|工作组|推进组|攻坚组|专项小组)/g;
/** A sentence that states the dissolution: its condition or its term. */
const DISSOLVE = /撤销|撤消|撤并|解散|自动终止|自行终止/;
const TERM = /条件|期限|有效期|完成后|结束后|届满|到期|[0-9]{4}年[0-9]{1,2}月|年底|年末|之日起/;

export default defineRule({
  id: 'doc.temporary-body',
  title: msg('临时机构撤销条件', 'Temporary bodies'),
  clause: CLAUSE,
  clauseKeys: ['11'],
  kinds: ['document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '设立领导小组、指挥部、工作专班等临时机构，未明确撤销的条件和期限。',
    'Sets up a 领导小组 / 指挥部 / 工作专班 or other temporary body without the conditions and term of its dissolution.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const states = m.paragraphs.some((p) => {
      const t = p.key;
      if (!DISSOLVE.test(t)) return false;
      for (const sentence of t.split(/[。；;！？!?]/)) if (DISSOLVE.test(sentence) && TERM.test(sentence)) return true;
      return false;
    });
    if (states) return;
    const first = findSet(m, SETUP)[0];
    if (!first) return;
    const what = /领导小组|指挥部|工作专班|专班|临时机构|议事协调机构|工作组|推进组|攻坚组|专项小组/.exec(first.para.key.slice(first.start, first.end))?.[0] ?? '临时机构';
    ctx.report({
      ...ctx.span(first.para, first.start, first.end),
      message: withClause(
        msg(`设立“${what}”，未明确其撤销的条件和期限；请写明何时、在何种条件下撤销`, `Sets up a temporary body (${what}) without stating when and on what condition it is dissolved`),
        CLAUSE,
      ),
    });
  },
});
