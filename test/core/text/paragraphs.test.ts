// Segments into paragraphs: when a text counts as hard-wrapped at a fixed width, which lines
// are joined, what blank lines, page marks, comments and tables do, and how each paragraph's
// cleaned text maps back to the source. Widths are in display columns (a Han character is 2),
// so a line of n Han characters is 2n wide; the thresholds are those the doc comments of
// paragraphs.ts state (full lines within a tenth of the width, 30 columns for a short line,
// a 4-column first-line indent, blank lines as layout when they follow nearly every line).

import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { splitParagraphs } from '../../../server/src/core/text/paragraphs';

/** Running text without punctuation, item marks or 第: any slice is a mid-sentence line. */
const POOL =
  '为进一步规范全市农贸市场管理提升市场环境卫生水平保障群众饮食安全经研究决定在全市开展农贸市场环境整治行动' +
  '各区县要指定专人负责明确分工逐个市场建立问题清单并限期整改到位整治期间每周向市市场监管局报送工作进展情况';

/** n Han characters of running text, starting at a place picked by k (2n columns wide). */
function h(n: number, k = 0): string {
  let s = '';
  for (let i = 0; i < n; i++) s += POOL[(k * 11 + i) % POOL.length]!;
  return s;
}

function split(text: string, markdown = false) {
  return splitParagraphs(text, new LineIndex(text), { markdown });
}

function texts(text: string, markdown = false): string[] {
  return split(text, markdown).paragraphs.map((p) => p.text);
}

const IND = '\u3000\u3000';

describe('splitParagraphs: text that is not wrapped', () => {
  it('makes each line a paragraph, with its index, line, offsets and indentation', () => {
    const text = '关于做好防汛工作的通知\n各区县：\n\u3000\u3000请按时报送。';
    const r = split(text);
    assert.equal(r.wrapped, false);
    assert.deepEqual(
      r.paragraphs.map((p) => [p.index, p.text, p.line, p.start, p.end, p.indent, p.role, p.level, p.section]),
      [
        [0, '关于做好防汛工作的通知', 0, 0, 11, false, 'body', 0, 0],
        [1, '各区县：', 1, 12, 16, false, 'body', 0, 0],
        [2, '请按时报送。', 2, 19, 25, true, 'body', 0, 0],
      ],
    );
  });
  it('does not join short lines that do not end a sentence', () => {
    assert.deepEqual(texts('一、工作要求\n各区县要指定专人负责\n明确分工'), ['一、工作要求', '各区县要指定专人负责', '明确分工']);
  });
  it('leaves out blank lines and page marks', () => {
    assert.deepEqual(texts('甲乙\n\n—1—\n\n丙丁'), ['甲乙', '丙丁']);
  });
  it('gives nothing for an empty text', () => {
    const r = split('');
    assert.deepEqual([r.paragraphs.length, r.comments.length, r.wrapped], [0, 0, false]);
  });
});

