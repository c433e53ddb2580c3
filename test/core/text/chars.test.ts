// Character classes at the edges of their Unicode ranges. Every expected value comes from the
// Unicode block the code point sits in and the classes docs/counting.md defines, not from the
// code: the first and last code point of each range and the neighbours just outside it.

import { strict as assert } from 'node:assert';
import {
  codeAt,
  displayWidth,
  endsWithTerminal,
  foldKey,
  foldWidth,
  hasSpace,
  isAlnumCode,
  isCjkCode,
  isCjkPunctCode,
  isDigitCode,
  isHanCode,
  isSpaceCode,
  portableUnitsToString,
  unitsToString,
} from '../../../server/src/core/text/chars';

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Checks a predicate on a table of [code point, expected, why]. */
function table(name: string, fn: (c: number) => boolean, rows: Array<[number, boolean, string]>): void {
  describe(name, () => {
    for (const [c, expected, why] of rows) {
      it(`${hex(c)} → ${expected} (${why})`, () => assert.equal(fn(c), expected));
    }
  });
}

table('isHanCode', isHanCode, [
  [0x4e00, true, '一, first of the URO block'],
  [0x4dff, false, 'last Yijing hexagram, just before the URO'],
  [0x9fff, true, 'last code point of the URO block'],
  [0xa000, false, 'Yi syllable ꀀ just past the URO'],
  [0x3400, true, 'first of Ext-A'],
  [0x33ff, false, 'a CJK compatibility square just before Ext-A'],
  [0x4dbf, true, 'last of Ext-A'],
  [0x4dc0, false, 'Yijing hexagram ䷀ just past Ext-A'],
  [0xf900, true, 'first compatibility ideograph 豈'],
  [0xf8ff, false, 'private use, just before the compatibility ideographs'],
  [0xfaff, true, 'last code point of the compatibility ideographs block'],
  [0xfb00, false, 'Latin ligature ﬀ just past them'],
  [0x3007, true, '〇 is a Han numeral'],
  [0x3006, false, '〆 is a symbol'],
  [0x3008, false, '〈 is a bracket'],
  [0x20000, true, 'first of Ext-B (plane 2)'],
  [0x1ffff, false, 'last code point of plane 1'],
  [0x3fffd, true, 'last assignable code point of plane 3'],
  [0x3fffe, false, 'a plane 3 noncharacter'],
  [0x41, false, 'A is Latin'],
]);

table('isCjkPunctCode', isCjkPunctCode, [
  [0x3000, false, 'the ideographic space is space, not punctuation'],
  [0x3001, true, '、 first of the CJK symbols block after the space'],
  [0x3002, true, '。'],
  [0x3007, false, '〇 is Han, not punctuation'],
  [0x3006, true, '〆'],
  [0x3008, true, '〈'],
  [0x303f, true, 'last of the CJK symbols and punctuation block'],
  [0x3040, false, 'first of the Hiragana block'],
  [0xff00, false, 'unassigned, before ！'],
  [0xff01, true, '！'],
  [0xff0f, true, '／'],
  [0xff10, false, '０ is a digit'],
  [0xff19, false, '９ is a digit'],
  [0xff1a, true, '：'],
  [0xff20, true, '＠'],
  [0xff21, false, 'Ａ is a letter'],
  [0xff3a, false, 'Ｚ is a letter'],
  [0xff3b, true, '［'],
  [0xff40, true, '｀'],
  [0xff41, false, 'ａ is a letter'],
  [0xff5a, false, 'ｚ is a letter'],
  [0xff5b, true, '｛'],
  [0xff65, true, 'half-width katakana middle dot ･'],
  [0xff66, false, 'half-width katakana ｦ is a letter'],
  [0x200f, false, 'right-to-left mark is a format character'],
  [0x2010, true, '‐ hyphen, first of the general punctuation marks'],
  [0x2014, true, '— em dash'],
  [0x2026, true, '… ellipsis'],
  [0x2027, true, '‧ hyphenation point'],
  [0x2028, false, 'line separator is space'],
  [0x00b7, true, '· middle dot'],
  [0x00b6, false, '¶ pilcrow'],
  [0x00b8, false, '¸ cedilla'],
  [0xfe2f, false, 'combining half mark, before the CJK compatibility forms'],
  [0xfe30, true, '︰ first CJK compatibility form'],
  [0xfe4f, true, '﹏ last CJK compatibility form'],
  [0xfe50, false, '﹐ small form variants are not in the list'],
  [0xfe0f, false, 'variation selector 16'],
  [0xfe10, true, '︐ first vertical form'],
  [0xfe19, true, '︙ last vertical form'],
  [0xfe1a, false, 'unassigned after the vertical forms'],
  [0x2c, false, 'ASCII comma is half-width'],
]);

