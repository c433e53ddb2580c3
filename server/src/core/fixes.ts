// Combining and applying fixes: the first fix of each finding, skipping any whose edits
// would overlap an edit already taken (apply again to reach a fixed point).

import type { Finding, TextEdit } from './types';

function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start; // two inserts at one point
  return a.start < b.end && b.start < a.end; // also true for an insert strictly inside the other edit
}

/** Index of the first taken edit whose start is >= pos (taken is sorted and non-overlapping). */
function lowerBound(taken: TextEdit[], pos: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Since taken edits never overlap, only three can conflict with e: the one before its start
 * (it may reach into e), the first at or after its start, and the next (when the first is an
 * insertion at e's start, which touches e without conflict). Any further one starts after those.
 */
function fits(taken: TextEdit[], e: TextEdit): boolean {
  const i = lowerBound(taken, e.start);
  for (let k = Math.max(0, i - 1); k < taken.length && k <= i + 1; k++) if (conflicts(e, taken[k]!)) return false;
  return true;
}

export function collectFixEdits(findings: readonly Finding[], filter?: (f: Finding) => boolean): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    if (filter && !filter(f)) continue;
    const fix = f.fixes[0];
    if (!fix || !fix.edits.every((e) => fits(taken, e))) continue;
    // A fix's own edits must not overlap each other either.
    const own = [...fix.edits].sort((a, b) => a.start - b.start);
    if (own.some((e, k) => k > 0 && conflicts(e, own[k - 1]!))) continue;
    for (const e of own) taken.splice(lowerBound(taken, e.start), 0, e);
  }
  return taken;
}

/** Applies non-overlapping edits (offsets into `text`) in one pass. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.newText);
    at = Math.max(at, e.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
