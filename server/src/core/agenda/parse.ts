// Reads an agenda (or a meeting notice) into days and items. Works paragraph by paragraph
// over the document model, so numbered lists, plain lines, one-line texts and flattened tables
// (`|` cells become paragraphs) read alike. Context carries from paragraph to paragraph: the
// current day (a date heading such as 12月27日(星期日) or 3月5日（星期四）上午), the current part
// of the day (上午 / 下午 / 晚上 headings or prefixes, and the columns of a table whose header
// row names them), so a bare 2:30 under 下午 is 14:30.
//
// An item is a time (range or start) with what follows it, or a list entry / table row that
// names a speech, a report or another agenda step. A line that is only a time takes the line
// (or the cells) after it as its text; a table row's cells form one item when at most one of
// them holds a time. Notice sections (一、会议时间 二、参会人员) are not items.

import type { Names } from '../names';
import type { DocModel } from '../model/types';
import { keyDates } from '../parse/dates';
import { findDurations, speakerCount, type DurationMatch } from '../parse/durations';
import { dayPartOf, findTimes, toMinutes, type DayPart, type TimeMatch } from '../parse/times';
import { stanceAt } from '../semantics/stance';
import type { Ymd } from '../semantics/timeline';
import { readMark, skipSpace, type MarkOptions } from '../text/marks';
import type { Paragraph, Role } from '../text/paragraph';
import { isTimeLabel, isWeekdayOnly, readDays, type DayRead } from './days';
import { hasPrincipalTitle, isMainReport, listedSpeakers, roleOf, speakerOf, speakingPrincipals } from './roles';
import type { Agenda, AgendaItem, ItemPart, MeetingWindow } from './types';

const ITEM_ROLES: ReadonlySet<Role> = new Set<Role>(['body', 'attachment', 'other']);

