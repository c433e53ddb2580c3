// Clock times and ranges as agendas and itineraries write them (9:00—9:10, 下午3:00~4:10,
// 9时至9时30分, 9点半, 上午九时), what is not a time (十点意见, 5时间, a bare 5时), and the helpers
// that place a time in the day and write it back. Offsets are counted by hand on folded text.

import * as assert from 'node:assert/strict';
import { clockText, dayPartOf, dayPartWord, findTimes, formatClock, toMinutes, type ClockTime, type DayPart, type TimeMatch } from '../../../server/src/core/parse/times';

/** H:MM for a test's title, written here: a title is built while the file loads, before any test runs. */
const hhmm = (m: number): string => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

function t(hour: number, minute: number, start: number, end: number, form: ClockTime['form'] = 'colon', chinese = false): ClockTime {
  return { hour, minute, start, end, form, ...(chinese ? { chinese } : {}) };
}

/** A range; `start` includes the day part, `toStart` the end's day part. */
function range(start: number, from: ClockTime, to: ClockTime, dayPart: DayPart | null = null, toDayPart: DayPart | null = null, toStart = to.start): TimeMatch {
  return { start, end: to.end, dayPart, from, to, toDayPart, toStart };
}

/** A single time. */
function single(start: number, from: ClockTime, dayPart: DayPart | null = null): TimeMatch {
  return { start, end: from.end, dayPart, from, to: null, toDayPart: null, toStart: from.end };
}

describe('parse/times: ranges', () => {
  const CASES: Array<[string, TimeMatch[], string]> = [
    ['9:00—9:10', [range(0, t(9, 0, 0, 4), t(9, 10, 5, 9))], 'an em dash'],
    ['9:00-9:10', [range(0, t(9, 0, 0, 4), t(9, 10, 5, 9))], 'a hyphen'],
    ['9:00——9:10', [range(0, t(9, 0, 0, 4), t(9, 10, 6, 10))], 'a double em dash'],
    ['9:30- 11:30', [range(0, t(9, 30, 0, 4), t(11, 30, 6, 11))], 'a space after the dash'],
    ['8:00至10:00', [range(0, t(8, 0, 0, 4), t(10, 0, 5, 10))], '至'],
    ['14:00到17:30', [range(0, t(14, 0, 0, 5), t(17, 30, 6, 11))], '到, 24-hour'],
    ['9∶00～9∶30', [range(0, t(9, 0, 0, 4), t(9, 30, 5, 9))], 'the ratio colon and a full-width tilde'],
    ['下午3:00~4:10', [range(0, t(3, 0, 2, 6), t(4, 10, 7, 11), 'afternoon')], 'a day part before the range'],
    ['上午11:30至下午2:00', [range(0, t(11, 30, 2, 7), t(2, 0, 10, 14), 'morning', 'afternoon', 8)], 'a day part before each end'],
    ['9时至9时30分', [range(0, t(9, 0, 0, 2, 'shi'), t(9, 30, 3, 8, 'shi'))], '时 with minutes at the end'],
    ['9时至10时', [range(0, t(9, 0, 0, 2, 'shi'), t(10, 0, 3, 6, 'shi'))], 'both bare, both 时'],
    ['3点到5点', [range(0, t(3, 0, 0, 2, 'dian'), t(5, 0, 3, 5, 'dian'))], 'both bare, both 点'],
    ['九时至十时', [range(0, t(9, 0, 0, 2, 'shi', true), t(10, 0, 3, 5, 'shi', true))], 'Chinese numerals, both bare'],
    ['9时半至10时', [range(0, t(9, 30, 0, 3, 'shi'), t(10, 0, 4, 7, 'shi'))], '时半 at the start'],
    ['9时30分至10时', [range(0, t(9, 30, 0, 5, 'shi'), t(10, 0, 6, 9, 'shi'))], 'minutes at the start'],
    ['上午8时至12时期间', [range(0, t(8, 0, 2, 4, 'shi'), t(12, 0, 5, 8, 'shi'), 'morning')], '期间 after the end is not 时期'],
    ['9:00至10时', [range(0, t(9, 0, 0, 4), t(10, 0, 5, 8, 'shi'))], 'a full start makes a range with a bare 10时'],
    ['9:00至11:00间', [range(0, t(9, 0, 0, 4), t(11, 0, 5, 10))], '间 after a colon time does not matter'],
    ['会议时间：9:00—11:30', [range(5, t(9, 0, 5, 9), t(11, 30, 10, 15))], 'offsets inside a line'],
    ['会议时间:9:00—11:30', [range(5, t(9, 0, 5, 9), t(11, 30, 10, 15))], 'after a label’s colon folded to ASCII (a paragraph’s key)'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findTimes(s), want));
  }
});

