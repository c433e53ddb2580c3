// The quick fixes of format.doc-number and format.date, executed through the code action
// provider and applied as the editor applies them.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NOTICE_FINDINGS } from './fixtures';
import { activateExtension, codeActionsAt, openFixture, revertAndClose, ruleOf, waitForDiagnostics, waitForRuleLines } from './util';

async function applyPreferredFix(doc: vscode.TextDocument, rule: string): Promise<vscode.CodeAction> {
  const ds = await waitForRuleLines(doc.uri, NOTICE_FINDINGS);
  const d = ds.find((x) => ruleOf(x) === rule)!;
  const actions = await codeActionsAt(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  // The rule's own fix: a quick fix whose edits lie inside the finding ("ignore on this line" inserts a comment instead).
  const isRuleFix = (a: vscode.CodeAction) => {
    const edits = a.edit?.get(doc.uri) ?? [];
    return edits.length > 0 && edits.every((e) => d.range.contains(e.range) && !e.newText.includes('gongwen-disable'));
  };
  const mine = actions.filter(isRuleFix);
  assert.ok(mine.length > 0, `no quick fix offered for ${rule}; offered: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
  const fix = mine.find((a) => a.isPreferred) ?? mine[0]!;
  assert.ok(fix.edit, `the quick fix "${fix.title}" has no edit`);
  assert.equal(await vscode.workspace.applyEdit(fix.edit), true, `applyEdit refused "${fix.title}"`);
  return fix;
}

suite('quick fixes', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('format.doc-number: 济办发[2019]023号 → 济办发〔2019〕23号', async () => {
    const { doc } = await openFixture('quickfix.txt');
    const fix = await applyPreferredFix(doc, 'format.doc-number');
    assert.match(fix.title, /济办发〔2019〕23号/);
    assert.equal(doc.lineAt(2).text, '济办发〔2019〕23号');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === 'format.doc-number') && ds.length === NOTICE_FINDINGS.length - 1, 'format.doc-number to go away, the rest to stay');
  });

  test('format.date: 2019年07月28日 → 2019年7月28日', async () => {
    const { doc } = await openFixture('quickfix.txt');
    const fix = await applyPreferredFix(doc, 'format.date');
    assert.match(fix.title, /2019年7月28日/);
    assert.equal(doc.lineAt(18).text, '2019年7月28日');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === 'format.date') && ds.length === NOTICE_FINDINGS.length - 1, 'format.date to go away, the rest to stay');
  });
});
