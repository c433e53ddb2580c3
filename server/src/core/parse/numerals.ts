// Chinese numerals as they appear in dates and counts: 二〇一九 (digit by digit, with 〇 ○ 零
// and the look-alikes O Ｏ 0 that PDF and web copies use for zero), 二十八, 十二, 两.

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, O: 0, o: 0, 'Ｏ': 0, 'ｏ': 0, '0': 0, '０': 0, 'Ο': 0,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Characters that may spell a year digit by digit. */
export const YEAR_DIGIT_CLASS = '〇○零OoＯｏ0０Ο一二三四五六七八九';
/** Characters of a small Chinese number (1–99). */
export const SMALL_NUM_CLASS = '一二两三四五六七八九十';

/** 二〇一九 -> 2019; null if any character is not a digit. */
export function parseYearDigits(s: string): number | null {
  let n = 0;
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d === undefined) {
      const a = ch.charCodeAt(0);
      if (a >= 0xff10 && a <= 0xff19) n = n * 10 + (a - 0xff10);
      else if (a >= 0x30 && a <= 0x39) n = n * 10 + (a - 0x30);
      else return null;
    } else n = n * 10 + d;
  }
  return n;
}

/** 十 -> 10, 二十八 -> 28, 三十一 -> 31, 九 -> 9, 12 -> 12; null when not a number. */
export function parseSmallNumber(s: string): number | null {
  const digits = digitValue(s);
  if (digits !== null) return digits;
  if (/^[0-9０-９]+$/.test(s)) return parseInt(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10);
  if (s.length === 0 || s.length > 3) return null;
  const ten = s.indexOf('十');
  if (ten < 0) {
    if (s.length !== 1) return parseYearDigits(s); // 一二 is not a number, but 〇九 style is rare; treat digit-by-digit
    const d = DIGIT[s];
    return d === undefined ? null : d;
  }
  const hi = ten === 0 ? 1 : DIGIT[s.slice(0, ten)];
  const loStr = s.slice(ten + 1);
  const lo = loStr === '' ? 0 : DIGIT[loStr];
  if (hi === undefined || lo === undefined || ten > 1 || loStr.length > 1) return null;
  return hi * 10 + lo;
}

/**
 * The value of a short run of ASCII or full-width digits (12, ０７), read by code without a regex
 * or a copy: dates and times ask it of every number they find. null for anything else, and for
 * runs too long to add up exactly (parseSmallNumber reads those).
 */
function digitValue(s: string): number | null {
  if (s.length === 0 || s.length > 15) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n = n * 10 + (c - 0x30);
    else if (c >= 0xff10 && c <= 0xff19) n = n * 10 + (c - 0xff10);
    else return null;
  }
  return n;
}

/**
 * A count as durations, deadlines and 会期 write it: 半 -> 0.5, 1.5 -> 1.5, 3 -> 3, 两 -> 2,
 * 十五 -> 15; null when not a number. Chinese digits side by side are a rough range (一两天,
 * 三五分钟), not a number spelt digit by digit as years are.
 */
export function parseCount(s: string): number | null {
  if (s === '半') return 0.5;
  const a = asciiDigits(s);
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(a)) return parseFloat(a);
  if (/[0-9]/.test(a)) return null;
  if (s.includes('百')) return parseHundreds(s);
  if (s.length > 1 && !s.includes('十')) return null;
  return parseSmallNumber(s);
}

/** Full-width digits and the full-width point as ASCII, one unit for one. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** 一百 -> 100, 一百二十 -> 120, 一百零五 -> 105, 两百 -> 200 (durations in minutes); null otherwise. */
function parseHundreds(s: string): number | null {
  const m = /^([一二两三四五六七八九]?)百(?:零?([一二三四五六七八九])|([一二三四五六七八九]?十[一二三四五六七八九]?))?$/.exec(s);
  if (!m) return null;
  const hi = m[1] ? DIGIT[m[1]]! : 1;
  // 一百五 is a hundred and fifty, as people say it; 一百零五 is a hundred and five.
  const lo = m[2] ? (s.includes('零') ? DIGIT[m[2]]! : DIGIT[m[2]]! * 10) : m[3] ? parseSmallNumber(m[3])! : 0;
  return hi * 100 + lo;
}

const SMALL = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const UNITS = ['千', '百', '十', ''];

/**
 * 28 -> 二十八, 100 -> 一百, 105 -> 一百零五, 110 -> 一百一十 (for rewriting numbers back in the text's
 * own style). A number that is no whole number from 0 to 9999 is written in digits.
 */
export function toChineseSmall(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return SMALL[n]!;
  // 十, 十一 … 十九: no 一 before a leading 十.
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10]! : '');
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let gap = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i]!;
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    // One 零 for the zeros between two digits (一百零五, 一千零一十); none after the last.
    if (gap) out += '零';
    gap = false;
    out += SMALL[d]! + UNITS[i]!;
  }
  return out;
}

/** 2019 -> 二〇一九 */
export function toChineseYear(n: number): string {
  return String(n)
    .split('')
    .map((d) => SMALL[+d]!)
    .join('');
}

/** 一 … 九十九 in heading marks (一、 十一、 二十、). */
export function chineseOrdinal(n: number): string {
  return toChineseSmall(n);
}
