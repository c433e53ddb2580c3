// Segments -> paragraphs. Decides whether the text is hard-wrapped (PDF extraction, fixed
// width lines) and, if so, joins lines that continue a sentence. Builds each paragraph's
// cleaned text with an offset map back to the source.

import { codeAt, displayWidth, endsWithTerminal, isCjkCode, isSpaceCode } from './chars';
import { frontMatterLines, glossLength, markChrome } from './chrome';
import { splitFlat } from './flatLine';
import type { LineIndex } from './lineIndex';
import { Paragraph } from './paragraph';
import { segment, type Segment } from './segments';

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

/** A title line and the 主送 line under it, which a wrap never joins (both happen to be full width). */
function titleThenRecipients(text: string, prev: Segment, s: Segment): boolean {
  return TITLE_END.test(text.slice(prev.start, prev.end)) && RECIPIENTS_LINE.test(text.slice(s.start, s.end));
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

/** Width for wrap detection: half-width punctuation took a full cell in the source layout. */
function layoutWidth(text: string, seg: Segment): number {
  const s = text.slice(seg.start, seg.end);
  let w = displayWidth(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2e) w++;
  }
  return w;
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
function detectWrap(candidates: number[], all: number[], midCuts: number): WrapInfo | null {
  if (candidates.length < 6) return midCuts >= 2 ? detectShortWrap(candidates, all) : null;
  // A wrap cuts sentences: lines that all end after a closing bracket (an agenda's 开幕大会（9:00—11:30）) are a list.
  if (midCuts * 3 < candidates.length) return null;
  const sorted = [...candidates].sort((a, b) => a - b);
  const w = sorted[Math.floor(sorted.length * 0.75)]!;
  if (w < 24 || w > 160) return null;
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
function detectShortWrap(candidates: number[], all: number[]): WrapInfo | null {
  if (candidates.length < 2) return null;
  const w = Math.max(...candidates);
  if (w < 24 || w > 160) return null;
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
function endsMidSentence(text: string, s: Segment): boolean {
  let e = s.end - 1;
  while (e > s.start && isSpaceCode(text.charCodeAt(e))) e--;
  return !ITEM_END.includes(text[e]!);
}

const ITEM_END = '）)」』”’》】〕]';

/** Candidate lines (indexes into segs) that start an item themselves (９:００-９:２０ 区教育局汇报). */
function itemStarters(text: string, segs: Segment[], candidates: number[]): number {
  let n = 0;
  for (const i of candidates) {
    const s = segs[i]!;
    if (ITEM_START.test(text.slice(s.start, Math.min(s.end, s.start + 8)))) n++;
  }
  return n;
}

/** Candidate lines (indexes into segs) followed by a line that starts an item. */
function itemFollowers(text: string, segs: Segment[], candidates: number[]): number {
  let n = 0;
  for (const i of candidates) {
    const next = segs[i + 1];
    if (next && ITEM_START.test(text.slice(next.start, Math.min(next.end, next.start + 8)))) n++;
  }
  return n;
}

export function splitParagraphs(text: string, lines: LineIndex, opts: SplitOptions): ParagraphSplit {
  const segs = flatten(text, segment(text, lines, opts));
  const comments: CommentLine[] = [];
  const allText: Segment[] = [];
  for (const s of segs) {
    if (s.kind === 'comment') {
      comments.push({ line: s.line, start: s.start, end: s.end, body: text.slice(s.start + 4, s.end - 3).trim() });
    } else if (s.kind === 'text') allText.push(s);
  }
  const chrome = findChrome(text, lines, allText);
  const textSegs = allText.filter((s) => !chrome.has(s));
  const widths = new Map<Segment, number>();
  const candidates: number[] = [];
  const candidateAt: number[] = [];
  let midCuts = 0;
  textSegs.forEach((s, i) => {
    const w = layoutWidth(text, s);
    widths.set(s, w);
    if (w >= SHORT_LINE && !endsWithTerminal(text.slice(Math.max(s.start, s.end - 4), s.end))) {
      candidates.push(w);
      candidateAt.push(i);
      if (endsMidSentence(text, s)) midCuts++;
    }
  });
  const isList = 2 * itemFollowers(text, textSegs, candidateAt) >= candidates.length || 2 * itemStarters(text, textSegs, candidateAt) > candidates.length;
  const wrap = isList ? null : detectWrap(candidates, [...widths.values()], midCuts);

  // Blank lines separate paragraphs unless the text puts one after (nearly) every line.
  let singleGaps = 0;
  let textCount = 0;
  for (let i = 0; i < segs.length; i++) {
    if (segs[i]!.kind !== 'text') continue;
    textCount++;
    if (segs[i + 1]?.kind === 'blank' && segs[i + 2]?.kind === 'text') singleGaps++;
  }
  // (Only wrapped lines are ever joined, so treating blanks as layout is safe for short texts too.)
  const gapRatio = textCount > 1 ? singleGaps / (textCount - 1) : 0;
  const blanksCarryMeaning = !((textCount >= 8 && gapRatio >= 0.6) || (textCount >= 4 && gapRatio >= 0.8));

  const groups: Segment[][] = [];
  let cur: Segment[] | null = null;
  let prev: Segment | null = null;
  let blankRun = 0;
  let hardBreak = false;
  for (const s of segs) {
    if (s.kind === 'blank') {
      blankRun++;
      if (blanksCarryMeaning || blankRun >= 2) hardBreak = true;
      continue;
    }
    if (s.kind === 'break' || s.kind === 'code' || s.kind === 'comment' || chrome.has(s)) {
      hardBreak = true;
      continue;
    }
    if (s.kind === 'pageMark') {
      // A page mark may sit inside a paragraph: the blank lines either side of it are one gap.
      blankRun = 0;
      continue;
    }
    blankRun = 0;
    let join = false;
    if (cur && prev && wrap && !hardBreak && !s.indent) {
      const pw = widths.get(prev)!;
      // A paragraph's first line was indented by two characters in the layout the text came from.
      const full = wrap.width - wrap.tolerance - (cur!.length === 1 ? FIRST_LINE_INDENT : 0);
      join = pw >= full && !endsWithTerminal(text.slice(prev.start, prev.end)) && !STARTS_BLOCK.test(text.slice(s.start, Math.min(s.end, s.start + 12))) && !titleThenRecipients(text, prev, s);
    }
    if (join) cur!.push(s);
    else {
      cur = [s];
      groups.push(cur);
    }
    prev = s;
    hardBreak = false;
  }

  const paragraphs: Paragraph[] = [];
  for (const g of groups) {
    const p = buildParagraph(text, g, paragraphs.length, opts.markdown);
    if (p) paragraphs.push(p);
  }
  const chromeParagraphs: Paragraph[] = [];
  for (const s of allText) {
    if (!chrome.has(s)) continue;
    const p = buildParagraph(text, [s], chromeParagraphs.length, opts.markdown);
    if (!p) continue;
    p.role = 'chrome';
    chromeParagraphs.push(p);
  }
  return { paragraphs, chrome: chromeParagraphs, comments, wrapped: wrap !== null };
}

/** Text segments that hold a whole document on one line, cut into its paragraphs (flatLine.ts). */
function flatten(text: string, segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    if (s.kind === 'text') out.push(...splitFlat(text, s));
    else out.push(s);
  }
  return out;
}

/**
 * The text segments that are page or file furniture: a front matter block at the top, and the
 * lines chrome.ts marks. The cells of a table row are judged together (a metadata table).
 */
function findChrome(text: string, lines: LineIndex, segs: Segment[]): Set<Segment> {
  const out = new Set<Segment>();
  const raw: string[] = [];
  for (let ln = 0; ln < lines.lineCount && ln <= 61; ln++) raw.push(text.slice(lines.starts[ln]!, lines.lineEnd(ln)));
  const fm = frontMatterLines(raw);
  const rest: Segment[] = [];
  for (const s of segs) {
    if (s.line < fm) out.add(s);
    else rest.push(s);
  }
  // Chrome sits above and below the document: a text is read at its two ends only, each up to
  // where its running prose begins, so the cost does not grow with its length.
  const head = edgeOf(text, rest, 1);
  const tail = edgeOf(text, rest, -1);
  const ends = head + tail >= rest.length ? [rest] : [rest.slice(0, head), rest.slice(rest.length - tail)];
  for (const part of ends) {
    const rows = part.map((s) => (isTableRow(text, lines, s.line) ? s.line : -1));
    const kinds = markChrome(part.map((s) => text.slice(s.start, s.end)), rows);
    kinds.forEach((k, i) => {
      if (k) out.add(part[i]!);
    });
  }
  return out;
}

/** Text segments read for chrome at each end of a long text. */
const CHROME_EDGE = 80;
/** Consecutive lines of running prose that end a page's head (or, read upwards, its foot). */
const PROSE_RUN = 3;

/**
 * How many segments from one end (dir 1: the top, -1: the bottom) may hold chrome: up to the first
 * run of PROSE_RUN lines of running prose (long, ending a sentence), at most CHROME_EDGE.
 */
function edgeOf(text: string, segs: readonly Segment[], dir: 1 | -1): number {
  let run = 0;
  const n = Math.min(segs.length, CHROME_EDGE);
  for (let k = 0; k < n; k++) {
    const s = segs[dir === 1 ? k : segs.length - 1 - k]!;
    run = isProse(text, s) ? run + 1 : 0;
    if (run === PROSE_RUN) return k + 1;
  }
  return n;
}

/** A line of running prose: long, and ending a sentence (。；！？). */
function isProse(text: string, s: Segment): boolean {
  if (s.end - s.start < 40) return false;
  let e = s.end - 1;
  while (e > s.start && isSpaceCode(text.charCodeAt(e))) e--;
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

/** Builds the cleaned text of one paragraph and its offset map. */
function buildParagraph(text: string, segs: Segment[], index: number, markdown: boolean): Paragraph | null {
  const first = segs[0]!;
  // Fast path: one segment, nothing to clean.
  if (segs.length === 1 && !needsCleaning(text, first.start, first.end, markdown)) {
    return new Paragraph(index, text.slice(first.start, first.end), null, null, first.start, first.end, first.indent, first.line);
  }
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, s: number, e: number): void => {
    chars.push(ch);
    starts.push(s);
    ends.push(e);
  };
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k]!;
    // Joining two segments: a space only between two Latin/digit characters.
    if (k > 0 && chars.length > 0) {
      const prevCh = chars[chars.length - 1]!;
      const nextCode = codeAt(text, seg.start);
      if (!isCjkCode(codeAt(prevCh, 0)) && !isCjkCode(nextCode) && prevCh !== ' ') push(' ', seg.start, seg.start);
    }
    let i = seg.start;
    while (i < seg.end) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        let j = i;
        while (j < seg.end && isSpaceCode(text.charCodeAt(j))) j++;
        const before = chars.length ? codeAt(chars[chars.length - 1]!, 0) : 0;
        const after = j < seg.end ? codeAt(text, j) : 0;
        // Spaces next to CJK text are layout artifacts (中 共 济 南, 2020 年 11 月).
        if (before && after && !isCjkCode(before) && !isCjkCode(after)) push(' ', i, j);
        i = j;
        continue;
      }
      if (c === 0x26 /* & */) {
        const m = ENTITY.exec(text.slice(i, Math.min(seg.end, i + 12)));
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
        if (g > 0 && i + g <= seg.end) {
          i += g;
          continue;
        }
      }
      push(text[i]!, i, i + 1);
      i++;
    }
  }
  if (chars.length === 0) return null;
  return new Paragraph(
    index,
    chars.join(''),
    Int32Array.from(starts),
    Int32Array.from(ends),
    starts[0]!,
    ends[ends.length - 1]!,
    first.indent,
    first.line,
  );
}

function safeFromCodePoint(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

function needsCleaning(text: string, s: number, e: number, markdown: boolean): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c === 0x26) return true;
    if (markdown && (c === 0x2a || c === 0x5f)) return true;
    if ((c === 0x28 || c === 0xff08) && glossLength(text, i) > 0) return true;
  }
  return false;
}
