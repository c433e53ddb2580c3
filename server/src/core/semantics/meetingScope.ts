// What the national meeting rules (《若干规定》严格精简会议) read in a meeting's own text: rounds of
// routine work reports and 表态 items (meeting.routine-reports), who convenes at any level and
// whose principal leaders are asked to attend (meeting.attendance-level under the national pack),
// and attendee scopes that take in every department or ask units to escort (meeting.escort-attendance).
// Everything reads folded keys (parse/memo, text/paragraph) and keeps only what the text sets (stance.ts).

import { listedSpeakers } from '../agenda/roles';
import type { Agenda, AgendaItem } from '../agenda/types';
import type { DocModel } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import { demandParagraphs } from './phrases';
import { sentenceEnd, sentenceStart, setsAt } from './stance';

/** A span of p.key (indices into p.text, which maps 1:1 to the key). */
export interface KeySpan {
  para: Paragraph;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Clauses

/** Where a clause stops: a comma, a full stop, a semicolon, a colon not inside a clock time (9:30). */
function isClauseBreak(t: string, k: number): boolean {
  const c = t[k]!;
  if (/[，,。；;！？!?\n]/.test(c)) return true;
  if (c === ':' || c === '：') return !(/\d/.test(t[k - 1] ?? '') && /\d/.test(t[k + 1] ?? ''));
  return false;
}

/** How far a clause reaches from a phrase: bounded, so run-on text (a flattened table) stays linear. */
const MAX_CLAUSE = 80;

/** Start of the clause holding i, not before floor; a parenthesis before i is stepped over whole. */
function clauseFrom(t: string, i: number, floor: number): number {
  let depth = 0;
  floor = Math.max(floor, i - MAX_CLAUSE);
  for (let k = i - 1; k >= floor; k--) {
    const c = t[k]!;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return k + 1;
      depth--;
    } else if (depth === 0 && isClauseBreak(t, k)) return k + 1;
  }
  return floor;
}

/** End of the clause holding i (a parenthesis after it ends it: 汇报…情况（5分钟）), not after ceil. */
function clauseTo(t: string, i: number, ceil: number): number {
  ceil = Math.min(ceil, i + MAX_CLAUSE);
  for (let k = i; k < ceil; k++) if (isClauseBreak(t, k) || /[(（)）]/.test(t[k]!)) return k;
  return ceil;
}

/** A list mark, a clock time or a range of them, and spaces at the start of a clause. */
const LEAD = /^[\s|]*(?:(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十]{1,3}项[、.:：]?)\s*)?(?:(?:上午|下午|晚上)?\s*\d{1,2}(?:[:：]\d{2}|时(?:\d{1,2}分)?)\s*(?:[—\-–~～至到]+\s*\d{1,2}(?:[:：]\d{2}|时(?:\d{1,2}分)?))?\s*)?/;

/** The clause around t[i..j) in [floor, ceil), without its list mark, time and the spaces at either end. */
function clauseAround(t: string, i: number, j: number, floor: number, ceil: number): { start: number; end: number } {
  let s = clauseFrom(t, i, floor);
  let e = clauseTo(t, j, ceil);
  const lead = LEAD.exec(t.slice(s, i))?.[0].length ?? 0;
  s += lead;
  while (e > s && /[\s|]/.test(t[e - 1]!)) e--;
  return { start: s, end: Math.max(e, j) };
}

// ---------------------------------------------------------------------------------------------
// meeting.routine-reports: 一般性工作汇报 and 表态

export interface RoutineHit extends KeySpan {
  kind: 'report' | 'pledge';
}

