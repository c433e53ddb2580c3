// Heading and list marks (text/marks.ts): the four GB/T 9704 levels and their broken forms, read
// by default as the document model reads headings, and the other forms each option lets in.
// A mark is summed up as "kind Llevel vvalue script [start,end) len n numeralStart+numeralLength
// unit|canonical mark|ok or no", so one row checks every field.

import * as assert from 'node:assert/strict';
import { canonicalMark, HEADING_MARKS, isCanonicalMark, LOOSE_MARKS, readMark, skipSpace, type Mark, type MarkOptions } from '../../../server/src/core/text/marks';

function sum(m: Mark | null): string {
  if (!m) return 'null';
  return `${m.kind} L${m.level} v${m.value} ${m.script} [${m.start},${m.end}) len${m.length} n${m.numeralStart}+${m.numeralLength} ${m.unit}|${m.canonicalMark}|${m.canonical ? 'ok' : 'no'}`;
}

/** Rows of [text, expected summary, why]; read at 0 with the given options. */
function rows(title: string, options: () => MarkOptions | undefined, cases: Array<[string, string, string]>): void {
  describe(title, () => {
    for (const [text, expected, why] of cases) {
      it(`${text || '(empty)'}: ${why}`, () => assert.equal(sum(readMark(text, 0, options())), expected));
    }
  });
}

