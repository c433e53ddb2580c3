// Durations of agenda items ((10分钟), 半小时, 一个半小时, 10-15分钟, 每个单位5分钟) as found in
// width-folded text, lead times that are not durations, and counts of speakers. Offsets are
// counted by hand.

import * as assert from 'node:assert/strict';
import { findDayLengths, findDurations, speakerCount, type DayLengthMatch, type DurationMatch } from '../../../server/src/core/parse/durations';

interface Want {
  start: number;
  end: number;
  minutes: number;
  numberStart: number;
  numberEnd: number;
  unit?: 'minute' | 'hour';
  perUnit?: boolean;
  range?: boolean;
  chinese?: boolean;
}

function d(w: Want): DurationMatch {
  return { unit: 'minute', perUnit: false, range: false, chinese: false, ...w } as DurationMatch;
}

describe('parse/durations: findDurations', () => {
  const CASES: Array<[string, DurationMatch[], string]> = [
    ['(10分钟)', [d({ start: 1, end: 5, minutes: 10, numberStart: 1, numberEnd: 3 })], 'minutes in brackets'],
    ['约20分钟', [d({ start: 1, end: 5, minutes: 20, numberStart: 1, numberEnd: 3 })], '约 is not part of it'],
    ['10 分钟', [d({ start: 0, end: 5, minutes: 10, numberStart: 0, numberEnd: 2 })], 'a space before the unit'],
    ['十分钟', [d({ start: 0, end: 3, minutes: 10, numberStart: 0, numberEnd: 1, chinese: true })], 'Chinese numerals'],
    ['二十分钟', [d({ start: 0, end: 4, minutes: 20, numberStart: 0, numberEnd: 2, chinese: true })], 'two Chinese numerals'],
    ['1小时', [d({ start: 0, end: 3, minutes: 60, numberStart: 0, numberEnd: 1, unit: 'hour' })], 'one hour'],
    ['两小时', [d({ start: 0, end: 3, minutes: 120, numberStart: 0, numberEnd: 1, unit: 'hour', chinese: true })], '两 hours'],
    ['2个小时', [d({ start: 0, end: 4, minutes: 120, numberStart: 0, numberEnd: 1, unit: 'hour' })], '个 before the unit'],
    ['3个钟头', [d({ start: 0, end: 4, minutes: 180, numberStart: 0, numberEnd: 1, unit: 'hour' })], '钟头 is an hour'],
    ['半小时', [d({ start: 0, end: 3, minutes: 30, numberStart: 0, numberEnd: 1, unit: 'hour', chinese: true })], 'half an hour'],
    ['一个半小时', [d({ start: 0, end: 5, minutes: 90, numberStart: 0, numberEnd: 1, unit: 'hour', chinese: true })], 'one and a half hours'],
    ['1.5小时', [d({ start: 0, end: 5, minutes: 90, numberStart: 0, numberEnd: 3, unit: 'hour' })], 'a decimal'],
    ['24小时', [d({ start: 0, end: 4, minutes: 1440, numberStart: 0, numberEnd: 2, unit: 'hour' })], 'a whole day is the most'],
    ['10-15分钟', [d({ start: 0, end: 7, minutes: 15, numberStart: 3, numberEnd: 5, range: true })], 'a range counts its upper bound'],
    ['10至15分钟', [d({ start: 0, end: 7, minutes: 15, numberStart: 3, numberEnd: 5, range: true })], '至 for the dash'],
    ['10 ～ 15 分钟', [d({ start: 0, end: 10, minutes: 15, numberStart: 5, numberEnd: 7, range: true })], 'spaces around the dash'],
    ['十至十五分钟', [d({ start: 0, end: 6, minutes: 15, numberStart: 2, numberEnd: 4, range: true, chinese: true })], 'a Chinese range'],
    ['(4.5-5小时)', [d({ start: 1, end: 8, minutes: 300, numberStart: 5, numberEnd: 6, unit: 'hour', range: true })], 'the upper bound is found after the lower one that holds its digit'],
    ['汇报(10分钟)、讲话(30分钟)', [d({ start: 3, end: 7, minutes: 10, numberStart: 3, numberEnd: 5 }), d({ start: 12, end: 16, minutes: 30, numberStart: 12, numberEnd: 14 })], 'two in a line'],
    ['半分钟', [], 'half a minute is not an allotment'],
    ['(0分钟)', [], 'zero minutes'],
    ['25小时', [], 'more than a day'],
    ['一两分钟', [], 'a rough range of Chinese digits'],
    ['三五分钟', [], 'a rough range of Chinese digits'],
    ['会议时间另行通知', [], 'no unit at all'],
    ['20分钟左右', [d({ start: 0, end: 4, minutes: 20, numberStart: 0, numberEnd: 2 })], '左右 after is not part of it'],
    ['不超过20分钟', [d({ start: 3, end: 7, minutes: 20, numberStart: 3, numberEnd: 5 })], 'a cap before'],
    ['两个小时', [d({ start: 0, end: 4, minutes: 120, numberStart: 0, numberEnd: 1, unit: 'hour', chinese: true })], '两个小时'],
    ['十五分钟', [d({ start: 0, end: 4, minutes: 15, numberStart: 0, numberEnd: 2, chinese: true })], '十五'],
    ['一百二十分钟', [d({ start: 0, end: 6, minutes: 120, numberStart: 0, numberEnd: 4, chinese: true })], 'a Chinese number with 百'],
    ['1.25小时', [d({ start: 0, end: 6, minutes: 75, numberStart: 0, numberEnd: 4, unit: 'hour' })], 'two decimals'],
    ['1小时30分', [d({ start: 0, end: 6, minutes: 90, numberStart: 0, numberEnd: 1, unit: 'hour' })], 'hours and minutes: the whole is rewritten'],
    ['1小时30分钟', [d({ start: 0, end: 7, minutes: 90, numberStart: 0, numberEnd: 1, unit: 'hour' })], 'hours and 分钟'],
    ['一小时零五分', [d({ start: 0, end: 6, minutes: 65, numberStart: 0, numberEnd: 1, unit: 'hour', chinese: true })], '零 between hours and minutes'],
    ['1小时60分', [], 'sixty minutes after the hours is not a time anyone writes'],
    ['２０分钟', [d({ start: 0, end: 4, minutes: 20, numberStart: 0, numberEnd: 2 })], 'full-width digits, offsets of the text as given'],
    ['１．５小时', [d({ start: 0, end: 5, minutes: 90, numberStart: 0, numberEnd: 3, unit: 'hour' })], 'a full-width decimal point'],
    ['20分鐘', [d({ start: 0, end: 4, minutes: 20, numberStart: 0, numberEnd: 2 })], 'traditional 分鐘'],
    ['兩個小時', [d({ start: 0, end: 4, minutes: 120, numberStart: 0, numberEnd: 1, unit: 'hour', chinese: true })], 'traditional 兩個小時'],
    ['1小時', [d({ start: 0, end: 3, minutes: 60, numberStart: 0, numberEnd: 1, unit: 'hour' })], 'traditional 小時'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findDurations(s), want));
  }
});

