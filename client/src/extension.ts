// The VS Code side: starts the language server (over IPC), gives it the `gongwen` settings
// that are actually set for each resource, and shows the active document's kind, scope and
// body 字数 against its limit in the status bar.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DocumentInfoNotification, ExplainCountRequest, TrustChangedNotification, type DocumentInfo, type ExplainCountResult, type ScanWorkspaceResult } from '../../server/src/protocol';
import { explicitSettings, settingKeys } from './settings';
import { Scanner } from './scan';
import { CheckingSwitch, registerQuietCommands } from './quiet';
import { StatusBar, t } from './statusBar';

/** What activate() returns: read by the extension-host tests. */
export interface GongwenApi {
  /** The status bar item's current text, or undefined while it is hidden. */
  statusText(): string | undefined;
  /** The last workspace scan's result, or null before one. */
  lastScan(): ScanWorkspaceResult | null;
}

const SECTION = 'gongwen';

let client: LanguageClient | undefined;

function settingsFor(keys: readonly string[], scopeUri: string | undefined): Record<string, unknown> {
  let resource: vscode.Uri | undefined;
  try {
    resource = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  } catch {
    resource = undefined;
  }
  const config = vscode.workspace.getConfiguration(SECTION, resource);
  const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  return explicitSettings(keys, (k) => config.inspect(k), (k) => plain(config.get(k)));
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const selector = ['gongwen', 'plaintext', 'markdown'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const keys = settingKeys(context.extension.packageJSON, SECTION);
  const checking = new CheckingSwitch(context.workspaceState);
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    // The server pulls settings per resource (workspace/configuration) and registers for
    // change notifications itself, so no `synchronize.configurationSection` here.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const others = params.items.some((i) => i.section !== SECTION);
          const base = others ? await next(params, token) : [];
          if (!Array.isArray(base)) return base; // a ResponseError from the default handler
          return params.items.map((item, i) => (item.section === SECTION ? checking.apply(settingsFor(keys, item.scopeUri)) : base[i]));
        },
      },
    },
    // In Restricted Mode the server keeps `extends` inside the workspace folder.
    initializationOptions: { trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('gongwen', t('gongwen (公文减负助手)'), serverOptions, clientOptions);

  const status = new StatusBar();
  const scanner = new Scanner(() => client);
  context.subscriptions.push(status);
  client.onNotification(DocumentInfoNotification, (info: DocumentInfo) => status.update(info));
  status.setOff(checking.off);
  registerQuietCommands(context, checking, () => client);
  context.subscriptions.push(checking.onDidChange((off) => status.setOff(off)));

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TrustChangedNotification, { trusted: true })),
    scanner,
    vscode.commands.registerCommand('gongwen.scanWorkspace', () => scanner.scan()),
    vscode.commands.registerCommand('gongwen.showReport', () => scanner.showReport()),
    vscode.commands.registerCommand('gongwen.explainCount', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const r = await client.sendRequest<ExplainCountResult | null>(ExplainCountRequest, { uri: editor.document.uri.toString() });
      if (r) await vscode.window.showInformationMessage(r.summary, { modal: true, detail: r.detail });
      else await vscode.window.showInformationMessage(t('This file is not checked by gongwen.'));
    }),
  );
  await client.start();
  return { statusText: () => status.text, lastScan: () => scanner.last };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
