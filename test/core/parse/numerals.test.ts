// Chinese numerals as dates, counts and headings write them. Every expected value is the number
// a reader of the text would name, worked out by hand.

import * as assert from 'node:assert/strict';
import { chineseOrdinal, parseCount, parseSmallNumber, parseYearDigits, toChineseSmall, toChineseYear } from '../../../server/src/core/parse/numerals';

describe('parse/numerals: parseYearDigits', () => {
  const CASES: Array<[string, number | null, string]> = [
    ['二〇一九', 2019, '〇 is zero, read digit by digit'],
    ['二○二四', 2024, '○ (U+25CB, the circle) is zero too'],
    ['二零零八', 2008, '零 is zero'],
    ['二OO九', 2009, 'capital letter O for zero, as PDF copies write it'],
    ['二oo九', 2009, 'lower-case o for zero'],
    ['二ＯＯ六', 2006, 'full-width Ｏ for zero'],
    ['二ｏｏ六', 2006, 'full-width ｏ for zero'],
    ['二ΟΟ五', 2005, 'Greek capital omicron for zero'],
    ['2019', 2019, 'ASCII digits'],
    ['1980', 1980, 'ASCII 9 and 8, the top of the range'],
    ['２０１９', 2019, 'full-width digits'],
    ['１９８９', 1989, 'full-width ９ (U+FF19), the last full-width digit'],
    ['二0一九', 2019, 'ASCII 0 among Chinese digits'],
    ['两〇〇〇', 2000, '两 is 2'],
    ['三四五六', 3456, 'every Chinese digit keeps its place'],
    ['七八', 78, 'two digits'],
    ['二〇一x', null, 'a letter that is not a zero look-alike'],
    ['20:9', null, 'the colon right after ASCII 9 is not a digit'],
    ['20/9', null, 'the slash right before ASCII 0 is not a digit'],
    ['２０：９', null, 'the full-width colon right after ９ is not a digit'],
    ['２０／９', null, 'the full-width slash right before ０ is not a digit'],
    ['二十', null, '十 is not a digit of a year'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} → ${want} (${why})`, () => assert.equal(parseYearDigits(s), want));
  }
});

describe('parse/numerals: parseSmallNumber', () => {
  const CASES: Array<[string, number | null, string]> = [
    ['7', 7, 'one ASCII digit'],
    ['12', 12, 'two ASCII digits'],
    ['07', 7, 'a leading zero is dropped'],
    ['１２', 12, 'full-width digits'],
    ['０７', 7, 'full-width with a leading zero'],
    ['１９', 19, 'full-width ９'],
    ['九', 9, 'one Chinese digit'],
    ['一', 1, 'the smallest'],
    ['两', 2, '两 is 2'],
    ['〇', 0, 'a zero alone'],
    ['十', 10, '十 alone is ten'],
    ['十二', 12, '十 then a digit'],
    ['二十', 20, 'a digit then 十'],
    ['二十八', 28, 'tens and units'],
    ['三十一', 31, 'the last day of a month'],
    ['九十九', 99, 'the largest'],
    ['〇七', 7, 'no 十: read digit by digit'],
    ['一二', 12, 'two digits side by side, read digit by digit'],
    ['', null, 'empty'],
    ['二十一日', null, 'longer than three characters'],
    ['百', null, 'a character that is not a digit'],
    ['十十', null, '十 twice'],
    ['十百', null, 'not a digit after 十'],
    ['百十', null, 'not a digit before 十'],
    ['一二十', null, 'two digits before 十'],
    ['十二三', null, 'two digits after 十'],
    ['二三四五', null, 'four digits'],
    ['十5', null, 'Chinese and Arabic digits mixed'],
    ['5十', null, 'Arabic and Chinese digits mixed'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${JSON.stringify(s)} → ${want} (${why})`, () => assert.equal(parseSmallNumber(s), want));
  }
});

describe('parse/numerals: parseCount', () => {
  const CASES: Array<[string, number | null, string]> = [
    ['半', 0.5, 'half'],
    ['1.5', 1.5, 'a decimal'],
    ['3', 3, 'an ASCII digit'],
    ['15', 15, 'two ASCII digits'],
    ['两', 2, '两 alone'],
    ['五', 5, 'a Chinese digit alone'],
    ['十', 10, '十 alone'],
    ['十五', 15, 'a Chinese number with 十'],
    ['二十', 20, 'digit then 十'],
    ['一两', null, 'a rough range (一两天), not twelve'],
    ['三五', null, 'a rough range (三五分钟)'],
    ['半天', null, '半 with more after it is not a count'],
    ['十5', null, 'Chinese and Arabic digits mixed'],
    ['２０', 20, 'full-width digits'],
    ['１．５', 1.5, 'a full-width decimal point'],
    ['1.5.2', null, 'two points is no number'],
    ['2a', null, 'a digit and a letter'],
    ['一百', 100, 'a hundred'],
    ['百', 100, '百 alone'],
    ['两百', 200, '两百'],
    ['一百二十', 120, 'a hundred and twenty'],
    ['一百零五', 105, '零 for an empty tens place'],
    ['一百五', 150, 'a hundred and fifty as it is said'],
    ['一百二', 120, 'a hundred and twenty as it is said'],
    ['一百十', 110, '十 after 百'],
    ['百百', null, 'two hundreds'],
    ['一百二十三四', null, 'too many digits'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} → ${want} (${why})`, () => assert.equal(parseCount(s), want));
  }
});

describe('parse/numerals: writing numbers back', () => {
  const SMALL: Array<[number, string]> = [
    [0, '〇'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [28, '二十八'],
    [30, '三十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [120, '一百二十'],
    [999, '九百九十九'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2024, '二千零二十四'],
    [9999, '九千九百九十九'],
    [10000, '10000'],
    [-1, '-1'],
    [2.5, '2.5'],
  ];
  for (const [n, want] of SMALL) {
    it(`toChineseSmall(${n}) → ${want}`, () => assert.equal(toChineseSmall(n), want));
  }

  it('toChineseYear writes each digit, zero as 〇', () => {
    assert.equal(toChineseYear(2019), '二〇一九');
    assert.equal(toChineseYear(2006), '二〇〇六');
    assert.equal(toChineseYear(1987), '一九八七');
  });

  it('chineseOrdinal writes heading numbers (一、 十一、 二十、 一百零一、)', () => {
    assert.equal(chineseOrdinal(1), '一');
    assert.equal(chineseOrdinal(11), '十一');
    assert.equal(chineseOrdinal(20), '二十');
    assert.equal(chineseOrdinal(101), '一百零一');
  });

  it('no number from 0 to 9999 is written with anything but numerals and units', () => {
    for (let n = 0; n <= 9999; n++) assert.match(toChineseSmall(n), /^[〇一二三四五六七八九十百千零]+$/, String(n));
  });

  it('a number written back reads the same (1–99)', () => {
    for (let n = 1; n <= 99; n++) assert.equal(parseSmallNumber(toChineseSmall(n)), n, String(n));
    assert.equal(parseYearDigits(toChineseYear(2024)), 2024);
  });
});
