// Reads a research plan's route. Stops come from 第一站/第二站 lines, time-prefixed lines,
// numbered lists, table rows (`| 9:00 | 唐王街道娄家村 | 察看… |`, or cells on lines of their own
// between `|` lines), labelled route lines (调研路线：A→B→C, 调研地点：A、B) and run-on text
// (…先后到A察看…，到B了解…；下午在C召开座谈会). A paragraph is cut into clauses at times that open a
// clause, at 第N站 marks, at sentence ends and before a travel verb after a comma; a clause is a
// stop when it names a place after its time, stop mark or travel/inspection verb (前往, 到, 赴,
// 察看, 走访, 在 …). 出发/返回/用餐 clauses are not stops (出发前往A is a stop at A). Without a stop
// mark, a label or a table's 地点 column, the words must read as a place (a 镇/街道, a 村/社区, a
// company or a name with a place ending); see place.ts for how places are read and compared.
//
// Context carries from clause to clause: the day (a date heading), the part of the day
// (上午/下午), the 区县 (from the stop before, or the title: 赴章丘区调研), and a time standing
// alone in a cell or line, which belongs to the place that follows it.
//
// Mode: a stop is unannounced when its own clause (or the cell or line right after it) says
// 暗访 / 四不两直 / 不打招呼 / 随机…, announced when it says 明察; otherwise it takes the plan's mode,
// which is unannounced when the plan, outside its stops, sets such a practice (调研方式：四不两直,
// 采取不打招呼、直奔现场的方式, a title with 暗访) — not where it only forbids or questions it, and not
// where it mixes both (明察暗访相结合).

import type { Names } from '../names';
import type { DocModel } from '../model/types';
import { keyDates, type DateMatch } from '../parse/dates';
import { dayPartOf, findTimes, toMinutes, type DayPart, type TimeMatch } from '../parse/times';
import { stanceAt } from '../semantics/stance';
import { issueDate, resolveDate, yearReference, type Ymd } from '../semantics/timeline';
import { LOOSE_MARKS, readMark, skipSpace, type MarkOptions } from '../text/marks';
import type { Paragraph, Role } from '../text/paragraph';
import { readPlace, type ReadPlace } from './place';
import type { Plan, Stop, StopMode } from './types';

const STOP_ROLES: ReadonlySet<Role> = new Set<Role>(['body', 'attachment', 'other']);
const MODE_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'subtitle', 'body', 'attachment', 'other']);

