// textDocument/formatting: Format Document (and editor.formatOnSave, and the fix-all command)
// applies the document's SAFE fixes, the very ones `gongwen check --fix` writes (core/safeFix.ts).
// A text that is not official drafting has no findings, so it gets no edit; nor does one with
// nothing to fix. The result is one edit over the span that changed, so undo takes it back at once
// and the cursor outside it stays where it was.

import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Effective } from '../core/config/effective';
import { fixText } from '../core/safeFix';

export interface FormatOptions {
  /** Markdown source (the editor knows the language). */
  markdown: boolean;
  /** Official drafting whatever it looks like (language gongwen); undefined: decided by the path. */
  official?: boolean;
}

/** The safe fixes of the document as at most one edit. */
export function safeFixEdits(doc: TextDocument, rel: string, eff: Effective, opts: FormatOptions): TextEdit[] {
  const text = doc.getText();
  if (text.length > eff.maxFileSize) return [];
  const fixed = fixText(text, rel, eff, null, opts.markdown, opts.official).text;
  if (fixed === text) return [];
  const { start, end, newText } = changedSpan(text, fixed);
  return [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText }];
}

/** The part of `before` that differs from `after` (common head and tail left out), never splitting a CRLF or a surrogate pair. */
export function changedSpan(before: string, after: string): { start: number; end: number; newText: string } {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Widen to whole characters and whole line breaks.
  while (head > 0 && (isLow(before.charCodeAt(head)) || (before[head - 1] === '\r' && before[head] === '\n'))) head--;
  while (tail > 0 && (isLow(before.charCodeAt(before.length - tail)) || (before[before.length - tail - 1] === '\r' && before[before.length - tail] === '\n'))) tail--;
  return { start: head, end: before.length - tail, newText: after.slice(head, after.length - tail) };
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
