// Work kept between analyses by paragraph text (parse/memo.ts): deadlines, phrase stances,
// convened meetings, district mentions. Each case analyses texts one after the other in this
// process, as the editor does on every keystroke; what was kept for an earlier text must never
// stand for a changed one, nor for an equal paragraph elsewhere or under another 成文日期.

import * as assert from 'node:assert/strict';
import { checkText } from '../../../server/src/core/check';
import { effectiveConfig } from '../../../server/src/core/config/effective';
import type { Finding } from '../../../server/src/core/types';

const NOTICE_TITLE = '济南市民政局关于做好养老服务有关工作的通知';

function notice(issue: string, body: string[]): string {
  return [NOTICE_TITLE, '', '各区县民政局：', ...body, '', '济南市民政局', issue, ''].join('\n');
}

function findings(text: string, rule: string): Finding[] {
  return checkText(text, 'notice.txt', effectiveConfig([])).findings.filter((f) => f.rule === rule);
}

describe('work kept between analyses', () => {
  it('a report deadline is judged against each text’s own 成文日期', () => {
    // 3月2日 has no year: the 成文日期 gives it one.
    const deadline = '请于3月2日前将工作台账报送市民政局。';
    const messages = (issue: string) => findings(notice(issue, [deadline]), 'doc.report-deadline').map((f) => f.message.zh);
    const [soon] = messages('2024年3月1日');
    assert.match(soon ?? '', /“3月2日”（2024年3月2日）.*2024年3月1日/, 'one day after the 成文日期');
    assert.deepEqual(messages('2024年2月1日'), [], 'a month after it: the same paragraph, no finding');
    const [yearBefore] = messages('2023年3月1日');
    assert.match(yearBefore ?? '', /“3月2日”（2023年3月2日）.*2023年3月1日/, 'the year of that 成文日期');
    assert.deepEqual(messages('2024年3月1日'), [soon]);
    // Four days: enough for the default minDays (3), not for 7.
    const inFour = notice('2024年3月1日', ['请于3月5日前将工作台账报送市民政局。']);
    const withMin = (minDays: number) => checkText(inFour, 'notice.txt', effectiveConfig([{ config: { rules: { 'doc.report-deadline': { severity: 'warning', minDays } } } }])).findings.filter((f) => f.rule === 'doc.report-deadline');
    assert.deepEqual(withMin(3), []);
    assert.equal(withMin(7).length, 1);
    assert.deepEqual(withMin(3), []);
  });

  it('an edited paragraph is read again: a phrase negated, a meeting moved, and back', () => {
    const veto = '对工作推进不力的单位，实行一票否决。';
    const meeting = '会议定于2024年7月11日9:00在市民中心三楼会议室召开，请各单位主要负责同志准时参加。';
    const first = notice('2024年3月1日', [veto, meeting]);
    const edited = notice('2024年3月1日', [veto.replace('实行', '不得实行'), meeting.replace('7月11日', '7月18日')]);
    const rules = (t: string) => checkText(t, 'notice.txt', effectiveConfig([])).findings.map((f) => f.rule);
    assert.ok(rules(first).includes('doc.one-vote-veto'));
    assert.ok(rules(first).includes('meeting.no-meeting-week'), '7月11日 is in the no-meeting week');
    assert.ok(!rules(edited).includes('doc.one-vote-veto'), 'the negated phrase sets nothing');
    assert.ok(!rules(edited).includes('meeting.no-meeting-week'), '7月18日 is after it');
    const back = findings(first, 'doc.one-vote-veto');
    assert.deepEqual(back.map((f) => first.slice(f.start, f.end)), ['一票否决']);
  });

  it('equal paragraphs in other places get findings at their own offsets', () => {
    const deadline = '请于2024年3月2日前将工作台账报送市民政局。';
    const twice = notice('2024年3月1日', [deadline, '各单位要高度重视。', deadline]);
    const moved = notice('2024年3月1日', [deadline, '各单位要高度重视，加强统筹协调，确保按期完成。', deadline]);
    for (const text of [twice, moved]) {
      const at = findings(text, 'doc.report-deadline').map((f) => f.start);
      const first = text.indexOf('2024年3月2日');
      assert.deepEqual(at, [first, text.indexOf('2024年3月2日', first + 1)]);
      // The fix edits the date where it is in this text.
      const fix = findings(text, 'doc.report-deadline')[1]!.fixes[0]!.edits[0]!;
      assert.ok(fix.start > first && text.slice(fix.start, fix.end).length > 0);
    }
  });

  it('the districts named in a paragraph follow the configured names, not an earlier list', () => {
    const line = '请历下区委、区政府于2024年3月20日前报送工作方案。';
    const text = ['济南市民政局关于报送工作方案的通知', '', '各区县民政局：', line, '', '济南市民政局', '2024年3月1日', ''].join('\n');
    const plain = checkText(text, 'a.txt', effectiveConfig([])).findings.filter((f) => f.rule === 'doc.directive-scope');
    const without = checkText(text, 'a.txt', effectiveConfig([{ config: { names: { districts: ['槐荫区'] } } }])).findings.filter((f) => f.rule === 'doc.directive-scope');
    assert.equal(plain.length, 1, '历下区 is one of the default districts');
    assert.deepEqual(without, [], 'not once the list names only 槐荫区');
  });
});
