// The meeting's days (server/src/core/agenda/days.ts; docs/rules/meeting.principal-speech.md, 哪一天):
// day headings of a schedule, the date after 时间：, the line under 一、会议时间, the date a notice
// convenes the meeting on, a dated title, and ranges; each with its weekday annotation and the other
// places naming the same day. Deadlines and 报到时间 are not meeting days. Weekdays checked with a
// calendar: 2024-03-19 Tuesday, 2025-03-19 Wednesday, 2023-03-19 Sunday.

import * as assert from 'node:assert/strict';
import { dayText, isWeekdayOnly } from '../../../server/src/core/agenda/days';
import type { Agenda, MeetingDay } from '../../../server/src/core/agenda/types';
import { weekday } from '../../../server/src/core/parse/dates';
import type { Ymd } from '../../../server/src/core/semantics/timeline';
import { agendaIn } from './read';

const md = (a: Agenda): string[] => a.days.map((d) => `${d.month}-${d.day}`);
const ymd = (d: Ymd | null): string | null => (d ? `${d.year}-${d.month}-${d.day}` : null);
const TITLE = '全市经济工作会议日程';

/** A notice with a 成文日期 (2024年3月1日) that gives the year to dates written without one. */
function notice(...body: string[]): Agenda {
  return agendaIn('关于召开全市河湖管护工作会议的通知', '', '各区县人民政府，市有关部门：', ...body.map((b) => `　　${b}`), '', '济南市水务局', '2024年3月1日');
}

