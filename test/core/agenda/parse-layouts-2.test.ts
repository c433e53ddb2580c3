// Reading agendas, second round (server/src/core/agenda/parse.ts, days.ts): layouts at the edges of
// the rules that the first file (parse-layouts.test.ts) leaves open — long list marks before a
// date, the line under 一、会议时间, session headings written with 场 or a bracketed start, and
// table rows that open with a header word. Expected values are worked out from the text:
// 9:00 is 540 minutes, 11:30 690, 14:30 870, 17:00 1020.

import * as assert from 'node:assert/strict';
import type { Agenda } from '../../../server/src/core/agenda/types';
import { agendaIn, hm, labels } from './read';

const md = (a: Agenda): string[] => a.days.map((d) => `${d.month}-${d.day}`);
const TITLE = '全市水利工作会议日程';

describe('agenda layouts (edges)', () => {
  describe('a line that opens with a list mark, a date and a time', () => {
    it('a mark of four characters （十一） still opens the line: its date is a meeting day', () => {
      // Entries ten and eleven of a long list, each on its own day.
      const a = agendaIn(TITLE, '', '（十）3月18日下午2:30　分组讨论', '（十一）3月19日上午9:00　参观考察');
      assert.deepEqual(md(a), ['3-18', '3-19']);
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from]), [
        ['分组讨论', 0, hm(14, 30)],
        ['参观考察', 1, hm(9)],
      ]);
    });

    it('a mark of two digits and a space before the date, （10） 3月19日…, opens the line too', () => {
      const a = agendaIn(TITLE, '', '（9） 3月18日下午2:30　分组讨论', '（10） 3月19日上午9:00　参观考察');
      assert.deepEqual(md(a), ['3-18', '3-19']);
      assert.deepEqual(a.items.map((it) => [it.label, it.dayIndex, it.from]), [
        ['分组讨论', 0, hm(14, 30)],
        ['参观考察', 1, hm(9)],
      ]);
    });
  });

  describe('the line under 一、会议时间', () => {
    it('the date that opens it is the meeting’s day; a date further in (报到) is not', () => {
      const a = agendaIn('关于召开全市水利工作会议的通知', '', '一、会议时间', '3月19日上午9:00—11:30（3月18日下午报到）', '二、会议地点', '市政府第一会议室');
      assert.deepEqual(md(a), ['3-19']); // 3月18日 is the day to check in, not a day of the meeting
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(9), to: hm(11, 30) });
    });

    it('定于 before the date: still the line’s own date, two characters in', () => {
      const a = agendaIn('关于召开全市水利工作会议的通知', '', '一、会议时间', '定于3月19日上午9:00—11:30', '二、会议地点', '市政府第一会议室');
      assert.deepEqual(md(a), ['3-19']);
      assert.deepEqual(a.window, { dayIndex: 0, from: hm(9), to: hm(11, 30) });
    });
  });

  describe('session headings', () => {
    it('上午场 / 下午场 on their own lines are headings, not steps', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '上午场', '9:00—11:30　全体会议', '下午场', '2:30—5:00　分组讨论');
      // 下午场 right after a step would otherwise read as an untimed step of the schedule.
      assert.deepEqual(labels(a), ['全体会议', '分组讨论']);
      assert.deepEqual(a.items.map((it) => [it.dayPart, it.from, it.to]), [
        ['morning', hm(9), hm(11, 30)],
        ['afternoon', hm(14, 30), hm(17)],
      ]);
    });

    it('上午： / 下午： with a colon are headings too', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '上午：', '9:00—11:30　全体会议', '下午：', '2:30—5:00　分组讨论');
      assert.deepEqual(labels(a), ['全体会议', '分组讨论']);
      assert.equal(a.items[1]!.dayPart, 'afternoon');
    });

    it('下午（14:30开始） between two steps is a heading, not a step', () => {
      const a = agendaIn(TITLE, '', '3月19日（星期二）', '9:00—11:30　全体会议', '下午（14:30开始）', '2:30—5:00　分组讨论');
      assert.deepEqual(labels(a), ['全体会议', '分组讨论']);
    });
  });

  describe('table rows that open with a header word', () => {
    it('| 主持 | 副市长李四 | under a | 时间 | 内容 | header is a row of the schedule, not a second header', () => {
      const a = agendaIn('全市招商引资工作推进会议程', '', '| 时间 | 内容 |', '|---|---|', '| 主持 | 副市长李四 |', '| 9:00—9:10 | 市投资促进局汇报 |', '| 9:10—9:30 | 副市长李四讲话 |');
      assert.deepEqual(a.items.map((it) => [it.label, it.from]), [
        ['主持 副市长李四', null],
        ['市投资促进局汇报', hm(9)],
        ['副市长李四讲话', hm(9, 10)],
      ]);
      assert.equal(a.items[0]!.role, 'host'); // the presiding row names the host
    });

    it('| 发言 | 历下区、市中区 |: a speech by two units', () => {
      const a = agendaIn('全市招商引资工作推进会议程', '', '| 时间 | 内容 |', '|---|---|', '| 9:00—9:10 | 市投资促进局汇报 |', '| 发言 | 历下区、市中区 |');
      const last = a.items.at(-1)!;
      assert.deepEqual([last.role, last.speakers], ['speech', 2]); // two units named after 发言
    });
  });
});