const DAYPART_WORD = /^(上午|早上|早晨|中午|下午|午后|晚上|晚间|傍晚)/;
const HOST_LINE = /^(?:会议)?主持(?:人)?\s*[:：]\s*(.{1,30}?)\s*$/;
const HOST_SENTENCE = /^(?:会议|大会|本次会议)?由[^，。；,;]{1,24}?主持[。；;]?$/;
const HOST_IN_TEXT = /(?:会议)?由\s*([^，。；,;]{1,20}?)(?:同志)?\s*主持/;
const CONVENES_AFTER = /^[^，。；,;]{0,6}?(?:同志)?\s*(?:召集|主持召开|牵头召开|主持)/;
const VICE = /常务副市长|副市长|市委副书记|市委常委|市人大常委会副主任|市政协副主席/;
const VICE_G = new RegExp(VICE.source, 'g');
const HIGHER = /贯彻(?:落实)?|传达(?:学习)?|学习贯彻|落实/g;
const HIGHER_MEETING = /^[^。；;]{0,30}?(?:上级|中央|全国|国务院|省委|省政府|全省|省|自治区|区党委|自治州|州委|州政府|全州)[^。；;]{0,24}?(?:重要)?(?:会议|全会|大会|两会)/;
const STATUTORY_TITLE = /人民代表大会|人大常委会[^，。]{0,12}会议|(?:人大|政协|党代会|职代会)[^，。；]{0,16}?(?:第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议|全体会议|会议日程|会议议程)|党代表大会|政治协商会议|职工代表大会|届[一二三四五六七八九十\d]{1,3}次会议/;
/** The date written right before an item's time (1月15日上午8:00…): dropped from the item's words. */
const DATE_BEFORE_TIME = /(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号](?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?=\u0001)/;
/** A line that opens with the day (3月19日（星期二）上午　开幕式): the day is context, not the item's words. */
const DATE_LEAD = /^\s*(?:(?:[\d０-９]{4}|[〇○零OＯ一二三四五六七八九]{4})年)?(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号](?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(上午|下午|晚上|中午|全天)?\s*/;
const CONVENED_AFTER = /^[^，。；,;]{0,30}?(?:召开|举行|举办)(?!的)/;
const LABEL_LINE = /^\**(?:会议|活动|开会)?(?:时间|日期)\**\s*(?:[:：]|为|是)/;
/** Any "…时间：" line (报到时间：, 报名时间：): a fact about the meeting, not a step of it. */
const ANY_LABEL_LINE = /^\**[\u4e00-\u9fa5]{0,4}(?:时间|日期)\**\s*(?:[:：]|为|是)/;
const HEADER_CELL = /^(?:序号|时间|日期|时段|议程|议题|内容|事项|会议内容|发言人|汇报人|主讲人|主持人|讲话人|发言单位|汇报单位|单位|地点|时长|用时|备注|负责人|参加人员|出席人员|主持|发言)$/;
/** A label line of a notice (会议要求：…, 参会人员：…): not an agenda step. */
const LABEL_START = /^[\u4e00-\u9fa5]{2,8}[:：]/;

/** Marks of an agenda's lines: 一、 （一） 1. 1、 （1） 1) ① 第一项, numerals of either script or both. */
const LIST_MARKS: MarkOptions = {
  chinese: { stops: ')）、.．', guarded: '.．' },
  arabic: { stops: ')）、.．', guarded: '.．' },
  mixed: true,
  brackets: { mixed: true },
  clockColons: ':∶：',
  circled: true,
  ordinals: '项',
};
const LEAD_MARKS: MarkOptions = { ...LIST_MARKS, bullets: '-•·*' };
/** For markLevel: a Chinese numeral ends with a stop only (一、 一.), and a figure may follow it. */
const LEVEL_MARKS: MarkOptions = { chinese: { stops: '、.．' }, arabic: { stops: '、.．)）', guarded: '.．' }, brackets: {}, clockColons: ':∶：', circled: true, ordinals: '项' };

/** Where a line's words start after its list mark (一、 （一） 1. 1、 （1） 1) ① 第一项： -) and the spaces around it. */
function leadEnd(t: string): number {
  const at = skipSpace(t, 0);
  const m = readMark(t, at, LEAD_MARKS);
  if (!m) return at;
  let end = m.end;
  if (m.kind === 'ordinal') {
    end = skipSpace(t, end);
    if (/[：:、，,]/.test(t.charAt(end))) end++;
  }
  return skipSpace(t, end);
}

/** The line without its list mark. */
function withoutMark(t: string): string {
  return t.slice(leadEnd(t));
}

function markLevel(t: string): number {
  const m = readMark(t, skipSpace(t, 0), LEVEL_MARKS);
  if (!m) return 0;
  return m.kind === 'circled' ? 5 : m.kind === 'ordinal' ? 1 : m.level;
}

interface Segment {
  start: number;
  end: number;
  time: TimeMatch | null;
  /** The time opens the segment (at the line's start, after a list mark or punctuation, or after a date). */
  head: boolean;
  /** The segment starts a physical line of the source (a paragraph rebuilt from wrapped lines has several). */
  line: boolean;
  /** A lead-in before the first time of its line (…负责人于1月14日下午1:00报到): not an item itself. */
  prefix: boolean;
}

/** A list mark at the very start: 一、 （一） 1. （1） ① 第一项. */
function opensWithMark(t: string): boolean {
  return readMark(t, skipSpace(t, 0), LIST_MARKS) !== null;
}

/**
 * Indices in p.text where a physical line of the source starts (0 first). A paragraph joined
 * from hard-wrapped lines keeps its line starts, so list entries and times that open a line
 * still open an item.
 */
function lineStartsOf(text: string, p: Paragraph): number[] {
  const out = [0];
  for (let i = 1; i < p.text.length; i++) {
    const a = p.origEnd(i);
    const b = p.origStart(i);
    if (b > a && text.slice(a, b).includes('\n')) out.push(i);
  }
  return out;
}

/** Splits a paragraph at the times that open an item and at the lines that open one. */
function segmentsOf(t: string, times: TimeMatch[], durations: DurationMatch[], dateEnds: Map<number, number>, lineStarts: number[]): Segment[] {
  // Times come in order: the line pointer only moves forward.
  let lk = 0;
  const lineOf = (i: number): number => {
    while (lk + 1 < lineStarts.length && lineStarts[lk + 1]! <= i) lk++;
    return lineStarts[lk]!;
  };
  const cuts = new Map<number, { time: TimeMatch | null; head: boolean; line: boolean }>();
  const lineSet = new Set(lineStarts);
  for (const ls of lineStarts) {
    if (ls === 0 || opensWithMark(t.slice(ls, ls + 8))) cuts.set(ls, { time: null, head: false, line: true });
  }
  for (const tm of times) {
    const ls = lineOf(tm.start);
    // 9时前入场 / 8:40前登录: a deadline, not an item's start.
    if (/^\s*(?:前|之前|以前|以后)/.test(t.slice(tm.end, tm.end + 3))) continue;
    // Only the few characters before the time matter (a list mark is short): bounded, so a long line stays linear.
    const near = t.slice(Math.max(ls, tm.start - 12), tm.start);
    const lead = tm.start - ls <= 12 && leadEnd(near) === near.length;
    let at = -1;
    if (lead) at = ls;
    else if (/[；;。，,:\s|]\s*$/.test(near)) at = tm.start; // also 会议议程：9:00—9:10 … (keys fold ： to :)
    else if (dateEnds.has(tm.start)) {
      // 列席1月15日上午8:00召开的开幕大会: the item opens at the clause that holds the date.
      const d = dateEnds.get(tm.start)!;
      const from = Math.max(ls, d - 8);
      const window = t.slice(from, d);
      const k = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf(';'));
      at = k >= 0 ? from + k + 1 : from === ls && d - ls <= 7 ? ls : d;
    }
    if (at < 0) continue;
    const have = cuts.get(at);
    if (have && have.time) continue;
    cuts.set(at, { time: tm, head: true, line: lineSet.has(at) });
  }
  const ats = [...cuts.keys()].sort((a, b) => a - b);
  const out: Segment[] = ats.map((at, i) => {
    const c = cuts.get(at)!;
    return { start: at, end: i + 1 < ats.length ? ats[i + 1]! : t.length, time: c.time, head: c.head, line: c.line, prefix: false };
  });
  // 市水务局汇报（9:00—9:10）；历城区发言（9:10—9:30）；… / 市消防救援支队汇报（10分钟），历下区发言（5分钟）…:
  // a line whose clauses each hold a range or a duration is a list of items, one per clause.
  const allRanges = times.filter((x) => x.to !== null);
  const marks = [...allRanges.map((x) => ({ start: x.start, end: x.end, range: x as TimeMatch | null })), ...durations.map((d) => ({ start: d.start, end: d.end, range: null as TimeMatch | null }))].sort((a, b) => a.start - b.start);
  let mk = 0;
  const marksIn = (a: number, b: number, skip: TimeMatch | null): typeof marks => {
    while (mk < marks.length && marks[mk]!.start < a) mk++;
    const found: typeof marks = [];
    for (let k = mk; k < marks.length && marks[k]!.start < b; k++) if (marks[k]!.end <= b && (skip === null || marks[k]!.range !== skip)) found.push(marks[k]!);
    return found;
  };
  const cutAt = (a: number, b: number, re: RegExp): Array<[number, number]> => {
    const pieces: Array<[number, number]> = [];
    let from = a;
    for (let k = a; k < b; k++) {
      if (!re.test(t[k]!)) continue;
      pieces.push([from, k + 1]);
      from = k + 1;
    }
    if (from < b) pieces.push([from, b]);
    return pieces;
  };
  for (let i = 0; i < out.length; i++) {
    const seg = out[i]!;
    const inSeg = marksIn(seg.start, seg.end, seg.time);
    if (inSeg.length < 2) continue;
    const count = (a: number, b: number): number => inSeg.filter((x) => x.start >= a && x.end <= b).length;
    const clauses: Array<[number, number]> = [];
    for (const [a, b] of cutAt(seg.start, seg.end, /[；;。]/)) {
      if (count(a, b) >= 2) clauses.push(...cutAt(a, b, /[，,]/));
      else clauses.push([a, b]);
    }
    const parts: Segment[] = clauses.map(([a, b]) => {
      const own = seg.time && seg.time.start >= a && seg.time.start < b ? seg.time : null;
      const inside = inSeg.filter((x) => x.start >= a && x.end <= b);
      const time = own ?? inside.find((x) => x.range)?.range ?? null;
      return { start: a, end: b, time, head: own !== null && seg.head, line: a === seg.start && seg.line, prefix: time === null && inside.length === 0 };
    });
    out.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
  let rp = 0;
  const rangesIn = (a: number, b: number): TimeMatch[] => {
    while (rp < allRanges.length && allRanges[rp]!.start < a) rp++;
    const found: TimeMatch[] = [];
    for (let k = rp; k < allRanges.length && allRanges[k]!.start < b; k++) if (allRanges[k]!.end <= b) found.push(allRanges[k]!);
    return found;
  };
  for (let i = 0; i < out.length; i++) {
    const seg = out[i]!;
    if (seg.time || seg.prefix) continue;
    const next = out[i + 1];
    if (next && next.head && !next.line) {
      seg.prefix = true;
      continue;
    }
    // 市长讲话（9:35—10:25）: a range elsewhere in the line is its time.
    const range = rangesIn(seg.start, seg.end)[0] ?? null;
    if (range) seg.time = range;
  }
  return out;
}

/** Text of t[s..e) without the time, the list mark and the punctuation around them. */
function wordsOf(t: string, s: number, e: number, time: TimeMatch | null): string {
  const cut = !!time && time.start >= s && time.end <= e;
  let x = cut ? t.slice(s, time!.start) + '\u0001' + t.slice(time!.end, e) : t.slice(s, e);
  if (cut) {
    x = x.replace(/[（(]\s*\u0001\s*[）)]/, '');
    if (x.includes('月')) x = x.replace(DATE_BEFORE_TIME, '');
  }
  x = withoutMark(x);
  if (x.includes('月')) x = x.replace(DATE_LEAD, '');
  if (cut) x = x.replace(/(.?)\u0001(.?)/, (_m, a: string, b: string) => (/\w/.test(a) && /\w/.test(b) ? `${a} ${b}` : a + b));
  x = x.replace(/^[\s:：,，、|。；;]+/, '');
  if (/^(?:会议)?(?:议程|内容|安排|日程)[:：]/.test(x)) x = x.replace(/^(?:会议)?(?:议程|内容|安排|日程)[:：]/, '');
  x = x.replace(/^(?:以及|并于|并|及|再)(?=\S)/, '');
  let end = x.length;
  while (end > 0 && /[\s。；;，,：:]/.test(x[end - 1]!)) end--;
  return (end < x.length ? x.slice(0, end) : x).trim();
}

interface Candidate {
  item: AgendaItem;
  /** The last paragraph of the item's unit, and the first (a table row or a time line and its words span several). */
  pi: number;
  firstPi: number;
  /** The item is a whole paragraph (or unit), not a piece of one. */
  whole: boolean;
  /** A piece before the first time of its paragraph. */
  prefix: boolean;
  level: number;
  head: boolean;
  sessionSeq: number;
  /** Counts day headings: list entries under different days are not siblings. */
  block: number;
}

/** What the line-by-line reading of a schedule carries from one line to the next. */
interface Scan {
  model: DocModel;
  ps: Paragraph[];
  read: DayRead;
  names: Names;
  /** A `|` stands between paragraph i-1 and i in the source: i opens a table cell. */
  cellBefore: boolean[];
  /** Where the days' dates start (`para:offset`): a date that defines the day, not an item's. */
  dayStarts: Set<string>;
  cands: Candidate[];
  /** Lines that only say who presides (主持：副市长李四): they stand between a session line and its steps. */
  hostLines: Set<number>;
  host: string | null;
  dayIndex: number;
  dayPart: DayPart | null;
  sessionSeq: number;
  window: MeetingWindow | null;
  /** Columns of a schedule table whose header row names the parts of the day (| 日期 | 上午 | 下午 |). */
  headerParts: DayPart[];
  columns: DayPart[] | null;
  col: number;
  lastFrom: number;
  lastFromDay: number;
  /** Counts day headings: list entries under different days are not siblings. */
  block: number;
}

/**
 * The agenda of a schedule, in stages: the days (days.ts), then each line read in order (a day
 * heading, a host line, a session heading, a label with the meeting's own time, a table's
 * header row, or the items a line holds), then the items kept, their ends inferred, their
 * lengths measured and the sessions that contain others marked.
 */
export function parseAgenda(model: DocModel, issue: Ymd | null, names: Names): Agenda {
  const s = startScan(model, readDays(model, issue), names);
  for (let pi = 0; pi < s.ps.length; pi++) pi = readLine(s, pi);
  const kept = keepItems(s.cands, s.read.headings.size > 0 || s.cellBefore.some(Boolean), s.hostLines);
  const items = kept.map((c) => c.item);
  inferEnds(kept, s.window);
  for (const it of items) measure(it);
  markContainers(items);
  return assemble(s, items);
}

function startScan(model: DocModel, read: DayRead, names: Names): Scan {
  const ps = model.paragraphs;
  // Table cells: a `|` between two paragraphs (in the source text) starts a new cell.
  const cellBefore = ps.map((p, i) => {
    const from = i === 0 ? model.lines.starts[p.line] ?? 0 : ps[i - 1]!.end;
    return from < p.start && model.text.slice(from, p.start).includes('|');
  });
  const all = ps.map((p) => p.key).join('\n');
  return {
    model, ps, read, names, cellBefore,
    dayStarts: new Set<string>(read.days.filter((d) => d.match).map((d) => `${d.para.index}:${d.match!.start}`)),
    cands: [], hostLines: new Set<number>(),
    host: HOST_IN_TEXT.exec(all)?.[1]!.trim() ?? null,
    dayIndex: read.days.length === 1 ? 0 : -1, dayPart: null, sessionSeq: 0, window: null,
    headerParts: [], columns: null, col: -1, lastFrom: -1, lastFromDay: -2, block: 0,
  };
}

/** Paragraph j is another cell of i's table row. */
function sameRow(s: Scan, i: number, j: number): boolean {
  return j < s.ps.length && s.cellBefore[j]! && s.ps[j]!.line === s.ps[i]!.line;
}

/** One line of the schedule; returns the index of the last paragraph it took. */
function readLine(s: Scan, pi: number): number {
  const p = s.ps[pi]!;
  nextCell(s, pi);
  if (atDayHeading(s, pi)) return pi;
  if (!ITEM_ROLES.has(p.role)) return pi;
  if (atHostLine(s, pi)) return pi;
  if (isWeekdayOnly(p.key)) return pi;
  if (atSessionHeading(s, pi)) return pi;
  const times = findTimes(p.key);
  if (atLabelLine(s, pi, times)) return pi;
  const header = headerRowEnd(s, pi);
  if (header !== null) return header;
  return readItems(s, pi, times);
}

/** A new cell of a table whose header named the parts of the day: the column's part of the day. */
function nextCell(s: Scan, pi: number): void {
  if (!s.cellBefore[pi] || s.col < 0) return;
  s.col++;
  if (s.columns && s.col - 1 < s.columns.length) {
    s.dayPart = s.columns[s.col - 1]!;
    s.sessionSeq++;
  }
}

/** A day heading (3月5日（星期二）上午): the day and part of the day the next lines belong to. */
function atDayHeading(s: Scan, pi: number): boolean {
  const h = s.read.headings.get(s.ps[pi]!);
  if (!h) return false;
  s.block++;
  s.dayIndex = h.index;
  s.dayPart = h.dayPart;
  s.sessionSeq++;
  if (s.cellBefore[pi] || s.cellBefore[pi + 1]) {
    if (!s.columns && s.headerParts.length >= 2) s.columns = [...s.headerParts];
    s.col = 0;
  }
  return true;
}

/** 主持：副市长李四 / 会议由市长王五主持。: who presides, not a step. */
function atHostLine(s: Scan, pi: number): boolean {
  const t = s.ps[pi]!.key;
  const hostLine = HOST_LINE.exec(t);
  if (hostLine) {
    s.host = hostLine[1]!.replace(/同志$/, '');
    s.hostLines.add(pi);
    return true;
  }
  if (HOST_SENTENCE.test(withoutMark(t))) {
    s.hostLines.add(pi);
    return true;
  }
  return false;
}

/** 上午 / 下午（14:30开始） alone on a line opens a session; 下午　分组讨论 opens it and goes on. */
function atSessionHeading(s: Scan, pi: number): boolean {
  const t = s.ps[pi]!.key;
  const session = DAYPART_WORD.exec(t);
  if (!session) return false;
  if (t.replace(/[（(][^）)]*[）)]/g, '').replace(/[:：\s|]/g, '').length <= session[0].length + 1) {
    s.dayPart = dayPartOf(session[0]);
    s.sessionSeq++;
    if (!s.columns && (s.cellBefore[pi] || s.cellBefore[pi + 1])) s.headerParts.push(s.dayPart!);
    return true;
  }
  if (!times0(t, session[0].length)) {
    s.dayPart = dayPartOf(session[0]);
    s.sessionSeq++;
  }
  return false;
}

