// meeting.leader-invitation (§7, docs/rules/meeting.leader-invitation.md): city leaders invited
// and the 成文日期 fewer than minDays (10) before the meeting's first day; a 请示 (a 公文) is read
// when it arranges a dated meeting (a meeting region, whatever its title says). Without a 成文日期 or a meeting date there is nothing to
// compare; a text dated after the meeting is not a request for it.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['meeting.leader-invitation'];

function request(title: string, issued: string, when = '2024年5月20日（星期一）'): string {
  return `${title}

市政府：
　　为推动科技成果转化，我局定于${when}上午9:00在市会议中心召开全市科技成果转化推进会。恳请市长王五同志出席并讲话。
　　妥否，请批示。

济南市科学技术局
${issued}
`;
}

const TITLE = '关于召开全市科技成果转化推进会的请示';
const said = (text: string) => lint(text, RULE).seen.map((s) => [s.at, s.zh]);
const gap = (issued: string, days: number) => ['恳请市长王五同志出席', `邀请市级领导同志参会，应提前 10 日书面请示；成文日期 ${issued} 距会议日期 2024年5月20日 仅 ${days} 天，请调整会期或提前报送（§7）`];

describe('meeting.leader-invitation', () => {
  it('reports a request dated 5 days before, in both languages', () => {
    const { seen } = lint(request(TITLE, '2024年5月15日'), RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en]), [
      [
        ...gap('2024年5月15日', 5),
        'Inviting city leaders needs a written request 10 days ahead; this text, dated 2024年5月15日, is only 5 day(s) before the meeting on 2024年5月20日; move the meeting or send the request earlier (§7)',
      ],
    ]);
  });

  it('reports a request dated on the meeting day: 0 days', () => {
    assert.deepEqual(said(request(TITLE, '2024年5月20日')), [gap('2024年5月20日', 0)]);
  });

  it('is silent on a text dated after the meeting', () => {
    assert.deepEqual(said(request(TITLE, '2024年5月21日')), []);
  });

  it('reads a 请示 whose title names no meeting when its body convenes one on a date (a meeting region)', () => {
    assert.deepEqual(said(request('关于恳请市长出席科技成果转化活动的请示', '2024年5月15日')), [['恳请市长出席', gap('2024年5月15日', 5)[1]]]);
  });

  it('is silent on a 请示 that invites a leader but arranges no dated meeting', () => {
    const text = request('关于恳请市长出席科技成果转化活动的请示', '2024年5月15日').replace('我局定于2024年5月20日（星期一）上午9:00在市会议中心召开全市科技成果转化推进会。', '我局将组织科技成果转化推进工作，具体时间另行报告。');
    assert.deepEqual(said(text), []);
  });

  it('reads an agenda whatever its title says', () => {
    const agenda = `全市文明城市创建现场观摩活动日程
时间：2024年5月20日（星期一）上午9:00
一、9:00—9:30　观摩历下区新时代文明实践站
二、9:30—9:40　市长王五讲话
　　邀请市长王五同志出席并讲话。

济南市精神文明建设委员会办公室
2024年5月15日
`;
    assert.deepEqual(said(agenda), [['邀请市长王五同志出席', '邀请市级领导同志参会，应提前 10 日书面请示；成文日期 2024年5月15日 距会议日期 2024年5月20日 仅 5 天，请调整会期或提前报送（§7）']]);
  });

  it('needs the 成文日期 and the meeting date', () => {
    assert.deepEqual(said(request(TITLE, '')), []);
    assert.deepEqual(said(request(TITLE, '2024年5月15日', '近期')), []);
  });
});