describe('parse/times: single times', () => {
  const CASES: Array<[string, TimeMatch[], string]> = [
    ['9:00', [single(0, t(9, 0, 0, 4))], 'a colon time'],
    ['9∶05', [single(0, t(9, 5, 0, 4))], 'the ratio colon'],
    ['上午9:00', [single(0, t(9, 0, 2, 6), 'morning')], 'with its day part'],
    ['晚上7:30', [single(0, t(7, 30, 2, 6), 'evening')], 'evening'],
    ['9点半', [single(0, t(9, 30, 0, 3, 'dian'))], '点半 is half past'],
    ['9时半', [single(0, t(9, 30, 0, 3, 'shi'))], '时半 is half past, as 九时半 is'],
    ['上午9时半', [single(0, t(9, 30, 2, 5, 'shi'), 'morning')], '时半 with a day part'],
    ['9时30分', [single(0, t(9, 30, 0, 5, 'shi'))], '时 and 分'],
    ['9点30分', [single(0, t(9, 30, 0, 5, 'dian'))], '点 and 分'],
    ['上午9时', [single(0, t(9, 0, 2, 4, 'shi'), 'morning')], 'a day part makes a bare 9时 a time'],
    ['上午九时', [single(0, t(9, 0, 2, 4, 'shi', true), 'morning')], 'Chinese numerals with a day part'],
    ['上午十点', [single(0, t(10, 0, 2, 4, 'dian', true), 'morning')], 'Chinese 点 with a day part'],
    ['九时三十分', [single(0, t(9, 30, 0, 5, 'shi', true))], 'Chinese minutes'],
    ['九点半', [single(0, t(9, 30, 0, 3, 'dian', true))], 'Chinese 点半'],
    ['九点十五分', [single(0, t(9, 15, 0, 5, 'dian', true))], 'Chinese 点 and 分'],
    ['24:00', [single(0, t(24, 0, 0, 5))], 'midnight at the end of the day'],
    ['9:59', [single(0, t(9, 59, 0, 4))], 'the last minute'],
    ['7月28日9:00', [single(5, t(9, 0, 5, 9))], 'a date before the time'],
    ['3月8日9时召开', [single(4, t(9, 0, 4, 6, 'shi'))], 'a bare time after a date, then 召开'],
    ['1.9:00', [single(2, t(9, 0, 2, 6))], 'a list mark before a colon time'],
    ['2.上午9时，全体会议', [single(2, t(9, 0, 4, 6, 'shi'), 'morning')], 'a list mark before a day part'],
    ['9:00 9:10', [single(0, t(9, 0, 0, 4)), single(5, t(9, 10, 5, 9))], 'a space is not a range'],
    ['10:10:10', [single(0, t(10, 10, 0, 5))], 'seconds after a time are no second time (a colon after a digit)'],
  ];
  for (const [s, want, why] of CASES) {
    it(`${s} (${why})`, () => assert.deepEqual(findTimes(s), want));
  }
});

describe('parse/times: a bare 9时 or 3点 is a time only when it reads as one', () => {
  const KEPT: Array<[string, string]> = [
    ['9时许', '许'],
    ['9时整', '整'],
    ['9时前', '前'],
    ['9时后', '后'],
    ['9点开始', '开始'],
    ['9时召开', '召开'],
    ['9时举行', '举行'],
    ['8时报到', '报到'],
    ['9时起', '起'],
  ];
  for (const [s, why] of KEPT) {
    it(`${s} is a time (${why})`, () => {
      const want = single(0, t(+s[0]!, 0, 0, 2, s[1] === '点' ? 'dian' : 'shi'));
      assert.deepEqual(findTimes(s), [want]);
    });
  }

  it('九时许 is a time in Chinese numerals', () => {
    assert.deepEqual(findTimes('九时许'), [single(0, t(9, 0, 0, 2, 'shi', true))]);
  });

  it('9时至10点: forms differ, so 9时 stands alone (followed by 至) and 10点 is dropped', () => {
    assert.deepEqual(findTimes('9时至10点'), [single(0, t(9, 0, 0, 2, 'shi'))]);
  });

  const DROPPED: Array<[string, string]> = [
    ['5时', 'alone'],
    ['二十一时', 'alone, in Chinese numerals'],
    ['共分3点', 'a count of points'],
    ['9时以前', 'only the listed words follow directly'],
    ['5时，整理材料', 'a word further on does not count'],
    ['十点意见', 'Chinese 点 without minutes or a day part'],
    ['同一时间', '时间 is a word'],
    ['第一时间报到', '第一 is an ordinal'],
    ['下跌1.5点后企稳', 'a decimal before 点'],
    ['123:45', 'a longer number before the colon'],
    ['25:00', 'no 25th hour'],
    ['9:60', 'no 60th minute'],
    ['九时六十分', 'no 60th minute in Chinese'],
    ['九时二三十分', 'rough minutes (二三十) are not a number'],
    ['中午十一二点', 'a rough hour (十一二点) is not a number'],
    ['以下三点至关重要', 'three points, though 至 follows'],
    ['关于会议的通知', 'no digit, 时 or 点 at all'],
    ['', 'empty'],
  ];
  for (const [s, why] of DROPPED) {
    it(`${JSON.stringify(s)} is not a time (${why})`, () => assert.deepEqual(findTimes(s), []));
  }
});

