// Segments -> paragraphs. Decides whether the text is hard-wrapped (PDF extraction, fixed
// width lines) and, if so, joins lines that continue a sentence. Builds each paragraph's
// cleaned text with an offset map back to the source.

import { memoSlot, type TextWork, workFor } from '../parse/memo';
import { cellWidth, codeAt, endsWithTerminal, isCjkCode, isHanCode, isSpaceCode, SPACE_CLASS } from './chars';
import { frontMatterLines, glossLength, markChrome } from './chrome';
import { mayCut, splitFlat } from './flatLine';
import { HEADING_MARKS, readMark, skipSpace, type MarkOptions } from './marks';
import type { LineIndex } from './lineIndex';
import { Paragraph } from './paragraph';
import { SegmentTable, segmentTable } from './segments';

/**
 * A line that opens a new block even after a full line: a "label：text" such as 责任部门：…
 * (a bare "人民团体：" ends a wrapped 主送 list rather than opening a block). Heading marks are
 * not in this list: in a hard-wrapped copy a continuation line may well start with "一、"
 * (…道路等级不 / 一、管理主体多元…), while a real heading follows a line that ended a sentence
 * or a short line anyway.
 */
const STARTS_BLOCK = /^[\u4e00-\u9fa5]{2,6}[:：](?=\S)/;

/** A title's last words: the genre of the document. */
const TITLE_END = /(?:通知|意见|方案|办法|规定|决定|报告|请示|批复|函|纪要|通报|公告|通告|议程|日程|安排|要点|细则|制度)[》”"]?$/;
/** A whole 主送 line: 各区县河长办： */
const RECIPIENTS_LINE = /^各[^，。；：:]{1,40}[:：]$/;

/** A title line and the 主送 line under it (segments a, b), which a wrap never joins (both happen to be full width). */
function titleThenRecipients(text: string, segs: SegmentTable, a: number, b: number): boolean {
  return TITLE_END.test(text.slice(segs.start(a), segs.end(a))) && RECIPIENTS_LINE.test(text.slice(segs.start(b), segs.end(b)));
}

export interface CommentLine {
  line: number;
  start: number;
  end: number;
  /** Text between <!-- and -->, trimmed. */
  body: string;
}

export interface ParagraphSplit {
  paragraphs: Paragraph[];
  /** Page and file furniture (chrome.ts), kept out of `paragraphs`; role 'chrome', numbered apart. */
  chrome: Paragraph[];
  comments: CommentLine[];
  /** The text was recognised as hard-wrapped at a fixed width. */
  wrapped: boolean;
}

export interface SplitOptions {
  markdown: boolean;
}

/** The widest wrap read (columns); its tolerance is at most a tenth of it (detectWrap). */
const MAX_WRAP = 160;
/** Past this many columns a line's width decides nothing: every test treats 200 and 400 alike. */
const WIDE = MAX_WRAP + MAX_WRAP / 4;

/** Width for wrap detection: half-width punctuation took a full cell in the source layout; WIDE or more for any wider line. */
function layoutWidth(text: string, start: number, end: number): number {
  // Read in place, one pass: displayWidth's cells, and one more for each of , ; : ( ) .
  let w = 0;
  for (let i = start; i < end && w < WIDE; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) w += 2; // common Han: wide (displayWidth's answer, without its tests)
    else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2e) w += 2;
    else w += cellWidth(text, i, end);
  }
  return w;
}

const WIDTH = memoSlot('layout width');
const CLEANING = memoSlot('needs cleaning');
const CLEANING_MARKDOWN = memoSlot('needs cleaning (Markdown)');

/**
 * The work kept for a text segment's own text (parse/memo.ts): typing changes one line, and the
 * widths and cleanliness of the others are looked up by their text.
 */
function segmentWork(text: string, start: number, end: number): TextWork {
  return workFor(text.slice(start, end));
}

function keptWidth(w: TextWork, text: string, start: number, end: number): number {
  const kept = w.peek(WIDTH) as number | undefined;
  return kept !== undefined ? kept : w.keep(WIDTH, layoutWidth(text, start, end));
}

