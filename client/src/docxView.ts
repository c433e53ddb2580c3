// Word files in the editor: a .docx opens as its text in a read-only view (scheme DOCX_SCHEME),
// the very text the server checks (one paragraph per line), so the view shows the file's findings
// in place. The view is a TextDocumentContentProvider's: VS Code can neither edit nor save it, and
// the .docx on disk is only read.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCX_SCHEME, DocxTextRequest, type DocxTextResult } from '../../server/src/protocol';
import { t } from './statusBar';

/** The read-only text view of a .docx (file URI). */
export function docxView(file: vscode.Uri): vscode.Uri {
  return file.with({ scheme: DOCX_SCHEME });
}

export function isDocx(uri: vscode.Uri): boolean {
  return /\.docx$/i.test(uri.path);
}

/** Opens a .docx as its text, the cursor at `at` (a finding's place). */
export async function showDocx(file: vscode.Uri, at?: vscode.Position, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file.scheme === DOCX_SCHEME ? file : docxView(file));
  const selection = at ? new vscode.Range(at, at) : undefined;
  return vscode.window.showTextDocument(doc, { preview: false, selection, viewColumn });
}

export class DocxViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    // Saved again in Word: an open view shows the new text (and the server checks it).
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.docx', true, false, true);
    this.subscriptions = [
      vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, this),
      watcher,
      watcher.onDidChange((file) => this.changed.fire(docxView(file))),
      this.changed,
      vscode.commands.registerCommand('gongwen.openDocx', (file?: vscode.Uri) => this.open(file)),
    ];
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const client = this.client();
    if (!client) return '';
    const file = view.with({ scheme: 'file' });
    const r = await client.sendRequest<DocxTextResult>(DocxTextRequest, { uri: file.toString() });
    if (r.ok) return r.text;
    void vscode.window.showWarningMessage(t('gongwen: cannot show {file} as text: {reason}', { file: vscode.workspace.asRelativePath(file), reason: r.reason }));
    return '';
  }

  /** The command: the .docx clicked in the explorer, or one picked in a dialog. */
  private async open(file?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    if (!(file instanceof vscode.Uri)) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('Word documents')]: ['docx'] }, openLabel: t('Open as text') });
      file = picked?.[0];
    }
    if (!file) return undefined;
    if (!isDocx(file)) {
      void vscode.window.showWarningMessage(t('gongwen: {file} is not a Word file (.docx).', { file: vscode.workspace.asRelativePath(file) }));
      return undefined;
    }
    return showDocx(file);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
