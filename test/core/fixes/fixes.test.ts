// Combining and applying fixes (server/src/core/fixes.ts): the first alternative of each finding,
// in order, skipping a fix that would touch an edit already taken; then one pass to apply them.
// Offsets below are into the ten-character text "0123456789".

import * as assert from 'node:assert/strict';
import { applyEdits, collectFixEdits } from '../../../server/src/core/fixes';
import type { Finding, Fix, TextEdit } from '../../../server/src/core/types';

const TEXT = '0123456789';

function edit(start: number, end: number, newText: string): TextEdit {
  return { start, end, newText };
}

function fix(...edits: TextEdit[]): Fix {
  return { title: { zh: '修复', en: 'Fix' }, edits };
}

function finding(rule: string, ...fixes: Fix[]): Finding {
  return { rule, severity: 'warning', start: 0, end: 1, message: { zh: '问题', en: 'Problem' }, fixes, clause: '§1' };
}

/** The edits collected from findings that each offer one fix of the given edits. */
function collect(...fixes: TextEdit[][]): TextEdit[] {
  return collectFixEdits(fixes.map((edits, i) => finding(`r${i}`, fix(...edits))));
}

describe('collectFixEdits', () => {
  it('takes the first alternative of a finding, never the others', () => {
    const f = finding('r', fix(edit(1, 2, 'A')), fix(edit(5, 6, 'B')));
    assert.deepEqual(collectFixEdits([f]), [edit(1, 2, 'A')]);
  });

  it('ignores findings without a fix and fixes without edits', () => {
    assert.deepEqual(collectFixEdits([finding('a'), finding('b', fix()), finding('c', fix(edit(3, 4, 'x')))]), [edit(3, 4, 'x')]);
  });

  it('skips a fix that overlaps an edit already taken, keeps the first one', () => {
    assert.deepEqual(collect([edit(2, 5, 'x')], [edit(4, 6, 'y')]), [edit(2, 5, 'x')]);
    assert.deepEqual(collect([edit(4, 6, 'y')], [edit(2, 5, 'x')]), [edit(4, 6, 'y')]);
    assert.deepEqual(collect([edit(2, 5, 'x')], [edit(2, 5, 'z')]), [edit(2, 5, 'x')], 'the same range twice');
  });

  it('takes edits that only touch at their ends', () => {
    assert.deepEqual(collect([edit(2, 4, 'b')], [edit(0, 2, 'a')], [edit(4, 6, 'c')]), [edit(0, 2, 'a'), edit(2, 4, 'b'), edit(4, 6, 'c')]);
  });

  it('allows one insertion at a point: the second at the same point is skipped', () => {
    assert.deepEqual(collect([edit(3, 3, 'x')], [edit(3, 3, 'y')]), [edit(3, 3, 'x')]);
    assert.deepEqual(collect([edit(3, 3, 'x')], [edit(4, 4, 'y')]), [edit(3, 3, 'x'), edit(4, 4, 'y')]);
  });

  it('an insertion at either end of a replacement fits; one strictly inside it does not', () => {
    assert.deepEqual(collect([edit(2, 5, 'r')], [edit(2, 2, 'i')], [edit(5, 5, 'j')]), [edit(2, 2, 'i'), edit(2, 5, 'r'), edit(5, 5, 'j')]);
    assert.deepEqual(collect([edit(2, 5, 'r')], [edit(3, 3, 'i')]), [edit(2, 5, 'r')]);
    assert.deepEqual(collect([edit(3, 3, 'i')], [edit(2, 5, 'r')]), [edit(3, 3, 'i')], 'a replacement around an insertion taken first');
  });

  it('a replacement spanning several taken edits is skipped, wherever they lie in the list', () => {
    const small = Array.from({ length: 10 }, (_, k) => [edit(k * 10, k * 10 + 1, String(k))]);
    const taken = collect(...small);
    assert.equal(taken.length, 10);
    // Covers the edits at 40 and 50 (neither is a neighbour of its start in the sorted list).
    assert.equal(collectFixEdits([...taken.map((e) => finding('s', fix(e))), finding('w', fix(edit(35, 55, 'w')))]).length, 10);
    // Ends just inside the edit at 60.
    assert.equal(collectFixEdits([...taken.map((e) => finding('s', fix(e))), finding('w', fix(edit(58, 61, 'w')))]).length, 10);
    // Starts just inside the edit at 30.
    assert.equal(collectFixEdits([...taken.map((e) => finding('s', fix(e))), finding('w', fix(edit(30, 33, 'w')))]).length, 10);
    // Between two taken edits: fits.
    const more = collectFixEdits([...taken.map((e) => finding('s', fix(e))), finding('w', fix(edit(55, 58, 'w')))]);
    assert.deepEqual(more.map((e) => e.start), [0, 10, 20, 30, 40, 50, 55, 60, 70, 80, 90]);
  });

  it('a replacement after an insertion at its start: the next edit is looked at too', () => {
    // The replacement [3,4) is taken first, then the insertion at 3, which sorts before it.
    const taken = collect([edit(3, 4, 'r')], [edit(3, 3, 'i')]);
    assert.deepEqual(taken, [edit(3, 3, 'i'), edit(3, 4, 'r')]);
    const all = collect([edit(3, 4, 'r')], [edit(3, 3, 'i')], [edit(3, 6, 'w')]);
    assert.deepEqual(all, taken, '[3,6) overlaps [3,4), the second edit at its start');
  });

  it('a fix whose own edits overlap each other is skipped whole and blocks nothing', () => {
    assert.deepEqual(collect([edit(1, 4, 'a'), edit(3, 6, 'b')], [edit(3, 4, 'c')]), [edit(3, 4, 'c')]);
    // Written out of order: the overlapping two are not next to each other until sorted.
    assert.deepEqual(collect([edit(1, 4, 'a'), edit(6, 7, 'b'), edit(3, 5, 'c')]), []);
    assert.deepEqual(collect([edit(6, 7, 'b'), edit(3, 5, 'c'), edit(1, 4, 'a')]), []);
    assert.deepEqual(collect([edit(5, 5, 'a'), edit(5, 5, 'b')]), [], 'two insertions at one point in one fix');
  });

  it('takes every edit of a fix whose edits are apart, in text order', () => {
    assert.deepEqual(collect([edit(7, 8, 'b'), edit(1, 2, 'a')]), [edit(1, 2, 'a'), edit(7, 8, 'b')]);
  });

  it('a fix with one edit in conflict is skipped whole', () => {
    assert.deepEqual(collect([edit(4, 5, 'x')], [edit(0, 1, 'a'), edit(4, 6, 'b')]), [edit(4, 5, 'x')]);
  });

  it('the filter leaves findings out', () => {
    const fs = [finding('keep', fix(edit(0, 1, 'a'))), finding('drop', fix(edit(2, 3, 'b'))), finding('keep', fix(edit(4, 5, 'c')))];
    assert.deepEqual(collectFixEdits(fs, (f) => f.rule === 'keep'), [edit(0, 1, 'a'), edit(4, 5, 'c')]);
    // A finding left out does not block another over the same text.
    const both = [finding('drop', fix(edit(2, 3, 'b'))), finding('keep', fix(edit(2, 3, 'c')))];
    assert.deepEqual(collectFixEdits(both, (f) => f.rule === 'keep'), [edit(2, 3, 'c')]);
  });

  it('returns the taken edits sorted by start, whatever the order of the findings', () => {
    assert.deepEqual(collect([edit(8, 9, 'c')], [edit(0, 1, 'a')], [edit(4, 5, 'b')]).map((e) => e.start), [0, 4, 8]);
  });
});

