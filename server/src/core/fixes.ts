// Combining and applying fixes: the first fix of each finding, skipping any whose edits
// would overlap an edit already taken (apply again to reach a fixed point).

import type { Finding, TextEdit } from './types';

export function collectFixEdits(findings: readonly Finding[], filter?: (f: Finding) => boolean): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    if (filter && !filter(f)) continue;
    const fix = f.fixes[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start; // two inserts at one point
  return a.start < b.end && b.start < a.end; // also true for an insert strictly inside the other edit
}

/** Applies non-overlapping edits (offsets into `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
