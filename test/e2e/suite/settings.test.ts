// Settings follow without a reload: edit the fixture workspace's .vscode/settings.json (as a
// drafter would) or write through the configuration API (as the Settings editor does), and
// the open document's diagnostics change; restore, and they change back.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NOTICE_FINDINGS } from './fixtures';
import { activateExtension, fixtureUri, openFixture, revertAndClose, severityOf, waitForDiagnostics, waitForRuleLines } from './util';

const SETTINGS = '.vscode/settings.json';
const enc = new TextEncoder();
const dec = new TextDecoder();

/** The fixture's state: punctuation at info, date at warning (the rule's default). */
function isBaseline(ds: vscode.Diagnostic[]): boolean {
  return ds.length === NOTICE_FINDINGS.length && severityOf(ds, 'format.punctuation') === vscode.DiagnosticSeverity.Information && severityOf(ds, 'format.date') === vscode.DiagnosticSeverity.Warning;
}

/** punctuation off, date raised to error. */
function isChanged(ds: vscode.Diagnostic[]): boolean {
  return ds.length === NOTICE_FINDINGS.length - 1 && severityOf(ds, 'format.punctuation') === undefined && severityOf(ds, 'format.date') === vscode.DiagnosticSeverity.Error;
}

suite('settings follow without reload', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('editing .vscode/settings.json: a rule off, another raised to error, then restored', async () => {
    const file = fixtureUri(SETTINGS);
    const original = await vscode.workspace.fs.readFile(file);
    const { doc } = await openFixture('notice.txt');
    await waitForRuleLines(doc.uri, NOTICE_FINDINGS);
    await waitForDiagnostics(doc.uri, isBaseline, 'the baseline severities from the fixture settings');
    const settings = JSON.parse(dec.decode(original)) as Record<string, unknown>;
    settings['gongwen.rules'] = { 'format.punctuation': 'off', 'format.date': 'error' };
    try {
      await vscode.workspace.fs.writeFile(file, enc.encode(JSON.stringify(settings, null, 2) + '\n'));
      await waitForDiagnostics(doc.uri, isChanged, 'format.punctuation gone and format.date as an error');
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
    }
    await waitForDiagnostics(doc.uri, isBaseline, 'the baseline again after restoring settings.json');
  });

  test('ConfigurationTarget.Workspace update of gongwen.rules, then restored', async () => {
    const config = () => vscode.workspace.getConfiguration('gongwen');
    const inspected = config().inspect<Record<string, unknown>>('rules');
    assert.ok(inspected && inspected.defaultValue !== undefined, 'gongwen.rules is not a registered setting (package.json contributes.configuration), so the Settings editor cannot change it');
    const before = inspected.workspaceValue;
    const { doc } = await openFixture('notice.txt');
    await waitForDiagnostics(doc.uri, isBaseline, 'the baseline severities from the fixture settings');
    try {
      await config().update('rules', { 'format.punctuation': 'off', 'format.date': 'error' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, isChanged, 'format.punctuation gone and format.date as an error');
    } finally {
      await config().update('rules', before, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(doc.uri, isBaseline, 'the baseline again after restoring the setting');
  });
});
