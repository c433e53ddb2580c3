// Helpers shared by the meeting rules: the fix that shortens an item to its limit (rewriting
// the end time or the duration, whichever the line uses), and how messages name an item.

import type { RuleContext } from '../rules/rule';
import { msg } from '../rules/util';
import { formatClock } from '../parse/times';
import type { Fix, TextEdit } from '../types';
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
