// The meeting's length and days (meeting.duration, docs/rules/meeting.duration.md): first start
// to last end of the busiest day, the stated time counting too; the sum of the durations when no
// clock time is written (a session holding other items not counted twice); the distinct dates or
// the stated 会期, whichever is more.

import * as assert from 'node:assert/strict';
import { agendaOf } from '../../../server/src/core/agenda';
import { itemLabel, meetingDays, meetingLength } from '../../../server/src/core/agenda/budget';
import type { Agenda, AgendaItem, MeetingDay } from '../../../server/src/core/agenda/types';
import { DEFAULT_NAMES } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';

const agendaIn = (text: string): Agenda => agendaOf(buildModel(text), DEFAULT_NAMES);
const hm = (h: number, m = 0): number => h * 60 + m;

/** An item with only what the helpers read; the rest stays empty. */
function item(over: Partial<AgendaItem>): AgendaItem {
  return {
    para: null as never,
    start: 0,
    end: 0,
    parts: [],
    text: '',
    label: '',
    dayIndex: 0,
    dayPart: null,
    time: null,
    from: null,
    to: null,
    toInferred: false,
    duration: null,
    durationPara: null,
    speakers: null,
    perSpeaker: null,
    length: null,
    minutes: null,
    speaker: '',
    role: 'other',
    container: false,
    ...over,
  };
}

function day(month: number, d: number): MeetingDay {
  return { date: null, calendarDate: null, month, day: d, para: null as never, start: 0, end: 0, match: null, weekdayNote: null, inRange: false, mentions: [] };
}

function agenda(over: Partial<Agenda>): Agenda {
  return { days: [], items: [], host: null, convener: null, headcount: null, departments: null, implementsHigher: false, statutory: false, declaredDays: null, window: null, ...over };
}

