// One file of a scan, wherever it runs (the main thread or a worker of the pool): read and decode
// it, run every rule but those that need the workspace (first pass), and keep what other files
// are compared with (a plan's route, a document's titles and meetings); later, once every file is
// summarised, run the workspace rules on it (second pass).

import { checkText } from '../core/check';
import { once } from '../core/parse/memo';
import type { Effective } from '../core/config/effective';
import { errorText } from '../core/errors';
import { localize } from '../core/locale';
import { comparesWithWorkspace, summarize, summarizeDoc, type DocSummary, type PlanIndex, type PlanSummary } from '../core/research/index';
import type { RuleFailure } from '../core/analyze';
import type { DocModel } from '../core/model/types';
import type { Tree } from '../core/tree/types';
import type { Msg, Severity } from '../core/types';
import { isDocx, readDocx } from '../io/docx';
import { decode, readBytesSync, tooLarge, type Stamp } from '../io/textFile';
import { record, unpackFile, withCross, type CrossResult, type ScanInput, type ScannedFile, type Skipped, type RecordRef } from './records';

/**
 * What the first pass leaves of a file: its record, its summaries and whether a second pass is due;
 * or why it was skipped; or, for a file another shard checks, its summaries only.
 */
export type FirstPass = { skipped: Skipped } | Checked | Summarised;

/** A file outside the run's shard: only what the other files are compared with. */
export interface Summarised {
  summarised: true;
  plan: PlanSummary | null;
  doc: DocSummary | null;
}

export interface Checked {
  /** The record, or its bytes (records.ts packFile) while it crosses threads, waits or is cached. */
  file: RecordRef;
  plan: PlanSummary | null;
  doc: DocSummary | null;
  /** The workspace rules have something to compare it with: a second pass is due. */
  second: boolean;
}

/** A file's stamp as taken before its bytes were read, and when (cache.ts trusts it only some time after). */
export interface Seen {
  stamp: Stamp | null;
  at: number;
}

/** A store of first passes by file content and configuration (cache.ts). */
export interface FirstPassCache {
  /** The first pass of a file whose stamp says it is unchanged, without reading it. */
  unchanged(input: ScanInput, stamp: Stamp, eff: Effective, docs: boolean): Checked | undefined;
  get(input: ScanInput, bytes: Uint8Array, seen: Seen, eff: Effective, docs: boolean): Checked | undefined;
  set(input: ScanInput, bytes: Uint8Array, seen: Seen, eff: Effective, docs: boolean, checked: Checked): void;
  /** A second pass's record, kept for a file as it is now and for an index of the same summaries (hashIndex). */
  second(input: ScanInput, index: string): RecordRef | undefined;
  setSecond(input: ScanInput, index: string, file: Uint8Array): void;
  /** The report's part of a file as it is now, shown with `key` after the second pass of `index`. */
  view(input: ScanInput, key: string, index: string): View | undefined;
  setView(input: ScanInput, view: View): void;
}

/** A file's part of a streamed report (check.ts), kept with its record, and what a run counts of it. */
export interface View {
  /** The format and options it was written with. */
  key: string;
  /** The index its second pass compared with (hashIndex); empty when none was due. */
  index: string;
  /** As kept: UTF-8 bytes, written out as they are. */
  text: string | Uint8Array;
  diagnostics: number;
  severities: Record<Severity, number>;
  failures: RuleFailure[];
}

/** A file's text: bytes already read (a text file), or read here (a .docx, through its document part). */
export type Read = { ok: true; text: string } | { ok: false; reason: Msg; tooLarge?: boolean };

export async function textOf(input: ScanInput, bytes: Uint8Array | null, eff: Effective): Promise<Read> {
  if (isDocx(input.path)) return readDocx(input.path, eff.maxFileSize);
  return bytes ? decode(bytes) : { ok: false, reason: { zh: '无法读取', en: 'cannot read' } };
}

/** A file's text read again (for a second pass whose text was not kept); null when it no longer reads. */
export async function readTextAgain(input: ScanInput, eff: Effective): Promise<string | null> {
  const bytes = readBytesSync(input.path, eff.maxFileSize);
  const read = await textOf(input, bytes.ok ? bytes.bytes : null, eff);
  return read.ok ? read.text : null;
}

