// The VS Code side: starts the language server (over IPC: node.ts; in a web worker on
// vscode.dev: browser.ts), gives it the `gongwen` settings that are actually set for each
// resource, and shows the active document's kind, scope and body 字数 against its limit in the
// status bar.

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { DocumentInfoNotification, ExplainCountRequest, TrustChangedNotification, type DocumentInfo, type ExplainCountResult, type ScanWorkspaceResult } from '../../server/src/protocol';
import { explicitSettings, settingKeys } from './settings';
import { Scanner } from './scan';
import { DOCX_SCHEME } from '../../server/src/protocol';
import { DocxViews } from './docxView';
import { CheckingSwitch, registerQuietCommands } from './quiet';
import { StatusBar, t } from './statusBar';
import { registerWalkthrough } from './walkthrough';
import { registerExportReview } from './exportReview';

/** What activate() returns: read by the extension-host tests. */
export interface GongwenApi {
  /** The status bar item's current text, or undefined while it is hidden. */
  statusText(): string | undefined;
  /** The last workspace scan's result, or null before one. */
  lastScan(): ScanWorkspaceResult | null;
  /** The last workspace scan's report (HTML, asked of the server), or null when there is none. */
  lastReport(): Promise<string | null>;
}

/** Where the extension runs: what its entry (node.ts, browser.ts) gives. */
export interface ClientHost {
  /** The language client, with its server (a Node process, or a web worker). */
  newClient(name: string, options: LanguageClientOptions): BaseLanguageClient;
  /** URI schemes checked besides file and untitled (the web's virtual file systems). */
  schemes: string[];
  /** Whether the server can scan the workspace (it walks the disk: not in a web worker). */
  scan: boolean;
}

const SECTION = 'gongwen';

let client: BaseLanguageClient | undefined;

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

/**
 * Checking is switched off (gongwen.toggle): a scan would fill the Problems panel all the same,
 * so none is made; the message offers to turn checking on and scan. Returns at once (null): the
 * command does not wait for the message's answer.
 */
function scanWhileOff(checking: CheckingSwitch, scanner: Scanner): null {
  const on = t('Turn on and scan');
  void vscode.window.showInformationMessage(t('gongwen checking is off: the workspace was not scanned.'), on).then(async (choice) => {
    if (choice !== on) return;
    await checking.toggle();
    await scanner.scan();
  });
  return null;
}

export async function activateWith(context: vscode.ExtensionContext, host: ClientHost): Promise<GongwenApi> {
  const selector = ['gongwen', 'plaintext', 'markdown'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  selector.push(...host.schemes.flatMap((scheme) => ['gongwen', 'plaintext', 'markdown'].map((language) => ({ scheme, language }))));
  const keys = settingKeys(context.extension.packageJSON, SECTION);
  const checking = new CheckingSwitch(context.workspaceState);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...selector, { scheme: DOCX_SCHEME }], // and the text views of Word files (docxView.ts)
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
  client = host.newClient(t('gongwen (公文减负助手)'), clientOptions);

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
    // Word files are read from the disk: not in a web worker.
    host.scan ? new DocxViews(() => client) : vscode.commands.registerCommand('gongwen.openDocx', () => vscode.window.showInformationMessage(t('Word files are not read on the web: open the document in VS Code on your computer.'))),
    vscode.commands.registerCommand('gongwen.scanWorkspace', () => (!host.scan ? scanUnavailable() : checking.off ? scanWhileOff(checking, scanner) : scanner.scan())),
    vscode.commands.registerCommand('gongwen.showReport', () => (host.scan ? scanner.showReport() : scanUnavailable())),
    registerWalkthrough(),
    registerExportReview(() => client, host.scan),
    vscode.commands.registerCommand('gongwen.explainCount', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const r = await client.sendRequest<ExplainCountResult | null>(ExplainCountRequest, { uri: editor.document.uri.toString() });
      if (r) await vscode.window.showInformationMessage(r.summary, { modal: true, detail: r.detail });
      else await vscode.window.showInformationMessage(t('This file is not checked by gongwen.'));
    }),
  );
  await client.start();
  return { statusText: () => status.text, lastScan: () => scanner.last, lastReport: () => scanner.report() };
}

/** On the web the server has no file system to walk: only open documents are checked. */
async function scanUnavailable(): Promise<undefined> {
  await vscode.window.showInformationMessage(t('Scanning the workspace is not available on the web: gongwen checks the documents you open.'));
  return undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
