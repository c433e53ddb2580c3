// A minimal LSP client over stdio for tests: spawns `node dist/server.js --stdio`,
// initializes it, answers its requests (workspace/configuration from settings the test can
// change), and records every notification so tests can wait on them — never on a fixed sleep.

import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type MessageConnection, type PublishDiagnosticsParams, type Hover, type CodeAction, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import type { LspTextEdit } from '../helpers/edits';
import { DIST_SERVER } from '../helpers/paths';

/** Settings answered to workspace/configuration: one value, or one per scopeUri. */
export type SettingsSource = unknown | ((scopeUri: string | undefined, section: string | undefined) => unknown);

export interface StartOptions {
  /** The `gongwen` settings section (or a function of the resource URI). */
  settings?: SettingsSource;
  rootUri?: string | null;
  workspaceFolders?: Array<{ uri: string; name: string }> | null;
  /** Whether the client advertises workspace/configuration (default true). Without it the settings go in initializationOptions. */
  configuration?: boolean;
  /** Extra initializationOptions (merged over the settings given for a client without configuration). */
  initializationOptions?: Record<string, unknown>;
  /** Whether the client advertises pull diagnostics (textDocument/diagnostic) and their refresh, as VS Code's client does. */
  pullDiagnostics?: boolean;
  /** Options for the server's node process (--cpu-prof …), before the script. */
  nodeArgs?: string[];
  /** Another build of the server to run (default dist/server.js). */
  serverPath?: string;
}

export interface Recorded {
  method: string;
  params: unknown;
}

