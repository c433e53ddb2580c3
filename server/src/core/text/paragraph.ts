// A paragraph as the reader sees it: one logical unit of text rebuilt from hard-wrapped
// lines, U+3000-separated runs or table cells, with a map from every character of its
// cleaned text back to the original offsets, so that findings land where the user typed.

import { foldWidth } from './chars';
import { foldTraditional } from './tradSimp';

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

export class Paragraph {
  role: Role = 'body';
  /** Heading level 1–4 (一、 （一） 1. （1）) when the paragraph starts with a heading mark, else 0. */
  level = 0;
  /** Length of the heading mark at the start of text (一、 is 2), when level > 0. */
  markLength = 0;
  /** 0 for the main document; 1… for each printed document or attachment section. */
  section = 0;

  constructor(
    readonly index: number,
    /** Cleaned text: lines joined, artifact spaces removed, entities decoded. */
    readonly text: string,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
    /** Original offset of text[0] (used when the text maps 1:1 to the source). */
    readonly start: number,
    /** Original offset just past the last character. */
    readonly end: number,
    /** The first physical line began with indentation (　　 or spaces). */
    readonly indent: boolean,
    /** Physical line of the first character (0-based). */
    readonly line: number,
  ) {}

  private keyCache: string | undefined;

  /**
   * The text folded for matching: full-width ASCII to half-width and traditional characters to
   * simplified ones, one UTF-16 unit for one, so indices are those of `text`.
   */
  get key(): string {
    return (this.keyCache ??= foldTraditional(foldWidth(this.text)));
  }

  /** Original offset of text[i]. */
  origStart(i: number): number {
    if (i >= this.text.length) return this.end;
    return this.starts ? this.starts[i]! : this.start + i;
  }

  /** Original offset just past text[i - 1], i.e. the end of the range text[..i). */
  origEnd(i: number): number {
    if (i <= 0) return this.origStart(0);
    if (i >= this.text.length) return this.end;
    return this.ends ? this.ends[i - 1]! : this.start + i;
  }
}
