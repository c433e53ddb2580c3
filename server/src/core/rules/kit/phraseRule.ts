// Phrase rules share one shape: phrases that the document sets (not forbids, questions or
// cites), each reported with the rule's message. The stance of the sentence decides
// (semantics/stance.ts). The research-plan rules (§14, §15) also take a negation right before
// the phrase (不悬挂横幅, 不提前踩点, 无需准备汇报材料) as forbidding it, whatever verb it
// negates, and a phrase that only names what lies outside it (到“精品线路”以外的地方) as not
// setting it. A rule of several packs may leave whole documents alone (`exempt`: the national
// pack's 专门文件 on the matter), read from its options.

import { findSet, type PhraseHit } from '../../semantics/phrases';
import type { Msg, Pack, SeveritySetting } from '../../types';
import { defineRule, type OptionSpec, type PackClause, type Rule, type RuleContext, type Visit } from '../rule';
import { msg, withClause } from './util';

export interface PhraseSpec {
  id: string;
  clause: string;
  title: Msg;
  description: Msg;
  pattern: RegExp;
  message(written: string): Msg;
}

export interface PhraseRuleSpec extends PhraseSpec {
  visits: Visit[];
  defaultSeverity: SeveritySetting;
  /** Skip a phrase negated right before it or named only as what lies outside it (default on). */
  negation?: boolean;
  /** The packs the rule belongs to (absent: the Jinan rules, citing `clause`). */
  packs?: Readonly<Partial<Record<Pack, PackClause>>>;
  /** Options of the rule (absent: none). */
  options?: OptionSpec[];
  /** Whether the document is one the rule leaves alone (e.g. a 专门文件 on the matter); absent: none is. */
  exempt?(ctx: RuleContext): boolean;
  /** Whether a phrase the document sets is still not a demand (read beyond stance.ts); absent: every one is. */
  skip?(hit: PhraseHit): boolean;
}

/** A negation just before the phrase: 不悬挂…, 不再安排…, 无需…, 谢绝…. */
const NEGATED = /(?:不|勿|别|免|禁|未|无需|无须|不必|不用|不再|不另|不另行|不专门|不搞|谢绝|拒绝|严禁|禁止|杜绝|不得|不准|不要|一律不)(?:再|另行|专门|事先|提前|统一|组织|安排|要求)?$/;

function negatedBefore(t: string, start: number): boolean {
  return NEGATED.test(t.slice(Math.max(0, start - 6), start));
}

/** The phrase names what lies outside it: 到“精品线路”以外的地方. */
const OUTSIDE = /^[”"’」]?(?:以外|之外)/;

export function phraseRule(spec: PhraseRuleSpec): Rule {
  const negation = spec.negation ?? true;
  return defineRule({
    id: spec.id,
    title: spec.title,
    clause: spec.clause,
    clauseKeys: [spec.clause.replace('§', '')],
    ...(spec.packs ? { packs: spec.packs } : {}),
    visits: spec.visits,
    defaultSeverity: spec.defaultSeverity,
    fixable: false,
    description: spec.description,
    options: spec.options ?? [],
    check(ctx) {
      if (spec.exempt?.(ctx)) return;
      for (const h of findSet(ctx.model, spec.pattern)) {
        if (negation && (negatedBefore(h.para.key, h.start) || OUTSIDE.test(h.para.key.slice(h.end, h.end + 3)))) continue;
        if (spec.skip?.(h)) continue;
        const written = h.para.text.slice(h.start, h.end);
        const span = ctx.span(h.para, h.start, h.end);
        ctx.report({ start: span.start, end: span.end, message: withClause(spec.message(written), spec.clause) });
      }
    },
  });
}

/** A phrase rule of research plans (§14, §15). */
export function researchPhraseRule(spec: PhraseSpec): Rule {
  return phraseRule({ ...spec, visits: ['Itinerary'], defaultSeverity: 'warning' });
}

export { msg };
