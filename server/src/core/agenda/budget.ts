// Helpers shared by the meeting rules and the editor features: how messages name an item, and
// the meeting's length and days.

import type { Agenda, AgendaItem } from './types';

/** "市委书记讲话" — the item's words for a message (without its time). */
export function itemLabel(it: AgendaItem): string {
  const t = it.label;
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

interface DaySpan {
  from: number;
  to: number;
  morning: boolean;
  afternoon: boolean;
}

/** Widens the day's span to take in from..to (minutes), starting one when the day has none. */
function widen(byDay: Map<number, DaySpan>, dayIndex: number, from: number, to: number): void {
  const d = byDay.get(dayIndex);
  if (!d) byDay.set(dayIndex, { from, to, morning: from < 12 * 60, afternoon: to > 13 * 60 });
  else {
    d.from = Math.min(d.from, from);
    d.to = Math.max(d.to, to);
    d.morning ||= from < 12 * 60;
    d.afternoon ||= to > 13 * 60;
  }
}

/** First start to last end of one day's timed items (an item with a duration ends at start + duration). */
function daySpans(items: readonly AgendaItem[]): Map<number, DaySpan> {
  const byDay = new Map<number, DaySpan>();
  for (const it of items) {
    if (it.from === null) continue;
    widen(byDay, it.dayIndex, it.from, it.to ?? it.from + (it.length ?? 0));
  }
  return byDay;
}

interface MeetingLength {
  /** Minutes from the first start to the last end of the busiest day (or the sum of the durations when no clock time is written). */
  minutes: number;
  /** The meeting runs into both the morning and the afternoon of one day. */
  spansHalves: boolean;
}

/** The meeting's length on its busiest day; the stated time (时间：9:00—11:30) counts too. */
export function meetingLength(a: Agenda): MeetingLength | null {
  const spans = daySpans(a.items);
  const w = a.window;
  if (w && w.to !== null) widen(spans, w.dayIndex, w.from, w.to);
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

/** Distinct days of the meeting (会期), from its dates or the 会期 it states. */
export function meetingDays(a: Agenda): number {
  const n = new Set(a.days.map((d) => `${d.month}-${d.day}`)).size;
  return Math.max(n, a.declaredDays ?? 0);
}
