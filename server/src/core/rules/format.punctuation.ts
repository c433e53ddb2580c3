// format.punctuation: half-width , ; : ? ! ( ) in Chinese text -> full-width ， ； ： ？ ！ （ ）.
// A mark is "in Chinese text" when the character before it is Chinese and the one after it is
// Chinese or the end of the paragraph; a pair of brackets when it holds Chinese characters.
// 9:00, 1:1, (SABIC), (a) and URLs stay as they are.
// Heading marks, the colon after 附件 and the brackets of a 发文字号 (济政发(2023)5号) are
// left to the rules that own them; Markdown link targets ](…) and `code spans` are syntax.

import { findDocNumbers } from '../parse/docNumber';
import { codeAt, foldWidth, isCjkCode } from '../text/chars';
import type { Paragraph } from '../text/paragraph';
import type { Fix } from '../types';
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

function checkParagraph(ctx: RuleContext, p: Paragraph): void {
  const t = p.text;
  let from = 0;
  if (p.level > 0) from = p.markLength;
  if (p.role === 'attachmentNote') {
    const m = /^附\s*件\s*:/.exec(t);
    if (m) from = Math.max(from, m[0].length);
  }
  // Most paragraphs have no half-width mark at all: nothing to set up for them.
  HALF.lastIndex = from;
  const firstMark = HALF.exec(t);
  if (!firstMark) return;
  const pairedClose = new Set<number>();
  // Half-width closing brackets reported here become ）, so a mark right after one is in Chinese text.
  const chineseClose = new Set<number>();
  // Brackets inside 发文字号 tokens, found once per paragraph and only when a bracket is seen.
  let docNumbers: RangeCursor | null = null;
  const inDocNumber = (i: number): boolean => {
    docNumbers ??= new RangeCursor(t.includes('号') ? findDocNumbers(foldWidth(t), t).map((d) => [d.start, d.end] as [number, number]) : []);
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
      const open = ctx.span(p, i, i + 1);
      const edits = [replace(open, '（')];
      if (j > 0) edits.push(replace(ctx.span(p, j, j + 1), '）'));
      report(ctx, open.start, j > 0 ? ctx.span(p, j, j + 1).end : open.end, j > 0 ? '()' : '(', { title: msg(j > 0 ? '改为全角括号“（）”' : '改为“（”', j > 0 ? 'Use full-width brackets （）' : 'Use "（"'), edits });
      continue;
    }
    if (ch === ')') {
      if (pairedClose.has(i)) continue;
      if (!(cjkBefore(t, i) || cjkAt(t, i + 1))) continue;
      chineseClose.add(i);
      const span = ctx.span(p, i, i + 1);
      report(ctx, span.start, span.end, ')', { title: msg('改为“）”', 'Use "）"'), edits: [replace(span, '）')] });
      continue;
    }
    if (!cjkBefore(t, i) && !chineseClose.has(i - 1)) continue;
    if (i + 1 < t.length && !cjkAt(t, i + 1)) continue;
    const span = ctx.span(p, i, i + 1);
    report(ctx, span.start, span.end, ch, { title: msg(`改为“${FULL[ch]}”`, `Use "${FULL[ch]}"`), edits: [replace(span, FULL[ch]!)] });
  }
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
  const good = written === '()' ? '（）' : written.split('').map((c) => FULL[c]).join('');
  ctx.report({
    start,
    end,
    message: withClause(msg(`中文语境应使用全角标点“${good}”，不用半角“${written}”`, `Use the full-width "${good}" in Chinese text, not "${written}"`), CLAUSE),
    fixes: [fix],
  });
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
