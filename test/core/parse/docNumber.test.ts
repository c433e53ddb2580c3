// 发文字号 tokens in the GB/T 9704 form (济办发〔2019〕23号) and the wrong forms (other brackets,
// 第, leading zeros), searched on width-folded text with the brackets read from the raw text.
// Offsets are counted by hand.

import * as assert from 'node:assert/strict';
import { canonicalTail, DOC_NUMBER_LINE, docNumbersIn, findDocNumbers, isWellFormed, type DocNumberMatch } from '../../../server/src/core/parse/docNumber';
import { foldWidth } from '../../../server/src/core/text/chars';

/** The raw text folded as the paragraph builder does: （）［］ and full-width digits to half-width. */
function fold(raw: string): string {
  return raw.replace(/[（）［］０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function find(raw: string): DocNumberMatch[] {
  return findDocNumbers(fold(raw), raw);
}

function doc(start: number, bracketStart: number, end: number, open: string, close: string, year: number, serial: number, hasDi = false, leadingZero = false): DocNumberMatch {
  return { start, bracketStart, end, open, close, year, serial, hasDi, leadingZero };
}

describe('parse/docNumber: findDocNumbers', () => {
  const CASES: Array<[string, DocNumberMatch[], string]> = [
    ['济办发〔2019〕23号', [doc(0, 3, 12, '〔', '〕', 2019, 23)], 'the GB form'],
    ['济政办发[2024]12号', [doc(0, 4, 13, '[', ']', 2024, 12)], 'square brackets'],
    ['济政办发［2024］12号', [doc(0, 4, 13, '［', '］', 2024, 12)], 'full-width square brackets, read back from the raw text'],
    ['济政办发【2024】12号', [doc(0, 4, 13, '【', '】', 2024, 12)], 'solid lenticular brackets'],
    ['济政办发〖2024〗12号', [doc(0, 4, 13, '〖', '〗', 2024, 12)], 'hollow lenticular brackets'],
    ['济政发（2023）5号', [doc(0, 3, 11, '（', '）', 2023, 5)], 'full-width parentheses'],
    ['济政发(2023)5号', [doc(0, 3, 11, '(', ')', 2023, 5)], 'ASCII parentheses'],
    ['济政发{2023}5号', [doc(0, 3, 11, '{', '}', 2023, 5)], 'braces'],
    ['济政办字〔2023〕第8号', [doc(0, 4, 13, '〔', '〕', 2023, 8, true)], '第 before the serial'],
    ['济政办发〔2022〕07号', [doc(0, 4, 13, '〔', '〕', 2022, 7, false, true)], 'a leading zero'],
    ['济政办发〔2022〕007号', [doc(0, 4, 14, '〔', '〕', 2022, 7, false, true)], 'two leading zeros'],
    ['济政办发〔2022〕10号', [doc(0, 4, 13, '〔', '〕', 2022, 10)], 'a zero that is not leading'],
    ['济政办发〔2022〕0号', [doc(0, 4, 12, '〔', '〕', 2022, 0)], 'a lone 0 has no leading zero'],
    ['济政办发【2024】第012号', [doc(0, 4, 15, '【', '】', 2024, 12, true, true)], 'every fault at once'],
    ['济政办发〔２０２４〕１２号', [doc(0, 4, 13, '〔', '〕', 2024, 12)], 'full-width digits'],
    ['湘协办通〔 2024〕 5号', [doc(0, 4, 14, '〔', '〕', 2024, 5)], 'spaces inside the token'],
    ['济办发 〔2019〕 23号', [doc(0, 4, 14, '〔', '〕', 2019, 23)], 'a space before the bracket: the bracket is one further'],
    ['济办发〔2019〕 第 23号', [doc(0, 3, 15, '〔', '〕', 2019, 23, true)], 'spaces around 第'],
    // Words before the issuer's code are cut off (执行, 根据, 和, 的 …).
    ['严格执行济办发电〔2019〕23号文件', [doc(4, 8, 17, '〔', '〕', 2019, 23)], '执行 is not part of the code'],
    ['根据济政发〔2021〕8号和济办发〔2021〕9号要求', [doc(2, 5, 13, '〔', '〕', 2021, 8), doc(14, 17, 25, '〔', '〕', 2021, 9)], 'two tokens; 根据 and 和 cut'],
    ['印发的济政办发〔2024〕3号', [doc(3, 7, 15, '〔', '〕', 2024, 3)], 'the last cut word wins (印发 then 的)'],
    ['各级各部门认真学习济办发〔2019〕23号', [doc(4, 12, 21, '〔', '〕', 2019, 23)], 'no cut word: the code keeps at most 8 characters'],
    ['的各级各部门认真学习济发〔2019〕1号', [doc(4, 12, 20, '〔', '〕', 2019, 1)], 'after a cut the code still keeps at most 8'],
    ['济政办发〔2024〕12', [], 'no 号'],
    ['国务院令第711号', [], 'no year in brackets'],
    ['（2023）鲁01民终123号判决书', [], 'a court case number: no code before the bracket'],
    ['济办发〔201〕23号', [], 'a year of three digits'],
    ['济办发〔2019〕123456号', [], 'a serial of six digits'],
  ];
  for (const [raw, want, why] of CASES) {
    it(`${raw} (${why})`, () => assert.deepEqual(find(raw), want));
  }
});

describe('parse/docNumber: form', () => {
  const base = doc(0, 3, 12, '〔', '〕', 2019, 23);

  it('isWellFormed: 〔〕, no 第, no leading zero', () => {
    assert.equal(isWellFormed(base), true);
    assert.equal(isWellFormed({ ...base, open: '[' }), false);
    assert.equal(isWellFormed({ ...base, close: ']' }), false);
    assert.equal(isWellFormed({ ...base, hasDi: true }), false);
    assert.equal(isWellFormed({ ...base, leadingZero: true }), false);
  });

  it('canonicalTail writes 〔year〕serial号 without 第 or zeros', () => {
    assert.equal(canonicalTail(base), '〔2019〕23号');
    assert.equal(canonicalTail(find('济政办发【2024】第012号')[0]!), '〔2024〕12号');
  });

  it('DOC_NUMBER_LINE matches a whole 发文字号 paragraph, with 签发人 or without', () => {
    assert.equal(DOC_NUMBER_LINE.test('济政办发〔2024〕12号'), true);
    assert.equal(DOC_NUMBER_LINE.test('济城管字[2024]3号 签发人：王某某'), true);
    assert.equal(DOC_NUMBER_LINE.test('根据济政办发〔2024〕12号要求'), false);
    assert.equal(DOC_NUMBER_LINE.test('国务院令第711号'), false);
  });
});

describe('parse/docNumber: docNumbersIn (raw text, folded only when it may hold one)', () => {
  it('finds what findDocNumbers finds in the folded text, in either width of bracket, space and digit', () => {
    const texts = [
      '济办发〔2019〕23号', '济政办发［２０２４］１２号', '济政发（\u30002023）5号', '济政发｛2023｝5号', '济政发( 2023)5号',
      '根据济政办发〔2024〕12号和鲁政字【2023】第8号要求', '号召全体干部', '3月5号前报送', '（2024年）第3号', '济政发(202)5号',
      '济政发［２０２４', '', '号',
    ];
    for (const t of texts) assert.deepEqual(docNumbersIn(t), findDocNumbers(foldWidth(t), t), t);
  });

  it('matches exactly where the folded pattern does, for every bracket, space and digit in both widths', () => {
    const opens = ['〔', '[', '【', '(', '〖', '{', '［', '（', '｛', '<', '《'];
    const spaces = ['', ' ', '\u3000', '\u00a0'];
    const digits = ['2024', '２０２４', '202', '20２4'];
    for (const o of opens) for (const sp of spaces) for (const d of digits) {
      const t = `济政发${o}${sp}${d}${o === '（' ? '）' : ']'}3号`;
      assert.deepEqual(docNumbersIn(t), findDocNumbers(foldWidth(t), t), JSON.stringify(t));
    }
  });
});
