// The editor's "scan workspace": every file of every workspace folder that include/exclude
// select, opened or not, checked with the shared engine and published to the Problems panel.
// A new scan replaces the old results; a cancelled scan stops at the next file.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { Effective } from '../core/config/effective';
import { isIncluded } from '../core/config/effective';
import { CHECKED_EXTENSIONS, posixRel, walkFiles } from '../io/walk';
import type { ScanWorkspaceResult } from '../protocol';
import { renderReport, type ReportInput } from '../report/html';
import { countBySeverity, mostFilesLocale, reportFiles, scanFiles, type ScanDiagnostic, type ScannedFile } from './engine';
import { SEVERITY, toRelated } from '../lsp/diagnostics';
import { docsHref } from '../lsp/docsLink';
import { failureDiagnostics } from '../lsp/failures';
import { docxViewUri } from '../lsp/docxUri';


export interface ScanFolder {
  uri: string;
  eff: Effective;
}

export function toScanDiagnostics(f: ScannedFile, docsBase?: string): Diagnostic[] {
  const found: Diagnostic[] = f.diagnostics.map((d) => ({
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: docsHref(d.rule, docsBase, f.locale) },
    source: 'gongwen',
    // A .docx's findings are placed in its text view (editorUri): no paragraph number in front.
    message: d.message,
    ...(d.related?.length ? { relatedInformation: toRelated(d.related, f.locale) } : {}),
  }));
  return f.failures.length ? [...failureDiagnostics(f.failures, f.locale), ...found] : found;
}

/** Where the editor shows a scanned file's findings: the file, or a .docx's text view. */
export function editorUri(f: Pick<ScannedFile, 'path' | 'docx'>): string {
  const uri = pathToFileURL(f.path).toString();
  return f.docx ? docxViewUri(uri) : uri;
}

export class WorkspaceScanner {
  /** URIs the last scan published (to replace them on the next scan). */
  private published = new Set<string>();
  /** What the last scan's report is made of (null: cancelled, or no scan yet). */
  private lastReport: ReportInput | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly isOpen: (uri: string) => boolean,
    private readonly effectiveFor: (uri: string) => Promise<Effective>,
    /** What is shown of a file's findings (the server leaves out those gongwen-suppressions.json records). */
    private readonly shown: (uri: string, diagnostics: ScanDiagnostic[]) => ScanDiagnostic[] = (_uri, d) => d,
  ) {}

  has(uri: string): boolean {
    return this.published.has(uri);
  }

  async scan(folders: ScanFolder[], cancelled: () => boolean, progress: (done: number, total: number) => void, docsBase?: string): Promise<ScanWorkspaceResult> {
    const started = Date.now();
    const inputs: Array<{ path: string; display: string; rel: string }> = [];
    const effByPath = new Map<string, Effective>();
    for (const f of folders) {
      if (!f.uri.startsWith('file:')) continue;
      const root = fileURLToPath(f.uri);
      const files = await walkFiles(root, (rel) => isIncluded(f.eff, rel), CHECKED_EXTENSIONS, cancelled);
      for (const p of files) {
        const rel = posixRel(root, p);
        inputs.push({ path: p, display: folders.length > 1 ? `${path.basename(root)}/${rel}` : rel, rel });
      }
    }
    // Configuration (a .gongwen.json deeper in the tree) is resolved before the engine runs, once
    // a folder: what applies to a file is its folder's nearest config file and its workspace
    // folder's settings, the same for the files beside it. (Asking the client for each of
    // thousands of files was a fifth of the first scan.)
    const byFolder = new Map<string, Promise<Effective>>();
    for (const i of inputs) {
      const dir = path.dirname(i.path);
      let eff = byFolder.get(dir);
      if (!eff) byFolder.set(dir, (eff = this.effectiveFor(pathToFileURL(i.path).toString())));
      effByPath.set(i.path, await eff);
    }
    const now = new Set<string>();
    const shownByPath = new Map<string, ScannedFile>();
    const result = await scanFiles(inputs, {
      effectiveFor: (p) => effByPath.get(p)!,
      cancelled,
      onProgress: progress,
      idOf: (p) => pathToFileURL(p).toString(),
      onFile: (f) => {
        const uri = editorUri(f);
        now.add(uri);
        const shown = this.shownFile(f);
        shownByPath.set(f.path, shown);
        if (!this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: toScanDiagnostics(shown, docsBase) });
      },
    });
    // The counts and the report are of what the Problems panel shows.
    const files = result.files.map((f) => shownByPath.get(f.path) ?? this.shownFile(f));
    // Files of the previous scan that are gone (or excluded now) lose their old results.
    if (!result.cancelled) {
      for (const uri of this.published) if (!now.has(uri) && !this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.published = now;
    } else for (const uri of now) this.published.add(uri);
    const bySeverity = countBySeverity(files);
    const diagnostics = bySeverity.error + bySeverity.warning + bySeverity.info + bySeverity.hint;
    this.lastReport = result.cancelled ? null : {
      root: folders.map((f) => (f.uri.startsWith('file:') ? fileURLToPath(f.uri) : f.uri)).join('、'),
      generatedAt: new Date(),
      files: reportFiles(files, (f) => pathToFileURL(f.path).toString()),
      skipped: result.skipped,
      locale: mostFilesLocale(files),
      docsBase,
    };
    return { files: result.files.length, diagnostics, bySeverity, skipped: result.skipped, cancelled: result.cancelled, report: !result.cancelled, ms: Date.now() - started };
  }

  /** The file with the findings that are shown of it (gongwen-suppressions.json applied). */
  private shownFile(f: ScannedFile): ScannedFile {
    const diagnostics = this.shown(editorUri(f), f.diagnostics);
    return diagnostics.length === f.diagnostics.length ? f : { ...f, diagnostics };
  }

  /** The last scan's report (self-contained HTML), made now; null when it was cancelled or there was none. */
  report(): string | null {
    return this.lastReport ? renderReport(this.lastReport) : null;
  }

  /** Checks one unopened file of the last scan again (it changed on disk). */
  async rescanFile(uri: string, eff: Effective, rel: string, docsBase?: string): Promise<void> {
    if (!this.published.has(uri) || this.isOpen(uri)) return;
    const p = fileURLToPath(uri);
    const r = await scanFiles([{ path: p, display: rel, rel }], { effectiveFor: () => eff, idOf: (x) => pathToFileURL(x).toString() });
    const f = r.files[0];
    void this.connection.sendDiagnostics({ uri, diagnostics: f ? toScanDiagnostics(this.shownFile(f), docsBase) : [] });
  }
}
