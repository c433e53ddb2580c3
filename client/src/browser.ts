// The extension on vscode.dev and github.dev (package.json `browser`): the web extension host
// starts the language server as a web worker (dist/browser/server.js) and speaks LSP to it with
// postMessage. Documents of the web's virtual file systems are checked; the workspace scan, which
// walks the disk, says it is not available.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, type GongwenApi } from './extension';

export { deactivate } from './extension';

/** The web extension host's Worker (typed here: the project's lib is Node's, without the DOM). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * vscode.dev and github.dev open repositories as vscode-vfs:, the test web host as
 * vscode-test-web:, and a browser window on a remote server (code-server) as vscode-remote:.
 */
const WEB_SCHEMES = ['vscode-vfs', 'vscode-test-web', 'vscode-remote'];

/**
 * The language server's worker. The web extension host refuses a worker from a vscode-remote:
 * URI (an extension installed on a remote server, as code-server installs them) but its fetch
 * reads one: the script then runs from a blob.
 */
async function startServer(script: vscode.Uri): Promise<MessageTransports> {
  let url = script.toString(true);
  if (script.scheme === 'vscode-remote') {
    const text = await (await fetch(url)).text();
    url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  }
  const worker = new Worker(url, { name: 'gongwen' });
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  return activateWith(context, {
    newClient: (name, options) => new LanguageClient('gongwen', name, () => startServer(script), options),
    schemes: WEB_SCHEMES,
    scan: false,
  });
}
