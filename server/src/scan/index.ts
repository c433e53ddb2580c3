// The index of a scan's files, built the same way in the main thread and in every worker: plans
// and documents in the scan's order, so that findings that name other files come out the same
// whatever the number of workers.

import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
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

/** The key of an index: a hash of every summary in it, in order (a second pass is valid only against the same). */
export function hashIndex(plans: readonly unknown[], docs: readonly unknown[]): string {
  return createHash('sha1').update(serialize([plans, docs])).digest('base64');
}
