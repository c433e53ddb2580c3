// When: the 成文日期, and the dates in the text resolved against it — deadlines for reports
// (请于7月10日前报送, 截止7月10日, 7月10日17:00前将…报…), the dates of matters a 请示 asks about
// (拟于…召开/举办), relative words (即日、当天、立即、明日、后天报送), and relative dates resolved
// against the 成文日期 (本周五前、下周一、本月底前、下月2日, see parse/relative.ts). A date without a
// year takes the year that puts it nearest to the 成文日期.

import type { DocModel } from '../model/types';
import { addDays, dayNumber, formatGbDate, isRealDate, keyDates, nearestYear, type DateMatch, type Ymd } from '../parse/dates';
import { parseCount, toChineseSmall, toChineseYear } from '../parse/numerals';
import { keyRelativeDates, OFFSET_DAYS, resolveRelative } from '../parse/relative';
import type { Paragraph } from '../text/paragraph';
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from './stance';

export type { Ymd };
export { addDays };

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

/** 2026年7月10日 (for messages). */
export function ymdText(d: Ymd): string {
  return formatGbDate(d.year, d.month, d.day);
}

/** How a message names a date found in the text: "7月10日（2026年7月10日）", or just the text when it is complete. */
export function quoteDate(ref: DateRef): string {
  const written = ref.para.text.slice(ref.start, ref.end);
  return ref.match.year !== null && ref.match.style === 'arabic' && !ref.match.padded ? `“${written}”` : `“${written}”（${ymdText(ref.date)}）`;
}

/** The 成文日期 read from each date paragraph (several rules and every meeting region ask). */
const issued = new WeakMap<Paragraph, { date: Ymd; para: Paragraph } | null>();

/** The 成文日期 of the main document. */
export function issueDate(model: DocModel): { date: Ymd; para: Paragraph } | null {
  const p = model.date;
  if (!p) return null;
  let found = issued.get(p);
  if (found === undefined) issued.set(p, (found = readIssueDate(p)));
  return found;
}

function readIssueDate(p: Paragraph): { date: Ymd; para: Paragraph } | null {
  const m = keyDates(p)[0];
  if (!m || m.year === null || !isRealDate(m.year, m.month, m.day)) return null;
  return { date: { year: m.year, month: m.month, day: m.day }, para: p };
}

/** The year reference for dates written without a year: the 成文日期, else the first dated line. */
export function yearReference(model: DocModel, issue: Ymd | null): Ymd | null {
  if (issue) return issue;
  for (const p of model.paragraphs) {
    for (const d of keyDates(p)) if (d.year !== null) return { year: d.year, month: d.month, day: d.day };
  }
  return null;
}

/**
 * A date's full value: the written year, or else the year that puts it nearest to the 成文日期
 * (the issue's year, the one before or the one after). So 1月5日 in a notice of 2026年12月20日
 * is 2027年1月5日, and 7月1日 in a notice of 2026年7月20日 stays 2026年7月1日 (a date already
 * past, which the rules report as before the 成文日期 rather than as a date a year ahead).
 */
export function resolveDate(m: DateMatch, issue: Ymd | null): Ymd | null {
  let year = m.year;
  if (year === null) {
    if (!issue) return null;
    year = nearestYear(m.month, m.day, issue);
    if (year === null) return null;
  }
  if (!isRealDate(year, m.month, m.day)) return null;
  return { year, month: m.month, day: m.day };
}

