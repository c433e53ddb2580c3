// "公文检查：导出审阅版" (gongwen.exportReview): the reviewed copy of the active draft, or of a .docx
// picked in the explorer, written by the server beside the file (a Word comment at every finding,
// as `gongwen review` writes it); then, on request, opened in the system's app for Word files.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DOCX_SCHEME, ExportReviewRequest, type ExportReviewResult } from '../../server/src/protocol';
import { t } from './statusBar';

/** The file a review is asked for: the one picked in the explorer, else the active editor's (a .docx's text view stands for the .docx). */
function target(picked?: vscode.Uri): vscode.Uri | undefined {
  const uri = picked instanceof vscode.Uri ? picked : vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === DOCX_SCHEME ? uri.with({ scheme: 'file' }) : uri;
}

/** Registers the command; `canWrite` is false on the web, where the server has no file system. */
export function registerExportReview(client: () => BaseLanguageClient | undefined, canWrite: boolean): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.exportReview', async (picked?: vscode.Uri) => {
    if (!canWrite) return vscode.window.showInformationMessage(t('Reviewed copies are not written on the web: use VS Code on your computer.'));
    const file = target(picked);
    const c = client();
    if (!file || !c) return vscode.window.showInformationMessage(t('Open a draft or pick a Word file to export its reviewed copy.'));
    if (file.scheme !== 'file') return vscode.window.showInformationMessage(t('Only files on disk can be reviewed.'));
    // The copy is made from the file on disk: unsaved edits are saved first.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
    if (open?.isDirty && !(await open.save())) return undefined;
    const r = await c.sendRequest<ExportReviewResult>(ExportReviewRequest, { uri: file.toString(), rel: vscode.workspace.asRelativePath(file, false) });
    if (!r.ok) return vscode.window.showWarningMessage(t('gongwen: no reviewed copy of {file}: {reason}', { file: vscode.workspace.asRelativePath(file), reason: r.reason }));
    const out = vscode.Uri.parse(r.uri);
    const openIt = t('Open');
    const choice = await vscode.window.showInformationMessage(t('Reviewed copy written: {file} ({count} comments).', { file: vscode.workspace.asRelativePath(out), count: String(r.comments) }), openIt);
    if (choice === openIt) await vscode.env.openExternal(out);
    return undefined;
  });
}
