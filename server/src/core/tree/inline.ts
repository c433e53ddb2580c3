// Inline nodes: the dates, relative dates, clock times and durations written in a paragraph, each
// with the value a reader resolves (a date without a year takes the 成文日期's; 下周四 counts from
// it). Built on demand — for `gongwen explain` — not on every analysis.

import { keyDates } from '../parse/dates';
import { findDurations } from '../parse/durations';
import { findRelativeDates, resolveRelative } from '../parse/relative';
import { clockText, findTimes, toMinutes } from '../parse/times';
import { resolveDate, ymdText, type Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';

export interface InlineNode {
  type: 'Date' | 'Time' | 'Duration';
  start: number;
  end: number;
  text: string;
  /** The resolved value: 2024年3月14日, 9:00—10:30, 20 分钟; null when it cannot be resolved. */
  value: string | null;
}

export function inlineNodes(p: Paragraph, issue: Ymd | null): InlineNode[] {
  const t = p.key;
  const out: InlineNode[] = [];
  const node = (type: InlineNode['type'], s: number, e: number, value: string | null): void => {
    out.push({ type, start: p.origStart(s), end: p.origEnd(e), text: p.text.slice(s, e), value });
  };
  for (const d of keyDates(p)) {
    const y = resolveDate(d, issue);
    node('Date', d.start, d.end, y ? ymdText(y) : null);
  }
  for (const r of findRelativeDates(t)) {
    const y = resolveRelative(r, issue);
    node('Date', r.start, r.end, y ? ymdText(y) : null);
  }
  for (const m of findTimes(t)) {
    const from = clockText(toMinutes(m.from, m.dayPart));
    node('Time', m.start, m.end, m.to ? `${from}—${clockText(toMinutes(m.to, m.toDayPart ?? m.dayPart))}` : from);
  }
  for (const d of findDurations(t)) node('Duration', d.start, d.end, `${d.minutes} 分钟${d.perUnit ? '（每人）' : ''}`);
  return out.sort((a, b) => a.start - b.start);
}
