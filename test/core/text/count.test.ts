// countText at the edges of the classes docs/counting.md defines (test/count.test.ts has the
// everyday cases). Most rows put a character between two Latin letters: in word mode the
// result says whether it belongs to the run (1), ends it and counts 0 (2), or ends it and
// counts 1 itself (3).

import { strict as assert } from 'node:assert';
import { countText } from '../../../server/src/core/text/count';

/** [input, word, han, chars, why] */
type Row = [string, number, number, number, string];

const ROWS: Row[] = [
  // Latin letters with diacritics: U+00C0–024F less × ÷, and U+1E00–1EFF.
  ['a\u00BFb', 3, 0, 3, '¿ U+00BF, just before U+00C0, is a symbol'],
  ['a\u00C0b', 1, 0, 3, 'À U+00C0 is a Latin letter'],
  ['a\u00D6b', 1, 0, 3, 'Ö U+00D6, just before ×, is a letter'],
  ['a\u00D7b', 3, 0, 3, '× U+00D7 is a symbol'],
  ['a\u00D8b', 1, 0, 3, 'Ø U+00D8, just after ×, is a letter'],
  ['a\u00F6b', 1, 0, 3, 'ö U+00F6, just before ÷, is a letter'],
  ['a\u00F7b', 3, 0, 3, '÷ U+00F7 is a symbol'],
  ['a\u00F8b', 1, 0, 3, 'ø U+00F8, just after ÷, is a letter'],
  ['a\u024Fb', 1, 0, 3, 'ɏ U+024F, the last of Latin Extended-B, is a letter'],
  ['a\u0250b', 3, 0, 3, 'ɐ U+0250 (IPA) is outside the ranges: a symbol'],
  ['a\u1DFFb', 3, 0, 3, 'U+1DFF, just before Latin Extended Additional, is outside the ranges'],
  ['a\u1E00b', 1, 0, 3, 'Ḁ U+1E00 is a letter'],
  ['a\u1EFFb', 1, 0, 3, 'ỿ U+1EFF is a letter'],
  ['a\u1F00b', 3, 0, 3, 'Greek ἀ U+1F00 is outside the ranges'],
  ['\u00C0\u00D8', 1, 0, 2, 'a run may start with an accented letter'],
  // Combining marks U+0300–036F stay in the run.
  ['a\u0300', 1, 0, 2, 'U+0300, the first combining mark, belongs to a'],
  ['a\u036F', 1, 0, 2, 'U+036F, the last combining mark, belongs to a'],
  ['a\u02FF', 2, 0, 2, 'U+02FF, a modifier letter before the marks, is a symbol'],
  ['a\u0370', 2, 0, 2, 'U+0370, Greek just after the marks, is a symbol'],
  // Invisible format characters: 0 and the run goes on; their neighbours outside the ranges.
  ['a\u00ACb', 3, 0, 3, '¬ U+00AC is a symbol'],
  ['a\u00ADb', 1, 0, 2, 'the soft hyphen U+00AD'],
  ['a\u00AEb', 3, 0, 3, '® U+00AE is a symbol'],
  ['a\u200Bb', 2, 0, 2, 'the zero-width space U+200B is space: it ends the run'],
  ['a\u200Cb', 1, 0, 2, 'the zero-width non-joiner U+200C'],
  ['a\u200Fb', 1, 0, 2, 'the right-to-left mark U+200F'],
  ['a\u2010b', 3, 0, 3, 'the hyphen U+2010 is punctuation'],
  ['a\u202Ab', 1, 0, 2, 'left-to-right embedding U+202A'],
  ['a\u202Eb', 1, 0, 2, 'right-to-left override U+202E'],
  ['a\u202Fb', 2, 0, 2, 'the narrow no-break space U+202F is space'],
  ['a\u206Fb', 1, 0, 2, 'U+206F, the last of U+2060–206F'],
  ['a\u2070b', 3, 0, 3, 'superscript zero U+2070 is a symbol'],
  ['a\uFDFDb', 3, 0, 3, 'U+FDFD, before the variation selectors, is a symbol'],
  ['a\uFE00b', 1, 0, 2, 'variation selector 1 U+FE00'],
  ['a\uFE0Fb', 1, 0, 2, 'variation selector 16 U+FE0F'],
  ['a\uFE10b', 3, 0, 3, 'the vertical comma U+FE10 is punctuation'],
  ['a\u{1F3FA}b', 3, 0, 3, 'amphora U+1F3FA, before the skin tones, is an emoji'],
  ['a\u{1F3FB}b', 1, 0, 2, 'skin tone U+1F3FB'],
  ['a\u{1F3FF}b', 1, 0, 2, 'skin tone U+1F3FF'],
  ['a\u{1F400}b', 3, 0, 3, 'rat U+1F400, after the skin tones, is an emoji'],
  ['a\u{E0000}b', 1, 0, 2, 'U+E0000, the first tag code point, goes on the run'],
  ['a\u00AD中', 2, 1, 2, 'the soft hyphen is one unit: the Han character after it is read'],
  ['a\u{E0001}b', 1, 0, 2, 'the language tag U+E0001 is astral and still goes on the run'],
  ['a\u{E0100}b', 1, 0, 2, 'variation selector 17 U+E0100 is astral and still goes on the run'],
  ['a\u{E01EF}b', 1, 0, 2, 'variation selector 256 U+E01EF, the last one'],
  ['a\u{E01F0}b', 3, 0, 3, 'U+E01F0, past the variation selectors, is not a format character'],
  ['\u{E0100}\u{E0100}', 0, 0, 0, 'format characters alone count nothing'],
  ['基\u{E0100}层', 2, 2, 2, 'a variation selector after Han counts 0 in every mode'],
  // What does not join a run.
  ['a;b', 2, 0, 3, '; is not a joiner'],
  ['a&b', 2, 0, 3, '& is not a joiner'],
  ['a+b', 2, 0, 3, '+ is not a joiner'],
  ['a\uFF0Db', 3, 0, 3, 'full-width － is punctuation of its own'],
  ['a\uFF0Fb', 3, 0, 3, 'full-width ／ is punctuation of its own'],
  ['a.中', 2, 1, 3, 'a joiner before Han does not join; the ASCII . counts 0'],
  ['a.-b', 2, 0, 4, 'two joiners in a row end the run'],
  ["a'", 1, 0, 2, 'a joiner at the end of the text'],
  ['5.5%', 1, 0, 4, '% after a joined run'],
  ['a%b', 2, 0, 3, '% belongs to the run before it; b starts another'],
  // ASCII punctuation is U+0021–007E less letters and digits: its two ends.
  ['!', 0, 0, 1, '! U+0021 is ASCII punctuation'],
  ['~', 0, 0, 1, '~ U+007E is ASCII punctuation'],
  // U+FFFF is one UTF-16 unit: the character after it is read, not skipped.
  ['\uFFFF基', 2, 1, 2, 'a BMP noncharacter is one unit, one symbol'],
  ['👍基', 2, 1, 2, 'an emoji is two units; the character after it is read'],
  ['𠮷a', 2, 1, 2, 'an astral Han character, then a run'],
];

describe('countText at the edges of its classes', () => {
  for (const [input, word, han, chars, why] of ROWS) {
    it(`${JSON.stringify(input)}: word ${word}, han ${han}, chars ${chars} (${why})`, () => {
      assert.deepEqual(
        { word: countText(input, 'word'), han: countText(input, 'han'), chars: countText(input, 'chars') },
        { word, han, chars },
      );
    });
  }
});