/** A text's model and tree from its first pass, which its second pass can start from instead of reading the text again. */
export interface Analysed {
  model: DocModel;
  tree: Tree;
}

/**
 * Every rule but the workspace ones, on a decoded text. `docs`: some file's configuration compares
 * documents. With `keep`, a file whose second pass is due hands it its model and tree.
 */
export function firstPass(input: ScanInput, read: Read, eff: Effective, docs: boolean, id: string, keep?: (a: Analysed) => void): FirstPass {
  return once(() => firstPassOnce(input, read, eff, docs, id, keep));
}

function firstPassOnce(input: ScanInput, read: Read, eff: Effective, docs: boolean, id: string, keep: ((a: Analysed) => void) | undefined): FirstPass {
  const locale = eff.config.locale;
  if (!read.ok) return { skipped: { path: input.display, reason: localize(locale, read.reason), tooLarge: read.tooLarge ?? false } };
  const text = read.text; // without a BOM: the readers strip it
  if (text.length > eff.maxFileSize) return { skipped: { path: input.display, reason: localize(locale, tooLarge(text.length, eff.maxFileSize)), tooLarge: true } };
  const docx = isDocx(input.path);
  try {
    const result = checkText(text, input.rel, eff, { markdown: docx ? false : undefined, deferWorkspace: true });
    const file = record(input.path, input.display, input.rel, docx, result, result.findings, eff);
    const doc = docs ? summarizeDoc(id, result.model, result.tree, result.kind, eff.config.names) : null;
    const plan = result.kind === 'research' && result.plan ? summarize(id, result.model, result.plan, result.model.lines) : null;
    const second = plan !== null || (doc !== null && comparesWithWorkspace(doc));
    if (second && keep) keep({ model: result.model, tree: result.tree });
    return { file, plan, doc, second };
  } catch (e) {
    // Never let one file end the run: it is named with the reason, the others are checked.
    return { skipped: { path: input.display, reason: localize(locale, analysisFailed(e)), tooLarge: false } };
  }
}

/** A file another shard checks: read (no rule runs) for what the workspace rules compare with. Unreadable: nothing. */
export function summaryPass(read: Read, input: ScanInput, eff: Effective, docs: boolean, id: string): Summarised {
  return once(() => summaryPassOnce(read, input, eff, docs, id));
}

function summaryPassOnce(read: Read, input: ScanInput, eff: Effective, docs: boolean, id: string): Summarised {
  if (!read.ok || read.text.length > eff.maxFileSize) return { summarised: true, plan: null, doc: null };
  try {
    const result = checkText(read.text, input.rel, eff, { markdown: isDocx(input.path) ? false : undefined, only: [] });
    const doc = docs ? summarizeDoc(id, result.model, result.tree, result.kind, eff.config.names) : null;
    const plan = result.kind === 'research' && result.plan ? summarize(id, result.model, result.plan, result.model.lines) : null;
    return { summarised: true, plan, doc };
  } catch {
    return { summarised: true, plan: null, doc: null };
  }
}

/** The workspace rules on a file of the first pass, against every file's summary; their findings join its record. */
export function secondPass(packed: RecordRef, text: string, eff: Effective, workspace: { index: PlanIndex; self: string }, analysed?: Analysed | null): ScannedFile {
  const first = unpackFile(packed);
  return withCross(first, once(() => crossCheckText(text, first, eff, workspace, analysed ?? null)));
}

/**
 * The workspace rules on a text read again (or on its first pass's model and tree): only those
 * rules run; should the pass itself throw, a failure in their name.
 */
function crossCheckText(text: string, first: ScannedFile, eff: Effective, workspace: { index: PlanIndex; self: string }, analysed: Analysed | null): CrossResult {
  try {
    return checkText(text, first.rel, eff, { markdown: first.docx ? false : undefined, workspace, workspaceOnly: true, model: analysed?.model, tree: analysed?.tree });
  } catch (e) {
    return { findings: [], failures: [{ rule: first.kind === 'research' ? 'research (workspace)' : 'documents (workspace)', error: errorText(e) }], model: null };
  }
}

function analysisFailed(e: unknown): Msg {
  return { zh: `分析出错：${errorText(e)}`, en: `analysis failed: ${errorText(e)}` };
}
