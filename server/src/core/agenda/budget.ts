// Helpers shared by the meeting rules and the editor features: the fix that shortens an item to
// its limit (rewriting the end time or the duration, whichever the line uses), how messages name
// an item, the limit an item is held to, and the meeting's length.

import type { RuleContext } from '../rules/rule';
import { msg } from '../rules/util';
import { toChineseSmall } from '../parse/numerals';
import { dayPartWord, formatClock } from '../parse/times';
import type { Fix, Scope, TextEdit } from '../types';
import type { Agenda, AgendaItem } from './types';

/**
 * The fix that brings an item down to `limit` minutes (per speaker for allotments and shared
 * items), or null when the line has nothing to rewrite (a start time whose end is only inferred
 * from the next item).
 */
export function shortenFix(ctx: RuleContext, it: AgendaItem, limit: number): Fix | null {
  const edits: TextEdit[] = [];
  const d = it.duration;
  const dp = it.durationPara;
  const rewriteDuration = (minutes: number): void => {
    if (!d || !dp) return;
    const n = d.chinese && minutes < 100 ? toChineseSmall(minutes) : String(minutes);
    // 10-15分钟 and 半小时 / 1小时 are rewritten whole; 约20分钟 keeps its words around the number.
    if (d.range) edits.push({ ...ctx.span(dp, d.start, d.end), newText: `${n}分钟` });
    else if (d.unit === 'minute') edits.push({ ...ctx.span(dp, d.numberStart, d.numberEnd), newText: n });
    else edits.push({ ...ctx.span(dp, d.numberStart, d.end), newText: `${n}分钟` });
  };
  const count = it.speakers ?? 1;
  const total = limit * count;
  const t = it.time;
  const rewriteEnd = (): void => {
    if (!t?.to || it.toInferred || it.from === null) return;
    const end = it.from + total;
    if (t.toDayPart && dayPartWord(end) !== dayPartWord(it.to!)) {
      edits.push({ ...ctx.span(it.para, t.toStart, t.to.end), newText: `${dayPartWord(end)}${formatClock(end, t.to)}` });
    } else edits.push({ ...ctx.span(it.para, t.to.start, t.to.end), newText: formatClock(end, t.to) });
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

/** "市委书记讲话" — the item's words for a message (without its time). */
export function itemLabel(it: AgendaItem): string {
  const t = it.label;
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

export interface ItemBudget {
  rule: string;
  /** Minutes allowed (per speaker for allotments). */
  limit: number;
}

type RuleOptions = Readonly<Record<string, { severity: string; options: Record<string, unknown> }>>;

/** The limit an item is held to under the configuration, or null for unbudgeted items (and rules turned off). */
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

/** First start to last end of one day's timed items (an item with a duration ends at start + duration). */
function daySpans(items: readonly AgendaItem[]): Map<number, { from: number; to: number; morning: boolean; afternoon: boolean }> {
  const byDay = new Map<number, { from: number; to: number; morning: boolean; afternoon: boolean }>();
  for (const it of items) {
    if (it.from === null) continue;
    const end = it.to ?? it.from + (it.length ?? 0);
    const d = byDay.get(it.dayIndex);
    if (!d) byDay.set(it.dayIndex, { from: it.from, to: end, morning: it.from < 12 * 60, afternoon: end > 13 * 60 });
    else {
      d.from = Math.min(d.from, it.from);
      d.to = Math.max(d.to, end);
      d.morning ||= it.from < 12 * 60;
      d.afternoon ||= end > 13 * 60;
    }
  }
  return byDay;
}

export interface MeetingLength {
  /** Minutes from the first start to the last end of the busiest day (or the sum of the durations when no clock time is written). */
  minutes: number;
  /** The meeting runs into both the morning and the afternoon of one day. */
  spansHalves: boolean;
}

/** The meeting's length on its busiest day; the stated time (时间：9:00—11:30) counts too. */
export function meetingLength(a: Agenda): MeetingLength | null {
  const spans = daySpans(a.items);
  const w = a.window;
  if (w && w.to !== null) {
    const d = spans.get(w.dayIndex);
    if (!d) spans.set(w.dayIndex, { from: w.from, to: w.to, morning: w.from < 12 * 60, afternoon: w.to > 13 * 60 });
    else {
      d.from = Math.min(d.from, w.from);
      d.to = Math.max(d.to, w.to);
      d.morning ||= w.from < 12 * 60;
      d.afternoon ||= w.to > 13 * 60;
    }
  }
  let best: MeetingLength | null = null;
  for (const d of spans.values()) {
    const m = d.to - d.from;
    if (!best || m > best.minutes) best = { minutes: m, spansHalves: d.morning && d.afternoon };
  }
  if (best) return best;
  // Only durations: their sum (an allotment counts per speaker times speakers when known).
  let sum = 0;
  let any = false;
  for (const it of a.items) {
    if (it.length !== null && !it.container) {
      sum += it.length;
      any = true;
    }
  }
  return any ? { minutes: sum, spansHalves: false } : null;
}

/** Back-compatible: the meeting's length in minutes on its busiest day. */
export function meetingMinutes(items: readonly AgendaItem[]): number | null {
  let best: number | null = null;
  for (const d of daySpans(items).values()) best = Math.max(best ?? 0, d.to - d.from);
  return best;
}

/** Distinct days of the meeting (会期), from its dates or the 会期 it states. */
export function meetingDays(a: Agenda): number {
  const n = new Set(a.days.map((d) => `${d.month}-${d.day}`)).size;
  return Math.max(n, a.declaredDays ?? 0);
}