describe('splitParagraphs: a hard-wrapped text', () => {
  // 28 characters a line (56 columns), 26 on a paragraph's first line after its lost indent
  // (52 columns): eight lines cut mid-sentence, four full and four first lines. The tests
  // change the first paragraph; the other three keep the text wrapped at 56.
  const P1 = [IND + h(26, 0), h(28, 1), h(28, 2), h(10, 3) + '。'];
  const P2 = [IND + h(26, 4), h(28, 5), h(5, 6) + '。'];
  const P3 = [IND + h(26, 7), h(3, 8) + '。'];
  const P4 = [IND + h(26, 9), h(28, 10), h(4, 11) + '。'];
  const REST = [...P2, ...P3, ...P4];
  const LINES = [...P1, ...REST];
  const joined = (p: string[]): string => p.map((l) => l.replace(IND, '')).join('');
  const REST_JOINED = [joined(P2), joined(P3), joined(P4)];

  it('joins the lines of each paragraph (six cut lines: the width is the common one)', () => {
    const r = split(LINES.join('\n'));
    assert.equal(r.wrapped, true);
    assert.deepEqual(
      r.paragraphs.map((p) => p.text),
      [joined(P1), ...REST_JOINED],
    );
  });
  it('gives a joined paragraph its first line, its indentation and its index', () => {
    const r = split(LINES.join('\n'));
    assert.deepEqual(
      r.paragraphs.map((p) => [p.index, p.line, p.indent]),
      [
        [0, 0, true],
        [1, 4, true],
        [2, 7, true],
        [3, 9, true],
      ],
    );
  });
  it('maps every character of a joined paragraph back to its line', () => {
    const text = LINES.join('\n');
    const p = split(text).paragraphs[0]!;
    const line2 = text.indexOf(P1[1]!);
    const line3 = text.indexOf(P1[2]!);
    assert.equal(p.start, 2, 'after the indent');
    assert.equal(p.end, text.indexOf('。') + 1);
    assert.equal(p.origStart(0), 2);
    assert.equal(p.origStart(25), 27, 'last character of the first line');
    assert.equal(p.origStart(26), line2, 'first character of the second line');
    assert.equal(p.origEnd(26), 28, 'the range ending after the first line ends before its line break');
    assert.equal(p.origEnd(27), line2 + 1);
    assert.equal(p.origStart(54), line3);
    assert.equal(p.origStart(p.text.length), p.end, 'past the last character: the end');
    assert.equal(p.origEnd(p.text.length), p.end);
    assert.equal(p.origEnd(0), p.start, 'an empty range at the start');
    assert.equal(text.slice(p.origStart(30), p.origEnd(31)), p.text.slice(30, 31));
  });
  it('joins the same way with a blank line after every line', () => {
    assert.deepEqual(texts(LINES.join('\n\n')), [joined(P1), ...REST_JOINED]);
  });
  it('joins across a page mark, with or without blank lines around it', () => {
    const withMark = [...P1.slice(0, 2), '- 2 -', ...P1.slice(2), ...REST];
    assert.deepEqual(texts(withMark.join('\n')), [joined(P1), ...REST_JOINED]);
    assert.deepEqual(texts(withMark.join('\n\n')), [joined(P1), ...REST_JOINED]);
  });
  it('splits at two blank lines in a text with a blank line after every line', () => {
    const text = [...P1.slice(0, 2)].join('\n\n') + '\n\n\n' + [...P1.slice(2), ...REST].join('\n\n');
    assert.deepEqual(texts(text), [joined(P1.slice(0, 2)), joined(P1.slice(2)), ...REST_JOINED]);
  });
  it('splits at a blank line when blank lines are rare', () => {
    const text = [...P1.slice(0, 2)].join('\n') + '\n\n' + [...P1.slice(2), ...REST].join('\n');
    assert.deepEqual(texts(text), [joined(P1.slice(0, 2)), joined(P1.slice(2)), ...REST_JOINED]);
  });
  it('splits at a comment line and reports the comment', () => {
    const text = [...P1.slice(0, 2), '<!--  gongwen-disable-next-line  -->', ...P1.slice(2), ...REST].join('\n');
    const r = split(text);
    assert.deepEqual(
      r.paragraphs.map((p) => p.text),
      [joined(P1.slice(0, 2)), joined(P1.slice(2)), ...REST_JOINED],
    );
    const at = text.indexOf('<!--');
    assert.deepEqual(r.comments, [{ line: 2, start: at, end: at + 36, body: 'gongwen-disable-next-line' }]);
  });
  it('splits at a table row, whose cells are paragraphs of their own', () => {
    const text = [...P1.slice(0, 2), '| 责任单位 | 完成时限 |', ...P1.slice(2), ...REST].join('\n');
    assert.deepEqual(texts(text), [joined(P1.slice(0, 2)), '责任单位', '完成时限', joined(P1.slice(2)), ...REST_JOINED]);
  });
  it('splits at fenced code in Markdown', () => {
    const text = [...P1.slice(0, 2), '```', '代码', '```', ...P1.slice(2), ...REST].join('\n');
    assert.deepEqual(texts(text, true), [joined(P1.slice(0, 2)), joined(P1.slice(2)), ...REST_JOINED]);
  });
  it('does not join a line that ends a sentence, though it is full', () => {
    const p1 = [IND + h(26, 0), h(27, 1) + '。', h(28, 2), h(10, 3) + '。'];
    const r = split([...p1, ...REST].join('\n'));
    assert.equal(r.wrapped, true);
    assert.deepEqual(
      r.paragraphs.map((p) => p.text),
      [joined(p1.slice(0, 2)), joined(p1.slice(2)), ...REST_JOINED],
    );
  });
  it('does not join a line that opens a block with a label', () => {
    const p1 = [IND + h(26, 0), h(28, 1), '责任单位：' + h(23, 2), h(10, 3) + '。'];
    assert.deepEqual(texts([...p1, ...REST].join('\n')), [joined(p1.slice(0, 2)), joined(p1.slice(2)), ...REST_JOINED]);
  });
  it('joins a line that starts with a bare label and a colon at its end', () => {
    // "人民团体：" alone ends a wrapped 主送 list: no text after the colon, no block.
    const p1 = [IND + h(26, 0), h(28, 1), '人民团体：', h(10, 3) + '。'];
    assert.deepEqual(texts([...p1, ...REST].join('\n'))[0], joined(p1.slice(0, 3)));
  });
  it('does not join after a short line', () => {
    // 一、整治范围 is 12 columns: a heading, not a line cut by the wrap.
    const p1 = [IND + h(26, 0), h(28, 1), '一、整治范围', h(28, 2), h(10, 3) + '。'];
    assert.deepEqual(texts([...p1, ...REST].join('\n')), [joined(p1.slice(0, 3)), joined(p1.slice(3)), ...REST_JOINED]);
  });
  it('lets a first line be four columns short of a full one, but not a later line', () => {
    // Width 56, tolerance 6: a later line must be 50 wide, a first line 46. 24 characters are 48.
    const p1 = [h(24, 0), h(24, 1), h(28, 2), h(10, 3) + '。'];
    const r = split([...p1, ...REST].join('\n'));
    assert.equal(r.wrapped, true);
    assert.deepEqual(
      r.paragraphs.map((p) => p.text),
      [joined(p1.slice(0, 2)), joined(p1.slice(2)), ...REST_JOINED],
    );
  });
  it('lets a later line be a tenth narrower than the width', () => {
    // 25 characters are 50 columns: 56 less its tolerance of 6.
    const p1 = [IND + h(26, 0), h(25, 1), h(28, 2), h(10, 3) + '。'];
    assert.deepEqual(texts([...p1, ...REST].join('\n'))[0], joined(p1));
  });
  it('does not join an indented line to the one before', () => {
    const p1 = [IND + h(26, 0), h(28, 1), IND + h(26, 2), h(10, 3) + '。'];
    assert.deepEqual(texts([...p1, ...REST].join('\n')), [joined(p1.slice(0, 2)), joined(p1.slice(2)), ...REST_JOINED]);
  });
});

