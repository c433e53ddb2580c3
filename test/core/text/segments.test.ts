// Physical lines cut into segments: the text pieces (trimmed, with their offsets, line and
// indentation) and the markers between them. Expected values follow the doc comments of
// segments.ts and the layouts docs/counting.md lists (page marks, tables, U+3000 runs, Markdown).

import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { segment, type Segment } from '../../../server/src/core/text/segments';

/** Each segment as [kind, covered text, line, indent]. */
function segs(text: string, markdown = false): Array<[string, string, number, boolean]> {
  return segment(text, new LineIndex(text), { markdown }).map((s) => [s.kind, text.slice(s.start, s.end), s.line, s.indent]);
}

function raw(text: string, markdown = false): Segment[] {
  return segment(text, new LineIndex(text), { markdown });
}

describe('segment: lines and blanks', () => {
  it('gives one text segment per line, trimmed, with its line number', () => {
    assert.deepEqual(segs('甲乙 \n 丙丁\r\n戊'), [
      ['text', '甲乙', 0, false],
      ['text', '丙丁', 1, false],
      ['text', '戊', 2, false],
    ]);
  });
  it('gives the offsets of the trimmed content', () => {
    // 'ab' at 0–2, LF at 2, two spaces at 3–4, 'cd' at 5–7, a space at 7.
    const s = raw('ab\n  cd ');
    assert.deepEqual(
      s.map((x) => [x.start, x.end]),
      [
        [0, 2],
        [5, 7],
      ],
    );
  });
  it('marks an empty or all-space line blank, empty at the end of its spaces', () => {
    // '　　' at 2–3, its line break at 4.
    const s = raw('甲\n\u3000\u3000\n\n乙');
    assert.deepEqual(
      s.map((x) => [x.kind, x.start, x.end, x.line]),
      [
        ['text', 0, 1, 0],
        ['blank', 4, 4, 1],
        ['blank', 5, 5, 2],
        ['text', 6, 7, 3],
      ],
    );
  });
  it('gives the empty text one blank segment', () => assert.deepEqual(segs(''), [['blank', '', 0, false]]));
});

describe('segment: indentation', () => {
  const rows: Array<[string, boolean, string]> = [
    ['\u3000\u3000为做好工作', true, 'two ideographic spaces'],
    ['\u3000为做好工作', true, 'one ideographic space'],
    ['\t为做好工作', true, 'a tab'],
    ['  为做好工作', true, 'two spaces'],
    [' 为做好工作', false, 'one space is not indentation'],
    ['为做好工作', false, 'no lead'],
    ['\u00a0为做好工作', false, 'one no-break space'],
  ];
  for (const [line, indent, why] of rows) {
    it(`${JSON.stringify(line)} → indent ${indent} (${why})`, () => {
      assert.deepEqual(segs(line), [['text', '为做好工作', 0, indent]]);
    });
  }
});

describe('segment: page marks', () => {
  const marks = ['—1—', '- 2 -', '－３－', '— 12 —', '~5~', '第3页', '第 3 页', '第3页共8页', '第3页，共8页', '第 3 页 , 共 8 页', '3/8', '３／８', '12 / 30'];
  for (const m of marks) {
    it(`${JSON.stringify(m)} on its own line is a page mark`, () => {
      assert.deepEqual(segs(`甲\n  ${m}  \n乙`)[1], ['pageMark', m, 1, false]);
    });
  }
  const notMarks = ['—12345—', '第3章', '3/8页', '一1一', '1—', '2024/5/20', '第3页共'];
  for (const m of notMarks) {
    it(`${JSON.stringify(m)} is text`, () => assert.equal(segs(m)[0]![0], 'text'));
  }
  it('a page mark is at most 24 characters long', () => {
    const mark24 = '—'.repeat(10) + '1' + '—'.repeat(13);
    assert.equal(mark24.length, 24);
    assert.equal(segs(mark24)[0]![0], 'pageMark');
    assert.equal(segs(mark24 + '—')[0]![0], 'text');
  });
});