export interface TestServer {
  conn: ProtocolConnection;
  proc: ChildProcess;
  /** The initialize result. */
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } };
  /** Resolves with the latest or next diagnostics for uri that satisfy pred. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Every notification received, in order (and workspace/diagnostic/refresh requests). */
  notifications: Recorded[];
  /** workspace/configuration requests received (their items). */
  configurationRequests: Array<Array<{ scopeUri?: string; section?: string }>>;
  /** Everything the server wrote to stderr. */
  stderr(): string;
  /** A cursor into `notifications`: pass it to waitFor to see only what arrives afterwards. */
  mark(): number;
  /** Resolves with the first notification at index ≥ after (default 0) with this method satisfying pred. */
  waitFor<T = unknown>(method: string, pred?: (params: T) => boolean, opts?: { after?: number; timeoutMs?: number }): Promise<T>;
  /** Changes what workspace/configuration answers from now on. */
  setSettings(s: SettingsSource): void;
  open(uri: string, text: string, opts?: { languageId?: string; version?: number }): Promise<void>;
  /** Replaces the whole text (a full-content change, which any server must accept). */
  change(uri: string, text: string, version: number): Promise<void>;
  close(uri: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.serverPath ?? DIST_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (d: string) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));

  const notifications: Recorded[] = [];
  const waiters: Array<{ from: number; method: string; pred: (p: unknown) => boolean; resolve: (p: unknown) => void }> = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  const configurationRequests: TestServer['configurationRequests'] = [];
  let settings: SettingsSource = opts.settings;

  const record = (method: string, params: unknown): void => {
    notifications.push({ method, params });
    const index = notifications.length - 1;
    if (method === 'textDocument/publishDiagnostics') {
      const p = params as PublishDiagnosticsParams;
      latest.set(p.uri, p);
    }
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (index >= w.from && w.method === method && w.pred(params)) {
        waiters.splice(i, 1);
        w.resolve(params);
      }
    }
  };
  // Every notification: ProtocolConnection's typings omit the star handler the runtime has.
  (conn as unknown as MessageConnection).onNotification(record);
  // A request to pull diagnostics again is recorded with the notifications.
  conn.onRequest('workspace/diagnostic/refresh', () => (record('workspace/diagnostic/refresh', null), null));
  conn.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
    configurationRequests.push(p.items);
    return p.items.map((it) => (typeof settings === 'function' ? (settings as (u?: string, s?: string) => unknown)(it.scopeUri, it.section) : settings ?? null));
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/workspaceFolders', () => opts.workspaceFolders ?? null);
  conn.listen();

  const withConfiguration = opts.configuration ?? true;
  const initializationOptions = {
    ...(withConfiguration ? {} : { settings: typeof settings === 'function' ? undefined : settings }),
    ...(opts.initializationOptions ?? {}),
  };
  const initializeResult = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    workspaceFolders: opts.workspaceFolders ?? null,
    capabilities: {
      workspace: {
        configuration: withConfiguration,
        didChangeConfiguration: { dynamicRegistration: withConfiguration },
        workspaceFolders: true,
        ...(opts.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          dataSupport: true,
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        synchronization: { didSave: true },
        ...(opts.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    },
    initializationOptions,
  })) as TestServer['initializeResult'];
  await conn.sendNotification('initialized', {});

  const server: TestServer = {
    conn,
    proc,
    initializeResult,
    notifications,
    configurationRequests,
    stderr: () => stderr,
    mark: () => notifications.length,
    setSettings(s) {
      settings = s;
    },
    waitFor<T>(method: string, pred: (params: T) => boolean = () => true, o: { after?: number; timeoutMs?: number } = {}): Promise<T> {
      const from = o.after ?? 0;
      for (let i = from; i < notifications.length; i++) {
        const n = notifications[i]!;
        if (n.method === method && pred(n.params as T)) return Promise.resolve(n.params as T);
      }
      const timeoutMs = o.timeoutMs ?? 10000;
      return new Promise<T>((resolve, reject) => {
        const w = { from, method, pred: pred as (p: unknown) => boolean, resolve: (p: unknown) => (clearTimeout(t), resolve(p as T)) };
        const t = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no ${method} matching within ${timeoutMs} ms; server stderr:\n${stderr}`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    diagnostics(uri, pred = () => true, timeoutMs = 10000) {
      const have = latest.get(uri);
      if (have && pred(have)) return Promise.resolve(have);
      return server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && pred(p), {
        after: notifications.length,
        timeoutMs,
      });
    },
    async open(uri, text, o = {}) {
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: o.languageId ?? 'plaintext', version: o.version ?? 1, text },
      });
    },
    async change(uri, text, version) {
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async close(uri) {
      await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise<void>((r) => proc.once('exit', () => r()));
        try {
          await conn.sendRequest('shutdown');
          await conn.sendNotification('exit');
        } catch {
          /* already gone */
        }
        await new Promise<void>((r) => {
          const t = setTimeout(() => (proc.kill('SIGKILL'), r()), 3000);
          void exited.then(() => (clearTimeout(t), r()));
        });
      }
      conn.dispose();
    },
  };
  return server;
}

/** The text of a hover, whichever of the three shapes the server answered with. */
export function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value;
}

/** Diagnostic.message (a string from this server; the 3.18 type also allows MarkupContent). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Opens `text` and waits for its first diagnostics. */
export async function openAndWait(s: TestServer, uri: string, text: string, languageId = 'plaintext'): Promise<PublishDiagnosticsParams> {
  const mark = s.mark();
  await s.open(uri, text, { languageId });
  return s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { after: mark });
}

/** Sends the new full text as version `version` and waits for the diagnostics of that version. */
export async function changeAndWait(s: TestServer, uri: string, text: string, version: number): Promise<PublishDiagnosticsParams> {
  const mark = s.mark();
  await s.change(uri, text, version);
  return s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, { after: mark });
}

/** textDocument/codeAction for a range and the diagnostics sent with it (none answered as []). */
export async function codeActions(s: TestServer, uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const res = (await s.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  })) as CodeAction[] | null;
  return res ?? [];
}

/** The code actions for one diagnostic, asked at its range. */
export function actionsFor(s: TestServer, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return codeActions(s, uri, d.range, [d], only);
}

/**
 * The quick fixes the server offers for one diagnostic: its finding's own fixes, not "fix all of
 * this rule" nor "ignore on this line".
 */
export async function quickFixes(s: TestServer, uri: string, d: Diagnostic): Promise<Array<{ title: string; edits: LspTextEdit[] }>> {
  const actions = await actionsFor(s, uri, d, ['quickfix']);
  return actions
    .filter((a) => a.diagnostics?.length && !editsFor(a, uri).some((e) => e.newText.includes('gongwen-disable-next-line')))
    .map((a) => ({ title: a.title, edits: editsFor(a, uri) }));
}

/** A code action's edits to `uri`, from `changes` or else `documentChanges`. */
export function editsFor(action: CodeAction, uri: string): LspTextEdit[] {
  const changes = action.edit?.changes?.[uri];
  if (changes) return changes;
  const out: LspTextEdit[] = [];
  for (const dc of action.edit?.documentChanges ?? []) if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as LspTextEdit[]));
  return out;
}
