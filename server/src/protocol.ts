// Messages between the extension client and the language server beyond standard LSP.
// Types only: imported by both sides.

import type { CountMode, Counts, DecisionSource, Kind, Locale, Pack, Scope } from './core/types';

/** Server -> client after each analysis: what the status bar shows. */
export const DocumentInfoNotification = 'gongwen/documentInfo';

export interface DocumentInfo {
  uri: string;
  version: number | null;
  kind: Kind;
  kindSource: DecisionSource;
  scope: Scope | null;
  scopeSource: DecisionSource;
  counts: Counts;
  /** Body limit for documents (the 专项 limit when the scope is undeclared). */
  limit: number | null;
  /** The 全局性 limit, shown beside the 专项 one when the scope is undeclared. */
  comprehensiveLimit: number | null;
  countMode: CountMode;
  /** The language of messages (gongwen.locale); the status bar speaks it too. */
  locale: Locale;
  /** Set when the document was not analysed (too large, excluded …), with the reason. */
  skipped?: string;
  /** The rule packs the folder's preset turns on (several when stacked). */
  packs?: Pack[];
}

/** Client -> server: explain how the body count was made (status bar click). */
export const ExplainCountRequest = 'gongwen/explainCount';

export interface ExplainCountParams {
  uri: string;
}

export interface ExplainCountResult {
  /** One line for a notification. */
  summary: string;
  /** Details (plain text, several lines). */
  detail: string;
}

/**
 * The typed payload of every gongwen Diagnostic.data. The quick fixes are not in it: the server
 * finds them in its analysis of the document when the editor asks (textDocument/codeAction).
 */
export interface DiagnosticData {
  rule: string;
  /** Document version the range refers to. */
  version: number | null;
}

/** Client -> server: check every file of the workspace folders (include/exclude), opened or not. */
export const ScanWorkspaceRequest = 'gongwen/scanWorkspace';

/** Server -> client while scanning. */
export const ScanProgressNotification = 'gongwen/scanProgress';

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScanWorkspaceResult {
  files: number;
  diagnostics: number;
  bySeverity: { error: number; warning: number; info: number; hint: number };
  skipped: Array<{ path: string; reason: string }>;
  cancelled: boolean;
  /**
   * Whether this scan has a report, made when asked for (ScanReportRequest): not when it was
   * cancelled (a report is of a whole scan, and a cancel answers at once).
   */
  report: boolean;
  ms: number;
}

/**
 * Client -> server: the report (self-contained HTML) of the last scan, made now; null when the
 * last scan was cancelled or there was none. Made on request: a report of thousands of findings
 * is tens of megabytes, and sending it with every scan's answer made the scan take half again as long.
 */
export const ScanReportRequest = 'gongwen/scanReport';

/** Client -> server: the workspace's trust changed (VS Code: the user trusted it). */
export const TrustChangedNotification = 'gongwen/trustChanged';
export interface TrustChangedParams {
  trusted: boolean;
}

/**
 * The read-only view of a Word file (.docx) as the text the checks read: the file's URI with this
 * scheme instead of `file` (lsp/docxUri.ts). The server checks it as that file (folder, settings,
 * .gongwen.json); the workspace scan publishes a .docx's findings under it.
 */
export const DOCX_SCHEME = 'gongwen-docx';

/** Client -> server: the text of a .docx, one paragraph per line, exactly as the scan and the CLI check it. */
export const DocxTextRequest = 'gongwen/docxText';

export interface DocxTextParams {
  /** The .docx's file URI, or its view's. */
  uri: string;
}

/** The text, or why it cannot be read (in the file's locale). */
export type DocxTextResult = { ok: true; text: string } | { ok: false; reason: string };

/** Client -> server: write the reviewed copy of a file (a Word comment at every finding) beside it (lsp/review.ts). */
export const ExportReviewRequest = 'gongwen/exportReview';

export interface ExportReviewParams {
  /** The file's URI (a .docx, its text view, or a plain-text draft). */
  uri: string;
  /** Its path relative to its workspace folder, with forward slashes (kinds and include globs are matched against it). */
  rel?: string;
}

/** The copy written (its file URI and how many comments it holds), or why none was (in the file's locale). */
export type ExportReviewResult = { ok: true; uri: string; comments: number } | { ok: false; reason: string };