describe('parse/durations: short forms of tables (20分, 15′)', () => {
  const CASES: Array<[string, DurationMatch[], string]> = [
    ['（20分）', [d({ start: 1, end: 4, minutes: 20, numberStart: 1, numberEnd: 3 })], 'a bare 分 in brackets'],
    ['讲话20分；', [d({ start: 2, end: 5, minutes: 20, numberStart: 2, numberEnd: 4 })], 'before a stop'],
    ['发言 5分 |', [d({ start: 3, end: 5, minutes: 5, numberStart: 3, numberEnd: 4 })], 'a table cell'],
    ['汇报20分左右', [d({ start: 2, end: 5, minutes: 20, numberStart: 2, numberEnd: 4 })], '左右 after'],
    ['10-15分', [d({ start: 0, end: 6, minutes: 15, numberStart: 3, numberEnd: 5, range: true })], 'a range of bare 分'],
    ['15′', [d({ start: 0, end: 3, minutes: 15, numberStart: 0, numberEnd: 2 })], 'a prime'],
    ["15'", [d({ start: 0, end: 3, minutes: 15, numberStart: 0, numberEnd: 2 })], 'an apostrophe for the prime'],
    ['15’', [d({ start: 0, end: 3, minutes: 15, numberStart: 0, numberEnd: 2 })], 'a typographic apostrophe'],
    ['致辞（５′）', [d({ start: 3, end: 5, minutes: 5, numberStart: 3, numberEnd: 4 })], 'a full-width digit before the prime'],
    ['得20分', [], 'a score'],
    ['每发现一处问题扣2分', [], 'a deduction'],
    ['满分100分', [], 'full marks'],
    ['考核得分：20分', [], 'a score named in the clause'],
    ['加1分，', [], 'a point added'],
    ['9时20分', [], 'a clock time'],
    ['9点20分', [], 'a clock time with 点'],
    ['8:20分', [], 'a clock time with a colon'],
    ['十分重要', [], '十分 is "very"'],
    ['3分之1', [], 'a fraction'],
    ['20分别', [], '分别 is a word'],
    ['‘15’', [], 'a quoted number'],
    ['36°40′', [], 'minutes of arc'],
    ['15′30″', [], 'minutes and seconds'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findDurations(s), want));
  }
});

describe('parse/durations: lead times are not durations', () => {
  const CASES: Array<[string, string]> = [
    ['请参会人员提前30分钟到场', '提前 … 到场'],
    ['会前15分钟入场', '会前 … 入场'],
    ['请于会议开始前10分钟签到', '开始前 … 签到'],
    ['请各单位提前30分钟', '提前 alone'],
    ['请提前约20分钟', '提前约'],
    ['迟到10分钟按缺席处理', '迟到'],
    ['请于会议开始30分钟前到场', '前到场 after alone'],
    ['请于30分钟之前到达', '之前到达 after'],
    ['请于开会前 10 分钟就座', 'spaces between the words and the number'],
  ];
  for (const [s, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findDurations(s), []));
  }

  it('a lead time does not hide a duration later in the line', () => {
    assert.deepEqual(findDurations('提前10分钟到场；发言(5分钟)'), [d({ start: 12, end: 15, minutes: 5, numberStart: 12, numberEnd: 13 })]);
  });
});

