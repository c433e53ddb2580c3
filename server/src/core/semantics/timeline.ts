// When: the 成文日期, and the dates in the text resolved against it — deadlines for reports
// (请于7月10日前报送, 截止7月10日, 7月10日17:00前将…报…), the dates of matters a 请示 asks about
// (拟于…召开/举办), and relative words (即日、当天、立即、马上报送). A date without a year takes the
// 成文日期's year and rolls into the next year when it would fall well before the 成文日期.

import type { DocModel } from '../model/types';
import { dayNumber, findDates, isRealDate, type DateMatch } from '../parse/dates';
import { toChineseSmall, toChineseYear } from '../parse/numerals';
import type { Paragraph } from '../text/paragraph';
import { sentenceEnd, sentenceStart } from './stance';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export interface DateRef {
  para: Paragraph;
  /** Indices in para.text. */
  start: number;
  end: number;
  match: DateMatch;
  date: Ymd;
}

export function ymdDays(d: Ymd): number {
  return dayNumber(d.year, d.month, d.day);
}

export function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 2026年7月10日 (for messages). */
export function ymdText(d: Ymd): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** How a message names a date found in the text: "7月10日（2026年7月10日）", or just the text when it is complete. */
export function quoteDate(ref: DateRef): string {
  const written = ref.para.text.slice(ref.start, ref.end);
  return ref.match.year !== null && ref.match.style === 'arabic' && !ref.match.padded ? `“${written}”` : `“${written}”（${ymdText(ref.date)}）`;
}

/** The 成文日期 of the main document. */
export function issueDate(model: DocModel): { date: Ymd; para: Paragraph } | null {
  const p = model.date;
  if (!p) return null;
  const m = findDates(p.key)[0];
  if (!m || m.year === null || !isRealDate(m.year, m.month, m.day)) return null;
  return { date: { year: m.year, month: m.month, day: m.day }, para: p };
}

/** A date's full value: the written year, or the 成文日期's, rolling over a year end. */
export function resolveDate(m: DateMatch, issue: Ymd | null): Ymd | null {
  let year = m.year;
  if (year === null) {
    if (!issue) return null;
    year = issue.year;
    // More than a month before the 成文日期: the text means next year (issued in late December).
    if (dayNumber(year, m.month, m.day) < ymdDays(issue) - 31) year++;
  }
  if (!isRealDate(year, m.month, m.day)) return null;
  return { year, month: m.month, day: m.day };
}

