// meeting.large-filing (§7, docs/rules/meeting.large-filing.md): more than maxParticipants (100)
// people or maxDepartments (20) departments; the message names the head count when it is over,
// else the departments. Told on the meeting date, else the title.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['meeting.large-filing'];
const agenda = (who: string, date = '时间：2024年3月19日（星期二）\n') => `全市经济工作会议日程\n${date}请${who}参加。\n`;
const said = (text: string, config = {}) => lint(text, RULE, config).seen.map((s) => [s.at, s.zh, s.en]);
const PEOPLE = ['2024年3月19日', '参会人员约 101 人，需于会议结束后 2 日内归口报市几大班子办公厅备案（§7）', 'about 101 participants: file the meeting with the leadership offices within 2 days after it (§7)'];
const DEPTS = ['2024年3月19日', '参会部门 21 个，需于会议结束后 2 日内归口报市几大班子办公厅备案（§7）', '21 departments: file the meeting with the leadership offices within 2 days after it (§7)'];

describe('meeting.large-filing', () => {
  let both: ReturnType<typeof agenda>;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    both = agenda('21个市直部门分管负责同志，共约101人');
  });

  it('names the head count when both are over', () => {
    assert.deepEqual(said(both), [PEOPLE]);
  });

  it('names the departments when only they are over', () => {
    assert.deepEqual(said(both, { rules: { 'meeting.large-filing': { maxParticipants: 101 } } }), [DEPTS]);
  });

  it('is silent when neither is over', () => {
    assert.deepEqual(said(both, { rules: { 'meeting.large-filing': { maxParticipants: 101, maxDepartments: 21 } } }), []);
    assert.deepEqual(said(agenda('20个市直部门分管负责同志，共约100人')), []);
  });

  it('is told on the title without a meeting date, at the start without a title', () => {
    assert.deepEqual(said(agenda('25个市直部门分管负责同志', '')).map((s) => [s[0], s[1]]), [['全市经济工作会议日程', '参会部门 25 个，需于会议结束后 2 日内归口报市几大班子办公厅备案（§7）']]);
    const { result } = lint('<!-- gongwen kind=agenda -->\n参会人员约150人。\n', RULE);
    assert.deepEqual(result.findings.map((f) => [f.start, f.end, f.message.zh]), [[0, 0, '参会人员约 150 人，需于会议结束后 2 日内归口报市几大班子办公厅备案（§7）']]);
  });
});
