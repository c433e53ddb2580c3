// Opening a document: gongwen's diagnostics arrive with the right rule ids at the right lines,
// carry the clause, the rule's doc link, and a hover that quotes the clause.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NOTICE_FINDINGS } from './fixtures';
import { activateExtension, openFixture, revertAndClose, ruleOf, waitForRuleLines } from './util';

suite('diagnostics on open', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('notice.txt: the expected rule ids at the expected lines', async () => {
    const { doc } = await openFixture('notice.txt');
    assert.equal(doc.languageId === 'plaintext' || doc.languageId === 'gongwen', true, `languageId ${doc.languageId}`);
    const ds = await waitForRuleLines(doc.uri, NOTICE_FINDINGS);
    for (const d of ds) {
      assert.equal(d.source, 'gongwen');
      assert.match(d.message, /（(GB 7\.\d\.\d|GB\/T 15834|§\d+)）$/, `the message cites its clause: ${d.message}`);
      const code = d.code as { value: string; target: vscode.Uri } | string;
      assert.equal(typeof code, 'object', 'code carries codeDescription.href');
      assert.match((code as { target: vscode.Uri }).target.toString(), new RegExp(`${ruleOf(d).replace('.', '\\.')}`), 'the doc link names the rule');
    }
    const date = ds.find((d) => ruleOf(d) === 'format.date')!;
    assert.equal(date.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(date.range), '2019年07月28日');
    assert.match(date.message, /应写作“2019年7月28日”/);
    const punct = ds.find((d) => ruleOf(d) === 'format.punctuation')!;
    assert.equal(punct.severity, vscode.DiagnosticSeverity.Information, 'the fixture settings.json sets format.punctuation to info');
  });

  test('hover on a finding quotes the clause', async () => {
    const { doc } = await openFixture('notice.txt');
    const ds = await waitForRuleLines(doc.uri, NOTICE_FINDINGS);
    const date = ds.find((d) => ruleOf(d) === 'format.date')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, date.range.start.translate(0, 2));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /format\.date/);
    assert.match(text, /GB\/T 9704-2012/);
    assert.match(text, /月、日不编虚位/, 'the hover quotes GB 7.3.5');
  });
});
