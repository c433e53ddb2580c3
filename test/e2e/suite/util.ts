// Helpers for the extension-host suite: open fixtures, wait for diagnostics (on
// onDidChangeDiagnostics, never on a fixed sleep), and look at gongwen's findings.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen.gongwen';
/** Upper bound for any single wait; a test that reaches it fails with what was seen. */
export const WAIT_MS = Number(process.env['GONGWEN_E2E_WAIT_MS'] ?? 15_000);

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open: start the editor on test/e2e/workspace (or a copy of it)');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...name.split('/'));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this extension host`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

export async function openFixture(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** The rule id of a diagnostic (VS Code turns `code` + `codeDescription` into `{ value, target }`). */
export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** The severity of the first diagnostic of `rule`, or undefined when there is none. */
export function severityOf(ds: readonly vscode.Diagnostic[], rule: string): vscode.DiagnosticSeverity | undefined {
  return ds.find((d) => ruleOf(d) === rule)?.severity;
}

export function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

/** "rule@line" (1-based) for each gongwen diagnostic, sorted: easy to compare and to read in a failure. */
function ruleLines(ds: readonly vscode.Diagnostic[]): string[] {
  return ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).sort();
}

function describe(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`)
    .join('\n    ');
}

/**
 * Resolves with gongwen's diagnostics for `uri` as soon as `predicate` holds for them: checked
 * now and on every onDidChangeDiagnostics for that URI. Rejects after WAIT_MS with what it saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err: Error | null, ds?: vscode.Diagnostic[]) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(ds!);
    };
    const check = () => {
      const ds = gongwenDiagnostics(uri);
      let ok = false;
      try {
        ok = predicate(ds);
      } catch (e) {
        finish(e as Error);
        return;
      }
      if (ok) finish(null, ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      const name = uri.path.split('/').pop();
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${name}; gongwen diagnostics now:\n    ${describe(gongwenDiagnostics(uri))}`));
    }, timeoutMs);
    check();
  });
}

/** Waits for exactly this set of "rule@line" entries (1-based lines). */
export function waitForRuleLines(uri: vscode.Uri, expected: readonly string[], timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort();
  return waitForDiagnostics(uri, (ds) => JSON.stringify(ruleLines(ds)) === JSON.stringify(want), `exactly [${want.join(', ')}]`, timeoutMs);
}

/**
 * Waits for a condition that no event announces (the status bar text follows a custom
 * notification): re-checked every `everyMs`, bounded by `timeoutMs`.
 */
export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = WAIT_MS, everyMs = 20): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Quick fixes (or other kinds) offered for a range, through the real code action machinery. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a);
}

export function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
}

/** Drops unsaved changes of the active editor and closes it, so later cases start clean. */
export async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
