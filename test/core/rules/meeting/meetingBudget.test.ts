// meetingBudget.ts: the §8 speaking-time rules and their fix, which brings an item down to the
// limit by rewriting what the line writes — the end time (with its 上午/下午 when the new end
// falls in another part of the day), the duration (its own words and numerals kept: 约20分钟,
// 20 分钟, 二十分钟; hours become minutes), or a per-speaker allotment (docs/rules/
// meeting.principal-speech.md, meeting.speech-time.md, meeting.report-time.md).

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULES = ['meeting.principal-speech', 'meeting.speech-time', 'meeting.report-time', 'meeting.host-remarks', 'meeting.untimed-item'];
const HEAD = '全市经济工作会议议程\n时间：2024年5月21日（星期二）\n';

/** Each finding as [rule, underlined text, the item's line after each fix]. */
function fixedLines(items: string, config = {}): Array<[string, string, string[]]> {
  const text = `${HEAD}${items}\n`;
  const lines = text.split('\n');
  return lint(text, RULES, config).seen.map((s) => [
    s.rule,
    s.at,
    s.fixes.map((f) => {
      const changed = f.text.split('\n').filter((l, k) => l !== lines[k]);
      assert.equal(changed.length, 1, `one line changed by ${f.zh}`);
      return changed[0]!;
    }),
  ]);
}

describe('rules/meetingBudget: shortening a duration', () => {
  const cases: Array<[string, string, string]> = [
    ['keeps 约 before the number', '一、市财政局汇报预算执行情况（约20分钟）', '一、市财政局汇报预算执行情况（约10分钟）'],
    ['keeps 左右 after it', '一、市发展改革委汇报（20分钟左右）', '一、市发展改革委汇报（10分钟左右）'],
    ['keeps the space before 分钟', '一、市财政局汇报预算执行情况（20 分钟）', '一、市财政局汇报预算执行情况（10 分钟）'],
    ['writes Chinese numerals as it found them', '一、市统计局通报（二十分钟）', '一、市统计局通报（十分钟）'],
    ['rewrites a range whole', '一、市审计局汇报（10-20分钟）', '一、市审计局汇报（10分钟）'],
    ['turns 半小时 into Chinese minutes', '一、市商务局汇报（半小时）', '一、市商务局汇报（十分钟）'],
    ['turns 1.5小时 into minutes', '一、市税务局汇报（1.5小时）', '一、市税务局汇报（10分钟）'],
    ['turns 两小时 into 九十分钟', '一、市委书记赵六讲话（两小时）', '一、市委书记赵六讲话（九十分钟）'],
  ];
  for (const [name, line, want] of cases) {
    it(name, () => {
      const got = fixedLines(line);
      assert.equal(got.length, 1);
      assert.deepEqual(got[0]![2], [want]);
    });
  }

  it('writes 100 minutes and more in Arabic numerals', () => {
    // toChineseSmall covers 0–99: the limit of 100 is written 100, not a broken numeral.
    const got = fixedLines('一、市委书记赵六讲话（两小时）', { rules: { 'meeting.principal-speech': { comprehensive: 100 } } });
    assert.deepEqual(got, [['meeting.principal-speech', '两小时', ['一、市委书记赵六讲话（100分钟）']]]);
  });
});

describe('rules/meetingBudget: shortening a time range', () => {
  it('rewrites 下午1:00 as 中午12:30 when the new end falls at noon', () => {
    // 11:00 + 90 minutes = 12:30, 中午 by the clock, not 下午.
    assert.deepEqual(fixedLines('一、上午11:00至下午1:00　市委书记赵六讲话'), [['meeting.principal-speech', '上午11:00至下午1:00', ['一、上午11:00至中午12:30　市委书记赵六讲话']]]);
  });

  it('keeps the writer’s day part word when the new end stays in the same part of the day', () => {
    // 18:10 and 18:30 are both 晚上 by the clock; the line wrote 下午 and keeps it.
    const got = fixedLines('主持人：副市长张三\n一、下午6:00至下午6:30　主持人讲话');
    assert.deepEqual(got, [['meeting.host-remarks', '下午6:00至下午6:30', ['一、下午6:00至下午6:10　主持人讲话']]]);
  });

  it('adds no day part word to a range written without one', () => {
    assert.deepEqual(fixedLines('一、11:00—13:00　市委书记赵六讲话'), [['meeting.principal-speech', '11:00—13:00', ['一、11:00—12:30　市委书记赵六讲话']]]);
  });

  it('keeps the day part word when the new end stays in it', () => {
    assert.deepEqual(fixedLines('一、上午9:00至上午10:40　市委书记赵六讲话'), [['meeting.principal-speech', '上午9:00至上午10:40', ['一、上午9:00至上午10:30　市委书记赵六讲话']]]);
  });
});

describe('rules/meetingBudget: allotments per speaker', () => {
  it('shortens the allotment and leaves the slot when the speakers are not counted', () => {
    const text = `${HEAD}一、9:10—9:40　区县代表发言，每人约8分钟\n`;
    const [s] = lint(text, RULES).seen;
    assert.equal(s!.zh, '“区县代表发言，每人约8分钟”每人 8 分钟，超过其他人员每人发言上限 5 分钟，请压缩（§8）');
    assert.deepEqual(s!.fixes.map((f) => [f.zh, f.en]), [['压缩至 5 分钟', 'Shorten to 5 minutes']]);
    assert.equal(s!.fixes[0]!.text, text.replace('每人约8分钟', '每人约5分钟'));
  });

  it('with the speakers counted, also ends the slot at start + speakers × limit', () => {
    const text = `${HEAD}一、9:10—9:40　历下区、市中区作交流发言，每个单位约8分钟\n`;
    const [s] = lint(text, RULES).seen;
    assert.deepEqual(s!.fixes.map((f) => [f.zh, f.en]), [['压缩至每人 5 分钟', 'Shorten to 5 minutes each']]);
    assert.equal(s!.fixes[0]!.text, text.replace('9:10—9:40', '9:10—9:20').replace('约8分钟', '约5分钟'));
  });
});

describe('rules/meetingBudget: an end inferred from the next item', () => {
  it('asks for the end time and offers no fix', () => {
    const { seen } = lint(`${HEAD}9:00　市委书记赵六讲话\n10:50　会议结束\n`, RULES);
    assert.deepEqual(seen.map((s) => [s.rule, s.at, s.zh, s.en, s.fixes.length]), [
      [
        'meeting.principal-speech',
        '9:00',
        '“市委书记赵六讲话”110 分钟（按下一项开始时间计），超过综合性会议主要领导讲话上限 90 分钟，请压缩并写明结束时间（§8）',
        '"市委书记赵六讲话" takes 110 minutes (until the next item starts), over the 90-minute limit for a principal leader\'s speech at a comprehensive meeting; shorten it and write its end time (§8)',
        0,
      ],
    ]);
  });
});

describe('rules/meetingBudget: where an untimed item is underlined', () => {
  it('from its first word to its last, without the indent and the closing punctuation', () => {
    const { seen } = lint(`${HEAD}　　一、观看专题片；\n　　二、企业家代表发言。\n　　三、市委书记赵六讲话；\n`, RULES);
    assert.deepEqual(seen.map((s) => [s.rule, s.at]), [
      ['meeting.untimed-item', '二、企业家代表发言'],
      ['meeting.untimed-item', '三、市委书记赵六讲话'],
    ]);
  });
});
