// Quiet where it should be, in the real editor: gongwen.enable and gongwen.run through the
// configuration API (as the Settings editor writes them), the toggle command and its status bar
// text, the fix-all command, the team config command, Format Document, and texts that are not
// official drafting (an English README, a Chinese personal note) left alone.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { INIT_PRESET, initText } from '../../../server/src/cli/initText';
import { FIXALL_FINDINGS, FIXALL_FIXED_LINES } from './fixtures';
import { activateExtension, fixtureUri, gongwenDiagnostics, openFixture, revertAndClose, ruleOf, waitFor, waitForDiagnostics, waitForRuleLines } from './util';

interface GongwenApi {
  statusText(): string | undefined;
  lastScan(): unknown;
}

async function api(): Promise<GongwenApi> {
  const ext = await activateExtension();
  return ext.exports as GongwenApi;
}

/** The off state of the status bar, in either language of the messages. */
const OFF = /公文检查已关闭|gongwen: off/;

/** The safe fixes made; the heading's number (15) needs a drafter, so it is left as it was. */
function assertSafelyFixed(doc: vscode.TextDocument): void {
  for (const [line, text] of FIXALL_FIXED_LINES) assert.equal(doc.lineAt(line - 1).text, text, `line ${line}`);
}

/** Sets a gongwen setting at workspace level for the body, then restores what was there. */
async function withSetting(key: string, value: unknown, body: () => Promise<void>): Promise<void> {
  const config = () => vscode.workspace.getConfiguration('gongwen');
  const before = config().inspect(key)?.workspaceValue;
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    await body();
  } finally {
    await config().update(key, before, vscode.ConfigurationTarget.Workspace);
  }
}

/** Waits as long as the server would take to answer a keystroke several times over: used only to show that nothing came. */
const quietPeriod = (): Promise<void> => new Promise((r) => setTimeout(r, 1500));

suite('quiet: enable, run, toggle, fix all, team config, format', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('gongwen.enable = false clears the file’s diagnostics; true brings them back', async () => {
    const { doc } = await openFixture('quiet/toggle.txt');
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    await withSetting('enable', false, async () => {
      await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics with gongwen.enable = false');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 5));
      assert.deepEqual(hovers.filter((h) => h.contents.some((c) => String((c as vscode.MarkdownString).value ?? c).includes('format.doc-number'))), [], 'no hover for a finding that is not shown');
    });
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
  });

  test('gongwen.run = onSave: nothing new while typing, the new finding after save', async () => {
    await withSetting('run', 'onSave', async () => {
      const { doc, editor } = await openFixture('quiet/saved.txt');
      await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
      // A half-width comma between Chinese characters on line 16: a new format.punctuation once checked.
      const at = doc.lineAt(15).text.indexOf('报送');
      assert.ok(at > 0);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(15, at), ',')));
      await quietPeriod();
      assert.deepEqual(gongwenDiagnostics(doc.uri).map(ruleOf).sort(), FIXALL_FINDINGS.map((r) => r.split('@')[0]).sort(), 'the shown findings stay those of the saved text');
      // document.save() does not run the workspace's codeActionsOnSave (fixall.test.ts): the text is saved as typed.
      assert.ok(await doc.save());
      await waitForRuleLines(doc.uri, [...FIXALL_FINDINGS, 'format.punctuation@16']);
    });
  });

  test('gongwen.toggle turns checking off for the workspace and on again; the status bar says so', async () => {
    const gw = await api();
    const { doc } = await openFixture('quiet/toggle.txt');
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    const on = await waitFor(() => gw.statusText(), 'the status bar item');
    assert.doesNotMatch(on, OFF);
    await vscode.commands.executeCommand('gongwen.toggle');
    try {
      await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics while checking is off');
      const off = await waitFor(() => OFF.test(gw.statusText() ?? '') && gw.statusText(), 'the status bar to say checking is off');
      assert.match(off, /\$\(circle-slash\)/);
      // Still off in another file, and for Format Document too.
      const other = await openFixture('quiet/format.txt');
      const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', other.doc.uri, { tabSize: 4, insertSpaces: true });
      assert.deepEqual(edits ?? [], [], 'no formatting edits while checking is off');
      assert.match(gw.statusText() ?? '', OFF);
      // Nor a workspace scan: the command says so (offering to turn checking on) and scans nothing.
      const before = gw.lastScan();
      assert.equal(await vscode.commands.executeCommand('gongwen.scanWorkspace'), null);
      assert.equal(gw.lastScan(), before, 'no scan while checking is off');
    } finally {
      await vscode.commands.executeCommand('gongwen.toggle');
    }
    await vscode.window.showTextDocument(doc);
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    await waitFor(() => !OFF.test(gw.statusText() ?? '') && gw.statusText(), 'the status bar to show the document again');
  });

  test('gongwen.fixAll applies the safe fixes as one edit (one undo takes it back)', async () => {
    const { doc } = await openFixture('quiet/fixall.txt');
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    const original = doc.getText();
    assert.equal(await vscode.commands.executeCommand('gongwen.fixAll'), true);
    assertSafelyFixed(doc);
    await waitForRuleLines(doc.uri, ['format.heading-sequence@15']);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo restores the text');
  });

  test('editor.action.formatDocument applies the safe fixes', async () => {
    const { doc } = await openFixture('quiet/format.txt');
    await waitForRuleLines(doc.uri, FIXALL_FINDINGS);
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await waitFor(() => doc.lineAt(2).text === '济商发〔2021〕7号', 'Format Document to fix the 发文字号');
    assertSafelyFixed(doc);
    await waitForRuleLines(doc.uri, ['format.heading-sequence@15']);
  });

  test('gongwen.openConfig writes the file `gongwen init` writes, and opens it', async () => {
    const file = fixtureUri('.gongwen.json');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file)), 'no team config at the workspace root before');
    try {
      const opened = await vscode.commands.executeCommand<vscode.Uri>('gongwen.openConfig');
      assert.equal(opened?.toString(), file.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      assert.equal(text, initText(INIT_PRESET, 'zh-cn'));
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString(), 'the config is open in the editor');
      // Run again: the file is opened as it is, not written over.
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${text}\n`));
      await vscode.commands.executeCommand('gongwen.openConfig');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), `${text}\n`);
    } finally {
      await revertAndClose();
      await vscode.workspace.fs.delete(file);
    }
  });

  test('an English README and a Chinese personal note get no findings, no hover and no formatting', async () => {
    const gw = await api();
    for (const name of ['README.md', 'quiet/随记.md']) {
      const { doc } = await openFixture(name);
      // The status bar hears of the file once the server has analysed it.
      await waitFor(() => gw.statusText(), `${name} analysed`);
      await quietPeriod();
      assert.deepEqual(gongwenDiagnostics(doc.uri), [], name);
      const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
      assert.deepEqual(edits ?? [], [], `${name}: no formatting`);
      await revertAndClose();
    }
  });
});