describe('agenda layouts (edges): a session line and its steps', () => {
  it('a 主持： line between the timed session line and its list leaves the entries its steps', () => {
    const a = agendaIn(TITLE, '', '9:00—11:30　全体会议', '主持：副市长李四', '（一）观看专题片', '（二）分组讨论');
    assert.deepEqual(labels(a), ['全体会议', '观看专题片', '分组讨论']);
    assert.equal(a.host, '副市长李四');
  });

  it('a plain line between them does not: the list is no longer right under the session line', () => {
    // The notice's sentence stands between; its entries are requirements, not steps.
    const a = agendaIn('关于召开全市水利工作会议的通知', '', '9:00—11:30　全体会议', '请各单位做好以下准备工作。', '（一）报送参会人员名单', '（二）准备书面交流材料');
    assert.deepEqual(labels(a), ['全体会议']);
  });
});

describe('agenda layouts (edges): several items on one line', () => {
  it('clauses parted by ； and by ，, each with its range in brackets, are one step each', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '会议议程：市投资促进局汇报（9:00—9:10）；历下区发言（9:10—9:20），市中区发言（9:20—9:30）；副市长李四讲话（9:30—10:00）');
    assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [
      ['市投资促进局汇报', hm(9), hm(9, 10)],
      ['历下区发言', hm(9, 10), hm(9, 20)],
      ['市中区发言', hm(9, 20), hm(9, 30)],
      ['副市长李四讲话', hm(9, 30), hm(10)],
    ]);
  });

  it('ranges that open clauses and lengths inside one clause: each speaker is a step of its own', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '9:00—9:10市投资促进局汇报；9:10—9:30历下区发言（10分钟），市中区发言（10分钟）；9:30—10:00副市长李四讲话');
    // Four speakers, four steps; the two districts share 9:10—9:30, each with its own 10 minutes.
    assert.deepEqual(a.items.map((it) => it.speaker), ['市投资促进局', '历下区', '市中区', '副市长李四']);
    assert.deepEqual([a.items[0]!.from, a.items[3]!.from, a.items[3]!.to], [hm(9), hm(9, 30), hm(10)]);
  });

  it('lengths written without brackets, each closing its clause: one step per clause, and the next entry too', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '一、市水务局汇报10分钟，历城区发言20分钟', '二、分组讨论');
    assert.deepEqual(a.items.map((it) => [it.speaker, it.minutes]), [
      ['市水务局', 10],
      ['历城区', 20],
      ['', null], // 二、分组讨论: a sibling of a step, so a step itself
    ]);
    assert.equal(a.items[2]!.label, '分组讨论');
  });

  it('a later range on the line is split into its clauses too, after an earlier one that was not', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '9:00—9:30市水务局汇报（10分钟）、历城区发言（20分钟）；9:30—10:00长清区发言（10分钟），章丘区发言（20分钟）；10:00—10:30副市长李四讲话');
    // 长清区 and 章丘区 each have a clause and a length of their own: two steps, not one.
    assert.deepEqual(a.items.slice(1).map((it) => [it.speaker, it.duration?.minutes ?? null]), [
      ['长清区', 10],
      ['章丘区', 20],
      ['副市长李四', null],
    ]);
  });

  it('a clause after a head range takes the range in its own brackets', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '会议议程：9:00—9:30市水务局汇报（9:00—9:10），历城区发言（9:10—9:30）；9:30—10:00副市长李四讲话');
    assert.deepEqual(a.items.map((it) => it.speaker), ['市水务局', '历城区', '副市长李四']);
    assert.deepEqual([a.items[1]!.from, a.items[1]!.to], [hm(9, 10), hm(9, 30)]); // 历城区 speaks 9:10—9:30
  });

  it('a list entry whose clauses each hold a length is two steps; the next entry is a third', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '一、市投资促进局汇报（10分钟），历下区发言（5分钟）', '二、副市长李四讲话（20分钟）');
    assert.deepEqual(a.items.map((it) => [it.speaker, it.minutes]), [
      ['市投资促进局', 10],
      ['历下区', 5],
      ['副市长李四', 20],
    ]);
  });
});

