// doc.request-lead-time (§4): a 请示 goes at least 15 days before its matter. Gaps are calendar
// days from the date of issue, worked out by hand; exactly 15 is enough.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'doc.request-lead-time';

function request(matter: string, title = '济南市水务局关于召开全市防汛工作会议的请示', date: string | null = '2026年7月1日'): string {
  return `${title}\n市政府：\n　　我局拟于${matter}召开全市防汛工作会议。\n济南市水务局\n${date === null ? '' : `${date}\n`}`;
}

describe('doc.request-lead-time', () => {
  it('reports a matter 9 days after the request, at its date', () => {
    const fs = lint(request('7月10日'), RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en, f.fixes.length]), [
      [3, 7, '7月10日', 'warning',
        '请示成文日期 2026年7月1日，拟办事项日期“7月10日”（2026年7月10日）仅提前 9 天；请示一般应提前 15 天以上报送（§4）',
        'The request is dated 2026年7月1日 and its matter “7月10日”（2026年7月10日） comes only 9 day(s) later; send requests at least 15 days ahead (§4)', 0],
    ]);
  });

  it('takes 15 days as enough and 14 as too few', () => {
    assert.deepEqual(lint(request('7月16日'), RULE), []);
    assert.deepEqual(lint(request('7月15日'), RULE).map((f) => f.zh), ['请示成文日期 2026年7月1日，拟办事项日期“7月15日”（2026年7月15日）仅提前 14 天；请示一般应提前 15 天以上报送（§4）']);
  });

  it('counts a matter on the date of issue as 0 days ahead', () => {
    assert.deepEqual(lint(request('7月1日'), RULE).map((f) => f.zh), ['请示成文日期 2026年7月1日，拟办事项日期“7月1日”（2026年7月1日）仅提前 0 天；请示一般应提前 15 天以上报送（§4）']);
  });

  it('says how many days a matter before the date of issue lies before it', () => {
    assert.deepEqual(lint(request('6月28日'), RULE).map((f) => [f.zh, f.en]), [
      ['请示成文日期 2026年7月1日，拟办事项日期“6月28日”（2026年6月28日）早于成文日期 3 天；请示一般应提前 15 天以上报送（§4）',
        'The request is dated 2026年7月1日 and its matter “6月28日”（2026年6月28日） is 3 day(s) before it; send requests at least 15 days ahead (§4)'],
    ]);
  });

  it('checks only documents whose title ends in 请示, quoted or not', () => {
    assert.deepEqual(lint(request('7月10日', '济南市水务局关于召开全市防汛工作会议的报告'), RULE), []);
    assert.equal(lint(request('7月10日', '《济南市水务局关于召开全市防汛工作会议的请示》'), RULE).length, 1);
    assert.deepEqual(lint(request('7月10日', '济南市水务局关于请示事项办理情况的报告'), RULE), []);
  });

  it('needs a date of issue', () => {
    assert.deepEqual(lint(request('7月10日', undefined, null), RULE), []);
  });

  it('takes minDays from the settings', () => {
    const config = { rules: { 'doc.request-lead-time': { minDays: 9 } } };
    assert.deepEqual(lint(request('7月10日'), RULE, { config }), []);
    assert.deepEqual(lint(request('7月9日'), RULE, { config }).map((f) => f.zh), ['请示成文日期 2026年7月1日，拟办事项日期“7月9日”（2026年7月9日）仅提前 8 天；请示一般应提前 9 天以上报送（§4）']);
  });
});
