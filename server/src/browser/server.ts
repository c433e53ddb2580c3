// The language server in a web worker (vscode.dev, github.dev: client/src/browser.ts starts it),
// speaking LSP over postMessage. The same server.ts as in a Node process, with no file system:
// settings are its only configuration (no .gongwen.json is read), it checks the open documents
// (the cross-plan rules compare the open plans), and there is no workspace scan, .docx or
// gongwen-suppressions.json. esbuild.mjs fails this bundle if a Node built-in slips into it.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { installServer } from '../lsp/host';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

// server.ts yields to pending messages between long runs with setImmediate, which a worker lacks:
// a zero timeout is its nearest equivalent.
globalThis.setImmediate ??= ((fn: (...a: unknown[]) => void, ...args: unknown[]) => setTimeout(fn, 0, ...args)) as unknown as typeof setImmediate;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
installServer(connection, { paths: null, configFiles: null, planFiles: null, suppressions: null, scanner: null, serveDocx: null });
// Loaded once the connection is installed: server.ts registers its handlers as it is evaluated.
require('../server');