describe('segment: table rows', () => {
  it('splits a row into its cells, with a break before and after each', () => {
    assert.deepEqual(segs('| 时间 | 议程 |'), [
      ['break', '', 0, false],
      ['text', '时间', 0, false],
      ['break', '', 0, false],
      ['text', '议程', 0, false],
      ['break', '', 0, false],
    ]);
  });
  it('gives each cell its trimmed offsets and the break its end', () => {
    // '|' 0, ' ' 1, 'ab' 2–4, ' ' 4, '|' 5, 'c' 6, '|' 7
    const s = raw('| ab |c|');
    assert.deepEqual(
      s.map((x) => [x.kind, x.start, x.end]),
      [
        ['break', 0, 0],
        ['text', 2, 4],
        ['break', 4, 4],
        ['text', 6, 7],
        ['break', 7, 7],
      ],
    );
  });
  it('skips empty cells', () => {
    assert.deepEqual(
      segs('|  | 乙 ||').map((x) => x.slice(0, 2)),
      [
        ['break', ''],
        ['text', '乙'],
        ['break', ''],
      ],
    );
  });
  it('takes a row with only a closing bar as a row too', () => {
    assert.deepEqual(
      segs('甲 | 乙 |').map((x) => x.slice(0, 2)),
      [
        ['break', ''],
        ['text', '甲'],
        ['break', ''],
        ['text', '乙'],
        ['break', ''],
      ],
    );
  });
  it('takes a row with only an opening bar as a row too', () => {
    assert.deepEqual(
      segs('| 甲 | 乙').map((x) => x.slice(0, 2)),
      [
        ['break', ''],
        ['text', '甲'],
        ['break', ''],
        ['text', '乙'],
        ['break', ''],
      ],
    );
  });
  for (const rule of ['|---|---|', '| :--- | ---: |', '|--|']) {
    it(`the rule row ${rule} is a single break`, () => assert.deepEqual(segs(rule), [['break', '', 0, false]]));
  }
  it('in a whole table, the rule row under the header is a single break', () => {
    assert.deepEqual(
      segs('| 时间 | 议程 |\n|---|---|\n| 9:00 | 开幕 |').map((x) => x.slice(0, 3)),
      [
        ['break', '', 0],
        ['text', '时间', 0],
        ['break', '', 0],
        ['text', '议程', 0],
        ['break', '', 0],
        ['break', '', 1],
        ['break', '', 2],
        ['text', '9:00', 2],
        ['break', '', 2],
        ['text', '开幕', 2],
        ['break', '', 2],
      ],
    );
  });
  it('a row of single dashes is cells, not a rule', () => {
    assert.deepEqual(
      segs('| - | - |').map((x) => x.slice(0, 2)),
      [
        ['break', ''],
        ['text', '-'],
        ['break', ''],
        ['text', '-'],
        ['break', ''],
      ],
    );
  });
  it('a bar inside a line is not a table', () => assert.deepEqual(segs('甲|乙'), [['text', '甲|乙', 0, false]]));
});

describe('segment: U+3000 runs inside a line', () => {
  it('splits at a run of two or more ideographic spaces; the later pieces are indented', () => {
    assert.deepEqual(segs('关于做好防汛工作的通知\u3000\u3000各区县：\u3000\u3000\u3000为做好工作'), [
      ['text', '关于做好防汛工作的通知', 0, false],
      ['text', '各区县：', 0, true],
      ['text', '为做好工作', 0, true],
    ]);
  });
  it('does not split at one ideographic space', () => {
    assert.deepEqual(segs('第一条\u3000为规范工作'), [['text', '第一条\u3000为规范工作', 0, false]]);
  });
  it('does not split at ASCII spaces', () => assert.deepEqual(segs('甲    乙'), [['text', '甲    乙', 0, false]]));
  it('splits at a mixed run holding two ideographic spaces, leaving out the whole run', () => {
    // 甲 0, ' ' 1, '　' 2, ' ' 3, '　' 4, ' ' 5, 乙 6
    const s = raw('甲 \u3000 \u3000 乙');
    assert.deepEqual(
      s.map((x) => [x.start, x.end, x.indent]),
      [
        [0, 1, false],
        [6, 7, true],
      ],
    );
  });
  it('keeps the line indentation for the first piece only', () => {
    assert.deepEqual(segs('\u3000\u3000甲\u3000\u3000乙'), [
      ['text', '甲', 0, true],
      ['text', '乙', 0, true],
    ]);
  });
});