/**
 * needsCleaning for a segment whose text's work is kept. What a segment's own text says, except
 * that a pinyin gloss at its very start depends on the character before it (glossLength): that
 * case is judged afresh. A gloss that would run past the segment's end is never removed, so
 * reading the segment alone answers the same.
 */
function keptNeedsCleaning(w: TextWork, text: string, s: number, e: number, markdown: boolean): boolean {
  const c = text.charCodeAt(s);
  if ((c === 0x28 || c === 0xff08) && s > 0 && isHanCode(text.charCodeAt(s - 1))) return needsCleaning(text, s, e, markdown);
  const slot = markdown ? CLEANING_MARKDOWN : CLEANING;
  const kept = w.peek(slot) as boolean | undefined;
  return kept !== undefined ? kept : w.keep(slot, needsCleaning(w.text, 0, w.text.length, markdown));
}

interface WrapInfo {
  width: number;
  tolerance: number;
}

/** Lines narrower than this (head lines, signatures, short headings) say nothing about the wrap width. */
const SHORT_LINE = 30;
/** Columns a paragraph's first line loses to its lost 首行缩进 (two full-width spaces). */
const FIRST_LINE_INDENT = 4;

/**
 * A text is hard-wrapped when many of its lines share one width and few exceed it. Only lines
 * that could have been cut by the wrap are counted: short lines (the head, signatures,
 * headings) and lines that end a sentence (a paragraph's last line, or a whole paragraph
 * typed on one line) say nothing about the width; a one-page PDF extract has as many of
 * them as full lines.
 */
function detectWrap(candidates: number[], all: ArrayLike<number> & Iterable<number>, midCuts: number): WrapInfo | null {
  if (candidates.length < 6) return midCuts >= 2 ? detectShortWrap(candidates, all) : null;
  // A wrap cuts sentences: lines that all end after a closing bracket (an agenda's 开幕大会（9:00—11:30）) are a list.
  if (midCuts * 3 < candidates.length) return null;
  const sorted = [...candidates].sort((a, b) => a - b);
  const w = sorted[Math.floor(sorted.length * 0.75)]!;
  if (w < 24 || w > MAX_WRAP) return null;
  const tol = Math.max(4, Math.round(w * 0.1));
  let near = 0;
  for (const x of candidates) if (x >= w - tol && x <= w + tol) near++;
  // Any line (a sentence's end included) wider than the wrap width says the text is not wrapped.
  let over = 0;
  let long = 0;
  for (const x of all) {
    if (x < SHORT_LINE) continue;
    long++;
    if (x > w + tol) over++;
  }
  if (near / candidates.length < 0.5 || over / long > 0.1) return null;
  return { width: w, tolerance: tol };
}

/**
 * A short extract (a few wrapped lines): wrapped only when at least two lines break mid-sentence
 * (not after a closing bracket: 开幕大会（9:00—11:30） ends an agenda line), three or more lines
 * share one width, and no line is wider.
 */
function detectShortWrap(candidates: number[], all: Iterable<number>): WrapInfo | null {
  if (candidates.length < 2) return null;
  const w = Math.max(...candidates);
  if (w < 24 || w > MAX_WRAP) return null;
  const tol = Math.max(2, Math.round(w * 0.05));
  if (candidates.some((x) => x < w - tol)) return null;
  let near = 0;
  for (const x of all) {
    if (x > w + tol) return null;
    if (x >= w - tol) near++;
  }
  return near >= 3 ? { width: w, tolerance: tol } : null;
}

/**
 * The start of a list item, a numbered heading or a timed agenda line. When most lines that
 * could have been cut by a wrap are followed by such a line, the text is a list whose items
 * happen to be about as wide as each other (an agenda, an itinerary), not a hard-wrapped copy.
 */
const ITEM_START = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d０-９]{1,3}\s*[）)]|[\d０-９]{1,2}\s*[、.．](?![\d０-９])|第[一二三四五六七八九十\d０-９]{1,3}[站天项条个]|[\d０-９]{1,2}\s*[:：]\s*[\d０-９]{2}|[①-⑳])/;

/**
 * The line stops where a wrap could cut a sentence — anywhere but after a closing bracket or
 * quote, where a list item ends (开幕大会（9:00—11:30）, 《…》).
 */