rows('readMark, by default: the heading marks of GB/T 9704 and their broken forms', () => undefined, [
  ['一、总体要求', 'numeral L1 v1 chinese [0,2) len2 n0+1 |一、|ok', 'level 1'],
  ['十、附则', 'numeral L1 v10 chinese [0,2) len2 n0+1 |十、|ok', 'ten alone'],
  ['十一、附则', 'numeral L1 v11 chinese [0,3) len3 n0+2 |十一、|ok', 'the whole numeral, not 十'],
  ['二十、其他', 'numeral L1 v20 chinese [0,3) len3 n0+2 |二十、|ok', 'twenty'],
  ['九十九、其他', 'numeral L1 v99 chinese [0,4) len4 n0+3 |九十九、|ok', 'three characters'],
  ['三．步骤', 'numeral L1 v3 chinese [0,2) len2 n0+1 |三、|no', 'a full-width stop after a Chinese numeral'],
  ['四，措施', 'numeral L1 v4 chinese [0,2) len2 n0+1 |四、|no', 'a comma'],
  ['五,措施', 'numeral L1 v5 chinese [0,2) len2 n0+1 |五、|no', 'a half-width comma'],
  ['六.措施', 'numeral L1 v6 chinese [0,2) len2 n0+1 |六、|no', 'a half-width stop'],
  ['一、2024年以来', 'numeral L1 v1 chinese [0,2) len2 n0+1 |一、|ok', '、 may be followed by a figure'],
  ['一、三季度', 'numeral L1 v1 chinese [0,2) len2 n0+1 |一、|ok', 'only the next numeral makes an enumeration'],
  ['一、', 'numeral L1 v1 chinese [0,2) len2 n0+1 |一、|ok', 'a mark followed by nothing'],
  ['一〇、其他', 'numeral L1 v10 chinese [0,3) len3 n0+2 |十、|no', '〇 spells a checked number digit by digit'],
  ['（一）目标', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|ok', 'level 2'],
  ['(二)原则', 'numeral L2 v2 chinese [0,3) len3 n1+1 |（二）|no', 'half-width brackets'],
  ['（一)目标', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|no', 'one half-width bracket'],
  ['（十二）其他', 'numeral L2 v12 chinese [0,4) len4 n1+2 |（十二）|ok', 'two characters in brackets'],
  ['（三）、步骤', 'numeral L2 v3 chinese [0,4) len4 n1+1 |（三）|no', 'a stop after the bracket belongs to the mark'],
  ['(四），分工', 'numeral L2 v4 chinese [0,4) len4 n1+1 |（四）|no', 'a comma after the bracket'],
  ['（一）', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|ok', 'brackets followed by nothing'],
  ['1.组织领导', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'level 3'],
  ['1.', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'a stop followed by nothing'],
  ['12、经费', 'numeral L3 v12 arabic [0,3) len3 n0+2 |12.|no', '、 after an Arabic numeral'],
  ['１．宣传', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'full-width digit and stop are the same mark'],
  ['１２．宣传', 'numeral L3 v12 arabic [0,3) len3 n0+2 |12.|ok', 'two full-width digits'],
  ['200.最后', 'numeral L3 v200 arabic [0,4) len4 n0+3 |200.|ok', 'the highest heading number'],
  ['２，督导', 'numeral L3 v2 arabic [0,2) len2 n0+1 |2.|no', 'a comma before words'],
  ['3，“三线”', 'numeral L3 v3 arabic [0,2) len2 n0+1 |3.|no', 'a comma before a quotation'],
  ['4,《办法》', 'numeral L3 v4 arabic [0,2) len2 n0+1 |4.|no', 'a half-width comma before a title'],
  ['5,"六稳"', 'numeral L3 v5 arabic [0,2) len2 n0+1 |5.|no', 'a half-width comma before a straight quote'],
  ['1.PPP项目', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'Latin letters after a stop'],
  ['1./', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', '/ sits just before 0 and is no figure'],
  ['1.:', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', ': sits just after 9 and is no figure'],
  ['（1）频次', 'numeral L4 v1 arabic [0,3) len3 n1+1 |（1）|ok', 'level 4'],
  ['(2)方式', 'numeral L4 v2 arabic [0,3) len3 n1+1 |（2）|no', 'half-width brackets'],
  ['（１５）其他', 'numeral L4 v15 arabic [0,4) len4 n1+2 |（15）|ok', 'full-width digits in brackets'],
  ['（123）其他', 'numeral L4 v123 arabic [0,5) len5 n1+3 |（123）|ok', 'three digits in brackets'],
  ['（3）、要求', 'numeral L4 v3 arabic [0,4) len4 n1+1 |（3）|no', 'a stop after the bracket'],
]);

rows('readMark, by default: running text and other marks are no heading marks', () => undefined, [
  ['', 'null', 'nothing to read'],
  ['一是加强领导', 'null', '一是 has no mark'],
  ['2024年', 'null', 'a year'],
  ['1.5亿元资金', 'null', 'a decimal fraction'],
  ['1.０倍', 'null', 'a full-width figure after the stop'],
  ['1.９倍', 'null', 'the last full-width figure'],
  ['1、2号', 'null', 'any stop after an Arabic numeral is guarded'],
  ['0.5亿元', 'null', 'zero and a decimal'],
  ['0.说明', 'null', 'zero is no heading number'],
  ['201.超出', 'null', 'more than 200'],
  ['1234.超出', 'null', 'four digits'],
  ['1，2，3号', 'null', 'a list of numbers'],
  ['2，', 'null', 'a number and a comma ending a wrapped line'],
  ['1, 2号', 'null', 'a space after the comma'],
  ['2，a', 'null', 'a comma before a letter'],
  ['一，2024年完成', 'null', 'a comma before a figure'],
  ['一.5倍', 'null', 'a stop before a figure'],
  ['一、二季度', 'null', 'an enumeration of numerals'],
  ['九、十月份', 'null', 'nine and ten'],
  ['一二三四、', 'null', 'four characters are no numeral'],
  ['十十、说明', 'null', '十十 has no value'],
  ['〇、说明', 'null', 'zero'],
  ['一百、说明', 'null', '百 is not read'],
  ['1一、', 'null', 'a numeral mixing scripts'],
  ['（十十）说明', 'null', 'no value in brackets'],
  ['（〇）说明', 'null', 'zero in brackets'],
  ['（0）说明', 'null', 'Arabic zero in brackets'],
  ['（1234）', 'null', 'four digits in brackets'],
  ['（1一）', 'null', 'mixed scripts in brackets'],
  ['（）', 'null', 'empty brackets'],
  ['（一项工作）', 'null', 'no closing bracket after the numeral'],
  ['（1、', 'null', 'a stop does not close a bracket here'],
  ['(注)本表', 'null', 'a note in brackets'],
  ['一）说明', 'null', 'a closing bracket alone'],
  ['1)说明', 'null', 'a closing bracket alone after a figure'],
  ['第一条 总则', 'null', 'an article'],
  ['①说明', 'null', 'circled numbers are not read'],
  ['•说明', 'null', 'nor bullets'],
  ['一', 'null', 'a numeral alone'],
]);

describe('readMark: where it reads', () => {
  it('reads at an offset, and its offsets are the text’s', () => {
    assert.equal(sum(readMark('见（十二）、', 1)), 'numeral L2 v12 chinese [1,6) len5 n2+2 |（十二）|no');
    assert.equal(sum(readMark('　（1）', 1)), 'numeral L4 v1 arabic [1,4) len3 n2+1 |（1）|ok');
    assert.equal(sum(readMark('第二站', 1, { chinese: { stops: '站' } })), 'numeral L1 v2 chinese [1,3) len2 n1+1 |二、|no');
    // The longest numerals, read at an offset: their length is counted from the offset.
    assert.equal(sum(readMark('见二十一、', 1, { chinese: { stops: '、' } })), 'numeral L1 v21 chinese [1,5) len4 n1+3 |二十一、|ok');
    assert.equal(sum(readMark('见（二十一）', 1, { brackets: {} })), 'numeral L2 v21 chinese [1,6) len5 n2+3 |（二十一）|ok');
    assert.equal(sum(readMark('到第二十一站', 1, { ordinals: '站' })), 'ordinal L0 v21 chinese [1,6) len5 n2+3 站||no');
  });

  it('reads nothing past the end, and no white space before a mark', () => {
    assert.equal(readMark('一、', 2), null);
    assert.equal(readMark('一、', 5), null);
    assert.equal(readMark(' 一、'), null);
  });
});

rows('readMark: the forms without brackets follow their options', () => ({ chinese: { stops: '、' }, arabic: { stops: '.)', length: 2 } }), [
  ['一、', 'numeral L1 v1 chinese [0,2) len2 n0+1 |一、|ok', 'a Chinese stop given'],
  ['一.', 'null', 'a Chinese stop not given'],
  ['二十一、', 'numeral L1 v21 chinese [0,4) len4 n0+3 |二十一、|ok', 'three characters by default'],
  ['二十一十、', 'null', 'four characters'],
  ['十十、', 'numeral L1 vnull chinese [0,3) len3 n0+2 ||no', 'numbers are not checked outside headings'],
  ['〇、', 'null', '〇 is read only where numbers are checked'],
  ['12.', 'numeral L3 v12 arabic [0,3) len3 n0+2 |12.|ok', 'two digits'],
  ['123.', 'null', 'longer than the length given'],
  ['1)', 'numeral L4 v1 arabic [0,2) len2 n0+1 |（1）|no', 'a closing bracket alone stands for level 4'],
  ['0.', 'numeral L3 v0 arabic [0,2) len2 n0+1 ||no', 'zero is read, with no canonical mark'],
  ['1.5', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'no stop is guarded'],
  ['1、', 'null', 'an Arabic stop not given'],
  ['1一.', 'null', 'mixed scripts are not read'],
  ['（一）', 'null', 'brackets are not read'],
  ['第一站', 'null', 'nor ordinals'],
]);

rows('readMark: a form left out is not read', () => ({ arabic: { stops: '.' } }), [
  ['一、', 'null', 'no Chinese numerals'],
  ['1.', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'Arabic ones'],
]);

rows('readMark: Chinese numerals only', () => ({ chinese: { stops: '、)', length: 1 } }), [
  ['1.', 'null', 'no Arabic numerals'],
  ['十、', 'numeral L1 v10 chinese [0,2) len2 n0+1 |十、|ok', 'one character'],
  ['十一、', 'null', 'longer than the length given'],
  ['一)', 'numeral L2 v1 chinese [0,2) len2 n0+1 |（一）|no', 'a closing bracket alone stands for level 2'],
]);

rows('readMark: guarded stops and clocks', () => ({ chinese: { stops: '、.', guarded: '.' }, arabic: { stops: '、.', guarded: '.' }, clockColons: ':∶' }), [
  ['1.5亿', 'null', 'a figure after a guarded stop'],
  ['1.９', 'null', 'a full-width figure'],
  ['1.', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'nothing after it'],
  ['1.9:00', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'a clock'],
  ['1.10:00', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'a clock with two figures'],
  ['1.9∶00', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'another colon given'],
  ['1.9：00', 'null', 'a colon not given'],
  ['1.100:00', 'null', 'three figures are no clock'],
  ['1.1', 'null', 'a figure and nothing after it'],
  ['1.12', 'null', 'two figures and nothing after them'],
  ['1、5', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|no', 'an unguarded stop'],
  ['一.5', 'null', 'a guarded Chinese stop'],
  ['一、5', 'numeral L1 v1 chinese [0,2) len2 n0+1 |一、|ok', 'an unguarded Chinese stop'],
]);

rows('readMark: guarded stops without clocks', () => ({ arabic: { stops: '.', guarded: '.' } }), [
  ['1.9:00', 'null', 'no colons given: a figure is a figure'],
  ['1.a', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'no figure'],
  ['1.／', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', '／ sits just before the full-width figures'],
  ['1.：', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', '： sits just after them'],
  ['1.', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'nothing after it'],
]);

rows('readMark: a guarded stop that must be followed (guardEnd)', () => ({ arabic: { stops: '.、', guarded: '.' }, guardEnd: true }), [
  ['1.', 'null', 'a stop ending the text'],
  ['1. ', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'a space after it'],
  ['1、', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|no', 'an unguarded stop may end the text'],
]);

rows('readMark: numerals mixing scripts', () => ({ chinese: { stops: '、' }, arabic: { stops: '.' }, mixed: true }), [
  ['1一.', 'numeral L0 vnull mixed [0,3) len3 n0+2 ||no', 'read, ending as an Arabic numeral does'],
  ['1一、', 'null', 'not with a Chinese stop'],
  ['一1.', 'numeral L0 vnull mixed [0,3) len3 n0+2 ||no', 'either script first'],
  ['1.', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'one script is no mix'],
]);

rows('readMark: brackets', () => ({ brackets: {} }), [
  ['（一）', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|ok', 'Chinese'],
  ['(1)', 'numeral L4 v1 arabic [0,3) len3 n1+1 |（1）|no', 'Arabic'],
  ['（十二）、', 'numeral L2 v12 chinese [0,4) len4 n1+2 |（十二）|ok', 'no suffixes given: the stop is not the mark’s'],
  ['（十十）', 'numeral L2 vnull chinese [0,4) len4 n1+2 ||no', 'numbers are not checked'],
  ['（0）', 'numeral L4 v0 arabic [0,3) len3 n1+1 ||no', 'zero'],
  ['（1一）', 'null', 'mixed scripts not given'],
  ['（〇）', 'null', '〇 is read only where numbers are checked'],
  ['（1、', 'null', 'half-open not given'],
  ['（二十一）', 'numeral L2 v21 chinese [0,5) len5 n1+3 |（二十一）|ok', 'three characters'],
  ['（二十一十）', 'null', 'four characters'],
  ['一、', 'null', 'no bare forms given'],
]);

rows('readMark: brackets with mixed scripts and suffixes', () => ({ brackets: { mixed: true, suffixes: '、' } }), [
  ['（1一）', 'numeral L0 vnull mixed [0,4) len4 n1+2 ||no', 'mixed scripts'],
  ['（一）、', 'numeral L2 v1 chinese [0,4) len4 n1+1 |（一）|no', 'a suffix given'],
  ['（一），', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|ok', 'a suffix not given'],
]);

rows('readMark: half-open brackets take the stops of the numeral’s script', () => ({ chinese: { stops: '、' }, arabic: { stops: '.' }, brackets: { halfOpen: true, mixed: true } }), [
  ['（一、', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|no', 'a Chinese stop'],
  ['（一.', 'null', 'an Arabic stop after a Chinese numeral'],
  ['(1.', 'numeral L4 v1 arabic [0,3) len3 n1+1 |（1）|no', 'an Arabic stop'],
  ['(1、', 'null', 'a Chinese stop after an Arabic numeral'],
  ['(1一.', 'numeral L0 vnull mixed [0,4) len4 n1+2 ||no', 'mixed scripts end as Arabic ones'],
  ['(1)', 'numeral L4 v1 arabic [0,3) len3 n1+1 |（1）|no', 'a closing bracket all the same'],
]);

rows('readMark: half-open brackets without a form for the script', () => ({ chinese: { stops: '、' }, brackets: { halfOpen: true } }), [
  ['(1.', 'null', 'no Arabic form'],
  ['(1、', 'null', 'nor its stops'],
  ['（一、', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|no', 'the Chinese form'],
]);

rows('readMark: circled numbers', () => ({ circled: true }), [
  ['①说明', 'circled L0 v1 null [0,1) len1 n0+1 ||no', 'the first'],
  ['⑳', 'circled L0 v20 null [0,1) len1 n0+1 ||no', 'the last'],
  ['⑴', 'null', 'a parenthesised number just after them'],
  ['\u245f', 'null', 'the code point just before them'],
]);

rows('readMark: ordinals', () => ({ ordinals: '站项' }), [
  ['第一站', 'ordinal L0 v1 chinese [0,3) len3 n1+1 站||no', '第一站'],
  ['第12项：', 'ordinal L0 v12 arabic [0,4) len4 n1+2 项||no', 'Arabic figures'],
  ['第１２项', 'ordinal L0 v12 arabic [0,4) len4 n1+2 项||no', 'full-width figures'],
  ['第十二站', 'ordinal L0 v12 chinese [0,4) len4 n1+2 站||no', 'two characters'],
  ['第1一站', 'ordinal L0 vnull mixed [0,4) len4 n1+2 站||no', 'mixed scripts'],
  ['第一二三站', 'ordinal L0 v123 chinese [0,5) len5 n1+3 站||no', 'three characters'],
  ['第一二三四站', 'null', 'four characters'],
  ['第一条', 'null', 'a word not given'],
  ['第站', 'null', 'no numeral'],
  ['第一', 'null', 'no word'],
  ['第〇站', 'null', '〇 is read only where numbers are checked'],
]);

rows('readMark: ordinals are not read unless given', () => ({ chinese: { stops: '站' } }), [['第一站', 'null', 'no ordinal words']]);

rows('readMark: bullets', () => ({ bullets: '•-' }), [
  ['•说明', 'bullet L0 vnull null [0,1) len1 n0+0 ||no', 'a bullet'],
  ['-', 'bullet L0 vnull null [0,1) len1 n0+0 ||no', 'another'],
  ['*说明', 'null', 'a character not given'],
]);

rows('readMark: the heading checks apply to the forms given', () => ({ chinese: { stops: '、' }, arabic: { stops: '.，' }, brackets: {}, headings: true }), [
  ['一、二', 'null', 'an enumeration'],
  ['十、', 'numeral L1 v10 chinese [0,2) len2 n0+1 |十、|ok', 'a number'],
  ['〇、', 'null', 'zero'],
  ['0.', 'null', 'Arabic zero'],
  ['201.', 'null', 'more than 200'],
  ['2，', 'null', 'a comma before nothing'],
  ['2，加强', 'numeral L3 v2 arabic [0,2) len2 n0+1 |2.|no', 'a comma before words'],
  ['（0）', 'null', 'zero in brackets'],
  ['（一〇）', 'numeral L2 v10 chinese [0,4) len4 n1+2 |（十）|no', '〇 in a checked number'],
]);

rows('readMark: LOOSE_MARKS, for lines that must hold something else as well', () => LOOSE_MARKS, [
  ['1)', 'numeral L4 v1 arabic [0,2) len2 n0+1 |（1）|no', 'a closing bracket'],
  ['一）', 'numeral L2 v1 chinese [0,2) len2 n0+1 |（一）|no', 'a closing bracket after a Chinese numeral'],
  ['(1、', 'numeral L4 v1 arabic [0,3) len3 n1+1 |（1）|no', 'a stop closing a bracket'],
  ['（一.', 'numeral L2 v1 chinese [0,3) len3 n1+1 |（一）|no', 'another'],
  ['1一、', 'numeral L0 vnull mixed [0,3) len3 n0+2 ||no', 'mixed scripts'],
  ['（1一）', 'numeral L0 vnull mixed [0,4) len4 n1+2 ||no', 'mixed scripts in brackets'],
  ['1.5', 'numeral L3 v1 arabic [0,2) len2 n0+1 |1.|ok', 'no stop is guarded'],
  ['（1）、', 'numeral L4 v1 arabic [0,3) len3 n1+1 |（1）|ok', 'no suffix'],
  ['1，', 'null', 'no comma'],
  ['①', 'null', 'no circled numbers'],
]);

describe('HEADING_MARKS', () => {
  it('is what readMark reads by default', () => {
    assert.equal(sum(readMark('（三）、', 0, HEADING_MARKS)), sum(readMark('（三）、')));
    assert.equal(readMark('1，2', 0, HEADING_MARKS), null);
  });
});

describe('skipSpace', () => {
  it('skips white space as \\s has it, from where it is told', () => {
    assert.deepEqual(
      [skipSpace(' \u3000\t一', 0), skipSpace('一  二', 1), skipSpace('一二', 1), skipSpace('  ', 0), skipSpace('', 0), skipSpace('a b', 3)],
      [3, 3, 1, 2, 0, 3],
    );
  });
});

describe('canonicalMark', () => {
  it('writes each level as GB/T 9704 does', () => {
    assert.deepEqual(
      [canonicalMark(1, 12), canonicalMark(2, 3), canonicalMark(3, 4), canonicalMark(4, 5), canonicalMark(1, 10), canonicalMark(2, 21)],
      ['十二、', '（三）', '4.', '（5）', '十、', '（二十一）'],
    );
  });
});

describe('isCanonicalMark', () => {
  const CASES: Array<[string, number, number, boolean]> = [
    ['一、', 1, 1, true],
    ['一．', 1, 1, false],
    ['二、', 1, 1, false],
    ['（一）', 2, 1, true],
    ['(一)', 2, 1, false],
    ['1.', 3, 1, true],
    ['１．', 3, 1, true],
    ['123.', 3, 123, true],
    ['1234.', 3, 1234, true],
    ['1、', 3, 1, false],
    ['1..', 3, 1, false],
    ['a1.', 3, 1, false],
    ['（1）', 2, 1, false],
    ['x（1）', 4, 1, false],
    ['（1）', 4, 1, true],
    ['（１２）', 4, 12, true],
    ['（1）、', 4, 1, false],
    ['(1)', 4, 1, false],
    ['①', 0, 1, false],
  ];
  for (const [written, level, n, ok] of CASES) {
    it(`${written} at level ${level} ${ok ? 'is' : 'is not'} canonical`, () => assert.equal(isCanonicalMark(written, level, n), ok));
  }
});
