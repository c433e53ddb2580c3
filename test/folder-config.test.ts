// A workspace folder's own .gongwen.json applies to the server's work on unopened files: the
// cross-plan diagnostics of unopened research plans (locale) and the workspace scan's walk
// (exclude). Clients send folder URIs without a trailing slash; the folder's configuration
// must still be searched from the folder itself, and never from its parent.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { ScanWorkspaceResult } from '../server/src/protocol';
import { ensureBuilt } from './helpers/build';
import { PLAN_A, PLAN_B } from './helpers/texts';
import { codeActions, openAndWait, startServer, type TestServer } from './lsp/client';

/** Two plans sharing a three-stop route 35 days apart: each gets research.repeated-route. */
const NOTICE = ['关于做好档案整理工作的通知', '济档发[2026]05号', '', '各区县档案馆：', '请按照有关规定做好年度档案整理工作。', '', '济南市档案馆', '2026年03月02日', ''].join('\n');

const route = (ds: Diagnostic[]): Diagnostic | undefined => ds.find((d) => d.code === 'research.repeated-route');
const msg = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** A workspace folder `ws` inside a fresh parent folder; returns both paths. */
function workspace(): { parent: string; ws: string } {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'gongwen-folder-config-'));
  const ws = path.join(parent, 'ws');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'plan-a.txt'), PLAN_A);
  writeFileSync(path.join(ws, 'plan-b.txt'), PLAN_B);
  return { parent, ws };
}

/** The folder's URI as clients send it: no trailing slash. */
function start(ws: string): Promise<TestServer> {
  const root = pathToFileURL(ws).toString();
  assert.ok(!root.endsWith('/'));
  return startServer({ rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }] });
}

describe("a workspace folder's own .gongwen.json (folder URI without a trailing slash)", function () {
  this.timeout(30_000);

  describe('the folder holds .gongwen.json', () => {
    let dirs: { parent: string; ws: string };
    let s: TestServer;

    before(async () => {
      ensureBuilt();
      dirs = workspace();
      writeFileSync(path.join(dirs.ws, '.gongwen.json'), JSON.stringify({ locale: 'en', exclude: ['**/skip/**'] }));
      mkdirSync(path.join(dirs.ws, 'skip'));
      for (const name of ['notice.txt', 'notice-2.txt', 'notice-3.txt']) writeFileSync(path.join(dirs.ws, name), NOTICE);
      writeFileSync(path.join(dirs.ws, 'skip', 'notice.txt'), NOTICE);
      s = await start(dirs.ws);
    });

    after(async () => {
      await s?.stop();
      rmSync(dirs.parent, { recursive: true, force: true });
    });

    it('an unopened plan gets its cross-plan diagnostics in the locale the folder sets', async () => {
      const uriB = pathToFileURL(path.join(dirs.ws, 'plan-b.txt')).toString();
      const p = await s.diagnostics(uriB, (x) => !!route(x.diagnostics));
      assert.match(msg(route(p.diagnostics)!), /^The route /);
    });

    it('an excluded file, opened, gets neither a save-time fix-all nor a formatting edit', async () => {
      const uri = pathToFileURL(path.join(dirs.ws, 'skip', 'notice.txt')).toString();
      const included = pathToFileURL(path.join(dirs.ws, 'notice.txt')).toString();
      await openAndWait(s, included, NOTICE);
      await openAndWait(s, uri, NOTICE);
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      assert.equal((await codeActions(s, included, whole, [], ['source.fixAll.gongwen'])).length, 1, 'an included file has one');
      assert.deepEqual(await codeActions(s, uri, whole, [], ['source.fixAll.gongwen']), []);
      const edits = await s.conn.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
      assert.deepEqual(edits ?? [], []);
    });

    it('the workspace scan leaves out what the folder excludes', async () => {
      const mark = s.mark();
      const r = (await s.conn.sendRequest('gongwen/scanWorkspace', {})) as ScanWorkspaceResult;
      assert.equal(r.files, 5, 'the two plans and three notices; skip/notice.txt is excluded');
      // Each file's configuration is resolved, but the config file's (empty) diagnostics do not change: not sent again per file.
      const config = pathToFileURL(path.join(dirs.ws, '.gongwen.json')).toString();
      const sent = s.notifications.slice(mark).filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === config);
      assert.ok(sent.length <= 1, `${sent.length} publications for the config file`);
    });
  });

  describe("only the parent folder holds .gongwen.json", () => {
    let dirs: { parent: string; ws: string };
    let s: TestServer;

    before(async () => {
      ensureBuilt();
      dirs = workspace();
      writeFileSync(path.join(dirs.parent, '.gongwen.json'), JSON.stringify({ locale: 'en' }));
      s = await start(dirs.ws);
    });

    after(async () => {
      await s?.stop();
      rmSync(dirs.parent, { recursive: true, force: true });
    });

    it('is not used: the search stops at the workspace folder, as for an open document', async () => {
      const uriB = pathToFileURL(path.join(dirs.ws, 'plan-b.txt')).toString();
      const p = await s.diagnostics(uriB, (x) => !!route(x.diagnostics));
      assert.match(msg(route(p.diagnostics)!), /^线路“/);
    });
  });
});
