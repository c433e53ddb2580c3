// The index of a scan's files, built the same way in the main thread and in every worker: plans
// and documents in the scan's order, so that findings that name other files come out the same
// whatever the number of workers.

import { crypto } from '../io/lazyNode';
import { PlanIndex, type DocSummary, type PlanSummary } from '../core/research/index';

export function buildIndex(plans: readonly PlanSummary[], docs: readonly DocSummary[]): PlanIndex {
  const index = new PlanIndex();
  // Copies: dropping clause hashes below must not touch the summaries the cache keeps.
  for (const d of docs) index.upsertDoc({ ...d });
  for (const p of plans) index.upsert(p);
  // Only upper documents are compared clause by clause: the others' hashes can go.
  index.dropUncitedClauses();
  return index;
}

/**
 * The key of an index: a hash of every summary in it, in order (a second pass is valid only against
 * the same). Written as JSON, not by V8's serializer, which writes one value differently by how it
 * is held (a number as an integer or a double, a string in one byte a character or two): a summary
 * read back from the cache would hash apart from the same summary made afresh.
 */
export function hashIndex(plans: readonly unknown[], docs: readonly unknown[]): string {
  return crypto().createHash('sha1').update(JSON.stringify([plans, docs], canonical)).digest('base64');
}

/** What JSON would lose or spell by index: maps, sets and typed arrays as arrays of their contents. */
function canonical(_key: string, v: unknown): unknown {
  if (v instanceof Map) return { map: [...v] };
  if (v instanceof Set) return { set: [...v] };
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  return v;
}
