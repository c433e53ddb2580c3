// Reading agendas in the layouts they come in (server/src/core/agenda/parse.ts): list marks of
// every level, several items on one line, a time on its own line, day parts and 12-hour times,
// ends taken from the next start, sessions holding items, table rows, notices with a schedule
// inside, and what an agenda says about its participants. Expected values are worked out from the
// text: 9:00 is 540 minutes, 12:00 720, 14:30 870, 17:30 1050, 19:00 1140.

import * as assert from 'node:assert/strict';
import type { Agenda, AgendaItem } from '../../../server/src/core/agenda/types';
import { agendaIn, hm, labels } from './read';

const span = (it: AgendaItem): Array<number | null> => [it.from, it.to];
const md = (a: Agenda): string[] => a.days.map((d) => `${d.month}-${d.day}`);
const TITLE = '全市水利工作会议日程';

describe('agenda layouts', () => {
  describe('list marks of every level', () => {
    // Untimed entries under a timed session line are its steps, whatever their mark; without a
    // recognised mark they would be plain lines outside a schedule, and dropped.
    const marks: Array<[string, string]> = [
      ['（一）观看专题片', '（二）分组讨论'],
      ['（1）观看专题片', '（2）分组讨论'],
      ['1）观看专题片', '2）分组讨论'],
      ['1)观看专题片', '2)分组讨论'],
      ['①观看专题片', '②分组讨论'],
      ['1、观看专题片', '2、分组讨论'],
      ['第一项　观看专题片', '第二项　分组讨论'],
    ];
    for (const [a, b] of marks) {
      it(`${a} / ${b} under a timed session line are its steps`, () => {
        const agenda = agendaIn(TITLE, '', '9:00—11:30　全体会议', a, b);
        assert.deepEqual(labels(agenda), ['全体会议', '观看专题片', '分组讨论']);
      });
    }

    // A timed entry and its untimed sibling with a mark of two numerals (long lists): the same level,
    // so the sibling is a step too.
    const pairs: Array<[string, string]> = [
      ['十、9:00—9:30　市水务局汇报', '十一、分组讨论'],
      ['（十）9:00—9:30　市水务局汇报', '（十一）分组讨论'],
      ['10. 9:00—9:30　市水务局汇报', '11. 分组讨论'],
      ['（10）9:00—9:30　市水务局汇报', '（11）分组讨论'],
      ['10）9:00—9:30　市水务局汇报', '11）分组讨论'],
      ['第十项　9:00—9:30　市水务局汇报', '第十一项　分组讨论'],
      ['第1项　9:00—9:30　市水务局汇报', '第2项　分组讨论'],
      ['1.9:00—9:30　市水务局汇报', '2.分组讨论'],
    ];
    for (const [a, b] of pairs) {
      it(`${a} / ${b}: siblings, both steps`, () => {
        assert.deepEqual(labels(agendaIn(TITLE, '', a, b)), ['市水务局汇报', '分组讨论']);
      });
    }

    it('一、 inside an entry’s words is not its mark', () => {
      const a = agendaIn(TITLE, '', '1.9:00—9:30　市水务局汇报', '2.观看一、二季度工作成效专题片');
      assert.deepEqual(labels(a), ['市水务局汇报', '观看一、二季度工作成效专题片']);
    });

    it('sub-entries of a timed step that name no step are not items (under a day heading)', () => {
      // （一）印发会议材料 is a detail of the report above it: its own group of siblings has no step.
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '一、9:00—9:30　市水务局汇报', '（一）印发会议材料', '二、9:30—10:00　市长王五讲话');
      assert.deepEqual(labels(a), ['市水务局汇报', '市长王五讲话']);
    });

    it('sub-entries marked 1. under 一、 are their own group: a timed one makes its untimed siblings steps', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '一、全体会议', '1. 9:00—9:30　市水务局汇报', '2. 观看专题片', '二、印发会议材料');
      // 一、 and 二、 name no step and have no timed sibling: they are headings of the notice, not items.
      assert.deepEqual(labels(a), ['市水务局汇报', '观看专题片']);
    });
  });

  describe('several items on one line', () => {
    it('start times after a semicolon open an item each', () => {
      const a = agendaIn(TITLE, '', '9:00　市水务局汇报；9:10　历城区发言');
      assert.deepEqual(labels(a), ['市水务局汇报', '历城区发言']);
      assert.deepEqual(a.items.map(span), [[hm(9), hm(9, 10)], [hm(9, 10), null]]);
      // Each item's text is its own piece of the line (the full-width space is layout, not text).
      assert.deepEqual(a.items.map((it) => it.text), ['9:00市水务局汇报；', '9:10历城区发言']);
    });

    it('clauses with durations, parted by commas and semicolons, are items; an allotment per unit', () => {
      const a = agendaIn(TITLE, '', '会议议程：市水务局汇报工作（10分钟），历城区、长清区作表态发言（每个单位5分钟）；副市长张三讲话（20分钟）。');
      assert.deepEqual(a.items.map((it) => [it.role, it.length, it.minutes, it.speakers]), [
        ['report', 10, 10, null],
        ['speech', 10, 5, 2], // two units, 5 minutes each
        ['other', 20, 20, null],
      ]);
    });

    it('a line opening with its time, then clauses with lengths: the time is the first clause’s', () => {
      const a = agendaIn(TITLE, '', '一、9:00　市水务局汇报（10分钟），历城区发言（5分钟）');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.length]), [
        ['市水务局汇报（10分钟）', hm(9), 10],
        ['历城区发言（5分钟）', null, 5],
      ]);
    });

    it('a line opening with its range, then clauses with lengths parted by commas', () => {
      const a = agendaIn(TITLE, '', '一、9:00—9:30　市水务局汇报（10分钟），历城区发言（5分钟）');
      assert.deepEqual(labels(a), ['市水务局汇报（10分钟）', '历城区发言（5分钟）']);
      assert.deepEqual(a.items.map((it) => it.duration?.minutes), [10, 5]);
    });

    it('a range in one clause is not the time of the clauses after it', () => {
      const a = agendaIn(TITLE, '', '会议议程：市水务局汇报（9:00—9:10）；历城区发言（5分钟）；长清区发言（5分钟）。');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.length]), [
        [hm(9), hm(9, 10), 10],
        [null, null, 5],
        [null, null, 5],
      ]);
    });

    it('a comma inside a clause with one length does not part it', () => {
      const a = agendaIn(TITLE, '', '会议议程：市水务局汇报工作，重点介绍防汛准备情况（10分钟）；历城区发言（5分钟）。');
      assert.deepEqual(labels(a), ['市水务局汇报工作，重点介绍防汛准备情况（10分钟）', '历城区发言（5分钟）']);
    });

    it('clauses parted by commas, each with a range after its words', () => {
      const a = agendaIn(TITLE, '', '会议议程：市水务局汇报工作（9:00—9:10），历城区发言（9:10—9:30），副市长张三讲话（9:30—10:00）。');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [
        ['市水务局汇报工作', hm(9), hm(9, 10)],
        ['历城区发言', hm(9, 10), hm(9, 30)],
        ['副市长张三讲话', hm(9, 30), hm(10)],
      ]);
    });

    it('a start time, then clauses with lengths parted by semicolons', () => {
      const a = agendaIn(TITLE, '', '上午9:00开会，市水务局汇报（10分钟）；历城区、长清区发言（每个单位5分钟）；市长王五讲话（30分钟）。');
      assert.deepEqual(a.items.map((it) => [it.from, it.length, it.minutes, it.role]), [
        [hm(9), 10, 10, 'report'],
        [null, 10, 5, 'speech'],
        [null, 30, 30, 'principal'],
      ]);
    });

    it('a lead-in before the first time of a marked line is no step, even beside a timed sibling', () => {
      const a = agendaIn(TITLE, '', '一、会议议程如下，9:00　市水务局汇报；9:30　市长王五讲话');
      assert.deepEqual(labels(a), ['市水务局汇报', '市长王五讲话']);
      const b = agendaIn(TITLE, '', '一、会议议程如下，9:00　市水务局汇报；9:30　市长王五讲话', '二、10:00　分组讨论');
      assert.deepEqual(labels(b), ['市水务局汇报', '市长王五讲话', '分组讨论']);
    });

    it('words with a length before the first time are a step, not a lead-in', () => {
      const a = agendaIn(TITLE, '', '市水务局汇报（10分钟），9:10　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.length]), [
        ['市水务局汇报（10分钟）', null, 10],
        ['历城区发言', hm(9, 10), null],
      ]);
    });

    it('a deadline before the agenda in the same line opens nothing', () => {
      const a = agendaIn(TITLE, '', '请于8:30前入场。会议议程：市水务局汇报（10分钟）；市长王五讲话（30分钟）。');
      assert.deepEqual(a.items.map((it) => [it.label, it.from]), [
        ['市水务局汇报（10分钟）', null],
        ['市长王五讲话（30分钟）', null],
      ]);
    });

    it('in a schedule, a sentence after the clauses is no step', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '市水务局汇报（10分钟），历城区发言（5分钟）。会议地点在第一会议室');
      assert.deepEqual(labels(a), ['市水务局汇报（10分钟）', '历城区发言（5分钟）']);
    });

    it('each clause counts its own speakers, not those of the clause before', () => {
      const a = agendaIn(TITLE, '', '会议议程：2个部门汇报（每个部门5分钟）；3个区县发言（每个区县5分钟）。');
      assert.deepEqual(a.items.map((it) => [it.speakers, it.perSpeaker, it.length]), [
        [2, 5, 10],
        [3, 5, 15],
      ]);
    });

    it('a deadline time (8:40前) opens no item of its own', () => {
      const a = agendaIn(TITLE, '', '一、9:00—9:10　市水务局汇报', '8:40前到达会场');
      assert.deepEqual(labels(a), ['市水务局汇报']);
    });
  });

  describe('a time on a line of its own', () => {
    it('a time alone on the last line is a step without words', () => {
      const a = agendaIn(TITLE, '', '9:00—9:30　市水务局汇报', '11:30');
      assert.deepEqual(a.items.map((it) => [it.label, it.from]), [
        ['市水务局汇报', hm(9)],
        ['', hm(11, 30)],
      ]);
    });

    it('a start time alone takes the line after it', () => {
      const a = agendaIn(TITLE, '', '9:00', '市水务局汇报');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.role, it.speaker]), [['市水务局汇报', hm(9), 'report', '市水务局']]);
    });

    it('a marked time line and its words are a list entry: the entry after it is its sibling', () => {
      // 市水务局汇报 is no session (a report), so 二、 is a step only as a sibling of 一、.
      const a = agendaIn(TITLE, '', '一、9:00—9:10', '市水务局汇报', '二、分组讨论');
      assert.deepEqual(labels(a), ['市水务局汇报', '分组讨论']);
    });

    it('a marked time line and its words are a timed entry: its untimed sibling is a step', () => {
      const a = agendaIn(TITLE, '', '一、9:00—9:10', '观看专题片', '二、分组讨论');
      assert.deepEqual(a.items.map((it) => [it.label, it.from]), [
        ['观看专题片', hm(9)],
        ['分组讨论', null],
      ]);
    });

    it('does not take a line that opens with its own time', () => {
      const a = agendaIn(TITLE, '', '9:00—9:10', '9:10—9:30　市长王五讲话');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [
        ['', hm(9), hm(9, 10)],
        ['市长王五讲话', hm(9, 10), hm(9, 30)],
      ]);
    });
  });

  describe('labels', () => {
    it('议程： without 会议 is a lead-in too', () => {
      assert.deepEqual(labels(agendaIn(TITLE, '', '一、9:00—9:10　议程：市水务局汇报')), ['市水务局汇报']);
    });

    it('内容： inside the words is kept', () => {
      assert.deepEqual(labels(agendaIn(TITLE, '', '9:00—9:30　观看专题片，内容：防汛抗旱')), ['观看专题片，内容：防汛抗旱']);
    });

    it('a range in brackets with spaces inside is dropped with its brackets', () => {
      const a = agendaIn('全市经济工作会议日程', '', '一、市长王五讲话（ 9:35—10:25 ）');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [['市长王五讲话', hm(9, 35), hm(10, 25)]]);
    });
  });

  describe('parts of the day and 12-hour times', () => {
    it('under a 上午 heading, a first item at 2:30 is in the afternoon', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）上午', '2:30—3:00　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [[hm(14, 30), hm(15), 'afternoon']]);
    });

    it('上午 before the first time, then a bare 2:30: afternoon', () => {
      const a = agendaIn(TITLE, '', '上午9:00—9:10　市水务局汇报', '2:30—3:00　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [
        [hm(9), hm(9, 10), 'morning'],
        [hm(14, 30), hm(15), 'afternoon'],
      ]);
    });

    it('a heading 下午（2:30开始） is a session heading, not an item', () => {
      const a = agendaIn(TITLE, '', '3月19日', '上午', '9:00—9:10　市水务局汇报', '下午（2:30开始）', '2:30—3:00　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.dayPart]), [
        ['市水务局汇报', hm(9), 'morning'],
        ['历城区发言', hm(14, 30), 'afternoon'],
      ]);
    });

    it('12:00 with no day part is noon, and a 1:30 after it is 13:30', () => {
      const a = agendaIn(TITLE, '', '一、12:00　午餐', '二、1:30　分组讨论');
      assert.deepEqual(a.items.map((it) => it.from), [hm(12), hm(13, 30)]);
    });
  });

  describe('12-hour times without a day part', () => {
    // 1 to 6 o'clock is in the afternoon; 7 o'clock and later is read as written.
    const table: Array<[string, number, string]> = [
      ['1:00—1:30', hm(13), '1 o’clock is 13:00'],
      ['6:00—6:30', hm(18), '6 o’clock is 18:00'],
      ['7:00—7:30', hm(7), '7 o’clock stays in the morning'],
    ];
    for (const [range, want, why] of table) {
      it(`${range} → ${want} (${why})`, () => {
        assert.equal(agendaIn(TITLE, '', `一、${range}　分组讨论`).items[0]!.from, want);
      });
    }

    it('under a 上午 heading, 1:00 is 13:00 all the same', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '上午', '1:00—1:30　分组讨论');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [[hm(13), hm(13, 30), 'afternoon']]);
    });

    it('under a 下午 line, 8:00 is 20:00 even as the first time', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '下午　分组讨论', '8:00—9:00　观看专题片');
      assert.deepEqual(a.items.map((it) => [it.from, it.to]).at(-1), [hm(20), hm(21)]);
    });

    it('a 24-hour time earlier than the one before stays as written', () => {
      const a = agendaIn(TITLE, '', '一、15:00—15:30　分组讨论', '二、14:00—14:30　大会发言');
      assert.deepEqual(a.items.map((it) => it.from), [hm(15), hm(14)]);
    });

    it('a written 晚上 holds for the bare times after it', () => {
      const a = agendaIn(TITLE, '', '晚上7:30　观看演出', '9:00—10:00　交流座谈');
      assert.deepEqual(a.items.map((it) => [it.from, it.dayPart]), [
        [hm(19, 30), 'evening'],
        [hm(21), 'evening'],
      ]);
    });

    it('a start at 12:00 opens the afternoon', () => {
      const a = agendaIn(TITLE, '', '一、12:00　午餐', '二、1:30　分组讨论');
      assert.deepEqual(a.items.map((it) => it.dayPart), ['afternoon', 'afternoon']);
    });

    it('a written 上午 keeps 6:30 in the morning', () => {
      assert.equal(agendaIn(TITLE, '', '上午6:30　乘车出发').items[0]!.from, hm(6, 30));
    });

    it('a 12 o’clock earlier than the step before stays at noon, never moved to midnight', () => {
      const a = agendaIn(TITLE, '', '一、14:00—14:30　分组讨论', '二、12:30—13:00　午餐');
      assert.deepEqual(a.items.map((it) => it.from), [hm(14), hm(12, 30)]);
    });

    it('a line opening with the day and 晚上 sets the part of the day for the times after it', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日', '3月19日晚上　文艺演出', '8:00—9:30　交流座谈');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [['交流座谈', hm(20), hm(21, 30)]]);
    });

    it('a start at 18:00 does not open the afternoon', () => {
      assert.notEqual(agendaIn(TITLE, '', '一、18:00　晚餐').items[0]!.dayPart, 'afternoon');
    });

    it('under 中午, 12:30 stays at noon', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '中午', '12:30—1:30　午餐', '1:30　分组讨论');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [
        [hm(12, 30), hm(13, 30), 'noon'],
        [hm(13, 30), null, 'noon'],
      ]);
    });

    it('a new day without a day part starts in the morning (3月20日9:00 after 3月19日下午)', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日至20日', '3月19日下午2:30　分组讨论', '3月20日9:00　参观考察');
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.from]), [
        [0, hm(14, 30)],
        [1, hm(9)],
      ]);
    });
  });

  describe('sessions', () => {
    it('lines opening with the same day: the first step ends at the second', () => {
      const a = agendaIn(TITLE, '', '3月19日上午9:00　市水务局汇报', '3月19日10:00　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.from, it.to]), [
        [0, hm(9), hm(10)],
        [0, hm(10), null],
      ]);
    });

    it('a line opening with a date that is no meeting day is no step', () => {
      assert.deepEqual(labels(agendaIn(TITLE, '', '一、9:00—9:10　市水务局汇报', '3月12日前报送参会名单')), ['市水务局汇报']);
    });

    it('上午9:00 and 上午9:30 are one session: the first ends at the second', () => {
      const a = agendaIn(TITLE, '', '3月19日', '上午9:00　市水务局汇报', '上午9:30　历城区发言');
      assert.deepEqual(a.items.map(span), [[hm(9), hm(9, 30)], [hm(9, 30), null]]);
    });
  });

  describe('which list entries are steps', () => {
    // An untimed entry is a step when one of its siblings is: by its own time, its length or its role.
    const table: Array<[string, string]> = [
      ['一、9:00—9:30　观看专题片', 'a sibling with its own time'],
      ['一、观看专题片（20分钟）', 'a sibling with a length'],
      ['一、市长王五讲话', 'a sibling naming a speech'],
    ];
    for (const [first, why] of table) {
      it(`${first} / 二、分组讨论: both are steps (${why})`, () => {
        assert.equal(agendaIn(TITLE, '', first, '二、分组讨论').items.length, 2);
      });
    }

    it('an entry holding two timed steps makes its untimed sibling a step', () => {
      const a = agendaIn(TITLE, '', '一、市水务局汇报（9:00—9:10）；历城区发言（9:10—9:30）', '二、分组讨论');
      assert.deepEqual(labels(a), ['市水务局汇报', '历城区发言', '分组讨论']);
    });

    it('an entry opening with its time before a second timed step makes its untimed sibling a step', () => {
      const a = agendaIn(TITLE, '', '一、9:00　观看专题片；9:30　参观展览', '二、分组讨论');
      assert.deepEqual(labels(a), ['观看专题片', '参观展览', '分组讨论']);
    });

    it('a sub-list does not part an entry from its later sibling', () => {
      const a = agendaIn(TITLE, '', '一、9:00—9:30　市水务局汇报', '1. 印发会议材料', '二、分组讨论');
      assert.deepEqual(labels(a), ['市水务局汇报', '分组讨论']);
    });

    it('a long untimed entry is kept when a sibling is a step', () => {
      const a = agendaIn(TITLE, '', '一、市水务局汇报（10分钟）', '二、观看全市河湖长制工作成效专题片并听取有关区县负责同志的工作体会');
      assert.equal(a.items.length, 2);
    });

    it('entries none of which is a step are not items', () => {
      assert.deepEqual(labels(agendaIn(TITLE, '', '一、参观水利工程', '二、座谈交流')), []);
    });
  });

  describe('plain lines in a schedule', () => {
    it('a plain line after a host line, not after a step, is no step', () => {
      assert.deepEqual(labels(agendaIn(TITLE, '', '3月19日（星期二）', '主持人：副市长李四', '合影留念')), []);
    });
  });

  describe('plain lines outside a schedule', () => {
    it('a long line with a length is a step', () => {
      const a = agendaIn(TITLE, '', '市水务局汇报全市河湖长制工作推进落实情况及下一步工作打算和重点任务安排（15分钟）');
      assert.deepEqual(a.items.map((it) => it.length), [15]);
    });

    it('a line with a length is a step', () => {
      assert.deepEqual(labels(agendaIn(TITLE, '', '观看专题片（20分钟）')), ['观看专题片（20分钟）']);
    });

    it('a line naming a speech is a step', () => {
      const a = agendaIn(TITLE, '', '市水务局汇报（10分钟）', '市长王五讲话');
      assert.deepEqual(a.items.map((it) => [it.label, it.role]), [
        ['市水务局汇报（10分钟）', 'report'],
        ['市长王五讲话', 'principal'],
      ]);
    });
  });

  describe('the meeting’s days', () => {

    it('a heading with the weekday unbracketed (3月19日 星期二)', () => {
      const a = agendaIn(TITLE, '', '3月19日 星期二', '9:00—9:30　市水务局汇报');
      assert.deepEqual(md(a), ['3-19']);
      assert.equal(a.days[0]!.weekdayNote?.weekday, 2);
      assert.equal(a.items[0]!.dayIndex, 0);
    });

    it('headings led by 第一天 / 第二天', () => {
      const a = agendaIn(TITLE, '', '第一天　3月19日（星期二）', '9:00—9:30　市水务局汇报', '第二天　3月20日（星期三）', '9:00—9:30　历城区发言');
      assert.deepEqual(md(a), ['3-19', '3-20']);
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0, 1]);
    });

    it('headings led by 第1天 or 第十一天', () => {
      const a = agendaIn('全市干部培训班日程', '', '第1天　3月19日（星期二）', '9:00—9:30　开班式', '第十一天　3月29日（星期五）', '9:00—9:30　结业式');
      assert.deepEqual(md(a), ['3-19', '3-29']);
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0, 1]);
    });

    it('a heading may carry two more characters (3月18日（星期一）报到)', () => {
      const a = agendaIn(TITLE, '', '3月18日（星期一）报到', '3月19日（星期二）', '9:00—9:30　市水务局汇报');
      assert.deepEqual(md(a), ['3-18', '3-19']);
      assert.equal(a.items[0]!.dayIndex, 1);
    });

    it('a date written with dots (2024.3.19)', () => {
      const a = agendaIn(TITLE, '', '2024.3.19（星期二）', '9:00—9:30　市水务局汇报');
      assert.deepEqual(a.days.map((d) => [d.date?.year, d.month, d.day]), [[2024, 3, 19]]);
    });

    it('the line under 一、会议时间 names the day even without a time', () => {
      assert.deepEqual(md(agendaIn(TITLE, '', '一、会议时间', '2024年3月19日（星期二），会期一天')), ['3-19']);
    });

    it('a deadline is not a meeting day, even with 在 after it', () => {
      const a = agendaIn('关于召开全市经济工作会议的通知', '', '定于3月19日召开全市经济工作会议。', '会议材料请于3月12日前在系统内提交。');
      assert.deepEqual(md(a), ['3-19']);
    });

    it('报到：with a date and a time opening the line is not the meeting’s day', () => {
      const a = agendaIn(TITLE, '', '报到：3月18日下午2:00—5:00', '时间：3月19日上午9:00');
      assert.deepEqual(md(a), ['3-19']);
    });

    it('a range into the next month written with the day only (12月30日至2日)', () => {
      assert.deepEqual(md(agendaIn(TITLE, '', '时间：12月30日至2日')), ['12-30', '12-31', '1-1', '1-2']);
    });

    it('a range over a day already named adds each day once, the others without mentions', () => {
      const a = agendaIn('3月20日全市经济工作会议日程', '', '时间：3月19日至21日');
      assert.deepEqual(md(a), ['3-20', '3-19', '3-21']);
      assert.deepEqual(a.days.map((d) => d.mentions.length), [0, 0, 0]);
    });

    it('the same date with the same year elsewhere is a mention of the day', () => {
      const a = agendaIn(TITLE, '', '时间：2024年3月19日', '请于2024年3月19日8:30前入场。');
      assert.equal(a.days.length, 1);
      assert.equal(a.days[0]!.mentions.length, 1);
    });

    it('the dated title of an attachment names a day', () => {
      const a = agendaIn('关于召开全市经济工作会议的通知', '', '各区县：', '　　定于3月19日召开会议。', '', '附件：会议日程', '', '济南市人民政府', '2024年3月1日', '', '附件', '', '2024年3月20日全市经济工作会议日程', '', '一、市长王五讲话（30分钟）');
      assert.deepEqual(md(a), ['3-19', '3-20']);
    });

    it('会期0天 states no length', () => {
      assert.equal(agendaIn(TITLE, '', '会期0天').declaredDays, null);
    });
  });

  describe('ends taken from the next start', () => {
    it('an untimed step between two timed ones does not stop the first', () => {
      const a = agendaIn(TITLE, '', '一、9:00　市水务局汇报', '二、观看专题片', '三、9:40　市长王五讲话');
      assert.deepEqual(a.items.map(span), [[hm(9), hm(9, 40)], [null, null], [hm(9, 40), null]]);
    });

    it('not into the next day within one sentence', () => {
      const a = agendaIn(TITLE, '', '时间：1月14日至15日', '请于1月14日下午1:00报到，1月15日下午2:00参加开幕大会。');
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.from, it.to]), [
        [0, hm(13), null],
        [1, hm(14), null],
      ]);
    });

    it('two steps starting together: the first has no end', () => {
      const a = agendaIn(TITLE, '', '一、9:00　市水务局汇报', '二、9:00　历城区发言');
      assert.deepEqual(a.items.map(span), [[hm(9), null], [hm(9), null]]);
    });

    it('not into the next day, even without a day heading', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日至20日', '3月19日9:00　市长王五讲话', '3月20日9:30　分组讨论');
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.from, it.to]), [[0, hm(9), null], [1, hm(9, 30), null]]);
    });

    it('the last step of the first day runs to the stated end; the next day’s step does not', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日上午9:00—11:30', '3月19日（星期二）', '10:40　市长王五讲话', '3月20日（星期三）', '9:00　分组讨论');
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.from, it.to, it.toInferred]), [
        [0, hm(10, 40), hm(11, 30), true],
        [1, hm(9), null, false],
      ]);
    });

    // [first start, second start, inferred end of the first]: lunch is 12:00–13:00, dinner 17:30–18:30.
    const breaks: Array<[string, string, number | null, string]> = [
      ['12:00', '13:30', hm(13, 30), 'a start at noon is not before lunch'],
      ['11:30', '13:00', hm(13), 'an end at 13:00 is not after lunch'],
      ['17:30', '19:00', hm(19), 'a start at 17:30 is not before dinner'],
      ['17:00', '18:00', hm(18), 'an end at 18:00 is not after dinner'],
      ['17:00', '18:30', null, 'an end at 18:30 is after dinner'],
    ];
    for (const [a, b, want, why] of breaks) {
      it(`${a} then ${b}: ${want === null ? 'no end' : 'ends at the next start'} (${why})`, () => {
        const agenda = agendaIn(TITLE, '', `一、${a}　分组讨论`, `二、${b}　观看专题片`);
        assert.equal(agenda.items[0]!.to, want);
      });
    }
  });

  describe('lengths', () => {
    it('only speeches and reports are shared: a visit by 3个区县 keeps its whole length', () => {
      const it = agendaIn(TITLE, '', '一、9:00—9:30　3个区县代表参观考察').items[0]!;
      assert.deepEqual([it.role, it.speakers, it.length, it.minutes], ['other', null, 30, 30]);
    });

    it('a range that starts and ends at once has no length', () => {
      const it = agendaIn(TITLE, '', '一、9:00—9:00　市水务局汇报').items[0]!;
      assert.deepEqual([it.from, it.to, it.length, it.minutes], [hm(9), hm(9), null, null]);
    });

    it('listed speakers without any time or duration: neither length nor minutes', () => {
      const it = agendaIn(TITLE, '', '一、历下区、市中区作表态发言').items[0]!;
      assert.deepEqual([it.speakers, it.length, it.perSpeaker, it.minutes], [2, null, null, null]);
    });
  });

  describe('sessions holding items', () => {
    it('a session ending when the next step starts does not hold it', () => {
      const a = agendaIn('全市经济工作会议日程', '', '9:00—9:30　全体会议', '9:30　市长王五讲话');
      assert.deepEqual(a.items.map((it) => it.container), [false, false]);
    });

    it('a step ending with the session is held by it', () => {
      const a = agendaIn('全市经济工作会议日程', '', '9:00—11:30　全体会议', '9:30—11:30　历城区发言');
      assert.deepEqual(a.items.map((it) => it.container), [true, false]);
    });

    it('a report naming a meeting holds nothing', () => {
      const a = agendaIn('全市经济工作会议日程', '', '9:00—10:00　市水务局汇报全体会议筹备情况', '9:10—9:20　历城区发言');
      assert.deepEqual(a.items.map((it) => it.container), [false, false]);
    });

    it('a step before the session’s start is not held by it', () => {
      const a = agendaIn('全市经济工作会议日程', '', '14:00—17:00　全体会议', '13:30—14:00　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.container]), [
        [hm(14), false],
        [hm(13, 30), false],
      ]);
    });

    it('a colon inside the words does not name a session', () => {
      const a = agendaIn('全市经济工作会议日程', '', '9:00—11:30　开幕式：奏唱国歌', '9:30—9:40　历城区发言');
      assert.deepEqual(a.items.map((it) => it.container), [false, false]);
    });
  });

  describe('table rows', () => {
    it('a header naming 上午, 下午 and 晚上 puts each cell in its column’s part of the day', () => {
      const a = agendaIn('全市文化旅游发展大会日程', '', '| 日期 | 上午 | 下午 | 晚上 |', '|---|---|---|---|', '| 4月16日（星期二） | 9:00　开幕式 | 2:30　分组讨论 | 7:30　观看演出 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.dayPart, it.from]), [
        ['开幕式', 0, 'morning', hm(9)],
        ['分组讨论', 0, 'afternoon', hm(14, 30)],
        ['观看演出', 0, 'evening', hm(19, 30)],
      ]);
    });

    it('under 上午 / 下午 columns, an untimed cell is an item of its own', () => {
      const a = agendaIn('全市文化旅游发展大会日程', '', '| 日期 | 上午 | 下午 |', '|---|---|---|', '| 4月17日（星期三） | 9:00　大会交流发言 | 闭幕式 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.dayPart, it.from]), [
        ['大会交流发言', 'morning', hm(9)],
        ['闭幕式', 'afternoon', null],
      ]);
    });

    it('a date cell opens its row’s day; a time cell and a words cell are one item', () => {
      const a = agendaIn('全市文化旅游发展大会日程', '', '| 日期 | 时间 | 内容 |', '|---|---|---|', '| 4月16日（星期二） | 9:00—9:30 | 开幕式 |', '| 4月17日（星期三） | 2:30—3:00 | 分组讨论 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.dayPart, it.from, it.to]), [
        ['开幕式', 0, null, hm(9), hm(9, 30)],
        ['分组讨论', 1, 'afternoon', hm(14, 30), hm(15)], // 2:30 with no day part is in the afternoon
      ]);
    });

    it('rows with a number, the words and a length: each row is an item with its duration', () => {
      const a = agendaIn('全市招商引资工作推进会议程', '', '| 序号 | 议程 | 时长 |', '|---|---|---|', '| 1 | 市投资促进局汇报 | 10分钟 |', '| 2 | 历下区、市中区表态发言 | 每个单位5分钟 |');
      assert.deepEqual(a.items.map((it) => [it.role, it.length, it.minutes, it.speakers]), [
        ['report', 10, 10, null],
        ['speech', 10, 5, 2], // two units at 5 minutes each
      ]);
    });

    it('rows without a header row', () => {
      const a = agendaIn('全市招商引资工作推进会议程', '', '| 9:00—9:10 | 市投资促进局汇报 |', '| 9:10—9:30 | 历下区发言 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to, it.role]), [
        ['市投资促进局汇报', hm(9), hm(9, 10), 'report'],
        ['历下区发言', hm(9, 10), hm(9, 30), 'speech'],
      ]);
    });

    it('an untimed row right after a timed row is a step of the schedule', () => {
      const a = agendaIn(TITLE, '', '| 9:00—9:10 | 市水务局汇报 |', '| 分组讨论 | 各区县 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.from]), [
        ['市水务局汇报', hm(9)],
        ['分组讨论 各区县', null],
      ]);
    });

    it('a row whose cells hold two times is two items', () => {
      const a = agendaIn('全市水利工作会议日程', '', '| 时间 | 内容 | 发言人 |', '|---|---|---|', '| 9:00—9:10 | 市水务局汇报 | 9:10—9:30 历城区发言 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [
        ['市水务局汇报', hm(9), hm(9, 10)],
        ['历城区发言', hm(9, 10), hm(9, 30)],
      ]);
    });
  });

  describe('a notice with a schedule inside', () => {
    it('会议议程：9:00—9:10 … ；…: the first step opens right after the colon', () => {
      const a = agendaIn(
        '关于召开全市防汛工作会议的通知',
        '',
        '各区县人民政府，市直有关部门：',
        '　　经市政府同意，定于2024年6月5日上午在市政府第一会议室召开全市防汛工作会议。会议议程：9:00—9:10市水务局汇报全市防汛准备工作情况；9:10—9:30历城区、长清区作表态发言；9:30—10:00副市长张三讲话。',
      );
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from, it.to]), [
        ['市水务局汇报全市防汛准备工作情况', 0, hm(9), hm(9, 10)],
        ['历城区、长清区作表态发言', 0, hm(9, 10), hm(9, 30)],
        ['副市长张三讲话', 0, hm(9, 30), hm(10)],
      ]);
    });

    it('a hard-wrapped notice: a time that opens a wrapped line opens a step', () => {
      // The body is cut at a fixed width and rebuilt into one paragraph; 9:10—9:30 opens the
      // fourth line with no punctuation before it, and still starts the second step.
      const a = agendaIn(
        '关于召开全市防汛工作会议的通知',
        '',
        '各区县人民政府，市直有关部门：',
        '　　经市政府同意，定于2024年6月5日上午在市政府第一会议室召开',
        '全市防汛工作会议，请各区县政府分管负责同志、市直有关部门主要',
        '负责同志参加。会议议程：9:00—9:10市水务局汇报防汛准备情况',
        '9:10—9:30历城区、长清区作表态发言，9:30—10:00副市长张',
        '三讲话。请各单位按时参加，不得缺席，确有特殊情况的须提前书面',
        '请假。',
        '　　请各区县于6月3日前将参会人员名单报送市水务局办公室，联系',
        '电话见附件。',
      );
      assert.deepEqual(a.items.map((it) => [it.from, it.to]), [
        [hm(9), hm(9, 10)],
        [hm(9, 10), hm(9, 30)],
        [hm(9, 30), hm(10)],
      ]);
      assert.deepEqual(labels(a).slice(0, 2), ['市水务局汇报防汛准备情况', '历城区、长清区作表态发言']);
      // A wrapped line that opens with neither a time nor a list mark does not part a step.
      assert.equal(a.items[2]!.speaker, '副市长张三');
      assert.equal(a.items[1]!.minutes, 10); // two units share 20 minutes
    });

    it('dates with weekdays inside a sentence: each clause with a date and time is a step on that day', () => {
      const a = agendaIn(
        '关于召开全市人才工作会议的通知',
        '',
        '时间：1月14日至16日',
        '请各区县组织部负责人于1月14日（星期日）下午1:00报到，列席1月15日（星期一）上午8:00召开的开幕大会，1月16日（星期二）下午2:30参加分组讨论。',
      );
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from]), [
        ['报到', 0, hm(13)],
        ['列席召开的开幕大会', 1, hm(8)],
        ['参加分组讨论', 2, hm(14, 30)],
      ]);
    });

    it('the sentence convening the meeting on a known day is no step', () => {
      const a = agendaIn('关于召开全市经济工作会议的通知', '', '时间：2024年3月19日', '　　定于3月19日（星期二）上午9:00在市政府第一会议室召开全市经济工作会议。');
      assert.deepEqual(labels(a), []);
    });

    it('the sentence that names the day and time of the meeting is no step', () => {
      const a = agendaIn('关于召开全市经济工作会议的通知', '', '　　定于3月19日上午9:00在市政府第一会议室开会，请准时参加。');
      assert.deepEqual(md(a), ['3-19']);
      assert.deepEqual(labels(a), []);
    });

    it('a date in passing does not move the step off its day', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日', '一、9:00—9:10　通报3月5日安全检查情况');
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0]);
      const b = agendaIn(TITLE, '', '时间：3月19日', '一、通报3月5日安全检查情况（9:00—9:10）');
      assert.deepEqual(b.items.map((it) => it.dayIndex), [0]);
    });

    it('a clause opening with 并 before its date is on that date’s day', () => {
      const a = agendaIn(TITLE, '', '时间：1月14日至15日', '请各区县组织部负责人于1月14日下午1:00报到，并列席1月15日上午8:00召开的开幕大会。');
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from]), [
        ['报到', 0, hm(13)],
        ['列席召开的开幕大会', 1, hm(8)],
      ]);
    });

    it('a single day named only in the title is every step’s day', () => {
      const a = agendaIn('3月19日全市经济工作会议议程', '', '一、9:00—9:10　市水务局汇报');
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0]);
    });

    it('会议时间：9:00—11:30 is the meeting’s window', () => {
      const a = agendaIn(TITLE, '', '会议时间：9:00—11:30', '一、市长王五讲话（30分钟）');
      assert.deepEqual(a.window, { dayIndex: -1, from: hm(9), to: hm(11, 30) });
    });

    it('a window in the evening: 晚上7:00—9:00 is 19:00 to 21:00', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日晚上7:00—9:00', '一、观看专题片（60分钟）');
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(19), to: hm(21) });
    });

    it('the window is on the day its line names, and the first stated time is the window', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日至20日', '会议时间：3月20日上午9:00—11:30', '时间：3月19日上午9:00—11:00');
      assert.deepEqual(a.window, { dayIndex: 1, from: hm(9), to: hm(11, 30) });
    });

    it('a window over lunch: 11:30—1:30 ends at 13:30', () => {
      const a = agendaIn(TITLE, '', '时间：3月19日上午11:30—1:30', '一、市长王五讲话（30分钟）');
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(11, 30), to: hm(13, 30) });
    });
  });

  describe('carrying out a higher-level meeting, wherever the notice says it', () => {
    const notice = (subtitle: string, item: string, copyTo = '抄送：市委办公厅'): Agenda =>
      agendaIn('关于召开全市经济工作会议的通知', '', '各区县人民政府：', '　　定于3月19日召开全市经济工作会议。', '', '附件：会议日程', '', '济南市人民政府', '2024年3月1日', '', '附件', '', subtitle, '', item, '', copyTo);

    it('in the title only', () => {
      assert.equal(agendaIn('全市传达贯彻全省经济工作会议精神会议议程', '', '一、市长王五讲话').implementsHigher, true);
    });

    it('in the attachment’s title', () => {
      assert.equal(notice('传达贯彻全省经济工作会议精神会议日程', '一、市长王五讲话').implementsHigher, true);
    });

    it('in the attachment’s body', () => {
      assert.equal(notice('会议日程', '一、传达学习全省经济工作会议精神').implementsHigher, true);
    });

    it('not in the 抄送 line', () => {
      assert.equal(notice('会议日程', '一、市长王五讲话', '抄送：贯彻落实全省经济工作会议精神领导小组').implementsHigher, false);
    });
  });

  describe('statutory sessions', () => {
    it('are named in the first twelve paragraphs, not further down', () => {
      const steps = ['市水务局', '市财政局', '市应急局', '历城区', '历下区', '长清区', '章丘区', '莱芜区', '钢城区', '平阴县', '商河县'].map((u, i) => `${i + 1}. ${u}汇报（5分钟）`);
      // A title that names no meeting of its own (会议日程) leaves it to the opening lines.
      assert.equal(agendaIn('会议日程', '', ...steps, '参照市人大常委会第十次会议议程执行。').statutory, false);
      assert.equal(agendaIn('会议日程', '', ...steps.slice(0, 5), '参照市人大常委会第十次会议议程执行。').statutory, true);
    });

    it('a title that names a work meeting decides: its body may cite a 职代会 without being one', () => {
      assert.equal(agendaIn('关于召开第五届职工代表大会筹备工作会议的通知', '', '根据第五届职工代表大会筹备方案，定于5月15日召开。').statutory, false);
      assert.equal(agendaIn(TITLE, '', '传达市人民代表大会第三次会议精神。').statutory, false);
    });
  });

  describe('participants', () => {
    it('the largest head count wins, whichever comes first', () => {
      assert.equal(agendaIn(TITLE, '', '预计120人参加，其中主会场共80人。').headcount, 120);
    });

    it('a cap (以内, 不超过) is no head count', () => {
      assert.equal(agendaIn(TITLE, '', '会议规模100人以内。').headcount, null);
      assert.equal(agendaIn(TITLE, '', '本次会议不超过60人参加。').headcount, null);
    });

    it('N人参加 without 共 or 约 is a head count', () => {
      assert.equal(agendaIn(TITLE, '', '各区县分管负责同志等80人参加。').headcount, 80);
    });

    it('a cap earlier in the sentence does not make a later count a cap', () => {
      assert.equal(agendaIn(TITLE, '', '请各单位不超过3人参加，全市共80人参加。').headcount, 80);
    });

    it('每 in an earlier clause does not make the count a quota', () => {
      assert.equal(agendaIn(TITLE, '', '会议每季度召开一次，共40人参加。').headcount, 40);
    });

    it('departments: N个部门 without 市直 or 有关', () => {
      assert.equal(agendaIn(TITLE, '', '请15个部门参加。').departments, 15);
    });

    it('departments: only a 参会单位 line lists them, and only the names of units count', () => {
      assert.equal(agendaIn(TITLE, '', '材料报送：市水务局、市财政局').departments, null);
      assert.equal(agendaIn(TITLE, '', '参会单位：市水务局、市财政局').departments, 2);
      assert.equal(agendaIn(TITLE, '', '参会单位：市水务局、市财政局、各区县').departments, 2);
      assert.equal(agendaIn(TITLE, '', '参会单位：市水务局、市财政局、市委党校教师').departments, 2);
      assert.equal(agendaIn(TITLE, '', '参会单位：市水务局 、市财政局').departments, 2);
    });
  });

  describe('the convening leader', () => {
    it('keeps every title of the clause (市委常委、常务副市长)', () => {
      const a = agendaIn(TITLE, '', '会议由市委常委、常务副市长李四召集。', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.convener, '市委常委、常务副市长李四');
    });

    it('starts after the comma before it, and drops 同志', () => {
      const a = agendaIn(TITLE, '', '经研究，由副市长李四同志召集。', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.convener, '副市长李四');
    });

    it('starts after 由 (本次会议由…召集)', () => {
      assert.equal(agendaIn(TITLE, '', '本次会议由副市长李四召集。', '一、9:00—9:10　市水务局汇报').convener, '副市长李四');
    });

    it('starts after 由 however long the clause before it', () => {
      const a = agendaIn(TITLE, '', '全市防汛抗旱和地质灾害防治工作会议由副市长李四召集。', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.convener, '副市长李四');
    });

    it('starts after the comma before the title when no 由 is written', () => {
      assert.equal(agendaIn(TITLE, '', '经研究，副市长李四牵头召开专题会议。').convener, '副市长李四');
    });

    it('a 由 in an earlier clause is not the convener’s', () => {
      assert.equal(agendaIn(TITLE, '', '会议由市水务局承办，副市长李四召集。').convener, '副市长李四');
    });

    it('starts after the time of the item that names it', () => {
      const a = agendaIn(TITLE, '', '一、9:00—9:05　会议由副市长李四同志主持', '二、9:05—9:15　市水务局汇报');
      assert.equal(a.convener, '副市长李四');
      assert.equal(a.host, '副市长李四');
    });
  });

  describe('the presiding leader', () => {
    it('大会主持人宣布开会 names no leader', () => {
      const a = agendaIn(TITLE, '', '一、9:00—9:05　大会主持人宣布开会', '二、9:05—9:15　市水务局汇报');
      assert.equal(a.items[0]!.role, 'host');
      assert.equal(a.host, null);
    });

    it('an organiser of a step (市水务局主持召开…) is not the presiding leader', () => {
      assert.equal(agendaIn(TITLE, '', '一、9:00—9:30　市水务局主持召开专题座谈').host, null);
    });

    it('a host who is no 副市级 leader is not the convener', () => {
      const a = agendaIn(TITLE, '', '主持人：市水务局局长李四', '一、9:00—9:10　市水务局汇报');
      assert.deepEqual([a.host, a.convener], ['市水务局局长李四', null]);
    });

    it('主持人：…同志 drops 同志', () => {
      const a = agendaIn(TITLE, '', '主持人：副市长李四同志', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.host, '副市长李四');
    });
  });
});
