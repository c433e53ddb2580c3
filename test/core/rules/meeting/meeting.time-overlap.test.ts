// meeting.time-overlap (docs/rules/meeting.time-overlap.md): a range that ends no later than it
// starts, or an item of the same day that starts before the previous one's written end.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['meeting.time-overlap'];
const said = (text: string) => lint(text, RULE).seen.map((s) => [s.at, s.zh]);

describe('meeting.time-overlap', () => {
  it('reports a range that ends when it starts', () => {
    const text = `全市文化旅游工作会议议程\n时间：2024年5月21日（星期二）上午\n9:00—9:30　观看文旅宣传片\n10:00—10:00　市文化和旅游局汇报工作\n`;
    const { seen } = lint(text, RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en]), [
      ['10:00—10:00', '“市文化和旅游局汇报工作”的结束时间 10:00 不晚于开始时间 10:00，请核对（§8）', '"市文化和旅游局汇报工作" ends (10:00) no later than it starts (10:00); check the times (§8)'],
    ]);
  });

  it('compares items of the same day only', () => {
    const text = `全市文化旅游工作会议日程\n5月21日（星期二）\n上午\n9:00—11:30　分组讨论\n5月22日（星期三）\n上午\n9:00—9:20　市文化和旅游局汇报工作\n`;
    assert.deepEqual(said(text), []);
  });

  it('compares with the previous item, parallel sessions and all', () => {
    const text = `全市文化旅游工作会议议程\n时间：2024年5月21日（星期二）上午\n9:00—9:30　第一组讨论（市委第一会议室）\n9:00—9:30　第二组讨论（市委第二会议室）\n9:20—9:40　历下区作交流发言\n`;
    const { seen } = lint(text, RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en]), [
      ['9:20—9:40', '“历下区作交流发言”9:20 开始，与上一项“第二组讨论（市委第二会议室）”（至 9:30）时间重叠，请核对（§8）', '"历下区作交流发言" starts at 9:20, before the previous item "第二组讨论（市委第二会议室）" ends (9:30); check the times (§8)'],
    ]);
  });
});
