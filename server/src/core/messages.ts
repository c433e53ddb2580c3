// How user-facing sentences are built: both languages at once, counts with a thousands
// separator, the clause cited at the end. The bottom layer: the model, the rules and the
// adapters all use it, and it uses nothing.

import type { Msg } from './types';

/** 4713 -> "4,713" (as the messages and the status bar show counts). */
export function fmt(n: number): string {
  // Most counts are small whole numbers (3 天, 120 分钟): no grouping, no decimals to cut.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  // By hand: toLocaleString builds a formatter on every call, and rules print many counts.
  // Up to three decimals, as en-US has it: 12.1 -> "12.1", 0.1235 -> "0.124".
  const [whole, frac = ''] = Math.abs(n).toFixed(Number.isInteger(n) ? 0 : 3).split('.');
  let out = '';
  for (let i = 0; i < whole!.length; i++) {
    if (i > 0 && (whole!.length - i) % 3 === 0) out += ',';
    out += whole![i];
  }
  const decimals = frac.replace(/0+$/, '');
  return (n < 0 ? '-' : '') + out + (decimals ? `.${decimals}` : '');
}

/**
 * Appends the clause to both languages: "…（§2）" / "… (§2)". Joined rather than concatenated:
 * a join makes one flat string, where `+` and templates keep a tree of the pieces (32 bytes a
 * piece), which every finding of a long report would hold on to.
 */
export function withClause(m: Msg, clause: string): Msg {
  return { zh: [m.zh, '（', clause, '）'].join(''), en: [m.en, ' (', clause, ')'].join('') };
}

/** Appends a citation that reads differently in the two languages: "…（《若干规定》第2条）" / "… (National Provisions item 2)". */
export function withCite(m: Msg, cite: Msg): Msg {
  return { zh: [m.zh, '（', cite.zh, '）'].join(''), en: [m.en, ' (', cite.en, ')'].join('') };
}

export function msg(zh: string, en: string): Msg {
  return { zh, en };
}