/** 表态发言, 作表态, 表决心: a pledge on the agenda (an item may say only 表态). */
const PLEDGE = /表态|表决心/g;
/** In a notice's prose, only the pledge as a step of the meeting: 作表态发言, not 明确表态 (taking a stand). */
const PLEDGE_STEP = /表态(?:性)?发言|作表态|进行表态|集体表态|表态讲话|表决心/g;
const REPORT = /汇报/g;
/** Several reporting units: 各区县, 各部门, 有关单位, 3个乡镇. */
const PLURAL_UNITS = /各(?:区县|县区|县\(市、?区\)|县市区|市县|区|县|市|州|盟|旗|乡镇|乡|镇|街道|镇街|镇\(街道\)|乡\(镇\)|乡镇\(街道\)|村|社区|部门|单位|成员单位|委办局|工作组|小组|专项组|组|专班|分指挥部|片区|学院|院系|系|处室|科室|分局|支队|大队|园区|开发区|功能区|企业|公司|板块|口|牵头单位|责任单位)|(?:有关|相关|部分|重点)(?:区县|县区|县市区|乡镇|街道|部门|单位|企业)|\d{1,3}个(?:区县|县区|乡镇|街道|部门|单位|企业)/;
/** Units taking turns: 依次汇报, 逐一汇报. */
const ROUND = /依次|逐一|逐个|轮流|挨个|分别/;
/**
 * What makes a report targeted rather than routine: a problem, its rectification, a special
 * topic, an incident, findings of an inspection or audit, difficulties to settle, a proposal,
 * experience to share, or the outcome of the meeting's own discussion (各组汇报讨论情况).
 */
const TARGETED = /问题|整改|专题|专项|事故|案件|隐患|险情|督察|督查|巡视|巡察|审计|反馈|短板|难点|难题|堵点|困难|诉求|建议|协调|请示|经验|做法|典型|案例|调研|方案|说明|讨论|审议|评审|评议|考核|述职|选举|投票/;
/** The report is not made at the meeting: 书面汇报, 向…汇报, 汇报材料, 做好汇报准备. */
const NOT_AT_MEETING_BEFORE = /书面|向|(?:做好|准备|提交|报送|撰写|起草)$/;
const NOT_AT_MEETING_AFTER = /^(?:材料|提纲|稿|准备|PPT|ppt|片|视频|内容|要点|会(?!上))/;
/** A sentence of a notice that lays out the meeting's steps (the items of a prose agenda). */
const CONTENT_CUE = /会议(?:主要)?(?:内容|议程|议题|安排)|议程|议题|会上|会议将|听取/;
/** Unit names that end a listed reporter (历下区、章丘区汇报). */
const UNIT_TAIL = /(?:区|县|市|镇|乡|街道|局|委|办|厅|部|院|中心|公司|集团|村|社区|单位|部门)$/;

/** Several units report in turn: 各区县汇报, 历下区、市中区依次汇报, 3个乡镇汇报. */
function pluralReporters(reporter: string, item: AgendaItem | null): boolean {
  if (PLURAL_UNITS.test(reporter) || ROUND.test(reporter)) return true;
  if (item && item.speakers !== null && item.speakers >= 2) return true;
  const who = reporter.replace(/^(?:听取|请|由)/, '').replace(/(?:作|做|进行)$/, '');
  const n = listedSpeakers(who);
  return n !== null && n >= 2 && UNIT_TAIL.test(who);
}

/** A round of routine reports at t[i..i+2) (汇报), or null. */
function routineReportAt(p: Paragraph, i: number, floor: number, ceil: number, item: AgendaItem | null): RoutineHit | null {
  const t = p.key;
  const c = clauseAround(t, i, i + 2, floor, ceil);
  const reporter = t.slice(c.start, i);
  const subject = t.slice(i + 2, c.end);
  if (NOT_AT_MEETING_BEFORE.test(reporter) || NOT_AT_MEETING_AFTER.test(subject)) return null;
  if (!pluralReporters(reporter, item)) return null;
  if (TARGETED.test(reporter + subject)) return null;
  return { para: p, start: c.start, end: c.end, kind: 'report' };
}

/** A 表态 item at t[i..j), or null (a written pledge is not made at the meeting). */
function pledgeAt(p: Paragraph, i: number, j: number, floor: number, ceil: number): RoutineHit | null {
  const t = p.key;
  const c = clauseAround(t, i, j, floor, ceil);
  if (/书面/.test(t.slice(c.start, c.end))) return null;
  return { para: p, start: c.start, end: c.end, kind: 'pledge' };
}