/**
 * 报到时间：… is something else's time; 时间：2024年3月12日上午9:00—11:30 (or that line under
 * 一、会议时间) is the meeting's own time, its window, not an item.
 */
function atLabelLine(s: Scan, pi: number, times: TimeMatch[]): boolean {
  const t = s.ps[pi]!.key;
  const unmarked = withoutMark(t);
  if (ANY_LABEL_LINE.test(unmarked) && !LABEL_LINE.test(unmarked)) return true;
  if (!(LABEL_LINE.test(unmarked) || (pi > 0 && !s.cellBefore[pi] && isTimeLabel(s.ps[pi - 1]!.key)))) return false;
  const tm = times[0];
  const di = keyDates(s.ps[pi]!).map((d) => s.read.dayOf(d.month, d.day)).find((i) => i >= 0) ?? s.dayIndex;
  if (di >= 0) s.dayIndex = di;
  if (tm) {
    if (tm.dayPart) s.dayPart = tm.dayPart;
    const part = tm.dayPart ?? s.dayPart ?? guess(tm.from.hour);
    const from = toMinutes(tm.from, part);
    let to = tm.to ? toMinutes(tm.to, tm.toDayPart ?? part ?? guess(tm.to.hour)) : null;
    if (to !== null && to < from && tm.to!.hour >= 1 && tm.to!.hour <= 6) to += 12 * 60;
    // 上午9:00—12:00，下午2:30—5:00: the meeting's time runs to the end of the last range of the line.
    const last = times[times.length - 1]!;
    if (to !== null && last !== tm && last.to && last.dayPart) {
      const end = toMinutes(last.to, last.toDayPart ?? last.dayPart);
      if (end > to) to = end;
    }
    if (!s.window) s.window = { dayIndex: s.dayIndex, from, to };
  }
  return true;
}

