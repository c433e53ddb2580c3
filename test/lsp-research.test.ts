// Research plans through the language server over stdio: a workspace of two plans on disk that
// share a three-stop route 35 days apart. One is opened, the other stays unopened: both get the
// cross-plan findings with related information; editing the open plan updates both; a plan
// created or deleted on disk (workspace/didChangeWatchedFiles) updates the open plan; hover on a
// stop names the other plan with its date; the outline lists the stops.
// Every wait is on a message from the server, never on a fixed sleep.

import * as assert from 'node:assert/strict';
import { unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt } from './helpers/build';
import { PLAN_A, PLAN_B } from './helpers/texts';
import { TempTree } from './helpers/tempTree';
import { hoverText, messageOf, startServer, type TestServer } from './lsp/client';

/** A third plan, written to disk during the test: it visits 三德范村 a week after plan A. */
const PLAN_C = ['市委组织部调研组赴章丘区调研安排', '', '调研时间：2024年5月17日', '调研方式：四不两直', '第一站：文祖街道三德范村，了解基层党建工作', ''].join('\n');

const rules = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();
const has = (ds: Diagnostic[], rule: string): boolean => ds.some((d) => d.code === rule);
const of = (ds: Diagnostic[], rule: string): Diagnostic[] => ds.filter((d) => d.code === rule);

