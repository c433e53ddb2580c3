// Text -> DocModel: paragraphs, roles, headings, attachment list.

import { LineIndex } from '../text/lineIndex';
import { splitParagraphs } from '../text/paragraphs';
import { readAttachmentNote } from './attachmentNote';
import { readHeading } from './headings';
import { buildStructure } from './structure';
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
  return {
    text,
    lines,
    paragraphs: split.paragraphs,
    comments: split.comments,
    wrapped: split.wrapped,
    ...st,
    headings,
    attachmentNoteItems: readAttachmentNote(st.attachmentNote),
  };
}