table('isCjkCode', isCjkCode, [
  [0x4e2d, true, '中 is Han'],
  [0xff0c, true, '， is full-width punctuation'],
  [0x3007, true, '〇 is Han'],
  [0x20bb7, true, '𠮷 is Han (plane 2)'],
  [0x61, false, 'a is Latin'],
  [0x3000, false, 'the ideographic space is neither'],
  [0x31, false, '1 is a digit'],
]);

table('isSpaceCode', isSpaceCode, [
  [0x20, true, 'space'],
  [0x09, true, 'tab'],
  [0x0a, true, 'line feed'],
  [0x0d, true, 'carriage return'],
  [0x0b, true, 'vertical tab'],
  [0x0c, true, 'form feed'],
  [0x08, false, 'backspace is a control, not space'],
  [0x0e, false, 'shift out is a control, not space'],
  [0x1f, false, 'unit separator'],
  [0x21, false, '!'],
  [0xa0, true, 'no-break space'],
  [0xa1, false, '¡'],
  [0x3000, true, 'ideographic space'],
  [0x3001, false, '、'],
  [0xfeff, true, 'byte order mark'],
  [0xfefe, false, 'Arabic presentation form'],
  [0x1fff, false, 'just before the general punctuation spaces'],
  [0x2000, true, 'en quad'],
  [0x2005, true, 'four-per-em space'],
  [0x200b, true, 'zero-width space'],
  [0x200c, false, 'zero-width non-joiner is a format character'],
  [0x202f, true, 'narrow no-break space'],
  [0x202e, false, 'right-to-left override'],
  [0x2030, false, '‰'],
  [0x205f, true, 'medium mathematical space'],
  [0x205e, false, 'vertical four dots'],
  [0x2060, false, 'word joiner is a format character'],
  [0x2028, true, 'line separator'],
  [0x2029, true, 'paragraph separator'],
  [0x85, true, 'next line'],
  [0x84, false, 'C1 control'],
  [0x86, false, 'C1 control'],
  [0x1680, true, 'Ogham space mark'],
  [0x167f, false, 'Canadian syllabics'],
  [0x1681, false, 'Ogham letter'],
]);

table('isAlnumCode', isAlnumCode, [
  [0x2f, false, '/'],
  [0x30, true, '0'],
  [0x39, true, '9'],
  [0x3a, false, ':'],
  [0x40, false, '@'],
  [0x41, true, 'A'],
  [0x5a, true, 'Z'],
  [0x5b, false, '['],
  [0x60, false, '`'],
  [0x61, true, 'a'],
  [0x7a, true, 'z'],
  [0x7b, false, '{'],
  [0xff0f, false, '／'],
  [0xff10, true, '０'],
  [0xff19, true, '９'],
  [0xff1a, false, '：'],
  [0xff20, false, '＠'],
  [0xff21, true, 'Ａ'],
  [0xff3a, true, 'Ｚ'],
  [0xff3b, false, '［'],
  [0xff40, false, '｀'],
  [0xff41, true, 'ａ'],
  [0xff5a, true, 'ｚ'],
  [0xff5b, false, '｛'],
  [0x4e00, false, '一 is Han, not a digit'],
]);

