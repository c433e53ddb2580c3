// The language server in a Node process: `node dist/server.js --stdio` (any LSP client), or over
// IPC (the VS Code client), a socket or a pipe, as vscode-languageserver reads the command line.
// Everything on disk is within reach: config files, the workspace's plans, suppressions, the scan.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { posixRel } from '../io/walk';
import { serveDocxText } from '../lsp/docxView';
import { serveReview } from '../lsp/review';
import { installServer, type ServerHost } from '../lsp/host';
import { SuppressionStore } from '../lsp/suppressions';
import { WorkspaceScanner } from '../scan/workspaceScan';
import { nodeConfigFiles } from './configFiles';
import { nodePlanFiles } from './planFiles';

const connection = createConnection(ProposedFeatures.all);

const host: ServerHost = {
  paths: { fromUri: fileURLToPath, relative: posixRel, isAbsolute: path.isAbsolute, basename: path.basename, sep: path.sep },
  configFiles: nodeConfigFiles,
  planFiles: nodePlanFiles,
  suppressions: new SuppressionStore((m) => connection.console.warn(m)),
  scanner: (...args) => new WorkspaceScanner(...args),
  // The text view of a Word file, and its reviewed copy (lsp/review.ts): both read the file from the disk.
  serveDocx: (connection, effectiveFor) => {
    serveDocxText(connection, effectiveFor);
    serveReview(connection, effectiveFor);
  },
};

process.on('uncaughtException', (e) => connection.console.error(`gongwen: ${e?.stack ?? String(e)}`));

installServer(connection, host);
// Loaded once the connection is installed: server.ts registers its handlers as it is evaluated.
require('../server');