/** | 时间 | 内容 | 发言人 | or | 日期 | 上午 | 下午 |: a header row; returns its last cell, or null. */
function headerRowEnd(s: Scan, pi: number): number | null {
  const t = s.ps[pi]!.key;
  if (!s.cellBefore[pi] || !HEADER_CELL.test(t.trim())) return null;
  let j = pi + 1;
  const parts: DayPart[] = [];
  for (; sameRow(s, pi, j); j++) {
    const c = s.ps[j]!.key.trim();
    const dp = DAYPART_WORD.exec(c)?.[0];
    if (dp && dp.length === c.length) parts.push(dayPartOf(dp)!);
    else if (!HEADER_CELL.test(c)) break;
  }
  if (sameRow(s, pi, j)) return null;
  if (!s.columns && s.headerParts.length === 0) s.headerParts.push(...parts);
  return j - 1;
}

interface Piece {
  parts: ItemPart[];
  time: TimeMatch | null;
  timePara: Paragraph;
  head: boolean;
  whole: boolean;
  prefix: boolean;
  line: boolean;
}

/** The items of a line (and of the lines it takes with it); returns the last paragraph taken. */
function readItems(s: Scan, pi: number, times: TimeMatch[]): number {
  const p = s.ps[pi]!;
  const t = p.key;
  const { unit, last } = unitOf(s, pi, times);
  const { mentioned, dateEnds } = datesSaid(s, p);
  openingDay(s, t, mentioned);
  const pieces = piecesOf(s, p, unit, times, dateEnds);
  let mp = 0;
  let said: { at: number; index: number } | undefined;
  for (const piece of pieces) {
    const first = piece.parts[0]!;
    // The last date written before this piece (mentions are in order: a pointer keeps it linear).
    const limit = Math.max(first.start + 2, piece.time !== null ? piece.time.start - 1 : -1);
    while (mp < mentioned.length && mentioned[mp]!.at <= limit) {
      said = mentioned[mp]!;
      mp++;
    }
    if (said && said.at <= limit) s.dayIndex = said.index;
    addItem(s, piece, last, p);
  }
  return last;
}