function endsMidSentence(text: string, start: number, end: number): boolean {
  let e = end - 1;
  while (e > start && isSpaceCode(text.charCodeAt(e))) e--;
  return !ITEM_END.includes(text[e]!);
}

const ITEM_END = '）)」』”’》】〕]';

/** Whether segment i opens with an item mark (ITEM_START). */
function startsItem(text: string, segs: SegmentTable, i: number): boolean {
  const s = segs.start(i);
  return ITEM_START.test(text.slice(s, Math.min(segs.end(i), s + 8)));
}

/** Candidate lines (positions in `lines`, the text segments in order) that start an item themselves (９:００-９:２０ 区教育局汇报). */
function itemStarters(text: string, segs: SegmentTable, lines: Int32Array, candidates: number[]): number {
  let n = 0;
  for (const k of candidates) if (startsItem(text, segs, lines[k]!)) n++;
  return n;
}

/** Candidate lines (positions in `lines`) followed by a line that starts an item. */
function itemFollowers(text: string, segs: SegmentTable, lines: Int32Array, candidates: number[]): number {
  let n = 0;
  for (const k of candidates) if (k + 1 < lines.length && startsItem(text, segs, lines[k + 1]!)) n++;
  return n;
}

// The splitter works on segment numbers (rows of a SegmentTable) and typed arrays, and builds
// each paragraph as soon as its lines are gathered: a text of a million lines makes a million
// paragraphs, and nothing else per line that outlives the pass.
export function splitParagraphs(text: string, lines: LineIndex, opts: SplitOptions): ParagraphSplit {
  const segs = flatten(text, segmentTable(text, lines, opts));
  const comments: CommentLine[] = [];
  let textCount = 0;
  for (let i = 0; i < segs.length; i++) {
    const kind = segs.kind(i);
    if (kind === 'comment') {
      const s = segs.start(i);
      const e = segs.end(i);
      comments.push({ line: segs.line(i), start: s, end: e, body: text.slice(s + 4, e - 3).trim() });
    } else if (kind === 'text') textCount++;
  }
  const allText = new Int32Array(textCount);
  for (let i = 0, k = 0; i < segs.length; i++) if (segs.kind(i) === 'text') allText[k++] = i;
  const chrome = findChrome(text, lines, segs, allText);
  const textSegs = allText.filter((i) => chrome[i] === 0);
  // Layout widths, by segment number (read for the lines that may be joined) and in order (for the wrap).
  const widthOf = new Int32Array(segs.length);
  const widths = new Int32Array(textSegs.length);
  const candidates: number[] = [];
  const candidateAt: number[] = [];
  /** The kept work of each text segment's text, by segment number. */
  const works: Array<TextWork | undefined> = new Array(segs.length);
  let midCuts = 0;
  for (let k = 0; k < textSegs.length; k++) {
    const i = textSegs[k]!;
    const s = segs.start(i);
    const e = segs.end(i);
    const work = (works[i] = segmentWork(text, s, e));
    const w = keptWidth(work, text, s, e);
    widthOf[i] = w;
    widths[k] = w;
    if (w >= SHORT_LINE && !endsWithTerminal(text.slice(Math.max(s, e - 4), e))) {
      candidates.push(w);
      candidateAt.push(k);
      if (endsMidSentence(text, s, e)) midCuts++;
    }
  }
  const isList = 2 * itemFollowers(text, segs, textSegs, candidateAt) >= candidates.length || 2 * itemStarters(text, segs, textSegs, candidateAt) > candidates.length;
  const wrap = isList ? null : detectWrap(candidates, widths, midCuts);

  // Blank lines separate paragraphs unless the text puts one after (nearly) every line.
  let singleGaps = 0;
  for (let i = 0; i + 2 < segs.length; i++) {
    if (segs.kind(i) === 'text' && segs.kind(i + 1) === 'blank' && segs.kind(i + 2) === 'text') singleGaps++;
  }
  // (Only wrapped lines are ever joined, so treating blanks as layout is safe for short texts too.)
  const gapRatio = textCount > 1 ? singleGaps / (textCount - 1) : 0;
  const blanksCarryMeaning = !((textCount >= 8 && gapRatio >= 0.6) || (textCount >= 4 && gapRatio >= 0.8));

  const paragraphs: Paragraph[] = [];
  /** The segments of the paragraph being gathered. */
  const cur: number[] = [];
  const flush = (): void => {
    if (cur.length === 0) return;
    const p = buildParagraph(text, segs, cur, paragraphs.length, opts.markdown, cur.length === 1 ? works[cur[0]!] : undefined);
    if (p) paragraphs.push(p);
    cur.length = 0;
  };
  let prev = -1;
  let blankRun = 0;
  let hardBreak = false;
  for (let i = 0; i < segs.length; i++) {
    const kind = segs.kind(i);
    if (kind === 'blank') {
      blankRun++;
      if (blanksCarryMeaning || blankRun >= 2) hardBreak = true;
      continue;
    }
    if (kind === 'break' || kind === 'code' || kind === 'comment' || chrome[i] === 1) {
      hardBreak = true;
      continue;
    }
    if (kind === 'pageMark') {
      // A page mark may sit inside a paragraph: the blank lines either side of it are one gap.
      blankRun = 0;
      continue;
    }
    blankRun = 0;
    let join = false;
    if (cur.length > 0 && wrap && !hardBreak && !segs.indent(i)) {
      const pw = widthOf[prev]!;
      // A paragraph's first line was indented by two characters in the layout the text came from.
      const full = wrap.width - wrap.tolerance - (cur.length === 1 ? FIRST_LINE_INDENT : 0);
      const s = segs.start(i);
      join =
        pw >= full &&
        !endsWithTerminal(text.slice(segs.start(prev), segs.end(prev))) &&
        !STARTS_BLOCK.test(text.slice(s, Math.min(segs.end(i), s + 12))) &&
        !titleThenRecipients(text, segs, prev, i);
    }
    if (!join) flush();
    cur.push(i);
    prev = i;
    hardBreak = false;
  }
  flush();

  const chromeParagraphs: Paragraph[] = [];
  for (let k = 0; k < allText.length; k++) {
    if (chrome[allText[k]!] === 0) continue;
    cur.push(allText[k]!);
    const p = buildParagraph(text, segs, cur, chromeParagraphs.length, opts.markdown);
    cur.length = 0;
    if (!p) continue;
    p.role = 'chrome';
    chromeParagraphs.push(p);
  }
  return { paragraphs, chrome: chromeParagraphs, comments, wrapped: wrap !== null };
}