/** 第一站 第2站. */
const STOP_MARKS: MarkOptions = { ordinals: '站' };
/** List marks and bullets that open a line: 1. 1、 （1） ① - • (1. needs something after it that is no figure, or a clock). */
const LEAD_MARKS: MarkOptions = {
  chinese: { stops: '、．.' },
  arabic: { stops: '、)）.．', guarded: '.．', length: 2 },
  brackets: { mixed: true },
  clockColons: ':：',
  guardEnd: true,
  circled: true,
  bullets: '-*•·●◆■▪',
};
const CONNECTIVE = /^(?:随后|然后|之后|接着|继而|随即|先后|首先|最后|继续|再|又|并|后)/;
const DEPART = /^(?:乘车|驱车)?(?:出发|启程)[,，]?\s*/;
const TRAVEL = /^(?:驱车|乘车|步行)?(?:前往|到达|抵达|来到|赶赴|赴|到|去|走进|深入|进入|转场至|转至|转往|转场)/;
const INSPECT = /^(?:实地)?(?:察看|查看|走访|暗访|考察|参观|视察|调研|检查|督查|督导|观摩|看望|慰问)(?![组团队室办点])(?:了)?/;
const AT = /^在/;
/** A clause that opens with these is not a stop: departures, returns, meals, rest. */
const NOT_A_STOP = /^(?:返回|返程|回程|乘车返回|结束|集合|用餐|午餐|晚餐|早餐|就餐|午休|休息|住宿|入住|从|由|离开|出发|启程)/;
/** …after the place: 在A用餐 is a meal. */
const NOT_A_STOP_AFTER = /^(?:用餐|午餐|晚餐|就餐|午休|休息|住宿|入住|集合|出发)/;
/** A travel or inspection verb inside a clause (run-on text): …带队赴A调研，先后到B察看… */
const VERB_INSIDE = /(?:前往|到达|抵达|来到|赶赴|赴|到|走进|深入|察看|查看|走访|考察|视察|参观)/g;
/** Two-character words that end the words naming a place. */
const RUN_STOP_WORDS = new Set([
  '调研', '察看', '查看', '了解', '听取', '座谈', '召开', '慰问', '检查', '督导', '参观', '考察', '走访', '看望', '实地', '现场', '观摩',
  '暗访', '督查', '视察', '进行', '开展', '指导', '调度', '交流', '见面', '主持', '出席', '参加', '研究', '讨论', '用餐', '就餐', '午餐',
  '午休', '休息', '召集', '宣讲', '对接', '返回', '出发', '集合', '乘车', '陪同', '汇报', '核查', '抽查', '暗查', '体验', '调查', '走进',
  '住宿', '入住', '晚餐', '结束', '推动',
]);
const RUN_STOP_CHARS = /[,，。；;！!？?（()）：:\s|“”"‘’「」【】[\]<>《》→、]/;
/** Labels whose text lists the places of the route: 调研地点：…, 暗访路线：A→B→C. */
const PLACE_LABEL = /(?:地点|点位|路线|线路|调研点|走访点|暗访点|站点|目的地)$/;
/** Labels whose text is about people, requirements or logistics, not stops. */
const META_LABEL = /带队|领导|陪同|参加|参会|人员|成员|随行|联系|电话|要求|注意|车辆|乘车|用餐|住宿|材料|内容|目的|方式|对象|范围|形式|事项|主题|任务|时间|日期|组长|负责|议题|背景|依据|原则/;
/** A label after its list mark (LOOSE_MARKS): 调研地点：…, 二、调研路线：…. */
const LABEL = /^\s*([\u4e00-\u9fa5]{2,8})\s*[:：]/;
const ROUTE_SPLIT = /→|->|—>|－>|➝|➔|⇒|、|；|;|，|,/g;
const UNANNOUNCED = /暗访|四不两直|不打招呼|不发通知|不事先通知|不提前通知|随机|直奔基层|直插现场|突击检查/g;
const ANNOUNCED = /明察|明查/;
const DAYPART = /^(?:上午|早上|早晨|中午|下午|午后|晚上|晚间|傍晚)/;
const ROW_NOT_A_STOP = /^(?:乘车|驱车)?(?:出发|启程|返回|返程|回程|用餐|午餐|晚餐|就餐|午休|休息|住宿|入住|集合)/;
/** A table header cell naming the place column. */
const PLACE_HEADER = /^(?:调研|走访|考察|暗访|督查|活动)?(?:地点|点位|站点|调研点|单位|地址)$/;
const HEADER_CELL = /^(?:序号|时间|日期|地点|点位|站点|内容|调研内容|活动内容|事项|陪同|陪同人员|备注|方式|参加人员|负责人|行程|单位|调研单位|地址|调研地点|走访地点|活动地点|形式)$/;

/** Offsets of the 第N站 marks in t. */
function stopMarks(t: string): number[] {
  const out: number[] = [];
  for (let i = t.indexOf('第'); i >= 0; i = t.indexOf('第', i + 1)) if (readMark(t, i, STOP_MARKS)) out.push(i);
  return out;
}

/** Length of a 第N站 mark opening s, with the spaces and the colon after it; 0 when s opens with none. */
function stopMarkAt(s: string): number {
  const m = readMark(s, skipSpace(s, 0), STOP_MARKS);
  if (!m) return 0;
  const end = skipSpace(s, m.end);
  return s[end] === ':' || s[end] === '：' ? skipSpace(s, end + 1) : end;
}

/** Where a line's words start after its list mark or bullet and the punctuation around it. */
function leadEnd(t: string): number {
  let at = /^[\s|:：,，、。；;]*/.exec(t)![0].length;
  const m = readMark(t, at, LEAD_MARKS);
  if (m) at = m.end;
  return at + /^[\s|:：,，]*/.exec(t.slice(at))![0].length;
}

function modeOf(text: string): StopMode | null {
  UNANNOUNCED.lastIndex = 0;
  if (UNANNOUNCED.test(text)) return 'unannounced';
  if (ANNOUNCED.test(text)) return 'announced';
  return null;
}

interface Cut {
  start: number;
  end: number;
}

/** Cuts a paragraph into clauses (see the header). */
function clauses(t: string, times: TimeMatch[]): Cut[] {
  const cuts: number[] = [0];
  const marks = stopMarks(t);
  const lead = leadEnd(t);
  for (const tm of times) {
    const before = t[tm.start - 1];
    // A time opens a clause after punctuation or a date; in lines a PDF copy joined, also right
    // after the previous clause's last word (…（暗访）14:30贾庄镇…), but not after 于/在/至 ….
    const opens = tm.start <= lead || before === undefined || /[,，。；;：:\s、|日号)）”」]/.test(before) || (/[\u4e00-\u9fa5]/.test(before) && !/[于在至到从自为前后约晚早是的和及与或每第共]/.test(before));
    if (!opens) continue;
    // A time right after a stop mark belongs to the mark's clause (第一站 9:00 …).
    if (marks.some((m) => m < tm.start && stopMarkAt(t.slice(m, tm.start)) === tm.start - m)) continue;
    cuts.push(tm.start);
  }
  for (const m of marks) {
    // A mark right after a time belongs to the time's clause (9:00 第一站 …).
    if (times.some((tm) => tm.end <= m && /^\s*$/.test(t.slice(tm.end, m)))) continue;
    cuts.push(m);
  }
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '。' || c === '；' || c === ';' || c === '！' || c === '!' || c === '？' || c === '?') cuts.push(i + 1);
    else if (c === '，' || c === ',' || c === '、') {
      let j = i + 1;
      while (j < t.length && /\s/.test(t[j]!)) j++;
      const rest = t.slice(j, j + 12);
      const conn = CONNECTIVE.exec(rest);
      if (TRAVEL.test(conn ? rest.slice(conn[0].length) : rest)) cuts.push(i + 1);
    }
  }
  cuts.sort((a, b) => a - b);
  const out: Cut[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const s = cuts[k]!;
    if (s >= t.length || (k > 0 && s === cuts[k - 1])) continue;
    let e = t.length;
    for (let j = k + 1; j < cuts.length; j++) {
      if (cuts[j]! > s) {
        e = Math.min(cuts[j]!, t.length);
        break;
      }
    }
    out.push({ start: s, end: e });
  }
  return out;
}

