// The speaking-time rules of §8 share one shape: items of a role held to a limit in minutes,
// with the fix that shortens them (rewriting the end time or the duration, whichever the line
// uses). This builds each of them from its role and limit; the rule keeps both, so that the
// editor's hints read the same limits (see budgets.ts).

import { itemLabel } from '../../agenda/budget';
import type { AgendaItem, ItemRole } from '../../agenda/types';
import { toChineseSmall } from '../../parse/numerals';
import { dayPartWord, formatClock } from '../../parse/times';
import { rewrite } from '../../semantics/rewrite';
import type { Fix, Msg, TextEdit } from '../../types';
import { defineRule, type OptionSpec, type Rule, type RuleContext } from '../rule';
import { msg, withClause } from './util';

/** What a limit is read from: the meeting's scope and the rule's options. */
export type LimitContext = Pick<RuleContext, 'scope' | 'num' | 'bool'>;

export interface BudgetSpec {
  id: string;
  role: ItemRole;
  title: Msg;
  description: Msg;
  options: OptionSpec[];
  /** Limit for an item under the meeting's scope (the item, when the rule holds items of other roles too). */
  limit(ctx: LimitContext, it?: AgendaItem): { minutes: number; what: Msg };
  /** Items of another role the rule holds under its options (the national 会议主报告, whoever gives it). */
  covers?(it: AgendaItem, ctx: LimitContext): boolean;
  /** The rule's packs (see RuleMeta.packs); absent: the Jinan rules, §8. */
  packs?: Rule['packs'];
}

export interface BudgetRule extends Rule {
  budget: Pick<BudgetSpec, 'role' | 'limit' | 'covers'>;
}

/** Whether a budget rule holds the item: its role, or one the rule covers under its options. */
export function holds(b: BudgetRule['budget'], it: AgendaItem, ctx: LimitContext): boolean {
  return it.role === b.role || (b.covers?.(it, ctx) ?? false);
}

export function isBudgetRule(r: Rule): r is BudgetRule {
  return 'budget' in r;
}

const SPEECH_CLAUSE = '§8';

export function budgetRule(spec: BudgetSpec): BudgetRule {
  const rule = defineRule({
    id: spec.id,
    title: spec.title,
    clause: SPEECH_CLAUSE,
    clauseKeys: ['8'],
    ...(spec.packs ? { packs: spec.packs } : {}),
    visits: ['MeetingArrangement'],
    defaultSeverity: 'warning',
    fixable: true,
    description: spec.description,
    options: spec.options,
    check(ctx) {
      const a = ctx.meeting!.agenda;
      if (a.statutory) return;
      for (const it of a.items) {
        if (it.minutes === null || !holds(spec, it, ctx)) continue;
        const { minutes: limit, what } = spec.limit(ctx, it);
        if (it.minutes > limit) report(ctx, it, limit, what);
      }
    },
  });
  return { ...rule, budget: { role: spec.role, limit: spec.limit, covers: spec.covers } };
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

/**
 * The fix that brings an item down to `limit` minutes (per speaker for allotments and shared
 * items), or null when the line has nothing to rewrite (a start time whose end is only inferred
 * from the next item).
 */
function shortenFix(ctx: RuleContext, it: AgendaItem, limit: number): Fix | null {
  const edits: TextEdit[] = [];
  const d = it.duration;
  const dp = it.durationPara;
  const rewriteDuration = (minutes: number): void => {
    if (!d || !dp) return;
    const n = d.chinese && minutes < 100 ? toChineseSmall(minutes) : String(minutes);
    // 10-15分钟 and 半小时 / 1小时 are rewritten whole; 约20分钟 keeps its words around the number.
    if (d.range) edits.push(rewrite(dp, d.start, d.end, `${n}分钟`, ctx.span));
    else if (d.unit === 'minute') edits.push(rewrite(dp, d.numberStart, d.numberEnd, n, ctx.span));
    else edits.push(rewrite(dp, d.numberStart, d.end, `${n}分钟`, ctx.span));
  };
  const count = it.speakers ?? 1;
  const total = limit * count;
  const t = it.time;
  const rewriteEnd = (): void => {
    if (!t?.to || it.toInferred || it.from === null) return;
    const end = it.from + total;
    if (t.toDayPart && dayPartWord(end) !== dayPartWord(it.to!)) {
      edits.push(rewrite(it.para, t.toStart, t.to.end, `${dayPartWord(end)}${formatClock(end, t.to)}`, ctx.span));
    } else edits.push(rewrite(it.para, t.to.start, t.to.end, formatClock(end, t.to), ctx.span));
  };
  if (d?.perUnit) {
    rewriteDuration(limit);
    if (it.speakers) rewriteEnd();
  } else {
    rewriteEnd();
    if (d) rewriteDuration(total);
  }
  if (edits.length === 0) return null;
  return { title: msg(`压缩至${count > 1 ? '每人 ' : ' '}${limit} 分钟`, `Shorten to ${limit} minutes${count > 1 ? ' each' : ''}`), edits };
}

export function itemSpan(ctx: RuleContext, it: AgendaItem): { start: number; end: number } {
  // Point at the time (or the duration) when there is one: that is what the fix changes.
  if (it.time) return ctx.span(it.para, it.time.start, it.time.end);
  if (it.duration && it.durationPara) return ctx.span(it.durationPara, it.duration.start, it.duration.end);
  const text = it.para.text;
  let end = it.end;
  while (end > it.start && /[。；;，,\s]/.test(text[end - 1]!)) end--;
  let start = it.start;
  while (start < end && /\s/.test(text[start]!)) start++;
  return ctx.span(it.para, start, end);
}
