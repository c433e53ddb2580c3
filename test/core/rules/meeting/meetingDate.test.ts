// meetingDate.ts: the move fix of the 无会日 / 无会周 rules (§6). The target days follow from the
// calendar (docs/rules/meeting.no-meeting-day.md: nearest working day before or after that is
// neither a Thursday nor in the 无会周); moving earlier is not offered when it would bring the
// meeting to or before its notice, or inside the lead time of a city leader's invitation (§7,
// 10 days) or of a draft sent before it (§10, 3 days) that the text keeps now.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const DAY = ['meeting.no-meeting-day'];

/** A notice of a meeting on Thursday 2024-03-21 (third week of March: only the 无会日 applies). */
function notice(extra: string, issued: string): string {
  return `关于召开全市文化旅游产业发展推进会的通知

各区县人民政府，市直有关部门：
　　经市政府同意，定于2024年3月21日（星期四）上午9:00在市政府第三会议室召开全市文化旅游产业发展推进会。现将有关事项通知如下：
　　一、参会人员
　　市文化和旅游局、市发展改革委分管负责同志。${extra}
　　二、其他事项
　　请于3月20日下午5:00前将参会回执报市文化和旅游局。

济南市文化和旅游局
${issued}
`;
}

const EARLIER = '提前到 2024年3月20日（星期三）';
const LATER = '推后到 2024年3月22日（星期五）';
const INVITE = '邀请副市长张三出席会议并讲话。';
const draft = (day: number) => `《济南市文化旅游促进条例（征求意见稿）》已于3月${day}日印发各单位。`;

function moves(text: string, config = {}): string[] {
  const { seen } = lint(text, DAY, config);
  assert.equal(seen.length, 1, `one 无会日 finding expected, got ${seen.length}`);
  return seen[0]!.fixes.map((f) => f.zh);
}

describe('rules/meetingDate: moving a meeting off its Thursday', () => {
  // Wednesday 3-20 is the nearest allowed day before, Friday 3-22 the nearest after.
  const cases: Array<[string, string, string, object, string[]]> = [
    ['a notice dated well before: both moves', '', '2024年3月11日', {}, [EARLIER, LATER]],
    ['a notice dated the day before the earlier day: both', '', '2024年3月19日', {}, [EARLIER, LATER]],
    // Moving to the notice's own day would hold the meeting the day it is announced.
    ['a notice dated on the earlier day: only later', '', '2024年3月20日', {}, [LATER]],
    ['a notice dated on the meeting day: only later', '', '2024年3月21日', {}, [LATER]],
    // A text dated after the meeting (a summary, a misdated notice) sets no bound.
    ['a text dated after the meeting: both', '', '2024年3月25日', {}, [EARLIER, LATER]],
    // Invitation: issued 3-11, 10 days before the 21st; the 20th would leave 9 < 10 days.
    ['a city leader invited exactly 10 days ahead: only later', INVITE, '2024年3月11日', {}, [LATER]],
    ['the invitation with 11 days to spare: both', INVITE, '2024年3月10日', {}, [EARLIER, LATER]],
    ['the invitation lead time set to 9 days: both', INVITE, '2024年3月11日', { rules: { 'meeting.leader-invitation': { minDays: 9 } } }, [EARLIER, LATER]],
    // Issued 3-14: only 7 days now, the lead time is already broken and there is nothing to keep.
    ['an invitation already too late is not kept', INVITE, '2024年3月14日', {}, [EARLIER, LATER]],
    ['an invitation without a dated notice: both', INVITE, '', {}, [EARLIER, LATER]],
    // Draft sent 3-18: 3 days before the 21st, 2 before the 20th.
    ['a draft sent exactly 3 days ahead: only later', draft(18), '2024年3月11日', {}, [LATER]],
    ['a draft sent 4 days ahead: both', draft(17), '2024年3月11日', {}, [EARLIER, LATER]],
    ['a draft 4 days ahead under minDays 4: only later', draft(17), '2024年3月11日', { rules: { 'meeting.draft-lead-time': { minDays: 4 } } }, [LATER]],
    ['a draft sent after the meeting is no lead time', draft(25), '2024年3月11日', {}, [EARLIER, LATER]],
    // No 成文日期: the draft's date takes the meeting's year.
    ['a draft 3 days ahead in a notice without a date: only later', draft(18), '', {}, [LATER]],
    // A date that is not a material's (a deadline for names) holds no lead time.
    ['another date 3 days ahead is not a draft', '请于3月18日前报送参会人员名单。', '2024年3月11日', {}, [EARLIER, LATER]],
  ];
  for (const [name, extra, issued, config, want] of cases) {
    it(name, () => assert.deepEqual(moves(notice(extra, issued), config), want));
  }

  it('rewrites the date, its weekday note and the other mention of that day', () => {
    const text = notice('', '2024年3月11日').replace('请于3月20日下午', '请于3月21日上午8:30前到场，3月20日下午');
    const fixes = lint(text, DAY).seen[0]!.fixes;
    assert.equal(fixes[1]!.en, 'Move later to 2024年3月22日（星期五）');
    const later = fixes[1]!.text;
    assert.ok(later.includes('定于2024年3月22日（星期五）上午9:00'), later);
    assert.ok(later.includes('请于3月22日上午8:30前到场，3月20日下午'), later);
    const earlier = fixes[0]!.text;
    assert.equal(fixes[0]!.en, 'Move earlier to 2024年3月20日（星期三）');
    assert.ok(earlier.includes('定于2024年3月20日（星期三）上午9:00'), earlier);
    assert.ok(earlier.includes('请于3月20日上午8:30前到场，3月20日下午'), earlier);
  });
});

