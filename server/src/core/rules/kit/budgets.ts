// The limits the editor shows next to agenda items and the meeting's total, read from the rules
// that enforce them (their roles, limits and option defaults) under the configuration in force.

import { dayLimit, type DayLimit } from '../../agenda/budget';
import type { Agenda, AgendaItem } from '../../agenda/types';
import type { ResolvedConfig } from '../../config/resolve';
import { citedPacks, joinCites, type Pack } from '../../packs';
import type { Msg, Scope } from '../../types';
import { holds, isBudgetRule, type BudgetRule, type LimitContext } from './meetingBudget';
import { ruleById, RULES } from '../registry';
import type { Rule } from '../rule';

type RuleSettings = ResolvedConfig['rules'];

const BUDGET_RULES: readonly BudgetRule[] = RULES.filter(isBudgetRule);

/** An option of a rule under the configuration, else the rule's default. */
function option(rules: RuleSettings, rule: Rule, name: string): unknown {
  return rules[rule.id]?.options[name] ?? rule.options.find((o) => o.name === name)?.default;
}

/** A number option of a rule under the configuration, else the rule's default. */
function numberOption(rules: RuleSettings, rule: Rule, name: string): number {
  return Number(option(rules, rule, name));
}

function limitContext(rules: RuleSettings, rule: Rule, scope: Scope | null): LimitContext {
  return { scope, num: (name) => numberOption(rules, rule, name), bool: (name) => option(rules, rule, name) === true };
}

interface ItemBudget {
  rule: string;
  /** Minutes allowed (per speaker for allotments). */
  limit: number;
}

/**
 * The limit an item is held to under the configuration, or null for unbudgeted items (and rules turned
 * off). Where two rules hold it (a 会议主报告 under stacked presets: 汇报 and 主报告), the lower limit.
 */
export function budgetOf(it: AgendaItem, scope: Scope | null, rules: RuleSettings): ItemBudget | null {
  let best: ItemBudget | null = null;
  for (const rule of BUDGET_RULES) {
    if (rules[rule.id]?.severity === 'off') continue;
    const ctx = limitContext(rules, rule, scope);
    if (!holds(rule.budget, it, ctx)) continue;
    const limit = rule.budget.limit(ctx, it).minutes;
    if (!best || limit < best.limit) best = { rule: rule.id, limit };
  }
  return best;
}

/** Minutes in the half day a special-topic meeting may take (meeting.duration's halfDayMinutes). */
export function halfDayMinutes(rules: RuleSettings): number {
  return numberOption(rules, ruleById('meeting.duration')!, 'halfDayMinutes');
}

/** The meeting's limit in days under meeting.duration's options (group discussions, scope). */
export function meetingDayLimit(a: Agenda, scope: Scope | null, rules: RuleSettings): DayLimit {
  const rule = ruleById('meeting.duration')!;
  const n = (name: string): number => numberOption(rules, rule, name);
  return dayLimit(a, scope === 'special', { comprehensive: n('comprehensiveDays'), group: n('groupDiscussionDays'), specialGroup: n('specialGroupDiscussionDays') });
}

/** How a rule's findings cite the packs in force: "§8", "《若干规定》严格精简会议", or both. */
export function citeInForce(ruleId: string, packs: readonly Pack[]): Msg {
  const rule = ruleById(ruleId);
  return rule ? joinCites(rule, citedPacks(rule, packs)) : { zh: ruleId, en: ruleId };
}
