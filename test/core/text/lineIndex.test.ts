// Offsets and (line, character) positions as LSP counts them: UTF-16 units, and \r\n, \n and
// \r each one line break. Expected values are counted by hand on the strings; the last block
// checks the same positions against vscode-languageserver-textdocument, the editor's own count.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

describe('LineIndex: line starts', () => {
  const rows: Array<[string, number[], string]> = [
    ['', [0], 'an empty text has one empty line'],
    ['abc', [0], 'no line break'],
    ['a\nb', [0, 2], 'LF'],
    ['a\r\nb', [0, 3], 'CRLF is one break'],
    ['a\rb', [0, 2], 'a lone CR is a break'],
    ['a\n', [0, 2], 'a final LF opens an empty last line'],
    ['a\r', [0, 2], 'a final CR opens an empty last line'],
    ['a\r\n', [0, 3], 'a final CRLF opens an empty last line'],
    ['\n\n', [0, 1, 2], 'two empty lines and the empty last one'],
    ['\r\r\n', [0, 1, 3], 'CR then CRLF: two breaks'],
    ['a\n\rb', [0, 2, 3], 'LF then CR: two breaks, not one'],
    ['甲\r\n乙\n丙\r丁', [0, 3, 5, 7], 'mixed breaks'],
  ];
  for (const [text, starts, why] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(starts)} (${why})`, () => {
      const li = new LineIndex(text);
      assert.deepEqual(Array.from(li.starts), starts);
      assert.equal(li.lineCount, starts.length);
    });
  }
});

describe('LineIndex: lineOf', () => {
  // Lines start at 0, 3, 6, 9, 12, 15 (five "ab\n" and a last "ab").
  let li: LineIndex;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    li = new LineIndex('ab\nab\nab\nab\nab\nab');
  });
  const rows: Array<[number, number]> = [
    [0, 0], [1, 0], [2, 0], [3, 1], [5, 1], [6, 2], [8, 2], [9, 3], [11, 3], [12, 4], [14, 4], [15, 5], [16, 5], [17, 5],
  ];
  for (const [offset, line] of rows) it(`offset ${offset} is on line ${line}`, () => assert.equal(li.lineOf(offset), line));
  it('an offset past the end is on the last line', () => assert.equal(li.lineOf(100), 5));
  it('a negative offset is on the first line', () => assert.equal(li.lineOf(-1), 0));
  it('finds every line of a longer text at its start and its last character', () => {
    const text = Array.from({ length: 13 }, (_, i) => 'x'.repeat(i + 1)).join('\n');
    const lines = new LineIndex(text);
    let start = 0;
    for (let n = 0; n < 13; n++) {
      assert.equal(lines.lineOf(start), n, `start of line ${n}`);
      assert.equal(lines.lineOf(start + n), n, `last character of line ${n}`);
      start += n + 2;
    }
  });
});

describe('LineIndex: positionAt', () => {
  let li: LineIndex;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    li = new LineIndex('甲乙\r\n丙\n\n𠮷丁');
  });
  // starts: 0, 4, 6, 7; 𠮷 is two units, 丁 at 9; length 10.
  const rows: Array<[number, number, number, string]> = [
    [0, 0, 0, 'start of text'],
    [1, 0, 1, 'second character'],
    [2, 0, 2, 'the CR of CRLF is at the end of line 0'],
    [3, 0, 2, 'between CR and LF is still the end of line 0, before the break'],
    [4, 1, 0, 'start of line 1'],
    [5, 1, 1, 'the LF ending line 1'],
    [6, 2, 0, 'the empty line'],
    [7, 3, 0, '𠮷'],
    [9, 3, 2, '丁, after the two units of 𠮷'],
    [10, 3, 3, 'end of text'],
    [11, 3, 3, 'past the end: clamped to the end'],
    [-5, 0, 0, 'negative: clamped to the start'],
  ];
  for (const [offset, line, character, why] of rows) {
    it(`${offset} → ${line}:${character} (${why})`, () => assert.deepEqual(li.positionAt(offset), { line, character }));
  }
});

describe('LineIndex: offsetAt', () => {
  let li: LineIndex;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    li = new LineIndex('甲乙\r\n丙\n\n𠮷丁');
  });
  const rows: Array<[number, number, number, string]> = [
    [0, 0, 0, 'start'],
    [0, 2, 2, 'end of line 0, before CRLF'],
    [0, 3, 2, 'a character past the line end stops before the CR'],
    [0, 99, 2, 'far past the line end stops before the CR'],
    [1, 0, 4, 'start of line 1'],
    [1, 1, 5, 'end of line 1, before LF'],
    [1, 2, 5, 'past the end of line 1 stops before its LF'],
    [2, 0, 6, 'the empty line'],
    [2, 5, 6, 'past the end of the empty line'],
    [3, 2, 9, 'after 𠮷'],
    [3, 3, 10, 'end of text'],
    [3, 9, 10, 'past the end of the last line'],
    [1, -3, 4, 'a negative character is the line start'],
    [4, 0, 10, 'a line past the last is the end of text'],
    [-1, 3, 0, 'a negative line is the start of text'],
  ];
  for (const [line, character, offset, why] of rows) {
    it(`${line}:${character} → ${offset} (${why})`, () => assert.equal(li.offsetAt({ line, character }), offset));
  }
});

describe('LineIndex: lineEnd and lineText', () => {
  const rows: Array<[string, string[], number[], string]> = [
    ['ab\r\ncd\ref\ngh', ['ab', 'cd', 'ef', 'gh'], [2, 6, 9, 12], 'each kind of break is left out'],
    ['a\n', ['a', ''], [1, 2], 'the empty last line after LF ends at the text end'],
    ['a\r', ['a', ''], [1, 2], 'the empty last line after CR ends at the text end'],
    ['a\r\n', ['a', ''], [1, 3], 'the empty last line after CRLF ends at the text end'],
    ['\r\r', ['', '', ''], [0, 1, 2], 'empty lines between CRs'],
    ['\n\n', ['', '', ''], [0, 1, 2], 'empty lines between LFs'],
    ['x\r\n\r\ny', ['x', '', 'y'], [1, 3, 6], 'an empty line between CRLFs'],
    ['', [''], [0], 'the empty text'],
  ];
  for (const [text, lines, ends, why] of rows) {
    it(`${JSON.stringify(text)} (${why})`, () => {
      const li = new LineIndex(text);
      assert.deepEqual(
        Array.from(li.starts, (_, n) => li.lineText(n)),
        lines,
      );
      assert.deepEqual(
        Array.from(li.starts, (_, n) => li.lineEnd(n)),
        ends,
      );
    });
  }
});

describe('LineIndex agrees with vscode-languageserver-textdocument', () => {
  const texts = ['甲乙\r\n丙\n\n𠮷丁', 'a\rb\r\n\rc\n', '\r\n\r\n', '第一行\n第二行\r第三行\r\n'];
  for (const text of texts) {
    it(JSON.stringify(text), () => {
      const li = new LineIndex(text);
      const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
      assert.equal(li.lineCount, doc.lineCount);
      for (let o = 0; o <= text.length; o++) {
        assert.deepEqual(li.positionAt(o), doc.positionAt(o), `positionAt(${o})`);
      }
      for (let line = 0; line < li.lineCount; line++) {
        for (let character = 0; character <= 4; character++) {
          assert.equal(li.offsetAt({ line, character }), doc.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
        }
      }
    });
  }
});
