// A rewrite touches only the characters that differ between the old and the new text, so that an
// edit inside a hard-wrapped date or title never joins the lines around it.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import { rewrite } from '../../../server/src/core/semantics/rewrite';
import type { Paragraph } from '../../../server/src/core/text/paragraph';

/** Offsets in para.text as they are (the real span maps them to the source). */
const plain = (_p: Paragraph, i: number, j: number) => ({ start: i, end: j });

function para(text: string): Paragraph {
  return buildModel(text).paragraphs[0]!;
}

/** The edit turning text[start..end) into next, as [start, end, newText]. */
function edit(text: string, start: number, end: number, next: string): [number, number, string] {
  const e = rewrite(para(text), start, end, next, plain);
  return [e.start, e.end, e.newText];
}

describe('semantics/rewrite', () => {
  it('7月8日 -> 7月10日 replaces only the 8 with 10', () => {
    // 请0 于1 7(2) 月3 8(4) 日5 前6: the date is [2, 6); 8 is [4, 5).
    assert.deepEqual(edit('请于7月8日前报送。', 2, 6, '7月10日'), [4, 5, '10']);
  });

  it('主要负责同志 -> 分管负责同志 replaces only 主要', () => {
    // 由0 主1 要2 负3 责4 同5 志6
    assert.deepEqual(edit('由主要负责同志参加。', 1, 7, '分管负责同志'), [1, 3, '分管']);
  });

  it('a change at the very start or the very end keeps the rest', () => {
    assert.deepEqual(edit('于7月8日前报送。', 1, 5, '8月8日'), [1, 2, '8']);
    assert.deepEqual(edit('于7月8日前报送。', 1, 5, '7月8号'), [4, 5, '号']);
  });

  it('the shared head and tail never overlap: 7月1日 -> 7月11日 inserts one 1 before 日', () => {
    // Old 7月1日 [1, 5); the head 7月1 is shared (3), so the tail may take only the 日.
    assert.deepEqual(edit('于7月1日报送。', 1, 5, '7月11日'), [4, 4, '1']);
    // And the other way round: 7月11日 -> 7月1日 deletes one 1.
    assert.deepEqual(edit('于7月11日报送。', 1, 6, '7月1日'), [4, 5, '']);
  });

  it('a text with nothing in common is replaced whole', () => {
    assert.deepEqual(edit('由主要负责同志参加。', 1, 3, '分管'), [1, 3, '分管']);
  });

  it('an unchanged text gives an empty edit at its end', () => {
    assert.deepEqual(edit('由主要负责同志参加。', 1, 3, '主要'), [3, 3, '']);
  });

  it('hands the span function the paragraph and the narrowed offsets, and keeps what it returns', () => {
    const p = para('请于7月8日前报送。');
    const seen: Array<[Paragraph, number, number]> = [];
    const e = rewrite(p, 2, 6, '7月10日', (q, i, j) => {
      seen.push([q, i, j]);
      return { start: 100 + i, end: 100 + j };
    });
    assert.deepEqual(seen, [[p, 4, 5]]);
    assert.deepEqual(e, { start: 104, end: 105, newText: '10' });
  });

  it('compares the text as written, not its folded key', () => {
    // Full-width ７ folds to 7 in the key, but the written ７ differs from the 7 of the new text.
    assert.deepEqual(edit('于７月８日报送。', 1, 5, '7月10日'), [1, 4, '7月10']);
  });
});
