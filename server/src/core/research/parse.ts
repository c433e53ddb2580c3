// Reads a research plan's route: stops from 第一站/第二站 lines, time-prefixed lines, numbered
// lists, table cells and run-on text (…；第二站…); 出发/返回 lines are not stops. Each stop's place
// is read from the words after the stop mark or the travel verb (前往, 到, 赴 …) up to the first
// activity verb or punctuation, and split into 区县 › 镇/街道 › 村/社区/企业/项目. A stop that names
// no 区县 belongs to the one of the stop before it (or of the title: 赴章丘区调研).

import type { Names } from '../config/resolve';
import type { DocModel } from '../model/types';
import { findDates } from '../parse/dates';
import { findTimes, toMinutes } from '../parse/times';
import { stanceAt } from '../semantics/stance';
import { issueDate, resolveDate, type Ymd } from '../semantics/timeline';
import type { Paragraph, Role } from '../text/paragraph';
import type { Place, Plan, Stop, StopMode } from './types';

const STOP_ROLES: ReadonlySet<Role> = new Set<Role>(['body', 'attachment', 'other']);
const STOP_MARK = /第[一二三四五六七八九十\d]{1,3}站\s*[:：]?/g;
const TRAVEL = /(?:驱车|乘车|步行)?(?:前往|到达|抵达|来到|赴|到|去|察看|查看|走访|暗访|考察|参观|视察|调研|深入)/;
const NOT_A_STOP = /出发|返回|返程|回程|集合|用餐|午餐|就餐|午休|休息|乘车返|结束/;
const ACTIVITY = /调研|察看|查看|了解|听取|座谈|召开|慰问|检查|督导|参观|考察|走访|看望|实地|现场|观摩|暗访|督查|视察|进行|开展/;
const UNANNOUNCED = /暗访|四不两直|不打招呼|不发通知|随机(?:抽查|走访|选取|检查|调研)?|直奔基层|直插现场|突击/;
const ANNOUNCED = /明察|明查/;
const TOWN_SUFFIX = /(?:街道办事处|街道|镇|乡|经济开发区|开发区|高新区|管委会|经济区)$/;
const SITE_SUFFIX = /(?:村|社区|居委会|公司|集团|企业|项目|基地|产业园|园区|学校|中学|小学|幼儿园|大学|学院|医院|卫生院|卫生室|服务中心|便民服务中心|中心|工厂|厂|站|所|馆|场|合作社|农场|牧场|景区|街区|市场|小区|码头|车间|工地|养老院|敬老院|超市|广场|公园|水库|河道|驿站|书院|工程|示范区|园)$/;
const GENERIC_DISTRICT_EXCLUDE = /开发区|园区|景区|社区|小区|城区|片区|辖区|校区|厂区|市区|县区|区县|山区|库区|街区|功能区|示范区|保护区|高新区|新区|经济区|风景区|工业区|农业区/;

/** 章丘区文祖街道三德范村 -> 章丘区 › 文祖街道 › 三德范村. */
export function parsePlace(text: string, names: Names, contextDistrict: string | null): Place | null {
  let rest = text.replace(/^[市省]?(?:济南市)?/, '').trim();
  if (rest.length < 2) return null;
  let district: string | null = null;
  for (const d of names.districts) {
    if (rest.startsWith(d)) {
      district = d;
      rest = rest.slice(d.length);
      break;
    }
  }
  if (!district) {
    const m = /^([\u4e00-\u9fa5]{2,3}(?:区|县))/.exec(rest);
    if (m && !GENERIC_DISTRICT_EXCLUDE.test(m[1]!) && rest.length > m[1]!.length) {
      district = m[1]!;
      rest = rest.slice(m[1]!.length);
    } else if (m && m[1]!.length === rest.length && !GENERIC_DISTRICT_EXCLUDE.test(m[1]!)) {
      district = m[1]!;
      rest = '';
    }
  }
  let town: string | null = null;
  const t = /^([\u4e00-\u9fa5]{1,10}?(?:街道办事处|街道|镇|乡|经济开发区|开发区|高新区|经济区))/.exec(rest);
  if (t && (rest.length > t[1]!.length || TOWN_SUFFIX.test(rest))) {
    town = t[1]!.replace(/办事处$/, '');
    rest = rest.slice(t[1]!.length);
  }
  let site: string | null = rest.trim() || null;
  if (site && site.length > 20) site = site.slice(0, 20);
  if (!site && !town && !district) return null;
  // A bare word with no place ending is a place only when nothing else is named.
  if (site && !SITE_SUFFIX.test(site) && (town || district) && site.length <= 1) site = null;
  const d = district ?? contextDistrict;
  const key = [d ?? '', town ?? '', site ?? ''].join('|');
  return { district: d, town, site, key, text };
}

