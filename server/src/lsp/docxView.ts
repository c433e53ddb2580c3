// The text of a Word file for its read-only view in the editor (DocxTextRequest): read the way
// the workspace scan and the CLI read it (io/docx.ts, within the file's maxFileSize), so that the
// view's lines are the paragraphs the findings name. The file is only read.

import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { Effective } from '../core/config/effective';
import { isDocx, readDocx } from '../io/docx';
import { DocxTextRequest, type DocxTextParams, type DocxTextResult } from '../protocol';
import { docxFileUri } from './docxUri';
import { localize } from './locale';

/** Answers DocxTextRequest; `effectiveFor` gives a file's configuration (its limits and locale). */
export function serveDocxText(connection: Connection, effectiveFor: (uri: string) => Promise<Effective>): void {
  connection.onRequest(DocxTextRequest, (params: DocxTextParams) => docxText(params?.uri, effectiveFor));
}

export async function docxText(uri: unknown, effectiveFor: (uri: string) => Promise<Effective>): Promise<DocxTextResult> {
  const fileUri = typeof uri === 'string' ? (docxFileUri(uri) ?? uri) : '';
  const file = pathOf(fileUri);
  const eff = await effectiveFor(fileUri);
  if (file === null || !isDocx(file)) return { ok: false, reason: localize(eff.config.locale, { zh: `不是 .docx 文件：${fileUri}`, en: `not a .docx file: ${fileUri}` }) };
  const read = await readDocx(file, eff.maxFileSize);
  return read.ok ? { ok: true, text: read.text } : { ok: false, reason: localize(eff.config.locale, read.reason) };
}

/** The path a file: URI names; null for any other URI. */
export function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
