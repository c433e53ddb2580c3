// What the language server (server.ts) needs from where it runs, and the connection it serves.
// Two entries host it: node/server.ts (a Node process: stdio, IPC or a socket; config files,
// the workspace plan index from disk, gongwen-suppressions.json, the workspace scan) and
// browser/server.ts (a web worker on vscode.dev: postMessage; settings and open documents only).
// The entry installs its connection and host, then loads server.ts, which registers its
// handlers on them as it is evaluated.
// Whatever else needs Node (reading a .docx, the file system) comes through ServerHost too:
// a Node import reached from server.ts fails the web worker's build (scripts/browserBuilds.mjs).

import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { Effective } from '../core/config/effective';
import type { ScanDiagnostic } from '../scan/records';
import type { WorkspaceScanner } from '../scan/workspaceScan';
import type { ConfigFiles } from './configStore';
import type { PlanFiles } from './workspacePlans';

/** File system paths, for file: URIs. */
export interface HostPaths {
  /** The path a file: URI names (throws, as Node's fileURLToPath, when it names none). */
  fromUri(uri: string): string;
  /** `file` relative to `root` with forward slashes, as globs are matched ('..' first when outside). */
  relative(root: string, file: string): string;
  isAbsolute(p: string): boolean;
  basename(p: string): string;
  sep: string;
}

/** gongwen-suppressions.json beside the workspace (lsp/suppressions.ts). */
export interface HostSuppressions {
  filter(file: string | null, folder: string | null, diagnostics: Diagnostic[]): Diagnostic[];
  keep<T extends { rule: string }>(file: string | null, folder: string | null, findings: T[]): T[];
  invalidate(): void;
}

export interface ServerHost {
  /** Null where there is no file system (the web worker): no URI then names a file on disk. */
  paths: HostPaths | null;
  configFiles: ConfigFiles | null;
  planFiles: PlanFiles | null;
  suppressions: HostSuppressions | null;
  /** The workspace scan ("scan workspace" and its report): it walks the disk, reads .docx and runs worker threads. */
  scanner:
    | ((connection: Connection, isOpen: (uri: string) => boolean, effectiveFor: (uri: string) => Promise<Effective>, shown: (uri: string, d: ScanDiagnostic[]) => ScanDiagnostic[]) => WorkspaceScanner)
    | null;
  /** Answers DocxTextRequest (the text view of a Word file: lsp/docxView.ts), reading the file from the disk. */
  serveDocx: ((connection: Connection, effectiveFor: (uri: string) => Promise<Effective>) => void) | null;
}

let installed: { connection: Connection; host: ServerHost } | undefined;

/** Called by an entry before it loads server.ts. */
export function installServer(connection: Connection, host: ServerHost): void {
  installed = { connection, host };
}

/** The connection and host server.ts serves: those an entry installed. */
export function installedServer(): { connection: Connection; host: ServerHost } {
  if (!installed) throw new Error('gongwen: the language server is started through an entry (node/server.ts or browser/server.ts), which installs its connection first');
  return installed;
}
