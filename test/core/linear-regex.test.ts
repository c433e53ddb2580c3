// The core promises linear time in the text: no regular expression in it repeats a group that
// itself holds an unbounded repetition ((a+)+, (?:x*y)* …), the shape that backtracks
// exponentially. This test reads every regex literal in server/src/core and checks its shape.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '..', '..', 'server', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals in a TypeScript source: /…/flags after ( , = : [ ! & | ? { } ; return or line start. */
function regexLiterals(src: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[(,=:[!&|?{};]|return)\s*\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuy]*/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) out.push(m[1]!);
  return out;
}

/** Whether a pattern repeats (unboundedly) a group that holds an unbounded repetition. */
function hasNestedQuantifier(pattern: string): boolean {
  const stack: boolean[] = [false]; // per open group: does it hold an unbounded quantifier?
  let i = 0;
  const unboundedAt = (k: number): number => {
    // Returns the length of an unbounded quantifier at k (+, *, {n,}), or 0.
    const c = pattern[k];
    if (c === '+' || c === '*') return 1;
    if (c === '{') {
      const m = /^\{\d+,\}/.exec(pattern.slice(k));
      if (m) return m[0].length;
    }
    return 0;
  };
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      i++;
      continue;
    }
    if (c === ')') {
      const inner = stack.pop() ?? false;
      i++;
      const q = unboundedAt(i);
      if (q && inner) return true;
      if (inner || q) stack[stack.length - 1] = true;
      continue;
    }
    if (unboundedAt(i)) stack[stack.length - 1] = true;
    i++;
  }
  return false;
}

describe('core regular expressions are linear', () => {
  it('the checker recognises the dangerous shapes', () => {
    assert.equal(hasNestedQuantifier('(a+)+$'), true);
    assert.equal(hasNestedQuantifier('(?:x*y)*'), true);
    assert.equal(hasNestedQuantifier('(?:[，,]\\s*\\d+)+'), true);
    assert.equal(hasNestedQuantifier('(?:ab){1,3}c+'), false);
    assert.equal(hasNestedQuantifier('[(+)]+'), false);
    assert.equal(hasNestedQuantifier('\\(a+\\)+'), false);
  });

  it('no regex literal in server/src/core repeats a group holding an unbounded repetition', () => {
    const bad: string[] = [];
    let count = 0;
    for (const f of files(CORE)) {
      for (const r of regexLiterals(readFileSync(f, 'utf8'))) {
        count++;
        if (hasNestedQuantifier(r)) bad.push(`${path.relative(CORE, f)}: /${r}/`);
      }
    }
    assert.ok(count > 50, `found only ${count} regex literals: the scanner is broken`);
    assert.deepEqual(bad, []);
  });
});
