// doc.report-deadline in the real editor: a deadline two days after the 成文日期 is flagged
// (§22), and its quick fix moves the date to 成文日期 + 3 days in the text's own style.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeActionsAt, openFixture, revertAndClose, ruleOf, waitForDiagnostics, waitForRuleLines } from './util';

suite('report deadline', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('doc.report-deadline: a deadline two days after the date of issue, and its fix moves it to three days', async () => {
    const { doc } = await openFixture('deadline.txt');
    const ds = await waitForRuleLines(doc.uri, ['doc.report-deadline@7']);
    const d = ds.find((x) => ruleOf(x) === 'doc.report-deadline')!;
    assert.match(d.message, /7月10日/);
    assert.match(d.message, /2 天/);
    assert.match(d.message, /§22/);
    const actions = await codeActionsAt(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `no preferred quick fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /7月11日/);
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    assert.match(doc.lineAt(6).text, /请于7月11日前将上半年主要统计数据报送/);
    await waitForDiagnostics(doc.uri, (all) => !all.some((x) => ruleOf(x) === 'doc.report-deadline'), 'doc.report-deadline to go away');
  });
});
