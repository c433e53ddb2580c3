// Helpers shared by the meeting rules: the fix that shortens an item to its limit (rewriting
// the end time or the duration, whichever the line uses), and how messages name an item.

import type { RuleContext } from '../rules/rule';
import { msg } from '../rules/util';
import { formatClock } from '../parse/times';
import type { Fix, Scope, TextEdit } from '../types';
import type { AgendaItem } from './types';

/** The fix that brings an item down to `limit` minutes (per speaker for allotments), or null. */
export function shortenFix(ctx: RuleContext, it: AgendaItem, limit: number): Fix | null {
  const edits: TextEdit[] = [];
  const p = it.para;
  const d = it.duration;
  const rewriteDuration = (minutes: number): void => {
    if (!d) return;
    if (d.unit === 'minute') edits.push({ ...ctx.span(p, d.numberStart, d.numberEnd), newText: String(minutes) });
    else edits.push({ ...ctx.span(p, d.numberStart, d.end), newText: `${minutes}分钟` });
  };
  if (it.perSpeaker !== null && d) {
    if (d.perUnit) rewriteDuration(limit);
    else {
      const count = Math.round(d.minutes / it.perSpeaker) || 1;
      rewriteDuration(limit * count);
    }
  } else {
    if (it.time?.to && !it.toInferred && it.from !== null) {
      const to = it.time.to;
      edits.push({ ...ctx.span(p, to.start, to.end), newText: formatClock(it.from + limit, to) });
    }
    if (d) rewriteDuration(limit);
  }
  if (edits.length === 0) return null;
  return { title: msg(`压缩至 ${limit} 分钟`, `Shorten to ${limit} minutes`), edits };
}

export function itemSpan(ctx: RuleContext, it: AgendaItem): { start: number; end: number } {
  // Point at the time (or the duration) when there is one: that is what the fix changes.
  if (it.time) return ctx.span(it.para, it.time.start, it.time.end);
  if (it.duration) return ctx.span(it.para, it.duration.start, it.duration.end);
  const text = it.para.text;
  let end = it.end;
  while (end > it.start && /[。；;，,\s]/.test(text[end - 1]!)) end--;
  return ctx.span(it.para, it.start, end);
}

/** "市委书记讲话" — the item's words for a message (without its time). */
export function itemLabel(it: AgendaItem): string {
  const t = it.para.text.slice(it.time ? it.time.end : it.start, it.end).replace(/^[\s:：,，、|]+/, '').replace(/[。；;，,\s]+$/, '');
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

export interface ItemBudget {
  rule: string;
  /** Minutes allowed (per speaker for allotments). */
  limit: number;
}

type RuleOptions = Readonly<Record<string, { severity: string; options: Record<string, unknown> }>>;

/** The limit an item is held to under the configuration, or null for unbudgeted items. */
export function budgetOf(it: AgendaItem, scope: Scope | null, rules: RuleOptions): ItemBudget | null {
  const opt = (id: string, name: string, dflt: number): number | null => {
    const r = rules[id];
    if (r && r.severity === 'off') return null;
    const v = r?.options[name];
    return typeof v === 'number' ? v : dflt;
  };
  const mk = (rule: string, limit: number | null): ItemBudget | null => (limit === null ? null : { rule, limit });
  switch (it.role) {
    case 'principal':
      return mk('meeting.principal-speech', scope === 'special' ? opt('meeting.principal-speech', 'special', 50) : opt('meeting.principal-speech', 'comprehensive', 90));
    case 'host':
      return mk('meeting.host-remarks', opt('meeting.host-remarks', 'max', 10));
    case 'report':
      return mk('meeting.report-time', opt('meeting.report-time', 'max', 10));
    case 'speech':
      return mk('meeting.speech-time', opt('meeting.speech-time', 'max', 5));
    default:
      return null;
  }
}

/** The meeting's length on its busiest day (first start to last end), in minutes. */
export function meetingMinutes(items: readonly AgendaItem[]): number | null {
  const byDay = new Map<number, { from: number; to: number }>();
  for (const it of items) {
    if (it.from === null) continue;
    const end = it.to ?? it.from + (it.duration?.minutes ?? 0);
    const d = byDay.get(it.dayIndex);
    if (!d) byDay.set(it.dayIndex, { from: it.from, to: end });
    else {
      d.from = Math.min(d.from, it.from);
      d.to = Math.max(d.to, end);
    }
  }
  let best: number | null = null;
  for (const d of byDay.values()) best = Math.max(best ?? 0, d.to - d.from);
  return best;
}
