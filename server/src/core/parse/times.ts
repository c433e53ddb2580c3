// Clock times and time ranges as agendas write them: 9:00—9:10, 9:00-9:10, 9:30- 11:30,
// 8:00至10:00, 下午3:00~4:10, 9时至9时30分, 9时至10时, 9点半, 9时半, 上午9:00, 上午九时, 9∶00 (the
// ratio colon of PDF copies). Searched on width-folded text (9：00 -> 9:00). Minutes are counted
// from midnight; a day part (上午/下午/晚上) written with the time is kept so that the caller can
// place a bare 2:30 in the afternoon.

import { parseSmallNumber, toChineseSmall } from './numerals';

export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening';

export interface ClockTime {
  /** Hour and minute as written (2:30 stays 2:30; see toMinutes for the day part). */
  hour: number;
  minute: number;
  /** Offsets of this time (without its day part) in the searched string. */
  start: number;
  end: number;
  /** How it is written: 9:00, 9时30分, 9点30分. */
  form: 'colon' | 'shi' | 'dian';
  /** Written in Chinese numerals (九时三十分), so a rewrite keeps them. */
  chinese?: boolean;
}

export interface TimeMatch {
  start: number;
  end: number;
  dayPart: DayPart | null;
  from: ClockTime;
  /** The end of a range, or null for a single time. */
  to: ClockTime | null;
  /** A day part written before the end time (上午11:30至下午2:00). */
  toDayPart: DayPart | null;
  /** Start of the end time including its day part (= to.start when none is written). */
  toStart: number;
}

const PART = '(上午|早上|早晨|中午|下午|午后|晚上|晚间|傍晚|夜间)?';
const SINGLE = new RegExp(`${PART}(?:(\\d{1,2})(?:[:∶](\\d{2})(?!\\d)|时(?:(\\d{1,2})分)?(?!半)|(?:点|时(?=半))(?:(\\d{1,2})分|(半))?)|([一二两三四五六七八九十]{1,3})(时|点)(?:([一二三四五六七八九十]{1,3})分|(半))?)`, 'g');
const SEP = /^\s*(?:—{1,2}|–|-{1,2}|－|~|～|〜|―{1,2}|─|至|到)\s*$/;

export function dayPartOf(word: string | undefined): DayPart | null {
  if (!word) return null;
  if (/上午|早上|早晨/.test(word)) return 'morning';
  if (word === '中午') return 'noon';
  if (/下午|午后/.test(word)) return 'afternoon';
  return 'evening';
}

/** The word a rewrite writes before a time of that part of the day. */
export function dayPartWord(minutes: number): string {
  return minutes < 12 * 60 ? '上午' : minutes < 13 * 60 ? '中午' : minutes < 18 * 60 ? '下午' : '晚上';
}

/** Minutes since midnight, placing 1–11 o'clock after noon when the day part says so. */
export function toMinutes(t: ClockTime, dayPart: DayPart | null): number {
  let h = t.hour;
  if ((dayPart === 'afternoon' || dayPart === 'evening') && h < 12) h += 12;
  if (dayPart === 'noon' && h < 6) h += 12;
  return h * 60 + t.minute;
}

interface Single {
  time: ClockTime;
  dayPart: DayPart | null;
  /** Start of the match including its day part. */
  start: number;
  /** The time was written with minutes or a day part (9:00, 9时30分, 上午9时), not a bare "5时". */
  strong: boolean;
}

/** What every time SINGLE reads holds: a colon, 时 or 点. */
const CLOCK_MARK = /[:∶时点]/;