describe('splitParagraphs: joining Latin letters and digits', () => {
  const tail = [IND + h(26, 4), h(28, 5), h(5, 6) + '。', IND + h(26, 7), h(3, 8) + '。'];
  it('puts a space between two non-CJK characters at a join, mapped to no source character', () => {
    // 24 characters and "COVID-" are 54 columns: a full line.
    const lines = [IND + h(26, 0), h(24, 1) + 'COVID-', '19' + h(26, 2), h(10, 3) + '。', ...tail];
    const text = lines.join('\n');
    const p = split(text).paragraphs[0]!;
    const i = p.text.indexOf('COVID- 19');
    assert.ok(i > 0, p.text);
    const at19 = text.indexOf('19');
    assert.equal(p.origStart(i + 6), at19, 'the space starts where the next line starts');
    assert.equal(p.origEnd(i + 7), at19, 'and ends there: it covers nothing');
  });
  it('keeps a number cut by the wrap two numbers: 20 / 24 is "20 24"', () => {
    const lines = [IND + h(26, 0), h(27, 1) + '20', '24' + h(26, 2), h(10, 3) + '。', ...tail];
    assert.ok(texts(lines.join('\n'))[0]!.includes(h(27, 1) + '20 24' + h(26, 2)));
  });
  it('joins Han and digits without a space', () => {
    const lines = [IND + h(26, 0), h(28, 1), '2024' + h(25, 2), h(10, 3) + '。', ...tail];
    assert.ok(texts(lines.join('\n'))[0]!.includes(h(28, 1) + '2024' + h(25, 2)));
  });
  it('joins a letter and Han without a space', () => {
    const lines = [IND + h(26, 0), h(26, 1) + 'GDP', h(28, 2), h(10, 3) + '。', ...tail];
    assert.ok(texts(lines.join('\n'))[0]!.includes('GDP' + h(28, 2)));
  });
});

