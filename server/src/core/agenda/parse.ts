// Reads an agenda (or a meeting notice) into days and items. Works paragraph by paragraph
// over the document model, so numbered lists, plain lines, one-line texts and flattened tables
// (`|` cells become paragraphs) read alike. Context carries from paragraph to paragraph: the
// current day (a date heading such as 12月27日(星期日) or 3月5日（星期四）上午) and the current
// part of the day (上午 / 下午 / 晚上 headings or prefixes), so a bare 2:30 under 下午 is 14:30.

import type { Names } from '../config/resolve';
import type { DocModel } from '../model/types';
import { findDates, type DateMatch } from '../parse/dates';
import { findDurations, speakerCount } from '../parse/durations';
import { parseSmallNumber } from '../parse/numerals';
import { dayPartOf, findTimes, toMinutes, type DayPart, type TimeMatch } from '../parse/times';
import { resolveDate, type Ymd } from '../semantics/timeline';
import type { Paragraph, Role } from '../text/paragraph';
import type { Agenda, AgendaItem, ItemRole, MeetingDay, WeekdayNote } from './types';

const ITEM_ROLES: ReadonlySet<Role> = new Set<Role>(['body', 'attachment', 'other']);
const DAY_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'subtitle', 'body', 'attachment', 'other']);

const WEEKDAY = /^\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]?/;
const WEEKDAY_NUM: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const DAYPART_WORD = /^(上午|早上|早晨|中午|下午|午后|晚上|晚间|傍晚)/;
const LABEL_BEFORE = /(?:会议|召开|举行|报到|活动)?(?:时间|日期|会期)\s*[:：]\s*$/;
const CONVENE_BEFORE = /(?:定于|拟于|拟定于|将于|计划于|于)\s*$/;
const CONVENE_AFTER = /^[^，。；,;]{0,24}?(?:召开|举行|举办|开幕|在)/;
const RANGE_AFTER = /^(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?:至|到|—{1,2}|-|～|~)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/;
const HOST_LINE = /^(?:会议)?主持(?:人)?\s*[:：]\s*(.{1,30}?)\s*$/;
const HOST_IN_TEXT = /(?:会议)?由\s*([^，。；,;]{1,20}?)(?:同志)?\s*主持/;
const CONVENER = /(?:由)?\s*([^，。；,;、]{0,12}?(?:常务副市长|副市长|市委副书记|市委常委|副秘书长|秘书长))[^，。；,;]{0,6}?(?:同志)?\s*(?:召集|主持)/;
const IMPLEMENTS_HIGHER = /贯彻(?:落实)?[^。]{0,24}(?:上级|中央|全国|省委|省政府|国务院)[^。]{0,24}(?:重要)?会议|传达(?:学习)?(?:贯彻)?[^。]{0,24}(?:中央|全国|省委|省政府|国务院)[^。]{0,24}会议/;
const STATUTORY = /人民代表大会|人大常委会|人大[^。，,]{0,10}会议|政协|党代会|党代表大会|职工代表大会|代表大会/;

