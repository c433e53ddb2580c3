// The speaking-time rules of §8 share one shape: items of a role held to a limit in minutes,
// with the fix that shortens them. This builds each of them from its role and limit.

import { agendaOf } from '../agenda';
import { itemLabel, itemSpan, shortenFix } from '../agenda/budget';
import type { AgendaItem, ItemRole } from '../agenda/types';
import type { Msg } from '../types';
import { defineRule, type OptionSpec, type Rule, type RuleContext } from './rule';
import { msg, withClause } from './util';

export interface BudgetSpec {
  id: string;
  role: ItemRole;
  title: Msg;
  description: Msg;
  options: OptionSpec[];
  /** Limit for an item under the meeting's scope. */
  limit(ctx: RuleContext): { minutes: number; what: Msg };
}

export const SPEECH_CLAUSE = '§8';

export function budgetRule(spec: BudgetSpec): Rule {
  return defineRule({
    id: spec.id,
    title: spec.title,
    clause: SPEECH_CLAUSE,
    clauseKeys: ['8'],
    kinds: ['agenda'],
    defaultSeverity: 'warning',
    fixable: true,
    description: spec.description,
    options: spec.options,
    check(ctx) {
      const a = agendaOf(ctx.model, ctx.names);
      if (a.statutory) return;
      const { minutes: limit, what } = spec.limit(ctx);
      for (const it of a.items) {
        if (it.role !== spec.role || it.minutes === null || it.minutes <= limit) continue;
        report(ctx, it, limit, what);
      }
    },
  });
}

function report(ctx: RuleContext, it: AgendaItem, limit: number, what: Msg): void {
  const fix = shortenFix(ctx, it, limit);
  const per = it.perSpeaker !== null ? msg('每人 ', ' per speaker') : msg('', '');
  const inferred = it.toInferred ? msg('（按下一项开始时间计）', ' (until the next item starts)') : msg('', '');
  const how = fix ? msg('，请压缩', '; shorten it') : it.toInferred ? msg('，请压缩并写明结束时间', '; shorten it and write its end time') : msg('，请压缩', '; shorten it');
  ctx.report({
    ...itemSpan(ctx, it),
    message: withClause(
      msg(`“${itemLabel(it)}”${per.zh}${it.minutes} 分钟${inferred.zh}，超过${what.zh}上限 ${limit} 分钟${how.zh}`, `"${itemLabel(it)}" takes ${it.minutes} minutes${per.en}${inferred.en}, over the ${limit}-minute limit for ${what.en}${how.en}`),
      SPEECH_CLAUSE,
    ),
    fixes: fix ? [fix] : [],
  });
}
