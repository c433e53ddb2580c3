// A small line diff for failure messages: expected vs actual text, with line numbers,
// control characters made visible and very long lines cut around the first difference.

import { splitLines } from './template';

function visible(s: string): string {
  return s.replace(/\r/g, '␍').replace(/\t/g, '⇥').replace(/\uFEFF/g, '⟨BOM⟩').replace(/\u3000/g, '□');
}

/** Cuts a long line to a window around column `at`. */
function clip(s: string, at: number, width = 60): string {
  const chars = Array.from(s);
  if (chars.length <= width * 2) return s;
  const from = Math.max(0, at - width);
  const to = Math.min(chars.length, at + width);
  return (from > 0 ? '…' : '') + chars.slice(from, to).join('') + (to < chars.length ? '…' : '');
}

function firstDiff(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * Line diff (longest common subsequence; fixtures are small) rendered as
 * "  12   same", "- 13   expected only", "+ 13   actual only", with 2 lines of context.
 */
export function lineDiff(expected: string, actual: string): string {
  const a = splitLines(expected).map((l) => l.body + (l.eol === '\r\n' ? '\r' : ''));
  const b = splitLines(actual).map((l) => l.body + (l.eol === '\r\n' ? '\r' : ''));
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return `(texts too large to diff: ${n} and ${m} lines)`;
  const L: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  type Op = { t: ' ' | '-' | '+'; s: string; ln: number; other?: string };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ t: ' ', s: a[i]!, ln: i + 1 });
      i++;
      j++;
    } else if (j < m && (i >= n || L[i]![j + 1]! >= L[i + 1]![j]!)) {
      ops.push({ t: '+', s: b[j]!, ln: j + 1, other: a[i] });
      j++;
    } else {
      ops.push({ t: '-', s: a[i]!, ln: i + 1, other: b[j] });
      i++;
    }
  }
  const keep = new Array<boolean>(ops.length).fill(false);
  ops.forEach((o, k) => {
    if (o.t === ' ') return;
    for (let d = -2; d <= 2; d++) if (ops[k + d]) keep[k + d] = true;
  });
  const out: string[] = ['  (- expected, + actual; □ = U+3000, ␍ = CR)'];
  let skipped = false;
  ops.forEach((o, k) => {
    if (!keep[k]) {
      skipped = true;
      return;
    }
    if (skipped) out.push('  …');
    skipped = false;
    const at = o.other !== undefined ? firstDiff(o.s, o.other) : 0;
    out.push(`${o.t} ${String(o.ln).padStart(4)}  ${visible(clip(o.s, at))}`);
  });
  return out.join('\n');
}
