// The language server over stdio, as any LSP client drives it: diagnostics, code actions,
// hover, the gongwen/* messages, settings, large and broken inputs, shutdown.
// Every wait is on a message from the server, never on a fixed sleep.

import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { effectiveConfig } from '../server/src/core/config/effective';
import { ruleById } from '../server/src/core/rules/registry';
import { fixText } from '../server/src/core/safeFix';
import type { DiagnosticData, DocumentInfo, ExplainCountResult } from '../server/src/protocol';
import { ensureBuilt } from './helpers/build';
import { applyLspEdits } from './helpers/edits';
import { sampleDocument } from './helpers/sample';
import { CLEAN, CLEAN_DOC, NOTICE, NOTICE_ALL } from './helpers/texts';
import { changeAndWait, codeActions, editsFor, hoverText, messageOf, openAndWait, quickFixes, startServer, type TestServer } from './lsp/client';

let uriSeq = 0;
function newUri(name = 'doc.txt', dir = '/tmp/gongwen-lsp-test'): string {
  return `file://${dir}/${++uriSeq}-${name}`;
}

function summary(ds: Diagnostic[]): Array<[string, number]> {
  return ds.map((d) => [String(d.code), d.range.start.line] as [string, number]).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

/** [rule, line] pairs in the order summary() gives them. */
function bySummaryOrder(list: ReadonlyArray<readonly [string, number]>): Array<[string, number]> {
  return list.map(([r, l]) => [r, l] as [string, number]).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

function rulesOf(ds: Diagnostic[]): string[] {
  return ds.map((d) => String(d.code));
}

describe('language server over stdio', function () {
  this.timeout(30000);
  before(() => ensureBuilt());

  describe('one server, default settings', () => {
    let s: TestServer;
    before(async () => {
      s = await startServer({ settings: {} });
    });
    after(async () => {
      await s?.stop();
    });

    it('initializes with sync, code actions (quick fix + source.fixAll.gongwen) and hover', () => {
      const caps = s.initializeResult.capabilities as {
        textDocumentSync?: unknown;
        codeActionProvider?: { codeActionKinds?: string[] };
        hoverProvider?: unknown;
      };
      assert.ok(caps.textDocumentSync !== undefined);
      assert.ok(caps.hoverProvider);
      const kinds = caps.codeActionProvider?.codeActionKinds ?? [];
      assert.ok(kinds.includes('quickfix'), `kinds: ${kinds}`);
      assert.ok(kinds.includes('source.fixAll.gongwen'), `kinds: ${kinds}`);
      assert.equal(s.initializeResult.serverInfo?.name, 'gongwen');
    });

    it('publishes diagnostics on open with rule ids, lines, doc links, source, clause, typed data and quick fixes', async () => {
      const uri = newUri();
      const p = await openAndWait(s, uri, NOTICE);
      assert.deepEqual(summary(p.diagnostics), bySummaryOrder(NOTICE_ALL));
      assert.equal(p.version, 1);
      for (const d of p.diagnostics) {
        const rule = ruleById(String(d.code));
        assert.ok(rule, `registered rule ${d.code}`);
        assert.equal(d.source, 'gongwen');
        assert.ok(d.codeDescription?.href.endsWith(`/rules/${d.code}.html`), `href ${d.codeDescription?.href} (the rule page on the homepage site)`);
        assert.equal(typeof d.message, 'string');
        assert.ok(messageOf(d).includes(rule.clause), `clause ${rule.clause} in “${messageOf(d)}”`);
        assert.match(messageOf(d), /[\u4e00-\u9fff]/, 'Chinese message');
        assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
        assert.deepEqual(d.data as DiagnosticData, { rule: d.code, version: 1 });
        const fixes = await quickFixes(s, uri, d);
        assert.equal(fixes.length > 0, rule.fixable, `${d.code}: fixes exactly when the rule is fixable`);
        for (const fx of fixes) {
          assert.match(fx.title, /\p{Script=Han}/u, `${d.code}: a Chinese fix title`);
          assert.ok(fx.edits.length > 0, `${d.code}: “${fx.title}” has edits`);
          // The edits lie inside the text (applyLspEdits throws otherwise) and change it.
          assert.notEqual(applyLspEdits(NOTICE, fx.edits), NOTICE, `${d.code}: “${fx.title}” changes the text`);
        }
      }
      const date = p.diagnostics.find((d) => d.code === 'format.date')!;
      assert.deepEqual(date.range, { start: { line: 15, character: 0 }, end: { line: 15, character: 11 } });
      assert.equal(date.severity, 2);
    });

    it('a clean document gets an empty diagnostics list', async () => {
      const p = await openAndWait(s, newUri(), CLEAN_DOC);
      assert.deepEqual(p.diagnostics, []);
    });

    it('the quick fix edit removes that finding and leaves the others', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      const date = first.diagnostics.find((d) => d.code === 'format.date')!;
      const actions = await codeActions(s, uri, date.range, [date]);
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred && a.diagnostics?.some((d) => d.code === 'format.date'));
      assert.ok(fix, `a preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
      const fixed = applyLspEdits(NOTICE, editsFor(fix, uri));
      assert.ok(fixed.includes('\n2019年7月28日\n'), fixed);
      const after = await changeAndWait(s, uri, fixed, 2);
      assert.deepEqual(summary(after.diagnostics), summary(first.diagnostics).filter(([r]) => r !== 'format.date'));
    });

    it('each rule’s quick fix applies cleanly and removes its finding', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      assert.deepEqual(summary(first.diagnostics), bySummaryOrder(NOTICE_ALL));
      // The fixes of version 1, asked before any of them is applied.
      const fixesOf = await Promise.all(first.diagnostics.map((d) => quickFixes(s, uri, d)));
      let version = 1;
      for (const [k, d] of first.diagnostics.entries()) {
        const fixes = fixesOf[k]!;
        if (fixes.length === 0) continue; // doc.directive-scope has no automatic fix
        const text = applyLspEdits(NOTICE, fixes[0]!.edits);
        const after = await changeAndWait(s, uri, text, ++version);
        const still = after.diagnostics.filter((x) => x.code === d.code && x.range.start.line === d.range.start.line);
        assert.deepEqual(still, [], `${d.code} on line ${d.range.start.line} gone after its fix`);
        assert.equal(after.diagnostics.length, first.diagnostics.length - 1, `${d.code}: only that finding went`);
      }
      assert.equal(version - 1, NOTICE_ALL.length - 1, 'every finding but doc.directive-scope’s was fixed and checked again');
    });

    it('a diagnostic from an older version still gets its quick fix (recomputed for the current text)', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      const date = first.diagnostics.find((d) => d.code === 'format.date')!;
      const appended = NOTICE + '抄送：市委办公厅。\n';
      await changeAndWait(s, uri, appended, 2);
      const actions = await codeActions(s, uri, date.range, [date]);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, 'quick fix for a version-1 diagnostic at version 2');
      assert.ok(applyLspEdits(appended, editsFor(fix, uri)).includes('\n2019年7月28日\n'));
    });

    it('a diagnostic sent back without data (clients that drop it) still gets its fixes; other sources are ignored', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      const { data: _drop, ...bare } = first.diagnostics.find((d) => d.code === 'format.date')!;
      const actions = await codeActions(s, uri, bare.range, [bare]);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, `quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(applyLspEdits(NOTICE, editsFor(fix, uri)).includes('\n2019年7月28日\n'));
      assert.ok(actions.some((a) => a.title.includes('忽略')));
      const foreign = { ...bare, source: 'cspell', code: 'format.date' };
      assert.deepEqual(await codeActions(s, uri, bare.range, [foreign]), []);
    });

    it('accepts incremental (range) changes', async () => {
      const uri = newUri();
      await openAndWait(s, uri, NOTICE);
      const mark = s.mark();
      await s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [
          { range: { start: { line: 15, character: 5 }, end: { line: 15, character: 6 } }, text: '' }, // 2019年07月 -> 2019年7月
          { range: { start: { line: 15, character: 7 }, end: { line: 15, character: 7 } }, text: '' },
          { range: { start: { line: 4, character: 9 }, end: { line: 4, character: 10 } }, text: '，' },
        ],
      });
      const p = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uri && x.version === 2, { after: mark });
      assert.deepEqual(summary(p.diagnostics), [['format.doc-number', 1], ['doc.directive-scope', 3], ['format.punctuation', 6], ['format.heading-sequence', 10], ['doc.disclosure', 15]]);
    });

    it('opening a document publishes its diagnostics once', async () => {
      const a = newUri();
      const b = newUri();
      await openAndWait(s, b, CLEAN);
      const mark = s.mark();
      await s.open(a, NOTICE);
      // A debounced change of another document, sent after the open: when its diagnostics
      // arrive, any debounced work queued by the open has run as well.
      await s.change(b, CLEAN + '\n', 2);
      await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === b && x.version === 2, { after: mark });
      const forA = s.notifications.slice(mark).filter((n) => (n.params as { uri?: string }).uri === a);
      assert.deepEqual(forA.map((n) => n.method), ['textDocument/publishDiagnostics', 'gongwen/documentInfo']);
    });

    it('“fix all of this rule” fixes every finding of the rule', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      const punct = first.diagnostics.filter((d) => d.code === 'format.punctuation');
      assert.equal(punct.length, 2);
      const actions = await codeActions(s, uri, punct[0]!.range, [punct[0]!]);
      const all = actions.find((a) => a.kind === 'quickfix' && /全部/.test(a.title) && a.title.includes('format.punctuation'));
      assert.ok(all, `fix-all action among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(editsFor(all, uri).length, 2);
      const fixed = applyLspEdits(NOTICE, editsFor(all, uri));
      const after = await changeAndWait(s, uri, fixed, 2);
      assert.deepEqual(rulesOf(after.diagnostics).filter((r) => r === 'format.punctuation'), []);
      assert.equal(after.diagnostics.length, first.diagnostics.length - 2);
    });

    it('source.fixAll.gongwen (context.only) applies the safe fixes at once, as check --fix does; fixes that need a look stay quick fixes', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      for (const only of [['source.fixAll.gongwen'], ['source.fixAll'], ['source']]) {
        const actions = await codeActions(s, uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], only);
        assert.equal(actions.length, 1, `one action for only=${only}`);
        assert.equal(actions[0]!.kind, 'source.fixAll.gongwen');
      }
      // Quick fixes are not offered when only source actions are asked for, and vice versa.
      const quick = await codeActions(s, uri, first.diagnostics[0]!.range, first.diagnostics, ['quickfix']);
      assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
      const [all] = await codeActions(s, uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.gongwen']);
      const text = applyLspEdits(NOTICE, editsFor(all!, uri));
      assert.equal(text, fixText(NOTICE, 'notice.txt', effectiveConfig([]), null).text, 'the very text check --fix writes');
      const last = await changeAndWait(s, uri, text, 2);
      assert.ok(text.includes('济某发〔2019〕23号') && text.includes('要求，现就') && text.includes('\n2019年7月28日\n'), text);
      // A heading renumbered and a disclosure note added are the drafter's call: quick fixes still, not made on save.
      assert.ok(!text.includes('三、保障措施') && !text.includes('此件公开发布'), text);
      assert.deepEqual(summary(last.diagnostics), [['doc.directive-scope', 3], ['format.heading-sequence', 10], ['doc.disclosure', 15]]);
      for (const d of last.diagnostics.filter((x) => x.code !== 'doc.directive-scope')) assert.ok((await quickFixes(s, uri, d)).length > 0, `${d.code} keeps its quick fix`);
      const again = await codeActions(s, uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.gongwen']);
      assert.deepEqual(again, [], 'nothing safe is left to fix');
    });

    it('“ignore on this line” inserts the disable-next-line comment and the finding disappears', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      const date = first.diagnostics.find((d) => d.code === 'format.date')!;
      const actions = await codeActions(s, uri, date.range, [date]);
      const ignore = actions.find((a) => a.title.includes('忽略') && a.title.includes('format.date'));
      assert.ok(ignore, `ignore action among: ${actions.map((a) => a.title).join(' | ')}`);
      const text = applyLspEdits(NOTICE, editsFor(ignore, uri));
      assert.ok(text.includes('\n<!-- gongwen-disable-next-line format.date -->\n2019年07月28日'), text);
      const after = await changeAndWait(s, uri, text, 2);
      // The comment goes above the date: doc.disclosure, also on the date, moves down a line.
      assert.deepEqual(summary(after.diagnostics), summary(first.diagnostics).filter(([r]) => r !== 'format.date').map(([r, l]) => [r, l >= 15 ? l + 1 : l]));
    });

    it('“ignore on this line” keeps CRLF line ends', async () => {
      const uri = newUri();
      const crlf = NOTICE.replace(/\n/g, '\r\n');
      const first = await openAndWait(s, uri, crlf);
      assert.deepEqual(summary(first.diagnostics), summary((await openAndWait(s, newUri(), NOTICE)).diagnostics));
      const date = first.diagnostics.find((d) => d.code === 'format.date')!;
      const ignore = (await codeActions(s, uri, date.range, [date])).find((a) => a.title.includes('忽略'))!;
      const text = applyLspEdits(crlf, editsFor(ignore, uri));
      assert.ok(text.includes('\r\n<!-- gongwen-disable-next-line format.date -->\r\n2019年07月28日'));
      const after = await changeAndWait(s, uri, text, 2);
      assert.ok(!rulesOf(after.diagnostics).includes('format.date'));
    });

    it('hover on a finding quotes the clause text', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      const date = first.diagnostics.find((d) => d.code === 'format.date')!;
      const hover = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 15, character: 3 } })) as Hover | null;
      assert.ok(hover, 'a hover');
      const value = hoverText(hover);
      assert.ok(value.includes('GB 7.3.5'), value);
      assert.ok(value.includes('月、日不编虚位'), `quotes GB 7.3.5: ${value}`);
      assert.ok(value.includes('format.date'));
      assert.deepEqual(hover.range, date.range);
      const none = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 2 } });
      assert.equal(none, null, 'no hover off a finding');
    });

    it('a long undeclared document: doc.length info, hover quotes §2, the fix inserts the scope directive', async () => {
      const uri = newUri();
      const long = sampleDocument({ chars: 3600, seed: 5 }).text;
      const infoMark = s.mark();
      const first = await openAndWait(s, uri, long);
      const len = first.diagnostics.find((d) => d.code === 'doc.length');
      assert.ok(len, `doc.length among ${rulesOf(first.diagnostics)}`);
      assert.equal(len.severity, 3, 'info while the scope is undeclared');
      assert.ok(messageOf(len).includes('§2') && /3,000/.test(messageOf(len)), messageOf(len));
      const info = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (p) => p.uri === uri, { after: infoMark });
      assert.equal(info.scope, null);
      assert.equal(info.limit, 3000);
      assert.ok(info.counts.body > 3000 && info.counts.body < 5000, String(info.counts.body));

      const hover = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: len.range.start })) as Hover;
      const value = hoverText(hover);
      assert.ok(value.includes('涉及专项工作的文件不超过3000字'), `quotes §2: ${value}`);

      const fix = (await codeActions(s, uri, len.range, [len])).find((a) => a.isPreferred)!;
      const text = applyLspEdits(long, editsFor(fix, uri));
      assert.ok(text.startsWith('<!-- gongwen 范围=全局性 -->\n'), text.slice(0, 60));
      const mark = s.mark();
      const after = await changeAndWait(s, uri, text, 2);
      assert.ok(!rulesOf(after.diagnostics).includes('doc.length'));
      const info2 = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (p) => p.uri === uri && p.version === 2, { after: mark });
      assert.equal(info2.scope, 'comprehensive');
      assert.equal(info2.scopeSource, 'directive');
      assert.equal(info2.limit, 5000);
    });

    it('sends gongwen/documentInfo with kind, scope and counts, and answers gongwen/explainCount', async () => {
      const uri = newUri();
      const mark = s.mark();
      await openAndWait(s, uri, NOTICE);
      const info = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (p) => p.uri === uri, { after: mark });
      assert.equal(info.kind, 'document');
      assert.equal(info.kindSource, 'detected');
      assert.equal(info.scope, null);
      assert.equal(info.version, 1);
      assert.equal(info.countMode, 'word');
      assert.ok(info.counts.body > 20 && info.counts.body < 200, String(info.counts.body));
      assert.equal(info.counts.attachments, 0);
      assert.equal(info.counts.attachmentCount, 2);
      assert.equal(info.limit, 3000);
      assert.equal(info.comprehensiveLimit, 5000);
      assert.equal(info.skipped, undefined);

      const ex = (await s.conn.sendRequest('gongwen/explainCount', { uri })) as ExplainCountResult;
      assert.ok(ex.summary.includes(info.counts.body.toLocaleString('en-US')), ex.summary);
      assert.ok(ex.detail.includes('计数方式'), ex.detail);
      assert.equal(await s.conn.sendRequest('gongwen/explainCount', { uri: newUri() }), null, 'unknown document');
    });

    it('an agenda is reported as kind agenda', async () => {
      const uri = newUri('agenda.txt');
      const mark = s.mark();
      await openAndWait(s, uri, '关于召开全市安全生产工作会议的通知\n各区县人民政府：\n定于2019年8月13日上午9:00召开会议。\n济南市人民政府办公厅\n2019年8月1日\n');
      const info = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (p) => p.uri === uri, { after: mark });
      assert.equal(info.kind, 'agenda');
      assert.equal(info.limit, null);
    });

    it('serves Markdown: a directive in an HTML comment and markdown syntax are not text', async () => {
      const uri = newUri('notice.md');
      const md = '<!-- gongwen kind=document scope=special -->\n# 济南市某某局关于做好有关工作的通知\n\n各区县人民政府：\n\n**一、总体要求**\n\n为贯彻落实有关要求,现就有关事项通知如下。\n\n济南市某某局\n\n2019年7月28日\n';
      const mark = s.mark();
      const p = await openAndWait(s, uri, md, 'markdown');
      const info = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (x) => x.uri === uri, { after: mark });
      assert.equal(info.scope, 'special');
      assert.equal(info.scopeSource, 'directive');
      assert.deepEqual(summary(p.diagnostics), [['doc.directive-scope', 3], ['format.punctuation', 7], ['doc.disclosure', 11]]);
    });

    it('didChange is debounced: a burst of changes ends with the diagnostics of the last version', async () => {
      const uri = newUri();
      await openAndWait(s, uri, NOTICE);
      const mark = s.mark();
      for (let v = 2; v <= 6; v++) await s.change(uri, v % 2 ? NOTICE : CLEAN_DOC, v);
      const last = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 6, { after: mark });
      assert.deepEqual(last.diagnostics, []);
      const published = s.notifications
        .slice(mark)
        .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri)
        .map((n) => n.params as PublishDiagnosticsParams);
      // Which intermediate versions get through depends on how the burst meets the 50 ms timer;
      // what is fixed: only burst versions, in order, ending with 6, each with its own text's findings.
      const versions = published.map((p) => p.version);
      assert.ok(versions.every((v, i) => v !== undefined && v !== null && v >= 2 && v <= 6 && (i === 0 || v > versions[i - 1]!)), `versions ${versions.join(', ')}`);
      assert.equal(versions[versions.length - 1], 6);
      for (const p of published) assert.deepEqual(summary(p.diagnostics), p.version! % 2 ? bySummaryOrder(NOTICE_ALL) : [], `version ${p.version}`);
      // Without the debounce every one of the five changes would be published.
      assert.ok(published.length < 5, `${published.length} publications for a burst of 5 changes: versions ${versions.join(', ')}`);
    });

    it('didClose clears the diagnostics', async () => {
      const uri = newUri();
      const first = await openAndWait(s, uri, NOTICE);
      assert.ok(first.diagnostics.length > 0);
      const mark = s.mark();
      await s.close(uri);
      const cleared = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { after: mark });
      assert.deepEqual(cleared.diagnostics, []);
      assert.deepEqual(await codeActions(s, uri, first.diagnostics[0]!.range, first.diagnostics), [], 'no actions for a closed document');
    });

    it('does not die on odd input: empty text, lone surrogates, NUL, a whole document on one line', async () => {
      const cases: Array<[string, Array<[string, number]>]> = [
        ['', []],
        ['\r\r\n\n\r', []],
        // No title, 主送, date or heading to check: nothing to report.
        ['\uD800\uDC00\uDFFF\uD800', []],
        ['\u0000\u0000标题\u0000', []],
        // NOTICE with U+3000 for its line breaks: the same seven findings, all on line 0.
        ['\u3000\u3000'.repeat(3) + NOTICE.replace(/\n/g, '\u3000\u3000'), bySummaryOrder(NOTICE_ALL.map(([r]) => [r, 0] as const))],
      ];
      for (const [text, expected] of cases) {
        const p = await openAndWait(s, newUri(), text);
        assert.deepEqual(summary(p.diagnostics), expected, JSON.stringify(text.slice(0, 20)));
      }
      assert.deepEqual(summary((await openAndWait(s, newUri(), NOTICE)).diagnostics), bySummaryOrder(NOTICE_ALL), 'still serving');
    });
  });

  describe('settings', () => {
    it('follows workspace/configuration answers and workspace/didChangeConfiguration', async () => {
      const s = await startServer({ settings: {} });
      try {
        const uri = newUri();
        const first = await openAndWait(s, uri, NOTICE);
        assert.ok(rulesOf(first.diagnostics).includes('format.date'));
        assert.ok(s.configurationRequests.some((items) => items.some((i) => i.section === 'gongwen' && i.scopeUri === uri)), 'settings asked for this resource');
        s.setSettings({ rules: { 'format.date': 'off' } });
        const mark = s.mark();
        await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const off = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'format.date'), { after: mark });
        assert.deepEqual(summary(off.diagnostics), summary(first.diagnostics).filter(([r]) => r !== 'format.date'));

        s.setSettings({ rules: { 'format.date': 'error', 'format.punctuation': { severity: 'hint' } } });
        const mark2 = s.mark();
        await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const back = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'format.date'), { after: mark2 });
        assert.equal(back.diagnostics.find((d) => d.code === 'format.date')!.severity, 1, 'error');
        assert.ok(back.diagnostics.filter((d) => d.code === 'format.punctuation').every((d) => d.severity === 4), 'hint');
      } finally {
        await s.stop();
      }
    });

    it('applies settings per resource (scopeUri), e.g. a folder with its own rules and kinds', async () => {
      const s = await startServer({
        settings: (scopeUri: string | undefined) => (scopeUri?.includes('/strict/') ? { rules: { 'doc.length': { severity: 'error', special: 10 } }, kinds: { '**/strict/**': { scope: 'special' } } } : {}),
      });
      try {
        const strict = await openAndWait(s, newUri('a.txt', '/tmp/gongwen-lsp-test/strict'), NOTICE);
        const loose = await openAndWait(s, newUri('a.txt', '/tmp/gongwen-lsp-test/loose'), NOTICE);
        const len = strict.diagnostics.find((d) => d.code === 'doc.length');
        assert.ok(len, 'doc.length with special=10 in strict/');
        assert.ok(/上限 10 字/.test(messageOf(len)), messageOf(len));
        assert.equal(len.severity, 1);
        assert.ok(!rulesOf(loose.diagnostics).includes('doc.length'));
      } finally {
        await s.stop();
      }
    });

    it('maps kinds by glob relative to the workspace folder', async () => {
      const root = '/tmp/gongwen-lsp-test/ws';
      const s = await startServer({ rootUri: `file://${root}`, workspaceFolders: [{ uri: `file://${root}`, name: 'ws' }], settings: { kinds: { 'meetings/**': 'agenda', 'special/**': { kind: 'document', scope: 'special' } } } });
      try {
        const mark = s.mark();
        const a = `file://${root}/meetings/m.txt`;
        const b = `file://${root}/special/s.txt`;
        await openAndWait(s, a, NOTICE);
        await openAndWait(s, b, NOTICE);
        const ia = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (p) => p.uri === a, { after: mark });
        const ib = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (p) => p.uri === b, { after: mark });
        assert.deepEqual([ia.kind, ia.kindSource], ['agenda', 'settings']);
        assert.deepEqual([ib.kind, ib.scope, ib.scopeSource], ['document', 'special', 'settings']);
      } finally {
        await s.stop();
      }
    });

    it('works with a client without the configuration capability (initializationOptions.settings)', async () => {
      const s = await startServer({ configuration: false, settings: { rules: { 'format.date': 'off' } } });
      try {
        const uri = newUri();
        const p = await openAndWait(s, uri, NOTICE);
        assert.deepEqual(summary(p.diagnostics), bySummaryOrder(NOTICE_ALL.filter(([r]) => r !== 'format.date')));
        assert.equal(s.configurationRequests.length, 0, 'never asks workspace/configuration');
        // Such clients push settings with didChangeConfiguration.
        const mark = s.mark();
        await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { gongwen: { rules: { 'format.punctuation': 'off' } } } });
        const next = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uri, { after: mark });
        assert.deepEqual(rulesOf(next.diagnostics).sort(), ['doc.directive-scope', 'doc.disclosure', 'format.date', 'format.doc-number', 'format.heading-sequence']);
      } finally {
        await s.stop();
      }
    });

    it('a broken setting (unknown rule id, wrong option type) is named in window/showMessage and checking continues', async () => {
      const s = await startServer({
        settings: { rules: { 'no.such-rule': 'error', 'doc.length': { special: 'many' }, 'format.date': 'loud', 'format.punctuation': 'off' }, countMode: 'bytes' },
      });
      try {
        const uri = newUri();
        const p = await openAndWait(s, uri, NOTICE);
        // Valid entries apply, broken ones keep their defaults.
        assert.deepEqual(rulesOf(p.diagnostics).sort(), ['doc.directive-scope', 'doc.disclosure', 'format.date', 'format.doc-number', 'format.heading-sequence']);
        const messages = () => s.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params as { type: number; message: string });
        for (const key of ['gongwen.rules.no.such-rule', 'gongwen.rules.doc.length.special', 'gongwen.rules.format.date', 'gongwen.countMode']) {
          const m = await s.waitFor<{ type: number; message: string }>('window/showMessage', (x) => x.message.includes(key));
          assert.ok(m.type === 1 || m.type === 2, `error or warning: ${m.type}`);
        }
        // Each problem is told once, not once per document.
        await openAndWait(s, newUri(), NOTICE);
        const count = messages().filter((m) => m.message.includes('no.such-rule')).length;
        assert.equal(count, 1);
      } finally {
        await s.stop();
      }
    });

    it('skips a document over maxFileSize with a message, and keeps serving', async () => {
      const s = await startServer({ settings: { maxFileSize: 1000 } });
      try {
        const uri = newUri('big.txt');
        const big = sampleDocument({ chars: 1500, seed: 3 }).text;
        assert.ok(big.length > 1000);
        const mark = s.mark();
        const p = await openAndWait(s, uri, big);
        assert.deepEqual(p.diagnostics, []);
        const msg = await s.waitFor<{ type: number; message: string }>('window/showMessage', (m) => m.message.includes('big.txt'), { after: mark });
        assert.match(msg.message, /过大|too large/);
        assert.match(msg.message, /1,000/);
        const info = await s.waitFor<DocumentInfo>('gongwen/documentInfo', (x) => x.uri === uri, { after: mark });
        assert.ok(info.skipped && /1,000/.test(info.skipped));
        const hover = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
        assert.equal(hover, null);
        const actions = await codeActions(s, uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.gongwen']);
        assert.deepEqual(actions, []);
        // Still alive and checking small documents.
        const small = await openAndWait(s, newUri(), NOTICE);
        assert.equal(small.diagnostics.length, NOTICE_ALL.length);
        // Shrinking the big one under the limit checks it again.
        const again = await changeAndWait(s, uri, NOTICE, 2);
        assert.equal(again.diagnostics.length, NOTICE_ALL.length);
      } finally {
        await s.stop();
      }
    });
  });

  it('shuts down and exits cleanly (exit code 0)', async () => {
    const s = await startServer({ settings: {} });
    await openAndWait(s, newUri(), NOTICE);
    const exited = new Promise<number | null>((resolve) => s.proc.once('exit', (code) => resolve(code)));
    assert.equal(await s.conn.sendRequest('shutdown'), null);
    await s.conn.sendNotification('exit');
    assert.equal(await exited, 0);
    s.conn.dispose();
  });
});
