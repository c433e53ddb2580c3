// budgets.ts: the limit the editor shows next to each agenda item, read from the §8 rule that
// holds the item's role, under the configuration in force (RULES.md: 主要领导 90/50, 主持 10,
// 汇报 10, 其他发言 5; meeting.duration's half day 240).

import * as assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/core/analyze';
import type { AgendaItem } from '../../../../server/src/core/agenda/types';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import { budgetOf, halfDayMinutes } from '../../../../server/src/core/rules/kit/budgets';

const AGENDA = `全市城市更新工作会议议程
时间：2024年5月21日（星期二）上午
一、9:00—9:10　市住房城乡建设局汇报城市更新进展
二、9:10—9:20　历下区作交流发言
三、9:20—9:25　主持人讲话
四、9:25—10:30　市委书记赵六讲话
五、10:30—10:50　观看城市更新专题片
`;

function rulesOf(config: ProjectConfig = {}) {
  return effectiveConfig([{ config }]).config.rules;
}

let items: AgendaItem[] | null = null;
function item(words: string): AgendaItem {
  // Read inside the tests (no rule runs): the roles come from the agenda itself.
  items ??= analyze(AGENDA, effectiveConfig([]).config, { only: [] }).agenda!.items;
  const it = items.find((x) => x.label.includes(words));
  if (!it) throw new Error(`no agenda item with ${words}: ${items.map((x) => x.label).join(' / ')}`);
  return it;
}

describe('rules/budgets: the limit of an agenda item', () => {
  it('names the §8 rule of each budgeted role and its default limit', () => {
    const rules = rulesOf();
    assert.deepEqual(budgetOf(item('汇报'), 'comprehensive', rules), { rule: 'meeting.report-time', limit: 10 });
    assert.deepEqual(budgetOf(item('交流发言'), 'comprehensive', rules), { rule: 'meeting.speech-time', limit: 5 });
    assert.deepEqual(budgetOf(item('主持人'), 'comprehensive', rules), { rule: 'meeting.host-remarks', limit: 10 });
  });

  it("holds a principal leader's speech to 90 minutes, 50 at a special-topic meeting, 90 when undeclared", () => {
    const rules = rulesOf();
    assert.deepEqual(budgetOf(item('市委书记'), 'comprehensive', rules), { rule: 'meeting.principal-speech', limit: 90 });
    assert.deepEqual(budgetOf(item('市委书记'), 'special', rules), { rule: 'meeting.principal-speech', limit: 50 });
    assert.deepEqual(budgetOf(item('市委书记'), null, rules), { rule: 'meeting.principal-speech', limit: 90 });
  });

  it('gives no limit to an unbudgeted item (观看专题片)', () => {
    assert.equal(budgetOf(item('观看'), 'special', rulesOf()), null);
  });

  it("reads the configured option, each rule its own", () => {
    const rules = rulesOf({ rules: { 'meeting.report-time': { max: 8 }, 'meeting.principal-speech': { special: 45 } } });
    assert.equal(budgetOf(item('汇报'), null, rules)?.limit, 8);
    assert.equal(budgetOf(item('市委书记'), 'special', rules)?.limit, 45);
    // The comprehensive limit is another option: left at its default.
    assert.equal(budgetOf(item('市委书记'), 'comprehensive', rules)?.limit, 90);
    assert.equal(budgetOf(item('交流发言'), null, rules)?.limit, 5);
  });

  it('shows no limit for a rule turned off, and keeps the others', () => {
    const rules = rulesOf({ rules: { 'meeting.speech-time': 'off', 'meeting.report-time': 'info' } });
    assert.equal(budgetOf(item('交流发言'), null, rules), null);
    // A lower severity is still a limit.
    assert.deepEqual(budgetOf(item('汇报'), null, rules), { rule: 'meeting.report-time', limit: 10 });
  });

  it('falls back to the rule defaults when the settings lack the rule', () => {
    assert.deepEqual(budgetOf(item('汇报'), null, {}), { rule: 'meeting.report-time', limit: 10 });
    assert.deepEqual(budgetOf(item('市委书记'), 'special', {}), { rule: 'meeting.principal-speech', limit: 50 });
  });
});

describe('rules/budgets: the half day of a special-topic meeting', () => {
  it('is 240 minutes by default and follows meeting.duration.halfDayMinutes', () => {
    assert.equal(halfDayMinutes(rulesOf()), 240);
    assert.equal(halfDayMinutes(rulesOf({ rules: { 'meeting.duration': { halfDayMinutes: 180 } } })), 180);
    assert.equal(halfDayMinutes({}), 240);
  });
});
