// A whole document pasted on one line, its paragraphs run together with spaces: a web page's
// text flattened by a copy, or a PDF extract that lost its line breaks. (Runs of U+3000 are
// split earlier, in segments.ts.) Such a line is cut where a paragraph plainly ends: at a run
// of two or more spaces, before a heading mark (一、 （一） 1、), after a sentence's end, and
// between two words of Han text separated by one space (…的通知 各区县人民政府：). And a
// 附件说明 on one line (附件：1.×× 2.×× or 1.××；2.××) is cut before each item.

import { hasSpace, isCjkCode, isHanCode, isSpaceCode } from './chars';
import type { Segment } from './segments';

/** A line shorter than this is a paragraph, whatever spaces it holds (联 系 人：张三   电话：…). */
const FLAT_MIN = 160;
/** Single spaces cut a line only when it has at least this many places to cut. */
const MIN_SINGLE_CUTS = 4;
/** Cuts at single spaces between Han words only when the pieces are this long on average (not 关于 做好 防汛). */
const MIN_AVERAGE_PIECE = 12;

/** A heading mark or list number at i: 一、 （一） (一) 1、 1. （1） 第一条 第一章. */
const MARK = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十百\d]{1,4}[条章节])/;
const TERMINAL = '。！？；!?;';
const DATE_AHEAD = /^[12]\d{3}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日/;
const CLOSERS = '”’」』）)》】〕';
const OPENERS = '“‘「『（(《【〔';

interface Cut {
  /** Where the space run starts and ends. */
  from: number;
  to: number;
  /** A cut between two Han words (kept only when the pieces come out long enough). */
  weak: boolean;
}

/**
 * Whether splitFlat may cut the text segment [start, end): a long line, or a 附件说明. Every other
 * segment is its own single piece, and the splitter need not make an object of it to ask.
 */
export function mayCut(text: string, start: number, end: number): boolean {
  return end - start >= FLAT_MIN || text.charCodeAt(start) === 0x9644 /* 附 */;
}

/** The pieces of a text segment: itself, or the paragraphs of a flattened document. */
export function splitFlat(text: string, seg: Segment): Segment[] {
  const pieces = seg.end - seg.start >= FLAT_MIN ? cutSegment(seg, flatCuts(text, seg)) : [seg];
  // Most pieces are no 附件说明: look at the first character before anything else.
  if (!pieces.some((p) => text.charCodeAt(p.start) === 0x9644 /* 附 */)) return pieces;
  return pieces.flatMap((p) => cutSegment(p, attachmentCuts(text, p)));
}

function cutSegment(seg: Segment, cuts: Cut[]): Segment[] {
  if (cuts.length === 0) return [seg];
  const out: Segment[] = [];
  let start = seg.start;
  for (const c of cuts) {
    if (c.from > start) out.push({ ...seg, start, end: c.from, indent: out.length === 0 ? seg.indent : true });
    start = c.to;
  }
  if (seg.end > start) out.push({ ...seg, start, end: seg.end, indent: out.length === 0 ? seg.indent : true });
  return out;
}

function flatCuts(text: string, seg: Segment): Cut[] {
  // Cuts are made at spaces only: a long line without one (a long paragraph) has none.
  if (!hasSpace(text.slice(seg.start, seg.end))) return [];
  const cuts: Cut[] = [];
  let i = seg.start;
  while (i < seg.end) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < seg.end && isSpaceCode(text.charCodeAt(j))) j++;
    const cut = cutAt(text, seg, i, j);
    if (cut) cuts.push(cut);
    i = j;
  }
  // A space or two in a long paragraph is a slip, not a flattened document: single spaces cut
  // only where there are several of them, and between Han words only into long enough pieces.
  const single = cuts.filter((c) => c.to - c.from === 1);
  const kept = single.length >= MIN_SINGLE_CUTS ? cuts : cuts.filter((c) => c.to - c.from > 1);
  const averagePiece = (seg.end - seg.start) / (kept.length + 1);
  return averagePiece >= MIN_AVERAGE_PIECE ? kept : kept.filter((c) => !c.weak);
}

/** Whether the space run text[from, to) ends a paragraph of a flattened line. */
function cutAt(text: string, seg: Segment, from: number, to: number): Cut | null {
  const prev = text[from - 1]!;
  const prevCode = text.charCodeAt(from - 1);
  const nextCode = text.charCodeAt(to);
  if (to - from >= 2 && (isCjkCode(prevCode) || isCjkCode(nextCode))) return { from, to, weak: false };
  if (MARK.test(text.slice(to, Math.min(seg.end, to + 6))) && !/[\d０-９、，,]/.test(prev)) return { from, to, weak: false };
  if (TERMINAL.includes(prev) || (CLOSERS.includes(prev) && TERMINAL.includes(text[from - 2] ?? ''))) {
    return isCjkCode(nextCode) || isDigit(nextCode) ? { from, to, weak: false } : null;
  }
  const next = text[to]!;
  // 各区县人民政府，市政府各部门： 为…: a 主送 line (or a label long enough to be one) ends at its colon.
  if ((prev === '：' || prev === ':') && from - pieceStart(text, seg, from) >= COLON_PIECE) return { from, to, weak: false };
  const hanBefore = isHanCode(prevCode) || CLOSERS.includes(prev) || prev === '：' || prev === ':';
  // …水务局 2024年5月8日: a date line after a signature.
  const hanAfter = isHanCode(nextCode) || OPENERS.includes(next) || DATE_AHEAD.test(text.slice(to, Math.min(seg.end, to + 12)));
  if (hanBefore && hanAfter && wordLength(text, from - 1, -1, seg) >= 2 && wordLength(text, to, 1, seg) >= 2) return { from, to, weak: true };
  return null;
}

/** A piece that ends with a colon is a 主送 line when it is at least this long (not 时间：). */
const COLON_PIECE = 8;

/** Where the piece that ends at `at` starts: after the last run of spaces (U+3000 and all). */
function pieceStart(text: string, seg: Segment, at: number): number {
  let k = at - 1;
  while (k > seg.start && !isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Characters from i in direction dir up to a space or the segment's edge (at most 4 looked at). */
function wordLength(text: string, i: number, dir: 1 | -1, seg: Segment): number {
  let n = 0;
  for (let k = i; k >= seg.start && k < seg.end && n < 4 && !isSpaceCode(text.charCodeAt(k)); k += dir) n++;
  return n;
}

const ATTACHMENT_LEAD = /^附\s*件\s*[:：]\s*[1１][.．、]/;
const ITEM_NUMBER = /[\d０-９]{1,2}(?=[.．、])/g;

/** 附件：1.×× 2.×× / 附件：1.××；2.×× on one line: cut before 2., 3. … (numbers in order, after a space or ；). */
function attachmentCuts(text: string, seg: Segment): Cut[] {
  const line = text.slice(seg.start, seg.end);
  if (!ATTACHMENT_LEAD.test(line)) return [];
  const cuts: Cut[] = [];
  let expect = 2;
  ITEM_NUMBER.lastIndex = line.search(/[1１]/) + 1;
  for (let m = ITEM_NUMBER.exec(line); m; m = ITEM_NUMBER.exec(line)) {
    const n = parseInt(m[0].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10);
    if (n !== expect) continue;
    let from = m.index;
    while (from > 0 && isSpaceCode(line.charCodeAt(from - 1))) from--;
    const before = line[from - 1] ?? '';
    if (from === m.index && !'；;，,、'.includes(before)) continue;
    cuts.push({ from: seg.start + from, to: seg.start + m.index, weak: false });
    expect++;
  }
  return cuts;
}
