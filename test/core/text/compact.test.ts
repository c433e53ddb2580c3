// The model of a long text keeps compact arrays where a text of a million short lines would
// otherwise cost an object or an array per line: the line index is one typed array, the
// segments are columns, a paragraph whose text is a plain slice of the source keeps no offset
// map, and a paragraph's small fields share one integer. The offsets behind them are the same.

import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { Paragraph, type Role } from '../../../server/src/core/text/paragraph';
import { splitParagraphs } from '../../../server/src/core/text/paragraphs';
import { SegmentTable, segment } from '../../../server/src/core/text/segments';

function split(text: string) {
  return splitParagraphs(text, new LineIndex(text), { markdown: false });
}

describe('compact model: the line index', () => {
  it('keeps the line starts in an Int32Array of exactly one entry per line', () => {
    const li = new LineIndex('甲\r\n乙\n丙\r丁\n');
    assert.ok(li.starts instanceof Int32Array);
    assert.deepEqual(Array.from(li.starts), [0, 3, 5, 7, 9]);
    assert.equal(li.starts.length, li.lineCount);
  });

  it('counts a million short lines into 4 MB', () => {
    const li = new LineIndex('字\n'.repeat(1_000_000));
    assert.equal(li.lineCount, 1_000_001);
    assert.equal(li.starts.byteLength, 4 * 1_000_001);
    assert.equal(li.starts[999_999], 1_999_998);
    assert.equal(li.lineOf(1_999_999), 999_999);
  });
});

describe('compact model: paragraphs without an offset map', () => {
  it('keeps no map for a line taken as it is, and counts its offsets from its start', () => {
    const text = '标题\n\u3000\u3000请按时报送。\n';
    const p = split(text).paragraphs[1]!;
    assert.equal(p.text, '请按时报送。');
    assert.equal(p.mapped, false);
    assert.deepEqual([p.start, p.end, p.origStart(0), p.origEnd(2), p.origStart(6), p.origEnd(6)], [5, 11, 5, 7, 11, 11]);
  });

  it('drops the map of a cleaned paragraph whose text still maps 1:1 (a space kept between Latin words)', () => {
    const text = 'see the file README\n';
    const p = split(text).paragraphs[0]!;
    assert.equal(p.text, 'see the file README');
    assert.equal(p.mapped, false);
    assert.equal(p.origEnd(p.text.length), 19);
  });

  it('keeps a map where the text does not map 1:1, with the offsets of the source', () => {
    // 中 共 济 南: the spaces between Han characters are layout and go; &amp; is one character.
    const text = '中 共 济 南 A&amp;B\n';
    const p = split(text).paragraphs[0]!;
    assert.equal(p.text, '中共济南A&B');
    assert.equal(p.mapped, true);
    assert.deepEqual(
      Array.from(p.text, (_, i) => [p.origStart(i), p.origEnd(i + 1)]),
      [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [9, 14], [14, 15]],
    );
    assert.deepEqual([p.start, p.end], [0, 15]);
  });

  it('keeps a map given to the constructor only when it differs from a plain slice', () => {
    const plain = new Paragraph(0, 'abc', Int32Array.of(10, 11, 12), Int32Array.of(11, 12, 13), 10, 13, false, 0);
    assert.equal(plain.mapped, false);
    assert.deepEqual([plain.origStart(1), plain.origEnd(3), plain.end], [11, 13, 13]);
    const moved = new Paragraph(0, 'abc', Int32Array.of(10, 12, 13), Int32Array.of(11, 13, 14), 10, 14, false, 0);
    assert.equal(moved.mapped, true);
    assert.deepEqual([moved.origStart(1), moved.origEnd(2), moved.end], [12, 13, 14]);
  });
});

describe('compact model: the small fields of a paragraph', () => {
  it('reads back every role, level, mark length and indentation written into the one integer', () => {
    const roles: Role[] = ['issuerMark', 'docNumber', 'title', 'subtitle', 'recipients', 'body', 'attachmentNote', 'signature', 'date', 'note', 'attachmentHeader', 'attachment', 'copyTo', 'printedBy', 'keywords', 'other', 'chrome'];
    for (const indent of [false, true]) {
      const p = new Paragraph(3, '（十一）、标题', null, null, 0, 7, indent, 2);
      assert.deepEqual([p.role, p.level, p.markLength, p.indent], ['body', 0, 0, indent]);
      for (const [k, role] of roles.entries()) {
        p.role = role;
        p.level = (k % 4) + 1;
        p.markLength = k + 3;
        assert.deepEqual([p.role, p.level, p.markLength, p.indent], [role, (k % 4) + 1, k + 3, indent]);
      }
      p.level = 0;
      assert.deepEqual([p.role, p.level, p.markLength, p.indent, p.index, p.line], ['chrome', 0, roles.length + 2, indent, 3, 2]);
    }
  });
});

describe('compact model: segments in columns', () => {
  it('grows a table past its first size and gives back each row as it was pushed', () => {
    const t = new SegmentTable(1);
    for (let i = 0; i < 100; i++) t.push(i % 2 ? 'blank' : 'text', i, i + 1, i * 2, i % 3 === 0);
    assert.equal(t.length, 100);
    assert.deepEqual(t.at(99), { kind: 'blank', start: 99, end: 100, line: 198, indent: true });
    assert.deepEqual(t.at(4), { kind: 'text', start: 4, end: 5, line: 8, indent: false });
  });

  it('makes the same segments as objects for a text of every kind of line', () => {
    const text = '标题\n\n—1—\n| 甲 | 乙 |\n<!-- gongwen kind=document -->\n\u3000\u3000正文\u3000\u3000第二段';
    assert.deepEqual(
      segment(text, new LineIndex(text), { markdown: false }).map((s) => [s.kind, text.slice(s.start, s.end), s.line, s.indent]),
      [
        ['text', '标题', 0, false],
        ['blank', '', 1, false],
        ['pageMark', '—1—', 2, false],
        ['break', '', 3, false],
        ['text', '甲', 3, false],
        ['break', '', 3, false],
        ['text', '乙', 3, false],
        ['break', '', 3, false],
        ['comment', '<!-- gongwen kind=document -->', 4, false],
        ['text', '正文', 5, true],
        ['text', '第二段', 5, true],
      ],
    );
  });
});