/** The words from i that may name a place: up to punctuation, a space or an activity word. */
function runAt(t: string, i: number, end: number): number {
  let j = i;
  const limit = Math.min(end, i + 32);
  while (j < limit) {
    if (RUN_STOP_CHARS.test(t[j]!)) break;
    if (j > i + 1 && RUN_STOP_WORDS.has(t.slice(j, j + 2))) break;
    j++;
  }
  return j;
}

interface Found {
  start: number;
  end: number;
  read: ReadPlace;
  /** End of the words of the stop: where （暗访） goes. */
  markAt: number;
}

/**
 * Places named from i (the start of the words after the verb/time/mark): the first, and more
 * after 、 和 及 与 when each reads as a place. `lenient` accepts bare names (a stop mark, a label,
 * a table's place column).
 */
function placesAt(t: string, i: number, end: number, names: Names, district: string | null, lenient: boolean): Found[] {
  const out: Found[] = [];
  let from = i;
  let ctx = district;
  for (let guard = 0; guard < 12 && from < end; guard++) {
    while (from < end && /[\s:：]/.test(t[from]!)) from++;
    const j = runAt(t, from, end);
    if (j - from < 2) break;
    const run = t.slice(from, j);
    const read = readPlace(run, names, ctx, lenient && out.length === 0);
    if (!read) break;
    const first = out.length === 0;
    // A 区县 alone is read too: the area of the stops after it (赴章丘区调研), or a stop after 第N站.
    const ok = read.level === 'town' || read.level === 'site' || (lenient && first && read.level === 'bare') || (first && read.level === 'district');
    if (!ok || (read.venue && !lenient)) break;
    out.push({ start: from, end: from + read.len, read, markAt: j });
    if (read.place.district) ctx = read.place.district;
    // 三德范村和眼明泉社区 / 三德范村、眼明泉社区
    let k = from + read.len;
    if (k < j && /[和及与]/.test(t[k]!)) {
      const next = readPlace(t.slice(k + 1, j), names, ctx);
      if (next && (next.level === 'site' || next.level === 'town') && !next.venue) {
        out[out.length - 1]!.markAt = k;
        out.push({ start: k + 1, end: k + 1 + next.len, read: next, markAt: j });
        if (next.place.district) ctx = next.place.district;
      }
      break;
    }
    k = j;
    if (t[k] === '、') {
      from = k + 1;
      continue;
    }
    break;
  }
  return out;
}

