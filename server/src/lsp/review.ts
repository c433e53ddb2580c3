// "Export Reviewed Copy" in the editor (ExportReviewRequest): the same copy `gongwen review` writes
// (review/reviewFiles.ts), beside the file, with the file's configuration as the editor has it
// (settings and .gongwen.json). Needs the file system: served by the Node host only.

import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { Effective } from '../core/config/effective';
import { localize } from '../core/locale';
import { ExportReviewRequest, type ExportReviewParams, type ExportReviewResult } from '../protocol';
import { reviewInputs } from '../review/reviewFiles';
import { docxFileUri } from './docxUri';
import { pathOf } from './docxView';

/** Answers ExportReviewRequest; `effectiveFor` gives a file's configuration. */
export function serveReview(connection: Connection, effectiveFor: (uri: string) => Promise<Effective>): void {
  connection.onRequest(ExportReviewRequest, (params: ExportReviewParams) => exportReview(params?.uri, params?.rel, effectiveFor));
}

export async function exportReview(uri: unknown, rel: unknown, effectiveFor: (uri: string) => Promise<Effective>): Promise<ExportReviewResult> {
  const fileUri = typeof uri === 'string' ? (docxFileUri(uri) ?? uri) : '';
  const eff = await effectiveFor(fileUri);
  const file = pathOf(fileUri);
  if (file === null) return { ok: false, reason: localize(eff.config.locale, { zh: `只能审阅磁盘上的文件：${fileUri}`, en: `only files on disk can be reviewed: ${fileUri}` }) };
  const input = { path: file, display: file, rel: typeof rel === 'string' && rel ? rel : file.split(/[\\/]/).pop()! };
  const { written, refused } = await reviewInputs([input], { effectiveFor: () => eff, outDir: null, suggest: false, now: new Date() });
  const w = written[0];
  if (w) return { ok: true, uri: pathToFileURL(w.out).href, comments: w.comments };
  return { ok: false, reason: refused[0]?.reason ?? localize(eff.config.locale, { zh: '未能写出审阅版', en: 'no reviewed copy was written' }) };
}