/** The words that name the place: after the stop mark / travel verb, before the activity. */
function placeClause(t: string, from: number): { start: number; end: number } | null {
  let i = from;
  const lead = /^[\s:：,，、|]*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.、．])?\s*/.exec(t.slice(i))!;
  i += lead[0].length;
  const verb = new RegExp(`^(?:${TRAVEL.source})`).exec(t.slice(i));
  if (verb) i += verb[0].length;
  let j = i;
  while (j < t.length && !/[，,。；;（(：:、\s|]/.test(t[j]!)) {
    if (j > i + 1 && ACTIVITY.test(t.slice(j, j + 2))) break;
    j++;
  }
  if (j - i < 2 || j - i > 30) return null;
  return { start: i, end: j };
}

function modeOf(text: string): StopMode | null {
  if (UNANNOUNCED.test(text)) return 'unannounced';
  if (ANNOUNCED.test(text)) return 'announced';
  return null;
}

function segments(t: string): Array<{ start: number; end: number; marked: boolean }> {
  // Split at times that open a clause and at 第N站 marks (unless a time just opened the clause).
  const cuts = new Set<number>([0]);
  const heads = findTimes(t).filter((tm) => {
    const before = t.slice(0, tm.start);
    return /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.、．])?\s*$/.test(before) || /[；;。]\s*$/.test(before);
  });
  for (const tm of heads) cuts.add(tm.start);
  STOP_MARK.lastIndex = 0;
  for (let m = STOP_MARK.exec(t); m; m = STOP_MARK.exec(t)) {
    const at = m.index;
    if (!heads.some((h) => h.end <= at && /^\s*$/.test(t.slice(h.end, at)))) cuts.add(at);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((s, k) => {
    const e = k + 1 < sorted.length ? sorted[k + 1]! : t.length;
    return { start: s, end: e, marked: /第[一二三四五六七八九十\d]{1,3}站/.test(t.slice(s, e)) };
  });
}