describe('splitParagraphs: cleaning a paragraph', () => {
  const rows: Array<[string, string, string]> = [
    ['中 共 济 南 市 委', '中共济南市委', 'spaces between Han characters are layout'],
    ['2020 年 11 月', '2020年11月', 'spaces between digits and Han are layout'],
    ['GB/T  9704', 'GB/T 9704', 'a run of spaces between Latin text is one space'],
    ['GB/T\u3000 9704', 'GB/T 9704', 'any white space between Latin text is one space'],
    ['见 “通知” 。', '见“通知”。', 'spaces next to CJK punctuation are layout'],
    ['&ldquo;减负&rdquo;', '“减负”', 'named entities'],
    ['&#8220;减负&#8221;', '“减负”', 'decimal entities'],
    ['&#x201C;减负&#X201d;', '“减负”', 'hexadecimal entities, either case'],
    ['A&amp;B', 'A&B', '&amp;'],
    ['1&lt;2&gt;0', '1<2>0', '&lt; and &gt;'],
    ['&#x1F600;', '😀', 'an astral character from an entity'],
    ['&#1114111;', '\u{10FFFF}', 'the last code point'],
    ['&#55295;&#57344;', '\uD7FF\uE000', 'the code points either side of the surrogates'],
    ['&#0;', '&#0;', 'code point 0 is not decoded'],
    ['&#55296;', '&#55296;', 'a surrogate U+D800 is not decoded'],
    ['&#xDFFF;', '&#xDFFF;', 'a surrogate U+DFFF is not decoded'],
    ['&#1114112;', '&#1114112;', 'past U+10FFFF is not decoded'],
    ['&foo;', '&foo;', 'an unknown name is left'],
    ['&a;', '&a;', 'a one-letter name is not an entity'],
    ['&ldquo减负', '&ldquo减负', 'no semicolon: not an entity'],
    ['&#12345678;', '&#12345678;', 'more than 7 digits: not an entity'],
    ['A&B', 'A&B', 'a bare ampersand'],
    ['**文件精简**和会议', '**文件精简**和会议', 'bold markers are text outside Markdown'],
  ];
  for (const [src, out, why] of rows) {
    it(`${JSON.stringify(src)} → ${JSON.stringify(out)} (${why})`, () => assert.deepEqual(texts(src), [out]));
  }
  const md: Array<[string, string, string]> = [
    ['**文件精简**和__会议__压缩', '文件精简和会议压缩', '** and __ are Markdown bold'],
    ['*斜体*和_斜体_', '*斜体*和_斜体_', 'single markers are kept'],
    ['***强调', '*强调', 'a pair is taken, the third marker stays'],
    ['*_混合', '*_混合', 'two different markers are not a pair'],
    ['甲__乙', '甲乙', 'bold markers alone make the paragraph need cleaning'],
    ['** 甲', '甲', 'a space left at the start by a removed marker goes'],
    ['** ab', 'ab', 'before Latin text too'],
  ];
  for (const [src, out, why] of md) {
    it(`Markdown ${JSON.stringify(src)} → ${JSON.stringify(out)} (${why})`, () => assert.deepEqual(texts(src, true), [out]));
  }
  it('maps a cleaned character to the source characters it came from', () => {
    // '中' 0, ' ' 1, '共' 2, then 'A' 4, '&amp;' 5–10, 'B' 10
    const p = split('中 共 A&amp;B').paragraphs[0]!;
    assert.equal(p.text, '中共A&B');
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((i) => [p.origStart(i), p.origEnd(i + 1)]),
      [
        [0, 1],
        [2, 3],
        [4, 5],
        [5, 10],
        [10, 11],
      ],
    );
  });
  it('maps a kept space to the whole run of spaces', () => {
    const p = split('GB/T   9704').paragraphs[0]!;
    assert.deepEqual([p.origStart(4), p.origEnd(5), p.origStart(5)], [4, 7, 7]);
  });
  it('maps both halves of an astral character from an entity to the entity', () => {
    const p = split('甲&#x1F600;').paragraphs[0]!;
    assert.deepEqual([p.origStart(1), p.origEnd(2), p.origStart(2), p.origEnd(3)], [1, 10, 1, 10]);
  });
  it('leaves out a paragraph that cleaning empties, numbering the rest without a gap', () => {
    const r = split('甲\n\n****\n\n乙', true);
    assert.deepEqual(
      r.paragraphs.map((p) => [p.index, p.text]),
      [
        [0, '甲'],
        [1, '乙'],
      ],
    );
  });
  it('keeps the offsets of a paragraph that needs no cleaning', () => {
    const p = split('甲\n\u3000\u3000乙丙丁').paragraphs[1]!;
    assert.deepEqual([p.start, p.end, p.origStart(1), p.origEnd(2), p.origStart(3), p.origEnd(3)], [4, 7, 5, 6, 7, 7]);
  });
});

describe('splitParagraphs: comments', () => {
  it('reports each one-line comment with its line, offsets and trimmed body', () => {
    const text = '<!-- gongwen kind=agenda -->\n正文\n  <!--gongwen-disable-->';
    assert.deepEqual(split(text).comments, [
      { line: 0, start: 0, end: 28, body: 'gongwen kind=agenda' },
      { line: 2, start: 34, end: 56, body: 'gongwen-disable' },
    ]);
  });
  it('does not report a comment over several lines', () => {
    assert.deepEqual(split('<!-- a\nb -->\n正文').comments, []);
  });
});

/** n lines of 28 characters (56 columns) cut mid-sentence and a short last one, blank lines after those listed. */
function block(n: number, blankAfter: number[], double: number[] = []): string {
  const lines = Array.from({ length: n }, (_, i) => (i < n - 1 ? h(28, i) : h(10, i) + '。'));
  let out = '';
  lines.forEach((l, i) => {
    out += l;
    if (i < n - 1) out += double.includes(i) ? '\n\n\n' : blankAfter.includes(i) ? '\n\n' : '\n';
  });
  return out;
}