export function datesIn(p: Paragraph, issue: Ymd | null): DateRef[] {
  const out: DateRef[] = [];
  for (const m of findDates(p.key)) {
    const date = resolveDate(m, issue);
    if (date) out.push({ para: p, start: m.start, end: m.end, match: m, date });
  }
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Writes d in the style of the written date (with or without year, Arabic or Chinese, padding, 日/号). */
export function formatLike(ref: DateRef, d: Ymd): string {
  const written = ref.para.text.slice(ref.start, ref.end);
  const m = ref.match;
  if (m.style === 'numeric') {
    const sep = m.sep ?? '.';
    return `${d.year}${sep}${m.padded ? pad2(d.month) : d.month}${sep}${m.padded ? pad2(d.day) : d.day}`;
  }
  const dayMark = written.endsWith('号') ? '号' : '日';
  const withYear = m.year !== null || d.year !== ref.date.year;
  if (m.style === 'chinese') {
    const zero = /[○OＯ〇零]/.exec(written)?.[0] ?? '〇';
    const y = withYear ? `${toChineseYear(d.year).replace(/〇/g, zero)}年` : '';
    return `${y}${toChineseSmall(d.month)}月${toChineseSmall(d.day)}${dayMark}`;
  }
  const y = withYear ? `${d.year}年` : '';
  return `${y}${m.padded ? pad2(d.month) : d.month}月${m.padded ? pad2(d.day) : d.day}${dayMark}`;
}

// ---- deadlines -----------------------------------------------------------------------------

/** Verbs of sending materials, forms or 落实情况 up the line. */
const REPORT_VERB = /报送|上报|报至|报给|报到|反馈|提交|填报|呈报|汇总至|汇总后报|送至|送达|发至|发送至|传真至|交至|报(?:市|区|县|我|送)/;
/** Time words after a date that make it a deadline: 7月10日前, 7月10日17:00前, 7月10日(星期五)下班前. */
const AFTER_DEADLINE = /^(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?:上午|下午|晚上)?(?:\d{1,2}(?::\d{2}|时(?:\d{1,2}分)?|点(?:\d{1,2}分)?(?:半)?))?(?:下班)?(?:前|之前|以前|止|为止)/;
/** Words before a date that make it a deadline: 截止7月10日, 最迟于7月10日. */
const BEFORE_DEADLINE = /(?:截止|截至|截止时间|截止日期|截止到|最迟|最晚|不迟于|不晚于)(?:为|到|至|是|于)?$/;
/** Words that make immediate reporting a contingency (an accident), not a demand on a notice. */
const CONTINGENCY = /事故|突发|险情|灾情|疫情|紧急情况|一旦|如遇|遇有|如发现|发现.{0,8}(?:问题|情况|隐患)|第一时间|发生/;
const RELATIVE = /(?:即日|当天|当日|今日|今天|立即|马上|即时|随即)(?!起)[^。；，,]{0,10}?(?:报送|上报|反馈|填报|提交|报告|报)/g;

export interface Deadline {
  para: Paragraph;
  /** The date, or null for a relative word (即日、当天 …). */
  ref: DateRef | null;
  /** Indices in para.text of what the finding points at. */
  start: number;
  end: number;
  /** The relative word, when ref is null. */
  word?: string;
}

/** Report deadlines set in the paragraph (the caller judges stance and the gap). */
export function deadlinesIn(p: Paragraph, issue: Ymd | null): Deadline[] {
  const out: Deadline[] = [];
  const t = p.key;
  if (!REPORT_VERB.test(t)) return out;
  for (const ref of datesIn(p, issue)) {
    const s0 = sentenceStart(t, ref.start);
    const s1 = sentenceEnd(t, ref.end);
    if (!REPORT_VERB.test(t.slice(s0, s1))) continue;
    const after = t.slice(ref.end, ref.end + 20);
    const before = t.slice(Math.max(s0, ref.start - 8), ref.start);
    const byWord = BEFORE_DEADLINE.test(before);
    const byEnd = AFTER_DEADLINE.test(after);
    const byYu = /于$/.test(before) && /^[^，。；,]{0,8}?(?:报送|上报|反馈|提交|填报|报)/.test(after);
    if (byWord || byEnd || byYu) out.push({ para: p, ref, start: ref.start, end: ref.end });
  }
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(t); m; m = RELATIVE.exec(t)) {
    const s0 = sentenceStart(t, m.index);
    const sentence = t.slice(s0, sentenceEnd(t, m.index));
    if (CONTINGENCY.test(sentence)) continue;
    const word = /^(?:即日|当天|当日|今日|今天|立即|马上|即时|随即)/.exec(m[0])![0];
    out.push({ para: p, ref: null, start: m.index, end: m.index + word.length, word });
  }
  return out;
}

// ---- matter dates of a 请示 --------------------------------------------------------------------

const MATTER_BEFORE = /(?:拟定?于|计划于|定于|准备于|拟在|拟于|将于)$/;
const MATTER_AFTER = /^[^，。；,]{0,20}?(?:召开|举办|举行|开展|组织|启动|进行|开幕|开始)/;

/** Dates of the matter a 请示 asks about: 拟于2026年8月1日召开…, 定于8月1日举办…. */
export function matterDatesIn(p: Paragraph, issue: Ymd | null): DateRef[] {
  const t = p.key;
  const out: DateRef[] = [];
  for (const ref of datesIn(p, issue)) {
    const before = t.slice(Math.max(0, ref.start - 6), ref.start);
    const after = t.slice(ref.end, ref.end + 24);
    if (MATTER_BEFORE.test(before) || (/^(?:[（(][^）)]{0,6}[）)])?(?:上午|下午)?[^，。；,]{0,4}?(?:召开|举办|举行|开幕)/.test(after) && !/前|以前|之前/.test(after.slice(0, 3)))) {
      if (MATTER_AFTER.test(after) || MATTER_BEFORE.test(before)) out.push(ref);
    }
  }
  return out;
}
