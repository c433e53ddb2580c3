// Random incremental edits through the language server over stdio (seeded, so a failure
// repeats): typing, deleting, pasting lines and line breaks, several changes in one notification
// and bursts faster than the debounce. After each burst settles, the diagnostics the server sends
// must equal those a fresh server sends for the same text opened whole: nothing an edit left
// behind, nothing it failed to update, and the server never stops answering.

import * as assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ensureBuilt } from './helpers/build';
import { LineIndex } from '../server/src/core/text/lineIndex';
import type { LspPosition } from './helpers/edits';
import { rng } from './helpers/sample';
import { NOTICE } from './helpers/texts';
import { openAndWait, startServer, type TestServer } from './lsp/client';

const FRAGMENTS = ['，', ',', '。', '\n', '\r\n', '一、', '（一）', '2019年07月28日', '会议', '9:00', '：', '“', '”', '附件：', '\u3000\u3000', '关于', '济某发[2019]3号', ' ', '测'];

/** One random change to `text`: its LSP form and the text after it. Never splits a \r\n. */
function randomChange(text: string, rnd: () => number): { change: { range: { start: LspPosition; end: LspPosition }; text: string }; after: string } {
  const pick = (n: number): number => Math.floor(rnd() * n);
  const lines = new LineIndex(text);
  const positionAt = (offset: number): LspPosition => lines.positionAt(offset);
  const safe = (i: number): number => (text[i - 1] === '\r' && text[i] === '\n' ? i - 1 : i);
  const start = safe(pick(text.length + 1));
  const r = rnd();
  const end = r < 0.45 ? start : safe(Math.min(text.length, start + 1 + pick(r < 0.9 ? 6 : 80)));
  const insert = r < 0.9 ? FRAGMENTS[pick(FRAGMENTS.length)]! : '';
  return { change: { range: { start: positionAt(start), end: positionAt(end) }, text: insert }, after: text.slice(0, start) + insert + text.slice(end) };
}

function normalized(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message])).sort();
}

describe('random incremental edits over stdio', function () {
  this.timeout(120000);
  let s: TestServer;
  before(async () => {
    ensureBuilt();
    s = await startServer();
  });
  after(async () => s?.stop());

  it('after every burst the diagnostics equal a fresh server\'s for the same text (seeded, 12 bursts of up to 8 edits)', async () => {
    const rnd = rng(1606);
    const uri = 'file:///tmp/gongwen-fuzz/draft.txt';
    let text = `${NOTICE}\n${NOTICE.replace(/\n/g, '\n\n')}`;
    await openAndWait(s, uri, text);
    let version = 1;
    const fresh = await startServer();
    try {
      for (let burst = 0; burst < 12; burst++) {
        const edits = 1 + Math.floor(rnd() * 8);
        for (let e = 0; e < edits; e++) {
          // Sometimes two changes in one notification, each relative to the text the previous one left.
          const changes = [];
          for (let k = 0, n = rnd() < 0.25 ? 2 : 1; k < n; k++) {
            const c = randomChange(text, rnd);
            changes.push(c.change);
            text = c.after;
          }
          version++;
          await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        }
        const got = await s.diagnostics(uri, (p: PublishDiagnosticsParams) => p.version === version, 30000);
        const freshUri = `file:///tmp/gongwen-fuzz/fresh-${burst}.txt`;
        const want = await openAndWait(fresh, freshUri, text);
        assert.deepEqual(normalized(got.diagnostics), normalized(want.diagnostics), `burst ${burst}, version ${version}`);
        await fresh.close(freshUri);
      }
      assert.ok(version > 20, 'the bursts made many edits');
      assert.doesNotMatch(s.stderr(), /analysis failed|Error:/);
    } finally {
      await fresh.stop();
    }
  });
});
