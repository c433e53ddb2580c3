// Character classes used everywhere in the core. Code-point range checks, not regexes,
// because they run once per character on every keystroke.

export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 || // 〇
    // Planes 2 and 3 hold only ideographs: Ext-B to Ext-I, compatibility supplement, Ext-G/H.
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** Full-width or CJK punctuation and symbols (not letters or digits). */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f && c !== 0x3007) || // 、。〈〉《》「」『』【】〔〕 …
    (c >= 0xff01 && c <= 0xff0f) || // ！＂＃＄％＆＇（）＊＋，－．／
    (c >= 0xff1a && c <= 0xff20) || // ：；＜＝＞？＠
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2010 && c <= 0x2027) || // ‐ – — ‘ ’ “ ” … ·
    c === 0x00b7 ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xfe10 && c <= 0xfe19)
  );
}

export function isCjkCode(c: number): boolean {
  return isHanCode(c) || isCjkPunctCode(c);
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x1680
  );
}

/** The characters isSpaceCode takes for spaces, as a pattern (a regex scan is many times quicker than a loop). */
const SPACE_CHAR = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether s holds any character isSpaceCode takes for a space. */
export function hasSpace(s: string): boolean {
  return SPACE_CHAR.test(s);
}

/** ASCII or full-width letter or digit. */
export function isAlnumCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)
  );
}

export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Code point at i of s, reading surrogate pairs. */
export function codeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** One-character strings of ASCII, for foldWidth. */
const ASCII: readonly string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c));

/**
 * Folds full-width ASCII (digits, letters, ：；，（） …) and a few look-alikes to their
 * half-width forms, one UTF-16 unit for one, so offsets stay aligned with the input.
 * Used for matching only; rules that judge the width of a character look at the raw text.
 */
export function foldWidth(s: string): string {
  // Copies the runs between folded characters (Chinese text has a full-width ，or （ every few
  // characters): one slice per run, not one string per character.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3000) continue;
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000) r = 0x20;
    if (r >= 0) {
      out += s.slice(from, i) + ASCII[r]!;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}


/** Display width in columns: CJK and full-width count 2, others 1. Used to spot hard wraps. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    // The ideographic space is neither Han nor punctuation, but takes a full cell; of the
    // half-width and full-width forms, only the full-width ones (U+FF01–FF60, FFE0–FFE6) do.
    const wide =
      isCjkCode(codeAt(s, i)) || c === 0x3000 || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0xac00 && c <= 0xd7af);
    w += c >= 0x1100 && wide ? 2 : 1;
  }
  return w;
}

const TERMINAL = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'"]);

/** Whether a line ends a sentence (。！？；： possibly followed by closing quotes or brackets). */
export function endsWithTerminal(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && TERMINAL.has(s[i]!);
}
