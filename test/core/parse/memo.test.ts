// The memo of paragraph work kept between analyses (parse/memo.ts): a text's value is computed
// once, two generations bound what is kept, and each kind of work has a slot of its own.

import * as assert from 'node:assert/strict';
import { keyMatches, memoSlot, once, ownCopy, perText, Sightings, slotOf, testSlot, TextMemo, workFor } from '../../../server/src/core/parse/memo';

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
    const dates = memoSlot('dates');
    const times = memoSlot('times');
    const text = `会议定于${Date.now()}日召开`; // a text no other test has kept
    workFor(text); // seen once: kept from now on
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

  it('a subject (a pattern) has one slot for good, and another subject another', () => {
    const re = /会议/g;
    const slot = slotOf(re);
    assert.equal(slotOf(re), slot);
    assert.notEqual(slotOf(/会议/g), slot, 'an equal pattern that is another object');
    assert.notEqual(memoSlot('x'), memoSlot('x'), 'each memoSlot is new');
  });

  it('keeps a text’s work from its second sighting on: a text read once (a scan’s) is not kept', () => {
    const slot = memoSlot('once');
    const text = `请于${Date.now()}日前报送材料`;
    let calls = 0;
    const count = () => (calls++, 1);
    perText({ text }, slot, count);
    perText({ text }, slot, count);
    perText({ text }, slot, count);
    assert.equal(calls, 2, 'computed at the first sighting and at the second, which keeps it');
    const first = workFor(`${text}。`);
    assert.notEqual(workFor(`${text}。`), first, 'the first sighting’s work is not the one kept');
    assert.equal(workFor(`${text}。`), workFor(`${text}。`));
  });

  it('notes sightings by hash in two generations', () => {
    const seen = new Sightings(2);
    assert.deepEqual(['a', 'b', 'a'].map((t) => seen.again(t)), [false, false, true]);
    seen.again('c');
    seen.again('d'); // [a b] dropped
    assert.deepEqual(['c', 'a'].map((t) => seen.again(t)), [true, false]);
  });

  it('a paragraph that holds its text’s work reads it without a lookup, and equal texts share one', () => {
    const slot = memoSlot('length');
    const text = `请于${Date.now()}日前报送`;
    workFor(text);
    const work = workFor(text);
    assert.equal(workFor(text.split('').join('')), work);
    let calls = 0;
    const p = { text: 'another text altogether', work };
    assert.equal(perText(p, slot, () => (calls++, text.length)), text.length, 'the work given is the one used');
    assert.equal(perText({ text }, slot, () => (calls++, -1)), text.length);
    assert.equal(calls, 1);
  });

  it('keeps a text cut from a document as a copy of its own, equal to it', () => {
    const doc = `标题\n请于3月5日前报送${Date.now()}。\n`;
    const line = doc.slice(3, doc.length - 1);
    assert.equal(ownCopy(line), line);
    assert.equal(ownCopy(''), '');
    const memo = new TextMemo<{ kept: string }>(4);
    assert.equal(memo.get(line, (kept) => ({ kept })).kept, line);
    assert.equal(workFor(line).text, line);
  });

  it('keyMatches keeps whether a pattern matches a text, apart from other work with the pattern', () => {
    const re = /否决/g;
    const slot = testSlot(re);
    assert.equal(testSlot(re), slot);
    assert.notEqual(slot, slotOf(re));
    const text = `实行一票否决${Date.now()}`;
    assert.equal(keyMatches({ text, key: text }, re), true);
    re.lastIndex = 5; // a global pattern's state does not matter
    assert.equal(keyMatches({ text: `${text}。`, key: `${text}。` }, re), true);
    assert.equal(keyMatches({ text: '不予否定', key: '不予否定' }, re), false);
  });

  it('once: an analysis of a scan neither finds nor keeps texts in the memo, but equal short texts share one work', () => {
    const long = '关于开展一次只在本测试中出现的专项检查工作的通知（一次性）';
    const short = '只此一行';
    // Outside once(), a text seen twice is kept from then on.
    workFor(long);
    const kept = workFor(long);
    assert.equal(workFor(long), kept);
    once(() => {
      // Inside: the kept work is not looked up, and a long text gets a work of its own each time.
      const a = workFor(long);
      assert.notEqual(a, kept);
      assert.notEqual(workFor(long), a);
      // Short texts (a million one-字 lines) share one work within the analysis.
      assert.equal(workFor(short), workFor(short));
      // A nested analysis shares nothing with the outer one.
      const outer = workFor(short);
      once(() => assert.notEqual(workFor(short), outer));
      assert.equal(workFor(short), outer);
    });
    // Nothing was noted inside: a short text seen only inside once() is not kept after it.
    assert.notEqual(workFor(short), workFor(short));
  });
});