/**
 * Text segments that hold a whole document on one line, cut into its paragraphs (flatLine.ts).
 * The table itself when no segment is cut (most texts): it is copied only from the first cut on.
 */
function flatten(text: string, segs: SegmentTable): SegmentTable {
  let out: SegmentTable | null = null;
  for (let i = 0; i < segs.length; i++) {
    const pieces = segs.kind(i) === 'text' && mayCut(text, segs.start(i), segs.end(i)) ? splitFlat(text, segs.at(i)) : null;
    if (pieces && !out && (pieces.length !== 1 || pieces[0]!.start !== segs.start(i) || pieces[0]!.end !== segs.end(i) || pieces[0]!.indent !== segs.indent(i))) {
      out = new SegmentTable(segs.length + pieces.length + 16);
      for (let k = 0; k < i; k++) out.copy(segs, k);
    }
    if (!out) continue;
    if (pieces) for (const piece of pieces) out.add(piece);
    else out.copy(segs, i);
  }
  return out ?? segs;
}

/**
 * The text segments that are page or file furniture (1 by segment number): a front matter block
 * at the top, and the lines chrome.ts marks. The cells of a table row are judged together (a
 * metadata table). `allText` holds the numbers of the text segments, in order.
 */
function findChrome(text: string, lines: LineIndex, segs: SegmentTable, allText: Int32Array): Uint8Array {
  const out = new Uint8Array(segs.length);
  const raw: string[] = [];
  for (let ln = 0; ln < lines.lineCount && ln <= 61; ln++) raw.push(text.slice(lines.starts[ln]!, lines.lineEnd(ln)));
  const fm = frontMatterLines(raw);
  for (let k = 0; k < allText.length; k++) if (segs.line(allText[k]!) < fm) out[allText[k]!] = 1;
  const rest = fm > 0 ? allText.filter((i) => segs.line(i) >= fm) : allText;
  // Chrome sits above and below the document: a text is read at its two ends only, each up to
  // where its running prose begins, so the cost does not grow with its length.
  const head = edgeOf(text, segs, rest, 1);
  const tail = edgeOf(text, segs, rest, -1);
  const ends = head + tail >= rest.length ? [rest] : [rest.subarray(0, head), rest.subarray(rest.length - tail)];
  for (const part of ends) {
    const rows = Array.from(part, (i) => (isTableRow(text, lines, segs.line(i)) ? segs.line(i) : -1));
    const kinds = markChrome(Array.from(part, (i) => text.slice(segs.start(i), segs.end(i))), rows);
    kinds.forEach((k, n) => {
      if (k) out[part[n]!] = 1;
    });
  }
  return out;
}

