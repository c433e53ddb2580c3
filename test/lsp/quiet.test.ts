// Quiet where it should be, over the protocol (a real server over stdio): gongwen.enable and
// gongwen.run per resource (off clears, onSave checks on open and save only, and hover, code
// actions and pulled diagnostics agree with what is shown), textDocument/formatting = the safe
// fixes of `gongwen check --fix`, and the gongwen language checked whatever the text looks like.

import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { effectiveConfig } from '../../server/src/core/config/effective';
import { fixText } from '../../server/src/core/safeFix';
import { changedSpan } from '../../server/src/lsp/format';
import { RunGate, splitEditorSettings, type RunMode } from '../../server/src/lsp/quiet';
import { ensureBuilt } from '../helpers/build';
import { applyLspEdits } from '../helpers/edits';
import { CLEAN_DOC, NOTICE } from '../helpers/texts';
import { actionsFor, changeAndWait, hoverText, openAndWait, startServer, type TestServer } from './client';

let seq = 0;
const newUri = (name = 'doc.txt'): string => `file:///tmp/gongwen-quiet-test/${++seq}-${name}`;

/** NOTICE with one more half-width comma (line 11): one more finding than NOTICE's seven. */
const NOTICE_PLUS = NOTICE.replace('加强组织领导。', '加强组织领导,压实责任。');

/** A personal note in Chinese: no frame of official drafting, yet a half-width comma and a 成文日期-like date. */
const NOTE = ['周末随记', '今天天气不错,去公园走了走。', '晚上看了一部电影，觉得还行。', '2019年07月28日', ''].join('\n');
/** An English README. */
const README = ['# Project notes', '', 'Run `npm test` before you push, please. Dates: 2019.7.28, 2019年07月28日.', ''].join('\n');

const rules = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();

function settingsChanged(s: TestServer, settings: unknown): Promise<void> {
  s.setSettings(settings);
  return s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
}

function format(s: TestServer, uri: string): Promise<TextEdit[] | null> {
  return s.conn.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }) as Promise<TextEdit[] | null>;
}

function pull(s: TestServer, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<DocumentDiagnosticReport>;
}

function save(s: TestServer, uri: string): Promise<void> {
  return s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
}

/** Publishes for uri after `mark`, each as [version, rule count]. */
function publishesAfter(s: TestServer, uri: string, mark: number): Array<[number | undefined, number]> {
  return s.notifications
    .slice(mark)
    .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri)
    .map((n) => [(n.params as PublishDiagnosticsParams).version, (n.params as PublishDiagnosticsParams).diagnostics.length]);
}

/** Waits well past the server's 50 ms debounce: used only to show that nothing arrives. */
const quietPeriod = (): Promise<void> => new Promise((r) => setTimeout(r, 400));

