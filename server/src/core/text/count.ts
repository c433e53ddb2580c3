// 字数 counting, in the three modes of RULES.md.
//  word  – as word processors count 字数: each Han character and each full-width punctuation
//          mark 1, each run of Latin letters or digits 1 (9:00, 3.5, 2019 are one run),
//          spaces and half-width punctuation 0.
//  han   – Han characters only.
//  chars – every non-space character (code points, not UTF-16 units).

import { memoSlot, perText, type Slot } from '../parse/memo';
import { codeAt, isAlnumCode, isHanCode, isSpaceCode } from './chars';
import type { Paragraph } from './paragraph';
import type { CountMode } from '../types';

/**
 * A letter or digit of a Latin/digit run: ASCII and full-width ones, and Latin letters with
 * diacritics (é, ü, pinyin ǐ), which are Latin letters too: "café" is one word, not three.
 */
function isRunCode(c: number): boolean {
  return isAlnumCode(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Combining diacritics (e + U+0301) belong to the letter before them. */
function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/**
 * Control and invisible format characters: the soft hyphen, zero-width (non-)joiners, direction marks and
 * embeddings, the word joiner, variation selectors, emoji skin-tone modifiers and tags. They
 * are not written characters: 0 in every mode, and a run goes on across them (in­ter is one word;
 * 👨‍👩‍👧 is three emoji, not five code points).
 */
function isIgnorableCode(c: number): boolean {
  return (
    // Control characters (NUL, DEL, C1) other than the white-space ones (tab, CR, LF, VT, FF, NEL).
    c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f && c !== 0x85) ||
    c === 0xad || (c >= 0x200c && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
    (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x1f3fb && c <= 0x1f3ff) || (c >= 0xe0000 && c <= 0xe01ef)
  );
}

/** Characters that keep a Latin/digit run going when they sit between two of its characters. */
function isRunJoiner(c: number): boolean {
  return c === 0x2e || c === 0x3a || c === 0x2c || c === 0x27 || c === 0x2d || c === 0x5f || c === 0x2f || c === 0xff0e || c === 0xff1a;
}

export function countText(s: string, mode: CountMode): number {
  let n = 0;
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = codeAt(s, i);
    // Most of a text is common Han: 1 in every mode, without the tests below.
    if (c >= 0x4e00 && c <= 0x9fff) {
      n++;
      i++;
      continue;
    }
    const w = c > 0xffff ? 2 : 1;
    if (isSpaceCode(c) || isIgnorableCode(c)) {
      i += w;
      continue;
    }
    if (mode === 'han') {
      if (isHanCode(c)) n++;
      i += w;
      continue;
    }
    if (mode === 'chars') {
      n++;
      i += w;
      continue;
    }
    if (isRunCode(c)) {
      // One run: letters and digits, optionally joined by . : , ' - _ / between two of them.
      i++;
      while (i < len) {
        // By code point: tags and variation selectors U+E0000–E01EF are astral, and go on a run too.
        const d = codeAt(s, i);
        if (isRunCode(d) || isCombiningMark(d)) i++;
        else if (isIgnorableCode(d)) i += d > 0xffff ? 2 : 1;
        else if (isRunJoiner(d) && i + 1 < len && isRunCode(s.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (i < len && (s.charCodeAt(i) === 0x25 || s.charCodeAt(i) === 0xff05)) i++; // 50% is one word
      n++;
      continue;
    }
    // Half-width ASCII punctuation is not counted (word processors attach it to words);
    // Han characters, full-width punctuation and other symbols count 1 each.
    if (c >= 0x21 && c <= 0x7e) {
      i += w;
      continue;
    }
    n++;
    i += w;
  }
  return n;
}

/** The slot of a paragraph's 字 count in each count mode (parse/memo.ts): a count depends on the mode. */
const COUNTED: Readonly<Record<CountMode, Slot>> = { word: memoSlot('字 (word)'), han: memoSlot('字 (han)'), chars: memoSlot('字 (chars)') };

function countOf(p: Paragraph, mode: CountMode): number {
  return countText(p.text, mode);
}

/**
 * 字 of some paragraphs in the count mode, each paragraph's count kept by its text: every
 * keystroke counts the whole body again, and the body's total and the rules that weigh a part of
 * it (doc.background-preamble, doc.safeguards-length) count the same paragraphs.
 */
export function countParagraphs(ps: readonly Paragraph[], mode: CountMode): number {
  const slot = COUNTED[mode];
  let n = 0;
  for (const p of ps) n += slot === undefined ? countText(p.text, mode) : perText(p, slot, countOf, mode);
  return n;
}
