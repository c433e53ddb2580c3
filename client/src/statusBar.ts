// The status bar item: kind, scope and body 字数 of the active document against its limit,
// e.g. "专项 2,845 / 3,000 字". Clicking it explains the count.

import * as vscode from 'vscode';
import type { DocumentInfo } from '../../server/src/protocol';

const KIND: Record<DocumentInfo['kind'], string> = { document: 'Document', agenda: 'Agenda', research: 'Research plan' };

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** The status bar text for a document (exported for tests). */
export function statusText(info: DocumentInfo): string {
  if (info.skipped) return `$(circle-slash) ${vscode.l10n.t('gongwen')}`;
  const kind = vscode.l10n.t(KIND[info.kind]);
  const scope = info.scope === 'comprehensive' ? (info.kind === 'agenda' ? vscode.l10n.t('comprehensive meeting') : vscode.l10n.t('comprehensive')) : info.scope === 'special' ? vscode.l10n.t('special') : vscode.l10n.t('scope undeclared');
  const body = fmt(info.counts.body);
  if (info.kind !== 'document' || info.limit === null) return `${kind} · ${scope} ${body} ${vscode.l10n.t('chars')}`;
  if (info.scope === null && info.comprehensiveLimit !== null) {
    return `${kind} · ${scope} ${body} / ${fmt(info.limit)}–${fmt(info.comprehensiveLimit)} ${vscode.l10n.t('chars')}`;
  }
  return `${kind} · ${scope} ${body} / ${fmt(info.limit)} ${vscode.l10n.t('chars')}`;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private readonly infos = new Map<string, DocumentInfo>();

  constructor() {
    this.item.name = vscode.l10n.t('gongwen length');
    this.item.command = 'gongwen.explainCount';
  }

  update(info: DocumentInfo): void {
    this.infos.set(info.uri, info);
    this.refresh();
  }

  forget(uri: string): void {
    this.infos.delete(uri);
    this.refresh();
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    const info = editor ? this.infos.get(editor.document.uri.toString()) : undefined;
    if (!info) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(info);
    const over = info.limit !== null && info.counts.body > info.limit;
    this.item.backgroundColor = over && info.scope !== null ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = info.skipped ?? vscode.l10n.t('Body length (click for how it was counted)');
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