describe('splitParagraphs: blank lines as layout or as paragraph breaks', () => {
  it('four lines with a blank after each: layout, the lines are joined', () => {
    assert.equal(texts(block(4, [0, 1, 2])).length, 1);
  });
  it('three lines with a blank after each: too few to tell, the blanks break', () => {
    const text = [h(28, 0), h(28, 1), h(27, 2) + '。'].join('\n\n');
    const r = split(text);
    assert.equal(r.wrapped, true);
    assert.equal(r.paragraphs.length, 3);
  });
  it('six lines, blanks after four of the five gaps (0.8): layout', () => {
    assert.equal(texts(block(6, [0, 1, 2, 3])).length, 1);
  });
  it('six lines, blanks after three of the five gaps (0.6): breaks', () => {
    assert.equal(texts(block(6, [0, 1, 2])).length, 4);
  });
  it('eight lines, blanks after five of the seven gaps (over 0.6): layout', () => {
    assert.equal(texts(block(8, [0, 1, 2, 3, 4])).length, 1);
  });
  it('eight lines, blanks after four of the seven gaps (under 0.6): breaks', () => {
    assert.equal(texts(block(8, [0, 1, 2, 3])).length, 5);
  });
  it('eleven lines, blanks after six of the ten gaps (0.6): layout', () => {
    assert.equal(texts(block(11, [0, 1, 2, 3, 4, 5])).length, 1);
  });
  it('a double blank line is no single gap: six lines, three single gaps and a double (0.6), breaks', () => {
    assert.equal(texts(block(6, [0, 1, 2], [3])).length, 5);
  });
  it('a double blank line is no single gap, and breaks', () => {
    // Gaps: single after 0, 1, 3, 4; double after 2: 4 of 5 single, layout; the double breaks.
    const r = split(block(6, [0, 1, 3, 4], [2]));
    assert.deepEqual(
      r.paragraphs.map((p) => p.text),
      [h(28, 0) + h(28, 1) + h(28, 2), h(28, 3) + h(28, 4) + h(10, 5) + '。'],
    );
  });
});

/** Lines of the given widths in columns (even: Han only; odd: one ASCII letter added), cut mid-sentence. */
function widths(ws: number[], k = 0): string[] {
  return ws.map((w, i) => h(Math.floor(w / 2), k + i) + (w % 2 ? 'a' : ''));
}

describe('splitParagraphs: wrap detection on a short extract (two to five cut lines)', () => {
  it('two cut lines and a full last line: wrapped', () => {
    const r = split([h(28, 0), h(28, 1), h(27, 2) + '。'].join('\n'));
    assert.equal(r.wrapped, true);
    assert.deepEqual(
      r.paragraphs.map((p) => p.text),
      [h(28, 0) + h(28, 1) + h(27, 2) + '。'],
    );
  });
  it('one cut line and two full sentences: not wrapped', () => {
    assert.equal(split([h(28, 0), h(27, 1) + '。', h(27, 2) + '。'].join('\n')).wrapped, false);
  });
  it('a narrower cut line spoils it even when three others share the width', () => {
    assert.equal(split([...widths([56, 56, 52]), h(27, 5) + '。'].join('\n')).wrapped, false);
  });
  it('the width is that of the widest cut line: a sentence end within its tolerance keeps it wrapped', () => {
    // Cut lines 56 and 53, a sentence end of 59: within 56 + 3, though 6 over the narrower one.
    assert.equal(split([...widths([56, 53]), h(28, 5) + 'a。'].join('\n')).wrapped, true);
  });
  it('two cut lines and a short last line: only two lines share the width, not wrapped', () => {
    assert.equal(split([h(28, 0), h(28, 1), h(10, 2) + '。'].join('\n')).wrapped, false);
  });
  it('a cut line three columns (a twentieth) narrower still counts, and is joined', () => {
    // Width 56, tolerance 3: 53 is the narrowest full line.
    const r = split([...widths([56, 53]), h(27, 5) + '。'].join('\n'));
    assert.equal(r.wrapped, true);
    assert.equal(r.paragraphs.length, 1);
  });
  it('a cut line four columns narrower: not wrapped', () => {
    assert.equal(split([...widths([56, 52]), h(27, 5) + '。'].join('\n')).wrapped, false);
  });
  it('a wider sentence end three columns over: still wrapped', () => {
    assert.equal(split([h(28, 0), h(28, 1), h(28, 2) + 'a。'].join('\n')).wrapped, true);
  });
  it('a wider sentence end four columns over: not wrapped', () => {
    assert.equal(split([h(28, 0), h(28, 1), h(29, 2) + '。'].join('\n')).wrapped, false);
  });
  it('lines of exactly 30 columns can be cut lines', () => {
    assert.equal(split([h(15, 0), h(15, 1), h(14, 2) + '。'].join('\n')).wrapped, true);
  });
  it('lines of 29 columns say nothing about a wrap', () => {
    assert.equal(split([...widths([29, 29], 0), h(14, 2) + '。'].join('\n')).wrapped, false);
  });
  it('160 columns is the widest wrap', () => {
    assert.equal(split([h(80, 0), h(80, 1), h(79, 2) + '。'].join('\n')).wrapped, true);
  });
  it('162 columns is too wide for a wrap', () => {
    assert.equal(split([h(81, 0), h(81, 1), h(80, 2) + '。'].join('\n')).wrapped, false);
  });
  // 25 Han, a letter and one mark: 52 columns on screen, 53 in the layout when the mark took a
  // full cell there, the narrowest line near a width of 56.
  for (const mark of [',', ';', ':', '(', ')', '.']) {
    it(`a half-width ${mark} took a full cell in the layout`, () => {
      assert.equal(split([h(28, 0), h(12, 1) + 'a' + mark + h(13, 2), h(27, 3) + '。'].join('\n')).wrapped, true);
    });
  }
  it('a half-width ! did not', () => {
    assert.equal(split([h(28, 0), h(12, 1) + 'a!' + h(13, 2), h(27, 3) + '。'].join('\n')).wrapped, false);
  });
});