describe('segment: HTML comments', () => {
  it('a one-line comment is a comment segment', () => {
    assert.deepEqual(segs('甲\n <!-- gongwen kind=agenda --> \n乙')[1], ['comment', '<!-- gongwen kind=agenda -->', 1, false]);
  });
  it('a comment over several lines is code, up to the line that closes it', () => {
    assert.deepEqual(segs('<!-- 说明\n第二行\n结束 -->\n正文'), [
      ['code', '<!-- 说明', 0, false],
      ['code', '第二行', 1, false],
      ['code', '结束 -->', 2, false],
      ['text', '正文', 3, false],
    ]);
  });
  it('a comment followed by text on its line is code, and closes', () => {
    assert.deepEqual(segs('<!-- a --> 甲\n乙'), [
      ['code', '<!-- a --> 甲', 0, false],
      ['text', '乙', 1, false],
    ]);
  });
  it('a line that does not start with <!-- is text', () => assert.equal(segs('甲 <!-- a -->')[0]![0], 'text'));
});

describe('segment: Markdown', () => {
  it('takes fenced code as code, the fences too, blank lines inside included', () => {
    assert.deepEqual(
      segs('甲\n```\n代码\n\n```\n乙', true).map((x) => x.slice(0, 2)),
      [
        ['text', '甲'],
        ['code', '```'],
        ['code', '代码'],
        ['code', ''],
        ['code', '```'],
        ['text', '乙'],
      ],
    );
  });
  it('takes ~~~ fences too', () => {
    assert.deepEqual(
      segs('~~~\n代码\n~~~\n乙', true).map((x) => x[0]),
      ['code', 'code', 'code', 'text'],
    );
  });
  it('a fence must open the line', () => {
    assert.deepEqual(
      segs('使用 ``` 标记\n正文', true).map((x) => x[0]),
      ['text', 'text'],
    );
  });
  it('does not see fences in plain text', () => {
    assert.deepEqual(
      segs('```\n代码\n```', false).map((x) => x[0]),
      ['text', 'text', 'text'],
    );
  });
  it('takes a comment-looking line inside a fence as code', () => {
    assert.deepEqual(
      segs('```\n<!-- a -->\n```', true).map((x) => x[0]),
      ['code', 'code', 'code'],
    );
  });
  const prefixes: Array<[string, string]> = [
    ['# 关于开展督导的通知', '关于开展督导的通知'],
    ['###### 六级标题', '六级标题'],
    ['> 引用内容', '引用内容'],
    ['>引用内容', '引用内容'],
    ['- 列表项', '列表项'],
    ['* 列表项', '列表项'],
    ['+ 列表项', '列表项'],
    ['#\t标题', '标题'],
  ];
  for (const [line, text] of prefixes) {
    it(`${JSON.stringify(line)}: the marker is left out`, () => assert.deepEqual(segs(line, true), [['text', text, 0, false]]));
  }
  const kept = ['#标题', '-列表项', '####### 七个井号'];
  for (const line of kept) {
    it(`${JSON.stringify(line)}: not a marker, kept`, () => assert.deepEqual(segs(line, true), [['text', line, 0, false]]));
  }
  it('leaves markers in plain text', () => assert.deepEqual(segs('# 标题', false), [['text', '# 标题', 0, false]]));
  it('a lone > is no segment at all', () => assert.deepEqual(segs('甲\n>\n乙', true).map((x) => x[1]), ['甲', '乙']));
  it('gives the offset after the marker', () => {
    const s = raw('  ## 标题', true);
    assert.deepEqual([s[0]!.start, s[0]!.end, s[0]!.indent], [5, 7, true]);
  });
});
