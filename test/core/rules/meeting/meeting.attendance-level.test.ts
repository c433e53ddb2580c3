// meeting.attendance-level (§9, docs/rules/meeting.attendance-level.md): only a demand that the
// principal leaders attend (参加、出席…) is reported, not another sentence that names them.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

describe('meeting.attendance-level', () => {
  it('reports the call to attend, not a duty of the same leaders', () => {
    const text = `关于召开全市农村人居环境整治推进会的通知

各区县人民政府，市直有关部门：
　　经市政府同意，定于2024年5月21日（星期二）上午9:00召开全市农村人居环境整治推进会，会议由副市长张三召集并主持，以视频会议形式召开。
　　一、参会人员
　　请各区县党政主要负责同志在本地分会场参加。
　　二、有关要求
　　各区县党政主要负责同志要亲自研究部署整治工作。

济南市人民政府办公厅
2024年5月14日
`;
    const { seen } = lint(text, ['meeting.attendance-level']);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.zh, '副市长张三召集的会议原则上不得要求区县党政主要负责同志参加，可改为分管负责同志参加（§9）');
    assert.ok(seen[0]!.fixes[0]!.text.includes('请各区县分管负责同志在本地分会场参加。'));
    assert.ok(seen[0]!.fixes[0]!.text.includes('各区县党政主要负责同志要亲自研究部署整治工作。'));
  });
});
