// The reviewer's scan in the real editor: the command checks files that were never opened and
// puts their findings in the Problems panel, and the report opens in a webview.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, fixtureUri, ruleOf, waitFor } from './util';

interface Api {
  lastScan(): { files: number; diagnostics: number; report: boolean } | null;
  lastReport(): Promise<string | null>;
}

suite('workspace scan', () => {
  suiteSetup(activateExtension);

  test('gongwen.scanWorkspace publishes findings of files never opened, and the report opens', async () => {
    const uri = fixtureUri('unopened.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'unopened.txt is not open');
    const result = (await vscode.commands.executeCommand('gongwen.scanWorkspace')) as { files: number; diagnostics: number } | null;
    assert.ok(result && result.files >= 8, `the scan checked the workspace (${result?.files} files)`);
    const ds = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
      return found.some((d) => ruleOf(d) === 'format.date') ? found : undefined;
    }, 'format.date on unopened.txt in the Problems panel');
    assert.equal(ds.find((d) => ruleOf(d) === 'format.date')!.range.start.line, 9);
    const api = vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;
    assert.equal(api.lastScan()!.report, true);
    assert.match((await api.lastReport()) ?? '', /公文检查报告/);
    const panel = (await vscode.commands.executeCommand('gongwen.showReport')) as vscode.WebviewPanel | undefined;
    assert.ok(panel, 'the report panel');
    assert.match(panel.webview.html, /按规则统计/);
    assert.match(panel.webview.html, /unopened\.txt/);
    // Its one script (filters, sorting, links) runs under a nonce policy, nothing else does.
    assert.match(panel.webview.html, /script-src 'nonce-([0-9a-f]{32})'[^]*<script nonce="\1">/);
    assert.match(panel.webview.html, /<tr class="finding" data-rule="format\.date" data-severity="[a-z]+"[^>]* data-file="unopened\.txt">/);
    panel.dispose();
  });
});
