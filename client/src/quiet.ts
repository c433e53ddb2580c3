// The drafter's switches and one-shot commands:
//   gongwen.toggle      checking off and on for the whole workspace, remembered across reloads;
//   gongwen.fixAll      the safe fixes of the active file as one undoable edit;
//   gongwen.openConfig  the workspace folder's .gongwen.json, written first (as `gongwen init`
//                       writes it) when there is none.
// The fixes are the server's textDocument/formatting answer (server/src/lsp/format.ts), the same
// safe fixes `gongwen check --fix` applies; nothing is fixed twice over in the client.

import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, DocumentFormattingRequest, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CONFIG_NAME, INIT_PRESET, initText } from '../../server/src/cli/initText';
import { t } from './statusBar';

/**
 * Whether checking is switched off for this workspace. markdownlint's toggleLinting flips a flag
 * in memory and writes no setting, so the team's shared .vscode/settings.json never changes by a
 * toggle; we do the same, but keep the flag in workspaceState so that it survives a reload (one
 * person's switch, for this workspace only). While it is off, every `gongwen` settings answer to
 * the server says `enable: false`, which the server already honours per file.
 */
export class CheckingSwitch implements vscode.Disposable {
  private static readonly KEY = 'gongwen.checkingOff';
  private readonly changed = new vscode.EventEmitter<boolean>();
  /** Fires with `off` after each toggle. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get off(): boolean {
    return this.state.get<boolean>(CheckingSwitch.KEY, false);
  }

  async toggle(): Promise<boolean> {
    const off = !this.off;
    await this.state.update(CheckingSwitch.KEY, off);
    this.changed.fire(off);
    return off;
  }

  /** The settings the server is given for a resource, with checking switched off when it is. */
  apply(settings: Record<string, unknown>): Record<string, unknown> {
    return this.off ? { ...settings, enable: false } : settings;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the three commands; `client` is the running language client, if any. */
export function registerQuietCommands(context: vscode.ExtensionContext, checking: CheckingSwitch, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    checking,
    // The server pulls the settings again and re-checks (or clears) every open file.
    checking.onDidChange(() => void client()?.sendNotification(DidChangeConfigurationNotification.type, { settings: null })),
    vscode.commands.registerCommand('gongwen.toggle', () => checking.toggle()),
    vscode.commands.registerCommand('gongwen.fixAll', () => fixAll(client())),
    vscode.commands.registerCommand('gongwen.openConfig', () => openConfig()),
  );
}

/** Applies the active file's safe fixes as one edit; returns whether anything changed. */
async function fixAll(client: LanguageClient | undefined): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return false;
  const doc = editor.document;
  const { tabSize, insertSpaces } = editor.options;
  const edits = await client.sendRequest(DocumentFormattingRequest.type, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) },
    options: { tabSize: typeof tabSize === 'number' ? tabSize : 4, insertSpaces: insertSpaces !== false },
  });
  if (!edits?.length) {
    void vscode.window.showInformationMessage(t('No safe fixes in this file.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, await client.protocol2CodeConverter.asTextEdits(edits));
  return vscode.workspace.applyEdit(edit);
}

/** Opens the folder's .gongwen.json, writing `gongwen init`'s file first when there is none; returns its URI. */
async function openConfig(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(t('Open a folder first: the team config lives in a workspace folder.'));
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Which folder’s team config?') });
  if (!folder) return undefined;
  const file = vscode.Uri.joinPath(folder.uri, CONFIG_NAME);
  if (!(await exists(file))) {
    const locale = vscode.workspace.getConfiguration('gongwen', folder.uri).get<string>('locale') === 'en' ? 'en' : 'zh-cn';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(initText(INIT_PRESET, locale)));
  }
  await vscode.window.showTextDocument(file);
  return file;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
