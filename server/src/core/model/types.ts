// The document model: the parts of a 公文 (GB/T 9704-2012 §7) found in the text, each with
// its paragraphs and therefore its offsets.

import type { LineIndex } from '../text/lineIndex';
import type { Paragraph } from '../text/paragraph';
import type { CommentLine } from '../text/paragraphs';

export interface Heading {
  para: Paragraph;
  level: 1 | 2 | 3 | 4;
  /** The number written (二 -> 2, （3） -> 3). */
  number: number;
  /** Length of the whole mark in para.text, e.g. 2 for "一、", 3 for "（一）", 4 for "（一）、". */
  markLength: number;
  /** Length of the numeral inside the mark (十一 -> 2). */
  numeralStart: number;
  numeralLength: number;
  /** The mark as GB/T 9704 writes it for this level and number. */
  canonicalMark: string;
}

export interface AttachmentNoteItem {
  para: Paragraph;
  /** Number written before the name (1. 2、), or null when there is none. */
  number: number | null;
  /** Offsets in para.text of the number mark (e.g. "1.") and of the name. */
  markStart: number;
  markEnd: number;
  nameStart: number;
  /** The paragraph where the name ends (a long name may wrap onto the next line) and the offset in it. */
  endPara: Paragraph;
  nameEnd: number;
  name: string;
  /** The item names a document this 印发/转发 notice prints: that is body, not an attachment. */
  printed: boolean;
}

export interface AttachmentSection {
  /** The 附件N label paragraph, or null for an appended text without a label. */
  header: Paragraph | null;
  number: number | null;
  title: Paragraph[];
  paragraphs: Paragraph[];
  section: number;
}

export interface PrintedDocument {
  /** The 附件 label above it, when the notice labels the printed document as an attachment. */
  header: Paragraph | null;
  number: number | null;
  title: Paragraph[];
  section: number;
  paragraphs: Paragraph[];
}

/** The parts of the document found by the structure parser (roles of paragraphs). */
export interface Structure {
  issuerMark: Paragraph[];
  docNumber: Paragraph | null;
  title: Paragraph[];
  /** Joined title text (without the breaks of a multi-line title). */
  titleText: string;
  /** The same folded for matching (half-width, simplified characters; see Paragraph.key). */
  titleKey: string;
  recipients: Paragraph | null;
  /** Body paragraphs of the main document and of printed/forwarded documents, in order. */
  body: Paragraph[];
  attachmentNote: Paragraph[];
  signature: Paragraph[];
  /** 成文日期 of the main document. */
  date: Paragraph | null;
  /** 成文日期 of printed/forwarded documents. */
  otherDates: Paragraph[];
  notes: Paragraph[];
  attachments: AttachmentSection[];
  printed: PrintedDocument[];
  /** Names of the documents a 印发/转发 notice prints, from its title (《…》, or 印发…的通知). */
  printedNames: string[];
  copyTo: Paragraph[];
  printedBy: Paragraph[];
}

export interface DocModel extends Structure {
  text: string;
  lines: LineIndex;
  paragraphs: Paragraph[];
  /**
   * Page and file furniture around the document (publication stamps, a portal's metadata table,
   * breadcrumbs, footers, front matter), role 'chrome', in order; not in `paragraphs`, so no
   * title, date or 发文字号 is read from them. Their `index` counts in this list.
   */
  chrome: Paragraph[];
  comments: CommentLine[];
  wrapped: boolean;
  headings: Heading[];
  attachmentNoteItems: AttachmentNoteItem[];
  /**
   * Number of attachments (§2): the larger of the attachment sections present and the 附件说明
   * items, not counting items that name a printed/forwarded document.
   */
  attachmentCount: number;
}