describe('agenda layouts (edges): the number of speakers', () => {
  it('is read near the length: 3个区 before 每个单位5分钟, not 12个区县 far earlier in the entry', () => {
    const a = agendaIn(
      '全市招商引资工作推进会议程',
      '',
      '一、市投资促进局通报全市招商引资工作情况（10分钟）',
      '二、交流发言。全市12个区县和市直有关部门分管负责同志列席旁听，会上由历下区、市中区、槐荫区3个区依次作交流发言（每个单位5分钟）',
      '三、副市长李四讲话（20分钟）',
    );
    const talk = a.items[1]!;
    // Three districts speak, 5 minutes each: 15 minutes in all. The 12 districts only listen.
    assert.deepEqual([talk.role, talk.speakers, talk.perSpeaker, talk.length], ['speech', 3, 5, 15]);
  });

  it('is read in its own clause: 3个区 in the clause before does not count the two departments after ；', () => {
    const a = agendaIn(
      '全市招商引资工作推进会议程',
      '',
      '一、市投资促进局通报全市招商引资工作情况（10分钟）',
      '二、交流发言：历下区、市中区、槐荫区3个区发言（每个单位5分钟）；市发展改革委、市工业和信息化局发言（每个单位3分钟）',
    );
    const depts = a.items.at(-1)!;
    // Two departments are named, 3 minutes each: 6 minutes in all.
    assert.deepEqual([depts.role, depts.speakers, depts.perSpeaker, depts.length], ['speech', 2, 3, 6]);
  });
});

describe('agenda layouts (edges): the date repeated on every line', () => {
  it('3月19日下午 on each line keeps one session: a start-only step ends where the next begins', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '会议时间：3月19日下午2:30—5:30', '3月19日下午2:30　开幕式', '3月19日下午3:30　分组讨论');
    assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [
      ['开幕式', hm(14, 30), hm(15, 30)], // the next step starts at 15:30, in the same afternoon
      ['分组讨论', hm(15, 30), hm(17, 30)], // the last one runs to the stated end
    ]);
  });

  it('上午 then 下午 on the date lines are two sessions: the morning step does not run to 13:00', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '3月19日上午11:00　参观考察', '3月19日下午1:00　分组讨论');
    assert.deepEqual(a.items.map((it) => [it.label, it.from, it.to]), [
      ['参观考察', hm(11), null], // lunch lies between; no end is written
      ['分组讨论', hm(13), null],
    ]);
  });
});

describe('agenda layouts (edges): one speaker', () => {
  it('1名企业代表发言（5分钟）: one speaker is no count of speakers', () => {
    const a = agendaIn('全市招商引资工作推进会议程', '', '一、市投资促进局通报全市招商引资工作情况（10分钟）', '二、1名企业代表发言（5分钟）');
    const talk = a.items.at(-1)!;
    // speakers and perSpeaker are only set when more than one shares the item.
    assert.deepEqual([talk.role, talk.speakers, talk.perSpeaker, talk.length], ['speech', null, null, 5]);
  });
});

describe('agenda layouts (edges): a time on a line of its own', () => {
  it('takes the next line even when that line mentions another time further in (11:30返回)', () => {
    const a = agendaIn(TITLE, '', '3月19日（星期二）', '9:00', '市水务局汇报', '10:00', '参观考察（11:30返回）');
    assert.deepEqual(a.items.map((it) => [it.label, it.from]), [
      ['市水务局汇报', hm(9)],
      ['参观考察（11:30返回）', hm(10)], // 11:30 is when the visit returns, not a step of its own
    ]);
  });
});
