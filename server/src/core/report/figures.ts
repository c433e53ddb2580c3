// The workspace-level figures from the facts of every file: totals by severity and rule, the
// files with most findings, documents and meetings per issuer per year with the change against
// the year before — measured against the target of each active rule pack (Jinan §1, §6: −1/3;
// national 《若干规定》第1条: documents 只减不增, above it a 书面说明 is owed) —, meetings per month
// with those on a 无会日 or in the 无会周, the 暗访 share per leader per year (target ≥ 1/3, §14),
// the longest bodies against their limits, and (national pack) the departments with more than one
// 综合性督查检查考核 item a year or several items on one topic (《若干规定》统筹规范督查检查考核).

import { CITE } from '../national';
import { DEFAULT_PACKS, type Pack } from '../packs';
import { RULES } from '../rules/registry';
import type { Msg, Severity } from '../types';
import type { FileFacts } from './facts';

/** What a pack asks of the yearly count: a change against the year before of at most `ratio`. */
export interface CountTarget {
  pack: Pack;
  /** −1/3: a third fewer; 0: no more than the year before. */
  ratio: number;
  /** The target in words, and the clause. */
  label: Msg;
  clause: Msg;
  /** What is owed when it is missed (the national rule: a written explanation). */
  missed: Msg;
}

export interface IssuerYears {
  issuer: string;
  kind: 'document' | 'agenda';
  years: Array<{ year: number; count: number }>;
  /** Change of the last year against the one before, when both exist (−0.33 meets the Jinan target). */
  change: { from: number; to: number; ratio: number } | null;
  /** The change against each active pack's target for this kind (none when no pack sets one). */
  verdicts: Array<{ pack: Pack; met: boolean }>;
}

/** More than one comprehensive 督查检查考核 item of a department in a year, or several on one topic. */
export interface InspectionCount {
  issuer: string;
  year: number;
  /** Files of its comprehensive items (more than one: merge them). */
  comprehensive: string[];
  /** Topics with more than one item (同类事项应当合并进行). */
  sameTopic: Array<{ topic: string; paths: string[] }>;
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
  /** The packs the figures follow (the files' configurations), in the order they were named. */
  packs: Pack[];
  /** The yearly-count targets of those packs, for documents and for meetings. */
  targets: Record<'document' | 'agenda', CountTarget[]>;
  /** National pack only (else empty): departments over the count of 督查检查考核 items. */
  inspections: InspectionCount[];
}

export const TARGET_REDUCTION = -1 / 3;
export const TARGET_NO_GROWTH = 0;
export const TARGET_UNANNOUNCED = 1 / 3;
/** Comprehensive 督查检查考核 items a department may plan a year (national pack). */
export const MAX_COMPREHENSIVE_INSPECTIONS = 1;

const JINAN_COUNT: Omit<CountTarget, 'clause'> = {
  pack: 'jinan-2019',
  ratio: TARGET_REDUCTION,
  label: { zh: '较上年压减三分之一以上', en: 'at least a third fewer than the year before' },
  missed: { zh: '未达到压减目标', en: 'reduction target missed' },
};

/** The count targets of the packs, per kind: Jinan −1/3 for documents (§1) and meetings (§6), national 只减不增 for documents. */
export function countTargets(packs: readonly Pack[]): Record<'document' | 'agenda', CountTarget[]> {
  const out: Record<'document' | 'agenda', CountTarget[]> = { document: [], agenda: [] };
  for (const p of packs) {
    if (p === 'jinan-2019') {
      out.document.push({ ...JINAN_COUNT, clause: { zh: '§1', en: '§1' } });
      out.agenda.push({ ...JINAN_COUNT, clause: { zh: '§6', en: '§6' } });
    } else if (p === 'national-2024') {
      out.document.push({
        pack: p,
        ratio: TARGET_NO_GROWTH,
        label: { zh: '年度发文数量只减不增', en: 'no more documents than the year before' },
        clause: CITE.item1,
        missed: { zh: '超过上年度，应当向上级党委办公厅（室）书面说明', en: 'more than the year before: a written explanation to the party committee office above is owed' },
      });
    }
  }
  return out;
}

/** The packs of the files, in the order they are first named; none named: the default. */
function packsOfFiles(all: readonly FileFacts[]): Pack[] {
  const out: Pack[] = [];
  for (const f of all) for (const p of f.packs ?? []) if (!out.includes(p)) out.push(p);
  return out.length ? out : [...DEFAULT_PACKS];
}

export function figuresOf(all: readonly FileFacts[], packsGiven?: readonly Pack[]): Figures {
  const packs = packsGiven ? [...packsGiven] : packsOfFiles(all);
  const targets = countTargets(packs);
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
    const change = last && prev ? { from: prev.count, to: last.count, ratio: (last.count - prev.count) / prev.count } : null;
    const verdicts = change ? targets[kind].map((t) => ({ pack: t.pack, met: change.ratio <= t.ratio + 1e-9 })) : [];
    return { issuer, kind, years: ys, change, verdicts };
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

  const inspections = packs.includes('national-2024') ? inspectionCounts(all) : [];
  return { files: all.length, findings, bySeverity, byRule, topFiles: files.slice(0, 10), issuers, meetingsByMonth, unannounced, longest, kinds, packs, targets, inspections };
}

/** Per department and year: more than one comprehensive 督查检查考核 item, or several items on one topic. */
export function inspectionCounts(all: readonly FileFacts[]): InspectionCount[] {
  const by = new Map<string, { issuer: string; year: number; comprehensive: string[]; topics: Map<string, string[]> }>();
  for (const f of all) {
    if (!f.inspection || !f.date) continue;
    for (const issuer of f.issuers.length ? f.issuers : ['（未署名）']) {
      const key = `${issuer}\u0000${f.date.year}`;
      let e = by.get(key);
      if (!e) by.set(key, (e = { issuer, year: f.date.year, comprehensive: [], topics: new Map() }));
      if (f.inspection.comprehensive) e.comprehensive.push(f.path);
      const list = e.topics.get(f.inspection.topic) ?? [];
      list.push(f.path);
      e.topics.set(f.inspection.topic, list);
    }
  }
  const out: InspectionCount[] = [];
  for (const e of by.values()) {
    // (Comprehensive items without a topic of their own are counted above.)
    const sameTopic = [...e.topics.entries()].filter(([t, ps]) => ps.length > 1 && t !== '综合').map(([topic, paths]) => ({ topic, paths }));
    if (e.comprehensive.length > MAX_COMPREHENSIVE_INSPECTIONS || sameTopic.length) out.push({ issuer: e.issuer, year: e.year, comprehensive: e.comprehensive, sameTopic });
  }
  return out.sort((a, b) => b.comprehensive.length - a.comprehensive.length || a.issuer.localeCompare(b.issuer) || a.year - b.year);
}

function sum(ys: Array<{ count: number }>): number {
  return ys.reduce((s, y) => s + y.count, 0);
}
