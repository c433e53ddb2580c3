// The extension in VS Code's Node extension host (package.json `main`): the language server runs
// as a Node process over IPC (dist/server.js), with the workspace scan.

import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type GongwenApi } from './extension';

export { deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return activateWith(context, {
    newClient: (name, options) => new LanguageClient('gongwen', name, serverOptions, options),
    schemes: [],
    scan: true,
  });
}
