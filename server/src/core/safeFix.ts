// Safe fixes applied to a text: what `gongwen check --fix` writes to files and what the editor's
// Format Document and "fix all safe problems" apply. Only fixes marked safe (Fix.safe: the form of
// the text changes, never what it says), in a few rounds (first alternative of each finding, no
// two overlapping); the rest are left for a drafter to confirm.

import { checkText } from './check';
import type { Effective } from './config/effective';
import { applyEdits, collectFixEdits } from './fixes';
import type { Finding } from './types';

/** Rule groups for --fix-type: the part of a rule id before its first dot (custom: team rules). */
export const FIX_GROUPS = ['format', 'doc', 'meeting', 'research', 'custom'] as const;
export type FixGroup = (typeof FIX_GROUPS)[number];

/** Rounds of fixing at most: a fix may uncover another (a date fixed, then its punctuation). */
const MAX_ROUNDS = 4;

export function groupOf(rule: string): string {
  const dot = rule.indexOf('.');
  return dot < 0 ? rule : rule.slice(0, dot);
}

function inGroups(rule: string, groups: readonly FixGroup[] | null): boolean {
  return groups === null || (groups as readonly string[]).includes(groupOf(rule));
}

/** A finding whose fix (its first) a drafter must confirm: never applied by --fix. */
function needsConfirmation(f: Finding, groups: readonly FixGroup[] | null): boolean {
  return f.fixes.length > 0 && f.fixes[0]!.safe !== true && inGroups(f.rule, groups);
}

export interface TextFix {
  /** The text with every safe fix applied. */
  text: string;
  /** Fixes applied, by rule. */
  applied: Map<string, number>;
  /** Findings with fixes that need confirmation, in the original text and in the fixed one. */
  manualBefore: Finding[];
  manualAfter: Finding[];
}

/**
 * The text with its safe fixes applied, in rounds until none is left (at most MAX_ROUNDS), keeping
 * the text's line endings and final newline. Pure: no file is read or written. `gongwen check --fix`
 * writes it to files; the editor's formatter and its fix-all command apply it as one edit.
 */
export function fixText(text: string, rel: string, eff: Effective, groups: readonly FixGroup[] | null, markdown?: boolean, official?: boolean): TextFix {
  const run = (t: string): Finding[] => checkText(t, rel, eff, { markdown, official, deferWorkspace: true }).findings;
  let cur = text;
  let findings = run(cur);
  const manualBefore = findings.filter((f) => needsConfirmation(f, groups));
  const applied = new Map<string, number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const taken: Finding[] = [];
    const edits = collectFixEdits(findings, (f) => {
      const ok = f.fixes[0]?.safe === true && inGroups(f.rule, groups);
      if (ok) taken.push(f);
      return ok;
    });
    if (!edits.length) break;
    const next = keepShape(text, applyEdits(cur, edits));
    if (next === cur) break;
    // collectFixEdits skips a fix that overlaps one taken before: count those whose edits went in.
    const inEdits = new Set(edits);
    for (const f of taken) if (f.fixes[0]!.edits.every((e) => inEdits.has(e))) applied.set(f.rule, (applied.get(f.rule) ?? 0) + 1);
    cur = next;
    findings = run(cur);
  }
  return { text: cur, applied, manualBefore, manualAfter: findings.filter((f) => needsConfirmation(f, groups)) };
}

/** The fixed text with the original's line endings (all CRLF stays all CRLF) and final newline. */
export function keepShape(original: string, fixed: string): string {
  let out = fixed;
  const lf = (original.match(/\n/g) ?? []).length;
  const crlf = (original.match(/\r\n/g) ?? []).length;
  if (crlf > 0 && crlf === lf) out = out.replace(/\r?\n/g, '\r\n');
  const eol = crlf > 0 && crlf === lf ? '\r\n' : '\n';
  const hadFinal = /\n$/.test(original);
  const hasFinal = /\n$/.test(out);
  if (hadFinal && !hasFinal && out.length) out += eol;
  else if (!hadFinal && hasFinal) out = out.replace(/\r?\n$/, '');
  return out;
}
