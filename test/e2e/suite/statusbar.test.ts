// The status bar item follows the active document: its kind, scope and body 字数 (against the
// limit for a 公文). Read through the API the extension returns from activate().

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, revertAndClose, waitFor, waitForDiagnostics } from './util';

interface GongwenApi {
  statusText(): string | undefined;
}

async function api(): Promise<GongwenApi> {
  const ext = await activateExtension();
  const exp = ext.exports as Partial<GongwenApi> | undefined;
  assert.ok(exp && typeof exp.statusText === 'function', 'activate() does not return { statusText(): string | undefined }');
  return exp as GongwenApi;
}

/** English and Chinese UI strings are both accepted: the suite runs under either display language. */
const KIND = { document: /Document|公文/, agenda: /Agenda|议程|会议/ };
const SPECIAL = /special|专项/;

suite('status bar', () => {
  teardown(revertAndClose);

  test('shows kind, scope and 字数 of the active document, and follows the active editor', async () => {
    const gw = await api();
    const special = await openFixture('special.txt');
    await waitForDiagnostics(special.doc.uri, (ds) => ds.length === 0, 'special.txt analysed (no findings)');
    const t1 = await waitFor(() => {
      const t = gw.statusText();
      return t && t.includes('62 / 3,000') ? t : undefined;
    }, 'the status bar to show special.txt (62 / 3,000)');
    assert.match(t1, KIND.document, t1);
    assert.match(t1, SPECIAL, t1);
    assert.match(t1, /字|chars/, t1);

    await openFixture('agenda.txt');
    const t2 = await waitFor(() => {
      const t = gw.statusText();
      return t && /(^|\D)77(\D|$)/.test(t) ? t : undefined;
    }, 'the status bar to show agenda.txt (77)');
    assert.match(t2, KIND.agenda, t2);
    assert.match(t2, SPECIAL, t2);

    await vscode.window.showTextDocument(special.doc);
    await waitFor(() => gw.statusText()?.includes('62 / 3,000'), 'the status bar to follow back to special.txt');
  });
});
