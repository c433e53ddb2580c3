// Word files in the editor: a .docx opens as its text in a read-only view (scheme DOCX_SCHEME),
// the very text the server checks (one paragraph per line), so the view shows the file's findings
// in place. The view's file system is read-only: VS Code marks the editor read-only and "Save"
// has nothing to write. (A TextDocumentContentProvider's document would turn "Save" into "Save
// As…", suggesting the .docx's own name.) The .docx on disk is only read.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DOCX_SCHEME, DocxTextRequest, type DocxTextResult } from '../../server/src/protocol';
import { t } from './statusBar';

/** The read-only text view of a .docx (file URI). */
export function docxView(file: vscode.Uri): vscode.Uri {
  return file.with({ scheme: DOCX_SCHEME });
}

function fileOf(view: vscode.Uri): vscode.Uri {
  return view.with({ scheme: 'file' });
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

/** The UTF-8 byte order mark: VS Code then reads the view as UTF-8 whatever files.encoding says. */
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export class DocxViews implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    // Saved again in Word: an open view shows the new text (and the server checks it).
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.docx', true, false, true);
    const readonly = new vscode.MarkdownString(t('A Word file shown as text, read-only: edit it in Word.'));
    this.subscriptions = [
      vscode.workspace.registerFileSystemProvider(DOCX_SCHEME, this, { isCaseSensitive: true, isReadonly: readonly }),
      watcher,
      watcher.onDidChange((file) => this.changed.fire([{ type: vscode.FileChangeType.Changed, uri: docxView(file) }])),
      this.changed,
      vscode.commands.registerCommand('gongwen.openDocx', (file?: vscode.Uri) => this.open(file)),
    ];
  }

  async stat(view: vscode.Uri): Promise<vscode.FileStat> {
    const s = await vscode.workspace.fs.stat(fileOf(view));
    if (s.type !== vscode.FileType.File || !isDocx(view)) throw vscode.FileSystemError.FileNotFound(view);
    return { ...s, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(view: vscode.Uri): Promise<Uint8Array> {
    const client = this.client();
    if (!client) throw vscode.FileSystemError.Unavailable(view);
    const file = fileOf(view);
    const r = await client.sendRequest<DocxTextResult>(DocxTextRequest, { uri: file.toString() });
    if (!r.ok) {
      void vscode.window.showWarningMessage(t('gongwen: cannot show {file} as text: {reason}', { file: vscode.workspace.asRelativePath(file), reason: r.reason }));
      throw vscode.FileSystemError.Unavailable(view);
    }
    const text = new TextEncoder().encode(r.text);
    const bytes = new Uint8Array(UTF8_BOM.length + text.length);
    bytes.set(UTF8_BOM);
    bytes.set(text, UTF8_BOM.length);
    return bytes;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined); // the .docx watcher above covers every view
  }

  readDirectory(view: vscode.Uri): never {
    throw vscode.FileSystemError.FileNotADirectory(view);
  }

  // Nothing is ever written through a view.
  createDirectory(view: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(view);
  }

  writeFile(view: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(view);
  }

  delete(view: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(view);
  }

  rename(view: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(view);
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
