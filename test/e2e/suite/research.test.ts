// Research plans across the workspace, through the real `vscode` API: two plans on disk share a
// three-stop route 35 days apart. Opening one reports the shared route with related information
// pointing at the other plan's stops; the other plan, never opened, gets its diagnostics too.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, revertAndClose, ruleOf, waitForDiagnostics } from './util';

const ROUTE = 'research.repeated-route';
const sameFile = (a: vscode.Uri, b: vscode.Uri): boolean => a.fsPath === b.fsPath;

suite('research plans across the workspace', () => {
  suiteSetup(activateExtension);
  teardown(revertAndClose);

  test('research: the shared route on the open plan, with related information at the unopened plan', async () => {
    const { doc } = await openFixture('research-a.txt');
    const other = fixtureUri('research-b.txt');
    const ds = await waitForDiagnostics(doc.uri, (xs) => xs.some((d) => ruleOf(d) === ROUTE), `${ROUTE} (the workspace index is built in the background)`);
    const route = ds.find((d) => ruleOf(d) === ROUTE)!;
    assert.equal(route.range.start.line, 4, 'on the first shared stop');
    assert.equal(doc.getText(route.range).startsWith('章丘区文祖街道三德范村'), true, doc.getText(route.range));
    assert.equal(route.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(route.message, /《关于副市长李四赴章丘区调研的行程安排》（2024年6月14日）/, 'names the other plan and its date');
    assert.match(route.message, /相隔 35 天/);
    assert.match(route.message, /（§14）$/);
    const related = route.relatedInformation ?? [];
    assert.equal(related.length, 3, 'one entry per stop of the shared route');
    assert.ok(related.every((r) => sameFile(r.location.uri, other)), related.map((r) => r.location.uri.toString()).join(', '));
    assert.deepEqual(related.map((r) => r.location.range.start.line), [6, 7, 8]);
    assert.match(related[0]!.message, /第 1 站/);
    // The related location is the other plan's stop: its text there is the place (read from disk,
    // so that the other plan stays unopened).
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(other)).split('\n');
    const at = related[1]!.location.range;
    assert.equal(lines[at.start.line]!.slice(at.start.character, at.end.character), '明水街道眼明泉社区');
    // Each shared stop is reported too.
    assert.deepEqual(ds.filter((d) => ruleOf(d) === 'research.repeated-stop').map((d) => d.range.start.line), [4, 5, 6]);
  });

  test('research: the unopened plan is told too, pointing back at the first', async () => {
    const { doc } = await openFixture('research-a.txt');
    const first = doc.uri;
    const other = fixtureUri('research-b.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => sameFile(d.uri, other)), 'research-b.txt is not open');
    const ds = await waitForDiagnostics(other, (xs) => xs.some((d) => ruleOf(d) === ROUTE), `${ROUTE} on the plan that is not open`);
    const route = ds.find((d) => ruleOf(d) === ROUTE)!;
    assert.equal(route.range.start.line, 6);
    assert.match(route.message, /《市长张三赴章丘区调研安排》（2024年5月10日）/);
    assert.ok((route.relatedInformation ?? []).every((r) => sameFile(r.location.uri, first)));
    assert.deepEqual((route.relatedInformation ?? []).map((r) => r.location.range.start.line), [4, 5, 6]);
  });
});
