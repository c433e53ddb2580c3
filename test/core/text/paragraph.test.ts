// A paragraph's matching key and its map back to the source, read through paragraphs built by
// splitParagraphs (the only place paragraphs are made).

import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { splitParagraphs } from '../../../server/src/core/text/paragraphs';

function paragraphs(text: string) {
  return splitParagraphs(text, new LineIndex(text), { markdown: false }).paragraphs;
}

describe('Paragraph.key', () => {
  it('folds full-width ASCII and traditional characters, index for index', () => {
    const p = paragraphs('　　２０２４年國務院辦公廳：ＧＤＰ（一）')[0]!;
    assert.equal(p.text, '２０２４年國務院辦公廳：ＧＤＰ（一）');
    assert.equal(p.key, '2024年国务院办公厅:GDP(一)');
    assert.equal(p.key.length, p.text.length);
  });
  it('is the text itself when there is nothing to fold', () => {
    const p = paragraphs('各区县人民政府')[0]!;
    assert.equal(p.key, '各区县人民政府');
  });
  it('gives the same key when read twice', () => {
    const p = paragraphs('簽訂責任狀')[0]!;
    assert.equal(p.key, '签订责任状');
    assert.equal(p.key, '签订责任状');
  });
  it('folds a cleaned paragraph: the key follows the cleaned text', () => {
    const p = paragraphs('關 於 &ldquo;減負&rdquo;')[0]!;
    assert.equal(p.text, '關於“減負”');
    assert.equal(p.key, '关于“减负”');
  });
});

describe('Paragraph offsets', () => {
  it('maps a paragraph that needs no cleaning one to one from its start', () => {
    // 甲 0, LF 1, 乙丙丁 2–5.
    const p = paragraphs('甲\n乙丙丁')[1]!;
    assert.deepEqual([p.start, p.end], [2, 5]);
    assert.deepEqual([0, 1, 2, 3].map((i) => p.origStart(i)), [2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3].map((i) => p.origEnd(i)), [2, 3, 4, 5]);
    assert.equal(p.origStart(9), 5, 'past the end: the end');
    assert.equal(p.origEnd(-1), 2, 'before the start: the start');
  });
  it('maps a cleaned paragraph through its map', () => {
    // 甲 0, spaces 1–2, 乙 3, LF 4, then 'a b' 5–7
    const [p, q] = paragraphs('甲  乙\na b');
    assert.equal(p!.text, '甲乙');
    assert.deepEqual([p!.start, p!.end, p!.origStart(1), p!.origEnd(1), p!.origEnd(2), p!.origStart(2)], [0, 4, 3, 1, 4, 4]);
    assert.equal(p!.origEnd(0), 0);
    assert.equal(p!.origEnd(-3), 0);
    assert.equal(p!.origEnd(7), 4, 'past the end: the end');
    assert.equal(p!.origStart(7), 4, 'past the end: the end');
    assert.equal(q!.text, 'a b');
    assert.deepEqual([q!.origStart(1), q!.origEnd(2), q!.origStart(3), q!.origEnd(3)], [6, 7, 8, 8]);
  });
});