describe('rules/meetingDate: a date without a year', () => {
  const agenda = (d: string) => `全市春节前安全生产工作调度会议程
时间：${d}上午9:00
一、9:00—9:10　市应急局通报安全生产形势
二、9:10—9:30　副市长张三讲话
`;

  it('moves within the year only: 1月1日 (Thursday) cannot go back to December', () => {
    const { seen } = lint(agenda('1月1日（星期四）'), DAY);
    assert.deepEqual(seen.map((s) => [s.at, s.zh.slice(0, 20)]), [['1月1日', '会议日期 1月1日 是星期四（无会日）；']]);
    assert.deepEqual(seen[0]!.fixes.map((f) => [f.zh, f.en]), [['推后到 1月2日（星期五）', 'Move later to 1月2日（星期五）']]);
    assert.ok(seen[0]!.fixes[0]!.text.includes('时间：1月2日（星期五）上午9:00'));
  });

  it('nor forward into January: 12月31日 (Thursday) only moves earlier', () => {
    const { seen } = lint(agenda('12月31日（星期四）'), DAY);
    assert.deepEqual(seen[0]!.fixes.map((f) => f.zh), ['提前到 12月30日（星期三）']);
  });

  it('keeps the way the weekday is written: 周四 → 周三, 礼拜二 → 礼拜五', () => {
    const thu = lint(agenda('1月2日（周四）'), DAY).seen[0]!;
    assert.deepEqual(thu.fixes.map((f) => f.zh), ['提前到 1月1日（星期三）', '推后到 1月3日（星期五）']);
    assert.ok(thu.fixes[0]!.text.includes('时间：1月1日（周三）上午'));
    assert.ok(thu.fixes[1]!.text.includes('时间：1月3日（周五）上午'));
    // 3月12日 a Tuesday: March's 1st is a Friday, its 无会周 is the 11th to the 17th.
    const tue = lint(agenda('3月12日（礼拜二）'), ['meeting.no-meeting-week']).seen[0]!;
    assert.equal(tue.zh, '会议日期 3月12日 在当月无会周（3月11日至3月17日）内；非贯彻上级重要会议的，不得在无会周召开会议，请改期（§6）');
    assert.deepEqual(tue.fixes.map((f) => f.zh), ['提前到 3月8日（星期五）', '推后到 3月18日（星期一）']);
    assert.ok(tue.fixes[0]!.text.includes('时间：3月8日（礼拜五）上午'));
    assert.ok(tue.fixes[1]!.text.includes('时间：3月18日（礼拜一）上午'));
  });
});

describe('rules/meetingDate: naming the days of a finding', () => {
  it('names the Thursday of a date range, quoting the range, and offers no move', () => {
    const { seen } = lint('全市文化旅游工作会议日程\n时间：2024年5月21日至23日\n', DAY);
    // 2024-05-21 is a Tuesday: the 23rd is the Thursday.
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en, s.fixes.length]), [
      [
        '2024年5月21日至23日',
        '会议日期 “2024年5月21日至23日”中的 5月23日 是星期四（无会日）；非贯彻上级重要会议的，不得在无会日召开会议，请改期（§6）',
        'The meeting falls on Thursday 5月23日 of "2024年5月21日至23日", a no-meeting day (无会日); only meetings that carry out an important higher-level meeting may be held then; move it to another day (§6)',
        0,
      ],
    ]);
  });

  it('tells each day heading of a two-day meeting on its own, without a move', () => {
    const text = `全市文化旅游工作会议日程
3月12日（星期二）
上午
9:00—11:30　分组讨论
3月13日（星期三）
上午
9:00—9:20　市文化和旅游局汇报工作

济南市文化和旅游局
2024年3月1日
`;
    const { seen } = lint(text, ['meeting.no-meeting-week']);
    const told = (d: number) => `会议日期 2024年3月${d}日 在当月无会周（2024年3月11日至3月17日）内；非贯彻上级重要会议的，不得在无会周召开会议，请改期（§6）`;
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.fixes.length]), [
      ['3月12日', told(12), 0],
      ['3月13日', told(13), 0],
    ]);
  });
});
