// `gongwen check`'s report, written as the scan hands files on (in the order of the paths):
// stylish, text, JSON and GitHub annotations a file at a time, so a run over many files holds no
// more than a file's findings at once; SARIF and the HTML report need every file (rules used,
// totals) and are written at the end.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleFailure } from '../core/analyze';
import type { Locale } from '../core/types';
import { githubAnnotations } from '../report/github';
import { renderReport } from '../report/html';
import { toSarif } from '../report/sarif';
import { reportFiles, shownMessage, type ScannedFile, type Skipped } from '../scan/engine';
import { JsonArrayWriter, StylishWriter, writeJson, writeJsonAt, type Sink, type StylishFile } from './output';
import type { Severity } from '../core/types';
import type { ScanFix } from '../scan/engine';

export type Format = 'stylish' | 'text' | 'json' | 'sarif' | 'github' | 'html';

/** One file of the JSON report (shape fixed at version 1). */
export interface FileRecord {
  path: string;
  kind: ScannedFile['kind'];
  scope: ScannedFile['scope'];
  /** false: not official drafting (a README, a blog post), so not checked. */
  official: boolean;
  counts: { body: number; attachments: number };
  diagnostics: FileDiagnostic[];
}

export interface FileDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** Each way to fix it (alternatives): a title, whether `--fix` applies it unattended, and its edits (range, new text). Absent when there is none, and for a .docx. */
  fixes?: ScanFix[];
}

export interface ReportOptions {
  locale: Locale;
  color: boolean;
  width: number;
  version: string;
  /** The paths checked, as the HTML report names them. */
  root: string;
  /** Control characters made visible (check.ts visible). */
  visible: (s: string) => string;
}

export interface ReportEnd {
  skipped: Skipped[];
  failures: Array<RuleFailure & { path: string }>;
}

export class ReportWriter {
  private readonly held: ScannedFile[] = [];
  private json: JsonArrayWriter | null = null;
  private stylish: StylishWriter | null = null;
  private files = 0;
  private diagnostics = 0;

  constructor(
    private readonly format: Format,
    private readonly sink: Sink,
    private readonly opts: ReportOptions,
  ) {
    if (format === 'json') {
      sink.write('{\n  "version": 1,\n  "files": ');
      this.json = new JsonArrayWriter(sink, 1);
    }
    if (format === 'stylish') this.stylish = new StylishWriter({ locale: opts.locale, color: opts.color, width: opts.width }, sink);
  }

  /** Whether files are written as they come (not SARIF or HTML, written at the end). */
  get streams(): boolean {
    return this.json !== null || this.stylish !== null || this.format === 'text' || this.format === 'github';
  }

  /** One file, as it will be shown (suppressions and --quiet applied). */
  file(f: ScannedFile): void {
    this.files++;
    this.diagnostics += f.diagnostics.length;
    switch (this.format) {
      case 'json':
        this.json!.push(fileRecord(f));
        break;
      case 'stylish':
        this.stylish!.file(this.stylishFile(f));
        break;
      case 'text':
        this.sink.write(this.textOf(f));
        break;
      case 'github':
        this.sink.write(githubText(f));
        break;
      default:
        this.held.push(f);
    }
  }

  private stylishFile(f: ScannedFile): StylishFile {
    const v = this.opts.visible;
    return { display: v(f.display), excerpts: !f.docx, diagnostics: f.diagnostics.map((d) => ({ ...d, message: v(shownMessage(f, d)) })) };
  }

  private textOf(f: ScannedFile): string {
    const v = this.opts.visible;
    return f.diagnostics.map((d) => `${v(f.display)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${v(shownMessage(f, d))}\n`).join('');
  }

  /**
   * A file's part of a streamed report as text, for the cache to keep (`--cache`): a re-run of
   * the unchanged file writes it with writeRendered. Null for SARIF and HTML, written at the end.
   */
  rendered(f: ScannedFile): string | null {
    switch (this.format) {
      case 'json':
        return this.json!.render(fileRecord(f));
      case 'stylish':
        return this.stylish!.render(this.stylishFile(f));
      case 'text':
        return this.textOf(f);
      case 'github':
        return githubText(f);
      default:
        return null;
    }
  }

  /** A file's part that rendered gave, with the number of its findings (for the summary). */
  writeRendered(text: string | Uint8Array, diagnostics: number): void {
    this.files++;
    this.diagnostics += diagnostics;
    if (this.format === 'json') this.json!.pushRendered(text);
    else if (this.format === 'stylish') this.stylish!.block(text);
    else this.sink.write(text);
  }

  end(e: ReportEnd): void {
    const { sink } = this;
    switch (this.format) {
      case 'json':
        this.json!.end();
        sink.write(',\n  "summary": ');
        writeJsonAt({ files: this.files, diagnostics: this.diagnostics }, sink, 1);
        sink.write('\n}\n');
        break;
      case 'sarif':
        writeJson(toSarif(this.held, { root: process.cwd(), version: this.opts.version, skipped: e.skipped, failures: e.failures }), sink);
        sink.write('\n');
        break;
      case 'html':
        sink.write(renderReport({ root: this.opts.root, generatedAt: new Date(), files: reportFiles(this.held, (f) => pathToFileURL(path.resolve(f.path)).toString()), skipped: e.skipped, locale: this.opts.locale }));
        break;
    }
  }
}

/** One file of the JSON report (shape fixed at version 1). */
export function fileRecord(f: ScannedFile): FileRecord {
  return {
    path: f.display,
    kind: f.kind,
    scope: f.scope,
    official: f.official,
    counts: { body: f.counts.body, attachments: f.counts.attachments },
    diagnostics: f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: shownMessage(f, d), range: d.range, ...(d.fixes && !f.docx ? { fixes: d.fixes } : {}) })),
    ...(f.failures.length ? { failures: f.failures } : {}),
  };
}

function githubText(f: ScannedFile): string {
  const lines = githubAnnotations([f]);
  return lines.length ? lines.join('\n') + '\n' : '';
}

