// Durations as agendas write them: （10分钟）, 约20分钟, 半小时, 1小时, 一个半小时, 1.5小时, 十分钟,
// 10-15分钟 (the upper bound counts), and per-unit allotments: 每个单位约5分钟, 每人发言不超过5分钟,
// 各十分钟, 主题发言(6人)(60分钟). Searched on width-folded text. Lead times (提前30分钟到场, 会前
// 15分钟入场) are not durations of an item.

import { parseCount } from './numerals';

export interface DurationMatch {
  start: number;
  end: number;
  /** Minutes (the upper bound of a range). */
  minutes: number;
  /** Offsets of the number to rewrite when shortening (the upper bound of a range). */
  numberStart: number;
  numberEnd: number;
  unit: 'minute' | 'hour';
  /** The allotment is per speaker or unit (每个单位约5分钟). */
  perUnit: boolean;
  /** A range (10-15分钟): start..numberStart holds the lower bound and the dash. */
  range: boolean;
  /** The number is written in Chinese numerals (十分钟). */
  chinese: boolean;
}

const NUM = '(\\d{1,3}(?:\\.\\d)?|[一二两三四五六七八九十百半]{1,4})';
const DURATION = new RegExp(`(?:${NUM}\\s*(?:-|—|~|～|至|到)\\s*)?${NUM}\\s*(?:个)?(半)?\\s*(分钟|小时|钟头)`, 'g');
const PER_UNIT = /(?:每(?:个|位|名|家|人|一)?(?:单位|部门|代表|人|区县|县区|同志|发言人|发言)?|各)[^，。；,;]{0,6}$/;
/** Words before a duration that make it a lead time (提前30分钟到场), not a length. */
const LEAD_BEFORE = /(?:提前|提早|会前|开会前|开始前|迟到)\s*(?:约)?\s*$/;
const LEAD_AFTER = /^\s*(?:前|以前|之前|后|以后|之后)?\s*(?:到达|到场|入场|就座|签到|报到)/;

export function findDurations(s: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  if (!/分钟|小时|钟头/.test(s)) return out;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(s); m; m = DURATION.exec(s)) {
    const upperText = m[2]!;
    let value = parseCount(upperText);
    if (value === null) continue;
    if (m[3]) value += 0.5; // 一个半小时
    const unit = m[4] === '分钟' ? 'minute' : 'hour';
    if (upperText === '半' && unit === 'minute') continue;
    const minutes = Math.round(unit === 'hour' ? value * 60 : value);
    if (minutes <= 0 || minutes > 24 * 60) continue;
    const end = m.index + m[0].length;
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

/** A count of speakers or units near an allotment: (6人), 4个单位, 3位同志, 三个区县. */
export function speakerCount(s: string): number | null {
  const m = /(?<![\d:.])(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:人(?![员民大])|(?:位|名|家)(?:同志|代表|负责人|领导)?|个(?:单位|部门|区县|县区|区|县|市|镇|街道|乡镇|企业|代表|地方))/.exec(s);
  if (!m) return null;
  const n = parseCount(m[1]!);
  return n && n >= 1 ? n : null;
}
