// doc.temporary-body (§11): 因特定工作设立的临时机构，应当明确规定其撤销的条件和期限。
// Fires where the document itself sets up a 领导小组 / 指挥部 / 工作专班 / 临时机构 (成立…领导小组,
// 组建工作专班) and does not say when or on what condition it is dissolved. The statement counts
// when a sentence holds a dissolution word (撤销、解散、自动终止 …) together with a condition or a
// term (任务完成后、2026年底、期限), either naming that kind of body (or 临时机构) or, naming none,
// standing in the paragraph of the setup or one of the few that follow it. A body already set up
// (已成立) is not set up here.

import { memoSlot, perText } from '../parse/memo';
import { findSet, type PhraseHit } from '../semantics/phrases';
import { sentenceStart } from '../semantics/stance';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§11';
const BODY = /领导小组|指挥部|工作专班|专班|临时机构|议事协调机构|工作组|推进组|攻坚组|专项小组/;
const SETUP = /(?:成立|设立|组建|建立|组成|设置)[^，。；,;]{0,30}?(?:领导小组|指挥部|工作专班|专班|临时机构|议事协调机构|工作组|推进组|攻坚组|专项小组)/g;
/** A sentence that states the dissolution: its condition or its term. */
const DISSOLVE = /撤销|撤消|撤并|解散|自动终止|自行终止|终止运行|停止运行|不再保留|自然撤销|完成使命|运行期限|存续期限|工作期限|设立期限/;
const TERM = /条件|期限|有效期|完成后|结束后|完成之后|结束之后|届满|到期|\d{4}年\d{1,2}月|\d{4}年(?:底|末|年底)|年底|年末|之日起|为止|期满|任务完成|工作完成|验收后/;
/** Already set up: the document reports it, it does not set it up. */
const ALREADY = /(?:已经?|业已|已于|先后|曾)[^，。；,;]{0,6}$/;
/** A rule about setting bodies up (成立领导小组须报市委批准), not a setup. */
const PROCEDURE_AFTER = /^[^。；;]{0,20}?(?:需|须|应|必须|一律)(?:经|报|按)|^[^。；;]{0,12}?(?:的(?:请示|审批|审核|程序|条件))/;
/** How many paragraphs after the setup a bare 任务完成后自动撤销 may stand. */
const NEAR = 6;

const BODIES = new RegExp(BODY.source, 'g');

/** The sentences of t that state a dissolution (a dissolution word with a condition or a term), each as the bodies it names. */
function dissolutionsIn(t: string): string[][] {
  if (!DISSOLVE.test(t)) return [];
  const out: string[][] = [];
  for (const sentence of t.split(/[。；;！？!?]/)) {
    if (!DISSOLVE.test(sentence)) continue;
    // 运行期限至2026年底 / 工作期限为一年 name both at once.
    if (TERM.test(sentence) || /(?:运行|存续|工作|设立)期限/.test(sentence)) out.push(sentence.match(BODIES) ?? []);
  }
  return out;
}

const DISSOLUTIONS = memoSlot('dissolutions');
const NO_DISSOLUTION: string[][] = [];

/** dissolutionsIn a paragraph's folded text, kept by the text (every paragraph is read on every keystroke). */
function dissolutionsOf(p: Paragraph): readonly string[][] {
  const found = dissolutionsIn(p.key);
  return found.length ? found : NO_DISSOLUTION;
}

/** A dissolution that names bodies covers those kinds only (专班自行撤销 says nothing of a 指挥部); 临时机构 covers all. */
function covers(named: readonly string[], what: string): boolean {
  return named.some((n) => n === what || n === '临时机构' || (n.endsWith('专班') && what.endsWith('专班')));
}

export default defineRule({
  id: 'doc.temporary-body',
  title: msg('临时机构撤销条件', 'Temporary bodies'),
  clause: CLAUSE,
  clauseKeys: ['11'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '设立领导小组、指挥部、工作专班等临时机构，未明确撤销的条件和期限。',
    'Sets up a 领导小组 / 指挥部 / 工作专班 or other temporary body without the conditions and term of its dissolution.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const ps = m.paragraphs;
    // A sentence anywhere that names a body and its dissolution covers every setup of that kind.
    // (One loop, no list of the paragraphs: a text may have a million.)
    const named: string[][] = [];
    for (let k = 0; k < ps.length; k++) {
      if (ps[k]!.role === 'other') continue;
      for (const n of perText(ps[k]!, DISSOLUTIONS, dissolutionsOf)) if (n.length > 0) named.push(n);
    }
    // One finding per kind of body (领导小组, 专班 …), in the body rather than the title when both name it.
    const chosen = new Map<string, PhraseHit>();
    const nearIn = (k: number): readonly string[][] => perText(ps[k]!, DISSOLUTIONS, dissolutionsOf);
    for (const h of findSet(m, SETUP)) {
      const t = h.para.key;
      if (ALREADY.test(t.slice(sentenceStart(t, h.start), h.start)) || PROCEDURE_AFTER.test(t.slice(h.end))) continue;
      const what = BODY.exec(t.slice(h.start, h.end))?.[0] ?? '临时机构';
      if (named.some((n) => covers(n, what))) continue;
      // Near the setup, a bare 任务完成后自行撤销 is about it too.
      let stated = false;
      for (let k = h.para.index; k < ps.length && k <= h.para.index + NEAR && !stated; k++) stated = nearIn(k).some((n) => n.length === 0 || covers(n, what));
      if (stated) continue;
      const prev = chosen.get(what);
      if (!prev || (prev.para.role === 'title' && h.para.role !== 'title')) chosen.set(what, h);
    }
    for (const [what, h] of chosen) {
      ctx.report({
        ...ctx.span(h.para, h.start, h.end),
        message: withClause(
          msg(
            `设立“${what}”，未明确其撤销的条件和期限；请写明何时、在何种条件下撤销（如“任务完成后自行撤销”“运行至××××年××月”）`,
            `Sets up a temporary body (${what}) without stating when and on what condition it is dissolved; state both (e.g. "任务完成后自行撤销", "运行至××××年××月")`,
          ),
          CLAUSE,
        ),
      });
    }
  },
});
