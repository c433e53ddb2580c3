// Durations as agendas write them: （10分钟）, 约20分钟, 20分钟左右, 不超过20分钟, 半小时, 1小时,
// 一个半小时, 1.5小时, 两个小时, 十分钟, 1小时30分, 10-15分钟 (the upper bound counts), the short
// forms of tables and timetables — （20分）, 15′, 15' — and per-unit allotments: 每个单位约5分钟,
// 每人发言不超过5分钟, 各十分钟, 主题发言(6人)(60分钟). Full-width digits and the traditional
// 分鐘 / 小時 / 鐘頭 read as their plain forms. Lead times (提前30分钟到场, 会前15分钟入场) are not
// durations of an item, a bare 分 is a duration only where it cannot be a score (得20分, 扣2分,
// 满分100分) or a clock (9时20分), and day lengths (全天, 半天) are found apart, by findDayLengths.

import { asciiDigits, parseCount } from './numerals';

export interface DurationMatch {
  start: number;
  end: number;
  /** Minutes (the upper bound of a range). */
  minutes: number;
  /** Offsets of the number to rewrite when shortening (the upper bound of a range). */
  numberStart: number;
  numberEnd: number;
  /** minute: the number counts minutes (分钟, 分, 15′); hour: numberStart..end is rewritten whole. */
  unit: 'minute' | 'hour';
  /** The allotment is per speaker or unit (每个单位约5分钟). */
  perUnit: boolean;
  /** A range (10-15分钟): start..numberStart holds the lower bound and the dash. */
  range: boolean;
  /** The number is written in Chinese numerals (十分钟). */
  chinese: boolean;
}

/** Traditional forms of the words durations use, one unit for one (offsets stay). */
const TRAD: Record<string, string> = { 鐘: '钟', 時: '时', 頭: '头', 兩: '两', 個: '个', 約: '约', '＇': "'" };

/** s with full-width digits and the traditional words of durations folded, same length. */
function fold(s: string): string {
  return asciiDigits(s).replace(/[鐘時頭兩個約＇]/g, (c) => TRAD[c]!);
}