describe('quiet: gongwen.enable, gongwen.run, formatting, the gongwen language', function () {
  this.timeout(30000);
  before(() => ensureBuilt());

  let s: TestServer | undefined;
  afterEach(async () => {
    await s?.stop();
    s = undefined;
  });

  it('declares save notifications and a document formatter', async () => {
    s = await startServer({ settings: {} });
    const caps = s.initializeResult.capabilities;
    assert.deepEqual(caps['textDocumentSync'], { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(caps['documentFormattingProvider'], true);
  });

  it('enable: false clears the file at once and publishes nothing; true brings the findings back; no "unknown setting" notice', async () => {
    s = await startServer({ settings: { enable: false } });
    const uri = newUri();
    const info = s.waitFor<{ uri: string; skipped?: string }>('gongwen/documentInfo', (p) => p.uri === uri);
    const off = await openAndWait(s, uri, NOTICE);
    assert.deepEqual(off.diagnostics, []);
    assert.match((await info).skipped ?? '', /gongwen\.enable/, 'the status bar is told why');
    assert.equal(hoverText(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } }) as never), '');
    assert.deepEqual(await format(s, uri), []);

    let mark = s.mark();
    await settingsChanged(s, {});
    const on = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0, { after: mark });
    assert.equal(on.diagnostics.length, 7);

    mark = s.mark();
    await settingsChanged(s, { enable: false, locale: 'en' });
    const cleared = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { after: mark });
    assert.deepEqual(cleared.diagnostics, []);
    const notices = s.notifications.filter((n) => n.method === 'window/showMessage').map((n) => JSON.stringify(n.params));
    assert.deepEqual(notices.filter((m) => /enable|run/.test(m)), [], 'enable and run are not rule configuration');
  });

  it('enable and run are per resource: a folder with run: off is quiet, the other folder is checked', async () => {
    const quietUri = 'file:///tmp/gongwen-quiet-test/quiet-folder/a.txt';
    const loudUri = 'file:///tmp/gongwen-quiet-test/loud-folder/a.txt';
    s = await startServer({ settings: (scopeUri: string | undefined) => (scopeUri?.includes('/quiet-folder/') ? { run: 'off' } : {}) });
    assert.deepEqual((await openAndWait(s, quietUri, NOTICE)).diagnostics, []);
    assert.equal((await openAndWait(s, loudUri, NOTICE)).diagnostics.length, 7);
    assert.deepEqual(await actionsFor(s, quietUri, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, message: 'x', source: 'gongwen', code: 'format.doc-number' }), []);
  });

  it('run: onSave (pushed): findings on open, none on a keystroke, the new text’s on save', async () => {
    s = await startServer({ settings: { run: 'onSave' } });
    const uri = newUri();
    assert.equal((await openAndWait(s, uri, NOTICE)).diagnostics.length, 7);
    const mark = s.mark();
    await s.change(uri, NOTICE_PLUS, 2);
    await quietPeriod();
    assert.deepEqual(publishesAfter(s, uri, mark), [], 'nothing published while typing');
    // Hover and code actions answer for the shown (saved) text only: the text changed since.
    const hover = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.equal(hover, null);
    const saved = s.mark();
    await save(s, uri);
    const after = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { after: saved });
    assert.equal(after.version, 2);
    assert.equal(after.diagnostics.length, 8);
    // Back to onType: the next keystroke is checked again.
    await settingsChanged(s, {});
    const typed = await changeAndWait(s, uri, NOTICE, 3);
    assert.equal(typed.diagnostics.length, 7);
  });

  it('run: onSave (pulled, as VS Code asks): `unchanged` while typing, a refresh request and the new findings after save', async () => {
    s = await startServer({ settings: { run: 'onSave' }, pullDiagnostics: true });
    const uri = newUri();
    await s.open(uri, NOTICE);
    const first = await pull(s, uri);
    assert.ok(first.kind === 'full' && first.resultId);
    assert.equal(first.kind === 'full' ? first.items.length : -1, 7);
    await s.change(uri, NOTICE_PLUS, 2);
    assert.deepEqual(await pull(s, uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // A client that lost its copy gets the shown findings again, not the new text's.
    const again = await pull(s, uri);
    assert.equal(again.kind === 'full' ? again.items.length : -1, 7);
    const mark = s.mark();
    await save(s, uri);
    await s.waitFor('workspace/diagnostic/refresh', undefined, { after: mark });
    const fresh = await pull(s, uri, first.resultId);
    assert.equal(fresh.kind, 'full');
    assert.notEqual(fresh.kind === 'full' ? fresh.resultId : undefined, first.resultId);
    assert.equal(fresh.kind === 'full' ? fresh.items.length : -1, 8);
  });

  it('run: off (pulled): an empty report; switching to onType fills it', async () => {
    s = await startServer({ settings: { run: 'off' }, pullDiagnostics: true });
    const uri = newUri();
    await s.open(uri, NOTICE);
    assert.deepEqual(await pull(s, uri), { kind: 'full', items: [] });
    const mark = s.mark();
    await settingsChanged(s, { run: 'onType' });
    await s.waitFor('workspace/diagnostic/refresh', undefined, { after: mark });
    const r = await pull(s, uri);
    assert.equal(r.kind === 'full' ? r.items.length : -1, 7);
  });

  it('formatting applies exactly the safe fixes of `gongwen check --fix`, as one edit', async () => {
    s = await startServer({ settings: {} });
    const uri = newUri();
    await openAndWait(s, uri, NOTICE);
    const edits = (await format(s, uri)) ?? [];
    assert.equal(edits.length, 1, 'one edit: one undo step');
    const formatted = applyLspEdits(NOTICE, edits);
    assert.equal(formatted, fixText(NOTICE, 'doc.txt', effectiveConfig([]), null).text, 'the CLI’s --fix text');
    const lines = formatted.split('\n');
    assert.equal(lines[1], '济某发〔2019〕23号');
    assert.equal(lines[4], '为贯彻落实有关要求，现就有关事项通知如下。');
    assert.equal(lines[15], '2019年7月28日');
    assert.equal(lines[10], '四、保障措施', 'the heading number needs a drafter: not a safe fix');
    assert.ok(!formatted.includes('此件公开发布'), 'the disclosure note needs a drafter: not inserted');
    // After formatting: nothing more to do.
    await changeAndWait(s, uri, formatted, 2);
    assert.deepEqual(await format(s, uri), []);
  });

  it('formatting gives nothing for a clean draft, an English README, a personal note, or a file with checking off', async () => {
    s = await startServer({ settings: (scopeUri: string | undefined) => (scopeUri?.endsWith('-off.txt') ? { enable: false } : {}) });
    const clean = newUri();
    const readme = newUri('README.md');
    const note = newUri('note.txt');
    const off = newUri('x-off.txt');
    await openAndWait(s, clean, CLEAN_DOC);
    await openAndWait(s, readme, README, 'markdown');
    await openAndWait(s, note, NOTE);
    await openAndWait(s, off, NOTICE);
    for (const uri of [clean, readme, note, off]) assert.deepEqual(await format(s, uri), [], uri);
  });

  it('not official drafting: an English README and a Chinese personal note get no findings; the same note as language gongwen is checked', async () => {
    s = await startServer({ settings: {} });
    assert.deepEqual((await openAndWait(s, newUri('README.md'), README, 'markdown')).diagnostics, []);
    assert.deepEqual((await openAndWait(s, newUri('note.txt'), NOTE)).diagnostics, []);
    assert.deepEqual((await openAndWait(s, newUri('note.md'), NOTE, 'markdown')).diagnostics, []);
    // An untitled document of the gongwen language: no path to tell, the language says it.
    const gw = await openAndWait(s, `untitled:Untitled-${++seq}`, NOTE, 'gongwen');
    assert.deepEqual(rules(gw.diagnostics), ['doc.disclosure', 'format.date', 'format.punctuation']);
    // A .gw file, and a plain-text note that declares its kind, are checked too.
    assert.deepEqual(rules((await openAndWait(s, newUri('note.gw'), NOTE, 'gongwen')).diagnostics), ['doc.disclosure', 'format.date', 'format.punctuation']);
    const declared = await openAndWait(s, newUri('declared.txt'), `<!-- gongwen kind=document -->\n${NOTE}`);
    assert.ok(rules(declared.diagnostics).includes('format.punctuation'), rules(declared.diagnostics).join());
    // Formatting the gongwen note applies its safe fixes.
    const uri = `untitled:Untitled-${++seq}`;
    await openAndWait(s, uri, NOTE, 'gongwen');
    const fixed = applyLspEdits(NOTE, (await format(s, uri)) ?? []);
    assert.equal(fixed.split('\n')[1], '今天天气不错，去公园走了走。');
  });
});

