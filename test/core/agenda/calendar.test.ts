// §6's calendar: Thursdays are 无会日 and each month has a 无会周, in three readings
// (docs/rules/meeting.no-meeting-week.md). Expected weeks are worked out from the month's first
// weekday: 2024-03-01 is a Friday, 2024-01-01 a Monday, 2024-09-01 a Sunday.

import * as assert from 'node:assert/strict';
import {
  inNoMeetingWeek,
  nearestAllowed,
  noMeetingWeek,
  noMeetingWeekMode,
  proxyDate,
  weekdayOf,
  type NoMeetingWeek,
} from '../../../server/src/core/agenda/calendar';
import { weekday } from '../../../server/src/core/parse/dates';
import type { Ymd } from '../../../server/src/core/semantics/timeline';

const ymd = (year: number, month: number, day: number): Ymd => ({ year, month, day });
const span = (r: [Ymd, Ymd]): string => r.map((d) => `${d.year}-${d.month}-${d.day}`).join('..');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe('agenda calendar', () => {
  describe('noMeetingWeekMode', () => {
    it('keeps the two other readings and defaults everything else to second-monday', () => {
      assert.equal(noMeetingWeekMode('calendar'), 'calendar');
      assert.equal(noMeetingWeekMode('days-8-14'), 'days-8-14');
      assert.equal(noMeetingWeekMode('second-monday'), 'second-monday');
      for (const v of [undefined, null, '', 'Calendar', 'days-8-15', 2, true]) assert.equal(noMeetingWeekMode(v), 'second-monday', String(v));
    });
  });

  describe('weekdayOf', () => {
    it('numbers Sunday 0 … Saturday 6', () => {
      assert.equal(weekdayOf(ymd(2024, 9, 1)), 0); // Sunday
      assert.equal(weekdayOf(ymd(2024, 1, 1)), 1); // Monday
      assert.equal(weekdayOf(ymd(2024, 3, 14)), 4); // Thursday
      assert.equal(weekdayOf(ymd(2024, 3, 16)), 6); // Saturday
    });
  });

  describe('noMeetingWeek', () => {
    // The table of the doc page: March 2024 (the 1st a Friday).
    const table: Array<[NoMeetingWeek, number, number, string]> = [
      ['second-monday', 2024, 3, '2024-3-11..2024-3-17'],
      ['calendar', 2024, 3, '2024-3-4..2024-3-10'],
      ['days-8-14', 2024, 3, '2024-3-8..2024-3-14'],
      // The 1st a Monday: the first Monday is the 1st, so the second is the 8th; the week of the
      // 1st is the first calendar week, the next one starts on the 8th too.
      ['second-monday', 2024, 1, '2024-1-8..2024-1-14'],
      ['calendar', 2024, 1, '2024-1-8..2024-1-14'],
      // The 1st a Sunday: first Monday the 2nd, second the 9th; the week holding the 1st began on
      // Monday 26 August, so the second calendar week is 2–8 September.
      ['second-monday', 2024, 9, '2024-9-9..2024-9-15'],
      ['calendar', 2024, 9, '2024-9-2..2024-9-8'],
      // The 1st a Tuesday (2024-10-01): first Monday the 7th, second the 14th; the week of the 1st
      // began on 30 September, the next on 7 October.
      ['second-monday', 2024, 10, '2024-10-14..2024-10-20'],
      ['calendar', 2024, 10, '2024-10-7..2024-10-13'],
      ['days-8-14', 2025, 2, '2025-2-8..2025-2-14'],
    ];
    for (const [mode, y, m, want] of table) {
      it(`${mode} ${y}-${m} is ${want}`, () => assert.equal(span(noMeetingWeek(y, m, mode)), want));
    }

    it('always starts on a Monday in the two week readings', () => {
      for (let m = 1; m <= 12; m++) {
        for (const mode of ['second-monday', 'calendar'] as const) {
          const [a, b] = noMeetingWeek(2025, m, mode);
          assert.equal(weekdayOf(a), 1, `${mode} 2025-${m}`);
          assert.equal(weekdayOf(b), 0, `${mode} 2025-${m}`);
        }
      }
    });
  });

  describe('inNoMeetingWeek', () => {
    it('takes in both ends of the week and nothing beyond', () => {
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 10), 'second-monday'), false);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 11), 'second-monday'), true);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 17), 'second-monday'), true);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 18), 'second-monday'), false);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 7), 'days-8-14'), false);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 8), 'days-8-14'), true);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 14), 'days-8-14'), true);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 15), 'days-8-14'), false);
    });

    it('reads the week of the date’s own month (12 March is in it for one reading only)', () => {
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 12), 'second-monday'), true);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 12), 'calendar'), false);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 5), 'calendar'), true);
      assert.equal(inNoMeetingWeek(ymd(2024, 3, 5), 'second-monday'), false);
    });
  });

  describe('nearestAllowed', () => {
    it('steps over a Thursday to the Wednesday before or the Friday after', () => {
      // 2024-03-21 is a Thursday of the third week.
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 21), -1, 'second-monday'), ymd(2024, 3, 20));
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 21), 1, 'second-monday'), ymd(2024, 3, 22));
    });

    it('steps over the whole 无会周 and the weekend (doc: 3月12日 → 3月8日 / 3月18日)', () => {
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 12), -1, 'second-monday'), ymd(2024, 3, 8));
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 12), 1, 'second-monday'), ymd(2024, 3, 18));
    });

    it('follows the reading: days-8-14 ends on Thursday the 14th, so Friday the 15th is free', () => {
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 14), 1, 'days-8-14'), ymd(2024, 3, 15));
      // Back from the 14th: 8–13 are in the week, the 7th is a Thursday, the 6th a Wednesday.
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 14), -1, 'days-8-14'), ymd(2024, 3, 6));
      // calendar (4–10 March): the 13th, a Wednesday, is free.
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 14), -1, 'calendar'), ymd(2024, 3, 13));
    });

    it('never returns the day itself, even when it is allowed', () => {
      // 2024-03-19 (Tuesday) is allowed; the nearest other days are the 18th and the 20th.
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 19), -1, 'second-monday'), ymd(2024, 3, 18));
      assert.deepEqual(nearestAllowed(ymd(2024, 3, 19), 1, 'second-monday'), ymd(2024, 3, 20));
    });

    it('crosses a month end and a year end', () => {
      // 2024-12-31 is a Tuesday; 2025-01-01 a Wednesday, outside January's 无会周 (13–19).
      assert.deepEqual(nearestAllowed(ymd(2024, 12, 31), 1, 'second-monday'), ymd(2025, 1, 1));
      // 2024-12-02 is a Monday: back over the weekend to Friday 29 November.
      assert.deepEqual(nearestAllowed(ymd(2024, 12, 2), -1, 'second-monday'), ymd(2024, 11, 29));
    });
  });

  describe('proxyDate', () => {
    it('finds a date with that month, day and weekday', () => {
      for (let wd = 0; wd < 7; wd++) {
        const d = proxyDate(3, 14, wd);
        assert.ok(d, `weekday ${wd}`);
        assert.equal(d.month, 3);
        assert.equal(d.day, 14);
        assert.equal(weekday(d.year, d.month, d.day), wd);
      }
    });

    it('prefers a common year, so that the days after 28 February step as in most years', () => {
      for (const [m, day] of [[3, 1], [1, 31], [2, 28], [12, 31], [3, 29]] as const) {
        for (let wd = 0; wd < 7; wd++) {
          const d = proxyDate(m, day, wd)!;
          assert.equal(isLeap(d.year), false, `${m}-${day} weekday ${wd}: ${d.year}`);
        }
      }
    });

    it('takes a leap year for 2月29日, for every weekday', () => {
      for (let wd = 0; wd < 7; wd++) {
        const d = proxyDate(2, 29, wd);
        assert.ok(d, `weekday ${wd}`);
        assert.equal(isLeap(d.year), true);
        assert.equal(weekday(d.year, 2, 29), wd);
      }
    });

    it('has none for a day that does not exist', () => {
      assert.equal(proxyDate(2, 30, 1), null);
      assert.equal(proxyDate(4, 31, 3), null);
      assert.equal(proxyDate(13, 1, 3), null);
    });

    it('gives the 无会周 the written date would have in a real year', () => {
      // 3月12日（星期二）: 2024 is such a year, and 12 March is in its 无会周 (11–17).
      const d = proxyDate(3, 12, 2)!;
      assert.equal(inNoMeetingWeek(d, 'second-monday'), true);
      assert.equal(inNoMeetingWeek(proxyDate(3, 19, 2)!, 'second-monday'), false);
    });
  });
});
