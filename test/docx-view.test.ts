// Word files in the editor, over the protocol: the text the server gives for a .docx's read-only
// view (gongwen/docxText) is the text the CLI and the scan check, so the view's lines are the
// paragraphs and its findings sit where the CLI puts them; the view is configured as the file
// itself (its folder's .gongwen.json, settings asked for the file's URI); the workspace scan
// publishes a .docx's findings under the view's URI; the file is never written.

import * as assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { readDocx } from '../server/src/io/docx';
import { docxFileUri, docxViewUri } from '../server/src/lsp/docxUri';
import { DOCX_SCHEME, type DocxTextResult, type ScanWorkspaceResult } from '../server/src/protocol';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { makeDocx } from './helpers/docx';
import { ROOT } from './helpers/paths';
import { TempTree } from './helpers/tempTree';
import { DOCX_PARAGRAPHS } from './e2e/suite/fixtures';
import { messageOf, openAndWait, startServer, type TestServer } from './lsp/client';

/** A notice with two findings (the 发文字号 on paragraph 2, the date on paragraph 9) and empty paragraphs between (the editor tests' fixture too). */
const PARAGRAPHS = DOCX_PARAGRAPHS;

type Place = [rule: string, line: number, character: number, endLine: number, endCharacter: number];

function places(ds: Array<{ code?: unknown; rule?: string; range: Diagnostic['range'] }>): Place[] {
  return ds.map((d) => [String(d.rule ?? d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] as Place).sort();
}

describe('docx view URIs', () => {
  it('a .docx file URI and its view differ only in the scheme, both ways', () => {
    assert.equal(docxViewUri('file:///home/a/%E9%80%9A%E7%9F%A5.docx'), `${DOCX_SCHEME}:/home/a/%E9%80%9A%E7%9F%A5.docx`);
    assert.equal(docxFileUri(`${DOCX_SCHEME}:/home/a/%E9%80%9A%E7%9F%A5.docx`), 'file:///home/a/%E9%80%9A%E7%9F%A5.docx');
    // VS Code may spell an empty authority with or without "//"; a UNC share keeps its host.
    assert.equal(docxFileUri(`${DOCX_SCHEME}:///c%3A/w/x.docx`), 'file:///c%3A/w/x.docx');
    assert.equal(docxViewUri('file://server/share/x.docx'), `${DOCX_SCHEME}://server/share/x.docx`);
    assert.equal(docxFileUri(`${DOCX_SCHEME}://server/share/x.docx`), 'file://server/share/x.docx');
    assert.equal(docxFileUri('file:///a/x.docx'), null);
    assert.equal(docxFileUri('untitled:Untitled-1'), null);
    assert.equal(docxViewUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});

describe('the editor tests’ Word file', () => {
  it('test/e2e/workspace/word/notice.docx reads as the paragraphs the extension-host suite expects', async () => {
    assert.deepEqual(await readDocx(path.join(ROOT, 'test', 'e2e', 'workspace', 'word', 'notice.docx')), { ok: true, text: DOCX_PARAGRAPHS.join('\n') });
  });
});

describe('docx view over the protocol', function () {
  this.timeout(60000);
  let t: TempTree;
  let s: TestServer;
  let docx: string;
  let fileUri: string;
  let viewUri: string;
  let bytes: Buffer;
  let mtime: number;

  before(async () => {
    ensureBuilt();
    t = new TempTree('gongwen-docx-view-');
    // The folder's team config raises format.date to an error: the view must be checked under it.
    t.write('word/.gongwen.json', { rules: { 'format.date': 'error' } });
    docx = t.write('word/通知.docx', await makeDocx(PARAGRAPHS));
    t.write('plain.txt', PARAGRAPHS.join('\n'));
    t.write('bad.docx', '不是 Word 文档');
    fileUri = pathToFileURL(docx).toString();
    viewUri = docxViewUri(fileUri);
    bytes = readFileSync(docx);
    mtime = statSync(docx).mtimeMs;
    s = await startServer({ rootUri: null, workspaceFolders: [{ uri: pathToFileURL(t.root).toString(), name: 'ws' }], settings: {} });
  });

  after(async () => {
    await s?.stop();
    t?.remove();
  });

  it('gongwen/docxText answers the text the scan reads: one paragraph per line, by file or by view URI', async () => {
    const byFile = (await s.conn.sendRequest('gongwen/docxText', { uri: fileUri })) as DocxTextResult;
    const byView = (await s.conn.sendRequest('gongwen/docxText', { uri: viewUri })) as DocxTextResult;
    const read = await readDocx(docx);
    assert.ok(read.ok && byFile.ok);
    assert.equal(byFile.text, read.text);
    assert.deepEqual(byView, byFile);
    // Trailing empty paragraphs aside, the view has as many lines as the document has paragraphs.
    assert.deepEqual(byFile.text.split('\n'), PARAGRAPHS);
  });

  it('a file that is not a Word archive: the reason, in the file’s locale; a non-file URI is refused', async () => {
    const bad = (await s.conn.sendRequest('gongwen/docxText', { uri: docxViewUri(pathToFileURL(t.path('bad.docx')).toString()) })) as DocxTextResult;
    assert.deepEqual(bad, { ok: false, reason: '不是 .docx 压缩包（可能是改了扩展名的 .doc、加密的文档或其他文件）' });
    const txt = (await s.conn.sendRequest('gongwen/docxText', { uri: pathToFileURL(t.path('plain.txt')).toString() })) as DocxTextResult;
    assert.equal(txt.ok, false);
    assert.match(!txt.ok ? txt.reason : '', /^不是 \.docx 文件：file:/);
  });

  it('the view, opened with that text, gets the findings the CLI reports for the .docx, at the same lines and characters, under the folder’s .gongwen.json', async () => {
    const r = (await s.conn.sendRequest('gongwen/docxText', { uri: viewUri })) as DocxTextResult;
    assert.ok(r.ok);
    const opened = await openAndWait(s, viewUri, r.text);
    const cli = JSON.parse(runCli(['check', docx, '--format', 'json'], t.root).stdout) as { files: Array<{ diagnostics: Array<{ rule: string; severity: string; range: Diagnostic['range'] }> }> };
    const cliDiagnostics = cli.files[0]!.diagnostics;
    assert.deepEqual(places(cliDiagnostics), [
      ['format.date', 8, 0, 8, 11],
      ['format.doc-number', 1, 0, 1, 12],
    ]);
    assert.deepEqual(places(opened.diagnostics), places(cliDiagnostics));
    // .gongwen.json next to the .docx applies (error = 1), and the settings were asked for the file, not the view.
    assert.equal(opened.diagnostics.find((d) => d.code === 'format.date')!.severity, 1);
    assert.equal(cliDiagnostics.find((d) => d.rule === 'format.date')!.severity, 'error');
    const scopes = s.configurationRequests.flat().map((i) => i.scopeUri);
    assert.ok(scopes.includes(fileUri), `settings asked for ${scopes.join(', ')}`);
    assert.ok(!scopes.includes(viewUri), 'settings are never asked for the view itself');
    // The view is read-only: no quick fix or "ignore" comment is offered in it.
    const date = opened.diagnostics.find((d) => d.code === 'format.date')!;
    const actions = await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: viewUri }, range: date.range, context: { diagnostics: [date] } });
    assert.deepEqual(actions, []);
    await s.close(viewUri);
  });

  it('the workspace scan publishes the .docx’s findings under its view URI, at the CLI’s places, without a paragraph prefix', async () => {
    const published = s.diagnostics(viewUri, (p: PublishDiagnosticsParams) => p.diagnostics.length === 2, 30000);
    const r = (await s.conn.sendRequest('gongwen/scanWorkspace', {})) as ScanWorkspaceResult;
    assert.equal(r.files, 2, 'plain.txt and the .docx (bad.docx is skipped)');
    const p = await published;
    assert.deepEqual(places(p.diagnostics), [
      ['format.date', 8, 0, 8, 11],
      ['format.doc-number', 1, 0, 1, 12],
    ]);
    assert.match(messageOf(p.diagnostics.find((d) => d.code === 'format.date')!), /^成文日期“2026年04月09日”月、日不编虚位/);
    // Nothing is published under the file's own URI (the Problems panel would list it twice).
    assert.ok(!s.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === fileUri));
    // The report still links the file itself (the client opens its view).
    const html = (await s.conn.sendRequest('gongwen/scanReport', {})) as string | null;
    assert.ok(r.report && html?.includes(`data-href="${fileUri.replace(/&/g, '&amp;')}"`), 'the report links the .docx');
  });

  it('the .docx on disk is never written: same bytes and modification time after the request, the view, the scan', () => {
    assert.deepEqual(readFileSync(docx), bytes);
    assert.equal(statSync(docx).mtimeMs, mtime);
  });
});
