// Where the meetings, itineraries and norms of a text are. A meeting notice or an agenda is one
// meeting region over the whole text; a 通知 about something else may arrange a meeting in one
// section (三、召开推进会议 / 会议时间：…) or in one sentence (会议定于3月5日在…召开); a policy
// text about meetings sets norms and arranges nothing.

import type { Paragraph } from '../text/paragraph';
import { findDates, keyDates } from '../parse/dates';
import { keyMatches, memoSlot, perText, testSlot } from '../parse/memo';
import { findTimes } from '../parse/times';
import type { DocModel } from '../model/types';

/** Policy genres: texts that set rules for meetings or visits rather than arrange one. */
export const POLICY_TITLE = /(?:制度|办法|细则|规定|规则|规范|规程|条例|意见|决定|措施|准则|指引|章程|要点|规划|守则|清单)[》”"]?$/;

/** A clause that convenes a meeting on a date: 定于3月5日上午9:00在…召开…会议. */
const CONVENE = /(?:定于|拟于|拟定于|将于|计划于|决定于|兹定于|于(?=\s*(?:[\d０-９]{1,4}|[一二三四五六七八九十〇○OＯ零]{2,4}年|[一二三四五六七八九十]{1,2}月)))/;
const HELD = /召开|举行|举办|开会/;
const MEETING_NOUN = /会议|[^机社学协工]会(?![计议员长务同])|座谈|论坛|培训班|研讨/;
/** A clause with a norm's words: 一般不超过, 原则上, 不得 — it sets a rule, it arranges nothing. */
const NORM_WORDS = /一般不超过|原则上|不得超过|不超过\d|不得|严禁|禁止|一律|每次|每年|每季度|每月|凡|均应/;

/** Labels of a meeting's arrangement, as notices write them at the start of a line or under a heading. */
const MEETING_LABEL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])?\s*(?:会议|活动|座谈会|培训)?(?:时间|地点|参会人员|参加人员|出席人员|参会对象|参加对象|议程|会议议程|会议内容|主要议程|日程安排|报到)(?:和地点|及地点|、地点)?\s*(?:[:：]|$)/;
export const ITINERARY_LABEL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])?\s*(?:调研|督查|督导|视察|检查|暗访|考察|走访)(?:时间|路线|行程|地点|对象|安排|内容|方式|范围|分组)\s*(?:[:：]|$)|^第[一二三四五六七八九十\d]{1,2}站/;

const CONTENT_ROLES = new Set(['body', 'other', 'attachment']);

export interface SentenceAnchor {
  para: Paragraph;
  start: number;
  end: number;
}

/**
 * The notice opens by convening a meeting (经研究，定于…召开…会议。现将有关事项通知如下): the
 * first sentence of its first or second plain paragraph convenes it, or that paragraph announces
 * the arrangements that follow. A meeting mentioned deep inside a long opening is not the notice's purpose.
 */
export function opensWithMeeting(model: DocModel): boolean {
  let seen = 0;
  for (const p of model.paragraphs) {
    if (p.role !== 'body') continue;
    // The opening stands before the first heading: a paragraph under 一、总体要求 is the body's.
    if (p.level > 0) break;
    const t = p.key;
    const announces = ANNOUNCES.test(t);
    // The first sentence, or any when the paragraph announces the arrangements below it.
    for (const [s, e] of clauses(t)) {
      if (isConvening(t.slice(s, e))) return true;
      if (!announces) break;
    }
    if (++seen >= 2) break;
  }
  return false;
}

/** The opening announces the arrangements below it. */
const ANNOUNCES = /(?:有关|相关)?事(?:项|宜)通知如下|通知如下|现将有关|现就有关|安排如下/;

/**
 * A schedule: at least three lines that open with a clock time (9:00—9:30 …), or a line that is
 * only a time range (9时至10时30分) with a meeting named right under it — a schedule copied without
 * its title.
 */
export function isSchedule(model: DocModel): boolean {
  let n = 0;
  const ps = model.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (!CONTENT_ROLES.has(p.role) && p.role !== 'title') continue;
    const lead = perText(p, OPENING_TIME, openingTimeOf);
    if (!lead) continue;
    if (++n >= 3) return true;
    if (lead.rangeOnly && ps.slice(i + 1, i + 3).some((q) => /会议|大会|开幕|闭幕/.test(q.key))) return true;
  }
  return false;
}

