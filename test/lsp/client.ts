// A minimal LSP client over stdio for tests: spawns `node dist/server.js --stdio`,
// initializes it, and collects publishDiagnostics notifications.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  conn: ProtocolConnection;
  proc: ChildProcess;
  /** Resolves with the next diagnostics for uri that satisfy pred. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  notifications: Array<{ method: string; params: unknown }>;
  stop(): Promise<void>;
}

export async function startServer(opts: { settings?: unknown; rootUri?: string | null; configuration?: boolean } = {}): Promise<TestServer> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  const notifications: Array<{ method: string; params: unknown }> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(i, 1);
        w.resolve(p);
      }
    }
  });
  conn.onNotification((method: string, params: unknown) => notifications.push({ method, params }));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => opts.settings ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    capabilities: { workspace: { configuration: opts.configuration ?? true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    initializationOptions: opts.configuration === false ? { settings: opts.settings } : {},
  });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    proc,
    notifications,
    diagnostics(uri, pred = () => true, timeoutMs = 10000) {
      const have = latest.get(uri);
      if (have && pred(have)) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, pred, resolve: (p) => (clearTimeout(t), resolve(p)) });
      });
    },
    async stop() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      conn.dispose();
      if (proc.exitCode === null) {
        await new Promise<void>((r) => {
          const t = setTimeout(() => (proc.kill('SIGKILL'), r()), 2000);
          proc.once('exit', () => (clearTimeout(t), r()));
        });
      }
    },
  };
}
