// The status bar item: kind, scope and body 字数 of the active document against its limit,
// e.g. "公文 · 专项 2,845 / 3,000 字". Clicking it explains the count (gongwen.explainCount).
// The wording lives in statusText.ts (no `vscode` import, unit-tested).

import * as vscode from 'vscode';
import type { DocumentInfo } from '../../server/src/protocol';
import zhBundle from '../../l10n/bundle.l10n.zh-cn.json';
import { isOverLimit, offText, offTooltip, statusText, statusTooltip, translatorFor, type Translate } from './statusText';

/** UI strings (command results, names) follow VS Code's display language. */
export const t: Translate = (message, args) => (args ? vscode.l10n.t(message, args) : vscode.l10n.t(message));

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private readonly infos = new Map<string, DocumentInfo>();
  private visible = false;
  /** Checking switched off for the workspace (gongwen.toggle): the item says so in any editor, and a click turns it back on. */
  private off = false;

  constructor() {
    this.item.name = t('gongwen length');
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

  /** The text shown now, or undefined while the item is hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  setOff(off: boolean): void {
    this.off = off;
    this.refresh();
  }

  refresh(): void {
    if (this.off) {
      const tr = translatorFor(vscode.workspace.getConfiguration('gongwen').get<string>('locale'), zhBundle as Record<string, string>);
      this.item.text = offText(tr);
      this.item.tooltip = offTooltip(tr);
      this.item.command = 'gongwen.toggle';
      this.item.backgroundColor = undefined;
      this.item.show();
      this.visible = true;
      return;
    }
    this.item.command = 'gongwen.explainCount';
    const editor = vscode.window.activeTextEditor;
    const info = editor ? this.infos.get(editor.document.uri.toString()) : undefined;
    if (!info) {
      this.item.hide();
      this.visible = false;
      return;
    }
    // The item speaks the language of the messages it sits beside (gongwen.locale, 中文 by default).
    const tr = translatorFor(info.locale, zhBundle as Record<string, string>);
    this.item.text = statusText(info, tr);
    this.item.tooltip = statusTooltip(info, tr);
    this.item.backgroundColor = isOverLimit(info) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
  }
}
