// The phrase rules of research plans (§14, §15) share one shape: phrases that the plan sets
// (not forbids), each reported with the rule's message.

import { findSet } from '../semantics/phrases';
import type { Msg } from '../types';
import { defineRule, type Rule } from './rule';
import { msg, withClause } from './util';

export interface PhraseSpec {
  id: string;
  clause: string;
  title: Msg;
  description: Msg;
  pattern: RegExp;
  message(written: string): Msg;
}

export function researchPhraseRule(spec: PhraseSpec): Rule {
  return defineRule({
    id: spec.id,
    title: spec.title,
    clause: spec.clause,
    clauseKeys: [spec.clause.replace('§', '')],
    kinds: ['research'],
    defaultSeverity: 'warning',
    fixable: false,
    description: spec.description,
    options: [],
    check(ctx) {
      for (const h of findSet(ctx.model, spec.pattern)) {
        const written = h.para.text.slice(h.start, h.end);
        ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withClause(spec.message(written), spec.clause) });
      }
    },
  });
}

export { msg };
