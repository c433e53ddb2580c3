// An unopened research plan of the last workspace scan that changes on disk is published once,
// with its cross-plan findings: the scanner's re-check of one file (which sees no other plan)
// must not race the plan index's publication.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt } from './helpers/build';
import { PLAN_A, PLAN_B } from './helpers/texts';
import { startServer, type TestServer } from './lsp/client';

const hasRoute = (p: PublishDiagnosticsParams): boolean => p.diagnostics.some((d) => d.code === 'research.repeated-route');

describe('an unopened plan of the last scan changed on disk', function () {
  this.timeout(30_000);
  let dir: string;
  let s: TestServer;

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-plan-rescan-'));
    writeFileSync(path.join(dir, 'plan-a.txt'), PLAN_A);
    writeFileSync(path.join(dir, 'plan-b.txt'), PLAN_B);
    const root = pathToFileURL(dir).toString();
    s = await startServer({ rootUri: root, workspaceFolders: [{ uri: root, name: 'plans' }] });
  });

  after(async () => {
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is published with the cross-plan findings only, never without them', async () => {
    const uriB = pathToFileURL(path.join(dir, 'plan-b.txt')).toString();
    await s.diagnostics(uriB, hasRoute);
    await s.conn.sendRequest('gongwen/scanWorkspace', {});
    await s.diagnostics(uriB, hasRoute);
    writeFileSync(path.join(dir, 'plan-b.txt'), PLAN_B.replace('上午', '下午'));
    const mark = s.mark();
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriB, type: 2 }] });
    const first = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uriB, { after: mark });
    assert.ok(hasRoute(first), `first publication after the change: ${first.diagnostics.map((d) => d.code).join(', ')}`);
  });
});
