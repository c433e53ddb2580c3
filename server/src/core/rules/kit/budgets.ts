// The limits the editor shows next to agenda items and the meeting's total, read from the rules
// that enforce them (their roles, limits and option defaults) under the configuration in force.

import type { AgendaItem } from '../../agenda/types';
import type { ResolvedConfig } from '../../config/resolve';
import type { Scope } from '../../types';
import { isBudgetRule, type BudgetRule } from './meetingBudget';
import { ruleById, RULES } from '../registry';
import type { Rule } from '../rule';

type RuleSettings = ResolvedConfig['rules'];

const BUDGET_RULES: readonly BudgetRule[] = RULES.filter(isBudgetRule);

/** A number option of a rule under the configuration, else the rule's default. */
function numberOption(rules: RuleSettings, rule: Rule, name: string): number {
  return Number(rules[rule.id]?.options[name] ?? rule.options.find((o) => o.name === name)?.default);
}

interface ItemBudget {
  rule: string;
  /** Minutes allowed (per speaker for allotments). */
  limit: number;
}

/** The limit an item is held to under the configuration, or null for unbudgeted items (and rules turned off). */
export function budgetOf(it: AgendaItem, scope: Scope | null, rules: RuleSettings): ItemBudget | null {
  const rule = BUDGET_RULES.find((r) => r.budget.role === it.role);
  if (!rule || rules[rule.id]?.severity === 'off') return null;
  return { rule: rule.id, limit: rule.budget.limit({ scope, num: (name) => numberOption(rules, rule, name) }).minutes };
}

/** Minutes in the half day a special-topic meeting may take (meeting.duration's halfDayMinutes). */
export function halfDayMinutes(rules: RuleSettings): number {
  return numberOption(rules, ruleById('meeting.duration')!, 'halfDayMinutes');
}
