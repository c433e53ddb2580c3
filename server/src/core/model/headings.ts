// Heading marks at the start of paragraphs (GB/T 9704 7.3.3): 一、 （一） 1. （1）, and the
// wrong marks people write for them: 一. 一， (一) （一）、 1、 1， （1）、 (1). The marks are read
// by text/marks.ts (HEADING_MARKS), which says what tells them from running text.

import { memoSlot, perText } from '../parse/memo';
import { canonicalMark, isCanonicalMark, readMark } from '../text/marks';
import type { Paragraph } from '../text/paragraph';
import type { Heading } from './types';

export { canonicalMark };

const MARK = memoSlot('heading mark');

function markOf(p: Paragraph) {
  return readMark(p.text);
}

/** The heading at the start of a paragraph, or null. */
export function readHeading(p: Paragraph): Heading | null {
  // The mark is the text's alone: kept by the text, for the next keystroke elsewhere.
  const m = perText(p, MARK, markOf);
  if (!m) return null;
  // HEADING_MARKS reads the four levels only, numbered from 1.
  return { para: p, level: m.level as Heading['level'], number: m.value!, markLength: m.length, numeralStart: m.numeralStart, numeralLength: m.numeralLength, canonicalMark: m.canonicalMark };
}

/**
 * Whether the mark as written is the canonical one for its level (（一） not (一) or （一）、).
 * Full-width digits and the full-width stop (１．, （２）) are the same marks in another font
 * width, as in 发文字号 and dates.
 */
export function markIsCanonical(h: Heading): boolean {
  return isCanonicalMark(h.para.text.slice(0, h.markLength), h.level, h.number);
}
