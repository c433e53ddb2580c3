// The reviewer's commands: "scan workspace" (every selected file, opened or not, into the
// Problems panel, with a cancellable progress notification) and "view report" (the scan's
// self-contained HTML report in a webview beside the editor; its links open the file at the
// finding).

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ScanProgressNotification, ScanReportRequest, ScanWorkspaceRequest, type ScanProgress, type ScanWorkspaceResult } from '../../server/src/protocol';
import { newNonce, webviewHtml } from './reportWebview';
import { t } from './statusBar';
import { isDocx, showDocx } from './docxView';

/** A link of the report clicked: its file opened at the finding (a Word file as its text view). */
export async function openReportLink(m: { type?: string; href?: string; line?: number; character?: number }): Promise<void> {
  if (m.type !== 'open' || !m.href) return;
  const uri = vscode.Uri.parse(m.href);
  const pos = new vscode.Position(m.line ?? 0, m.character ?? 0);
  // A Word file opens as its text, at the paragraph (one per line).
  if (isDocx(uri)) {
    await showDocx(uri, pos, vscode.ViewColumn.One);
    return;
  }
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
}

export class Scanner implements vscode.Disposable {
  /** The last scan's report as the server made it, once asked for (undefined: not asked yet). */
  private lastReport: string | null | undefined = undefined;
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The latest scan's result (for tests through the extension's API). */
  last: ScanWorkspaceResult | null = null;

  async scan(): Promise<ScanWorkspaceResult | null> {
    const client = this.client();
    if (!client) return null;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('gongwen: scanning the workspace'), cancellable: true },
      async (progress, token) => {
        let shown = 0;
        const sub = client.onNotification(ScanProgressNotification, (p: ScanProgress) => {
          const pct = p.total ? (p.done / p.total) * 100 : 0;
          progress.report({ message: t('{done} of {total} files', { done: p.done, total: p.total }), increment: pct - shown });
          shown = pct;
        });
        try {
          return await client.sendRequest<ScanWorkspaceResult>(ScanWorkspaceRequest, {}, token);
        } finally {
          sub.dispose();
        }
      },
    );
    this.last = result;
    // A cancelled scan has no report: the last one would not match the Problems panel any more.
    this.lastReport = result.report ? undefined : null;
    const report = this.panel && result.report ? await this.report() : null;
    if (this.panel && report) this.panel.webview.html = this.html(this.panel.webview, report);
    const summary = result.cancelled
      ? t('Scan cancelled: {files} files checked, {n} findings.', { files: result.files, n: result.diagnostics })
      : t('Scan finished: {files} files, {n} findings ({errors} errors, {warnings} warnings); {skipped} skipped.', {
          files: result.files,
          n: result.diagnostics,
          errors: result.bySeverity.error,
          warnings: result.bySeverity.warning,
          skipped: result.skipped.length,
        });
    const view = t('View report');
    if (!result.report) {
      void vscode.window.showInformationMessage(summary);
      return result;
    }
    void vscode.window.showInformationMessage(summary, view).then((choice) => {
      if (choice === view) void this.showReport();
    });
    return result;
  }

  /** The last scan's report (self-contained HTML), asked of the server once; null when there is none. */
  async report(): Promise<string | null> {
    if (this.lastReport === undefined) {
      const client = this.client();
      this.lastReport = this.last?.report && client ? await client.sendRequest<string | null>(ScanReportRequest, {}) : null;
    }
    return this.lastReport;
  }

  async showReport(): Promise<vscode.WebviewPanel | undefined> {
    let report = await this.report();
    if (!report) {
      const scan = t('Scan workspace');
      const choice = await vscode.window.showInformationMessage(t('No report yet: scan the workspace first.'), scan);
      if (choice !== scan) return undefined;
      if (!(await this.scan())) return undefined;
      report = await this.report();
      if (!report) return undefined;
    }
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside);
      return this.panel;
    }
    // The report holds no network references; its one script (allowed by nonce) filters, sorts and turns links into "open the file".
    const panel = vscode.window.createWebviewPanel('gongwen.report', t('gongwen report'), vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
    panel.webview.html = this.html(panel.webview, report);
    panel.webview.onDidReceiveMessage(openReportLink);
    panel.onDidDispose(() => (this.panel = undefined));
    this.panel = panel;
    return panel;
  }

  /** The report with a script policy of its own (a fresh nonce each time it is shown). */
  private html(webview: vscode.Webview, report: string): string {
    return webviewHtml(report, newNonce(), webview.cspSource);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
