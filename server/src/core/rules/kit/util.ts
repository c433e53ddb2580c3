// Small helpers shared by rules: number formatting and message building.

import type { Msg } from '../../types';

/** 4713 -> "4,713" (as the messages and the status bar show counts). */
export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** Appends the clause to both languages: "…（§2）" / "… (§2)". */
export function withClause(m: Msg, clause: string): Msg {
  return { zh: `${m.zh}（${clause}）`, en: `${m.en} (${clause})` };
}

export function msg(zh: string, en: string): Msg {
  return { zh, en };
}