/** The hits in p.key[floor..ceil); `cue`: a 汇报 counts only in a sentence that lays out the meeting. */
function routineIn(p: Paragraph, floor: number, ceil: number, item: AgendaItem | null, cue: boolean): RoutineHit[] {
  const t = p.key;
  // Each scan finds its hits in text order; a report overlapping a pledge (各区县汇报并表态) is one finding.
  const scan = (re: RegExp, at: (i: number, j: number) => RoutineHit | null, taken: readonly RoutineHit[]): RoutineHit[] => {
    const out: RoutineHit[] = [];
    let k = 0;
    re.lastIndex = floor;
    for (let m = re.exec(t); m && m.index < ceil; m = re.exec(t)) {
      const j = m.index + m[0].length;
      if (j > ceil || !setsAt(p, m.index, j)) continue;
      const hit = at(m.index, j);
      if (!hit) continue;
      while (k < taken.length && taken[k]!.end <= hit.start) k++;
      const last = out[out.length - 1];
      if ((k < taken.length && taken[k]!.start < hit.end) || (last && last.end > hit.start)) continue;
      out.push(hit);
    }
    return out;
  };
  const pledges = scan(cue ? PLEDGE_STEP : PLEDGE, (i, j) => pledgeAt(p, i, j, floor, ceil), []);
  const reports = scan(REPORT, (i) => {
    if (cue && !CONTENT_CUE.test(t.slice(sentenceStart(t, i), sentenceEnd(t, i)))) return null;
    return routineReportAt(p, i, floor, ceil, item);
  }, pledges);
  return [...pledges, ...reports].sort((a, b) => a.start - b.start);
}

/**
 * Routine work reports (several units reporting their work in turn, on no problem or special
 * topic) and 表态 items of a meeting: in its agenda items, and in the prose of a notice that
 * lists the meeting's steps in a sentence (会议主要内容：听取各区县…汇报，…作表态发言).
 */