interface ClauseRead {
  places: Found[];
  time: TimeMatch | null;
  /** The clause is a departure, a return or a meal: not a stop, whatever follows. */
  skip: boolean;
  /** Only a time (a table cell or a line of its own): it belongs to the next place. */
  timeOnly: boolean;
  /** A district named as the destination (赴章丘区调研): context for the stops after it. */
  district: string | null;
}

/**
 * One clause [c.start, c.end) of t. `hasPending`: a time stood alone just before (a cell or a
 * line), so the clause is read as time-headed. `lenient`: a table's place cell. `afterStop`: the
 * paragraph right after a stop (a cell or line that may only describe that stop).
 */
/** The first time starting in [from, to] and ending by end. */
function timeAt(times: TimeMatch[], from: number, to: number, end: number): TimeMatch | null {
  for (const m of times) if (m.start >= from && m.start <= to && m.end <= end) return m;
  return null;
}

function readClause(t: string, c: Cut, times: TimeMatch[], names: Names, district: string | null, hasPending: boolean, lenient: boolean, afterStop: boolean): ClauseRead {
  const res: ClauseRead = { places: [], time: null, skip: false, timeOnly: false, district: null };
  const x = t.slice(c.start, c.end);
  let i = leadEnd(x);
  const tm = timeAt(times, c.start + i - 1, c.start + i + 1, c.end);
  let marked = false;
  if (tm) {
    res.time = tm;
    i = tm.end - c.start;
  }
  const mark = stopMarkAt(x.slice(i));
  if (mark > 0) {
    marked = true;
    i += mark;
    if (!res.time) {
      const t2 = timeAt(times, c.start + i, c.start + i + 1, c.end);
      if (t2) {
        res.time = t2;
        i = t2.end - c.start;
      }
    }
  }
  while (i < x.length && /[\s:：,，|]/.test(x[i]!)) i++;
  const rest = x.slice(i);
  if (res.time && !marked && /^[\s,，。；;:：|]*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?[\s,，。；;:：|]*$/.test(rest)) {
    res.timeOnly = true;
    return res;
  }
  const conn = CONNECTIVE.exec(rest);
  if (conn && TRAVEL.test(rest.slice(conn[0].length))) i += conn[0].length;
  const dep = DEPART.exec(x.slice(i));
  if (dep) {
    if (!TRAVEL.test(x.slice(i + dep[0].length))) {
      res.skip = true;
      return res;
    }
    i += dep[0].length;
  }
  if (!marked && NOT_A_STOP.test(x.slice(i))) {
    res.skip = true;
    return res;
  }
  const travel = TRAVEL.exec(x.slice(i));
  const inspect = travel ? null : INSPECT.exec(x.slice(i));
  const at = travel || inspect ? null : AT.exec(x.slice(i));
  // 察看… in the cell or line right after a stop describes that stop's activity.
  if (afterStop && inspect && !res.time && !marked) return res;
  const verb = travel ?? inspect ?? at;
  if (verb) i += verb[0].length;
  let places: Found[] = [];
  if (verb || res.time || marked || lenient || hasPending) places = placesAt(t, c.start + i, c.end, names, district, marked || lenient);
  if (places.length === 0 && !verb && !lenient) {
    // Run-on text: a travel or inspection verb the clause sets (not one it forbids or asks about).
    VERB_INSIDE.lastIndex = i;
    let tries = 0;
    for (let m = VERB_INSIDE.exec(x); m && tries++ < 8; m = VERB_INSIDE.exec(x)) {
      if (stanceAt(t, c.start + m.index, c.start + m.index + m[0].length) !== 'sets') continue;
      places = placesAt(t, c.start + m.index + m[0].length, c.end, names, district, marked);
      if (places.length) break;
    }
  }
  // A time inside the clause before the place (8月20日上午9:00，调研组到…) is the stop's.
  if (!res.time && places.length) {
    for (let k = times.length - 1; k >= 0; k--) {
      const m = times[k]!;
      if (m.start >= c.start && m.end <= places[0]!.start) {
        res.time = m;
        break;
      }
    }
  }
  if (places.length === 0) return res;
  const last = places[places.length - 1]!;
  if (NOT_A_STOP_AFTER.test(t.slice(last.markAt, c.end).replace(/^[\s,，]+/, ''))) {
    res.skip = true;
    return res;
  }
  // A district named alone is the area of the visit, not a stop (unless a stop mark says so).
  if (places.length === 1 && places[0]!.read.level === 'district' && !marked) {
    res.district = places[0]!.read.place.district;
    return res;
  }
  res.places = places;
  return res;
}

