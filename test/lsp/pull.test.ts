// Pull diagnostics (textDocument/diagnostic) for clients that ask for them, as VS Code's
// languageclient does: the same diagnostics a push carries, `unchanged` while the analysis is the
// same, nothing pushed for open documents, and a refresh request when settings change. Quick
// fixes come from the server's analysis, whichever way the diagnostic travelled.

import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt } from '../helpers/build';
import { applyLspEdits } from '../helpers/edits';
import { NOTICE } from '../helpers/texts';
import { changeAndWait, openAndWait, quickFixes, startServer, type TestServer } from './client';

let uriSeq = 0;
const newUri = (): string => `file:///tmp/gongwen-pull-test/${++uriSeq}-doc.txt`;

function pull(s: TestServer, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<DocumentDiagnosticReport>;
}

function fullItems(r: DocumentDiagnosticReport): Diagnostic[] {
  assert.equal(r.kind, 'full', `a full report, not ${r.kind}`);
  return r.kind === 'full' ? r.items : [];
}

describe('pull diagnostics (textDocument/diagnostic)', function () {
  this.timeout(30000);
  before(() => ensureBuilt());

  let pulling: TestServer;
  let pushing: TestServer;
  beforeEach(async () => {
    [pulling, pushing] = await Promise.all([startServer({ settings: {}, pullDiagnostics: true }), startServer({ settings: {} })]);
  });
  afterEach(async () => {
    await Promise.all([pulling?.stop(), pushing?.stop()]);
  });

  it('is offered only to a client that pulls', () => {
    assert.deepEqual(pulling.initializeResult.capabilities['diagnosticProvider'], { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false });
    assert.equal(pushing.initializeResult.capabilities['diagnosticProvider'], undefined);
  });

  it('answers with what a push carries, then `unchanged` for the same analysis; open documents get no push', async () => {
    const uri = newUri();
    const pushed = await openAndWait(pushing, uri, NOTICE);
    const mark = pulling.mark();
    await pulling.open(uri, NOTICE);
    const first = await pull(pulling, uri);
    assert.ok(first.kind === 'full' && first.resultId, 'a full report with a result id');
    assert.deepEqual(fullItems(first), pushed.diagnostics);
    assert.equal(pushed.diagnostics.length, 7);
    const again = await pull(pulling, uri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    // The status bar still hears of the analysis; the diagnostics were not pushed.
    await pulling.waitFor('gongwen/documentInfo', (p: { uri: string }) => p.uri === uri, { after: mark });
    const pushes = pulling.notifications.slice(mark).filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri);
    assert.deepEqual(pushes, []);
  });

  it('after an edit: a new result id and the new text’s diagnostics', async () => {
    const uri = newUri();
    await openAndWait(pushing, uri, NOTICE);
    await pulling.open(uri, NOTICE);
    const before = await pull(pulling, uri);
    // 2019年07月28日 -> 2019年7月28日 (line 15): format.date goes.
    const edit = { range: { start: { line: 15, character: 5 }, end: { line: 15, character: 6 } }, text: '' };
    await pulling.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [edit] });
    const after = await pull(pulling, uri, before.kind === 'full' ? before.resultId : undefined);
    const edited = applyLspEdits(NOTICE, [{ range: edit.range, newText: '' }]);
    const pushed = await changeAndWait(pushing, uri, edited, 2);
    assert.ok(after.kind === 'full' && after.resultId && before.kind === 'full' && after.resultId !== before.resultId, 'a new result id');
    assert.deepEqual(fullItems(after), pushed.diagnostics);
    assert.ok(!fullItems(after).some((d) => d.code === 'format.date'));
    assert.equal(fullItems(after).length, fullItems(before).length - 1);
  });

  it('a settings change asks the client to pull again; the next pull follows the settings', async () => {
    const uri = newUri();
    await pulling.open(uri, NOTICE);
    const before = await pull(pulling, uri);
    assert.ok(fullItems(before).some((d) => d.code === 'format.punctuation'));
    const mark = pulling.mark();
    pulling.setSettings({ rules: { 'format.punctuation': 'off' } });
    await pulling.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await pulling.waitFor('workspace/diagnostic/refresh', () => true, { after: mark });
    const after = await pull(pulling, uri, before.kind === 'full' ? before.resultId : undefined);
    assert.deepEqual(fullItems(after).map((d) => d.code), fullItems(before).map((d) => d.code).filter((c) => c !== 'format.punctuation'));
  });

  it('a pulled diagnostic gets its quick fix, and a stale one gets the fix of its finding in the current text', async () => {
    const uri = newUri();
    await pulling.open(uri, NOTICE);
    const date = fullItems(await pull(pulling, uri)).find((d) => d.code === 'format.date')!;
    assert.deepEqual(date.data, { rule: 'format.date', version: 1 });
    const [fix] = await quickFixes(pulling, uri, date);
    assert.ok(fix, 'a quick fix');
    assert.ok(applyLspEdits(NOTICE, fix.edits).includes('\n2019年7月28日\n'));
    // A body line inserted above the date: the version-1 range no longer holds the date, so no fix is offered for it.
    await pulling.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: '强化督促检查。\n' }] });
    assert.deepEqual(await quickFixes(pulling, uri, date), []);
    const moved = fullItems(await pull(pulling, uri)).find((d) => d.code === 'format.date')!;
    assert.equal(moved.range.start.line, 16);
    assert.equal((await quickFixes(pulling, uri, moved)).length, 1);
  });
});