/** The unit: this paragraph, plus the line after a bare time, plus the other cells of its table row. */
function unitOf(s: Scan, pi: number, times: TimeMatch[]): { unit: Paragraph[]; last: number } {
  const ps = s.ps;
  const p = ps[pi]!;
  const t = p.key;
  const unit: Paragraph[] = [p];
  const headTime = (q: Paragraph): boolean => {
    const ts = findTimes(q.key);
    return ts.length > 0 && withoutMark(q.key.slice(0, ts[0]!.start)).trim().length === 0;
  };
  const timeOnly = times.length === 1 && wordsOf(t, 0, t.length, times[0]!).length === 0;
  let j = pi + 1;
  if (timeOnly && j < ps.length && ITEM_ROLES.has(ps[j]!.role) && !s.read.headings.has(ps[j]!) && !headTime(ps[j]!) && !DAYPART_WORD.test(ps[j]!.key) && !ANY_LABEL_LINE.test(withoutMark(ps[j]!.key))) {
    unit.push(ps[j]!);
    j++;
  }
  if (s.cellBefore[pi] && !s.columns) {
    let k = j;
    let timed = times.length > 0 ? 1 : 0;
    while (sameRow(s, pi, k)) {
      if (findTimes(ps[k]!.key).length > 0) timed++;
      k++;
    }
    if (timed <= 1) {
      for (let q = j; q < k; q++) unit.push(ps[q]!);
      j = k;
    }
  }
  for (let q = pi + 1; q < j; q++) if (s.cellBefore[q] && s.col >= 0) s.col++;
  return { unit, last: j - 1 };
}

/**
 * A date of the meeting written in the sentence (…于1月14日下午1:00报到) sets the day; a time right
 * after a day's date opens an item, unless this is where the meeting is convened.
 */