const NUM = '(\\d{1,3}(?:\\.\\d{1,2})?|[一二两三四五六七八九十百半]{1,5})';
/** Minutes after hours: 1小时30分, 一小时零五分钟. */
const EXTRA = '(?:(?<=小时|钟头)\\s*零?\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*分(?:钟)?)?';
const DURATION = new RegExp(`(?:${NUM}\\s*(?:-|—|~|～|至|到)\\s*)?${NUM}\\s*(?:个)?(半)?\\s*(分钟|小时|钟头|分|[′'’])${EXTRA}`, 'g');
const PER_UNIT = /(?:每(?:个|位|名|家|人|一)?(?:单位|部门|代表|人|区县|县区|同志|发言人|发言)?|各)[^，。；,;]{0,6}$/;
/** Words before a duration that make it a lead time (提前30分钟到场), not a length. */
const LEAD_BEFORE = /(?:提前|提早|会前|开会前|开始前|迟到)\s*(?:约)?\s*$/;
const LEAD_AFTER = /^\s*(?:前|以前|之前|后|以后|之后)?\s*(?:到达|到场|入场|就座|签到|报到)/;
/** What may follow a bare 分 that is a duration: the end of the cell, a bracket, a stop, 左右, 以内. */
const BARE_MINUTE_AFTER = /^(?:\s*$|\s*[)）\]】」，,。；;、|/])|^(?:左右|以内|之内|内|上下)/;
/** Words of scoring in the clause before a bare 分: 得20分, 扣2分, 满分100分, 加1分, 计5分. */
const SCORE = /得|扣|满分|加分|减分|计分|记分|赋分|分值|评分|打分|积分|分数|总分|考核|考评|评比|奖励|成绩/;
/** A verb of scoring right before the number: 加1分, 减2分, 计5分, 记3分. */
const SCORE_VERB = /[加减计记赋共]\s*$/;
/** A prime that closes a quotation (‘15’) or writes minutes of arc (36°40′) or seconds follow (15′30″). */
const PRIME_AFTER = /^[\d′'’"″A-Za-z]/;

/** Whether the bare 分, prime or apostrophe at m is a duration, judged by what surrounds it. */
function shortFormFits(s: string, m: RegExpExecArray, unitText: string, upperText: string, end: number): boolean {
  if (!/^\d/.test(upperText)) return false; // 十分 is "very"; 二十分 is too rare to be worth the risk
  const numberAt = m.index + m[0].indexOf(upperText, m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
  const first = m[1] ? m.index : numberAt;
  const prev = s[first - 1] ?? '';
  if (unitText === '分') {
    // 9时20分, 9点20分, 8:20分 are clock times; 3分之1 and the like are not followed by a stop.
    if (/[时点:：\d.]/.test(prev)) return false;
    if (!BARE_MINUTE_AFTER.test(s.slice(end, end + 3))) return false;
    const clause = s.slice(0, first).split(/[，。；,;|]/).pop() ?? '';
    return !SCORE.test(clause) && !SCORE_VERB.test(clause) && !SCORE.test(s.slice(end, end + 6).split(/[，。；,;|]/)[0]!);
  }
  if (/[°\d.:：]/.test(prev) || PRIME_AFTER.test(s.slice(end, end + 1))) return false;
  // A closing quotation mark pairs with an opening one shortly before it.
  if (unitText === '’' && s.slice(Math.max(0, first - 6), first).includes('‘')) return false;
  if (unitText === "'" && s.slice(Math.max(0, first - 6), first).includes("'")) return false;
  return true;
}

/** The unit a match counts in: hours for 小时/钟头 (with or without minutes after), else minutes. */
function unitOf(unitText: string): 'minute' | 'hour' {
  return unitText === '小时' || unitText === '钟头' ? 'hour' : 'minute';
}

export function findDurations(raw: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  const s = fold(raw);
  if (!/分|小时|钟头|[′'’]/.test(s)) return out;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(s); m; m = DURATION.exec(s)) {
    const upperText = m[2]!;
    const unitText = m[4]!;
    let value = parseCount(upperText);
    if (value === null) continue;
    if (m[3]) value += 0.5; // 一个半小时
    const unit = unitOf(unitText);
    if (upperText === '半' && unit === 'minute') continue;
    if (m[3] && unit === 'minute') continue; // 5个半分钟 is not written
    const end = m.index + m[0].length;
    const short = unitText !== '分钟' && unit === 'minute';
    if (short && !shortFormFits(s, m, unitText, upperText, end)) continue;
    const extra = m[5] !== undefined ? parseCount(m[5]) : 0;
    if (extra === null || extra >= 60) continue;
    const minutes = Math.round(unit === 'hour' ? value * 60 + extra : value);
    if (minutes <= 0 || minutes > 24 * 60) continue;
    const before = s.slice(Math.max(0, m.index - 16), m.index);
    if (LEAD_BEFORE.test(before) || LEAD_AFTER.test(s.slice(end, end + 4))) continue;
    const upperStart = m.index + m[0].indexOf(upperText, m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
    out.push({
      start: m.index,
      end,
      minutes,
      numberStart: upperStart,
      numberEnd: upperStart + upperText.length,
      unit,
      perUnit: PER_UNIT.test(before),
      range: m[1] !== undefined,
      chinese: !/^\d/.test(upperText),
    });
  }
  return out;
}

export interface DayLengthMatch {
  start: number;
  end: number;
  /** 1 for 全天 / 一天, 0.5 for 半天 / 半日, 1.5 for 一天半. */
  days: number;
}

/** 全天, 全日, 整天, 一整天, 半天, 半日, 一天, 两天, 一天半, 1天: the length of a session or a meeting. */
const DAY_LENGTH = /(?<![第前后每当今明昨次同隔几数上下这那])(全天|全日|一?整天|半天|半日|(\d{1,2}|[一二两三四五六七八九十]{1,2})个?(?:整)?天(半)?)(?![内后前以之起里数气然下津堂候地])/g;
/** Words before a day length that make it a lead time or a period for something else (提前一天, 每周一天). */
const DAY_LEAD = /(?:提前|提早|推迟|延期|顺延|延长|每周|每月|每年|至少|不少于|不超过|超过)\s*$/;

/**
 * Day lengths of agenda lines and 会期 statements: 调研（全天）, 会期半天, 培训一天半. Kept apart
 * from findDurations: a day heading (3月5日 全天) names a part of the day, not an item's length,
 * and the agenda parser decides which of the two a line holds.
 */
export function findDayLengths(raw: string): DayLengthMatch[] {
  const out: DayLengthMatch[] = [];
  const s = fold(raw);
  if (!/天|日/.test(s)) return out;
  DAY_LENGTH.lastIndex = 0;
  for (let m = DAY_LENGTH.exec(s); m; m = DAY_LENGTH.exec(s)) {
    if (DAY_LEAD.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    let days: number | null;
    if (/^(?:全天|全日|一?整天)$/.test(m[1]!)) days = 1;
    else if (/^半[天日]$/.test(m[1]!)) days = 0.5;
    else {
      const n = parseCount(m[2]!);
      days = n === null ? null : n + (m[3] ? 0.5 : 0);
    }
    if (days === null || days <= 0 || days > 30) continue;
    out.push({ start: m.index, end: m.index + m[0].length, days });
  }
  return out;
}

/** A count of speakers or units near an allotment: (6人), 4个单位, 3位同志, 三个区县. */
export function speakerCount(s: string): number | null {
  const m = /(?<![\d:.])(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:人(?![员民大])|(?:位|名|家)(?:同志|代表|负责人|领导)?|个(?:单位|部门|区县|县区|区|县|市|镇|街道|乡镇|企业|代表|地方))/.exec(s);
  if (!m) return null;
  const n = parseCount(m[1]!);
  return n && n >= 1 ? n : null;
}