/** A paragraph that is only a date (with weekday and day part): a day heading. */
function isDayHeading(t: string, d: DateMatch): boolean {
  const rest = (t.slice(0, d.start) + t.slice(d.end))
    .replace(/[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?/g, '')
    .replace(/上午|下午|晚上|中午|全天|日期|时间|会议|[:：\s|、，,。]/g, '');
  return rest.length <= 2;
}

function weekdayAfter(p: Paragraph, at: number): WeekdayNote | null {
  const m = WEEKDAY.exec(p.key.slice(at));
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return { para: p, start: at + lead, end: at + m[0].length, weekday: WEEKDAY_NUM[m[1]!]! };
}

function yearReference(model: DocModel, issue: Ymd | null): Ymd | null {
  if (issue) return issue;
  for (const p of model.paragraphs) {
    for (const d of findDates(p.key)) if (d.year !== null) return { year: d.year, month: d.month, day: d.day };
  }
  return null;
}

function readDays(model: DocModel, issue: Ymd | null): { days: MeetingDay[]; headings: Map<Paragraph, number> } {
  const ref = yearReference(model, issue);
  const days: MeetingDay[] = [];
  const headings = new Map<Paragraph, number>();
  const ps = model.paragraphs;
  const indexOf = (month: number, day: number): number => days.findIndex((d) => d.month === month && d.day === day);
  for (let pi = 0; pi < ps.length; pi++) {
    const p = ps[pi]!;
    if (!DAY_ROLES.has(p.role)) continue;
    const t = p.key;
    const ds = findDates(t);
    for (let k = 0; k < ds.length; k++) {
      const d = ds[k]!;
      const before = t.slice(Math.max(0, d.start - 12), d.start);
      const after = t.slice(d.end, d.end + 30);
      if (/前|之前|以前|截止|截至/.test(after.slice(0, 3)) || /截止|截至|最迟/.test(before)) continue;
      const heading = isDayHeading(t, d);
      const meeting =
        heading || LABEL_BEFORE.test(before) || (CONVENE_BEFORE.test(before) && CONVENE_AFTER.test(after)) || (p.role === 'title' && /会/.test(t));
      if (!meeting) continue;
      const date = resolveDate(d, ref);
      let end = d.end;
      let note = weekdayAfter(p, d.end);
      const range = RANGE_AFTER.exec(after);
      const next = ds[k + 1];
      let lastMonth = d.month;
      let lastDay = d.day;
      if (range) {
        lastDay = parseSmallNumber(range[1]!) ?? d.day;
        end = d.end + range[0].length;
      } else if (next && /^\s*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?:至|到|—{1,2}|-|～|~)\s*$/.test(t.slice(d.end, next.start))) {
        lastMonth = next.month;
        lastDay = next.day;
        end = next.end;
        k++;
      }
      if (!note && heading && pi + 1 < ps.length) {
        const q = ps[pi + 1]!;
        const m = WEEKDAY.exec(q.key);
        if (m && m[0].trim().length === q.key.trim().length) note = weekdayAfter(q, 0);
      }
      const isRange = lastMonth !== d.month || lastDay !== d.day;
      const first = indexOf(d.month, d.day);
      if (first < 0) {
        days.push({ date, month: d.month, day: d.day, para: p, start: d.start, end, match: d, weekdayNote: note, inRange: isRange });
      }
      if (heading) headings.set(p, first >= 0 ? first : days.length - 1);
      if (isRange && date) {
        // Every day of the range, so that each can be checked against the calendar.
        let cur = { ...date };
        for (let guard = 0; guard < 31; guard++) {
          const t2 = new Date(Date.UTC(cur.year, cur.month - 1, cur.day + 1));
          cur = { year: t2.getUTCFullYear(), month: t2.getUTCMonth() + 1, day: t2.getUTCDate() };
          if (indexOf(cur.month, cur.day) < 0) days.push({ date: cur, month: cur.month, day: cur.day, para: p, start: d.start, end, match: null, weekdayNote: null, inRange: true });
          if (cur.month === lastMonth && cur.day === lastDay) break;
        }
      }
    }
  }
  return { days, headings };
}

// ---- items ---------------------------------------------------------------------------------

const LEAD = /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.、．]|[-•·*]\s*)?\s*/;

function roleOf(text: string, speaker: string, host: string | null, names: Names): ItemRole {
  const principal = names.principalLeaders.some((title) => {
    let at = speaker.indexOf(title);
    while (at >= 0) {
      if (speaker[at - 1] !== '副') return true;
      at = speaker.indexOf(title, at + 1);
    }
    return false;
  });
  // Items that are about deliberating or watching, whatever report they mention, are not budgeted.
  if (/^(?:分组|分团|大会|全体)?(?:审议|讨论|表决|学习|观看|宣读|选举|颁奖|颁发|签约|通过|参观|视察|集体)/.test(text)) return 'other';
  const speech = /讲话|致辞|作部署|部署讲话|动员讲话/.test(text);
  if (principal && speech) return 'principal';
  if (/主持人|主持会议|主持并|宣布(?:开会|会议开始|闭会)|^主持/.test(text)) return 'host';
  if (host && speaker && (host.includes(speaker) || speaker.includes(host)) && /讲话|总结|强调|小结|讲评/.test(text)) return 'host';
  if (/汇报/.test(text)) return 'report';
  if (/发言|经验交流|经验介绍|作交流|交流经验/.test(text)) return 'speech';
  return 'other';
}

