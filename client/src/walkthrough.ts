// The getting-started walkthrough's first step (contributes.walkthroughs in package.json):
// `gongwen.openExample` opens a short draft with a few format slips in a new untitled editor,
// so a new user sees squiggles, a hover and a quick fix without having a draft of their own.
// Untitled, so nothing is written to the user's disk; the language is gongwen, so it is checked.

import * as vscode from 'vscode';
import { EXAMPLE_DRAFT } from './exampleDraft';

export function registerWalkthrough(): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.openExample', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: EXAMPLE_DRAFT });
    await vscode.window.showTextDocument(doc, { preview: false });
  });
}
