// meeting.draft-lead-time (§10, docs/rules/meeting.draft-lead-time.md): a draft or meeting
// material sent fewer than minDays (3) before the meeting — the sending date is one written
// within 40 characters of the material, on or before the meeting day — or handed out only at
// the meeting. Forbidding it is not setting it; statutory sessions hand out their papers as
// their own rules say.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['meeting.draft-lead-time'];
const WHEN = '定于2024年3月19日（星期二）下午3:00在市司法局第一会议室召开论证会。';

function notice(body: string, issued = '2024年3月8日', when = WHEN): string {
  return `关于召开《济南市养老服务条例》立法论证会的通知

市直有关部门：
　　${when}
　　${body}

济南市司法局
${issued}
`;
}

const said = (text: string, config = {}) => lint(text, RULE, config).seen.map((s) => [s.at, s.zh]);
const late = (day: number, gap: number, verb = '印发') => ['征求意见稿', `“征求意见稿”于 2024年3月${day}日 ${verb}，距会议 2024年3月19日 仅 ${gap} 天；原则上应提前 3 天印发（§10）`];

describe('meeting.draft-lead-time', () => {
  it('reports a draft sent the day before, in both languages', () => {
    const { seen } = lint(notice('征求意见稿于3月18日印发各单位。'), RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en]), [[...late(18, 1), '"征求意见稿" is sent on 2024年3月18日, 1 day(s) before the meeting on 2024年3月19日; send it 3 days ahead (§10)']]);
  });

  it('reports a draft sent on the meeting day: 0 days', () => {
    assert.deepEqual(said(notice('征求意见稿于3月19日印发各单位。')), [late(19, 0)]);
  });

  it('is silent at exactly minDays, and follows the option', () => {
    assert.deepEqual(said(notice('征求意见稿于3月16日印发各单位。')), []);
    assert.deepEqual(said(notice('征求意见稿于3月16日印发各单位。'), { rules: { 'meeting.draft-lead-time': { minDays: 4 } } }), [
      ['征求意见稿', '“征求意见稿”于 2024年3月16日 印发，距会议 2024年3月19日 仅 3 天；原则上应提前 4 天印发（§10）'],
    ]);
  });

  it('names the verb the sentence uses', () => {
    assert.deepEqual(said(notice('征求意见稿于3月17日送达各单位。')), [late(17, 2, '送达')]);
  });

  it('takes the year from the meeting when the text has no 成文日期', () => {
    assert.deepEqual(said(notice('征求意见稿于3月18日印发各单位。', '')), [late(18, 1)]);
  });

  it('reads the date next to the material, however far into the paragraph', () => {
    const body = '根据立法工作安排，经市政府同意，市司法局会同市民政局等部门起草了条例草案，现将征求意见稿于3月18日印发各单位，请认真研究。';
    assert.deepEqual(said(notice(body)), [late(18, 1)]);
  });

  it('does not take a date of another sentence 40 characters away as the sending date', () => {
    // 3月18日 opens the paragraph, far from the draft; the draft went out on the 12th.
    const body = '3月18日，市司法局召开专题会议，对条例草案逐条研究修改，形成了较为成熟的文本。征求意见稿已于3月12日印发各单位。';
    assert.deepEqual(said(notice(body)), []);
  });

  it('does not take a date after the meeting as the sending date', () => {
    assert.deepEqual(said(notice('会后请于3月22日前将征求意见稿修改意见提交市司法局。')), []);
  });

  it('needs a sending date and a meeting date', () => {
    assert.deepEqual(said(notice('征求意见稿将印发各单位。')), []);
    assert.deepEqual(said(notice('征求意见稿于3月18日印发各单位。', '2024年3月8日', '定于近期召开论证会，具体时间另行通知。')), []);
  });

  it('reports a material handed out only at the meeting', () => {
    const { seen } = lint(notice('会议材料会上发放。'), RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en]), [['会议材料', '“会议材料”在会上才发放；应提前 3 天印发给与会人员（§10）', '"会议材料" is handed out at the meeting; send it 3 days ahead (§10)']]);
  });

  it('does not report a material handed out at the meeting when it was also sent before', () => {
    assert.deepEqual(said(notice('会议材料会前印发，会上不再另行发放。')), []);
  });

  it('does not report what the text forbids, or a material that is not sent', () => {
    assert.deepEqual(said(notice('会议材料须提前3天印发，不得在会上临时发放会议材料。')), []);
    assert.deepEqual(said(notice('不得在会上临时发放会议材料。')), []);
    // A title cited before or after the material does not change whose sentence it is.
    assert.deepEqual(said(notice('按照《济南市市级会议管理办法》规定，不得在会上临时发放会议材料，请参会人员认真阅读《会议须知》。')), []);
    assert.deepEqual(said(notice('按照《济南市市级会议管理办法》规定，会议材料会上发放，请参会人员认真阅读《会议须知》。')), [['会议材料', '“会议材料”在会上才发放；应提前 3 天印发给与会人员（§10）']]);
    assert.deepEqual(said(notice('会上审议征求意见稿，请各单位做好发言准备。')), []);
  });

  it('leaves a statutory session to its own procedure', () => {
    const session = (name: string) => `关于召开${name}的通知

各位委员：
　　${name}定于2024年1月15日上午9:00在市会议中心开幕，会期四天。
　　请各位委员于1月14日下午报到，报到时领取会议材料。

政协济南市委员会办公厅
2024年1月5日
`;
    assert.deepEqual(said(session('政协济南市第十五届委员会第三次会议')), []);
    // The same papers at an ordinary meeting: taken on the eve, 1 day ahead.
    assert.deepEqual(said(session('全市政协工作会议')), [['会议材料', '“会议材料”于 2024年1月14日 领取，距会议 2024年1月15日 仅 1 天；原则上应提前 3 天印发（§10）']]);
  });
});
