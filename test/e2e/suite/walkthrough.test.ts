// The getting-started walkthrough inside a real workbench: VS Code has read the contribution,
// `workbench.action.openWalkthrough` with `gongwen.gongwen#gettingStarted` opens it in an editor
// tab, and its first step's command opens the example draft, which gets its findings.
// (The step titles as drawn are read in the UI phase: scripts/e2e/ui-walkthrough.mjs.)

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, revertAndClose, ruleOf, waitFor, waitForDiagnostics } from './util';

const WALKTHROUGH = `${EXTENSION_ID}#gettingStarted`;

interface Manifest {
  contributes?: { walkthroughs?: Array<{ id: string; steps: Array<{ id: string; media: { image: string }; completionEvents?: string[] }> }> };
}

/** Labels of the open tabs whose input is none of the API's known kinds (the Welcome/walkthrough page is one). */
function welcomeTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => /Welcome|Walkthrough|欢迎|演练/.test(t.label));
}

suite('walkthrough', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension as loaded declares the walkthrough gettingStarted with its four steps and their completion commands', async () => {
    const ext = await activateExtension();
    const w = (ext.packageJSON as Manifest).contributes?.walkthroughs ?? [];
    assert.deepEqual(w.map((x) => x.id), ['gettingStarted']);
    assert.deepEqual(
      w[0]!.steps.map((s) => [s.id, s.completionEvents?.[0]]),
      [
        ['openExample', 'onCommand:gongwen.openExample'],
        ['kindScope', 'onCommand:gongwen.explainCount'],
        ['scan', 'onCommand:gongwen.scanWorkspace'],
        ['report', 'onCommand:gongwen.showReport'],
      ],
    );
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['gongwen.openExample', 'gongwen.explainCount', 'gongwen.scanWorkspace', 'gongwen.showReport']) assert.ok(commands.includes(c), `${c} is registered`);
  });

  test(`workbench.action.openWalkthrough ${WALKTHROUGH} opens the walkthrough in an editor tab`, async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepEqual(welcomeTabs().map((t) => t.label), [], 'no Welcome tab before');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
    const tab = await waitFor(() => welcomeTabs()[0], 'a Welcome/walkthrough tab');
    assert.ok(tab.isActive, `the walkthrough tab "${tab.label}" is the active one`);
    assert.equal(vscode.window.activeTextEditor, undefined, 'the walkthrough is not a text editor');
  });

  test('its first step, gongwen.openExample, opens an untitled 公文 that gets its findings', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('gongwen.openExample');
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the example in a text editor');
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'untitled');
    assert.equal(doc.languageId, 'gongwen');
    assert.equal(doc.lineAt(2).text, '示区农发[2026]第05号');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= 6, 'the example draft analysed (six findings)');
    assert.deepEqual(
      ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).sort(),
      ['doc.disclosure@16', 'format.date@16', 'format.doc-number@3', 'format.heading-sequence@12', 'format.punctuation@8', 'format.punctuation@9'],
    );
    await revertAndClose();
  });
});