describe('agenda days', () => {
  describe('dayText', () => {
    it('writes the full date when the year is known, else month and day', () => {
      const known = agendaIn(TITLE, '', '时间：2024年3月19日').days[0]!;
      assert.equal(dayText(known), '2024年3月19日');
      const bare = agendaIn(TITLE, '', '时间：3月19日').days[0]!;
      assert.equal(dayText(bare), '3月19日');
    });
  });

  describe('isWeekdayOnly', () => {
    const table: Array<[string, boolean]> = [
      ['（星期三）', true],
      ['(星期日)', true],
      ['星期天', true],
      ['周五', true],
      ['  （礼拜一）  ', true],
      ['（星期三）上午', false],
      ['星期三召开', false],
      ['3月20日（星期三）', false],
      ['', false],
    ];
    for (const [t, want] of table) it(`“${t}” → ${want}`, () => assert.equal(isWeekdayOnly(t), want));
  });

  describe('day headings of a schedule', () => {
    let a: ReturnType<typeof agendaIn>;
    // Built for each test, not while the file loads: mutation testing swaps code between tests.
    beforeEach(() => {
      a = agendaIn(
        '全市农业农村工作会议日程',
        '',
        '3月19日（星期二）',
        '上午',
        '9:00—9:30　市农业农村局汇报全年工作情况',
        '下午',
        '2:30—4:00　分组讨论',
        '',
        '3月20日',
        '（星期三）',
        '9:00—9:20　历下区、章丘区作表态发言',
      );
    });

    it('reads one day per heading, in order', () => assert.deepEqual(md(a), ['3-19', '3-20']));

    it('keeps the weekday written after the date, with its place in the line', () => {
      const d = a.days[0]!;
      assert.equal(d.para.text, '3月19日（星期二）');
      assert.deepEqual([d.start, d.end], [0, 5]);
      assert.ok(d.weekdayNote);
      assert.equal(d.weekdayNote.para, d.para);
      assert.deepEqual([d.weekdayNote.start, d.weekdayNote.end, d.weekdayNote.weekday], [5, 10, 2]);
    });

    it('takes the weekday from the line after a heading when it stands alone', () => {
      const d = a.days[1]!;
      assert.ok(d.weekdayNote);
      assert.equal(d.weekdayNote.para.text, '（星期三）');
      assert.deepEqual([d.weekdayNote.start, d.weekdayNote.end, d.weekdayNote.weekday], [0, 5, 3]);
    });

    it('without a year: no date, but a stand-in calendar date with the written weekday', () => {
      for (const [i, wd] of [[0, 2], [1, 3]] as const) {
        const d = a.days[i]!;
        assert.equal(d.date, null);
        assert.ok(d.calendarDate);
        assert.deepEqual([d.calendarDate.month, d.calendarDate.day], [d.month, d.day]);
        assert.equal(weekday(d.calendarDate.year, d.calendarDate.month, d.calendarDate.day), wd);
        assert.equal(d.inRange, false);
      }
    });

    it('puts the items under the heading of their day', () => {
      assert.deepEqual(a.items.map((it) => it.dayIndex), [0, 0, 1]);
    });

    it('a date that opens an item line is a day too (3月6日下午2:30　…)', () => {
      const b = agendaIn(TITLE, '', '3月5日上午9:00　市长王五作工作报告', '3月6日下午2:30　分组审议');
      assert.deepEqual(md(b), ['3-5', '3-6']);
      assert.deepEqual(b.items.map((it) => it.dayIndex), [0, 1]);
    });

    it('a long line holding a date is not a heading, nor a day', () => {
      const b = agendaIn(TITLE, '', '请各单位结合3月19日全市经济运行分析会议精神认真研究提出本部门下一步工作的具体措施');
      assert.deepEqual(md(b), []);
    });
  });

  describe('the year of a day', () => {
    it('is written, or taken from the 成文日期', () => {
      assert.equal(ymd(agendaIn(TITLE, '', '时间：2024年3月19日').days[0]!.date), '2024-3-19');
      const a = notice('定于3月19日（星期二）在市政府第二会议室召开全市河湖管护工作会议。');
      assert.equal(ymd(a.days[0]!.date), '2024-3-19');
      assert.equal(ymd(a.days[0]!.calendarDate), '2024-3-19');
    });

    it('moves to the next year when the weekday fits it and not the 成文日期’s year', () => {
      // 3月19日 was a Tuesday in 2024, a Wednesday in 2025.
      const a = notice('定于3月19日（星期三）在市政府第二会议室召开全市河湖管护工作会议。');
      assert.equal(ymd(a.days[0]!.date), '2025-3-19');
    });

    it('moves to the year before when only that one fits the weekday', () => {
      // A Sunday: 2023 (2025 is a Wednesday).
      const a = notice('定于3月19日（星期日）在市政府第二会议室召开全市河湖管护工作会议。');
      assert.equal(ymd(a.days[0]!.date), '2023-3-19');
    });

    it('keeps the 成文日期’s year when no neighbouring year fits the weekday', () => {
      // A Friday in none of 2023, 2024, 2025.
      const a = notice('定于3月19日（星期五）在市政府第二会议室召开全市河湖管护工作会议。');
      assert.equal(ymd(a.days[0]!.date), '2024-3-19');
    });

    it('does not move a written year for its weekday', () => {
      const a = agendaIn(TITLE, '', '时间：2024年3月19日（星期三）');
      assert.equal(ymd(a.days[0]!.date), '2024-3-19');
    });
  });

  describe('which dates are the meeting’s', () => {
    let a: ReturnType<typeof notice>;
    // Built for each test, not while the file loads: mutation testing swaps code between tests.
    beforeEach(() => {
      a = notice(
        '经市政府同意，定于3月19日在市政府第二会议室召开全市河湖管护工作会议。',
        '报到时间：3月18日下午',
        '请于3月12日前报送参会人员名单，3月19日8:40前到场。',
      );
    });

    it('the date the notice convenes the meeting on, not 报到时间 nor a deadline', () => {
      assert.deepEqual(md(a), ['3-19']);
    });

    it('keeps the deadline naming the meeting’s day as a mention of it', () => {
      const d = a.days[0]!;
      assert.equal(d.mentions.length, 1);
      const m = d.mentions[0]!;
      assert.equal(m.para.text.slice(m.match.start, m.match.end), '3月19日');
      assert.ok(m.para.text.startsWith('请于3月12日前'));
    });

    it('the date after a label (时间：, 会议日期：)', () => {
      assert.deepEqual(md(agendaIn(TITLE, '', '会议时间：3月19日上午')), ['3-19']);
      assert.deepEqual(md(agendaIn(TITLE, '', '会议日期：3月19日')), ['3-19']);
      assert.deepEqual(md(agendaIn(TITLE, '', '报名截止日期：3月12日')), []);
    });

    it('the date on the line under 一、会议时间', () => {
      const b = notice('一、会议时间', '3月19日上午9:00', '二、会议地点', '市政府第二会议室');
      assert.deepEqual(md(b), ['3-19']);
    });

    it('a date in the title of a meeting', () => {
      assert.deepEqual(md(agendaIn('3月19日全市经济工作会议议程', '', '一、市长王五作工作报告（60分钟）')), ['3-19']);
    });

    it('a date in passing is not the meeting’s', () => {
      assert.deepEqual(md(agendaIn(TITLE, '', '一、通报3月5日安全检查情况（10分钟）')), []);
    });

    it('one day written twice is one day with a mention, whose weekday it keeps', () => {
      const b = agendaIn('3月19日全市经济工作会议议程', '', '时间：3月19日（星期二）上午9:00');
      assert.deepEqual(md(b), ['3-19']);
      const d = b.days[0]!;
      assert.equal(d.para.role, 'title');
      assert.equal(d.mentions.length, 1);
      assert.equal(d.mentions[0]!.para.text, '时间：3月19日（星期二）上午9:00');
      // The weekday written at the second mention is the day's: its calendar date follows it.
      assert.equal(d.weekdayNote?.weekday, 2);
      assert.equal(d.weekdayNote?.para, d.mentions[0]!.para);
      assert.ok(d.calendarDate);
      assert.equal(weekday(d.calendarDate.year, 3, 19), 2);
    });

    it('a date of another year is not a mention of the day', () => {
      const b = agendaIn(TITLE, '', '时间：2024年3月19日', '参照2023年3月19日会议安排执行。');
      assert.equal(b.days.length, 1);
      assert.equal(b.days[0]!.mentions.length, 0);
    });
  });

  describe('a page timestamp is no meeting day', () => {
    it('时间:2024-03-05 08:12:40 above the notice (a clock with seconds) is skipped; the convened day stays', () => {
      const a = agendaIn('召开全区防汛工作会议的通知', '时间:2024-03-05 08:12:40', '　　经区政府研究，定于3月12日上午9:00在区政府三楼会议室召开全区防汛工作会议。', '一、会议议程', '9:00—9:20　区水务局汇报');
      assert.deepEqual(md(a), ['3-12']);
    });

    it('a meeting time with minutes only is still the meeting day', () => {
      const a = agendaIn('全区防汛工作会议议程', '时间：2024-03-12 09:00', '9:00—9:20　区水务局汇报');
      assert.deepEqual(md(a), ['3-12']);
    });
  });

  describe('ranges of days', () => {
    const days = (when: string): MeetingDay[] => agendaIn(TITLE, '', `时间：${when}`).days;

    it('1月14日至17日 holds four days, each in the range', () => {
      const ds = days('1月14日至17日');
      assert.deepEqual(ds.map((d) => `${d.month}-${d.day}`), ['1-14', '1-15', '1-16', '1-17']);
      assert.ok(ds.every((d) => d.inRange));
      // Every day points at the whole range in the text.
      assert.ok(ds.every((d) => d.para.text.slice(d.start, d.end) === '1月14日至17日'));
      assert.ok(ds[0]!.match);
      assert.ok(ds.slice(1).every((d) => d.match === null && d.date === null && d.calendarDate === null));
    });

    it('a range written with both dates and weekdays, with a year', () => {
      const ds = days('2024年3月5日（星期二）至3月6日（星期三）');
      assert.deepEqual(ds.map((d) => ymd(d.date)), ['2024-3-5', '2024-3-6']);
      assert.deepEqual(ds.map((d) => ymd(d.calendarDate)), ['2024-3-5', '2024-3-6']);
      assert.equal(ds[0]!.para.text.slice(ds[0]!.start, ds[0]!.end), '2024年3月5日（星期二）至3月6日');
    });

    it('a range across the year end takes the next year for January', () => {
      assert.deepEqual(days('2024年12月30日至1月2日').map((d) => ymd(d.date)), ['2024-12-30', '2024-12-31', '2025-1-1', '2025-1-2']);
    });

    it('without a year, 2月28日至3月1日 steps through a common year', () => {
      assert.deepEqual(days('2月28日至3月1日').map((d) => `${d.month}-${d.day}`), ['2-28', '3-1']);
    });

    it('2月29日 in a range without a year steps through a leap year', () => {
      assert.deepEqual(days('2月29日至3月1日').map((d) => `${d.month}-${d.day}`), ['2-29', '3-1']);
      assert.deepEqual(days('2月28日至29日').map((d) => `${d.month}-${d.day}`), ['2-28', '2-29']);
    });

    it('an end that is no real day adds no days', () => {
      assert.deepEqual(days('2月28日至30日').map((d) => `${d.month}-${d.day}`), ['2-28']);
    });

    it('a single date is not a range', () => {
      const ds = days('2024年3月19日（星期二）');
      assert.equal(ds.length, 1);
      assert.equal(ds[0]!.inRange, false);
    });
  });

  describe('the 会期 the text states', () => {
    const table: Array<[string, number | null]> = [
      ['会期四天。', 4],
      ['会期为3天。', 3],
      ['会期半天。', 0.5],
      ['会期两天。', 2],
      ['会期一天半。', 1.5],
      ['会期：2024年3月19日至20日', null],
      ['会议期间注意安全。', null],
    ];
    for (const [line, want] of table) it(`${line} → ${want}`, () => assert.equal(agendaIn(TITLE, '', line).declaredDays, want));
  });
});
