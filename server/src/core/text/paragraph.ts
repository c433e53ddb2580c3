// A paragraph as the reader sees it: one logical unit of text rebuilt from hard-wrapped
// lines, U+3000-separated runs or table cells, with a map from every character of its
// cleaned text back to the original offsets, so that findings land where the user typed.

import { type TextWork, workFor } from '../parse/memo';
import { foldKey } from './chars';

export type Role =
  | 'issuerMark' // 发文机关标志 (… 文件, or the issuing body's name above the title)
  | 'docNumber' // 发文字号
  | 'title' // 标题
  | 'subtitle' // title of a printed/forwarded document or of an attachment
  | 'recipients' // 主送机关
  | 'body' // 正文
  | 'attachmentNote' // 附件说明
  | 'signature' // 署名
  | 'date' // 成文日期
  | 'note' // 附注 （此件公开发布）
  | 'attachmentHeader' // 附件1
  | 'attachment' // text of an attachment section
  | 'copyTo' // 抄送
  | 'printedBy' // 印发机关和印发日期
  | 'keywords' // 主题词
  | 'other' // anything outside the body that is not counted (web page leftovers, meta lines)
  | 'chrome'; // page or file furniture (text/chrome.ts), kept out of the document's paragraphs

/** The roles in a fixed order: a paragraph keeps its role as an index into this list. */
const ROLES: readonly Role[] = [
  'body', 'issuerMark', 'docNumber', 'title', 'subtitle', 'recipients', 'attachmentNote', 'signature', 'date',
  'note', 'attachmentHeader', 'attachment', 'copyTo', 'printedBy', 'keywords', 'other', 'chrome',
];
const ROLE_CODE = new Map<Role, number>(ROLES.map((r, i) => [r, i]));

// The small fields share one integer: role (bits 0–4), heading level (5–7), indent (8) and the
// heading mark's length (9 up). A text of a million short lines has a million paragraphs, so
// every field a paragraph holds costs 8 MB.
const ROLE_MASK = 0x1f;
const LEVEL_SHIFT = 5;
const LEVEL_MASK = 0x7 << LEVEL_SHIFT;
const INDENT_BIT = 1 << 8;
const MARK_SHIFT = 9;

export class Paragraph {
  /** 0 for the main document; 1… for each printed document or attachment section. */
  section = 0;
  /** Original offset of text[0] (used when the text maps 1:1 to the source). */
  readonly start: number;
  private bits: number;
  /**
   * Where each character of text came from, when it does not map 1:1 from `start`: origStart(i)
   * at [i], origEnd(i + 1) at [n + i] (n = text.length), and the paragraph's end last. null for
   * most paragraphs, whose text is a plain slice of the source.
   */
  private readonly map: Int32Array | null;
  /** What is kept for this text across analyses (its key and more: parse/memo.ts), once asked. */
  private workCache: TextWork | undefined = undefined;

  constructor(
    readonly index: number,
    /** Cleaned text: lines joined, artifact spaces removed, entities decoded. */
    readonly text: string,
    starts: Int32Array | null,
    ends: Int32Array | null,
    start: number,
    /** Original offset just past the last character. */
    end: number,
    indent: boolean,
    /** Physical line of the first character (0-based). */
    readonly line: number,
  ) {
    this.start = start;
    this.map = packMap(start, end, starts, ends, text.length);
    this.bits = indent ? INDENT_BIT : 0;
  }

  get role(): Role {
    return ROLES[this.bits & ROLE_MASK]!;
  }

  set role(r: Role) {
    this.bits = (this.bits & ~ROLE_MASK) | ROLE_CODE.get(r)!;
  }

  /** Heading level 1–4 (一、 （一） 1. （1）) when the paragraph starts with a heading mark, else 0. */
  get level(): number {
    return (this.bits & LEVEL_MASK) >> LEVEL_SHIFT;
  }

  set level(v: number) {
    this.bits = (this.bits & ~LEVEL_MASK) | (v << LEVEL_SHIFT);
  }

  /** Length of the heading mark at the start of text (一、 is 2), when level > 0. */
  get markLength(): number {
    return this.bits >> MARK_SHIFT;
  }

  set markLength(v: number) {
    this.bits = (this.bits & ((1 << MARK_SHIFT) - 1)) | (v << MARK_SHIFT);
  }

  /** The first physical line began with indentation (　　 or spaces). */
  get indent(): boolean {
    return (this.bits & INDENT_BIT) !== 0;
  }

  /** Original offset just past the last character. */
  get end(): number {
    return this.map ? this.map[this.map.length - 1]! : this.start + this.text.length;
  }

  /** Whether the paragraph keeps an offset map (its text does not map 1:1 onto the source). */
  get mapped(): boolean {
    return this.map !== null;
  }

  /**
   * The text folded for matching: full-width ASCII to half-width and traditional characters to
   * simplified ones, one UTF-16 unit for one, so indices are those of `text`.
   */
  get key(): string {
    const w = this.work;
    // Folded from the work's own copy of the text: kept with it, it keeps no document alive.
    return (w.key ??= foldKey(w.text));
  }

  /** The work kept for this paragraph's text (parse/memo.ts), shared with equal texts. */
  get work(): TextWork {
    return (this.workCache ??= workFor(this.text));
  }

  /** Takes the work already looked up for this very text (the splitter found it by the line). */
  adoptWork(w: TextWork): void {
    this.workCache = w;
  }

  /** Original offset of text[i]. */
  origStart(i: number): number {
    if (i >= this.text.length) return this.end;
    return this.map ? this.map[i]! : this.start + i;
  }

  /** Original offset just past text[i - 1], i.e. the end of the range text[..i). */
  origEnd(i: number): number {
    if (i <= 0) return this.origStart(0);
    if (i >= this.text.length) return this.end;
    return this.map ? this.map[this.text.length + i - 1]! : this.start + i;
  }
}

/**
 * The two maps (origStart of each character, then origEnd) and the end in one array, or null
 * when they are those of a plain slice from `start` (a paragraph whose spaces were all kept).
 * A map not given is that of a plain slice.
 */
function packMap(start: number, end: number, starts: Int32Array | null, ends: Int32Array | null, n: number): Int32Array | null {
  let plain = end === start + n;
  for (let i = 0; plain && i < n; i++) plain = (starts ? starts[i] : start + i) === start + i && (ends ? ends[i] : start + i + 1) === start + i + 1;
  if (plain) return null;
  const map = new Int32Array(2 * n + 1);
  for (let i = 0; i < n; i++) {
    map[i] = starts ? starts[i]! : start + i;
    map[n + i] = ends ? ends[i]! : start + i + 1;
  }
  map[2 * n] = end;
  return map;
}
