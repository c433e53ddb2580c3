// The VS Code side: starts the language server (over IPC), and shows the active document's
// kind, scope and body 字数 against its limit in the status bar.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DocumentInfoNotification, ExplainCountRequest, type DocumentInfo, type ExplainCountResult } from '../../server/src/protocol';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const selector = ['gongwen', 'plaintext', 'markdown'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: { configurationSection: 'gongwen' },
    initializationOptions: {},
  };
  client = new LanguageClient('gongwen', vscode.l10n.t('gongwen (公文减负助手)'), serverOptions, clientOptions);

  const status = new StatusBar();
  context.subscriptions.push(status);
  client.onNotification(DocumentInfoNotification, (info: DocumentInfo) => status.update(info));

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.commands.registerCommand('gongwen.explainCount', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const r = await client.sendRequest<ExplainCountResult | null>(ExplainCountRequest, { uri: editor.document.uri.toString() });
      if (r) await vscode.window.showInformationMessage(r.summary, { modal: true, detail: r.detail });
      else await vscode.window.showInformationMessage(vscode.l10n.t('This file is not checked by gongwen.'));
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
