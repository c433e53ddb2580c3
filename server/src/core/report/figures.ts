// The workspace-level figures of RULES.md (§1, §6, §14, §17) from the facts of every file:
// totals by severity and rule, the files with most findings, documents and meetings per issuer
// per year with the change against the year before (target −1/3), meetings per month with those
// on a 无会日 or in the 无会周, the 暗访 share per leader per year (target ≥ 1/3), and the
// longest bodies against their limits.

import { RULES } from '../rules/registry';
import type { Msg, Severity } from '../types';
import type { FileFacts } from './facts';

export interface IssuerYears {
  issuer: string;
  kind: 'document' | 'agenda';
  years: Array<{ year: number; count: number }>;
  /** Change of the last year against the one before, when both exist (−0.33 meets the target). */
  change: { from: number; to: number; ratio: number } | null;
}

export interface Figures {
  files: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: Array<{ rule: string; title: Msg; clause: string; count: number }>;
  topFiles: Array<{ path: string; count: number; errors: number; warnings: number }>;
  issuers: IssuerYears[];
  meetingsByMonth: Array<{ month: string; count: number; noMeetingDay: number; noMeetingWeek: number }>;
  unannounced: Array<{ leader: string; year: number; stops: number; unannounced: number; share: number }>;
  longest: Array<{ path: string; body: number; low: number; high: number; scope: string | null }>;
  kinds: Record<'document' | 'agenda' | 'research', number>;
}

export const TARGET_REDUCTION = -1 / 3;
export const TARGET_UNANNOUNCED = 1 / 3;

export function figuresOf(all: readonly FileFacts[]): Figures {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const rules = new Map<string, number>();
  const files: Figures['topFiles'] = [];
  const kinds = { document: 0, agenda: 0, research: 0 };
  let findings = 0;
  for (const f of all) {
    kinds[f.kind]++;
    let errors = 0;
    let warnings = 0;
    for (const x of f.findings) {
      findings++;
      bySeverity[x.severity]++;
      rules.set(x.rule, (rules.get(x.rule) ?? 0) + 1);
      if (x.severity === 'error') errors++;
      if (x.severity === 'warning') warnings++;
    }
    if (f.findings.length) files.push({ path: f.path, count: f.findings.length, errors, warnings });
  }
  const titles = new Map(RULES.map((r) => [r.id, r]));
  const byRule = [...rules.entries()]
    .map(([rule, count]) => ({ rule, title: titles.get(rule)?.title ?? { zh: rule, en: rule }, clause: titles.get(rule)?.clause ?? '', count }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  files.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.count - a.count || a.path.localeCompare(b.path));

  // Documents and meetings per issuer per year.
  const perIssuer = new Map<string, Map<number, number>>();
  for (const f of all) {
    if (f.kind === 'research' || !f.date) continue;
    const names = f.issuers.length ? f.issuers : ['（未署名）'];
    for (const n of names) {
      const key = `${f.kind}\u0000${n}`;
      let years = perIssuer.get(key);
      if (!years) perIssuer.set(key, (years = new Map()));
      years.set(f.date.year, (years.get(f.date.year) ?? 0) + 1);
    }
  }
  const issuers: IssuerYears[] = [...perIssuer.entries()].map(([key, years]) => {
    const [kind, issuer] = key.split('\u0000') as ['document' | 'agenda', string];
    const ys = [...years.entries()].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
    const last = ys[ys.length - 1];
    const prev = ys.find((y) => last && y.year === last.year - 1);
    return { issuer, kind, years: ys, change: last && prev ? { from: prev.count, to: last.count, ratio: (last.count - prev.count) / prev.count } : null };
  });
  issuers.sort((a, b) => sum(b.years) - sum(a.years) || a.issuer.localeCompare(b.issuer));

  // Meetings per month.
  const months = new Map<string, { count: number; noMeetingDay: number; noMeetingWeek: number }>();
  for (const f of all) {
    if (!f.meeting || f.meeting.dates.length === 0) continue;
    const d = f.meeting.dates[0]!;
    const key = `${d.year}-${String(d.month).padStart(2, '0')}`;
    const m = months.get(key) ?? { count: 0, noMeetingDay: 0, noMeetingWeek: 0 };
    m.count++;
    if (f.meeting.noMeetingDay && !f.meeting.exempt) m.noMeetingDay++;
    if (f.meeting.noMeetingWeek && !f.meeting.exempt) m.noMeetingWeek++;
    months.set(key, m);
  }
  const meetingsByMonth = [...months.entries()].map(([month, m]) => ({ month, ...m })).sort((a, b) => a.month.localeCompare(b.month));

  // 暗访 share per leader per year.
  const leaders = new Map<string, { stops: number; unannounced: number }>();
  for (const f of all) {
    if (!f.plan || f.plan.stops === 0) continue;
    const year = f.date?.year ?? 0;
    const key = `${f.plan.leader ?? '（未注明）'}\u0000${year}`;
    const l = leaders.get(key) ?? { stops: 0, unannounced: 0 };
    l.stops += f.plan.stops;
    l.unannounced += f.plan.unannounced;
    leaders.set(key, l);
  }
  const unannounced = [...leaders.entries()]
    .map(([key, l]) => {
      const [leader, year] = key.split('\u0000') as [string, string];
      return { leader, year: Number(year), stops: l.stops, unannounced: l.unannounced, share: l.unannounced / l.stops };
    })
    .sort((a, b) => a.share - b.share || a.leader.localeCompare(b.leader));

  const longest = all
    .filter((f) => f.kind === 'document' && f.limit !== null)
    .map((f) => ({ path: f.path, body: f.body, low: f.limit!.low, high: f.limit!.high, scope: f.scope }))
    .sort((a, b) => b.body / b.low - a.body / a.low || a.path.localeCompare(b.path))
    .slice(0, 10);

  return { files: all.length, findings, bySeverity, byRule, topFiles: files.slice(0, 10), issuers, meetingsByMonth, unannounced, longest, kinds };
}

function sum(ys: Array<{ count: number }>): number {
  return ys.reduce((s, y) => s + y.count, 0);
}