/** Text segments read for chrome at each end of a long text. */
const CHROME_EDGE = 80;
/** Consecutive lines of running prose that end a page's head (or, read upwards, its foot). */
const PROSE_RUN = 3;

/**
 * How many of the text segments `ids` from one end (dir 1: the top, -1: the bottom) may hold
 * chrome: up to the first run of PROSE_RUN lines of running prose (long, ending a sentence), at
 * most CHROME_EDGE. A heading line between them (一、…, （二）…) goes on the run: a 公文's
 * body alternates headings and prose, and would otherwise be read for chrome from end to end.
 */
function edgeOf(text: string, segs: SegmentTable, ids: Int32Array, dir: 1 | -1): number {
  let run = 0;
  const n = Math.min(ids.length, CHROME_EDGE);
  for (let k = 0; k < n; k++) {
    const i = ids[dir === 1 ? k : ids.length - 1 - k]!;
    if (isProse(text, segs.start(i), segs.end(i))) run++;
    else if (run === 0 || !isHeadingLine(text, segs.start(i), segs.end(i))) run = 0;
    if (run === PROSE_RUN) return k + 1;
  }
  return n;
}

/** The marks a heading line opens with: the document model's (一、 （二） 1. （1）), and 第三条 / 第二章. */
const HEADING_LINE_MARKS: Readonly<MarkOptions> = { ...HEADING_MARKS, ordinals: '章节条' };
/** How long a heading line may be. */
const HEADING_MAX = 60;

/** A heading line of the body: a heading mark and a short heading (一、总体要求, （二）工作措施, 第三条). */
function isHeadingLine(text: string, start: number, end: number): boolean {
  if (end - start > HEADING_MAX) return false;
  const line = text.slice(start, end);
  return readMark(line, skipSpace(line, 0), HEADING_LINE_MARKS) !== null;
}

/** A line of running prose: long, and ending a sentence (。；！？). */
function isProse(text: string, start: number, end: number): boolean {
  if (end - start < 40) return false;
  let e = end - 1;
  while (e > start && isSpaceCode(text.charCodeAt(e))) e--;
  const c = text[e];
  return c === '。' || c === '；' || c === '！' || c === '？';
}

/** The physical line is a flattened table row (| a | b |), whose cells are segments of their own. */
function isTableRow(text: string, lines: LineIndex, ln: number): boolean {
  const t = text.slice(lines.starts[ln]!, lines.lineEnd(ln)).trim();
  return t.startsWith('|') || t.endsWith('|');
}

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;
const NAMED: Record<string, string> = {
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', nbsp: ' ', amp: '&', lt: '<', gt: '>',
  quot: '"', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', divide: '÷',
};

/**
 * Builds the cleaned text of one paragraph (the segments `ids`) and its offset map. `work`: the
 * kept work of a single segment's text, which a paragraph taken as it is shares.
 */