describe('parse/times: day parts', () => {
  const PARTS: Array<[string | undefined, DayPart | null]> = [
    [undefined, null],
    ['', null],
    ['上午', 'morning'],
    ['早上', 'morning'],
    ['早晨', 'morning'],
    ['中午', 'noon'],
    ['下午', 'afternoon'],
    ['午后', 'afternoon'],
    ['晚上', 'evening'],
    ['晚间', 'evening'],
    ['傍晚', 'evening'],
    ['夜间', 'evening'],
  ];
  for (const [w, want] of PARTS) {
    it(`dayPartOf(${JSON.stringify(w)}) → ${want}`, () => assert.equal(dayPartOf(w), want));
  }

  const WORDS: Array<[number, string]> = [
    [0, '上午'],
    [9 * 60, '上午'],
    [12 * 60 - 1, '上午'],
    [12 * 60, '中午'],
    [13 * 60 - 1, '中午'],
    [13 * 60, '下午'],
    [18 * 60 - 1, '下午'],
    [18 * 60, '晚上'],
    [21 * 60, '晚上'],
  ];
  for (const [m, want] of WORDS) {
    it(`dayPartWord(${hhmm(m)}) → ${want}`, () => assert.equal(dayPartWord(m), want));
  }
});

describe('parse/times: toMinutes', () => {
  const at = (hour: number, minute: number): ClockTime => t(hour, minute, 0, 4);
  const CASES: Array<[ClockTime, DayPart | null, number, string]> = [
    [at(9, 0), null, 540, 'no day part: as written'],
    [at(2, 30), null, 150, 'no day part: 2:30 stays early morning'],
    [at(9, 5), 'morning', 545, 'morning'],
    [at(2, 30), 'afternoon', 870, '下午2:30 is 14:30'],
    [at(11, 0), 'afternoon', 1380, '1–11 o’clock moves'],
    [at(12, 30), 'afternoon', 750, '12 o’clock does not move'],
    [at(14, 30), 'afternoon', 870, 'already 24-hour'],
    [at(7, 0), 'evening', 1140, '晚上7:00 is 19:00'],
    [at(20, 0), 'evening', 1200, 'already 24-hour'],
    [at(12, 30), 'noon', 750, '中午12:30'],
    [at(1, 0), 'noon', 780, '中午1:00 is 13:00'],
    [at(11, 30), 'noon', 690, '中午11:30 stays before noon'],
  ];
  for (const [time, part, want, why] of CASES) {
    it(`${time.hour}:${time.minute} ${part} → ${want} (${why})`, () => assert.equal(toMinutes(time, part), want));
  }
});

describe('parse/times: writing times back', () => {
  it('clockText writes H:MM', () => {
    assert.equal(clockText(0), '0:00');
    assert.equal(clockText(545), '9:05');
    assert.equal(clockText(600), '10:00');
    assert.equal(clockText(1439), '23:59');
  });

  const CASES: Array<[number, ClockTime, string, string]> = [
    [570, t(9, 0, 0, 4), '9:30', 'colon'],
    [545, t(9, 0, 0, 4), '9:05', 'minutes padded'],
    [870, t(2, 0, 0, 4), '2:30', '12-hour text stays 12-hour'],
    [780, t(1, 0, 0, 4), '1:00', '13:00 in 12-hour text'],
    [750, t(1, 0, 0, 4), '12:30', '12:30 is not written 0:30'],
    [870, t(14, 0, 0, 5), '14:30', '24-hour text stays 24-hour'],
    [840, t(12, 0, 0, 5), '14:00', '12:00 in the text is not 12-hour habit'],
    [570, t(9, 0, 0, 2, 'shi'), '9时30分', '时 with minutes'],
    [540, t(9, 30, 0, 5, 'shi'), '9时', '时 without minutes'],
    [570, t(9, 0, 0, 2, 'dian'), '9点30分', '点 with minutes'],
    [600, t(9, 0, 0, 2, 'dian'), '10点', '点 without minutes'],
    [570, t(9, 0, 0, 2, 'shi', true), '九时三十分', 'Chinese 时 with minutes'],
    [540, t(9, 0, 0, 2, 'shi', true), '九时', 'Chinese 时 without minutes'],
    [615, t(9, 0, 0, 2, 'dian', true), '十点十五分', 'Chinese 点 with minutes'],
    [600, t(9, 0, 0, 2, 'dian', true), '十点', 'Chinese 点 without minutes'],
    [930, t(2, 0, 0, 2, 'shi', true), '三时三十分', 'Chinese, 12-hour'],
  ];
  for (const [m, like, want, why] of CASES) {
    it(`formatClock(${hhmm(m)}) like ${like.form}${like.chinese ? ' (Chinese)' : ''} → ${want} (${why})`, () => assert.equal(formatClock(m, like), want));
  }

  it('a time found and written back in its own form reads the same', () => {
    for (const s of ['9:05', '9时30分', '9点30分', '九时三十分', '10点']) {
      const found = findTimes(s.endsWith('点') ? `${s}开始` : s)[0]!.from;
      assert.equal(formatClock(toMinutes(found, null), found), s);
    }
  });
});
