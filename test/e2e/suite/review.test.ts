// 公文检查：导出审阅版 (gongwen.exportReview) in the real editor: from the explorer (a .docx given as
// the command's argument) and from the active editor (a plain-text draft), the reviewed copy is
// written beside the file with one Word comment per finding, and the original is left as it was.
// The command then offers to open the copy; nobody answers that here, so it is not awaited.

import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import * as vscode from 'vscode';
import { DOCX_FINDINGS, NOTICE_FINDINGS } from './fixtures';
import { activateExtension, fixtureUri, openFixture, WAIT_MS } from './util';

/** The copy's bytes once the command has written it. */
async function written(uri: vscode.Uri): Promise<Uint8Array> {
  const end = Date.now() + WAIT_MS * 2;
  for (;;) {
    try {
      return await vscode.workspace.fs.readFile(uri);
    } catch {
      if (Date.now() > end) throw new Error(`${uri.fsPath} was not written`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The authors of the copy's Word comments, one per comment. */
async function commentAuthors(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/comments.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:comment\b[^>]*\bw:author="([^"]*)"/g)].map((m) => m[1]!);
}

suite('export reviewed copy', () => {
  suiteSetup(activateExtension);
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('a .docx picked in the explorer: word/notice.审阅.docx with a comment at each finding, the .docx unchanged', async () => {
    const file = fixtureUri('word/notice.docx');
    const copy = fixtureUri('word/notice.审阅.docx');
    const before = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('base64');
    void vscode.commands.executeCommand('gongwen.exportReview', file);
    try {
      const authors = await commentAuthors(await written(copy));
      assert.deepEqual(authors, DOCX_FINDINGS.map(() => '公文减负助手'));
      assert.equal(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('base64'), before, 'the .docx was not written');
    } finally {
      await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
    }
  });

  test('the active draft (notice.txt): notice.审阅.docx beside it, one comment per finding', async () => {
    await openFixture('notice.txt');
    const copy = fixtureUri('notice.审阅.docx');
    void vscode.commands.executeCommand('gongwen.exportReview');
    try {
      assert.equal((await commentAuthors(await written(copy))).length, NOTICE_FINDINGS.length);
    } finally {
      await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
    }
  });
});