describe('parse/durations: allotments per speaker or unit', () => {
  it('每个单位约5分钟 is per unit', () => {
    assert.deepEqual(findDurations('每个单位约5分钟'), [d({ start: 5, end: 8, minutes: 5, numberStart: 5, numberEnd: 6, perUnit: true })]);
  });

  it('每人发言不超过5分钟 is per speaker', () => {
    assert.deepEqual(findDurations('每人发言不超过5分钟'), [d({ start: 7, end: 10, minutes: 5, numberStart: 7, numberEnd: 8, perUnit: true })]);
  });

  it('各十分钟 is per speaker', () => {
    assert.deepEqual(findDurations('各十分钟'), [d({ start: 1, end: 4, minutes: 10, numberStart: 1, numberEnd: 2, perUnit: true, chinese: true })]);
  });

  it('per unit also when the line goes on long after the allotment', () => {
    const s = '每个单位发言不超过5分钟，请提前准备好书面材料并于会后报送会务组';
    assert.deepEqual(findDurations(s), [d({ start: 9, end: 12, minutes: 5, numberStart: 9, numberEnd: 10, perUnit: true })]);
  });

  it('per unit when 每 is far into a long line', () => {
    const s = '二、县区交流发言：历下区、市中区、槐荫区，每个单位5分钟';
    assert.equal(findDurations(s)[0]?.perUnit, true);
  });

  it('a total for a group is not per unit: 主题发言(6人)(60分钟)', () => {
    assert.deepEqual(findDurations('主题发言(6人)(60分钟)'), [d({ start: 9, end: 13, minutes: 60, numberStart: 9, numberEnd: 11 })]);
  });

  it('每 before a clause break does not reach the allotment', () => {
    assert.equal(findDurations('每个单位报送材料，交流发言10分钟')[0]?.perUnit, false);
  });
});

describe('parse/durations: speakerCount', () => {
  const CASES: Array<[string, number | null, string]> = [
    ['主题发言(6人)', 6, 'N人 in brackets'],
    ['(1人)', 1, 'one speaker'],
    ['十人', 10, 'Chinese numerals'],
    ['4个单位', 4, '个单位'],
    ['2个部门', 2, '个部门'],
    ['三个区县', 3, '个区县'],
    ['两个区', 2, '个区'],
    ['3个县', 3, '个县'],
    ['2个市', 2, '个市'],
    ['6个镇', 6, '个镇'],
    ['2个街道', 2, '个街道'],
    ['4个乡镇', 4, '个乡镇'],
    ['3个企业', 3, '个企业'],
    ['5个代表', 5, '个代表'],
    ['5个地方', 5, '个地方'],
    ['3位同志', 3, '位同志'],
    ['5位', 5, '位 alone'],
    ['两名代表', 2, '名代表'],
    ['10家企业', 10, '家'],
    ['工作人员3人', 3, '人员 without a number before it is passed over'],
    ['县区代表发言(12人)', 12, 'two digits'],
    ['市第一人民医院', null, '一人民 is a name, not a count'],
    ['123人', null, 'a three-digit number is not a count of speakers'],
    ['(0人)', null, 'no speakers'],
    ['一两个单位', null, 'a rough range'],
    ['3个方面', null, '个 before a word that is not a unit'],
    ['交流发言', null, 'no count'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} → ${want} (${why})`, () => assert.equal(speakerCount(s), want));
  }
});

describe('parse/durations: findDayLengths', () => {
  const CASES: Array<[string, DayLengthMatch[], string]> = [
    ['全天', [{ start: 0, end: 2, days: 1 }], 'a whole day'],
    ['实地调研（全天）', [{ start: 5, end: 7, days: 1 }], 'in brackets after an item'],
    ['会期半天', [{ start: 2, end: 4, days: 0.5 }], 'half a day'],
    ['半日', [{ start: 0, end: 2, days: 0.5 }], '半日'],
    ['培训一天半', [{ start: 2, end: 5, days: 1.5 }], 'a day and a half'],
    ['会期两天', [{ start: 2, end: 4, days: 2 }], 'two days'],
    ['一整天', [{ start: 0, end: 3, days: 1 }], '一整天'],
    ['会期２天', [{ start: 2, end: 4, days: 2 }], 'a full-width digit'],
    ['第一天', [], 'the first day is a day, not a length'],
    ['提前一天报到', [], 'a lead time'],
    ['3天内报送', [], 'a period for something else'],
    ['全天候值守', [], '全天候 is round the clock'],
    ['今天', [], 'no length'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findDayLengths(s), want));
  }
});
