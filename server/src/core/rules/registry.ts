// The one list of rules. Everything that describes rules (docs, settings schema, README
// table, CLI `rules`) is generated from the metadata registered here.

import docAttachmentCount from './doc.attachment-count';
import docAttachmentLength from './doc.attachment-length';
import docLength from './doc.length';
import formatAttachmentNote from './format.attachment-note';
import formatDate from './format.date';
import formatDocNumber from './format.doc-number';
import formatHeadingSequence from './format.heading-sequence';
import formatPunctuation from './format.punctuation';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  docLength,
  docAttachmentCount,
  docAttachmentLength,
  formatDocNumber,
  formatDate,
  formatHeadingSequence,
  formatAttachmentNote,
  formatPunctuation,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