function singles(s: string): Single[] {
  const out: Single[] = [];
  // A text without a clock mark has no time: one scan for the mark, not SINGLE tried everywhere.
  if (!CLOCK_MARK.test(s)) return out;
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(s); m; m = SINGLE.exec(s)) {
    const start = m.index;
    const prev = s[start - 1];
    const end = start + m[0].length;
    const next = s[end];
    const chinese = m[7] !== undefined;
    // Digits glued to a date, a decimal or a longer number are not a time; nor is 第九时.
    // (1.9:00 is a list mark and a time: a decimal never has minutes after a colon.)
    // A colon before the time is a label's (时间：9:00, folded to 时间:9:00): the time stands. Seconds
    // (10:10:10) need no check here: SINGLE cannot start a time at :10.
    if (!m[1] && prev !== undefined && (chinese ? /[第一二两三四五六七八九十百千零〇]/.test(prev) : m[3] !== undefined ? /[\d年月/]/.test(prev) : /[\d.．年月/]/.test(prev))) continue;
    // A digit right after 9:00 makes it part of a longer number; after 九时十分 or 9时 it starts the next words.
    if (next !== undefined && /\d/.test(next) && /\d$/.test(m[0])) continue;
    let hour: number;
    let minute = 0;
    if (chinese) {
      const h = parseSmallNumber(m[7]!);
      if (h === null) continue;
      hour = h;
      if (m[9] !== undefined) {
        const mi = parseSmallNumber(m[9]);
        if (mi === null) continue;
        minute = mi;
      } else if (m[10]) minute = 30;
      // 十点意见 / 一时 …: a Chinese-numeral time needs its day part, its minutes, or 时.
      if (!m[1] && m[9] === undefined && !m[10] && m[8] === '点') continue;
    } else {
      hour = parseInt(m[2]!, 10);
      minute = m[3] !== undefined ? parseInt(m[3], 10) : m[4] !== undefined ? parseInt(m[4], 10) : m[5] !== undefined ? parseInt(m[5], 10) : m[6] ? 30 : 0;
    }
    if (hour > 24 || minute > 59) continue;
    // 时间 / 时期 / 点钟 words: "5时间" is not a time; "12时期间" is 12时 then 期间.
    if (m[3] === undefined && next !== undefined && /[间期刻候段]/.test(next) && !s.startsWith('期间', end)) continue;
    const form: ClockTime['form'] = m[3] !== undefined ? 'colon' : (chinese ? m[8] === '点' : m[0].includes('点')) ? 'dian' : 'shi';
    const dpLen = m[1]?.length ?? 0;
    out.push({
      time: { hour, minute, start: start + dpLen, end, form, ...(chinese ? { chinese } : {}) },
      dayPart: dayPartOf(m[1]),
      start,
      strong: m[3] !== undefined || m[4] !== undefined || m[5] !== undefined || !!m[6] || !!m[1] || m[9] !== undefined || !!m[10],
    });
  }
  return out;
}

/** Times and ranges in s, in order. */
export function findTimes(s: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  if (!/[\d时点]/.test(s)) return out;
  const xs = singles(s);
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i]!;
    const b = xs[i + 1];
    // A range: either end written in full, or both in the same 时/点 form (9时至10时).
    if (b && SEP.test(s.slice(a.time.end, b.start)) && (a.strong || b.strong || (a.time.form !== 'colon' && a.time.form === b.time.form))) {
      out.push({ start: a.start, end: b.time.end, dayPart: a.dayPart, from: a.time, to: b.time, toDayPart: b.dayPart, toStart: b.start });
      i++;
      continue;
    }
    // A bare "9时" or "3点" alone is a time only when it reads as one (9时许, 9时整, 9点开始…).
    if (!a.strong && !/^(?:许|整|前|后|开始|召开|举行|报到|起|至)/.test(s.slice(a.time.end, a.time.end + 2))) continue;
    out.push({ start: a.start, end: a.time.end, dayPart: a.dayPart, from: a.time, to: null, toDayPart: null, toStart: a.time.end });
  }
  return out;
}

/** Minutes since midnight as the messages and hovers show them: 545 -> 9:05. */
export function clockText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Writes a clock time in the form of `like` (9:00 / 9时30分 / 9点30分 / 九时三十分), in 12-hour form when like was. */
export function formatClock(minutes: number, like: ClockTime): string {
  let h = Math.floor(minutes / 60);
  const mi = minutes % 60;
  if (like.hour < 12 && h >= 13) h -= 12; // the text wrote 2:30 for 14:30: keep that habit
  if (like.form === 'colon') return `${h}:${String(mi).padStart(2, '0')}`;
  const unit = like.form === 'dian' ? '点' : '时';
  if (like.chinese) return mi === 0 ? `${toChineseSmall(h)}${unit}` : `${toChineseSmall(h)}${unit}${toChineseSmall(mi)}分`;
  return mi === 0 ? `${h}${unit}` : `${h}${unit}${mi}分`;
}