export function routineReports(model: DocModel, agenda: Agenda): RoutineHit[] {
  const out: RoutineHit[] = [];
  const covered = new Set<Paragraph>();
  for (const it of agenda.items) {
    for (const part of it.parts) {
      covered.add(part.para);
      // The item's own time is not its words: start after it.
      const floor = it.time && part.para === it.para && it.time.start >= part.start && it.time.end <= part.end ? it.time.end : part.start;
      out.push(...routineIn(part.para, floor, part.end, it, false));
    }
  }
  for (const p of demandParagraphs(model)) {
    if (covered.has(p) || p.role === 'title') continue;
    out.push(...routineIn(p, 0, p.key.length, null, true));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// meeting.attendance-level (national): a 分管负责同志 convenes, lower units' principals attend

/** A leader in charge of a field, at any level: 副县长, 分管副局长, 市委常委, 分管负责同志. */
const VICE_ANY = /常务副|副(?:省长|市长|州长|县长|区长|旗长|盟长|镇长|乡长|主席|主任|局长|厅长|部长|处长|秘书长|书记|院长|校长|总经理|行长|所长|队长|社长)|(?:省委|市委|州委|县委|区委|旗委|党委|党组|党工委)(?:常委|委员|成员)|分管(?:负责同志|领导)|分管[^，。；,;]{0,10}?(?:副[\u4e00-\u9fa5]{1,3}|负责同志|领导)/;
/** A principal leader's title, not a deputy's (副…) or an assistant's (…助理). */
const PRINCIPAL_TITLE = /书记|省长|市长|州长|县长|区长|旗长|盟长|镇长|乡长|局长|厅长|部长|主任|院长|校长|董事长|总经理|行长|主要负责同志|主要负责人|主要领导|一把手/g;

/** s names a principal leader (县委书记, 县长, 局长, 主要负责同志), not only deputies. */
function namesPrincipal(s: string): boolean {
  PRINCIPAL_TITLE.lastIndex = 0;
  for (let m = PRINCIPAL_TITLE.exec(s); m; m = PRINCIPAL_TITLE.exec(s)) {
    const before = s[m.index - 1] ?? '';
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (before === '副' || after === '助理') continue;
    // 副秘书长 / 秘书长: not a principal of a body; 书记员: a clerk.
    if (m[0] === '书记' && (/秘$/.test(s.slice(0, m.index)) || after.startsWith('员') || after.startsWith('处'))) continue;
    if (/^(?:省长|市长|县长|区长)/.test(m[0]) && s.slice(m.index - 2, m.index) === '秘书') continue;
    return true;
  }
  return false;
}

const BY_LEADER = /由\s*([^，。；,;:：()（）]{2,30}?)(?:同志)?\s*(?:召集|主持召开|牵头召开|主持)/g;
const CONVENER_LABEL = /^(?:会议)?(?:召集人|主持人|主持)\s*[:：]\s*([^，。；,;]{2,30})/;
/** A principal leader attends or speaks: 县委书记出席并讲话, 局长作动员讲话. */
const PRINCIPAL_ACTS = /(?:出席|讲话|致辞|作[^，。；,;]{0,8}?(?:讲话|部署|报告)|主持)/;

/** The 分管 leader the text names as convening or presiding, or null. */
function leaderNamed(model: DocModel, agenda: Agenda): string | null {
  const names: string[] = [];
  if (agenda.convener) names.push(agenda.convener);
  if (agenda.host) names.push(agenda.host.replace(/(?:召集并?|召集和)$/, ''));
  for (const p of demandParagraphs(model)) {
    const t = p.key;
    const label = CONVENER_LABEL.exec(t.trim());
    if (label) names.push(label[1]!);
    if (!t.includes('由')) continue;
    BY_LEADER.lastIndex = 0;
    for (let m = BY_LEADER.exec(t); m; m = BY_LEADER.exec(t)) if (setsAt(p, m.index, m.index + m[0].length)) names.push(m[1]!);
  }
  return names.find((n) => VICE_ANY.test(n) && !namesPrincipal(n)) ?? null;
}

/** A principal leader of the convening level takes part (speaks, presides or attends). */
function principalTakesPart(model: DocModel, agenda: Agenda): boolean {
  // The parser marks principal leaders of any level who speak (AgendaItem.principals, where it sets them).
  if (agenda.items.some((it) => it.role === 'principal' || (it.principals?.length ?? 0) > 0)) return true;
  const acts = (s: string): boolean => {
    for (const clause of s.split(/[，,。；;]/)) {
      if (!PRINCIPAL_ACTS.test(clause) || !namesPrincipal(clause)) continue;
      // 各乡镇党委书记出席 / 请各部门主要负责同志参加: the units' leaders are attending, not the convening level's.
      if (/各|有关|相关|下级|所属|参加|参会|列席/.test(clause)) continue;
      return true;
    }
    return false;
  };
  if (agenda.items.some((it) => acts(it.label))) return true;
  return demandParagraphs(model).some((p) => p.role !== 'title' && acts(p.key));
}

/**
 * The leader in charge (分管负责同志, at any level) who convenes the meeting, when no principal
 * leader of that level takes part: 由副县长李四召集, 主持人：分管副局长王五. Null otherwise.
 */
export function leaderInChargeConvener(model: DocModel, agenda: Agenda): string | null {
  let v = conveners.get(agenda);
  if (v === undefined) {
    const who = leaderNamed(model, agenda);
    conveners.set(agenda, (v = !who || principalTakesPart(model, agenda) ? null : who.trim()));
  }
  return v;
}

/** Per meeting: two rules ask, the second once per attendee phrase. */
const conveners = new WeakMap<Agenda, string | null>();

/**
 * Units below the convening body, in the words just before a principal leader's title: 各区县,
 * 各乡镇（街道）, 各村（社区）, 下级, 所属单位, 各分局, 各区县农业农村局. Not departments of the same
 * level (市直各部门), which the Jinan clause and meeting.escort-attendance cover.
 */
export const LOWER_UNITS = /各(?:区县|县区|县\(市、?区\)|县市区|市县|区|县|市|州|盟|旗|乡镇|乡|镇|街道|镇街|镇\(街道\)|乡\(镇\)|乡镇\(街道\)|村|社区|村\(社区\)|分局|支队|大队|中队|站所|所|基层单位|下属单位|所属单位|直属单位)|下级|下属|所属|直属|局属|委属|厅属|基层|区县|县区|县\(市、?区\)|乡镇|街道|村\(社区\)/;

/** Titles of lower units' principal leaders, besides 主要负责同志: 党委书记, 乡镇长. */
export const LOWER_PRINCIPAL = /(?:党政)?(?:主要负责同志|主要负责人|主要领导(?:同志)?|一把手|党政正职)|(?:党委|党工委|党\(工\)委|党组|党支部|党总支)书记|(?<!副)(?:乡镇长|镇长|乡长|县长|区长)/g;

// ---------------------------------------------------------------------------------------------
// meeting.escort-attendance: blanket scopes, 陪会, many departments

/**
 * Every department or unit, with their principal leaders: 市直各部门主要负责同志, 各单位党政
 * 主要负责人, 全体成员单位主要负责同志. 各有关部门 / 相关单位 are already narrowed to the topic.
 */
export const BLANKET_PRINCIPALS = /(?:(?:省|市|县|区|州|旗)直)?(?:各(?:部门|单位|部委办局|委办局|部、委、办、局|成员单位|直属单位|所属单位|人民团体)|全体成员单位)(?:[^，。；,;:：]{0,16}?)(?:党政)?(?:主要负责同志|主要负责人|主要领导(?:同志)?|一把手|党政正职)/g;
/** 陪会, 陪同参会: units sent to keep others company at the meeting. */
export const ESCORT = /陪会|陪同(?:参会|与会|列席|参加会议|出席会议|(?:参加|出席)(?!调研|考察|视察|检查|督查|活动|实地))/g;
/** A label or heading that opens the attendee list: 参会人员：, 二、参加对象. */
const ATTENDEE_HEAD = /^\s*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:会议)?(?:参会|参加|出席|列席|与会)(?:会议)?(?:人员|对象|范围|单位|部门)/;

/** Attendance stated before the leaders in the sentence: 参加会议的人员为…, 出席对象：…. */
const ATTENDEES_ARE = /(?:参加|出席|参会|列席|与会)(?:会议|本次会议)?的?(?:人员|对象|范围|单位|有)/;
/** Attendance right after the leaders: …主要负责同志参加, …主要负责同志和分管负责同志务必出席. */
const ATTEND_AFTER = /^[^。；;！？!?]{0,12}?(?:参加|出席|参会|到会|列席|与会)/;

/**
 * The hit is about who attends: the verb follows it closely (…主要负责同志务必参加), the sentence
 * opens the attendee list (参加会议的人员为…), or it sits in that list (参会人员：…, under 二、参会人员).
 * Not a duty laid on those leaders elsewhere in the sentence (…为第一责任人，负责组织人员参加培训).
 */
export function inAttendeeList(model: DocModel, h: KeySpan): boolean {
  const t = h.para.key;
  if (ATTEND_AFTER.test(t.slice(h.end, h.end + 16))) return true;
  if (ATTENDEES_ARE.test(t.slice(sentenceStart(t, h.start), h.start))) return true;
  if (ATTENDEE_HEAD.test(t)) return true;
  // Under a heading 二、参会人员: the lines up to the next heading belong to it.
  const ps = model.paragraphs;
  // A whole-text model lists the paragraphs by their index; a region's model holds a few of them.
  let k = ps[h.para.index] === h.para ? h.para.index : ps.indexOf(h.para);
  for (let steps = 0; k > 0 && steps < 6; steps++) {
    const q = ps[--k]!.key.trim();
    if (ATTENDEE_HEAD.test(q) && q.length <= 16) return true;
    if (/^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）])/.test(q) && q.length <= 16) return false;
  }
  return false;
}