table('isDigitCode', isDigitCode, [
  [0x2f, false, '/'],
  [0x30, true, '0'],
  [0x39, true, '9'],
  [0x3a, false, ':'],
  [0x61, false, 'a is a letter'],
  [0xff0f, false, '／'],
  [0xff10, true, '０'],
  [0xff19, true, '９'],
  [0xff1a, false, '：'],
  [0xff21, false, 'Ａ is a letter'],
  [0x4e00, false, '一 is a Han numeral, not a digit'],
]);

describe('codeAt', () => {
  it('reads a BMP character as its code unit', () => assert.equal(codeAt('a中', 1), 0x4e2d));
  it('reads a surrogate pair as one code point', () => assert.equal(codeAt('x𠮷', 1), 0x20bb7));
  it('reads the lowest and the highest pair', () => {
    assert.equal(codeAt('\ud800\udc00', 0), 0x10000);
    assert.equal(codeAt('\udbff\udfff', 0), 0x10ffff);
  });
  it('returns a lone high surrogate at the end of the string as it is', () => assert.equal(codeAt('a\ud842', 1), 0xd842));
  it('returns a high surrogate followed by a non-surrogate as it is', () => assert.equal(codeAt('\ud842a', 0), 0xd842));
  it('returns a high surrogate followed by another high surrogate as it is', () => assert.equal(codeAt('\ud842\udbff', 0), 0xd842));
  it('returns a high surrogate followed by U+E000 as it is', () => assert.equal(codeAt('\ud842\ue000', 0), 0xd842));
  it('reads the low half of a pair, asked for directly, as itself', () => assert.equal(codeAt('𠮷', 1), 0xdfb7));
  it('does not pair a low surrogate with what follows', () => assert.equal(codeAt('\udc00\udc00', 0), 0xdc00));
  it('does not pair U+D7FF (not a surrogate) with a low surrogate', () => assert.equal(codeAt('\ud7ff\udc00', 0), 0xd7ff));
});

describe('foldWidth', () => {
  // Full-width ASCII U+FF01–FF5E sits 0xFEE0 above its half-width form.
  it('folds full-width digits, letters and punctuation to half-width', () => {
    assert.equal(foldWidth('２０２４年５月６日　９：３０（ＡＢ）；ｚ'), '2024年5月6日 9:30(AB);z');
  });
  it('folds the first and last full-width ASCII forms, ！ and ～', () => assert.equal(foldWidth('！～'), '!~'));
  it('leaves what lies just outside the range: U+FF00 and ｟ U+FF5F', () => assert.equal(foldWidth('\uff00｟'), '\uff00｟'));
  it('folds the ideographic space to a space, one unit for one', () => assert.equal(foldWidth('甲\u3000乙'), '甲 乙'));
  // ， is U+FF0C, full-width ASCII: folded; 、 “ ” 。 are CJK marks outside the range.
  it('leaves Han, CJK punctuation and half-width text alone', () => assert.equal(foldWidth('关于“减负”的通知、a1。'), '关于“减负”的通知、a1。'));
  it('keeps the length and every other index of a mixed string', () => {
    const s = '第１条\u3000𠮷ＧＤＰ。';
    const f = foldWidth(s);
    assert.equal(f.length, s.length);
    assert.equal(f, '第1条 𠮷GDP。');
  });
  it('returns an empty string for an empty string', () => assert.equal(foldWidth(''), ''));
  it('folds as a unit-by-unit reference does, in short and long strings (past its scratch array), leaving an unfolded string as it is', () => {
    const folded = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c);
    const reference = (t: string): string => Array.from({ length: t.length }, (_, i) => String.fromCharCode(folded(t.charCodeAt(i)))).join('');
    const pool = [0x41, 0x20, 0x2fff, 0x3000, 0x3001, 0x4e2d, 0xd842, 0xdfb7, 0xff00, 0xff01, 0xff0c, 0xff10, 0xff5e, 0xff5f, 0xffff];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (const length of [1, 2, 17, 300, 16_384, 16_385, 40_000]) {
      for (let round = 0; round < (length > 1000 ? 3 : 200); round++) {
        const t = String.fromCharCode(...Array.from({ length }, () => pool[next() % pool.length]!));
        assert.equal(foldWidth(t), reference(t), `length ${length}`);
      }
    }
    const plain = '关于“减负”的通知、a1。'.repeat(3000);
    assert.equal(foldWidth(plain), plain);
    assert.equal(foldWidth('甲乙　'), '甲乙 ', 'a fold at the very end');
  });
});