const OPENING_TIME = memoSlot('opening time');

function openingTimeOf(p: Paragraph): { rangeOnly: boolean } | null {
  return openingTime(p.key);
}

/** The clock time a line opens with (after a list mark), and whether the line is only a time range; kept by text. */
function openingTime(key: string): { rangeOnly: boolean } | null {
  const at = LINE_LEAD.exec(key)![0].length;
  // Most lines cannot open with a time: not searched for times further on, which would not count
  // (nor copied without their lead first).
  if (!TIME_OPENER.test(key.slice(at, at + 2))) return null;
  const t = key.slice(at);
  const tm = findTimes(t)[0];
  if (!tm || tm.start > 1) return null;
  return { rangeOnly: tm.to !== null && t.slice(tm.end).replace(/[\s|:：（）()]/g, '').length <= 2 };
}

/** What a schedule line may start with before its time: table bars, spaces, a list number (1. / 2、). Matches every line, if only emptily. */
const LINE_LEAD = /^[\s|]*(?:\d{1,2}[.、．]\s*)?/;

/** What a time (parse/times.ts) can start with: a digit, a numeral, or a day part's first character (上午, 晚上 …). */
const TIME_OPENER = /[0-9一二两三四五六七八九十上早中下午晚傍夜]/;

/** Lines labelled as a meeting's arrangement (会议时间：, 参会人员：, 会议议程). */
export function meetingLabelCount(model: DocModel): number {
  let n = 0;
  const slot = testSlot(MEETING_LABEL);
  for (const p of model.paragraphs) if (CONTENT_ROLES.has(p.role) && keyMatches(p, MEETING_LABEL, slot)) n++;
  return n;
}

export function itineraryLabelCount(model: DocModel): number {
  let n = 0;
  const slot = testSlot(ITINERARY_LABEL);
  for (const p of model.paragraphs) if (CONTENT_ROLES.has(p.role) && keyMatches(p, ITINERARY_LABEL, slot)) n++;
  return n;
}

/** Clauses of a text: runs between 。；！？ (indices into the text). */
function clauses(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  // Found by the regex engine, not compared character by character: t[i] makes a string of each.
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(t); m; m = CLAUSE_END.exec(t)) {
    if (m.index > from) out.push([from, m.index + 1]);
    from = m.index + 1;
  }
  if (t.length > from) out.push([from, t.length]);
  return out;
}

/** A clause's end mark. The key is width-folded: ！ ？ ； read as ! ? ;. */
const CLAUSE_END = /[。；！？;!?]/g;

/**
 * A convening verb that arranges a meeting to come: not one already held (已于12月18日召开), and a
 * bare 于 only right after the meeting it dates (第二次会议于1月14日至17日举行).
 */
function convenesHere(t: string, at: number, verb: string): boolean {
  const before = t.slice(Math.max(0, at - 3), at);
  if (/(?:已|曾|已经|业已|先后)$/.test(before)) return false;
  return verb !== '于' || /会(?:议)?$/.test(before);
}

function isConvening(clause: string): boolean {
  CONVENE_G.lastIndex = 0;
  let c: RegExpExecArray | null = null;
  for (let m = CONVENE_G.exec(clause); m; m = CONVENE_G.exec(clause)) {
    if (convenesHere(clause, m.index, m[0])) {
      c = m;
      break;
    }
  }
  if (!c) return false;
  const after = clause.slice(c.index);
  if (!HELD.test(after) || !MEETING_NOUN.test(clause)) return false;
  if (NORM_WORDS.test(clause)) return false;
  return findDates(after).some((d) => d.day !== null && d.start < 30);
}

/** Clauses of the body that arrange a meeting on a day, outside the paragraphs already in a region. */
export function meetingSentences(model: DocModel, taken: ReadonlySet<number>): SentenceAnchor[] {
  const out: SentenceAnchor[] = [];
  for (const p of model.paragraphs) {
    if (!CONTENT_ROLES.has(p.role) || taken.has(p.index)) continue;
    // (No CONVENE here: the kept spans are none for a text without it.)
    for (const [start, end] of perText(p, CONVENINGS, conveningsOf)) out.push({ para: p, start, end });
  }
  return out;
}

const CONVENINGS = memoSlot('convenings');
const NO_SPANS: ReadonlyArray<readonly [number, number]> = [];