describe('splitParagraphs: wrap detection on a longer text (six or more cut lines)', () => {
  /** Cut lines of the given widths, each followed by a short sentence so no join matters. */
  const cut = (ws: number[]): string[] => widths(ws).flatMap((l, i) => [l, h(3, 20 + i) + '。']);

  it('six cut lines of 52 and 56 columns: wrapped at 56 (a short extract would need them within 3)', () => {
    assert.equal(split(cut([52, 56, 56, 52, 56, 52]).join('\n')).wrapped, true);
  });
  it('five cut lines of 52 and 56 columns: a short extract, where 52 is too narrow', () => {
    assert.equal(split(cut([52, 56, 56, 52, 56]).join('\n')).wrapped, false);
  });
  it('half the cut lines near the width: wrapped', () => {
    assert.equal(split(cut([32, 32, 32, 32, 56, 56, 56, 56]).join('\n')).wrapped, true);
  });
  it('fewer than half near the width: not wrapped', () => {
    assert.equal(split(cut([32, 32, 32, 32, 32, 56, 56, 56]).join('\n')).wrapped, false);
  });
  it('a line a tenth narrower than the width is near it', () => {
    assert.equal(split(cut([32, 32, 32, 32, 50, 56, 56, 56]).join('\n')).wrapped, true);
  });
  it('a line more than a tenth narrower is not', () => {
    assert.equal(split(cut([32, 32, 32, 32, 48, 56, 56, 56]).join('\n')).wrapped, false);
  });
  it('a line a tenth wider than the width is near it', () => {
    assert.equal(split(cut([32, 32, 32, 32, 56, 56, 56, 62]).join('\n')).wrapped, true);
  });
  it('a cut line more than a tenth wider than the width is not near it', () => {
    // 64 > 56 + 6: three of eight near. One line in ten too wide is allowed, so add two long sentence ends.
    const lines = [...cut([32, 32, 32, 32, 56, 56, 56, 64]), h(20, 30) + '。', h(25, 31) + '。'];
    assert.equal(split(lines.join('\n')).wrapped, false);
  });
  it('the width is the one most cut lines share, even past 100 columns', () => {
    // Six lines of 100 and two of 60: the width is 100 (100 sorts after 60 as a number).
    assert.equal(split(cut([60, 60, 100, 100, 100, 100, 100, 100]).join('\n')).wrapped, true);
  });
  it('a tenth of the long lines wider than the width: still wrapped', () => {
    // Ten lines of 30 columns or more (a sentence end of exactly 30 among them), one of them
    // (a sentence end, 64) wider than 56 + 6.
    const lines = [...cut([52, 56, 56, 52, 56, 52]), h(14, 30) + '。', h(20, 31) + '。', h(25, 32) + '。', h(31, 33) + '。'];
    assert.equal(split(lines.join('\n')).wrapped, true);
  });
  it('one long line in nine wider: not wrapped (short lines do not count)', () => {
    const lines = [...cut([52, 56, 56, 52, 56, 52]), h(20, 31) + '。', h(25, 32) + '。', h(31, 33) + '。'];
    assert.equal(split(lines.join('\n')).wrapped, false);
  });
  it('more than a tenth of the long lines wider: not wrapped', () => {
    const lines = [...cut([52, 56, 56, 52, 56, 52]), h(14, 30) + '。', h(20, 31) + '。', h(25, 32) + '。', h(31, 33) + '。', h(31, 34) + '。'];
    assert.equal(split(lines.join('\n')).wrapped, false);
  });
  it('160 columns is the widest wrap', () => {
    assert.equal(split(cut([160, 160, 160, 160, 160, 160]).join('\n')).wrapped, true);
  });
  it('162 columns is too wide for a wrap', () => {
    assert.equal(split(cut([162, 162, 162, 162, 162, 162]).join('\n')).wrapped, false);
  });
});