function isTableCell(model: DocModel, p: Paragraph): boolean {
  let k = p.start - 1;
  const s = model.text;
  while (k >= 0 && (s[k] === ' ' || s[k] === '\t' || s[k] === '\u3000')) k--;
  return k >= 0 && s[k] === '|';
}

function labelOf(t: string): { label: string; end: number } | null {
  const mark = readMark(t, skipSpace(t, 0), LOOSE_MARKS);
  const at = mark ? mark.end : 0;
  const m = LABEL.exec(t.slice(at));
  return m ? { label: m[1]!, end: at + m[0].length } : null;
}

/** Who leads: 带队领导：…, else the title's 市长张三赴… / 市委督查组… / 市政协主席调研…. */
function leaderOf(model: DocModel): string | null {
  for (const p of model.paragraphs) {
    if (!STOP_ROLES.has(p.role)) continue;
    const m = /(?:带队(?:领导|人)?|调研(?:组长|领导)|督查组长|督导组长|组\s*长)\s*[:：]\s*([^，。；,;、（(]{2,24})/.exec(p.key);
    if (m) return m[1]!.trim();
  }
  // In the text: 由叶和平副主席带队 / 叶和平副主席带队 / 组成联合督查组.
  for (const p of model.paragraphs) {
    if (!STOP_ROLES.has(p.role)) continue;
    const m = /(?:^|[，,。；;：:由])([^，,。；;：:、由]{2,12}?)(?:同志)?带队/.exec(p.key) ?? /组成([^，,。；;、]{0,8}?(?:督查组|调研组|督导组|检查组|工作组|考察组))/.exec(p.key);
    if (m && !/^(?:领导|局领导|有关|相关|各)$/.test(m[1]!) && !/^(?:请|各|要|应|须|需|由各|分别)/.test(m[1]!)) return m[1]!.trim();
  }
  // 发文机关关于事由: the leader is in the 事由 (市政府办公室关于副市长李四赴…调研的安排), else the
  // issuing body leads itself (市委督查室关于开展专项督查的通知).
  const full = model.titleText;
  const at = full.indexOf('关于');
  if (at >= 2) return leaderInTitle(full.slice(at + 2)) ?? full.slice(0, at);
  return leaderInTitle(full.replace(/^关于/, ''));
}

function leaderInTitle(text: string): string | null {
  // A date before the leader (2024年5月10日市长张三调研安排, 6月14日…) is not part of the name.
  const title = text.replace(/^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?/, '');
  const m =
    /^(.{2,24}?)(?:同志)?(?:带队|一行)?(?:赴|到|去|深入|前往)/.exec(title) ??
    /^(.{2,20}?(?:组|室|团|(?<!带)队))/.exec(title) ??
    /^(.{2,20}?)(?:同志)?(?:调研|督导|督查|暗访|走访|视察|考察)/.exec(title);
  if (!m) return null;
  const who = m[1]!.replace(/[“”"]/g, '').replace(/(?:同志)?(?:带队|一行|牵头)[\u4e00-\u9fa5]*$/, '');
  if (who.length < 2) return null;
  if (/^(?:开展|做好|组织|进行|对|就|围绕|有关|做|加强|推进)/.test(who)) return null;
  return who;
}

function titleDistrict(title: string, names: Names): string | null {
  const found = names.districts.filter((d) => d && title.includes(d));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) return null;
  const m = /(?:赴|到|在|深入)([\u4e00-\u9fa5]{2,3}[区县])/.exec(title);
  return m && !/区县|县区/.test(m[1]!) ? m[1]! : null;
}

function sameDay(a: Ymd, b: Ymd): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** What the paragraph-by-paragraph reading of a plan carries from one paragraph to the next. */
interface RouteScan {
  model: DocModel;
  names: Names;
  /** The year reference for dates written without one (the 成文日期, else the first dated line). */
  ref: Ymd | null;
  dates: Ymd[];
  stops: Stop[];
  /** The visit date in force. */
  day: Ymd | null;
  /** The 区县 in force: a later stop without one is in it. */
  district: string | null;
  dayPart: DayPart | null;
  /** A time alone (9:00) whose place comes in the next clause or line. */
  pending: TimeMatch | null;
  /** Stops made from the previous paragraph (a following cell or line may state their mode). */
  lastStops: Stop[];
  /** The table's place column: its line and index among the row's cells. */
  placeCol: { line: number; col: number } | null;
  rowLine: number;
  col: number;
  /** Paragraphs that are table cells, and the cells of each row (by line). */
  cells: Set<Paragraph>;
  rows: Map<number, string[]>;
  /** Text ranges that belong to stops (their clauses and continuations), per paragraph. */
  inStops: Map<Paragraph, Cut[]>;
}

/** The visit dates written in one paragraph, applied from where they are written. */
interface DateMarks {
  marks: Array<{ at: number; date: Ymd }>;
  next: number;
}

/**
 * The plan of a text, in stages: the table cells, the title's date, then each paragraph read in
 * order (its table cell, the visit dates it writes, a day or day-part heading, a row that is no
 * stop, a label, a route, the stops of its clauses, a line that states the last stops' mode),
 * then the plan's own mode and the stops' dates.
 */
export function parsePlan(model: DocModel, names: Names): Plan {
  const issued = issueDate(model)?.date ?? null;
  const s = startRoute(model, names, yearReference(model, issued));
  for (const p of model.title) titleDates(s, p);
  for (const p of model.paragraphs) if (STOP_ROLES.has(p.role)) readParagraph(s, p);
  const unannounced = planUnannounced(s);
  if (unannounced) for (const st of s.stops) if (!st.modeStated) st.mode = 'unannounced';
  // Without a visit date, the stops are dated by the plan's 成文日期 (the nearest date it gives).
  if (s.dates.length === 0 && issued) for (const st of s.stops) st.date = issued;
  return { leader: leaderOf(model), dates: s.dates, stops: s.stops, unannounced };
}

function startRoute(model: DocModel, names: Names, ref: Ymd | null): RouteScan {
  // Whether each paragraph is a table cell, read once: the rows below and the main loop both ask.
  const cells = new Set<Paragraph>();
  const rows = new Map<number, string[]>();
  for (const p of model.paragraphs) {
    if (!STOP_ROLES.has(p.role) || !isTableCell(model, p)) continue;
    cells.add(p);
    const list = rows.get(p.line) ?? [];
    list.push(p.key.trim());
    rows.set(p.line, list);
  }
  return {
    model, names, ref, dates: [], stops: [], day: null, district: titleDistrict(model.titleText, names), dayPart: null, pending: null,
    lastStops: [], placeCol: null, rowLine: -1, col: 0, cells, rows, inStops: new Map(),
  };
}

function addDate(s: RouteScan, d: Ymd): void {
  if (!s.dates.some((x) => sameDay(x, d))) s.dates.push(d);
}

function claim(s: RouteScan, p: Paragraph, c: Cut): void {
  const list = s.inStops.get(p) ?? [];
  list.push(c);
  s.inStops.set(p, list);
}

/** The title's date (2024年5月10日调研安排) counts as a visit date. */
function titleDates(s: RouteScan, p: Paragraph): void {
  for (const d of keyDates(p)) {
    const date = resolveDate(d, s.ref);
    if (date) {
      addDate(s, date);
      s.day = date;
    }
  }
}

/** One paragraph of the plan. */
function readParagraph(s: RouteScan, p: Paragraph): void {
  const t = p.key;
  const cell = s.cells.has(p);
  if (atTableCell(s, p, cell)) return;
  const ds = keyDates(p);
  const dm = visitDates(s, t, ds);
  const lead = leadEnd(t);
  const dpw = DAYPART.exec(t.slice(lead));
  if (dpw) s.dayPart = dayPartOf(dpw[0]);
  if (atDayHeading(s, t, ds, lead, dm) || atDayPartHeading(s, t, lead, dpw, dm)) return;
  // A table row that departs, returns or eats is not a stop, whichever cell names the place.
  if (cell && s.rows.get(p.line)?.some((x) => ROW_NOT_A_STOP.test(x))) {
    s.pending = null;
    return;
  }
  const label = cell ? null : labelOf(t);
  if (label && META_LABEL.test(label.label) && !PLACE_LABEL.test(label.label)) {
    datesUpTo(s, dm, t.length);
    s.lastStops = [];
    s.pending = null;
    return;
  }
  if (label && PLACE_LABEL.test(label.label)) {
    routeStops(s, p, label, dm);
    return;
  }
  const made = clauseStops(s, p, cell, lead, dm);
  if (made.length) {
    s.stops.push(...made);
    s.lastStops = made;
    return;
  }
  modeOfLastStops(s, p, cell);
}

/** A table cell: its column, the place column its header names; a header cell is no stop. */
function atTableCell(s: RouteScan, p: Paragraph, cell: boolean): boolean {
  if (!cell) {
    s.rowLine = -1;
    s.placeCol = null;
    return false;
  }
  const t = p.key;
  if (p.line !== s.rowLine) {
    s.rowLine = p.line;
    s.col = 0;
    s.lastStops = [];
  } else s.col++;
  if (PLACE_HEADER.test(t.trim())) s.placeCol = { line: p.line, col: s.col };
  if (HEADER_CELL.test(t.trim())) {
    s.lastStops = [];
    return true;
  }
  return false;
}

/** Dates of the visit (not deadlines: 5月8日前报送), and the days of a range (9月10日至11日). */
function visitDates(s: RouteScan, t: string, ds: readonly DateMatch[]): DateMarks {
  const marks: DateMarks['marks'] = [];
  for (const d of ds) {
    const after = t.slice(d.end, d.end + 4);
    const before = t.slice(Math.max(0, d.start - 4), d.start);
    if (/^(?:前|之前|以前|截止|止)/.test(after) || /截至|截止|最迟|不晚于/.test(before)) continue;
    const date = resolveDate(d, s.ref);
    if (!date) continue;
    addDate(s, date);
    marks.push({ at: d.start, date });
    const range = /^(?:[（(][^）)]{0,4}[)）])?\s*(?:至|到|—|-|～|~)\s*(\d{1,2})[日号]/.exec(t.slice(d.end));
    if (range) {
      const d2 = resolveDate({ ...d, day: parseInt(range[1]!, 10) }, s.ref);
      if (d2) addDate(s, d2);
    }
  }
  return { marks, next: 0 };
}

/** The visit date in force at an offset of the paragraph: the last one written before it. */
function datesUpTo(s: RouteScan, dm: DateMarks, at: number): void {
  while (dm.next < dm.marks.length && dm.marks[dm.next]!.at < at) s.day = dm.marks[dm.next++]!.date;
}

/** A date heading alone (5月20日上午, （二）5月21日): context only; a new day starts without a part of the day unless it gives one. */
function atDayHeading(s: RouteScan, t: string, ds: readonly DateMatch[], lead: number, dm: DateMarks): boolean {
  if (!ds.length || t.slice(lead, ds[0]!.start).trim().length > 2) return false;
  if (t.slice(ds[ds.length - 1]!.end).replace(/[（(]?(?:星期|周)[一二三四五六日天][)）]?|上午|下午|晚上|全天|[\s,，:：。]/g, '').length !== 0) return false;
  datesUpTo(s, dm, t.length);
  const part = /上午|下午|晚上/.exec(t.slice(ds[ds.length - 1]!.end));
  s.dayPart = dayPartOf(part?.[0]);
  s.pending = null;
  s.lastStops = [];
  return true;
}

/** A day part alone (下午): context only. */
function atDayPartHeading(s: RouteScan, t: string, lead: number, dpw: RegExpExecArray | null, dm: DateMarks): boolean {
  if (!dpw || t.slice(lead + dpw[0].length).replace(/[\s,，:：。]/g, '').length !== 0) return false;
  datesUpTo(s, dm, t.length);
  s.pending = null;
  s.lastStops = [];
  return true;
}

/** A stop of clause c of paragraph p at the place found, dated and timed as the scan stands. */
function makeStop(s: RouteScan, p: Paragraph, c: Cut, f: Found, time: TimeMatch | null, modeText: string): Stop {
  const stated = modeOf(modeText);
  if (time?.dayPart) s.dayPart = time.dayPart;
  const st: Stop = {
    para: p,
    start: c.start,
    end: c.end,
    placeStart: f.start,
    placeEnd: f.end,
    markAt: f.markAt,
    place: f.read.place,
    mode: stated ?? 'announced',
    modeStated: stated !== null,
    date: s.day ?? s.dates[0] ?? null,
    time: time ? toMinutes(time.from, time.dayPart ?? s.dayPart) : null,
  };
  if (f.read.place.district) s.district = f.read.place.district;
  return st;
}

/** 调研路线：A→B→C / 调研地点：A、B: a stop per place of the route. */
function routeStops(s: RouteScan, p: Paragraph, label: { label: string; end: number }, dm: DateMarks): void {
  const t = p.key;
  datesUpTo(s, dm, t.length);
  const body = t.slice(label.end);
  const labelMode = modeOf(label.label);
  let from = label.end;
  const parts: Cut[] = [];
  ROUTE_SPLIT.lastIndex = 0;
  for (let m = ROUTE_SPLIT.exec(body); m; m = ROUTE_SPLIT.exec(body)) {
    parts.push({ start: from, end: label.end + m.index });
    from = label.end + m.index + m[0].length;
  }
  parts.push({ start: from, end: t.length });
  const made: Stop[] = [];
  for (const c of parts) {
    let i = c.start;
    while (i < c.end && /[\s(（]/.test(t[i]!)) i++;
    const v = TRAVEL.exec(t.slice(i)) ?? INSPECT.exec(t.slice(i));
    if (v) i += v[0].length;
    const found = placesAt(t, i, c.end, s.names, s.district, true);
    for (const f of found) {
      const st = makeStop(s, p, c, f, null, t.slice(c.start, c.end));
      if (!st.modeStated && labelMode) {
        st.mode = labelMode;
        st.modeStated = true;
      }
      made.push(st);
    }
    if (found.length) claim(s, p, c);
  }
  s.stops.push(...made);
  s.lastStops = made;
  s.pending = null;
}

/** The stops of a paragraph's clauses (第一站：…，9:00 到…，一个时间接下一处地点). */
function clauseStops(s: RouteScan, p: Paragraph, cell: boolean, lead: number, dm: DateMarks): Stop[] {
  const t = p.key;
  const times = findTimes(t);
  const made: Stop[] = [];
  const listed = /[0-9一二三四五六七八九十①-⑳•·●◆■▪*-]/.test(t.slice(0, lead));
  const lenient = cell && s.placeCol !== null && s.placeCol.col === s.col && p.line !== s.placeCol.line;
  const cuts = clauses(t, times);
  let keepPending = false;
  for (let k = 0; k < cuts.length; k++) {
    const c = cuts[k]!;
    const r = readClause(t, c, times, s.names, s.district, s.pending !== null, lenient && k === 0, k === 0 && s.lastStops.length > 0 && !listed);
    datesUpTo(s, dm, r.places[0]?.start ?? c.end);
    const clause = t.slice(c.start, c.end);
    const dp = DAYPART.exec(clause.slice(leadEnd(clause)));
    if (dp && !r.time?.dayPart) s.dayPart = dayPartOf(dp[0]);
    if (r.district) s.district = r.district;
    if (r.timeOnly) {
      s.pending = r.time;
      keepPending = true;
      continue;
    }
    keepPending = false;
    if (r.skip) {
      s.pending = null;
      continue;
    }
    if (r.places.length === 0) continue;
    const time = r.time ?? s.pending;
    s.pending = null;
    for (const f of r.places) made.push(makeStop(s, p, c, f, time, t.slice(c.start, c.end)));
    claim(s, p, c);
    datesUpTo(s, dm, c.end);
  }
  datesUpTo(s, dm, t.length);
  if (!keepPending) s.pending = null;
  return made;
}

/** A cell or line right after a stop that is no stop itself: its mode words are the stop's. */
function modeOfLastStops(s: RouteScan, p: Paragraph, cell: boolean): void {
  const t = p.key;
  if (s.lastStops.length && findTimes(t).length === 0) {
    const m = modeOf(t);
    if (m) {
      for (const st of s.lastStops) {
        if (st.modeStated) continue;
        st.mode = m;
        st.modeStated = true;
      }
      claim(s, p, { start: 0, end: t.length });
    }
    if (!cell) s.lastStops = [];
    return;
  }
  s.lastStops = [];
}

/** Plan-level mode: a sentence outside the stops that sets 暗访 / 四不两直 for the whole plan. */
function planUnannounced(s: RouteScan): boolean {
  for (const p of s.model.paragraphs) {
    if (!MODE_ROLES.has(p.role)) continue;
    const t = p.key;
    UNANNOUNCED.lastIndex = 0;
    const claimed = s.inStops.get(p) ?? [];
    // A few judgements per paragraph are enough (one that sets it decides); linear on any text.
    let tries = 0;
    for (let x = UNANNOUNCED.exec(t); x && tries < 8; x = UNANNOUNCED.exec(t)) {
      const at = x.index;
      if (claimed.some((c) => at >= c.start && at < c.end)) continue;
      const s0 = Math.max(0, t.lastIndexOf('。', at) + 1);
      const e0 = t.indexOf('。', at);
      if (ANNOUNCED.test(t.slice(s0, e0 < 0 ? t.length : e0))) continue; // 明察暗访相结合
      tries++;
      if (stanceAt(t, at, at + x[0].length) === 'sets') return true;
    }
  }
  return false;
}