function datesSaid(s: Scan, p: Paragraph): { mentioned: Array<{ at: number; index: number }>; dateEnds: Map<number, number> } {
  const t = p.key;
  const mentioned: Array<{ at: number; index: number }> = [];
  const dateEnds = new Map<number, number>();
  if (!t.includes('月') && !t.includes('日')) return { mentioned, dateEnds };
  for (const d of keyDates(p)) {
    const index = s.read.dayOf(d.month, d.day);
    if (index < 0) continue;
    mentioned.push({ at: d.start, index });
    // A date that defines the day inside a sentence; one opening the line opens its first item.
    const defining = s.dayStarts.has(`${p.index}:${d.start}`) && withoutMark(t.slice(0, d.start)).trim().length > 0;
    const rest = /^(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?/.exec(t.slice(d.end))![0].length;
    // …定于3月14日上午9时在…召开全市…会议: where the meeting is convened, not a step of it.
    const convened = CONVENED_AFTER.test(t.slice(d.end + rest, d.end + rest + 40));
    if (!defining && !convened) dateEnds.set(d.end + rest, d.start);
  }
  return { mentioned, dateEnds };
}

/** A line that opens with a day's date (3月20日9:00 …) moves to that day, and to the part of the day it names. */
function openingDay(s: Scan, t: string, mentioned: ReadonlyArray<{ at: number; index: number }>): void {
  const opening = DATE_LEAD.exec(withoutMark(t));
  if (!opening || mentioned.length === 0 || mentioned[0]!.at > 4) return;
  if (mentioned[0]!.index !== s.dayIndex) {
    // 3月20日9:00 after 3月19日下午…: a new day starts in no part of the day yet.
    s.dayPart = null;
    s.sessionSeq++;
  }
  s.dayIndex = mentioned[0]!.index;
  if (opening[1] && opening[1] !== '全天') {
    // 3月19日下午2:30 … / 3月19日下午3:30 …: the date repeated on every line; only a new part of the day opens a session.
    const part = dayPartOf(opening[1]);
    if (part !== s.dayPart) s.sessionSeq++;
    s.dayPart = part;
  }
}

/** The pieces a unit holds: a multi-line unit is one; a line may hold several (9:00 … 9:30 …). */
function piecesOf(s: Scan, p: Paragraph, unit: Paragraph[], times: TimeMatch[], dateEnds: Map<number, number>): Piece[] {
  if (unit.length > 1) {
    let time: TimeMatch | null = null;
    let timePara = p;
    for (const q of unit) {
      const ts = q === p ? times : findTimes(q.key);
      if (ts.length) {
        time = ts.find((x) => x.to) ?? ts[0]!;
        timePara = q;
        break;
      }
    }
    return [{ parts: unit.map((q) => ({ para: q, start: 0, end: q.text.length })), time, timePara, head: time !== null, whole: true, prefix: false, line: true }];
  }
  const t = p.key;
  const segs = segmentsOf(t, times, findDurations(t), dateEnds, lineStartsOf(s.model.text, p));
  return segs.map((seg, si) => {
    const next = segs[si + 1];
    // A whole line: it starts a line and the next piece does too (or there is none).
    const whole = seg.line && (!next || next.line);
    return { parts: [{ para: p, start: seg.start, end: seg.end }], time: seg.time, timePara: p, head: seg.head, whole, prefix: seg.prefix, line: seg.line };
  });
}

/** A piece as an agenda item: its words, duration, speaker and role, and its times on the day. */
function addItem(s: Scan, piece: Piece, pi: number, p: Paragraph): void {
  const first = piece.parts[0]!;
  const tp = piece.parts.find((x) => x.para === piece.timePara) ?? first;
  const body = piece.parts.map((x) => wordsOf(x.para.key, x.start, x.end, x === tp ? piece.time : null)).filter(Boolean).join(' ');
  const label = piece.parts.map((x) => wordsOf(x.para.text, x.start, x.end, x === tp ? piece.time : null)).filter(Boolean).join(' ');
  const { duration, durationPara } = durationOf(piece);
  const speaker = speakerOf(body);
  const role = roleOf(body, speaker, s.host, s.names);
  if (role === 'host' && !s.host) {
    // 副市长张三主持会议: the presiding leader, for the remarks later on.
    const who = /^([^，,：:；;]{2,20}?)(?:同志)?主持/.exec(body)?.[1];
    if (who && !/主持人|会议|大会/.test(who)) s.host = who;
  }
  const { from, to } = timesOf(s, piece.time);
  const item: AgendaItem = {
    para: piece.timePara,
    start: tp.start,
    end: tp.end,
    parts: piece.parts,
    text: piece.parts.map((x) => x.para.text.slice(x.start, x.end)).join(' '),
    label,
    dayIndex: s.dayIndex,
    dayPart: piece.time?.dayPart ?? s.dayPart,
    time: piece.time,
    from,
    to,
    toInferred: false,
    duration,
    durationPara,
    speakers: null,
    perSpeaker: null,
    length: null,
    minutes: null,
    speaker,
    role,
    container: false,
  };
  const principals = speakingPrincipals(body, speaker, role, s.host, s.names);
  if (principals.length) item.principals = principals;
  if (isMainReport(body, role)) item.mainReport = true;
  if (role === 'speech' || role === 'report') item.speakers = speakersOf(piece, body, speaker, duration, durationPara);
  s.cands.push({ item, pi, firstPi: p.index, whole: piece.whole, prefix: piece.prefix, level: piece.line ? markLevel(first.para.key.slice(first.start, first.start + 8)) : 0, head: piece.head, sessionSeq: s.sessionSeq, block: s.block });
}

/** The piece's duration (an allotment per speaker first), and the paragraph that holds it. */
function durationOf(piece: Piece): { duration: DurationMatch | null; durationPara: Paragraph | null } {
  let duration: DurationMatch | null = null;
  let durationPara: Paragraph | null = null;
  for (const x of piece.parts) {
    const ds = findDurations(x.para.key.slice(x.start, x.end)).map((d) => ({ ...d, start: d.start + x.start, end: d.end + x.start, numberStart: d.numberStart + x.start, numberEnd: d.numberEnd + x.start }));
    const pick = ds.find((d) => d.perUnit) ?? ds[0];
    if (pick && (!duration || (pick.perUnit && !duration.perUnit))) {
      duration = pick;
      durationPara = x.para;
    }
  }
  return { duration, durationPara };
}

/** The minutes an item starts and ends at, from its time and the part of the day; moves the day's part on. */
function timesOf(s: Scan, time: TimeMatch | null): { from: number | null; to: number | null } {
  if (!time) return { from: null, to: null };
  const written = time.dayPart;
  let part = written ?? s.dayPart;
  if (!written && part === 'morning' && time.from.hour >= 1 && time.from.hour <= 6) part = 'afternoon';
  let from = toMinutes(time.from, part ?? guess(time.from.hour));
  // Without a day part, a time earlier than the one before it that day is in the afternoon (11:00 … 2:30).
  if (!written && s.lastFromDay === s.dayIndex && from < s.lastFrom && time.from.hour < 12 && from + 12 * 60 >= s.lastFrom) from += 12 * 60;
  let to: number | null = null;
  if (time.to) {
    let end = toMinutes(time.to, time.toDayPart ?? (from >= 12 * 60 ? 'afternoon' : part ?? guess(time.to.hour)));
    if (end < from && end + 12 * 60 > from && time.to.hour >= 1 && time.to.hour <= 6) end += 12 * 60; // 11:30-1:00
    to = end;
  }
  if (written) s.dayPart = written;
  else if (from >= 12 * 60 && from < 18 * 60 && s.dayPart !== 'afternoon' && s.dayPart !== 'noon') s.dayPart = 'afternoon';
  s.lastFrom = from;
  s.lastFromDay = s.dayIndex;
  return { from, to };
}

/** How many speakers or units share a speech or report (6人, 历下区、市中区), when more than one. */
function speakersOf(piece: Piece, body: string, speaker: string, duration: DurationMatch | null, durationPara: Paragraph | null): number | null {
  const dPart = duration && durationPara ? piece.parts.find((x) => x.para === durationPara && x.start <= duration.start) : undefined;
  const before = duration && durationPara ? durationPara.key.slice(Math.max(dPart?.start ?? 0, duration.start - 40), duration.start) : body;
  // 表态发言（历下区、市中区） / | 表态发言 | 历下区、市中区 |: the speakers may follow the verb.
  const after = /(?:发言|汇报|通报|报告)[\s:：（(]*([^（）()]{2,40}?)[）)]?$/.exec(body)?.[1] ?? '';
  const n = speakerCount(before) ?? speakerCount(body) ?? listedSpeakers(speaker) ?? listedSpeakers(after.trim());
  return n && n > 1 ? n : null;
}

/** The agenda: the items with what the text says of the meeting as a whole. */
function assemble(s: Scan, items: AgendaItem[]): Agenda {
  const { model, ps, names, host } = s;
  const all = ps.map((p) => p.key).join('\n');
  // A 副市级 leader convenes only when no principal leader takes part.
  let convener: string | null = null;
  const cm = convenerIn(all);
  const principalTakesPart = items.some((it) => it.role === 'principal');
  if (cm && !hasPrincipalTitle(cm, names) && !principalTakesPart) convener = cm.trim();
  else if (host && VICE.test(host) && !hasPrincipalTitle(host, names) && !principalTakesPart) convener = host;
  return {
    days: s.read.days,
    items,
    host,
    convener,
    headcount: headcount(all),
    departments: departments(model),
    implementsHigher: implementsHigher(model),
    // A session with a 主席团 (presidium) and its 全体会议/预备会议 is a 人大 or 政协 session, wherever the schedule says so.
    // The title decides when it names the meeting (a work meeting about a 职代会 cites the 职代会 in its body).
    statutory: isStatutory(model.titleText) || (!namesMeeting(model.titleText) && ps.slice(0, 12).some((p) => isStatutory(p.key))) || (/主席团/.test(all) && /全体会议|预备会议/.test(all)),
    declaredDays: s.read.declaredDays,
    window: s.window,
    groupDiscussion: holdsGroupDiscussion(all),
  };
}

/** 分组讨论、分组审议、小组讨论、分团讨论 — unless denied (不安排分组讨论). */
const GROUP_DISCUSSION = /分组(?:讨论|审议|座谈|研讨)|小组讨论|分团(?:讨论|审议)|分组会议/g;

/** 分组讨论的会议原则上不超过1天半: a rule about such meetings, not this one's group discussions. */
const GROUP_NORM = /^的会议|^[^，。；\n]{0,12}(?:原则上|一般|不超过|不得)/;

function holdsGroupDiscussion(all: string): boolean {
  GROUP_DISCUSSION.lastIndex = 0;
  for (let m = GROUP_DISCUSSION.exec(all); m; m = GROUP_DISCUSSION.exec(all)) {
    if (/不(?:再)?(?:安排|进行|组织|搞|开展|设)?$|无$|取消$/.test(all.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (GROUP_NORM.test(all.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    return true;
  }
  return false;
}

/**
 * A meeting convened in one sentence (会议定于3月14日9:00在…召开): its day and what the sentence says
 * of it, without the item machinery — a sentence has no agenda items.
 */
export function parseSentenceAgenda(model: DocModel, issue: Ymd | null): Agenda {
  const read = readDays(model, issue);
  const all = model.paragraphs.map((p) => p.key).join('\n');
  return {
    days: read.days,
    items: [],
    host: null,
    convener: null,
    headcount: headcount(all),
    departments: departments(model),
    implementsHigher: implementsHigher(model),
    statutory: isStatutory(all),
    declaredDays: read.declaredDays,
    window: null,
  };
}

/** 由副市长张三召集 / 副市长张三主持召开: the 副市级 leader's words (the clause up to the title), or null. */
function convenerIn(all: string): string | null {
  VICE_G.lastIndex = 0;
  for (let m = VICE_G.exec(all); m; m = VICE_G.exec(all)) {
    const end = m.index + m[0].length;
    const after = CONVENES_AFTER.exec(all.slice(end, end + 12));
    if (!after) continue;
    let from = m.index;
    // The clause starts after punctuation, a line break or a number (一、9:00—9:05会议由副市长李四主持).
    while (from > 0 && m.index - from < 16 && !/[，。；,;：:\n\d]/.test(all[from - 1]!)) from--;
    // 本次会议由副市长李四召集: the leader's words start after 由.
    const by = all.lastIndexOf('由', m.index - 1);
    if (by >= from) from = by + 1;
    // The whole name up to the verb (市委副书记、市长王五主持): a principal among the titles is not 副市级.
    return all.slice(from, end + after[0].length).replace(/(?:同志)?\s*(?:召集|主持召开|牵头召开|主持)$/, '');
  }
  return null;
}

/** A time right after a day-part word (上午9:00): that word belongs to the time. */
function times0(t: string, at: number): boolean {
  return /^\s*\d/.test(t.slice(at, at + 3));
}

/** A time without a day part: 1–6 o'clock is afternoon. */
function guess(hour: number): DayPart | null {
  return hour >= 1 && hour <= 6 ? 'afternoon' : null;
}

/**
 * Drops what is not an agenda step: a piece of a paragraph before its first time (the lead-in
 * of a notice's sentence), notice sections (一、会议时间 二、参会人员) whose siblings are not agenda
 * steps either, and plain lines outside a schedule.
 */
/** The title names the meeting itself (…工作会议, …推进会): its own words say whether it is a statutory session. */
function namesMeeting(title: string): boolean {
  return /(?:工作|推进|调度|部署|协调|筹备|座谈|专题)(?:会议|会)(?:的通知|通知|议程|日程|安排)?$/.test(title.replace(/[》”"]$/, ''));
}

/**
 * A statutory session's name (人民代表大会, 政协…全体会议, 职工代表大会) — but not a work meeting
 * about one (…职工代表大会工作会议, …代表大会筹备会议), which is an ordinary meeting.
 */
function isStatutory(t: string): boolean {
  const m = STATUTORY_TITLE.exec(t);
  if (!m) return false;
  return !/^[^，。；]{0,20}?(?:工作会议|筹备(?:工作)?会议?|筹备工作|动员会|部署会|培训会)/.test(t.slice(m.index + m[0].length));
}

/** What a notice asks of the participants: 请…做好准备, 各单位要…, 务必…. */
const REQUEST = /^(?:请|务必|烦请|望|各[^，。；]{1,12}(?:要|须|务必|应))/;

function keepItems(cands: Candidate[], schedule: boolean, hostLines: ReadonlySet<number>): Candidate[] {
  /** Paragraph b follows a (nothing but host lines between them). */
  const follows = (a: number, b: number): boolean => {
    for (let q = a + 1; q < b; q++) if (!hostLines.has(q)) return false;
    return a < b;
  };
  const strong = (c: Candidate): boolean => c.item.time !== null || c.item.duration !== null || c.item.role !== 'other';
  // Sibling groups of list entries: same mark level under the same parent.
  const groupOf = new Map<Candidate, number>();
  const groupStrong: boolean[] = [];
  const groupParentTimed: boolean[] = [];
  const stack: Array<{ level: number; group: number }> = [];
  let lastBlock = -1;
  let prev: Candidate | null = null;
  for (const c of cands) {
    if (c.block !== lastBlock) {
      stack.length = 0;
      lastBlock = c.block;
    }
    if (c.level > 0) {
      while (stack.length && stack[stack.length - 1]!.level > c.level) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level !== c.level) {
        top = { level: c.level, group: groupStrong.length };
        stack.push(top);
        groupStrong.push(false);
        groupParentTimed.push(!!prev && prev.whole && follows(prev.pi, c.firstPi) && prev.item.time !== null && prev.item.role === 'other');
      }
      groupOf.set(c, top.group);
      // An entry counts as an agenda step when its own line opens with its time, or it names a budgeted role or a length.
      if ((c.head && c.item.time !== null && !c.prefix) || c.item.duration !== null || c.item.role !== 'other') groupStrong[top.group] = true;
    }
    prev = c;
  }
  const out: Candidate[] = [];
  let lastKeptPi = -2;
  for (const c of cands) {
    let keep = true;
    if (!strong(c)) {
      const g = groupOf.get(c);
      if (c.prefix) keep = false;
      else if (g !== undefined) keep = groupStrong[g]! || groupParentTimed[g]!;
      else keep = schedule && c.whole && lastKeptPi === c.firstPi - 1 && c.item.label.length <= 40 && !LABEL_START.test(c.item.label) && c.item.label.length > 0;
    } else if (c.prefix && c.item.time === null && c.item.duration === null) {
      keep = false;
    }
    if (!c.item.label && c.item.time === null) keep = false;
    // A request to the participants (请各组长做好汇报发言准备) is not a step of the agenda.
    if (keep && c.item.time === null && c.item.duration === null && REQUEST.test(c.item.label)) keep = false;
    // A sentence of a notice (…召开全市经济工作会议，市委书记出席并讲话。) is not a step of the agenda.
    if (keep && c.item.time === null && c.item.duration === null && c.level === 0 && (c.item.label.length > 30 || /[。！？]./.test(c.item.label))) keep = false;
    if (keep) {
      out.push(c);
      lastKeptPi = c.pi;
    }
  }
  return out;
}

/** Ends of start-only items: the next item's start the same day and session, or the meeting's stated end. */
function inferEnds(cands: Candidate[], window: MeetingWindow | null): void {
  let next: Candidate | null = null;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    const it = c.item;
    if (it.from === null) continue;
    if (it.to === null && !it.duration) {
      const n = next?.item;
      if (n && n.dayIndex === it.dayIndex && n.from! > it.from && n.from! - it.from <= 240 && next!.sessionSeq === c.sessionSeq && !crossesBreak(it.from, n.from!)) {
        it.to = n.from;
        it.toInferred = true;
      } else if ((!n || n.dayIndex !== it.dayIndex) && window && window.to !== null && window.dayIndex === it.dayIndex && window.to > it.from && !crossesBreak(it.from, window.to)) {
        it.to = window.to;
        it.toInferred = true;
      }
    }
    next = c;
  }
}

/** From the morning into the afternoon (lunch), or from the afternoon into the evening. */
function crossesBreak(a: number, b: number): boolean {
  return (a < 12 * 60 && b > 13 * 60) || (a < 17 * 60 + 30 && b >= 18 * 60 + 30);
}

function measure(it: AgendaItem): void {
  const d = it.duration;
  if (it.from !== null && it.to !== null && !(it.toInferred && d && !d.perUnit)) it.length = it.to > it.from ? it.to - it.from : null;
  else if (d && !d.perUnit) it.length = d.minutes;
  else if (d && d.perUnit && it.speakers) it.length = d.minutes * it.speakers;
  if (d && d.perUnit) it.perSpeaker = d.minutes;
  else if (it.speakers && it.length !== null) it.perSpeaker = Math.ceil(it.length / it.speakers);
  it.minutes = it.perSpeaker ?? it.length;
}

/** A session line whose written range holds the items after it (9:00—11:30 全体会议：1. … 2. …). */
function markContainers(items: AgendaItem[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    if (a.role !== 'other' || a.from === null || a.to === null || a.toInferred) continue;
    const b = items.slice(i + 1, i + 4).find((x) => x.from !== null);
    if (!b || b.dayIndex !== a.dayIndex || b.from! < a.from || b.from! >= a.to || (b.to ?? b.from!) > a.to || (b.from === a.from && b.to === a.to)) continue;
    // Its first item starts with it, or it names a session (全体会议：, 第一阶段).
    if (b.from === a.from || /[:：]$|会议|大会|阶段|环节|议程/.test(a.label)) a.container = true;
  }
}

/** The meeting says it carries out an important higher-level meeting (贯彻落实全省…会议精神), not forbidding it. */
function implementsHigher(model: DocModel): boolean {
  for (const p of model.paragraphs) {
    if (p.role !== 'title' && p.role !== 'body' && p.role !== 'subtitle' && p.role !== 'attachment') continue;
    const t = p.key;
    HIGHER.lastIndex = 0;
    for (let m = HIGHER.exec(t); m; m = HIGHER.exec(t)) {
      const rest = HIGHER_MEETING.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (!rest) continue;
      if (stanceAt(t, m.index, m.index + m[0].length + rest[0].length) === 'sets') return true;
    }
  }
  return false;
}

function headcount(all: string): number | null {
  let best: number | null = null;
  const re = /(?:共|约|共约|计|人数|规模|预计|合计|总计)\s*(?:约|为)?\s*(\d{2,5})\s*(?:余|多)?\s*(?:人|名)|(\d{2,5})\s*(?:余|多)?\s*人(?:左右|参加|参会|出席)/g;
  for (let m = re.exec(all); m; m = re.exec(all)) {
    // 每个单位10人参加: a quota per unit, not the meeting's size.
    if (/每[^，。；,;\n]{0,6}$/.test(all.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (/不超过|不多于|控制在|以内/.test(all.slice(Math.max(0, m.index - 5), m.index + m[0].length + 3))) continue;
    const n = parseInt(m[1] ?? m[2]!, 10);
    if (best === null || n > best) best = n;
  }
  return best;
}

function departments(model: DocModel): number | null {
  let best: number | null = null;
  const take = (n: number): void => {
    if (best === null || n > best) best = n;
  };
  for (const p of model.paragraphs) {
    const t = p.key;
    const re = /(\d{1,3})\s*个(?:市直|有关|相关)?(?:部门|单位)/g;
    for (let m = re.exec(t); m; m = re.exec(t)) take(parseInt(m[1]!, 10));
    if (/参会(?:单位|部门)|参加(?:单位|部门)|出席单位|列席单位/.test(t)) {
      const list = t.replace(/^[^：:]*[：:]/, '');
      const parts = list.split(/[、，,；;]/).filter((x) => /(?:局|委|办|厅|中心|部|院|公司|室|会|行|社|所)(?:[（(][^）)]*[）)])?$/.test(x.trim()));
      if (parts.length >= 2) take(parts.length);
    }
  }
  return best;
}

/**
 * Where an item's words stand (para.text indices): after its list mark and its leading time, without
 * trailing punctuation; in a table row whose time has a cell of its own, the next cell. What a finding
 * about the item itself (not its time) underlines.
 */
export function itemWords(it: AgendaItem): ItemPart {
  const parts = it.parts.length ? it.parts : [{ para: it.para, start: it.start, end: it.end }];
  for (let k = Math.max(0, parts.findIndex((x) => x.para === it.para)); k < parts.length; k++) {
    const part = parts[k]!;
    const t = part.para.text;
    let start = part.start;
    const tm = part.para === it.para ? it.time : null;
    // 一、9:00—9:10　市长讲话: the words start after the time that opens the item.
    if (tm && tm.start >= part.start && tm.end <= part.end && tm.start - part.start <= 14) start = tm.end;
    else start += leadEnd(t.slice(start, Math.min(part.end, start + 16)));
    while (start < part.end && /[\s:：,，、|。；;]/.test(t[start]!)) start++;
    let end = part.end;
    while (end > start && /[\s。；;，,：:|]/.test(t[end - 1]!)) end--;
    if (end > start) return { para: part.para, start, end };
  }
  return parts[0]!;
}
