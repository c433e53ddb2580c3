// format.punctuation: half-width , ; : ? ! ( ) in Chinese text -> full-width ， ； ： ？ ！ （ ）.
// A mark is "in Chinese text" when the character before it is Chinese and the one after it is
// Chinese or the end of the paragraph; a pair of brackets when it holds Chinese characters.
// 9:00, 1:1, (SABIC), (a) and URLs stay as they are.
// Heading marks, the colon after 附件 and the brackets of a 发文字号 (济政发(2023)5号) are
// left to the rules that own them; Markdown link targets ](…) and `code spans` are syntax.

import { docNumbersIn } from '../parse/docNumber';
import { memoSlot, perText } from '../parse/memo';
import { codeAt, isCjkCode } from '../text/chars';
import type { Paragraph } from '../text/paragraph';
import type { Fix, Msg } from '../types';
import { defineRule, type RuleContext } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = 'GB/T 15834';
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF = /[,;:?!()]/g;
const SKIP_ROLES = new Set(['other', 'docNumber']);

function cjkAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  return isCjkCode(codeAt(s, i));
}

/** Code point before index i (handles a surrogate pair just before i). */
function cjkBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return isCjkCode(codeAt(s, i - 2));
  return isCjkCode(c);
}

function hasHan(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}

export default defineRule({
  id: 'format.punctuation',
  title: msg('中文标点', 'Chinese punctuation'),
  clause: CLAUSE,
  clauseKeys: ['GB/T 15834'],
  visits: ['Document'],
  defaultSeverity: 'info',
  fixable: true,
  description: msg(
    '中文字符之间使用了半角标点 , ; : ? ! ( )，应改为全角。',
    'Half-width , ; : ? ! ( ) between Chinese characters; use the full-width forms.',
  ),
  options: [],
  check(ctx) {
    for (const p of ctx.model.paragraphs) {
      if (SKIP_ROLES.has(p.role)) continue;
      checkParagraph(ctx, p);
    }
  },
});

/** A half-width mark to report, in indices of the paragraph's text. */
interface Mark {
  i: number;
  /** A Chinese pair's closing bracket (reported with its opening one), else -1. */
  j: number;
  /** The mark as written: , ; : ? ! ( ) or () for a pair. */
  written: string;
}

const MARKS = memoSlot('half-width marks');
const NO_MARKS: readonly Mark[] = [];

function checkParagraph(ctx: RuleContext, p: Paragraph): void {
  const t = p.text;
  let from = 0;
  if (p.level > 0) from = p.markLength;
  if (p.role === 'attachmentNote') {
    const m = /^附\s*件\s*:/.exec(t);
    if (m) from = Math.max(from, m[0].length);
  }
  // The marks depend on the text and where reading starts (after a heading mark): kept by the
  // text for the start it was first read from, since typing elsewhere leaves both as they were.
  const kept = perText(p, MARKS, keptMarks, from);
  for (const m of kept.from === from ? kept.marks : marksIn(t, from)) reportMark(ctx, p, m);
}

function reportMark(ctx: RuleContext, p: Paragraph, m: Mark): void {
  const span = ctx.span(p, m.i, m.i + 1);
  if (m.written === '()') {
    const close = ctx.span(p, m.j, m.j + 1);
    report(ctx, span.start, close.end, '()', { title: fixTitle('()'), edits: [replace(span, '（'), replace(close, '）')], safe: true });
  } else report(ctx, span.start, span.end, m.written, { title: fixTitle(m.written), edits: [replace(span, FULL[m.written]!)], safe: true });
}

function keptMarks(p: Paragraph, from: number): { from: number; marks: readonly Mark[] } {
  return { from, marks: marksIn(p.text, from) };
}