describe('displayWidth', () => {
  const rows: Array<[string, number, string]> = [
    ['', 0, 'nothing'],
    ['abc', 3, 'ASCII letters are narrow'],
    ['中文', 4, 'Han are wide'],
    ['，。', 4, 'CJK punctuation is wide'],
    ['ＡＢ', 4, 'full-width letters are wide'],
    ['\uff01', 2, '！ U+FF01, the first full-width form'],
    ['\uff5f\uff60', 4, '｟ ｠ U+FF5F–FF60, the last full-width forms'],
    ['\uff00', 1, 'U+FF00 is not a full-width form'],
    ['ｱ', 1, 'half-width katakana U+FF71 is half-width'],
    ['\uffe0\uffe6', 4, '￠ U+FFE0 and ￦ U+FFE6, the full-width signs'],
    ['\uffdf', 1, 'U+FFDF, before the full-width signs'],
    ['\uffe7', 1, 'U+FFE7, after the full-width signs'],
    ['\uffe8\uffee', 2, '￨ U+FFE8 and ￮ U+FFEE are half-width forms'],
    ['\ufffd', 1, 'the replacement character U+FFFD is not a full-width form'],
    ['가', 2, 'Hangul syllable U+AC00 is wide'],
    ['\ud7af', 2, 'U+D7AF, the last code point of the Hangul range counted, is wide'],
    ['\ud7b0', 1, 'U+D7B0 Hangul Jamo Extended-B is outside it'],
    ['𠮷', 2, 'an astral Han character is one wide character, not two'],
    ['\u{20000}', 2, 'U+20000, whose low surrogate is U+DC00, the first low surrogate'],
    ['\u{203FF}', 2, 'U+203FF, whose low surrogate is U+DFFF, the last low surrogate'],
    ['👍', 1, 'an emoji is not CJK: its two UTF-16 units count one column'],
    ['·', 1, 'U+00B7 is below U+1100, where wide characters begin'],
    ['é', 1, 'Latin letters are narrow'],
    ['\u1100', 1, 'Hangul Jamo U+1100 is not in the ranges counted wide'],
    ['\u3000', 2, 'the ideographic space takes a full cell'],
    ['第一条\u3000为', 10, 'four wide characters and an ideographic space'],
    ['a中1，', 6, '1 + 2 + 1 + 2'],
  ];
  for (const [s, w, why] of rows) it(`${JSON.stringify(s)} → ${w} (${why})`, () => assert.equal(displayWidth(s), w));
});