describe('applyEdits', () => {
  it('applies edits in text order, whatever their order in the list', () => {
    assert.equal(applyEdits(TEXT, [edit(8, 10, 'X'), edit(0, 1, 'A'), edit(4, 6, '')]), 'A12367X');
  });

  it('no edits: the text as it is', () => {
    assert.equal(applyEdits(TEXT, []), TEXT);
  });

  it('an insertion and a replacement at one offset: the insertion goes first', () => {
    assert.equal(applyEdits(TEXT, [edit(2, 4, 'R'), edit(2, 2, 'I')]), '01IR456789');
    assert.equal(applyEdits(TEXT, [edit(2, 2, 'I'), edit(2, 4, 'R')]), '01IR456789');
  });

  it('insertions at the start and the end of the text', () => {
    assert.equal(applyEdits(TEXT, [edit(10, 10, '>'), edit(0, 0, '<')]), '<0123456789>');
  });

  it('replacements longer and shorter than what they replace', () => {
    assert.equal(applyEdits('全角,标点;', [edit(2, 3, '，'), edit(5, 6, '；')]), '全角，标点；');
    assert.equal(applyEdits('济政发（2024）5号', [edit(3, 4, '〔'), edit(8, 9, '〕')]), '济政发〔2024〕5号');
    assert.equal(applyEdits(TEXT, [edit(1, 9, '-')]), '0-9');
  });

  it('agrees with collectFixEdits: the collected edits apply as one pass', () => {
    const edits = collect([edit(1, 2, 'a')], [edit(1, 3, 'x')], [edit(5, 5, '+')], [edit(7, 9, '')]);
    assert.equal(applyEdits(TEXT, edits), '0a234+569');
  });
});