/**
 * Meetings every department or unit attends by their nature: plenaries of the government, cadre
 * assemblies, a system's yearly comprehensive meeting (全市教育系统工作会议).
 */
export const ALL_HANDS = /领导干部大会|干部大会|全体(?:会议|大会)|全会|经济工作会议|常务会议|务虚会|党代会|代表大会|系统(?:工作)?(?:会议|大会)|综合性工作会议|年度工作会议|总结表彰大会/;

/**
 * Where the model counts or lists the departments: the count (24个部门) or the list's label
 * (参会单位：…), in the paragraph that holds it; null when neither is found.
 */
export function departmentsSpan(model: DocModel, count: number): KeySpan | null {
  for (const p of model.paragraphs) {
    const t = p.key;
    const re = /(\d{1,3})\s*个(?:市直|有关|相关)?(?:部门|单位)/g;
    for (let m = re.exec(t); m; m = re.exec(t)) if (parseInt(m[1]!, 10) === count) return { para: p, start: m.index, end: m.index + m[0].length };
    const label = /参会(?:单位|部门)|参加(?:单位|部门)|出席单位|列席单位/.exec(t);
    if (label && t.split(/[、，,；;]/).length >= count) return { para: p, start: label.index, end: label.index + label[0].length };
  }
  return null;
}

/** The attendee list says why units attend: 负责汇报…, 作交流发言, 牵头单位. */
export const STATED_ROLE = /汇报|发言|交流|负责|牵头|承办|配合|涉及|作[^，。；,;]{0,8}?说明/;
