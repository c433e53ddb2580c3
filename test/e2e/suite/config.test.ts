// The team's shared config file in a real editor: `team/.gongwen.json` is edited and saved
// through the VS Code API while `team/memo.txt` is open; the memo's diagnostics follow within a
// second, without a reload. A broken .gongwen.json shows the problem as a diagnostic in the
// config file, and the memo keeps the diagnostics of the last good configuration. The file is
// restored (and saved) afterwards.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, fullRange, gongwenDiagnostics, openFixture, ruleOf, severityOf, WAIT_MS, waitForDiagnostics } from './util';

const CONFIG = 'team/.gongwen.json';
const MEMO = 'team/memo.txt';
/** The bound the issue sets for a saved config file to reach an open document's diagnostics. */
const WITHIN_MS = 1000;

/** The fixture's team config: format.date raised to error, the team rule custom.qita (warning). */
function isBaseline(ds: readonly vscode.Diagnostic[]): boolean {
  return severityOf(ds, 'format.date') === vscode.DiagnosticSeverity.Error && severityOf(ds, 'custom.qita') === vscode.DiagnosticSeverity.Warning;
}

/** The edited config: format.date at info, the team rule turned off. */
function isEdited(ds: readonly vscode.Diagnostic[]): boolean {
  return severityOf(ds, 'format.date') === vscode.DiagnosticSeverity.Information && severityOf(ds, 'custom.qita') === undefined;
}

function describeAll(ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1} ${vscode.DiagnosticSeverity[d.severity]}`).join(', ');
}

/** Replaces the config document's text and saves it, as a writer in the editor would. */
async function saveConfig(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, fullRange(doc), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit to .gongwen.json was not applied');
  assert.ok(await doc.save(), '.gongwen.json was not saved');
}

/** Diagnostics of any source for `uri` once `predicate` holds (VS Code's JSON validation, not gongwen's). */
function waitForAnyDiagnostics(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!predicate(ds)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; diagnostics now: ${vscode.languages.getDiagnostics(uri).map((d) => `${d.source}: ${d.message}`).join(' | ') || '(none)'}`));
    }, WAIT_MS);
    check();
  });
}

suite('team config file (.gongwen.json)', () => {
  let original: Uint8Array;
  let originalText: string;

  suiteSetup(async () => {
    await activateExtension();
    original = await vscode.workspace.fs.readFile(fixtureUri(CONFIG));
    originalText = new TextDecoder().decode(original);
  });

  teardown(async () => {
    // Put the file back through the editor (so no document is left dirty), then on disk too.
    const doc = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    if (doc.getText() !== originalText || doc.isDirty) await saveConfig(doc, originalText);
    await vscode.workspace.fs.writeFile(fixtureUri(CONFIG), original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('editing .gongwen.json changes the open document’s diagnostics within a second, and back', async () => {
    const { doc: memo } = await openFixture(MEMO);
    await waitForDiagnostics(memo.uri, isBaseline, 'format.date as an error and custom.qita from team/.gongwen.json');
    const config = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    assert.match(config.languageId, /^jsonc?$/);

    const edited = originalText.replace('"format.date": "error"', '"format.date": "info",\n    "custom.qita": "off"');
    assert.notEqual(edited, originalText);
    await saveConfig(config, edited);
    // From the moment the file is saved (the save itself runs VS Code's save participants).
    const started = Date.now();
    await waitForDiagnostics(memo.uri, isEdited, 'format.date as info and custom.qita off after saving .gongwen.json');
    const elapsed = Date.now() - started;
    assert.ok(elapsed < WITHIN_MS, `the diagnostics followed the saved .gongwen.json after ${elapsed} ms (bound ${WITHIN_MS} ms)`);

    await saveConfig(config, originalText);
    await waitForDiagnostics(memo.uri, isBaseline, 'the baseline again after restoring .gongwen.json');
  });

  test('a broken .gongwen.json: the problem shows in the config file, the old diagnostics stay', async () => {
    const { doc: memo } = await openFixture(MEMO);
    const baseline = await waitForDiagnostics(memo.uri, isBaseline, 'the baseline from team/.gongwen.json');
    const config = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));

    // Every state the memo's diagnostics go through while the config file is broken.
    const seen: string[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === memo.uri.toString())) seen.push(describeAll(gongwenDiagnostics(memo.uri)));
    });
    try {
      // Broken JSON whose readable part would turn the date rule off: it must not be half-applied.
      const broken = originalText.replace('"format.date": "error"', '"format.date": "off"').replace(/\}\s*$/, '');
      await saveConfig(config, broken);
      const problems = await waitForDiagnostics(
        config.uri,
        (ds) => ds.some((d) => ruleOf(d) === 'config'),
        'the configuration problem as a diagnostic in team/.gongwen.json',
      );
      const problem = problems.find((d) => ruleOf(d) === 'config')!;
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.match(problem.message, /配置文件 JSON 格式有误（第 \d+ 行第 \d+ 列：\w+）/, problem.message);
      assert.match(problem.message, /暂按上次能读取的内容检查/, 'it says checking goes on with the last good content');

      // The memo is checked again with the last good content: published, and unchanged.
      await waitForDiagnostics(memo.uri, () => seen.length > 0, 'the memo to be checked again', WAIT_MS);
      const now = gongwenDiagnostics(memo.uri);
      assert.ok(isBaseline(now), `the memo’s diagnostics changed: ${describeAll(now)}`);
      assert.deepEqual(new Set(seen), new Set([describeAll(baseline)]), 'every state while broken was the old one');
    } finally {
      sub.dispose();
    }

    await saveConfig(config, originalText);
    await waitForDiagnostics(config.uri, (ds) => ds.length === 0, 'the config file’s problem to be cleared once fixed');
    await waitForDiagnostics(memo.uri, isBaseline, 'the baseline after fixing .gongwen.json');
  });

  test('the editor validates and completes .gongwen.json from the generated schema (comments allowed)', async () => {
    const config = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    await vscode.window.showTextDocument(config, { preview: false });
    assert.equal(config.languageId, 'jsonc', '.gongwen.json is JSON with comments');
    const edit = new vscode.WorkspaceEdit();
    const at = config.positionAt(originalText.indexOf('"format.date"'));
    edit.insert(config.uri, at, '"doc.lenght": "error", "doc.length": { "special": "many" },\n    ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await waitForAnyDiagnostics(
      config.uri,
      (all) => all.filter((d) => d.source !== 'gongwen').length >= 2,
      'JSON schema diagnostics for an unknown rule id and an option of the wrong type',
    );
    const json = ds.filter((d) => d.source !== 'gongwen');
    const at2 = (needle: string) => json.some((d) => config.getText(d.range).includes(needle));
    assert.ok(at2('doc.lenght'), `the unknown rule id is flagged: ${json.map((d) => d.message).join(' | ')}`);
    assert.ok(at2('many'), `the wrong option type is flagged: ${json.map((d) => d.message).join(' | ')}`);
    assert.ok(!json.some((d) => /comment/i.test(d.message)), 'comments are allowed');

    // Completion inside "rules" offers the registry's rule ids (those not already there).
    const inRules = config.positionAt(config.getText().indexOf('"rules": {') + '"rules": {'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config.uri, inRules);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/"/g, ''));
    for (const id of ['doc.attachment-count', 'meeting.no-meeting-day', 'research.showcase', 'format.punctuation']) assert.ok(labels.includes(id), `completion lacks ${id}: ${labels.slice(0, 20).join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