/** The words before the verb: 市委书记张三讲话 -> 市委书记张三; 市发展改革委汇报… -> 市发展改革委. */
function speakerOf(text: string): string {
  const t = text.replace(/^[（(][^）)]{0,12}[）)]/, '');
  const m = /^(.{1,24}?)(?:同志)?(?:作|做|进行|代表[^，。]{0,10})?(?:总结|重要|动员|部署)?(?:讲话|致辞|汇报|发言|主持|讲评|小结|强调|通报|介绍)/.exec(t);
  return m ? m[1]!.replace(/[：:，,、\s]+$/, '') : '';
}

function segmentsOf(t: string, times: TimeMatch[]): Array<{ start: number; end: number; time: TimeMatch | null }> {
  const heads = times.filter((tm) => {
    const before = t.slice(0, tm.start);
    return LEAD.exec(before)![0].length === before.length || /[；;。，,\s|]\s*$/.test(before);
  });
  if (heads.length === 0) return [{ start: 0, end: t.length, time: null }];
  const out: Array<{ start: number; end: number; time: TimeMatch | null }> = [];
  if (heads[0]!.start > 0 && t.slice(0, heads[0]!.start).replace(LEAD, '').trim().length > 3) out.push({ start: 0, end: heads[0]!.start, time: null });
  heads.forEach((h, i) => out.push({ start: h.start, end: i + 1 < heads.length ? heads[i + 1]!.start : t.length, time: h }));
  return out;
}

export function parseAgenda(model: DocModel, issue: Ymd | null, names: Names): Agenda {
  const { days, headings } = readDays(model, issue);
  const all = model.paragraphs.map((p) => p.key).join('\n');
  let host: string | null = null;
  const hostInText = HOST_IN_TEXT.exec(all);
  if (hostInText) host = hostInText[1]!.trim();
  const convener = CONVENER.exec(all)?.[1]?.trim() ?? null;

  const items: AgendaItem[] = [];
  let dayIndex = days.length === 1 ? 0 : -1;
  let dayPart: DayPart | null = null;
  for (const p of model.paragraphs) {
    const h = headings.get(p);
    if (h !== undefined) {
      dayIndex = h;
      const dp = /上午|下午|晚上|中午/.exec(p.key);
      dayPart = dp ? dayPartOf(dp[0]) : null;
      continue;
    }
    if (!ITEM_ROLES.has(p.role)) continue;
    const t = p.key;
    const hostLine = HOST_LINE.exec(t);
    if (hostLine) {
      host = hostLine[1]!.replace(/同志$/, '');
      continue;
    }
    const session = DAYPART_WORD.exec(t);
    const times = findTimes(t);
    if (session && t.replace(/[（(][^）)]*[）)]/g, '').replace(/[:：\s]/g, '').length <= session[0].length + 1) {
      dayPart = dayPartOf(session[0]); // a session heading: 上午 / 下午（14:30开始）
      continue;
    }
    // A date of the meeting written in the sentence (…于1月14日下午1:00报到) sets the day.
    const mentioned = findDates(t)
      .map((d) => ({ at: d.start, index: days.findIndex((x) => x.month === d.month && x.day === d.day) }))
      .filter((x) => x.index >= 0);
    for (const seg of segmentsOf(t, times)) {
      const raw = t.slice(seg.start, seg.end);
      const said = mentioned.filter((x) => x.at <= seg.start + 2 || (seg.time !== null && x.at < seg.time.start)).pop();
      if (said) dayIndex = said.index;
      const body = raw.slice(seg.time ? seg.time.end - seg.start : 0).replace(LEAD, '').replace(/^[\s:：,，、|]+/, '');
      const durations = findDurations(raw).map((d) => ({ ...d, start: d.start + seg.start, end: d.end + seg.start, numberStart: d.numberStart + seg.start, numberEnd: d.numberEnd + seg.start }));
      const speaker = speakerOf(body);
      const role = roleOf(body, speaker, host, names);
      const listed = /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.、．])/.test(raw);
      if (!seg.time && durations.length === 0 && role === 'other' && !listed) continue;
      if (seg.time?.dayPart) dayPart = seg.time.dayPart;
      let from: number | null = null;
      let to: number | null = null;
      if (seg.time) {
        const dp = seg.time.dayPart ?? dayPart;
        from = toMinutes(seg.time.from, dp ?? guessPart(seg.time.from.hour, items, dayIndex));
        if (seg.time.to) {
          let end = toMinutes(seg.time.to, seg.time.toDayPart ?? dp ?? guessPart(seg.time.to.hour, items, dayIndex));
          if (end < from && end + 12 * 60 > from && seg.time.to.hour < 12) end += 12 * 60; // 11:30-1:00
          to = end;
        }
      }
      const duration = durations[0] ?? null;
      let perSpeaker: number | null = null;
      if (duration && duration.perUnit) perSpeaker = duration.minutes;
      else if (duration && (role === 'speech' || role === 'report')) {
        const n = speakerCount(raw.slice(0, duration.start - seg.start));
        if (n && n > 1) perSpeaker = Math.ceil(duration.minutes / n);
      }
      items.push({
        para: p,
        start: seg.start,
        end: seg.end,
        text: p.text.slice(seg.start, seg.end),
        dayIndex,
        dayPart: seg.time?.dayPart ?? dayPart,
        time: seg.time,
        from,
        to,
        toInferred: false,
        duration,
        perSpeaker,
        minutes: null,
        speaker,
        role,
      });
    }
  }
  // Ends from the next item's start; then each item's length.
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.from !== null && it.to === null && !it.duration) {
      const next = items.slice(i + 1).find((x) => x.from !== null);
      if (next && next.dayIndex === it.dayIndex && next.from! > it.from && partOf(next.from!) === partOf(it.from)) {
        it.to = next.from;
        it.toInferred = true;
      }
    }
    if (it.perSpeaker !== null) it.minutes = it.perSpeaker;
    else if (it.from !== null && it.to !== null && !(it.toInferred && it.duration)) it.minutes = it.to - it.from;
    else if (it.duration) it.minutes = it.duration.minutes;
  }

  return {
    days,
    items,
    host,
    convener,
    headcount: headcount(all),
    departments: departments(model),
    implementsHigher: IMPLEMENTS_HIGHER.test(all),
    statutory: STATUTORY.test(model.titleText) || model.paragraphs.slice(0, 12).some((p) => STATUTORY.test(p.key)),
  };
}