function conveningsOf(p: Paragraph): ReadonlyArray<readonly [number, number]> {
  return conveningSpans(p.key);
}

/** The pieces of a paragraph's folded text that convene a meeting on a day; kept by text. */
function conveningSpans(t: string): ReadonlyArray<readonly [number, number]> {
  // A convening clause holds a convening verb and 召开/举行…: a text without both (most) has
  // none, and is not cut into clauses. (A match in a clause is one in the whole text too.)
  if (!CONVENE.test(t) || !HELD.test(t)) return NO_SPANS;
  const out: Array<[number, number]> = [];
  for (const [s, e] of clauses(t)) if (isConvening(t.slice(s, e))) out.push(...convenings(t, s, e));
  return out;
}

const CONVENE_G = new RegExp(CONVENE.source, 'g');

/**
 * The pieces of a clause that each convene one meeting: from the comma before the verb (会议定于…)
 * to the comma after 召开/举行 — a run-on clause may convene two meetings.
 */
function convenings(t: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  CONVENE_G.lastIndex = s;
  for (let m = CONVENE_G.exec(t); m && m.index < e; m = CONVENE_G.exec(t)) {
    if (!convenesHere(t, m.index, m[0])) continue;
    const held = HELD.exec(t.slice(m.index, e));
    if (!held) break;
    const heldAt = m.index + held.index + held[0].length;
    const from = Math.max(s, t.lastIndexOf('，', m.index) + 1, t.lastIndexOf(',', m.index) + 1);
    const comma = t.slice(heldAt, e).search(/[，,]/);
    let to = comma < 0 ? e : heldAt + comma;
    // The sentence's own end mark is no part of the meeting's words.
    while (to > heldAt && /[。；;!?！？]/.test(t[to - 1]!)) to--;
    if (findDates(t.slice(m.index, to)).some((d) => d.day !== null)) out.push([from, to]);
    CONVENE_G.lastIndex = Math.max(to, m.index + m[0].length);
  }
  return out;
}

/**
 * Sections that arrange a meeting or a visit: a heading whose section holds two or more labels
 * (会议时间：…, 参会人员：…) with a date among them. Returns paragraph index ranges [from, to).
 */
export function labelledSections(model: DocModel, label: RegExp = MEETING_LABEL): Array<[number, number]> {
  const ps = model.paragraphs;
  const out: Array<[number, number]> = [];
  // The label is one of the module's patterns: whether it matches is kept by each text.
  const slot = testSlot(label);
  const labelled = (q: Paragraph): boolean => keyMatches(q, label, slot);
  let i = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    if (!CONTENT_ROLES.has(p.role) || !labelled(p)) {
      i++;
      continue;
    }
    // Run of labelled lines, with the lines between them that continue one.
    let j = i + 1;
    let labels = 1;
    let dated = keyDates(p).some((d) => d.day !== null);
    while (j < ps.length && CONTENT_ROLES.has(ps[j]!.role) && (labelled(ps[j]!) || (ps[j]!.level === 0 && j + 1 < ps.length && labelled(ps[j + 1]!)))) {
      if (labelled(ps[j]!)) labels++;
      if (keyDates(ps[j]!).some((d) => d.day !== null)) dated = true;
      j++;
    }
    if (labels >= 2 && dated) out.push([headingBefore(ps, i), j]);
    i = j;
  }
  return out;
}

/** The section heading right above a labelled run (三、召开推进会议), else the run itself. */
function headingBefore(ps: Paragraph[], i: number): number {
  const prev = ps[i - 1];
  return prev && prev.level > 0 && /会|调研|督查|视察|检查/.test(prev.key) ? i - 1 : i;
}

/** The limits a policy text sets on meetings, speeches and visits (one paragraph each). */
export function normParagraphs(model: DocModel): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of model.paragraphs) {
    if (p.role !== 'body') continue;
    const t = p.key;
    if (!t.includes('超过') && !t.includes('控制在')) continue;
    if (/(?:不超过|不得超过|控制在)[^，。；]{0,6}(?:\d+|[一二三四五六七八九十两半]+)\s*(?:分钟|小时|天|人|个|次|页|字)/.test(t) && /会|讲话|发言|汇报|调研|督查|检查|文件|材料/.test(t)) out.push(p);
  }
  return out;
}
