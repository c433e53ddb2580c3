// Heading and list marks: the four levels of GB/T 9704-2012 7.3.3 (一、 （一） 1. （1）), the
// broken forms real text writes for them (一. 一， (一) （一）、 1、 １． 1) (1、), and the marks of
// lists (① 第一项 第一站 • -). One reader for all of them; its options say which forms a caller
// reads, since a heading, a line of an agenda and a clause of a sentence each admit different ones.

import { parseSmallNumber, toChineseSmall } from '../parse/numerals';

/** numeral: 一、 （一） 1. （1） and their broken forms; circled: ①; ordinal: 第一项; bullet: • -. */
export type MarkKind = 'numeral' | 'circled' | 'ordinal' | 'bullet';
/** The numeral's script: 一 (chinese), 1 or １ (arabic), or both at once (mixed, 1一). */
export type Script = 'chinese' | 'arabic' | 'mixed';

export interface Mark {
  kind: MarkKind;
  /**
   * The GB/T 9704 level the mark's shape stands for: 1 一、, 2 （一） or 一）, 3 1., 4 （1） or 1);
   * 0 for a numeral mixing scripts and for the other kinds.
   */
  level: 0 | 1 | 2 | 3 | 4;
  /** The number written (十二 → 12, （３） → 3, ⑤ → 5); null for a bullet or a numeral with no value (十十). */
  value: number | null;
  /** The numeral's script; null for a circled number and a bullet. */
  script: Script | null;
  /** Offsets in the text read: the mark is text[start, end). */
  start: number;
  end: number;
  length: number;
  /** Offset and length of the numeral (十一 of （十一）、 starts 1 after the mark and is 2 long). */
  numeralStart: number;
  numeralLength: number;
  /** The word after an ordinal's numeral: 项 of 第一项, 站 of 第一站; '' for the other kinds. */
  unit: string;
  /** The mark as GB/T 9704 writes it for its level and number; '' when it has neither. */
  canonicalMark: string;
  /** Written as GB/T 9704 writes it (full-width digits and stop are the same mark: １． （２））. */
  canonical: boolean;
}

/** How a numeral without brackets may end: 一、 1. 1) 一）. */
export interface BareMarks {
  /** Characters that end the mark: stops (、 . ． ， ,) and closing brackets (1) 一）). */
  stops: string;
  /**
   * The stops a figure may not follow: 1.5亿元 is a decimal and 一，2024年 running text, not
   * marks (a clock may follow them when MarkOptions.clockColons says so: 1.9:00).
   */
  guarded?: string;
  /** Longest numeral; 3 when not given. */
  length?: number;
}

/** Marks in brackets: （一） (1) （１２）. */
export interface BracketMarks {
  /** The numeral may mix scripts: （1一）. */
  mixed?: boolean;
  /** Stops after the closing bracket that belong to the mark: （一）、 （1）， . */
  suffixes?: string;
  /** A stop of the numeral's bare form may stand for the closing bracket: (1、 （一. . */
  halfOpen?: boolean;
}

/** The forms a caller reads; a form left out is not read. */
export interface MarkOptions {
  /** Chinese numerals without brackets: 一、 十二. */
  chinese?: BareMarks;
  /** Arabic numerals without brackets: 1. 12、 １． 1). */
  arabic?: BareMarks;
  /** A numeral without brackets may mix scripts (1一、); it ends as an Arabic one does. */
  mixed?: boolean;
  brackets?: BracketMarks;
  /** Colons of a clock that may follow a guarded stop: 1.9:00 is a mark and a time. */
  clockColons?: string;
  /** A guarded stop must be followed by something: "1." that ends a clause is no mark. */
  guardEnd?: boolean;
  /** ① … ⑳. */
  circled?: boolean;
  /** Words that end an ordinal, 第 + numeral + word: 项 reads 第一项, 站 reads 第一站. */
  ordinals?: string;
  /** Characters that are a mark on their own: • - *. */
  bullets?: string;
  /**
   * Headings only: a numeral must be a number from 1 (and up to 200 for 1.), 〇 and 零 may spell
   * it digit by digit (一〇、), an enumeration of numerals (一、二季度) is running text, and so
   * is a number and a comma before anything but words (1，2，3号 / 2， ending a wrapped line).
   */
  headings?: boolean;
}

/** The marks of headings as the document model reads them at the start of a paragraph. */
export const HEADING_MARKS: Readonly<MarkOptions> = {
  // 、 may be followed by a figure (一、2024年以来); the other stops may not.
  chinese: { stops: '、.．，,', guarded: '.．，,' },
  arabic: { stops: '.．、，,', guarded: '.．、，,' },
  brackets: { suffixes: '、.．，,' },
  headings: true,
};