/** Morning, afternoon or evening of a time of day (ends are not inferred across a break). */
function partOf(minutes: number): number {
  return minutes < 12 * 60 ? 0 : minutes < 18 * 60 ? 1 : 2;
}

/** A time without a day part: 1–6 o'clock is afternoon; so is a time earlier than the last one that day. */
function guessPart(hour: number, items: AgendaItem[], dayIndex: number): DayPart | null {
  if (hour >= 1 && hour <= 6) return 'afternoon';
  const last = [...items].reverse().find((x) => x.dayIndex === dayIndex && x.from !== null);
  if (last && last.from! >= 12 * 60 && hour < 12 && hour * 60 + 12 * 60 >= last.from!) return 'afternoon';
  return null;
}

function headcount(all: string): number | null {
  let best: number | null = null;
  const re = /(?:共|约|共约|计|人数|规模|预计)\s*(?:约)?\s*(\d{2,5})\s*(?:余|多)?\s*(?:人|名)|(\d{2,5})\s*(?:余|多)?\s*人(?:左右|参加|参会|出席)/g;
  for (let m = re.exec(all); m; m = re.exec(all)) {
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
    const re = /(\d{1,3})\s*个(?:市直|有关)?(?:部门|单位)/g;
    for (let m = re.exec(t); m; m = re.exec(t)) take(parseInt(m[1]!, 10));
    if (/参会(?:单位|部门)|参加(?:单位|部门)|出席单位|列席单位/.test(t)) {
      const list = t.replace(/^[^：:]*[：:]/, '');
      const parts = list.split(/[、，,；;]/).filter((x) => /(?:局|委|办|厅|中心|部|院|公司|室|会|行|社|所)(?:[（(][^）)]*[）)])?$/.test(x.trim()));
      if (parts.length >= 2) take(parts.length);
    }
  }
  return best;
}
