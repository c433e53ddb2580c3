// A meeting's days written as a range without a year (4月29日至5月2日) step through the real
// calendar: April has no 31st, so the range holds four days, not five.

import * as assert from 'node:assert/strict';
import { agendaOf } from '../../server/src/core/agenda';
import { meetingDays } from '../../server/src/core/agenda/budget';
import { DEFAULT_NAMES } from '../../server/src/core/config/resolve';
import { buildModel } from '../../server/src/core/model/build';

function agendaText(when: string): string {
  return [
    '全市安全生产工作会议议程',
    '',
    `会议时间：${when}`,
    '会议地点：市政府第一会议室',
    '',
    '一、市安委会办公室汇报全市安全生产工作情况（10分钟）',
    '二、市长讲话（40分钟）',
    '',
  ].join('\n');
}

function daysOf(when: string): { days: string[]; count: number } {
  const a = agendaOf(buildModel(agendaText(when)), DEFAULT_NAMES);
  return { days: a.days.map((d) => `${d.month}月${d.day}日`), count: meetingDays(a) };
}

describe('meeting days of a range without a year', () => {
  it('4月29日至5月2日 holds four days (no 4月31日)', () => {
    const r = daysOf('4月29日至5月2日');
    assert.deepEqual(r.days, ['4月29日', '4月30日', '5月1日', '5月2日']);
    assert.equal(r.count, 4);
  });

  it('6月29日至2日 rolls into July after the 30th', () => {
    assert.deepEqual(daysOf('6月29日至2日').days, ['6月29日', '6月30日', '7月1日', '7月2日']);
  });

  it('1月30日至2月2日 keeps January’s 31st', () => {
    assert.deepEqual(daysOf('1月30日至2月2日').days, ['1月30日', '1月31日', '2月1日', '2月2日']);
  });

  it('12月30日至1月2日 crosses the year', () => {
    assert.deepEqual(daysOf('12月30日至1月2日').days, ['12月30日', '12月31日', '1月1日', '1月2日']);
  });

  it('with a year the same range is read from the calendar too', () => {
    const r = daysOf('2026年4月29日至5月2日');
    assert.deepEqual(r.days, ['4月29日', '4月30日', '5月1日', '5月2日']);
    assert.equal(r.count, 4);
  });
});
