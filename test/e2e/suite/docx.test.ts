// Word files in the real editor: the command opens a .docx as its text in a read-only
// gongwen-docx: view with the file's findings in place (under the folder's .gongwen.json); the
// workspace scan's Problems entries for a .docx carry that view's URI and open it at the
// paragraph; nothing edits or saves the view, and the .docx on disk stays as it was.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openReportLink } from '../../../client/src/scan';
import { DOCX_FINDINGS, DOCX_PARAGRAPHS } from './fixtures';
import { activateExtension, fixtureUri, gongwenDiagnostics, ruleOf, waitFor, waitForRuleLines } from './util';

const SCHEME = 'gongwen-docx';

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

async function snapshot(file: vscode.Uri): Promise<{ bytes: string; mtime: number }> {
  const [bytes, stat] = await Promise.all([vscode.workspace.fs.readFile(file), vscode.workspace.fs.stat(file)]);
  return { bytes: Buffer.from(bytes).toString('base64'), mtime: stat.mtime };
}

suite('docx view', () => {
  suiteSetup(activateExtension);
  teardown(closeAll);

  test("the scan's Problems entries for the .docx carry the view's URI, and they and the report's links open it at the paragraph", async () => {
    const file = fixtureUri('word/notice.docx');
    const before = await snapshot(file);
    const view = file.with({ scheme: SCHEME });
    const result = (await vscode.commands.executeCommand('gongwen.scanWorkspace')) as { files: number } | null;
    assert.ok(result && result.files >= 9, `the scan checked the workspace with the .docx (${result?.files} files)`);
    const ds = await waitForRuleLines(view, DOCX_FINDINGS);
    assert.deepEqual(gongwenDiagnostics(file), [], 'nothing under the file URI itself');
    const date = ds.find((d) => ruleOf(d) === 'format.date')!;
    assert.match(date.message, /^成文日期“2026年04月09日”/, 'the message as in the view (no paragraph prefix)');
    // What a click on the entry does: open its URI with its range selected.
    const entry = vscode.languages.getDiagnostics().find(([uri, list]) => uri.scheme === SCHEME && list.some((d) => ruleOf(d) === 'format.date'));
    assert.ok(entry, 'the Problems entry');
    await vscode.commands.executeCommand('vscode.open', entry[0], { selection: date.range, preview: false });
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.scheme === SCHEME ? vscode.window.activeTextEditor : undefined), 'the view to open');
    assert.equal(editor.document.uri.toString(), view.toString());
    assert.equal(editor.selection.start.line, 8);
    assert.equal(editor.document.lineAt(editor.selection.start.line).text, '2026年04月09日');
    // The report links the .docx itself (its file URI, the line and character as data); the message
    // the report's script posts for such a link opens the view at the paragraph.
    await closeAll();
    const html = (await vscode.extensions.getExtension<{ lastReport(): Promise<string | null> }>('gongwen.gongwen')!.exports.lastReport()) ?? '';
    assert.ok(html.includes('word/notice.docx'), 'the report lists word/notice.docx');
    await openReportLink({ type: 'open', href: file.toString(), line: date.range.start.line, character: date.range.start.character });
    const fromReport = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.scheme === SCHEME ? vscode.window.activeTextEditor : undefined), 'the view to open from the report link');
    assert.equal(fromReport.document.uri.toString(), view.toString());
    assert.equal(fromReport.selection.start.line, 8);
    assert.deepEqual(await snapshot(file), before, 'the scan and the view left the .docx as it was');
  });
  test('gongwen.openDocx opens word/notice.docx as its text in a gongwen-docx: view, with its findings in place', async () => {
    const file = fixtureUri('word/notice.docx');
    const editor = (await vscode.commands.executeCommand('gongwen.openDocx', file)) as vscode.TextEditor | undefined;
    assert.ok(editor, 'the command returns the editor it opened');
    const doc = editor.document;
    assert.equal(doc.uri.scheme, SCHEME);
    assert.equal(doc.uri.path, file.path);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.equal(doc.getText(), DOCX_PARAGRAPHS.join('\n'));
    assert.equal(doc.lineCount, DOCX_PARAGRAPHS.length, 'one line per paragraph');
    const ds = await waitForRuleLines(doc.uri, DOCX_FINDINGS);
    const date = ds.find((d) => ruleOf(d) === 'format.date')!;
    assert.equal(doc.getText(date.range), '2026年04月09日');
    assert.equal(date.severity, vscode.DiagnosticSeverity.Error, "word/.gongwen.json applies to the view (the .docx's folder)");
    assert.equal(ds.find((d) => ruleOf(d) === 'format.doc-number')!.severity, vscode.DiagnosticSeverity.Warning);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, date.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /月、日不编虚位/, 'the hover quotes GB 7.3.5');
    const actions = await vscode.commands.executeCommand<unknown[]>('vscode.executeCodeActionProvider', doc.uri, date.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions ?? [], [], 'a read-only view offers no fixes');
  });

  test('the view is read-only: edits and saves are refused and the .docx on disk is unchanged', async () => {
    const file = fixtureUri('word/notice.docx');
    const before = await snapshot(file);
    const editor = (await vscode.commands.executeCommand('gongwen.openDocx', file)) as vscode.TextEditor;
    const doc = editor.document;
    await waitForRuleLines(doc.uri, DOCX_FINDINGS);
    const text = DOCX_PARAGRAPHS.join('\n');
    // What a keystroke does, and an edit of the editor: refused, the text stays.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('type', { text: '改' });
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '改')).then(
      () => undefined,
      () => undefined,
    );
    assert.equal(doc.getText(), text, 'typing into the view changes nothing');
    // An extension may still change the buffer (workspace.applyEdit): even then nothing can be saved.
    const ws = new vscode.WorkspaceEdit();
    ws.insert(doc.uri, new vscode.Position(1, 0), '改');
    await vscode.workspace.applyEdit(ws);
    const saved = await doc.save().then(
      (ok) => ok,
      () => false,
    );
    // The editor's own Save on the active view (no "Save As" dialog: the command returns), and a write through the view's file system.
    await vscode.commands.executeCommand('workbench.action.files.save');
    const written = await Promise.resolve(vscode.workspace.fs.writeFile(doc.uri, new TextEncoder().encode('改'))).then(
      () => 'written',
      (e: unknown) => (e instanceof vscode.FileSystemError ? e.code : String(e)),
    );
    assert.deepEqual({ saved, written, dirty: doc.isDirty }, { saved: false, written: 'NoPermissions', dirty: false });
    assert.deepEqual(await snapshot(file), before, 'same bytes and modification time');
  });
});
