// What the workspace report needs to know of each file, taken from its analysis: the kind, who
// issued it and when, the meeting's dates (and whether they fall on a 无会日 or in the 无会周),
// the plan's leader and its unannounced stops, the 督查检查考核 item it plans, the body against
// its limit, the rule packs its configuration turns on, and the findings. Small and
// serialisable, so a scan of thousands of files keeps only these.

import type { AnalysisResult } from '../analyze';
import { inNoMeetingWeek, weekdayOf, type NoMeetingWeek } from '../agenda/calendar';
import type { Names } from '../names';
import { DEFAULT_PACKS, type Pack } from '../packs';
import { normTopic } from '../research/workspaceDocs';
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
  /** A 督查检查考核 item the file plans (关于开展…综合督查的通知): its topic, and whether it is comprehensive. */
  inspection: { topic: string; comprehensive: boolean } | null;
  /** The rule packs of the file's configuration: the report's targets follow them. */
  packs: Pack[];
  findings: Array<{ rule: string; severity: Severity }>;
}

/** A title that plans an inspection, a check or an assessment of others. */
const INSPECTION_ITEM = /督查|督导|检查|考核|考评|巡查|评估/;
const ITEM_GENRE = /(?:方案|通知|计划|安排)$/;
/** Rules about inspections, reports on them, and assessments of people are no item of their own. */
const NOT_ITEM = /办法|规定|细则|制度|规则|通报|报告|总结|结果|情况的|反馈|整改|调研|干部|公务员|职工|人员|党员|学生|教师|个人|述职/;
const COMPREHENSIVE_ITEM = /综合(?:性)?(?:督查|检查|督导|考核|考评)|(?:综合|高质量发展|目标责任|经济社会发展|年度)[^，。]{0,8}(?:绩效)?(?:考核|考评)/;
const ITEM_WORDS = /(?:综合(?:性)?|专项)?(?:督查检查考核|督查检查|督查|督导|检查|考核|考评|巡查|评估|工作)|第[一二三四五六七八九十\d]{1,3}(?:轮|批|次|季度)/g;

/** The 督查检查考核 item a title plans, if any: 关于开展2024年度全市安全生产综合督查的通知 → 安全生产, comprehensive. */
export function inspectionOf(title: string): FileFacts['inspection'] {
  const t = title.replace(/\s/g, '');
  const core = (/(?:印发|转发)《([^》]+)》/.exec(t)?.[1] ?? t).replace(/^.*?关于/, '');
  if (!INSPECTION_ITEM.test(core) || !ITEM_GENRE.test(core) || NOT_ITEM.test(core)) return null;
  const topic = normTopic(core.replace(/(?:实施|工作)?(?:方案|通知|计划|安排)$/, '').replace(/的$/, '').replace(ITEM_WORDS, '')) || '综合';
  return { topic, comprehensive: COMPREHENSIVE_ITEM.test(core) };
}

export function factsOf(path: string, r: AnalysisResult, names: Names, mode: NoMeetingWeek, packs: readonly Pack[] = DEFAULT_PACKS): FileFacts {
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
    inspection: r.kind === 'agenda' ? null : inspectionOf(r.model.titleText),
    packs: [...packs],
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
  };
}