describe('splitParagraphs: a title above its 主送 line', () => {
  it('is never joined to it, even when the text reads as wrapped', () => {
    const text = ['关于召开河长制工作推进会议的通知', '各区县河长办：', '　　会议时间：2024年5月10日上午9:00', '　　会议地点：市水务局三楼会议室', '　　参会人员：各区县河长办主任'].join('\n');
    assert.deepEqual(texts(text).slice(0, 2), ['关于召开河长制工作推进会议的通知', '各区县河长办：']);
  });
  it('but a line that only looks like a title goes on when the next is no 主送 line', () => {
    const lines = [IND + h(24, 0) + '的通知', h(28, 1), h(28, 2), h(10, 3) + '。', IND + h(26, 4), h(28, 5), h(5, 6) + '。', IND + h(26, 7), h(28, 8), h(4, 9) + '。'];
    assert.equal(texts(lines.join('\n'))[0], h(24, 0) + '的通知' + h(28, 1) + h(28, 2) + h(10, 3) + '。');
  });
});

describe('splitParagraphs: lists are not wrapped text', () => {
  it('an agenda whose item lines share a width is not wrapped', () => {
    const lines = ['1.', '2.', '3.', '4.', '5.', '6.'].map((m, i) => m + h(27, i));
    const r = split(lines.join('\n'));
    assert.equal(r.wrapped, false);
    assert.equal(r.paragraphs.length, 6);
  });
  it('an agenda with a blank line after each item is not wrapped either', () => {
    const lines = ['1.', '2.', '3.', '4.', '5.', '6.'].map((m, i) => m + h(27, i));
    const r = split(lines.join('\n\n'));
    assert.equal(r.wrapped, false);
    assert.equal(r.paragraphs.length, 6);
  });
  it('half the cut lines followed by an item: a list', () => {
    const lines = [h(28, 0), '一、' + h(26, 1), h(28, 2), '（二）' + h(25, 3), h(20, 4) + '。'];
    assert.equal(split(lines.join('\n')).wrapped, false);
  });
  it('fewer than half followed by an item: wrapped', () => {
    const lines = [h(28, 0), '一、' + h(26, 1), h(28, 2), h(28, 3), h(20, 4) + '。'];
    assert.equal(split(lines.join('\n')).wrapped, true);
  });
});

describe('splitParagraphs: chrome', () => {
  it('keeps chrome lines out of the paragraphs and lists them apart, numbered in their own list', () => {
    const text = ['首页 > 政务公开', '关于做好防汛工作的通知', '发布时间：2024-05-06 10:20:33', '各区县：', '版权所有：济南市水务局'].join('\n');
    const r = split(text);
    assert.deepEqual(r.paragraphs.map((p) => [p.index, p.text, p.role]), [[0, '关于做好防汛工作的通知', 'body'], [1, '各区县：', 'body']]);
    assert.deepEqual(r.chrome.map((p) => [p.index, p.text, p.role, p.line]), [
      [0, '首页>政务公开', 'chrome', 0],
      [1, '发布时间：2024-05-06 10:20:33', 'chrome', 2],
      [2, '版权所有：济南市水务局', 'chrome', 4],
    ]);
  });
  it('a chrome line ends a wrapped paragraph: lines either side are not joined', () => {
    const P = [IND + h(26, 0), h(28, 1), h(28, 2), h(10, 3) + '。', IND + h(26, 4), h(28, 5), h(5, 6) + '。', IND + h(26, 7), h(28, 8), h(4, 9) + '。'];
    const lines = [P[0]!, '发布时间：2024-05-06 10:20:33', ...P.slice(1)];
    const r = split(lines.join('\n'));
    assert.equal(r.wrapped, true);
    assert.equal(r.paragraphs[0]!.text, h(26, 0));
    assert.equal(r.paragraphs[1]!.text, h(28, 1) + h(28, 2) + h(10, 3) + '。');
  });
  it('front matter at the top of a Markdown file is chrome, every line of it', () => {
    const r = split('---\ntitle: 防汛通知\n---\n\n# 关于做好防汛工作的通知\n', true);
    assert.deepEqual(r.chrome.map((p) => p.line), [0, 1, 2]);
    assert.deepEqual(r.paragraphs.map((p) => p.text), ['关于做好防汛工作的通知']);
  });
  it('the cells of a metadata table row, 成文日期 and 发文字号 included', () => {
    const r = split('| 发文机关 | 济南市人民政府 | 成文日期 | 2024年4月30日 |\n| 发文字号 | 济政发〔2024〕9号 | 索引号 | 11370 |\n关于做好防汛工作的通知');
    assert.equal(r.chrome.length, 8);
    assert.deepEqual(r.paragraphs.map((p) => p.text), ['关于做好防汛工作的通知']);
  });
});

