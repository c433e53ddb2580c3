// 发文字号 tokens: 济办发〔2019〕23号, and the wrong forms people type or paste:
// 济办发[2019]23号, 济办发【2019】23号, 济办发（2019）23号, 济办发〔2019〕第23号, 济办发〔2019〕023号.
// Searched on width-folded text (（ -> (, ［ -> [, ０ -> 0), offsets equal to the raw text's.

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
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,12}) ?([〔\[【(〖{]) ?([0-9]{4}) ?([〕\]】)〗}]) ?(第)? ?([0-9]{1,5}) ?号/g;

export function findDocNumbers(folded: string, raw: string): DocNumberMatch[] {
  const out: DocNumberMatch[] = [];
  if (!folded.includes('号')) return out;
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(folded); m; m = DOC_NUMBER.exec(folded)) {
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
