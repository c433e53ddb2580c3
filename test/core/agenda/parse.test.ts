// Reading an agenda into items (server/src/core/agenda/parse.ts; docs/rules/meeting.principal-speech.md,
// 议程的读法): each item's time in minutes since midnight, its length and minutes per speaker, its
// role; the day parts that make 2:30 into 14:30; ends inferred from the next item or the stated time;
// the presiding and convening leaders; head counts, departments, exemptions. Every expected value is
// worked out from the text: 9:00 is 540, 9:10 550, 11:30 690, 14:30 870.

import * as assert from 'node:assert/strict';
import { agendaOf } from '../../../server/src/core/agenda';
import type { Agenda } from '../../../server/src/core/agenda/types';
import { DEFAULT_NAMES } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import { agendaIn, hm, labels, times } from './read';


describe('agenda items', () => {
  describe('a numbered agenda with ranges, start times, a stated time and a host', () => {
    let a: ReturnType<typeof agendaIn>;
    // Built for each test, not while the file loads: mutation testing swaps code between tests.
    beforeEach(() => {
      a = agendaIn(
        '全市安全生产工作会议议程',
        '',
        '时间：2024年3月19日（星期二）上午9:00—11:30',
        '主持人：副市长李四',
        '',
        '一、9:00—9:10　市应急管理局汇报全市安全生产形势',
        '二、9:10—9:30　历下区、章丘区作表态发言',
        '三、9:30　市长王五讲话',
        '四、10:40　副市长李四作总结讲话',
      );
    });

    it('reads four items, without the list marks and times in their labels', () => {
      assert.deepEqual(labels(a), ['市应急管理局汇报全市安全生产形势', '历下区、章丘区作表态发言', '市长王五讲话', '副市长李四作总结讲话']);
    });

    it('reads the stated time as the meeting’s window, not as an item', () => {
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(9), to: hm(11, 30) });
      assert.equal(a.host, '副市长李四');
    });

    it('a range gives from, to and length', () => {
      assert.deepEqual(times(a.items[0]!), [hm(9), hm(9, 10), 10, 10]);
      assert.equal(a.items[0]!.toInferred, false);
      assert.equal(a.items[0]!.role, 'report');
      assert.equal(a.items[0]!.speaker, '市应急管理局');
    });

    it('two listed speakers share their range: 20 minutes, 10 each', () => {
      const it = a.items[1]!;
      assert.deepEqual(times(it), [hm(9, 10), hm(9, 30), 20, 10]);
      assert.equal(it.speakers, 2);
      assert.equal(it.perSpeaker, 10);
      assert.equal(it.role, 'speech');
    });

    it('a start time ends at the next item’s start', () => {
      const it = a.items[2]!;
      assert.deepEqual(times(it), [hm(9, 30), hm(10, 40), 70, 70]);
      assert.equal(it.toInferred, true);
      assert.equal(it.role, 'principal');
    });

    it('the last start time ends at the stated end of the meeting', () => {
      const it = a.items[3]!;
      assert.deepEqual(times(it), [hm(10, 40), hm(11, 30), 50, 50]);
      assert.equal(it.toInferred, true);
      assert.equal(it.role, 'host');
    });

    it('all items are on the one day, in the morning', () => {
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.dayPart]), Array(4).fill([0, 'morning']));
    });

    it('no 副市级 convener when a principal leader takes part', () => {
      assert.equal(a.convener, null);
    });
  });

  describe('parts of the day', () => {
    it('下午 on its own line makes 2:30 into 14:30, and 晚上 7:30 into 19:30', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '上午', '9:00—9:20　市水务局汇报', '下午', '2:30—3:00　历城区发言', '晚上', '7:30—8:30　观看专题片');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [
        [hm(9), hm(9, 20), 'morning'],
        [hm(14, 30), hm(15), 'afternoon'],
        [hm(19, 30), hm(20, 30), 'evening'],
      ]);
    });

    it('a day part written before the time wins over the heading', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '上午', '9:00—9:20　市水务局汇报', '下午3:00—3:20　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [
        [hm(9), hm(9, 20), 'morning'],
        [hm(15), hm(15, 20), 'afternoon'],
      ]);
    });

    it('under 上午, a time of 1 to 6 o’clock is in the afternoon', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）上午', '9:00—9:20　市水务局汇报', '2:00—2:20　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.to]), [[hm(9), hm(9, 20)], [hm(14), hm(14, 20)]]);
    });

    it('without any day part, 1 to 6 o’clock is afternoon and 7 to 12 is read as written', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、8:30—9:00　市水务局汇报', '二、3:00—3:30　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.to]), [[hm(8, 30), hm(9)], [hm(15), hm(15, 30)]]);
    });

    it('a time earlier than the one before it that day is in the afternoon (11:00 … 7:30 → 19:30)', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、11:00—11:30　市水务局汇报', '二、7:30—8:00　历城区发言');
      assert.deepEqual(a.items.map((it) => [it.from, it.to]), [[hm(11), hm(11, 30)], [hm(19, 30), hm(20)]]);
    });

    it('a range over noon: 11:30-1:00 ends at 13:00', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、11:30-1:00　午餐');
      assert.deepEqual(times(a.items[0]!).slice(0, 3), [hm(11, 30), hm(13), 90]);
    });

    it('上午11:00至下午1:00: each end has its own day part', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、上午11:00至下午1:00　市水务局汇报');
      assert.deepEqual(times(a.items[0]!).slice(0, 3), [hm(11), hm(13), 120]);
    });

    it('after an afternoon start, a later bare time is afternoon too', () => {
      // 14:00 opens the afternoon (its item is in it); 3:00 then is 15:00 (and 4:00 its end 16:00).
      const a = agendaIn('全市水利工作会议日程', '', '一、14:00—14:30　市水务局汇报', '二、3:00—4:00　分组讨论');
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.dayPart]), [
        [hm(14), hm(14, 30), 'afternoon'],
        [hm(15), hm(16), 'afternoon'],
      ]);
    });
  });

  describe('ends inferred from the next start', () => {
    it('not across lunch: a morning start before an afternoon one keeps no end', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、11:00　市水务局汇报', '二、14:30　历城区发言', '三、15:00　会议结束');
      assert.deepEqual(a.items.map((it) => [it.to, it.toInferred]), [[null, false], [hm(15), true], [null, false]]);
    });

    it('not over more than four hours', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、13:00　市水务局汇报', '二、17:10　会议结束');
      assert.equal(a.items[0]!.to, null);
      const b = agendaIn('全市水利工作会议日程', '', '一、13:00　市水务局汇报', '二、17:00　会议结束');
      assert.deepEqual([b.items[0]!.to, b.items[0]!.length], [hm(17), 240]);
    });

    it('not from the afternoon into the evening', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、17:00　市水务局汇报', '二、19:00　观看专题片');
      assert.equal(a.items[0]!.to, null);
    });

    it('not over a new session (下午 heading) even when the times are close', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '上午', '11:40　市水务局汇报', '下午', '12:00　历城区发言');
      assert.equal(a.items[0]!.to, null);
    });

    it('not into another day', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '9:00　市水务局汇报', '3月20日（星期三）', '9:30　历城区发言');
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0, 1]);
      assert.equal(a.items[0]!.to, null);
    });

    it('an item with a duration keeps its duration rather than the next start', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00　市长王五讲话（40分钟）', '二、10:00　历城区发言（5分钟）');
      assert.deepEqual(times(a.items[0]!), [hm(9), null, 40, 40]);
      assert.equal(a.items[0]!.toInferred, false);
    });

    it('the stated end is not taken when it is not after the start', () => {
      const a = agendaIn('全市水利工作会议日程', '', '时间：3月19日上午9:00—10:00', '一、10:00　市长王五讲话');
      assert.deepEqual([a.items[0]!.to, a.items[0]!.toInferred], [null, false]);
    });
  });

  describe('durations, allotments and speakers', () => {
    it('a written duration is the length when there is no range', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、市水务局汇报河湖长制工作（10分钟）', '二、市长王五讲话（1小时）', '三、副市长李四讲话（半小时）');
      assert.deepEqual(a.items.map((it) => it.length), [10, 60, 30]);
      assert.deepEqual(a.items.map((it) => it.from), [null, null, null]);
    });

    it('a range beats the duration written with it', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00—9:20　市水务局汇报（10分钟）');
      assert.deepEqual(times(a.items[0]!), [hm(9), hm(9, 20), 20, 20]);
      assert.equal(a.items[0]!.duration?.minutes, 10);
    });

    it('a shared slot: 主题发言(6人)(60分钟) is 10 minutes a speaker', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、主题发言(6人)(60分钟)');
      const it = a.items[0]!;
      assert.deepEqual([it.speakers, it.length, it.perSpeaker, it.minutes], [6, 60, 10, 10]);
    });

    it('shares are rounded up: 20 minutes for three units is 7 each', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00—9:20　历下区、市中区、槐荫区作表态发言');
      const it = a.items[0]!;
      assert.deepEqual([it.speakers, it.length, it.perSpeaker, it.minutes], [3, 20, 7, 7]);
    });

    it('an allotment per unit: its minutes are per speaker, the length per speaker times speakers', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、3个区县作交流发言，每个单位约8分钟');
      const it = a.items[0]!;
      assert.deepEqual([it.speakers, it.perSpeaker, it.length, it.minutes], [3, 8, 24, 8]);
    });

    it('an allotment without a number of speakers has no length, only minutes per speaker', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、区县代表发言，每个代表发言10-15分钟');
      const it = a.items[0]!;
      assert.deepEqual([it.speakers, it.perSpeaker, it.length, it.minutes], [null, 15, null, 15]);
    });

    it('speakers listed after the verb: 表态发言（历下区、市中区）', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00—9:20　表态发言（历下区、市中区）');
      const it = a.items[0]!;
      assert.deepEqual([it.speakers, it.minutes], [2, 10]);
    });

    it('units parted by commas share the slot, all three of them', () => {
      const it = agendaIn('全市水利工作会议日程', '', '一、9:00—9:30　历下区，市中区，槐荫区作表态发言').items[0]!;
      assert.deepEqual([it.speakers, it.length, it.perSpeaker], [3, 30, 10]);
    });

    it('a count of units before the verb shares the slot: 3家银行代表作交流发言', () => {
      const it = agendaIn('全市水利工作会议日程', '', '一、9:00—9:20　3家银行代表作交流发言').items[0]!;
      assert.deepEqual([it.speakers, it.length, it.perSpeaker, it.minutes], [3, 20, 7, 7]);
    });

    it('only speeches and reports are shared out: a principal speech keeps its length', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00—10:00　市长王五、副市长李四讲话');
      const it = a.items[0]!;
      assert.equal(it.speakers, null);
      assert.deepEqual([it.length, it.minutes], [60, 60]);
    });

    it('a range that runs backwards has no length', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、10:00—9:40　市水务局汇报');
      assert.deepEqual(a.items[0]!.length, null);
    });
  });

  describe('one line holding several items', () => {
    it('clauses each with a range are items (a notice’s 会议议程：…；…；…)', () => {
      const a = agendaIn(
        '关于召开全市防汛工作会议的通知',
        '',
        '会议议程：市水务局汇报工作（9:00—9:10）；历城区、长清区作表态发言（9:10—9:30）；副市长张三讲话（9:30—10:00）。',
      );
      assert.equal(a.items.length, 3);
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.role]), [
        [hm(9), hm(9, 10), 'report'],
        [hm(9, 10), hm(9, 30), 'speech'],
        [hm(9, 30), hm(10), 'other'],
      ]);
      assert.equal(a.items[1]!.minutes, 10);
    });

    it('clauses each with a duration are items', () => {
      const a = agendaIn('关于召开全市消防工作会议的通知', '', '会议安排：市消防救援支队汇报（10分钟），历下区发言（5分钟），市长王五讲话（30分钟）。');
      assert.deepEqual(a.items.map((it) => [it.length, it.role]), [
        [10, 'report'],
        [5, 'speech'],
        [30, 'principal'],
      ]);
    });
  });

  describe('where the time is written', () => {
    it('a range after the words (市长讲话（9:35—10:25）) is the item’s time, and leaves the label', () => {
      const a = agendaIn('全市经济工作会议日程', '', '一、市长王五讲话（9:35—10:25）', '二、副市长李四讲话（10:25—10:40）');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to, it.length]), [
        ['市长王五讲话', hm(9, 35), hm(10, 25), 50],
        ['副市长李四讲话', hm(10, 25), hm(10, 40), 15],
      ]);
    });

    it('a sentence naming the meeting’s days: each clause with a date and time is a step on that day', () => {
      const a = agendaIn(
        '关于召开全市人才工作会议的通知',
        '',
        '时间：1月14日至16日',
        '请各区县组织部负责人于1月14日下午1:00报到，列席1月15日上午8:00召开的开幕大会，1月16日下午2:30参加分组讨论。',
      );
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from]), [
        ['报到', 0, hm(13)],
        ['列席召开的开幕大会', 1, hm(8)],
        ['参加分组讨论', 2, hm(14, 30)],
      ]);
    });

    it('a lead-in word (会议议程：, 以及) is not part of the label', () => {
      const a = agendaIn('全市经济工作会议日程', '', '一、9:00—9:10　会议议程：市发展改革委汇报', '二、9:10—9:30　以及市财政局汇报预算执行情况');
      assert.deepEqual(labels(a), ['市发展改革委汇报', '市财政局汇报预算执行情况']);
      assert.deepEqual(a.items.map((it) => it.speaker), ['市发展改革委', '市财政局']);
    });
  });

  describe('a time on a line of its own', () => {
    it('takes the line after it as its words', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '9:00—9:10', '市水务局汇报河湖长制工作', '9:10—10:00', '市长王五讲话');
      assert.deepEqual(labels(a), ['市水务局汇报河湖长制工作', '市长王五讲话']);
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.role]), [
        [hm(9), hm(9, 10), 'report'],
        [hm(9, 10), hm(10), 'principal'],
      ]);
    });
  });

  describe('tables', () => {
    it('a row’s cells are one item, the speaker in a later cell', () => {
      const a = agendaIn(
        '全市招商引资工作推进会议程',
        '',
        '| 时间 | 内容 | 发言人 |',
        '|---|---|---|',
        '| 9:00—9:10 | 汇报全市招商引资情况 | 市投资促进局 |',
        '| 9:30—11:10 | 讲话 | 市委书记赵六 |',
      );
      assert.equal(a.items.length, 2);
      assert.deepEqual(a.items.map((it) => [it.from, it.to, it.role]), [
        [hm(9), hm(9, 10), 'report'],
        [hm(9, 30), hm(11, 10), 'principal'],
      ]);
      assert.equal(a.items[1]!.parts.length, 3);
      assert.equal(a.items[1]!.text, '9:30—11:10 讲话 市委书记赵六');
    });

    it('speakers in a later cell share the slot', () => {
      const a = agendaIn('全市招商引资工作推进会议程', '', '| 时间 | 内容 | 单位 |', '|---|---|---|', '| 9:10—9:30 | 表态发言 | 历下区、市中区 |');
      assert.deepEqual([a.items[0]!.speakers, a.items[0]!.minutes], [2, 10]);
    });
  });

  describe('tables whose header names the parts of the day', () => {
    const rows = (header: string): Agenda =>
      agendaIn(
        '全市文化旅游发展大会日程',
        '',
        header,
        '|---|---|---|',
        '| 4月16日（星期二） | 11:40　开幕式，市委书记张三讲话 | 12:00　分组讨论 |',
        '| 4月17日（星期三） | 9:00　大会交流发言 | 3:00　闭幕式 |',
      );

    for (const header of ['| 日期 | 上午 | 下午 |', '|  | 上午 | 下午 |']) {
      it(`${header}: each cell is in its column’s part of the day and its row’s day`, () => {
        const a = rows(header);
        assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.dayPart, it.from]), [
          ['开幕式，市委书记张三讲话', 0, 'morning', hm(11, 40)],
          ['分组讨论', 0, 'afternoon', hm(12)],
          ['大会交流发言', 1, 'morning', hm(9)],
          ['闭幕式', 1, 'afternoon', hm(15)],
        ]);
        // The columns are sessions: the morning item does not run on to the afternoon one.
        assert.equal(a.items[0]!.to, null);
      });
    }

    it('the same table flattened to one cell a line', () => {
      const a = agendaIn(
        '全市文化旅游发展大会日程',
        ...['日期', '上午', '下午', '4月16日（星期二）', '11:40　开幕式，市委书记张三讲话', '12:00　分组讨论'].flatMap((c) => [c, '|']),
      );
      assert.deepEqual(a.items.map((it) => [it.dayIndex, it.dayPart, it.from, it.to]), [
        [0, 'morning', hm(11, 40), null],
        [0, 'afternoon', hm(12), null],
      ]);
    });
  });

  describe('sessions and headings', () => {
    it('下午（14:30开始） on its own line is a session heading', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '下午（14:30开始）', '2:30—3:00　市水务局汇报');
      assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to, it.dayPart]), [['市水务局汇报', hm(14, 30), hm(15), 'afternoon']]);
    });

    it('a line opening with 下午 opens the afternoon for the times after it', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '9:00—9:30　市水务局汇报', '下午　分组讨论', '8:00—9:00　历城区发言');
      // 8:00 under 下午 is 20:00, not 8:00 in the morning.
      assert.deepEqual(a.items.at(-1)!.from, hm(20));
    });

    it('a weekday on its own line is not an item', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日', '（星期二）', '9:00—9:30　市水务局汇报');
      assert.deepEqual(labels(a), ['市水务局汇报']);
    });

    it('a date opening an item line puts the item on that day', () => {
      const a = agendaIn('全市经济工作会议日程', '', '时间：3月19日至20日', '3月20日上午9:00—9:30　市长王五讲话');
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from, it.to]), [['市长王五讲话', 1, hm(9), hm(9, 30)]]);
    });

    it('a date defined by the item line itself puts its items on their days (3月6日下午2:30　…)', () => {
      const a = agendaIn('全市经济工作会议日程', '', '3月5日上午9:00　市长王五作工作报告', '3月6日下午2:30　分组审议');
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from]), [
        ['市长王五作工作报告', 0, hm(9)],
        ['分组审议', 1, hm(14, 30)],
      ]);
    });

    it('会议时间： within a numbered notice section is the window; the items below it keep their durations', () => {
      const a = agendaIn('全市经济工作会议日程', '', '一、会议时间：3月19日上午9:00—11:30', '二、会议议程', '1.市发展改革委汇报（10分钟）', '2.市长王五讲话（60分钟）');
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(9), to: hm(11, 30) });
      assert.deepEqual(a.items.map((it) => [it.role, it.length]), [['report', 10], ['principal', 60]]);
    });
  });

  describe('the same agenda in the layouts documents come in', () => {
    // Three steps on 19 March: a report 9:00—9:10, two units’ statements 9:10—9:30 (10 minutes each),
    // a 副市长's speech 9:30—10:00 (not budgeted).
    const want = [
      ['report', hm(9), hm(9, 10), 10],
      ['speech', hm(9, 10), hm(9, 30), 10],
      ['other', hm(9, 30), hm(10), 30],
    ];
    const read = (a: Agenda): unknown[] => a.items.map((it) => [it.role, it.from, it.to, it.minutes]);
    const lines = [
      '全市河湖长制工作会议议程',
      '',
      '时间：2024年3月19日（星期二）上午',
      '一、9:00—9:10　市水务局汇报工作',
      '二、9:10—9:30　历城区、长清区作表态发言',
      '三、9:30—10:00　副市长张三讲话',
      '',
    ];

    it('line by line', () => assert.deepEqual(read(agendaOf(buildModel(lines.join('\n')), DEFAULT_NAMES)), want));

    it('with CRLF line ends and a BOM', () => assert.deepEqual(read(agendaOf(buildModel('\ufeff' + lines.join('\r\n')), DEFAULT_NAMES)), want));

    it('as a Markdown list', () => {
      const md = ['# 全市河湖长制工作会议议程', '', '时间：2024年3月19日（星期二）上午', '', '1. 9:00—9:10 市水务局汇报工作', '2. 9:10—9:30 历城区、长清区作表态发言', '3. 9:30—10:00 副市长张三讲话', ''];
      assert.deepEqual(read(agendaOf(buildModel(md.join('\n'), { markdown: true }), DEFAULT_NAMES)), want);
    });

    it('as a notice written on one line, paragraphs parted by full-width spaces', () => {
      const text =
        '关于召开全市河湖长制工作会议的通知　　各区县人民政府，市直有关部门：　　经市政府同意，定于2024年3月19日（星期二）上午9:00在市政府第一会议室召开全市河湖长制工作会议。会议议程：市水务局汇报工作（9:00—9:10）；历城区、长清区作表态发言（9:10—9:30）；副市长张三讲话（9:30—10:00）。　　济南市水利局　　2024年3月8日';
      const a = agendaOf(buildModel(text), DEFAULT_NAMES);
      assert.deepEqual(read(a), want);
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0, 0, 0]);
    });
  });

  describe('what is not an item', () => {
    it('a notice’s sentences and sections', () => {
      const a = agendaIn(
        '关于召开全市经济工作会议的通知',
        '',
        '各区县人民政府，市有关部门：',
        '　　市委、市政府定于3月19日召开全市经济工作会议，市委书记张三出席并讲话。现将有关事项通知如下：',
        '　　一、参会人员',
        '　　各区县政府主要负责同志。',
        '　　二、有关要求',
        '　　请于3月12日前报送参会人员名单。',
      );
      assert.deepEqual(labels(a), []);
    });

    it('会议由…主持。 is the host, not an item', () => {
      const a = agendaIn('全市水利工作会议日程', '', '会议由副市长李四主持。', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.host, '副市长李四');
      assert.deepEqual(labels(a), ['市水务局汇报']);
    });

    it('报到时间：… is not an item', () => {
      const a = agendaIn('全市水利工作会议日程', '', '报到时间：3月18日下午2:00—5:00', '一、9:00—9:10　市水务局汇报');
      assert.deepEqual(labels(a), ['市水务局汇报']);
      assert.equal(a.window, null);
    });

    it('the line under 一、会议时间 is the meeting’s time, not an item', () => {
      const a = agendaIn('关于召开全市河湖管护工作会议的通知', '', '一、会议时间', '3月19日上午9:00—11:30', '二、会议地点', '市政府第二会议室');
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(9), to: hm(11, 30) });
      assert.ok(a.items.every((it) => it.from === null), labels(a).join('|'));
    });

    it('会议时间为… is the meeting’s time as 会议时间： is', () => {
      const a = agendaIn('全市经济工作会议日程', '', '会议时间为3月19日上午9:00—11:30。', '一、市长王五作工作报告（60分钟）');
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(9), to: hm(11, 30) });
      assert.deepEqual(labels(a), ['市长王五作工作报告（60分钟）']);
    });

    it('a deadline time (9时前入场) does not open an item', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00—9:10　市水务局汇报，请于8:40前入场');
      assert.equal(a.items.length, 1);
      assert.deepEqual([a.items[0]!.from, a.items[0]!.to], [hm(9), hm(9, 10)]);
    });
  });

  describe('the presiding and convening leaders', () => {
    it('副市长李四主持会议 as an item names the host for the remarks later on', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、9:00—9:05　副市长李四主持会议', '二、9:05—9:15　市水务局汇报', '三、9:15—9:40　李四同志讲话');
      assert.equal(a.host, '副市长李四');
      assert.deepEqual(a.items.map((it) => it.role), ['host', 'report', 'host']);
    });

    it('由副市长李四召集: a 副市级 convener when no principal leader speaks', () => {
      const a = agendaIn('全市水利工作会议日程', '', '会议由副市长李四召集，请各区县政府主要负责同志参加。', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.convener, '副市长李四');
    });

    it('a 副市长 host is the convener when nobody else is named', () => {
      const a = agendaIn('全市水利工作会议日程', '', '主持人：副市长李四', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.convener, '副市长李四');
    });

    it('no 副市级 convener when a principal leader speaks', () => {
      const a = agendaIn('全市水利工作会议日程', '', '会议由副市长李四召集。', '一、9:00—9:10　市水务局汇报', '二、9:10—9:40　市长王五讲话');
      assert.equal(a.convener, null);
    });

    it('no 副市级 convener when a principal title is among the convener’s titles', () => {
      const a = agendaIn('全市水利工作会议日程', '', '会议由市委副书记、市长王五主持召开。', '一、9:00—9:10　市水务局汇报');
      assert.equal(a.convener, null);
    });
  });

  describe('participants', () => {
    it('the largest head count written, not a quota per unit nor a cap', () => {
      assert.equal(agendaIn('全市水利工作会议日程', '', '参会人员共约150人。').headcount, 150);
      assert.equal(agendaIn('全市水利工作会议日程', '', '预计80人参加，其中主会场共120人。').headcount, 120);
      assert.equal(agendaIn('全市水利工作会议日程', '', '每个单位10人参加。').headcount, null);
      assert.equal(agendaIn('全市水利工作会议日程', '', '参会人数控制在100人以内。').headcount, null);
      assert.equal(agendaIn('全市水利工作会议日程', '', '会议规模不超过300人。').headcount, null);
    });

    it('head counts written as 200余人参加 or 共120名', () => {
      assert.equal(agendaIn('全市水利工作会议日程', '', '200余人参加。').headcount, 200);
      assert.equal(agendaIn('全市水利工作会议日程', '', '参会人员共120名。').headcount, 120);
      assert.equal(agendaIn('全市水利工作会议日程', '', '一、市水务局汇报（10分钟）').headcount, null);
    });

    it('departments: a written number, or the units listed after 参会单位：', () => {
      assert.equal(agendaIn('全市水利工作会议日程', '', '请25个市直部门分管负责同志参加。').departments, 25);
      assert.equal(agendaIn('全市水利工作会议日程', '', '参会单位：市发展改革委、市财政局、市水务局、市应急局').departments, 4);
      assert.equal(agendaIn('全市水利工作会议日程', '', '参会单位：市水务局').departments, null);
    });

    it('departments: a unit with a bracketed note counts, and the larger of number and list wins', () => {
      assert.equal(agendaIn('全市水利工作会议日程', '', '出席单位：市水务局、市财政局（含下属单位）、市应急局').departments, 3);
      assert.equal(agendaIn('全市水利工作会议日程', '', '请12个有关单位参加，出席单位：市水务局、市财政局、市应急局').departments, 12);
      assert.equal(agendaIn('全市水利工作会议日程', '', '请3个市直部门参加。', '请8个相关单位参加。').departments, 8);
    });
  });

  describe('exemptions', () => {
    it('a meeting carrying out a higher-level meeting', () => {
      assert.equal(agendaIn('全市传达贯彻全省经济工作会议精神会议议程', '', '一、传达学习全省经济工作会议精神').implementsHigher, true);
      assert.equal(agendaIn('全市水利工作会议日程', '', '一、市水务局汇报').implementsHigher, false);
    });

    it('in a notice’s sentence, but not where the text forbids it', () => {
      assert.equal(agendaIn('关于召开全市水利工作会议的通知', '', '为贯彻落实全省水利工作会议精神，定于3月19日召开全市水利工作会议。').implementsHigher, true);
      assert.equal(agendaIn('全市水利工作会议日程', '', '不得以贯彻落实全省水利工作会议精神为名层层开会。').implementsHigher, false);
      // 贯彻 a document, not a meeting.
      assert.equal(agendaIn('全市水利工作会议日程', '', '一、传达贯彻市委文件精神').implementsHigher, false);
    });

    it('a statutory session named in the first lines', () => {
      assert.equal(agendaIn('会议日程', '', '市人大常委会第十次会议', '一、审议工作报告').statutory, true);
    });

    it('a statutory session, by its title', () => {
      assert.equal(agendaIn('济南市第十七届人民代表大会第三次会议日程', '', '一、市长王五作政府工作报告').statutory, true);
      assert.equal(agendaIn('政协济南市第十五届委员会第二次会议日程', '', '一、听取常委会工作报告').statutory, true);
      assert.equal(agendaIn('全市经济工作会议日程', '', '一、市长王五作工作报告').statutory, false);
    });
  });

  describe('sessions holding items', () => {
    it('a session line whose range holds the items after it is a container', () => {
      const a = agendaIn('全市经济工作会议日程', '', '9:00—11:30　全体会议', '1. 9:00—9:30　市发展改革委汇报', '2. 9:30—10:30　市长王五讲话');
      assert.deepEqual(a.items.map((it) => it.container), [true, false, false]);
    });

    it('an item followed by one outside its range is not', () => {
      const a = agendaIn('全市经济工作会议日程', '', '一、9:00—9:30　全体会议', '二、9:30—10:30　市长王五讲话');
      assert.deepEqual(a.items.map((it) => it.container), [false, false]);
    });

    // [session line, first item after it, whether the session line holds it]
    const table: Array<[string, string, boolean, string]> = [
      ['9:00—11:30　开幕式', '9:00—9:10　市长王五致辞', true, 'its first item starts with it'],
      ['9:00—11:30　开幕式', '9:30—9:40　市长王五致辞', false, 'no session word and a later start'],
      ['9:00—11:30　第一阶段', '9:30—9:40　历城区发言', true, '阶段 names a session'],
      ['9:00—11:30　大会交流：', '9:30—9:40　历城区发言', true, 'a colon at the end names a session'],
      ['9:00—11:30　市长王五讲话', '9:30—9:40　历城区发言', false, 'a speech holds no items'],
      ['9:00—9:30　全体会议', '9:00—9:30　市长王五讲话', false, 'the same range twice is one step, not a session'],
      ['9:00—10:00　全体会议', '9:30—10:30　历城区发言', false, 'the next item ends after the session'],
      ['9:00　全体会议', '9:00—9:30　历城区发言', false, 'a start time alone holds nothing'],
    ];
    for (const [session, first, want, why] of table) {
      it(`${session} / ${first} → ${want} (${why})`, () => {
        const a = agendaIn('全市经济工作会议日程', '', session, first);
        assert.deepEqual(a.items.map((it) => it.container), [want, false]);
      });
    }

    it('looks past up to two untimed items for the first timed one', () => {
      const a = agendaIn('全市经济工作会议日程', '', '9:00—11:30　第一阶段', '一、会议报到', '二、会议材料发放', '三、9:30—9:40　历城区发言');
      assert.deepEqual(a.items.map((it) => it.container), [true, false, false, false]);
    });

    it('a session on one day holds nothing of the next day', () => {
      const a = agendaIn('全市经济工作会议日程', '', '3月19日（星期二）', '9:00—11:30　全体会议', '3月20日（星期三）', '9:00—9:10　历城区发言');
      assert.deepEqual(a.items.map((it) => it.container), [false, false]);
    });
  });

  describe('which list entries and lines are agenda steps', () => {
    it('an untimed entry is a step when a sibling entry is one', () => {
      const a = agendaIn('全市水利工作会议日程', '', '一、市发展改革委汇报（10分钟）', '二、分组讨论');
      assert.deepEqual(labels(a), ['市发展改革委汇报（10分钟）', '分组讨论']);
    });

    it('untimed entries under a timed session line are its steps', () => {
      const a = agendaIn('全市水利工作会议日程', '', '9:00—11:30　全体会议', '1. 观看专题片', '2. 分组讨论');
      assert.deepEqual(labels(a), ['全体会议', '观看专题片', '分组讨论']);
    });

    it('in a schedule, a plain line right after a step is a step; a label line is not, nor what follows it', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '9:00—9:30　市水务局汇报', '分组讨论', '会议地点：市政府第一会议室', '合影留念');
      assert.deepEqual(labels(a), ['市水务局汇报', '分组讨论']);
    });

    it('outside a schedule, a plain line after a step is not a step', () => {
      const a = agendaIn('全市水利工作会议日程', '', '9:00—9:30　市水务局汇报', '分组讨论');
      assert.deepEqual(labels(a), ['市水务局汇报']);
    });

    it('entries under another day heading are not siblings of the day before', () => {
      // The first day's entries name no step of a meeting; the second day's list has one.
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '一、参观水利工程', '二、座谈交流', '3月20日（星期三）', '一、9:00—9:30　市水务局汇报', '二、分组讨论');
      assert.deepEqual(labels(a), ['市水务局汇报', '分组讨论']);
      assert.deepEqual(a.items.map((it) => it.dayIndex), [1, 1]);
    });

    it('an untimed unmarked sentence is not a step, even naming a speech', () => {
      const a = agendaIn('全市水利工作会议日程', '', '3月19日（星期二）', '9:00—9:30　市水务局汇报', '市委书记张三出席会议并讲话。请各单位认真贯彻落实。');
      assert.deepEqual(labels(a), ['市水务局汇报']);
    });
  });
});