describe('splitParagraphs: pinyin glosses', () => {
  it('drops the gloss from the text and maps what is left to the source', () => {
    // 現 0, (xiàn) 1–6, 將 7, （jiāng） 8–14, 有 15
    const p = split('現(xiàn)將（jiāng）有').paragraphs[0]!;
    assert.equal(p.text, '現將有');
    assert.equal(p.key, '现将有');
    assert.deepEqual([0, 1, 2].map((i) => p.origStart(i)), [0, 7, 15]);
    assert.deepEqual([1, 2, 3].map((i) => p.origEnd(i)), [1, 8, 16]);
  });
  it('keeps a bracket that is no gloss', () => {
    assert.deepEqual(texts('会议(一)安排(hui)\n(huì)开头'), ['会议(一)安排(hui)', '(huì)开头']);
  });
});

describe('splitParagraphs: chrome at the two ends of a long text', () => {
  it('reads the first and last 80 lines for chrome, not the middle of a long text', () => {
    const body = Array.from({ length: 200 }, (_, i) => `${h(20, i)}。`);
    const stamp = '发布时间：2024-05-06 10:20:33';
    const text = [stamp, ...body.slice(0, 100), stamp, ...body.slice(100), stamp].join('\n');
    const r = split(text);
    assert.deepEqual(r.chrome.map((p) => p.line), [0, 202]);
    assert.equal(r.paragraphs[100]!.text, stamp);
  });
  it('a text of 160 lines is read whole', () => {
    const body = Array.from({ length: 158 }, (_, i) => `${h(20, i)}。`);
    const stamp = '发布时间：2024-05-06 10:20:33';
    const r = split([...body.slice(0, 79), stamp, ...body.slice(79), stamp].join('\n'));
    assert.deepEqual(r.chrome.map((p) => p.line), [79, 159]);
  });
  it('headings between prose paragraphs go on the run of prose: the body between the ends is not read for chrome', () => {
    const prose = (k: number): string => `${h(45, k)}。`;
    const stamp = '发布时间：2024-05-06 10:20:33';
    // A line of the document that a page's footer could hold too (版权所有): in the body, it stays.
    const owner = '版权所有单位须于6月底前完成登记。';
    const lines = [stamp, prose(1), '一、总体要求', prose(2), '二、工作措施', prose(3), '三、保障措施', prose(4), owner, prose(5), '四、工作要求', prose(6), '五、其他', prose(7), stamp];
    const r = split(lines.join('\n'));
    assert.deepEqual(r.chrome.map((p) => p.line), [0, 14]);
    assert.ok(r.paragraphs.some((p) => p.text === owner));
  });
  it('a heading does not start a run of prose: chrome under the headings of a page is still read', () => {
    const prose = (k: number): string => `${h(45, k)}。`;
    const lines = ['一、总体要求', '二、工作措施', '【打印】【关闭】', prose(1), prose(2), prose(3), prose(4)];
    assert.deepEqual(split(lines.join('\n')).chrome.map((p) => p.line), [2]);
  });
});

// A line's width and whether it needs cleaning are kept by its text from one split to the next
// (parse/memo.ts): the editor splits the whole text again on every keystroke.
describe('splitParagraphs: what is kept by a line’s text', () => {
  it('cleans a line for Markdown or not as asked, whichever was asked first', () => {
    // A line no other test reads: what it keeps here is its own.
    const line = '请于五月底前将**农贸市场整治**台账报送市场监管局。';
    // Twice: a line is kept from its second sighting on (parse/memo.ts).
    assert.deepEqual(texts(line, false), [line]);
    assert.deepEqual(texts(line, false), [line]);
    assert.deepEqual(texts(line, true), ['请于五月底前将农贸市场整治台账报送市场监管局。']);
    assert.deepEqual(texts(line, false), [line]);
  });

  it('reads a line’s width again when it is edited: one line longer than the rest undoes the wrap', () => {
    const lines = [IND + h(26, 20), h(28, 21), h(28, 22), h(10, 23) + '。', IND + h(26, 24), h(28, 25), h(5, 26) + '。', IND + h(26, 27), h(28, 28), h(4, 29) + '。'];
    const longer = [...lines];
    longer[1] = h(40, 21);
    assert.equal(split(lines.join('\n')).wrapped, true);
    assert.equal(split(longer.join('\n')).wrapped, false);
    assert.equal(split(lines.join('\n')).paragraphs.length, 3);
  });

  it('gives a paragraph taken as it is the text of its line, and its line’s kept work', () => {
    const text = '一、总体要求\n请各单位高度重视，按时报送。\n';
    const [a, b] = split(text).paragraphs;
    assert.deepEqual([a!.text, b!.text, b!.start, b!.end], ['一、总体要求', '请各单位高度重视，按时报送。', 7, 21]);
    assert.equal(b!.work.text, b!.text);
    // Full-width ， folds to , in the key; the key is kept with the text and read again after an edit.
    assert.equal(b!.key, '请各单位高度重视,按时报送。');
    assert.equal(split(text.replace('高度重视', '認真落實')).paragraphs[1]!.key, '请各单位认真落实,按时报送。');
  });
});
