// Text -> DocModel: paragraphs, roles, headings, attachment list.

import { LineIndex } from '../text/lineIndex';
import { splitParagraphs } from '../text/paragraphs';
import { readAttachmentNote } from './attachmentNote';
import { readHeading } from './headings';
import { buildStructure, joinText, sameName } from './structure';

const TRAILING_PUNCT = /[。；;，,.．、：:！!？?]+$/;
import type { DocModel, Heading } from './types';

export interface ModelOptions {
  markdown?: boolean;
}

export function buildModel(text: string, opts: ModelOptions = {}): DocModel {
  const lines = new LineIndex(text);
  const split = splitParagraphs(text, lines, { markdown: opts.markdown ?? false });
  const st = buildStructure(split.paragraphs);
  const headings: Heading[] = [];
  for (const p of split.paragraphs) {
    if (p.role !== 'body' && p.role !== 'attachment') continue;
    const h = readHeading(p);
    if (h) {
      p.level = h.level;
      p.markLength = h.markLength;
      headings.push(h);
    }
  }
  const items = readAttachmentNote(st.attachmentNote);
  // In a 印发/转发 notice the 附件说明 may name the printed document itself: that is body.
  if (st.printedNames.length || st.printed.length) {
    const printedTitles = st.printed.map((d) => joinText(d.title)).filter(Boolean);
    for (const it of items) {
      const name = it.name.replace(TRAILING_PUNCT, '');
      it.printed = st.printedNames.some((nm) => sameName(nm, name)) || printedTitles.some((t) => sameName(t, name));
    }
  }
  let noted = 0;
  for (const it of items) if (!it.printed) noted++;
  return {
    text,
    lines,
    paragraphs: split.paragraphs,
    chrome: split.chrome,
    comments: split.comments,
    wrapped: split.wrapped,
    ...st,
    headings,
    attachmentNoteItems: items,
    attachmentCount: Math.max(st.attachments.length, noted),
  };
}
