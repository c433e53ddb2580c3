// source.fixAll.gongwen: requested through the code action provider, and run by
// editor.codeActionsOnSave (set in the fixture's .vscode/settings.json) when a file is saved. It
// makes the safe fixes only; a heading's number stays for the drafter.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXALL_FINDINGS, FIXALL_FIXED_LINES, FIXALL_LEFT } from './fixtures';
import { activateExtension, codeActionsAt, fullRange, openFixture, revertAndClose, waitForRuleLines } from './util';

function assertFixed(doc: vscode.TextDocument): void {
  for (const [line, text] of FIXALL_FIXED_LINES) assert.equal(doc.lineAt(line - 1).text, text, `line ${line}`);
}

suite('fix all', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('source.fixAll.gongwen makes the five safe fixes of six and leaves the heading number', async () => {
    const { doc } = await openFixture('fixall.txt');
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    const actions = await codeActionsAt(doc.uri, fullRange(doc), 'source.fixAll.gongwen');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gongwen');
    assert.ok(fixAll?.edit, `no source.fixAll.gongwen action; offered: ${actions.map((a) => `${a.kind?.value} ${a.title}`).join(' | ') || '(none)'}`);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    assertFixed(doc);
    await waitForRuleLines(doc.uri, FIXALL_LEFT);
  });

  test('saving with editor.codeActionsOnSave runs source.fixAll.gongwen', async () => {
    const { doc } = await openFixture('onsave.txt');
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    // As Ctrl+S does: save the active editor (document.save() from the API did not run codeActionsOnSave here).
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(doc.isDirty, false, 'the document was not saved');
    assertFixed(doc);
    await waitForRuleLines(doc.uri, FIXALL_LEFT);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    assert.equal(onDisk, doc.getText(), 'the fixed text is what was written');
  });
});
