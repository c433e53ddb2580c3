// Messages between a scan and its worker threads (pool.ts, worker.ts): plain data only, as
// structured clone carries it. A configuration crosses once per worker as its layers.

import type { Effective } from '../core/config/effective';
import type { DocSummary, PlanSummary } from '../core/research/index';
import type { FirstPass } from './fileCheck';
import type { ScanInput, ScannedFile } from './records';

export type ToWorker =
  | { t: 'config'; id: number; layers: Effective['layers'] }
  /** The first pass on a file whose bytes the scan read (null: a .docx, read by the worker). */
  | { t: 'first'; job: number; input: ScanInput; config: number; bytes: Uint8Array | null; docs: boolean; id: string; summaryOnly: boolean }
  /** Every file's summary, in the scan's order, before the second passes. */
  | { t: 'index'; plans: PlanSummary[]; docs: DocSummary[] }
  /** The second pass; text null: the worker kept it from the first pass, or reads the file again. */
  | { t: 'second'; job: number; file: ScannedFile | Uint8Array; config: number; text: string | null; self: string };

export type FromWorker =
  /** Records come packed (records.ts packFile), their bytes transferred. */
  | { t: 'first'; job: number; out: FirstPass }
  | { t: 'second'; job: number; file: Uint8Array }
  | { t: 'failed'; job: number; error: string };