describe('endsWithTerminal', () => {
  const rows: Array<[string, boolean, string]> = [
    ['现将有关事项通知如下：', true, '：'],
    ['请认真贯彻执行。', true, '。'],
    ['是否可行？', true, '？'],
    ['务必落实！', true, '！'],
    ['一是压减文件；', true, '；'],
    ['尚在研究…', true, '…'],
    ['Done!', true, 'half-width !'],
    ['Why?', true, 'half-width ?'],
    ['a;', true, 'half-width ;'],
    ['Note:', true, 'half-width :'],
    ['各区县要指定专人负责', false, 'no mark'],
    ['明确分工，', false, 'a comma does not end a sentence'],
    ['一、', false, 'an enumeration comma does not end a sentence'],
    ['end.', false, 'a half-width period is not in the list (decimals, abbreviations)'],
    ['他说：“请按时报送。”', true, 'a closing quote after 。'],
    ['（此件公开发布。）', true, 'a closing bracket after 。'],
    ['“好。”）', true, 'two closers in a row'],
    ['见《办法》', false, 'a closer after no mark'],
    ['“好。”  \u3000', true, 'trailing spaces and an ideographic space are skipped'],
    ['请报送。\t', true, 'a trailing tab is skipped'],
    ['是吗?)', true, 'half-width ) closes'],
    ['好。"', true, 'half-width " closes'],
    ["好。'", true, "half-width ' closes"],
    ['好。’', true, '’ closes'],
    ['好。」', true, '」 closes'],
    ['好。』', true, '』 closes'],
    ['好。】', true, '】 closes'],
    ['好。〕', true, '〕 closes'],
    ['好。》', true, '》 closes'],
    ['”', false, 'only a closer'],
    ['   ', false, 'only spaces'],
    ['', false, 'empty'],
    ['。', true, 'a lone mark'],
  ];
  for (const [s, t, why] of rows) it(`${JSON.stringify(s)} → ${t} (${why})`, () => assert.equal(endsWithTerminal(s), t));
});

describe('hasSpace', () => {
  it('finds exactly the characters isSpaceCode takes for spaces, each alone and inside Han text', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (hasSpace(ch) !== isSpaceCode(c) || hasSpace(`报送${ch}材料`) !== isSpaceCode(c)) differ.push(hex(c));
    }
    assert.deepEqual(differ, []);
  });

  it('is false for a line without any', () => {
    assert.equal(hasSpace('各区县要指定专人负责，按时报送。'), false);
    assert.equal(hasSpace(''), false);
    assert.equal(hasSpace('一、总体要求\u3000'), true);
  });
});

describe('unitsToString', () => {
  /** Units from a seeded generator: Han, ASCII, full-width forms and lone or paired surrogate halves. */
  function unitsOf(seed: number, n: number): Uint16Array {
    const out = new Uint16Array(n);
    let x = seed;
    const pick = [0x4e00, 0x41, 0xff0c, 0xd83d, 0xde00, 0x3000, 0x9fa5];
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      out[i] = pick[x % pick.length]! + ((x >>> 8) % 3);
    }
    return out;
  }
  const expected = (buf: Uint16Array, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(buf[i]!);
    return s;
  };

  it('reads out exactly the first n units, lone surrogate halves included, in Node and without Buffer', () => {
    for (const n of [0, 1, 2, 47, 48, 49, 200, 5000, 70000]) {
      const buf = unitsOf(n + 7, n + 16);
      assert.equal(unitsToString(buf, n), expected(buf, n), `n = ${n}`);
      assert.equal(portableUnitsToString(buf, n), expected(buf, n), `portable, n = ${n}`);
    }
  });

  it('follows a reused array as it changes and a second array after it', () => {
    const a = new Uint16Array([0x6587, 0x4ef6, 0xd800]);
    assert.equal(unitsToString(a, 3), '文件\ud800');
    a[0] = 0x516c;
    assert.equal(unitsToString(a, 2), '公件');
    const b = new Uint16Array(new ArrayBuffer(16), 4, 2);
    b[0] = 0x901a;
    b[1] = 0x77e5;
    assert.equal(unitsToString(b, 2), '通知', 'an array at an offset in its memory');
    assert.equal(unitsToString(a, 1), '公');
  });
});

describe('foldKey', () => {
  it('folds full-width forms, U+3000 and traditional forms, and keeps the text before the first of them', () => {
    assert.equal(foldKey('关于（试行）'), '关于(试行)');
    assert.equal(foldKey('會議\u3000通知'), '会议 通知');
    assert.equal(foldKey('没有要折的字'), '没有要折的字');
    assert.equal(foldKey('前文😀，'), '前文😀,', 'a surrogate pair before the first fold');
    const long = '报'.repeat(20000) + '，';
    assert.equal(foldKey(long), '报'.repeat(20000) + ',', 'longer than the scratch array');
    assert.equal(foldKey('短，'), '短,', 'the scratch array again after a long key');
  });
});