function buildParagraph(text: string, segs: SegmentTable, ids: readonly number[], index: number, markdown: boolean, work?: TextWork): Paragraph | null {
  const first = ids[0]!;
  // Fast path: one segment, nothing to clean.
  if (ids.length === 1) {
    const s = segs.start(first);
    const e = segs.end(first);
    if (!(work ? keptNeedsCleaning(work, text, s, e, markdown) : needsCleaning(text, s, e, markdown))) {
      // The text of its line's work: for a line the memo keeps, a copy of its own, one for all
      // equal lines (a million one-字 lines hold one string), and no cut that would keep this
      // version of the document alive.
      const w = work ?? workFor(text.slice(s, e));
      const p = new Paragraph(index, w.text, null, null, s, e, segs.indent(first), segs.line(first));
      p.adoptWork(w);
      return p;
    }
  }
  // Every source character makes at most one (an entity of four or more makes two), and a join
  // one space: the maps are made once at their largest size.
  let size = 0;
  for (const i of ids) size += segs.end(i) - segs.start(i) + 1;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const chars: string[] = [];
  const push = (ch: string, s: number, e: number): void => {
    starts[chars.length] = s;
    ends[chars.length] = e;
    chars.push(ch);
  };
  for (let k = 0; k < ids.length; k++) {
    const segStart = segs.start(ids[k]!);
    const segEnd = segs.end(ids[k]!);
    // Joining two segments: a space only between two Latin/digit characters.
    if (k > 0 && chars.length > 0) {
      const prevCh = chars[chars.length - 1]!;
      const nextCode = codeAt(text, segStart);
      if (!isCjkCode(codeAt(prevCh, 0)) && !isCjkCode(nextCode) && prevCh !== ' ') push(' ', segStart, segStart);
    }
    let i = segStart;
    while (i < segEnd) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        let j = i;
        while (j < segEnd && isSpaceCode(text.charCodeAt(j))) j++;
        const before = chars.length ? codeAt(chars[chars.length - 1]!, 0) : 0;
        const after = j < segEnd ? codeAt(text, j) : 0;
        // Spaces next to CJK text are layout artifacts (中 共 济 南, 2020 年 11 月).
        if (before && after && !isCjkCode(before) && !isCjkCode(after)) push(' ', i, j);
        i = j;
        continue;
      }
      if (c === 0x26 /* & */) {
        const m = ENTITY.exec(text.slice(i, Math.min(segEnd, i + 12)));
        if (m) {
          let ch: string | undefined;
          if (m[1]) ch = safeFromCodePoint(parseInt(m[1], 10));
          else if (m[2]) ch = safeFromCodePoint(parseInt(m[2], 16));
          else ch = NAMED[m[3]!];
          if (ch !== undefined) {
            const end = i + m[0].length;
            if (ch.length === 2) {
              push(ch[0]!, i, end);
              push(ch[1]!, i, end);
            } else push(ch, i, end);
            i = end;
            continue;
          }
        }
      }
      if (markdown && (c === 0x2a || c === 0x5f) && text.charCodeAt(i + 1) === c) {
        i += 2; // **bold** / __bold__ markers
        continue;
      }
      if (c === 0x28 || c === 0xff08) {
        // 會(huì)議: a mirror's pinyin gloss is not part of the text.
        const g = glossLength(text, i);
        if (g > 0 && i + g <= segEnd) {
          i += g;
          continue;
        }
      }
      push(text[i]!, i, i + 1);
      i++;
    }
  }
  const n = chars.length;
  if (n === 0) return null;
  // The Paragraph keeps one exact-size map, or none when the text came out a plain slice.
  return new Paragraph(index, chars.join(''), starts.subarray(0, n), ends.subarray(0, n), starts[0]!, ends[n - 1]!, segs.indent(first), segs.line(first));
}

function safeFromCodePoint(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

/**
 * Where needsCleaning looks: a character isSpaceCode takes for a space (SPACE_CLASS), &,
 * the Markdown marks * and _, an opening bracket (a pinyin gloss). Found by the regex engine,
 * many times quicker than a loop over every character; a line break ends a line, so a search in
 * a whole text stops at the end of the line at the latest.
 */
const CLEANING_AT = new RegExp(`[${SPACE_CLASS}&*_(\uff08]`, 'g');

function needsCleaning(text: string, s: number, e: number, markdown: boolean): boolean {
  CLEANING_AT.lastIndex = s;
  for (let m = CLEANING_AT.exec(text); m !== null && m.index < e; m = CLEANING_AT.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0x2a || c === 0x5f) {
      if (markdown) return true;
    } else if (c === 0x28 || c === 0xff08) {
      if (glossLength(text, m.index) > 0) return true;
    } else return true; // a space or &
  }
  return false;
}