describe('agenda budget helpers', () => {
  describe('itemLabel', () => {
    it('keeps a label of up to 24 characters and cuts a longer one with an ellipsis', () => {
      const l24 = '市发展改革委汇报全市重点项目建设推进情况及其打算';
      assert.equal(l24.length, 24);
      assert.equal(itemLabel(item({ label: l24 })), l24);
      assert.equal(itemLabel(item({ label: `${l24}安排` })), `${l24}…`);
      assert.equal(itemLabel(item({ label: '市长讲话' })), '市长讲话');
    });
  });

  describe('meetingLength', () => {
    it('is null for an agenda without times or durations', () => {
      assert.equal(meetingLength(agenda({ items: [item({ role: 'report' })] })), null);
      assert.equal(meetingLength(agenda({})), null);
    });

    it('runs from the first start to the last end of the day', () => {
      const a = agenda({ items: [item({ from: hm(9), to: hm(9, 10) }), item({ from: hm(10, 30), to: hm(11, 20) })] });
      assert.deepEqual(meetingLength(a), { minutes: 140, spansHalves: false });
    });

    it('ends a start-only item at start + its length, or at its start when none is known', () => {
      const withLength = agenda({ items: [item({ from: hm(9), to: hm(9, 30) }), item({ from: hm(9, 30), length: 45 })] });
      assert.equal(meetingLength(withLength)!.minutes, 75);
      const bare = agenda({ items: [item({ from: hm(9), to: hm(9, 30) }), item({ from: hm(10) })] });
      assert.equal(meetingLength(bare)!.minutes, 60);
    });

    it('takes the busiest day, not the sum of the days', () => {
      const a = agenda({
        items: [
          item({ dayIndex: 0, from: hm(9), to: hm(11) }),
          item({ dayIndex: 1, from: hm(8, 30), to: hm(11, 45) }),
          item({ dayIndex: 2, from: hm(14), to: hm(15) }),
        ],
      });
      assert.deepEqual(meetingLength(a), { minutes: 195, spansHalves: false });
    });

    it('spans the halves when a day starts before 12:00 and ends after 13:00', () => {
      const a = agenda({ items: [item({ from: hm(11), to: hm(11, 30) }), item({ from: hm(13), to: hm(13, 30) })] });
      assert.deepEqual(meetingLength(a), { minutes: 150, spansHalves: true });
    });

    it('does not span the halves at the edges: a start at 12:00, an end at 13:00', () => {
      const endAt13 = agenda({ items: [item({ from: hm(10), to: hm(11) }), item({ from: hm(12), to: hm(13) })] });
      assert.equal(meetingLength(endAt13)!.spansHalves, false);
      const startAt12 = agenda({ items: [item({ from: hm(12), to: hm(14) })] });
      assert.equal(meetingLength(startAt12)!.spansHalves, false);
      const justOver = agenda({ items: [item({ from: hm(11, 59), to: hm(13, 1) })] });
      assert.equal(meetingLength(justOver)!.spansHalves, true);
    });

    it('reads the edges the same for the first item of a day: one item 11:00—13:00 does not span', () => {
      assert.equal(meetingLength(agenda({ items: [item({ from: hm(11), to: hm(13) })] }))!.spansHalves, false);
    });

    it('reads the halves whatever the order of the items: a morning item after an afternoon one', () => {
      const a = agenda({ items: [item({ from: hm(13, 30), to: hm(14) }), item({ from: hm(11), to: hm(11, 30) })] });
      assert.deepEqual(meetingLength(a), { minutes: 180, spansHalves: true });
      // A later item starting at 12:00 is not in the morning.
      const noon = agenda({ items: [item({ from: hm(13, 30), to: hm(14) }), item({ from: hm(12), to: hm(12, 30) })] });
      assert.equal(meetingLength(noon)!.spansHalves, false);
    });

    it('of two equally busy days, the first counts', () => {
      const a = agenda({ items: [item({ dayIndex: 0, from: hm(9), to: hm(11) }), item({ dayIndex: 1, from: hm(11, 30), to: hm(13, 30) })] });
      assert.deepEqual(meetingLength(a), { minutes: 120, spansHalves: false });
    });

    it('reads the halves per day: a morning day and an afternoon day do not span', () => {
      const a = agenda({ items: [item({ dayIndex: 0, from: hm(9), to: hm(11) }), item({ dayIndex: 1, from: hm(14), to: hm(17) })] });
      assert.deepEqual(meetingLength(a), { minutes: 180, spansHalves: false });
    });

    it('widens the day by the stated time (时间：8:00—12:30), whose end is known', () => {
      const a = agenda({ items: [item({ from: hm(9), to: hm(9, 10) })], window: { dayIndex: 0, from: hm(8), to: hm(12, 30) } });
      assert.deepEqual(meetingLength(a), { minutes: 270, spansHalves: false });
      const alone = agenda({ window: { dayIndex: 0, from: hm(8, 30), to: hm(12, 30) } });
      assert.deepEqual(meetingLength(alone), { minutes: 240, spansHalves: false });
    });

    it('ignores a stated time without an end', () => {
      const a = agenda({ items: [item({ from: hm(9), to: hm(9, 40) })], window: { dayIndex: 0, from: hm(8), to: null } });
      assert.equal(meetingLength(a)!.minutes, 40);
      assert.equal(meetingLength(agenda({ window: { dayIndex: 0, from: hm(8), to: null } })), null);
    });

    it('adds the durations when no clock time is written, leaving out a session that holds others', () => {
      const a = agenda({
        items: [item({ length: 10 }), item({ length: 40 }), item({ length: 60, container: true }), item({ length: null }), item({ length: 5 })],
      });
      assert.deepEqual(meetingLength(a), { minutes: 55, spansHalves: false });
    });

    it('prefers clock times to durations when both kinds of item are there', () => {
      const a = agenda({ items: [item({ from: hm(9), to: hm(9, 20) }), item({ length: 300 })] });
      assert.equal(meetingLength(a)!.minutes, 20);
    });
  });

  describe('meetingDays', () => {
    it('counts distinct dates, a date written twice once', () => {
      assert.equal(meetingDays(agenda({ days: [day(3, 19), day(3, 20), day(3, 19)] })), 2);
      assert.equal(meetingDays(agenda({ days: [day(3, 19)] })), 1);
      assert.equal(meetingDays(agenda({})), 0);
    });

    it('tells the same day of two months apart', () => {
      assert.equal(meetingDays(agenda({ days: [day(3, 19), day(4, 19)] })), 2);
      assert.equal(meetingDays(agenda({ days: [day(1, 11), day(11, 1)] })), 2);
    });

    it('takes the stated 会期 when it is longer than the dates show', () => {
      assert.equal(meetingDays(agenda({ days: [day(3, 19)], declaredDays: 4 })), 4);
      assert.equal(meetingDays(agenda({ days: [day(3, 19), day(3, 20), day(3, 21)], declaredDays: 2 })), 3);
      assert.equal(meetingDays(agenda({ declaredDays: 0.5 })), 0.5);
    });
  });

  describe('on agendas as written', () => {
    it('an afternoon session after a morning one spans the halves (doc example)', () => {
      const a = agendaIn(
        ['全市招商引资工作推进会议程', '2024年3月19日（星期二）', '上午', '9:00—9:10　市投资促进局汇报全市招商引资情况', '下午', '2:30—4:00　分组讨论', ''].join('\n'),
      );
      // 9:00 to 16:00 (下午 makes 4:00 16:00).
      assert.deepEqual(meetingLength(a), { minutes: 420, spansHalves: true });
      assert.equal(meetingDays(a), 1);
    });

    it('the stated time alone gives the length (时间：…上午8:00—12:30 is 270 minutes)', () => {
      const a = agendaIn(['全市安全生产专项工作会议议程', '', '时间：2024年3月19日上午8:00—12:30', '地点：市政府第三会议室', ''].join('\n'));
      assert.deepEqual(meetingLength(a), { minutes: 270, spansHalves: false });
    });

    it('durations only are added up', () => {
      const a = agendaIn(
        ['全市河长制工作调度会议程', '', '一、市水务局汇报河湖长制落实情况（10分钟）', '二、历城区、长清区作表态发言（10分钟）', '三、副市长刘明讲话（30分钟）', ''].join('\n'),
      );
      assert.deepEqual(meetingLength(a), { minutes: 50, spansHalves: false });
    });

    it('a range of dates and a stated 会期 make the days', () => {
      assert.equal(meetingDays(agendaIn(['全市经济工作会议日程', '', '时间：2024年3月19日至20日', ''].join('\n'))), 2);
      assert.equal(meetingDays(agendaIn(['全市组织工作会议日程', '', '会期四天。', '时间：2024年3月19日', ''].join('\n'))), 4);
    });
  });
});