describe('quiet: the pure parts', () => {
  it('splitEditorSettings: enable and run go to the editor, the rest to the rule configuration; invalid values fall back', () => {
    assert.deepEqual(splitEditorSettings({ enable: false, run: 'onSave', locale: 'en' } as never), { config: { locale: 'en' }, editor: { enable: false, run: 'onSave' } });
    assert.deepEqual(splitEditorSettings({ enable: 'no', run: 'sometimes' } as never).editor, { enable: true, run: 'onType' });
  });

  it('RunGate: onType shows each version, onSave the one of the last open or save, off none', async () => {
    let settings = { enable: true, run: 'onSave' as RunMode };
    const gate = new RunGate(async () => settings);
    assert.equal(await gate.shownVersion({ uri: 'u', version: 1 }), 1);
    assert.equal(await gate.shownVersion({ uri: 'u', version: 5 }), 1, 'edited since: still the opened version');
    assert.equal(gate.reset('u'), true, 'saved');
    assert.equal(await gate.shownVersion({ uri: 'u', version: 5 }), 5);
    settings = { enable: true, run: 'onType' };
    assert.equal(await gate.shownVersion({ uri: 'u', version: 6 }), 6);
    settings = { enable: false, run: 'onType' };
    assert.equal(await gate.shownVersion({ uri: 'u', version: 7 }), null);
  });

  it('changedSpan: one edit over what differs, never splitting a CRLF or a surrogate pair', () => {
    assert.deepEqual(changedSpan('甲,乙\r\n丙', '甲，乙\r\n丙'), { start: 1, end: 2, newText: '，' });
    // A line break inserted right after a CR: the CR and LF stay together.
    const crlf = changedSpan('a\r\nb', 'a\r\nx\r\nb');
    assert.ok(!('a\r\nb'[crlf.start - 1] === '\r' && 'a\r\nb'[crlf.start] === '\n'), JSON.stringify(crlf));
    const pair = changedSpan('𠀀a', '𠀁a');
    assert.deepEqual(pair, { start: 0, end: 2, newText: '𠀁' });
    assert.deepEqual(changedSpan('same', 'same'), { start: 4, end: 4, newText: '' });
  });
});