/** The half-width marks of t from `from` on that stand in Chinese text. */
function marksIn(t: string, from: number): readonly Mark[] {
  // Most paragraphs have no half-width mark at all: nothing to set up for them.
  HALF.lastIndex = from;
  const firstMark = HALF.exec(t);
  if (!firstMark) return NO_MARKS;
  const out: Mark[] = [];
  const pairedClose = new Set<number>();
  // Half-width closing brackets reported here become ）, so a mark right after one is in Chinese text.
  const chineseClose = new Set<number>();
  // Brackets inside 发文字号 tokens, found once per paragraph and only when a bracket is seen.
  let docNumbers: RangeCursor | null = null;
  const inDocNumber = (i: number): boolean => {
    docNumbers ??= new RangeCursor(docNumbersIn(t).map((d) => [d.start, d.end] as [number, number]));
    return docNumbers.contains(i);
  };
  // `code spans` (commands, file names) keep their ASCII punctuation.
  let code: RangeCursor | null = null;
  const inCode = (i: number): boolean => {
    if (code === null) {
      const spans: Array<[number, number]> = [];
      for (let a = t.indexOf('`'); a >= 0; ) {
        const b = t.indexOf('`', a + 1);
        if (b < 0) break;
        spans.push([a + 1, b]);
        a = t.indexOf('`', b + 1);
      }
      code = new RangeCursor(spans);
    }
    return code.contains(i);
  };
  for (let m: RegExpExecArray | null = firstMark; m; m = HALF.exec(t)) {
    const i = m.index;
    const ch = m[0];
    if ((ch === '(' || ch === ')') && inDocNumber(i)) continue;
    if (inCode(i)) continue;
    if (ch === '(' && t.charCodeAt(i - 1) === 0x5d /* ] */) {
      // A Markdown link or image target: [文字](https://…) is syntax, not punctuation.
      const j = matchingClose(t, i);
      if (j > 0) pairedClose.add(j);
      continue;
    }
    if (ch === '(') {
      const j = matchingClose(t, i);
      const inner = j > 0 ? t.slice(i + 1, j) : '';
      // A pair is Chinese by what it holds: (SABIC), (UTF-8), (v3.2), (a) stay half-width even
      // inside a Chinese sentence; an unpaired bracket is judged by its neighbours.
      const chinese = j > 0 ? hasHan(inner) : cjkBefore(t, i) || cjkAt(t, i + 1);
      if (j > 0) pairedClose.add(j);
      if (!chinese) continue;
      if (j > 0) chineseClose.add(j);
      out.push({ i, j, written: j > 0 ? '()' : '(' });
      continue;
    }
    if (ch === ')') {
      if (pairedClose.has(i)) continue;
      if (!(cjkBefore(t, i) || cjkAt(t, i + 1))) continue;
      chineseClose.add(i);
      out.push({ i, j: -1, written: ')' });
      continue;
    }
    if (!cjkBefore(t, i) && !chineseClose.has(i - 1)) continue;
    if (i + 1 < t.length && !cjkAt(t, i + 1)) continue;
    out.push({ i, j: -1, written: ch });
  }
  return out.length ? out : NO_MARKS;
}

/** The fix's title for each mark as written (made once: hundreds of marks may be reported). */
const FIX_TITLES = new Map<string, Msg>();

function fixTitle(written: string): Msg {
  let title = FIX_TITLES.get(written);
  if (!title) {
    title = written === '()' ? msg('改为全角括号“（）”', 'Use full-width brackets （）') : written === '(' ? msg('改为“（”', 'Use "（"') : written === ')' ? msg('改为“）”', 'Use "）"') : msg(`改为“${FULL[written]}”`, `Use "${FULL[written]}"`);
    FIX_TITLES.set(written, title);
  }
  return title;
}

/**
 * The edit that writes newText over span. Written out, not as { ...span, newText }: V8 gives every
 * object made that way a shape of its own, some 200 bytes kept with each finding.
 */
function replace(span: { start: number; end: number }, newText: string): { start: number; end: number; newText: string } {
  return { start: span.start, end: span.end, newText };
}

/**
 * Membership in sorted, non-overlapping ranges [start, end) for positions asked in increasing
 * order (the marks of a paragraph, left to right): one pass over the ranges in all.
 */
class RangeCursor {
  private k = 0;
  constructor(private readonly ranges: ReadonlyArray<readonly [number, number]>) {}

  contains(i: number): boolean {
    const r = this.ranges;
    while (this.k < r.length && r[this.k]![1] <= i) this.k++;
    return this.k < r.length && r[this.k]![0] <= i;
  }
}

function report(ctx: RuleContext, start: number, end: number, written: string, fix: Fix): void {
  ctx.report({ start, end, message: messageFor(written), fixes: [fix] });
}

/** The message for each mark as written, made once. */
const MESSAGES = new Map<string, Msg>();

function messageFor(written: string): Msg {
  let m = MESSAGES.get(written);
  if (!m) {
    const good = written === '()' ? '（）' : written.split('').map((c) => FULL[c]).join('');
    m = withClause(msg(`中文语境应使用全角标点“${good}”，不用半角“${written}”`, `Use the full-width "${good}" in Chinese text, not "${written}"`), CLAUSE);
    MESSAGES.set(written, m);
  }
  return m;
}

function matchingClose(t: string, i: number): number {
  let depth = 0;
  for (let k = i; k < t.length && k < i + 400; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      depth--;
      if (depth === 0) return k;
    } else if (c === 0xff09 && depth === 1) return -1; // closed by a full-width bracket: mixed pair
  }
  return -1;
}