/**
 * Any numeral mark a line may open with, loosely: a bracket may be closed by a stop or open
 * with none ((1、 1) 一）), scripts may mix. For lines that must hold something else as well
 * (a date, a label), which tells them from running text.
 */
export const LOOSE_MARKS: Readonly<MarkOptions> = {
  chinese: { stops: ')）、.．' },
  arabic: { stops: ')）、.．' },
  mixed: true,
  brackets: { mixed: true, halfOpen: true },
};

const CHINESE_DIGITS = '一二三四五六七八九十';
/** Zero spells a number digit by digit (一〇 is 10); read only where numbers are checked. */
const ZEROS = '〇零';
const CLOSERS = ')）';
const COMMAS = '，,';
/** What a heading numbered with a comma goes on with: words, a quotation, a title. */
const WORDS = /[\u4e00-\u9fa5“"《]/;
const SPACE = /\s/;
const BRACKET_LENGTH = 3;

function has(set: string | undefined, ch: string | undefined): boolean {
  return set !== undefined && ch !== undefined && set.includes(ch);
}

/** A figure, ASCII or full-width, at text[i] (none past the end). */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The first offset from at that is not white space (as \s has it). */
export function skipSpace(text: string, at: number): number {
  let i = at;
  // charAt is '' past the end, which is no space.
  while (SPACE.test(text.charAt(i))) i++;
  return i;
}

/** Marks made so far, by level and number (a document writes a few marks over and over). */
const MARKS = new Map<number, string>();

/** The mark GB/T 9704 writes for a level and number: 十二、 （三） 4. （5）. One string for each. */
export function canonicalMark(level: number, n: number): string {
  if (!(Number.isInteger(n) && n >= 0 && n < 1000 && level >= 0 && level < 8)) return makeMark(level, n);
  const key = level * 1000 + n;
  let m = MARKS.get(key);
  if (m === undefined) MARKS.set(key, (m = makeMark(level, n)));
  return m;
}

function makeMark(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseSmall(n)}、`;
    case 2:
      return `（${toChineseSmall(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** Whether a mark as written is GB/T 9704's for its level and number; １． and （２） count. */
export function isCanonicalMark(written: string, level: number, n: number): boolean {
  if (written === canonicalMark(level, n)) return true;
  if (level === 3) return /^[0-9０-９]{1,3}[.．]$/.test(written);
  if (level === 4) return /^（[0-9０-９]{1,3}）$/.test(written);
  return false;
}

interface Numeral {
  end: number;
  script: Script;
}

/** The run of numeral characters at `at` (the longest: 十一 not 十), or null. */
function numeralAt(text: string, at: number, zeros: boolean): Numeral | null {
  let chinese = false;
  let arabic = false;
  let i = at;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (isDigitAt(text, i)) arabic = true;
    else if (CHINESE_DIGITS.includes(c) || (zeros && ZEROS.includes(c))) chinese = true;
    else break;
  }
  if (i === at) return null;
  return { end: i, script: chinese ? (arabic ? 'mixed' : 'chinese') : 'arabic' };
}

/** 十二 → 12, １２ → 12 (parseSmallNumber reads both scripts); a mix has no value. */
function valueOf(numeral: string, script: Script): number | null {
  return script === 'mixed' ? null : parseSmallNumber(numeral);
}

type Read = Omit<Mark, 'length' | 'unit' | 'canonicalMark' | 'canonical'> & { unit?: string };

/** The mark read, with its length and its canonical form. */
function mark(text: string, r: Read): Mark {
  const n = r.value ?? 0;
  const canonical = r.level > 0 && n > 0 ? canonicalMark(r.level, n) : '';
  // Written out field by field: a spread of the read costs more than the rest of the reading.
  return {
    kind: r.kind,
    level: r.level,
    value: r.value,
    script: r.script,
    start: r.start,
    end: r.end,
    numeralStart: r.numeralStart,
    numeralLength: r.numeralLength,
    length: r.end - r.start,
    unit: r.unit ?? '',
    canonicalMark: canonical,
    canonical: canonical !== '' && isCanonicalMark(text.slice(r.start, r.end), r.level, n),
  };
}

/** After a guarded stop: no figure, unless it opens a clock the options allow. */
function mayFollowStop(text: string, at: number, o: Readonly<MarkOptions>): boolean {
  if (at === text.length) return !o.guardEnd;
  if (!isDigitAt(text, at)) return true;
  const colon = isDigitAt(text, at + 1) ? text[at + 2] : text[at + 1];
  return has(o.clockColons, colon);
}

/** The checks that tell a heading mark without brackets from running text (MarkOptions.headings). */
function headingAfterBare(text: string, end: number, stop: string, script: Script, value: number | null): boolean {
  if (value === null || value === 0) return false;
  // 一、二季度 / 三、四月份: an enumeration of numerals.
  if (script === 'chinese') return !text.startsWith(toChineseSmall(value + 1), end);
  // 1，2，3号 is a list of numbers and 2， may end a wrapped line.
  return value <= 200 && !(COMMAS.includes(stop) && !WORDS.test(text.charAt(end)));
}

function readBare(text: string, at: number, o: Readonly<MarkOptions>): Mark | null {
  const n = numeralAt(text, at, o.headings === true);
  if (!n || (n.script === 'mixed' && !o.mixed)) return null;
  const form = n.script === 'chinese' ? o.chinese : o.arabic;
  const stop = text[n.end];
  if (!form || n.end - at > (form.length ?? 3) || !has(form.stops, stop)) return null;
  const end = n.end + 1;
  if (has(form.guarded, stop) && !mayFollowStop(text, end, o)) return null;
  const value = valueOf(text.slice(at, n.end), n.script);
  if (o.headings && !headingAfterBare(text, end, stop!, n.script, value)) return null;
  const closed = CLOSERS.includes(stop!);
  const level = n.script === 'mixed' ? 0 : n.script === 'chinese' ? (closed ? 2 : 1) : closed ? 4 : 3;
  return mark(text, { kind: 'numeral', level, value, script: n.script, start: at, end, numeralStart: at, numeralLength: n.end - at });
}

function readBracketed(text: string, at: number, o: Readonly<MarkOptions>, b: BracketMarks): Mark | null {
  const n = numeralAt(text, at + 1, o.headings === true);
  if (!n || n.end - at - 1 > BRACKET_LENGTH || (n.script === 'mixed' && !b.mixed)) return null;
  const c = text[n.end];
  let end: number;
  if (has(CLOSERS, c)) end = has(b.suffixes, text[n.end + 1]) ? n.end + 2 : n.end + 1;
  else if (b.halfOpen && has((n.script === 'chinese' ? o.chinese : o.arabic)?.stops, c)) end = n.end + 1;
  else return null;
  const value = valueOf(text.slice(at + 1, n.end), n.script);
  if (o.headings && (value === null || value === 0)) return null;
  const level = n.script === 'chinese' ? 2 : n.script === 'arabic' ? 4 : 0;
  return mark(text, { kind: 'numeral', level, value, script: n.script, start: at, end, numeralStart: at + 1, numeralLength: n.end - at - 1 });
}

function readOrdinal(text: string, at: number, o: Readonly<MarkOptions>): Mark | null {
  // Ordinals number lists, whose numbers are not checked: no 〇.
  const n = numeralAt(text, at + 1, false);
  if (!n || n.end - at - 1 > BRACKET_LENGTH || !has(o.ordinals, text[n.end])) return null;
  const value = valueOf(text.slice(at + 1, n.end), n.script);
  return mark(text, { kind: 'ordinal', level: 0, value, script: n.script, start: at, end: n.end + 1, numeralStart: at + 1, numeralLength: n.end - at - 1, unit: text[n.end] });
}

/**
 * The mark at text[at], read as the options allow (by default the heading marks of GB/T 9704
 * and their broken forms), or null. White space before the mark is the caller's (skipSpace).
 */
export function readMark(text: string, at = 0, o: Readonly<MarkOptions> = HEADING_MARKS): Mark | null {
  const c = text[at];
  if (c === undefined) return null;
  if (has(o.bullets, c)) return mark(text, { kind: 'bullet', level: 0, value: null, script: null, start: at, end: at + 1, numeralStart: at, numeralLength: 0 });
  const code = c.charCodeAt(0);
  // ① … ⑳ (U+2460–U+2473).
  if (o.circled && code >= 0x2460 && code <= 0x2473) return mark(text, { kind: 'circled', level: 0, value: code - 0x245f, script: null, start: at, end: at + 1, numeralStart: at, numeralLength: 1 });
  if (c === '第') return readOrdinal(text, at, o);
  if (c === '（' || c === '(') return o.brackets ? readBracketed(text, at, o, o.brackets) : null;
  return readBare(text, at, o);
}