export function parsePlan(model: DocModel, names: Names): Plan {
  const issue = issueDate(model)?.date ?? null;
  const title = model.titleText;
  let leader: string | null = null;
  const lm = /^(.{2,24}?)(?:同志)?(?:带队)?(?:赴|到|深入|在)/.exec(title) ?? /^(.{2,24}?)(?:同志)?(?:调研|督导|督查|暗访|走访)/.exec(title);
  if (lm) leader = lm[1]!.replace(/^关于/, '');
  for (const p of model.paragraphs) {
    const m = /(?:带队(?:领导)?|调研(?:人员|组长|领导)|督查组长|组\s*长)\s*[:：]\s*([^，。；,;]{2,24})/.exec(p.key);
    if (m) {
      leader = m[1]!.trim();
      break;
    }
  }
  const titleDistrict = names.districts.find((d) => title.includes(d)) ?? /赴([\u4e00-\u9fa5]{2,3}[区县])/.exec(title)?.[1] ?? null;

  const ref = issue ?? firstFullDate(model);
  const dates: Ymd[] = [];
  const stops: Stop[] = [];
  let day: Ymd | null = null;
  let district: string | null = titleDistrict;
  let dayPart: ReturnType<typeof findTimes>[number]['dayPart'] = null;
  for (const p of model.paragraphs) {
    if (!STOP_ROLES.has(p.role)) continue;
    const t = p.key;
    for (const d of findDates(t)) {
      const after = t.slice(d.end, d.end + 4);
      if (/前|之前|以前/.test(after)) continue;
      const date = resolveDate(d, ref);
      if (!date) continue;
      if (!dates.some((x) => x.year === date.year && x.month === date.month && x.day === date.day)) dates.push(date);
      day = date;
    }
    const dp = /^(上午|下午|晚上)/.exec(t);
    if (dp) dayPart = dp[1] === '上午' ? 'morning' : dp[1] === '下午' ? 'afternoon' : 'evening';
    for (const seg of segments(t)) {
      const text = t.slice(seg.start, seg.end);
      if (NOT_A_STOP.test(text) && !seg.marked) continue;
      const times = findTimes(text);
      const time = times[0] && times[0].start <= 4 ? times[0] : null;
      if (time?.dayPart) dayPart = time.dayPart;
      let after = time ? time.end : 0;
      const mark = /^\s*第[一二三四五六七八九十\d]{1,3}站\s*[:：]?/.exec(text.slice(after));
      if (mark) after += mark[0].length;
      const travel = TRAVEL.test(text.slice(after, after + 6));
      if (!seg.marked && !travel && !time) continue;
      const clause = placeClause(text, after);
      if (!clause) continue;
      const place = parsePlace(text.slice(clause.start, clause.end), names, district);
      // Without a 第N站 mark the words must read as a place (a 区县, a 镇/街道, or a site ending).
      if (!place) continue;
      const named = SITE_SUFFIX.test(place.site ?? '') || place.town !== null || (place.district !== null && place.district !== district);
      if (!seg.marked && !named) continue;
      if (place.district) district = place.district;
      const stated = modeOf(text);
      stops.push({
        para: p,
        start: seg.start,
        end: seg.end,
        placeStart: seg.start + clause.start,
        placeEnd: seg.start + clause.end,
        place,
        mode: stated ?? 'announced',
        modeStated: stated !== null,
        date: day ?? dates[0] ?? null,
        time: time ? toMinutes(time.from, time.dayPart ?? dayPart) : null,
      });
    }
  }
  // Plan-level mode: a sentence outside the stops that sets 暗访 / 四不两直 for the whole plan.
  let unannounced = false;
  for (const p of model.paragraphs) {
    if (!STOP_ROLES.has(p.role) && p.role !== 'title') continue;
    const m = new RegExp(UNANNOUNCED.source, 'g');
    for (let x = m.exec(p.key); x; x = m.exec(p.key)) {
      const at = x.index;
      if (stops.some((st) => st.para === p && at >= st.start && at < st.end)) continue;
      if (stanceAt(p.key, at, at + x[0].length) === 'sets') unannounced = true;
    }
  }
  if (unannounced) for (const st of stops) if (!st.modeStated) st.mode = 'unannounced';
  return { leader, dates, stops, unannounced };
}

function firstFullDate(model: DocModel): Ymd | null {
  for (const p of model.paragraphs) for (const d of findDates(p.key)) if (d.year !== null) return { year: d.year, month: d.month, day: d.day };
  return null;
}

/** Two stops name the same place: same site, or same town when neither names a site. */
export function samePlace(a: Place, b: Place): boolean {
  if (a.district && b.district && a.district !== b.district) return false;
  if (a.site && b.site) return a.site === b.site && (a.town === b.town || !a.town || !b.town);
  if (!a.site && !b.site && a.town && b.town) return a.town === b.town;
  return false;
}

export type { Paragraph };
