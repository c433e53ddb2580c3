// 发文字号 tokens: 济办发〔2019〕23号, and the wrong forms people type or paste:
// 济办发[2019]23号, 济办发【2019】23号, 济办发（2019）23号, 济办发〔2019〕第23号, 济办发〔2019〕023号.
// Searched on width-folded text (（ -> (, ［ -> [, ０ -> 0), offsets equal to the raw text's.

import { foldWidth } from '../text/chars';

export interface DocNumberMatch {
  /** Offset of the first character of the issuer's code (the Han run before the bracket). */
  start: number;
  /** Offset of the opening bracket. */
  bracketStart: number;
  /** Offset just past 号. */
  end: number;
  open: string;
  close: string;
  year: number;
  serial: number;
  /** 第 before the serial number. */
  hasDi: boolean;
  /** Serial number written with leading zeros (023). */
  leadingZero: boolean;
}

const PREFIX_CUT = /执行|按照|根据|依据|参照|依照|贯彻|落实|印发|转发|批转|发布|详见|见|即|和|与|及|或|的|、/g;
/** A bracket and the year DOC_NUMBER opens with (rare in running text, unlike a bracket). */
const OPEN_BRACKET = /[〔\[【(〖{] ?[0-9]{4}/;
const OPEN_BRACKET_G = new RegExp(OPEN_BRACKET.source, 'g');
/** Tried at one position at a time (nextDocNumber). */
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,12}) ?([〔\[【(〖{]) ?([0-9]{4}) ?([〕\]】)〗}]) ?(第)? ?([0-9]{1,5}) ?号/y;
/** How far before its bracket a DOC_NUMBER match can start: twelve Han and a space. */
const BRACKET_REACH = 13;

/**
 * The first DOC_NUMBER match that starts at `from` or later, as a global search from `from` finds
 * it. A match's bracket is the first one after its start, at most BRACKET_REACH on, and is
 * followed by a year: only the positions just before such brackets are tried, instead of every
 * Han character of the text.
 */
function nextDocNumber(folded: string, from: number): RegExpExecArray | null {
  let tried = from; // positions before this are tried already, or before `from`
  OPEN_BRACKET_G.lastIndex = from;
  for (let b = OPEN_BRACKET_G.exec(folded); b; b = OPEN_BRACKET_G.exec(folded)) {
    for (let p = Math.max(tried, b.index - BRACKET_REACH); p < b.index; p++) {
      DOC_NUMBER.lastIndex = p;
      const m = DOC_NUMBER.exec(folded);
      if (m) return m;
    }
    tried = Math.max(tried, b.index);
  }
  return null;
}

/**
 * OPEN_BRACKET on the raw text, before folding: the same brackets, spaces and digits in either
 * width (［ （ ｛, U+3000, ０–９ fold to [ ( {, a space, 0–9), so it matches exactly where
 * OPEN_BRACKET matches the folded text.
 */
const RAW_OPEN_BRACKET = /[〔\[【(〖{［（｛][ \u3000]?[0-9０-９]{4}/;

/**
 * findDocNumbers of a raw text, folded only when it can hold one: most paragraphs with a 号
 * (号召, 3月5号) have no bracket and year, and are not copied to be searched.
 */
export function docNumbersIn(raw: string): DocNumberMatch[] {
  if (!raw.includes('号') || !RAW_OPEN_BRACKET.test(raw)) return [];
  return findDocNumbers(foldWidth(raw), raw);
}

export function findDocNumbers(folded: string, raw: string): DocNumberMatch[] {
  const out: DocNumberMatch[] = [];
  // The fixed parts must be there: the pattern tries every Han run, these tests are one scan each.
  if (!folded.includes('号') || !OPEN_BRACKET.test(folded)) return out;
  for (let m = nextDocNumber(folded, 0); m; m = nextDocNumber(folded, m.index + m[0].length)) {
    const bracketStart = m.index + m[1]!.length + (folded[m.index + m[1]!.length] === ' ' ? 1 : 0);
    // In running text the Han run may hold more than the issuer's code (严格执行济办发电): cut it.
    const prefix = m[1]!;
    let cut = 0;
    PREFIX_CUT.lastIndex = 0;
    for (let c = PREFIX_CUT.exec(prefix); c; c = PREFIX_CUT.exec(prefix)) cut = c.index + c[0].length;
    if (prefix.length - cut > 8) cut = prefix.length - 8;
    const closeIdx = folded.indexOf(m[4]!, bracketStart + 1);
    out.push({
      start: m.index + cut,
      bracketStart,
      end: m.index + m[0].length,
      open: raw[bracketStart]!,
      close: raw[closeIdx]!,
      year: parseInt(m[3]!, 10),
      serial: parseInt(m[6]!, 10),
      hasDi: m[5] !== undefined,
      leadingZero: m[6]!.length > 1 && m[6]![0] === '0',
    });
  }
  return out;
}

/** The token is in the GB/T 9704 form. */
export function isWellFormed(d: DocNumberMatch): boolean {
  return d.open === '〔' && d.close === '〕' && !d.hasDi && !d.leadingZero;
}

/** Canonical text from the bracket on: 〔2019〕23号. */
export function canonicalTail(d: DocNumberMatch): string {
  return `〔${d.year}〕${d.serial}号`;
}

/** A whole paragraph that is a 发文字号 (optionally followed by 签发人：…). */
export const DOC_NUMBER_LINE = /^[\u4e00-\u9fa5]{1,12} ?[〔\[【(〖{] ?[0-9]{4} ?[〕\]】)〗}] ?第? ?[0-9]{1,5} ?号(?: *签发人[:：].{0,20})?$/;
