// meeting.duration (§8, docs/rules/meeting.duration.md): a comprehensive (or undeclared) meeting
// over one day; a special-topic one over one day, or stating a 会期 over half a day, or running
// past halfDayMinutes (240) or from the morning into the afternoon. Told on the first meeting
// day, else the first item, else the title.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['meeting.duration'];
const said = (text: string, config = {}) => lint(text, RULE, config).seen.map((s) => [s.at, s.zh]);
const SPECIAL = '全市安全生产专项整治推进会议程';

describe('meeting.duration', () => {
  it('holds a special-topic meeting that states 会期一天 to half a day', () => {
    const { seen } = lint(`${SPECIAL}\n时间：2024年3月19日（星期二）\n会期一天。\n一、9:00—9:10　市应急局通报安全生产形势\n`, RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh]), [['2024年3月19日', '会期 1 天，超过时长要求（专项工作会议不超过半天），请压缩会期（§8）']]);
    assert.ok(/^The meeting lasts 1 day.*, over the limit \(a special-topic meeting: half a day\); shorten it \(§8\)$/.test(seen[0]!.en), seen[0]!.en);
  });

  it('lets a comprehensive meeting state 会期一天', () => {
    assert.deepEqual(said('全市经济工作会议议程\n时间：2024年5月21日（星期二）\n会期一天。\n一、9:00—9:10　市发展改革委汇报经济运行情况\n'), []);
  });

  it('lets a special-topic meeting state 会期半天', () => {
    assert.deepEqual(said(`${SPECIAL}\n时间：2024年3月19日（星期二）上午\n会期半天。\n一、9:00—9:10　市应急局通报安全生产形势\n`), []);
  });

  it('has nothing to measure in a special-topic agenda without times or durations', () => {
    assert.deepEqual(said(`${SPECIAL}\n时间：2024年3月19日（星期二）\n一、市应急局通报安全生产形势\n二、副市长张三讲话\n`), []);
  });

  it('tells a stated 会期 on the title when the text has no date and no item', () => {
    const text = `关于召开全市经济工作会议的通知\n各区县人民政府，市直各部门：\n　　市委、市政府决定召开全市经济工作会议。会期两天，具体时间另行通知。\n`;
    assert.deepEqual(said(text), [['关于召开全市经济工作会议的通知', '会期 2 天，超过时长要求（综合性会议一般不超过1天），请压缩会期（§8）']]);
  });

  it('on the first item when there is no date', () => {
    const text = `全市经济工作会议日程\n一、9:00—9:10　市发展改革委汇报经济运行情况\n会期两天。\n`;
    assert.deepEqual(said(text), [['一、9:00—9:10　市发展改革委汇报经济运行情况', '会期 2 天，超过时长要求（综合性会议一般不超过1天），请压缩会期（§8）']]);
  });

  it('at the start of a text with no title either', () => {
    const { seen, result } = lint('<!-- gongwen kind=agenda -->\n会期两天，具体时间另行通知。\n', RULE);
    assert.deepEqual(seen.map((s) => s.zh), ['会期 2 天，超过时长要求（综合性会议一般不超过1天），请压缩会期（§8）']);
    assert.deepEqual([result.findings[0]!.start, result.findings[0]!.end], [0, 0]);
  });
});
