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

interface Halves {
  morning: boolean;
  afternoon: boolean;
}

/** The halves of each meeting day (by index into Agenda.days) that its items and stated time take. */
function dayHalves(a: Agenda): Map<number, Halves> {
  const byDay = new Map<number, Halves>();
  const mark = (dayIndex: number, morning: boolean, afternoon: boolean): void => {
    if (dayIndex < 0) return;
    const h = byDay.get(dayIndex) ?? { morning: false, afternoon: false };
    h.morning ||= morning;
    h.afternoon ||= afternoon;
    byDay.set(dayIndex, h);
  };
  for (const it of a.items) {
    if (it.from !== null) {
      const to = it.to ?? it.from + (it.length ?? 0);
      mark(it.dayIndex, it.from < 12 * 60, to > 13 * 60 || it.from >= 13 * 60);
    } else if (it.dayPart) mark(it.dayIndex, it.dayPart === 'morning', it.dayPart === 'afternoon' || it.dayPart === 'evening');
  }
  const w = a.window;
  if (w && w.to !== null) mark(w.dayIndex, w.from < 12 * 60, w.to > 13 * 60);
  return byDay;
}

/**
 * Whether the meeting runs over a limit of `limit` days. Whole-day limits count calendar days (two
 * dates are two days). A limit with a half (1.5) lets the last date count half when the first or the
 * last day is known to take only a morning or an afternoon, or the stated 会期 is within it.
 */
export function overDays(a: Agenda, limit: number): boolean {
  const n = meetingDays(a);
  if (n <= limit) return false;
  if (Number.isInteger(limit)) return true;
  const declared = a.declaredDays;
  if (declared !== null && declared > limit) return true;
  const dates = [...new Set(a.days.map((d) => d.month * 100 + d.day))].sort((x, y) => x - y);
  if (dates.length > Math.ceil(limit)) return true;
  if (declared !== null) return false;
  // Only days known to be full on both ends are over: unknown halves stay silent.
  const halves = dayHalves(a);
  const full = (key: number | undefined): boolean => {
    const i = a.days.findIndex((d) => d.month * 100 + d.day === key);
    const h = halves.get(i);
    return !!h && h.morning && h.afternoon;
  };
  return full(dates[0]) && full(dates[dates.length - 1]);
}

/** The day limits a configuration sets (meeting.duration's options). */
export interface DayLimits {
  /** A comprehensive (or undeclared) meeting without group discussions. */
  comprehensive: number;
  /** A comprehensive (or undeclared) meeting with group discussions. */
  group: number;
  /** A special-topic meeting with group discussions (without them: half a day). */
  specialGroup: number;
}

export interface DayLimit {
  /** Days the meeting may take (0.5: half a day, measured in minutes). */
  days: number;
  /** Its group discussions set the limit (it differs from the one without them). */
  byGroup: boolean;
  /** Half a day is the limit of special-topic meetings only (the Jinan rules), not of every meeting. */
  specialHalf: boolean;
}

/** The meeting's limit in days: by its scope, and by whether it holds group discussions. */
export function dayLimit(a: Agenda, special: boolean, l: DayLimits): DayLimit {
  const plain = special ? 0.5 : l.comprehensive;
  const specialHalf = special && l.comprehensive > 0.5;
  if (!a.groupDiscussion) return { days: plain, byGroup: false, specialHalf };
  const days = special ? l.specialGroup : l.group;
  return { days, byGroup: days !== plain, specialHalf };
}
