// The extension on vscode.dev and github.dev (package.json `browser`): the web extension host
// starts the language server as a web worker (dist/browser/server.js) and speaks LSP to it with
// postMessage. Documents of the web's virtual file systems are checked; the workspace scan, which
// walks the disk, says it is not available.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type GongwenApi } from './extension';

export { deactivate } from './extension';

/** A web worker (the web extension host's global): typed here, the project's lib being Node's. */
declare const Worker: { new (url: string, options?: { name?: string }): ConstructorParameters<typeof LanguageClient>[3] };

/** vscode.dev and github.dev open repositories as vscode-vfs:; the test web host as vscode-test-web:. */
const WEB_SCHEMES = ['vscode-vfs', 'vscode-test-web'];

export function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  return activateWith(context, {
    newClient: (name, options) => new LanguageClient('gongwen', name, options, new Worker(serverUri.toString(true), { name: 'gongwen' })),
    schemes: WEB_SCHEMES,
    scan: false,
  });
}