export function datesIn(p: Paragraph, issue: Ymd | null): DateRef[] {
  const out: DateRef[] = [];
  for (const m of keyDates(p)) {
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

/**
 * Verbs of sending materials, forms or 落实情况 up the line; 交人事处 / 报校庆办 count too: 交 or 报
 * right before the office that receives (not 交流, 交通, 报告会).
 */
const REPORT_VERB = /报送|上报|报至|报给|报到|反馈|提交|填报|呈报|汇总至|汇总后报|送至|送达|发至|发送至|传真至|交至|报(?:市|区|县|我|送)|(?<![外提移转成社])交(?![流通换叉付易往界接织谈纳替汇])(?=[\u4e00-\u9fa5]{1,8}?(?:办|处|局|委|科|室|部|中心|组|工会|老师))|报(?=[\u4e00-\u9fa5]{1,6}?(?:办|处|局|委|科|室|部|中心|组)(?![\u4e00-\u9fa5]{0,2}会))/;
/** Time words after a date that make it a deadline: 7月10日前, 7月10日17:00前, 7月10日(星期五)下班前. */
export const DEADLINE_AFTER = /^(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?(?:上午|下午|晚上|中午)?(?:\d{1,2}(?::\d{2}|时(?:\d{1,2}分)?|点(?:\d{1,2}分)?(?:半)?))?(?:下班)?(?:前|之前|以前|止|为止)/;
/** Words before a date that make it a deadline: 截止7月10日, 最迟于7月10日, 报送时间为7月10日. */
const BEFORE_DEADLINE = /(?:截止|截至|截止时间|截止日期|截止到|最迟|最晚|不迟于|不晚于|报送时间|上报时间|反馈时间|提交时间|报送期限)(?:为|到|至|是|于|:)?$/;
/** 截至6月30日的数据 / 截至6月底: a cut-off date of the figures asked for, not the deadline. */
const AS_OF_AFTER = /^(?:[(（][^)）]{0,6}[)）])?(?:\d{1,2}(?::\d{2}|时))?(?:的|底|末|止的|以来)/;
/** Verbs of other work that a date in the same clause may be the deadline of (完成整改, 开展自查). */
const OTHER_WORK = /完成|整改|开展|建立|启动|组织|部署|召开|举办|实施|落实到位|到位|验收|办结|清零|销号|上线|投入/;
/** Words that make immediate reporting a contingency (an accident), not a demand on a notice. */
const CONTINGENCY = /事故|突发|险情|灾情|疫情|舆情|紧急情况|紧急事件|一旦|如遇|遇有|如发现|发现|发生|出现|如有(?:重大|异常|紧急)|异常|重大(?:情况|事项|问题|变化)|第一时间|违法|违规|案件|线索/;
/**
 * A report verb a few characters after a day word (即日报送, 明日下班前将名单报送), or further when
 * 将/把 brings the object between (后天下班前将本单位核查方案和联系人名单报送). 报告, 报道, 报名
 * are not sending materials: 立即报告 is telling of an event.
 */
const VERB_SOON = '(?:[^。；，,;]{0,10}?|[^。；，,;]{0,6}?[将把][^。；，,;]{0,24}?)(?:报送|上报|反馈|填报|提交|报(?!告|道|名|警|销|批|废|案))';
/** Words of immediacy before a report verb: 即日报送, 立即上报, 今日反馈; 即日起 is a date of effect. */
const IMMEDIATE = new RegExp(`(?:即日|今日|今天|立即|马上|当天|当日)(?!起|生效|施行|实施|执行)${VERB_SOON}`, 'g');
/** Words of a later day: 明日、明天 (after the notice), 后天, 大后天, 次日、翌日 (after receiving it). */
const LATER_DAY = new RegExp(`(?:明日|明天|次日|翌日|大后天|(?<![今此之以然最落先而其随过])后天)(?!起|生效|施行|实施|执行)${VERB_SOON}`, 'g');
/** Words of an event that a following 次日 would count from: 会议结束次日, 检查后次日, 报到次日. */
const EVENT_BEFORE = /会|结束|活动|检查|督查|调研|召开|举行|举办|到达|报到|抵达|发生|出现|之后|以后|后$/;
/** 当天/当日/次日 count only when it is the day of the notice: 收到通知当天报送, 本通知下发当日. */
const NOTICE_DAY = /(?:收到|接到|印发|下发|发出|本)[^。；，,;]{0,8}?(?:通知|文件|函)?[^。；，,;]{0,4}?$/;
/** A label that names the date as the report deadline: 报送时间：, 上报截止日期为, 反馈期限是. */
const REPORT_LABEL = /(?:报送|上报|反馈|提交|填报|报)(?:材料)?(?:截止|截至)?(?:时间|期限|日期)(?:为|是|:|：)?(?:截止|截至|于|在)?$/;
/** What a demand to report at once names: 名单, 统计表, 落实情况 … (有关情况 alone is news of an event). */
const MATERIAL = /名单|材料|表|方案|总结|报告|数据|台账|清单|计划|回执|汇总|(?:落实|进展|进度|完成|排查|开展|贯彻|执行|自查|整改|工作|推进|办理|统计|摸底)情况/;
/** A period from the notice: 收到通知后2日内报送, 3个工作日内反馈, 24小时内上报, 一两天内报送. */
const WITHIN = /(?<![0-9月])([0-9]{1,3}|[一二两三四五六七八九十]{1,3}|半)(?:个)?(工作日|日|天|小时)(?:之内|内|以内)[^。；，,;]{0,12}?(?:报送|上报|反馈|填报|提交|报)/g;
/** A period counted from another event (会议结束后2日内, 每月5日内), not from the notice. */
const OTHER_EVENT = /结束|完成|发生|召开|举办|举行|开展|验收|到期|之日|每[月季年周]|季度|月度|年度/;
const FROM_NOTICE = /收到|接到|通知|下发|印发|本文/;
/** A relative date directly followed by its report verb: 下周一报送, 本月底前将…报送. */
const RELATIVE_VERB_AFTER = new RegExp(`^${VERB_SOON}`);

export interface Deadline {
  para: Paragraph;
  /** The date, or null for a relative word (即日、当天、下周四 …) or a period (2日内). */
  ref: DateRef | null;
  /** Indices in para.text of what the finding points at. */
  start: number;
  end: number;
  /** The relative word or the period as written, when ref is null. */
  word?: string;
  /** Days the text leaves: 0 for 即日/当天/立即, 1 for 明日/次日, n for n日内 (24小时 = 1), the days to 下周四. */
  days?: number;
  /** The day a relative date names, resolved against the 成文日期 (下周四 → 2026年7月16日). */
  date?: Ymd;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Whether the deadline date at t[ref.start..ref.end) governs a report verb: the verb follows
 * in the date's clause (7月10日前将材料报送…), or the date's clause holds nothing but the date
 * and the verb comes in the next clauses before any other deadline (请于7月10日前，将…报送),
 * or a report word names the date (报送时间为7月10日).
 */
function governsReport(t: string, ref: Span, s0: number, s1: number, prev: Span | undefined, next: Span | undefined, byWord: boolean): boolean {
  const c1 = clauseEnd(t, ref.end, s1);
  // 报送时间：7月10日前 / 材料报送截止时间为7月10日 / 最迟于7月10日报送.
  const label = t.slice(Math.max(s0, ref.start - 14), ref.start);
  if (REPORT_LABEL.test(label)) return true;
  // 填报人员信息表，截止时间为7月8日: an explicit deadline word governs the report asked for before it.
  if (byWord) {
    const from = prev && prev.start >= s0 ? prev.end : s0;
    if (REPORT_VERB.test(t.slice(from, ref.start))) return true;
  }
  const tail = t.slice(ref.end, c1);
  if (REPORT_VERB.test(tail)) {
    const v = REPORT_VERB.exec(tail)!.index;
    return !OTHER_WORK.test(tail.slice(0, v)) || /将|把/.test(tail.slice(0, v));
  }
  if (OTHER_WORK.test(tail)) return false;
  // Nothing but the date and its time words in its clause: the next clauses carry the verb.
  const until = next && next.start < s1 ? next.start : s1;
  const rest = t.slice(c1, until);
  if (!REPORT_VERB.test(rest)) return false;
  const v = REPORT_VERB.exec(rest)!.index;
  return !OTHER_WORK.test(rest.slice(0, v)) || /将|把/.test(rest.slice(0, v));
}

/** A date or a relative date that reads as a deadline by the words around it. */
interface Candidate extends Span {
  s0: number;
  byWord: boolean;
  ref: DateRef | null;
  /** For a relative date: the day it names and where the word is. */
  date?: Ymd;
  word?: Span;
}

/** How the words around t[start..end) mark it as a deadline, or null when they do not. */
function deadlineMarks(t: string, start: number, end: number, relative: boolean): { s0: number; byWord: boolean } | null {
  const s0 = sentenceStart(t, start);
  const after = t.slice(end, end + 20);
  const before = t.slice(Math.max(s0, start - 8), start);
  const byWord = BEFORE_DEADLINE.test(before) && !AS_OF_AFTER.test(after);
  const byEnd = DEADLINE_AFTER.test(after);
  const byYu = /于$/.test(before) && /^[^，。；,;]{0,8}?(?:报送|上报|反馈|提交|填报|报)/.test(after);
  // 下周一报送名单: a relative date is always ahead, so a report verb right after it sets the day.
  const byVerb = relative && RELATIVE_VERB_AFTER.test(t.slice(end, end + 40)) && !/^(?:起|以来|的)/.test(after);
  return byWord || byEnd || byYu || byVerb ? { s0, byWord } : null;
}

/** A relative date that needs the 成文日期, resolved, with the written date it glosses (if any). */
interface CalendarWord extends Span {
  /** Where the word itself is (start..end also covers the glossed date and its brackets). */
  word: Span;
  date: Ymd;
  /** 本周五（7月31日）/ 7月31日（本周五）: the date in brackets beside it, naming the same day. */
  glossed: DateRef | null;
}

/** The date in brackets right after t[..end) or the date a bracket right after it holds: （7月31日）. */
function bracketed(t: string, end: number, refs: readonly DateRef[]): DateRef | null {
  return refs.find((d) => /^\s?[(（]\s?$/.test(t.slice(end, d.start)) && /^\s?[)）]/.test(t.slice(d.end))) ?? null;
}

/** Relative dates that need the 成文日期 (下周四, 本月底, 下月2日), resolved; day words are read apart. */
function calendarWords(p: Paragraph, refs: readonly DateRef[], issue: Ymd | null): CalendarWord[] {
  if (!issue) return [];
  const t = p.key;
  const out: CalendarWord[] = [];
  for (const r of keyRelativeDates(p)) {
    if (r.kind === 'offset') continue;
    const date = resolveRelative(r, issue);
    if (!date) continue;
    // 本周五（7月31日）前 / 7月31日（本周五）前: one deadline. When the two name different days the
    // written date is the deadline and the word is left alone.
    const after = bracketed(t, r.end, refs);
    const before = refs.find((d) => /^\s?[(（]\s?$/.test(t.slice(d.end, r.start)) && /^\s?[)）]/.test(t.slice(r.end))) ?? null;
    const glossed = after ?? before;
    if (glossed && ymdDays(glossed.date) !== ymdDays(date)) continue;
    let start = r.start;
    let end = r.end;
    if (glossed) {
      start = Math.min(start, glossed.start);
      end = Math.max(end, glossed.end);
      end += /^\s?[)）]/.exec(t.slice(end))![0].length;
    }
    out.push({ start, end, word: { start: r.start, end: r.end }, date, glossed });
  }
  return out;
}

/** Report deadlines set in the paragraph (the caller judges stance and the gap). */
export function deadlinesIn(p: Paragraph, issue: Ymd | null): Deadline[] {
  const out: Deadline[] = [];
  const t = p.key;
  if (!REPORT_VERB.test(t)) return out;
  const refs = datesIn(p, issue);
  const marked: Candidate[] = [];
  const words = calendarWords(p, refs, issue);
  for (const ref of refs) {
    if (words.some((w) => w.glossed === ref)) continue;
    const m = deadlineMarks(t, ref.start, ref.end, false);
    if (m) marked.push({ start: ref.start, end: ref.end, ...m, ref });
  }
  for (const w of words) {
    const m = deadlineMarks(t, w.start, w.end, true);
    if (m) marked.push({ start: w.start, end: w.end, ...m, ref: null, date: w.date, word: w.word });
  }
  marked.sort((a, b) => a.start - b.start);
  for (let k = 0; k < marked.length; k++) {
    const c = marked[k]!;
    const s1 = sentenceEnd(t, c.end);
    if (!REPORT_VERB.test(t.slice(c.s0, s1))) continue;
    if (!governsReport(t, c, c.s0, s1, marked[k - 1], marked[k + 1], c.byWord)) continue;
    if (c.ref) {
      out.push({ para: p, ref: c.ref, start: c.start, end: c.end });
      continue;
    }
    const days = ymdDays(c.date!) - ymdDays(issue!);
    const w = c.word!;
    // 本周一 in a notice written on a Wednesday: the words and the 成文日期 disagree; say nothing.
    if (days >= 0) out.push({ para: p, ref: null, start: w.start, end: w.end, word: p.text.slice(w.start, w.end), days, date: c.date });
  }
  out.push(...immediateWords(p), ...laterDays(p), ...periods(p));
  return out;
}

/** 即日报送, 立即上报排查情况统计表, 收到通知当天将方案报…: a report due on the day of the notice. */
function immediateWords(p: Paragraph): Deadline[] {
  const t = p.key;
  const out: Deadline[] = [];
  IMMEDIATE.lastIndex = 0;
  for (let m = IMMEDIATE.exec(t); m; m = IMMEDIATE.exec(t)) {
    const s0 = sentenceStart(t, m.index);
    const s1 = sentenceEnd(t, m.index);
    if (CONTINGENCY.test(t.slice(s0, s1))) continue;
    const word = /^(?:即日|今日|今天|立即|马上|当天|当日)/.exec(m[0])![0];
    if ((word === '当天' || word === '当日') && !NOTICE_DAY.test(t.slice(s0, m.index))) continue;
    if ((word === '立即' || word === '马上') && asksNothing(t, m.index, m.index + m[0].length, s0, s1)) continue;
    out.push({ para: p, ref: null, start: m.index, end: m.index + word.length, word, days: 0 });
  }
  return out;
}

/**
 * 如有变动，请立即报送: nothing is named to send — no object after the verb, none brought before it
 * with 将/把, no material in the sentence. A standing duty to pass news on, not a form to fill.
 */
function asksNothing(t: string, at: number, verbEnd: number, s0: number, s1: number): boolean {
  const tail = t.slice(verbEnd, clauseEnd(t, verbEnd, s1)).replace(/[\s"”」）)]/g, '');
  if (tail.length >= 2) return false;
  if (/将|把/.test(t.slice(clauseStart(t, at, s0), verbEnd))) return false;
  return !MATERIAL.test(t.slice(s0, s1));
}

/** 明日报送, 后天下班前将方案报送, 收到通知次日12时前报送: a report due a day or two after the notice. */
function laterDays(p: Paragraph): Deadline[] {
  const t = p.key;
  const out: Deadline[] = [];
  LATER_DAY.lastIndex = 0;
  for (let m = LATER_DAY.exec(t); m; m = LATER_DAY.exec(t)) {
    const s0 = sentenceStart(t, m.index);
    if (CONTINGENCY.test(t.slice(s0, sentenceEnd(t, m.index)))) continue;
    const word = /^(?:明日|明天|次日|翌日|大后天|后天)/.exec(m[0])![0];
    // 次日 is the day after the notice when the notice is named, or when its sentence names no
    // other event to follow (会议结束次日, 检查后次日 are days after those).
    if ((word === '次日' || word === '翌日') && !NOTICE_DAY.test(t.slice(s0, m.index)) && EVENT_BEFORE.test(t.slice(s0, m.index))) continue;
    out.push({ para: p, ref: null, start: m.index, end: m.index + word.length, word, days: OFFSET_DAYS[word]! });
  }
  return out;
}

/** The upper bound of a rough range of Chinese digits: 一两 → 2, 两三 → 3, 三五 → 5; else null. */
function roughUpper(s: string): number | null {
  if (s.length !== 2) return null;
  const a = parseCount(s[0]!);
  const b = parseCount(s[1]!);
  if (a === null || b === null || a < 1 || b > 9) return null;
  return b === a + 1 || (a === 3 && b === 5) ? b : null;
}

/** 收到通知后2日内报送, 1个工作日内反馈, 24小时内上报, 一两天内报送: a period from the notice. */
function periods(p: Paragraph): Deadline[] {
  const t = p.key;
  const out: Deadline[] = [];
  // Every period holds 内 (2日内, 3个工作日以内): a text without it is not searched for one.
  if (!t.includes('内')) return out;
  WITHIN.lastIndex = 0;
  for (let m = WITHIN.exec(t); m; m = WITHIN.exec(t)) {
    const s0 = sentenceStart(t, m.index);
    if (CONTINGENCY.test(t.slice(s0, sentenceEnd(t, m.index)))) continue;
    const n = parseCount(m[1]!) ?? roughUpper(m[1]!);
    if (n === null) continue;
    const lead = t.slice(clauseStart(t, m.index, s0), m.index);
    if (OTHER_EVENT.test(lead) && !FROM_NOTICE.test(lead)) continue;
    // Working days are at least calendar days; 24小时 is one day.
    const days = m[2] === '小时' ? n / 24 : n;
    const at = m.index + m[0].indexOf(m[1]!);
    const unitEnd = t.indexOf(m[2]!, at) + m[2]!.length;
    const end = /^(?:之内|以内|内)/.exec(t.slice(unitEnd))?.[0].length ?? 0;
    out.push({ para: p, ref: null, start: at, end: unitEnd + end, word: p.text.slice(at, unitEnd + end), days });
  }
  return out;
}

/** A table column of report deadlines: 报送时间, 上报时限, 反馈截止时间. */
const REPORT_HEADER = /^(?:材料|资料|表格)?(?:报送|上报|填报|反馈|提交|报)(?:截止)?(?:时间|时限|期限|日期)$/;
/** How many cells back the column header may be (a flattened row of a few columns, a few rows). */
const HEADER_REACH = 16;
/** What may follow the date in a deadline cell: （星期五）, 17:00, 下班, 前. */
const CELL_AFTER = /^(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?(?:上午|下午)?(?:\d{1,2}(?::\d{2}|时|点))?(?:下班)?(?:前|之前|以前|止|为止)?$/;
const REPORT_HEADER_HINT = /月|[.\-/]|周|星期|礼拜|天|日/;

/**
 * A deadline in a table cell: the cell holds only a date (7月8日前, 2026年7月8日17:00前, 下周一前,
 * 明日下班前) and a cell shortly before it is the column header 报送时间. Tables come flattened,
 * one cell a paragraph.
 */
export function cellDeadline(ps: readonly Paragraph[], i: number, issue: Ymd | null): Deadline | null {
  const p = ps[i]!;
  const t = p.key;
  if (t.length > 24 || !REPORT_HEADER_HINT.test(t)) return null;
  const found = cellDate(p, issue);
  if (!found) return null;
  for (let k = i - 1; k >= 0 && k >= i - HEADER_REACH; k--) {
    const c = ps[k]!.key;
    if (c.length > 16 || /[。；;]/.test(c)) return null;
    if (REPORT_HEADER.test(c)) return found;
  }
  return null;
}

/** The deadline a cell holds when it holds nothing else: a date, or a relative date or day word. */
function cellDate(p: Paragraph, issue: Ymd | null): Deadline | null {
  const t = p.key;
  const refs = datesIn(p, issue);
  if (refs.length === 1) {
    const ref = refs[0]!;
    return ref.start === 0 && CELL_AFTER.test(t.slice(ref.end)) ? { para: p, ref, start: ref.start, end: ref.end } : null;
  }
  if (refs.length > 0) return null;
  const rel = keyRelativeDates(p);
  if (rel.length !== 1 || rel[0]!.start !== 0 || !CELL_AFTER.test(t.slice(rel[0]!.end))) return null;
  const r = rel[0]!;
  const word = p.text.slice(r.start, r.end);
  // A day word needs no 成文日期 (明日 is the day after it, whatever day that is); 当天 and 次日 need a named event.
  if (r.kind === 'offset') return /^(?:当天|当日|次日|翌日)$/.test(word) ? null : { para: p, ref: null, start: r.start, end: r.end, word, days: r.days };
  const date = resolveRelative(r, issue);
  if (!date) return null;
  const days = ymdDays(date) - ymdDays(issue!);
  return days >= 0 ? { para: p, ref: null, start: r.start, end: r.end, word, days, date } : null;
}

// ---- matter dates of a 请示 --------------------------------------------------------------------

const MATTER_BEFORE = /(?:拟定?于|计划于|定于|准备于|拟在|拟于|将于)$/;
/** 已于12月18日召开筹备会 / 此前…: an event that has taken place, not the matter asked about (已定于… is still ahead). */
const PAST_BEFORE = /(?:已|曾|业已|此前|先后)(?!经?(?:定|拟|计划|准备))[^，。；,;]{0,6}$/;
const MATTER_AFTER = /^[^，。；,]{0,20}?(?:召开|举办|举行|开展|组织|启动|进行|开幕|开始)/;

/** Dates of the matter a 请示 asks about: 拟于2026年8月1日召开…, 定于8月1日举办…. */
export function matterDatesIn(p: Paragraph, issue: Ymd | null): DateRef[] {
  const t = p.key;
  const out: DateRef[] = [];
  for (const ref of datesIn(p, issue)) {
    const before = t.slice(Math.max(0, ref.start - 6), ref.start);
    const after = t.slice(ref.end, ref.end + 24);
    if (PAST_BEFORE.test(t.slice(sentenceStart(t, ref.start), ref.start))) continue;
    if (MATTER_BEFORE.test(before) || (/^(?:[（(][^）)]{0,6}[）)])?(?:上午|下午)?[^，。；,]{0,4}?(?:召开|举办|举行|开幕)/.test(after) && !/前|以前|之前/.test(after.slice(0, 3)))) {
      if (MATTER_AFTER.test(after) || MATTER_BEFORE.test(before)) out.push(ref);
    }
  }
  return out;
}
