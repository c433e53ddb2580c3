// What `gongwen review` writes into a Word file: comments anchored on spans of the text the
// analysis read (one line per paragraph, as io/docx.ts readDocx gives it), and, with --suggest,
// tracked changes. Positions are those of that text: a line (paragraph) and UTF-16 offsets in it.

/** A span of the analysed text: line = paragraph index, [start, end) UTF-16 offsets within that line. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/** One reviewer's note, anchored on `span` (an empty span anchors on the point). */
export interface ReviewComment {
  span: Span;
  /** The comment's paragraphs, in order (message, clause, suggested text…). */
  paragraphs: string[];
}

/** A tracked replacement (--suggest): the text of `span` deleted and `newText` inserted, as w:del/w:ins. */
export interface ReviewChange {
  span: Span;
  newText: string;
}

export interface ReviewAuthor {
  /** Shown as the comment's author (w:author). */
  name: string;
  /** w:initials. */
  initials: string;
  /** The comments' and changes' date (w:date). */
  date: Date;
}

/** Why a file could not be reviewed, in both languages. */
export type ReviewResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: { zh: string; en: string } };
