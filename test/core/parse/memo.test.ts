// The memo of paragraph work kept between analyses (parse/memo.ts): a text's value is computed
// once, two generations bound what is kept, and each kind of work has a slot of its own.

import * as assert from 'node:assert/strict';
import { perText, TextMemo } from '../../../server/src/core/parse/memo';

describe('parse/memo: work kept by text', () => {
  it('computes a text once and gives the same value back', () => {
    const memo = new TextMemo<{ n: number }>(4);
    let calls = 0;
    const compute = (t: string) => ({ n: (calls++, t.length) });
    const first = memo.get('一二三', compute);
    // An equal text built anew (another model's paragraph) finds the kept value.
    const again = memo.get(['一', '二', '三'].join(''), compute);
    assert.equal(again, first);
    assert.deepEqual(first, { n: 3 });
    assert.equal(calls, 1);
  });

  it('keeps two generations: a text unused for two of them is computed again', () => {
    const memo = new TextMemo<string>(2);
    let calls = 0;
    const compute = (t: string) => (calls++, t.toUpperCase());
    memo.get('a', compute);
    memo.get('b', compute); // the young generation is full: it becomes the old one
    assert.equal(memo.size, 2);
    memo.get('c', compute);
    memo.get('d', compute); // full again: a and b are dropped
    assert.equal(calls, 4);
    assert.equal(memo.get('c', compute), 'C');
    assert.equal(calls, 4, 'c was in the old generation');
    memo.get('a', compute);
    assert.equal(calls, 5, 'a was dropped and is computed again');
  });

  it('a text found in the old generation moves back to the young one', () => {
    const memo = new TextMemo<string>(2);
    let calls = 0;
    const compute = (t: string) => (calls++, t);
    memo.get('a', compute);
    memo.get('b', compute); // [a b] old
    memo.get('a', compute); // back to young
    memo.get('c', compute); // young [a c] full: old [a c]; b dropped
    memo.get('a', compute);
    memo.get('b', compute);
    assert.equal(calls, 4, 'a stayed; b was computed again');
  });

  it('perText keeps each slot of a paragraph text apart and shares it between equal texts', () => {
    const dates = Symbol('dates');
    const times = Symbol('times');
    const text = `会议定于${Date.now()}日召开`; // a text no other test has kept
    let calls = 0;
    const p = { text };
    const q = { text: text.split('').join('') };
    const a = perText(p, dates, () => (calls++, ['d']));
    const b = perText(q, dates, () => (calls++, ['other']));
    const c = perText(q, times, () => (calls++, ['t']));
    assert.equal(b, a, 'an equal text shares the slot');
    assert.deepEqual(c, ['t'], 'another slot is computed apart');
    assert.equal(calls, 2);
    assert.deepEqual(perText({ text: `${text}。` }, dates, () => ['changed']), ['changed'], 'a changed text is computed again');
  });
});
