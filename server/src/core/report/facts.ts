// What the workspace report needs to know of each file, taken from its analysis: the kind, who
// issued it and when, the meeting's dates (and whether they fall on a 无会日 or in the 无会周),
// the plan's leader and its unannounced stops, the body against its limit, and the findings.
// Small and serialisable, so a scan of thousands of files keeps only these.

import type { AnalysisResult } from '../analyze';
import { inNoMeetingWeek, weekdayOf, type NoMeetingWeek } from '../agenda/calendar';
import type { Names } from '../names';
import { issuersOf } from '../semantics/issuer';
import { issueDate, type Ymd } from '../semantics/timeline';
import type { Kind, Scope, Severity } from '../types';

export interface FileFacts {
  path: string;
  kind: Kind;
  scope: Scope | null;
  /** Issuing bodies (版头, title, 署名). */
  issuers: string[];
  /** 成文日期, else the meeting's or the plan's first date. */
  date: Ymd | null;
  body: number;
  /** The body's limit: by scope, or 专项–全局性 while the scope is undeclared. */
  limit: { low: number; high: number } | null;
  meeting: { dates: Ymd[]; noMeetingDay: boolean; noMeetingWeek: boolean; exempt: boolean } | null;
  plan: { leader: string | null; stops: number; unannounced: number } | null;
  findings: Array<{ rule: string; severity: Severity }>;
}

export function factsOf(path: string, r: AnalysisResult, names: Names, mode: NoMeetingWeek): FileFacts {
  const issued = issueDate(r.model)?.date ?? null;
  let meeting: FileFacts['meeting'] = null;
  if (r.agenda) {
    const dates = r.agenda.days.map((d) => d.date).filter((d): d is Ymd => d !== null);
    meeting = {
      dates,
      noMeetingDay: dates.some((d) => weekdayOf(d) === 4),
      noMeetingWeek: dates.some((d) => inNoMeetingWeek(d, mode)),
      exempt: r.agenda.implementsHigher || r.agenda.statutory,
    };
  }
  let plan: FileFacts['plan'] = null;
  if (r.plan) {
    plan = { leader: r.plan.leader, stops: r.plan.stops.length, unannounced: r.plan.stops.filter((s) => s.mode === 'unannounced').length };
  }
  return {
    path,
    kind: r.kind,
    scope: r.scope,
    issuers: issuersOf(r.model, names).map((i) => i.name),
    date: issued ?? meeting?.dates[0] ?? r.plan?.dates[0] ?? null,
    body: r.counts.body,
    limit: r.limits ? (r.scope === 'comprehensive' ? { low: r.limits.comprehensive, high: r.limits.comprehensive } : r.scope === 'special' ? { low: r.limits.special, high: r.limits.special } : { low: r.limits.special, high: r.limits.comprehensive }) : null,
    meeting,
    plan,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
  };
}
