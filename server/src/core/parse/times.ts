// Clock times and time ranges as agendas write them: 9:00—9:10, 9:00-9:10, 9:30- 11:30,
// 8:00至10:00, 下午3:00~4:10, 9时至9时30分, 9点半, 上午9:00. Searched on width-folded text
// (9：00 -> 9:00). Minutes are counted from midnight; a day part (上午/下午/晚上) written with the
// time is kept so that the caller can place a bare 2:30 in the afternoon.

export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening';

export interface ClockTime {
  /** Hour and minute as written (2:30 stays 2:30; see toMinutes for the day part). */
  hour: number;
  minute: number;
  /** Offsets of this time in the searched string. */
  start: number;
  end: number;
  /** Offsets of the minute digits (or of the whole time when none are written), for rewriting. */
  form: 'colon' | 'shi' | 'dian';
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
}

const SINGLE = /(上午|早上|早晨|中午|下午|午后|晚上|晚间|傍晚|夜间)?(\d{1,2})(?::(\d{2})(?!\d)|时(?:(\d{1,2})分)?|点(?:(\d{1,2})分|(半))?)/g;
const SEP = /^\s*(?:—{1,2}|–|-|－|~|～|至|到|─)\s*$/;

export function dayPartOf(word: string | undefined): DayPart | null {
  if (!word) return null;
  if (/上午|早上|早晨/.test(word)) return 'morning';
  if (word === '中午') return 'noon';
  if (/下午|午后/.test(word)) return 'afternoon';
  return 'evening';
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

function singles(s: string): Single[] {
  const out: Single[] = [];
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(s); m; m = SINGLE.exec(s)) {
    const start = m.index;
    const prev = s[start - 1];
    const end = start + m[0].length;
    const next = s[end];
    // Digits glued to a date, a decimal or a longer number are not a time.
    if (!m[1] && prev !== undefined && /[\d.．年月/:]/.test(prev)) continue;
    if (next !== undefined && /\d/.test(next)) continue;
    const hour = parseInt(m[2]!, 10);
    const minute = m[3] !== undefined ? parseInt(m[3], 10) : m[4] !== undefined ? parseInt(m[4], 10) : m[5] !== undefined ? parseInt(m[5], 10) : m[6] ? 30 : 0;
    if (hour > 24 || minute > 59) continue;
    // 时间 / 时期 / 点钟 words: "5时间" is not a time.
    if (!m[3] && next !== undefined && /[间期刻候段]/.test(next)) continue;
    const form: ClockTime['form'] = m[3] !== undefined ? 'colon' : m[0].includes('点') ? 'dian' : 'shi';
    const dpLen = m[1]?.length ?? 0;
    out.push({
      time: { hour, minute, start: start + dpLen, end, form },
      dayPart: dayPartOf(m[1]),
      start,
      strong: m[3] !== undefined || m[4] !== undefined || m[5] !== undefined || !!m[6] || !!m[1],
    });
  }
  return out;
}

/** Times and ranges in s, in order. */
export function findTimes(s: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  if (!/\d/.test(s)) return out;
  const xs = singles(s);
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i]!;
    const b = xs[i + 1];
    if (b && SEP.test(s.slice(a.time.end, b.start)) && (a.strong || b.strong)) {
      out.push({ start: a.start, end: b.time.end, dayPart: a.dayPart, from: a.time, to: b.time, toDayPart: b.dayPart });
      i++;
      continue;
    }
    // A bare "9时" or "3点" alone is a time only when it reads as one (9时许, 9时整, 9点开始…).
    if (!a.strong && !/^(?:许|整|前|后|开始|召开|举行|报到|起|至)/.test(s.slice(a.time.end, a.time.end + 2))) continue;
    out.push({ start: a.start, end: a.time.end, dayPart: a.dayPart, from: a.time, to: null, toDayPart: null });
  }
  return out;
}

/** Writes a clock time in the form of `like` (9:00 / 9时30分 / 9点30分), in 12-hour form when like was. */
export function formatClock(minutes: number, like: ClockTime): string {
  let h = Math.floor(minutes / 60);
  const mi = minutes % 60;
  if (like.hour < 12 && h >= 13) h -= 12; // the text wrote 2:30 for 14:30: keep that habit
  if (like.form === 'colon') return `${h}:${String(mi).padStart(2, '0')}`;
  const unit = like.form === 'dian' ? '点' : '时';
  return mi === 0 ? `${h}${unit}` : `${h}${unit}${mi}分`;
}