describe('research plans in the language server (a workspace on disk)', function () {
  this.timeout(30_000);
  let tree: TempTree;
  let dir: string;
  let s: TestServer;
  let uriA: string;
  let uriB: string;
  let uriC: string;

  before(async () => {
    ensureBuilt();
    tree = new TempTree('gongwen-lsp-research-');
    dir = tree.root;
    tree.write('plan-a.txt', PLAN_A);
    tree.write('plan-b.txt', PLAN_B);
    tree.write('notes.txt', '会议纪要\n\n本周工作安排如下。\n');
    uriA = pathToFileURL(path.join(dir, 'plan-a.txt')).toString();
    uriB = pathToFileURL(path.join(dir, 'plan-b.txt')).toString();
    uriC = pathToFileURL(path.join(dir, 'plan-c.txt')).toString();
    const root = pathToFileURL(dir).toString();
    s = await startServer({ rootUri: root, workspaceFolders: [{ uri: root, name: 'plans' }] });
    await s.open(uriA, PLAN_A);
  });

  after(async () => {
    await s?.stop();
    tree?.remove();
  });

  it('the open plan gets the shared route, naming the unopened plan and its date, with related information at its stops', async () => {
    const p = await s.diagnostics(uriA, (x) => has(x.diagnostics, 'research.repeated-route'));
    const route = of(p.diagnostics, 'research.repeated-route')[0]!;
    assert.equal(route.range.start.line, 4, 'from the first shared stop');
    assert.match(messageOf(route), /《关于副市长李四赴章丘区调研的行程安排》（2024年6月14日）/);
    assert.match(messageOf(route), /相隔 35 天/);
    assert.match(messageOf(route), /（§14）$/);
    assert.deepEqual(
      route.relatedInformation!.map((r) => `${r.location.uri === uriB ? 'B' : r.location.uri}@${r.location.range.start.line}`),
      ['B@6', 'B@7', 'B@8'],
    );
    assert.match(route.relatedInformation![0]!.message, /第 1 站/);
    const stops = of(p.diagnostics, 'research.repeated-stop');
    assert.deepEqual(stops.map((d) => d.range.start.line), [4, 5, 6]);
    assert.ok(stops.every((d) => d.relatedInformation?.[0]?.location.uri === uriB));
    assert.deepEqual(rules(p.diagnostics), ['research.repeated-route', 'research.repeated-stop', 'research.repeated-stop', 'research.repeated-stop']);
  });

  it('the unopened plan gets its diagnostics too, pointing back at the open one', async () => {
    const p = await s.diagnostics(uriB, (x) => has(x.diagnostics, 'research.repeated-route'));
    const route = of(p.diagnostics, 'research.repeated-route')[0]!;
    assert.equal(route.range.start.line, 6);
    assert.match(messageOf(route), /《市长张三赴章丘区调研安排》（2024年5月10日）/);
    assert.deepEqual(route.relatedInformation!.map((r) => `${r.location.uri === uriA ? 'A' : r.location.uri}@${r.location.range.start.line}`), ['A@4', 'A@5', 'A@6']);
    assert.equal(of(p.diagnostics, 'research.repeated-stop').length, 3);
  });

  it('hover on a stop lists the other plan with its date', async () => {
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: { line: 5, character: 8 } })) as Hover | null;
    const text = hoverText(h);
    assert.match(text, /第 2 站/);
    assert.match(text, /章丘区 › 明水街道 › 眼明泉社区/);
    assert.match(text, /《关于副市长李四赴章丘区调研的行程安排》（2024年6月14日） 第 2 站，2024年6月14日，相隔 35 天/);
  });

  it('document symbols: the document, its itinerary, the stops in route order', async () => {
    const docs = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriA } })) as DocumentSymbol[];
    assert.equal(docs.length, 1);
    const itineraries = docs[0]!.children!.filter((c) => c.detail === '调研行程');
    assert.equal(itineraries.length, 1);
    const syms = itineraries[0]!.children!;
    assert.deepEqual(syms.map((x) => x.name), ['第1站 章丘区文祖街道三德范村', '第2站 明水街道眼明泉社区', '第3站 双山街道山东重工产业园']);
    assert.deepEqual(syms.map((x) => x.selectionRange.start.line), [4, 5, 6]);
    assert.ok(syms.every((x) => /5月10日/.test(x.detail ?? '') && /暗访/.test(x.detail ?? '')), JSON.stringify(syms.map((x) => x.detail)));
  });

  it('a plan created on disk and then deleted updates the open plan (file watching)', async () => {
    tree.write('plan-c.txt', PLAN_C);
    let mark = s.mark();
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriC, type: 1 }] });
    const withC = await s.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (x) => x.uri === uriA && of(x.diagnostics, 'research.repeated-stop').some((d) => d.relatedInformation?.some((r) => r.location.uri === uriC)),
      { after: mark },
    );
    const first = of(withC.diagnostics, 'research.repeated-stop').find((d) => d.range.start.line === 4)!;
    assert.match(messageOf(first), /另有 1 个方案/);
    assert.ok(has(withC.diagnostics, 'research.concentration'), 'three plans in 章丘区 within 90 days');
    // The new plan is an unopened plan with a cross-plan finding of its own.
    const c = await s.diagnostics(uriC, (x) => has(x.diagnostics, 'research.repeated-stop'));
    assert.ok(c.diagnostics.some((d) => d.relatedInformation?.some((r) => r.location.uri === uriA)));

    unlinkSync(path.join(dir, 'plan-c.txt'));
    mark = s.mark();
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriC, type: 3 }] });
    const without = await s.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (x) => x.uri === uriA && !x.diagnostics.some((d) => d.relatedInformation?.some((r) => r.location.uri === uriC)),
      { after: mark },
    );
    assert.ok(!has(without.diagnostics, 'research.concentration'));
    await s.diagnostics(uriC, (x) => x.diagnostics.length === 0);
  });

  it('editing the open plan to drop the shared stop clears the route on both plans', async () => {
    const edited = PLAN_A.replace('第二站：明水街道眼明泉社区，了解社区治理情况。', '第二站：埠村街道东鹅庄村，了解社区治理情况。');
    const mark = s.mark();
    await s.change(uriA, edited, 2);
    const a = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uriA && x.version === 2, { after: mark });
    assert.ok(!has(a.diagnostics, 'research.repeated-route'), rules(a.diagnostics).join());
    assert.deepEqual(of(a.diagnostics, 'research.repeated-stop').map((d) => d.range.start.line), [4, 6], 'the other two places are still shared');
    const b = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uriB && !has(x.diagnostics, 'research.repeated-route'), { after: mark });
    assert.deepEqual(of(b.diagnostics, 'research.repeated-stop').map((d) => d.range.start.line), [6, 8]);
  });

  it('dropping every shared stop clears the cross-plan findings on both; undoing brings them back', async () => {
    let mark = s.mark();
    const apart = PLAN_A.replace('章丘区文祖街道三德范村', '章丘区官庄街道朱家峪村').replace('明水街道眼明泉社区', '埠村街道东鹅庄村').replace('双山街道山东重工产业园', '龙山街道城子崖遗址博物馆');
    await s.change(uriA, apart, 3);
    const a = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uriA && x.version === 3, { after: mark });
    assert.deepEqual(rules(a.diagnostics), []);
    const b = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uriB && x.diagnostics.length === 0, { after: mark });
    assert.deepEqual(b.diagnostics, []);

    mark = s.mark();
    await s.change(uriA, PLAN_A, 4);
    await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uriA && x.version === 4 && has(x.diagnostics, 'research.repeated-route'), { after: mark });
    await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uriB && has(x.diagnostics, 'research.repeated-route'), { after: mark });
  });
});
