// Inline nodes (dates, relative dates, clock times, durations with their resolved values) and
// paragraph slices that keep the map back to the original text (server/src/core/tree/inline.ts, slice.ts).

import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { effectiveConfig } from '../../../server/src/core/config/effective';
import type { DocModel } from '../../../server/src/core/model/types';
import { inlineNodes } from '../../../server/src/core/tree/inline';
import { sliceParagraph } from '../../../server/src/core/tree/slice';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';
const model = (...ls: string[]): DocModel => analyze(lines(...ls), effectiveConfig([]).config).model;
const notice = (body: string): DocModel => model('关于做好道路养护工作的通知', '各区县：', '　　' + body, '市城管局', '2024年3月5日');
const ISSUE = { year: 2024, month: 3, day: 5 };

describe('tree inline nodes', () => {
  it('resolves dates with and without a year, relative dates, clock ranges with 下午 and durations per person', () => {
    const m = notice('请于3月14日下午2:30—4:00到场，下周四报送，2025年1月2日截止，每人发言不超过5分钟，会议时长30分钟。');
    const p = m.paragraphs[2]!;
    const got = inlineNodes(p, ISSUE).map((n) => [n.type, n.text, n.value, m.text.slice(n.start, n.end)]);
    assert.deepEqual(got, [
      ['Date', '3月14日', '2024年3月14日', '3月14日'],
      ['Time', '下午2:30—4:00', '14:30—16:00', '下午2:30—4:00'],
      ['Date', '下周四', '2024年3月14日', '下周四'],
      ['Date', '2025年1月2日', '2025年1月2日', '2025年1月2日'],
      ['Duration', '5分钟', '5 分钟（每人）', '5分钟'],
      ['Duration', '30分钟', '30 分钟', '30分钟'],
    ]);
  });

  it('without an issue date, a date without a year and a relative date resolve to nothing', () => {
    const m = notice('请于3月14日到场，下周四报送，2025年1月2日截止。');
    assert.deepEqual(inlineNodes(m.paragraphs[2]!, null).map((n) => [n.text, n.value]), [['3月14日', null], ['下周四', null], ['2025年1月2日', '2025年1月2日']]);
  });

  it('a single clock time, offsets into the original text, the written (not folded) words', () => {
    const m = notice('定于３月１４日上午９:００开会。');
    const nodes = inlineNodes(m.paragraphs[2]!, ISSUE);
    assert.deepEqual(nodes.map((n) => [n.type, n.start, n.end, n.text, n.value]), [
      ['Date', 23, 28, '３月１４日', '2024年3月14日'],
      ['Time', 28, 34, '上午９:００', '9:00'],
    ]);
  });

  it('a range whose end names its own part of the day', () => {
    const m = notice('上午11:00至下午1:30开会。');
    assert.deepEqual(inlineNodes(m.paragraphs[2]!, ISSUE).map((n) => [n.type, n.value]), [['Time', '11:00—13:30']]);
  });
});

describe('tree slice: a piece of a paragraph', () => {
  it('maps every character back to the original text', () => {
    const m = notice('截至目前，会议定于2024年3月14日召开，请准时参加。');
    const p = m.paragraphs[2]!;
    const from = p.text.indexOf('会议');
    const to = p.text.indexOf('，请');
    const q = sliceParagraph(p, from, to, m.lines);
    assert.equal(q.text, '会议定于2024年3月14日召开');
    assert.equal(q.start, p.origStart(from));
    assert.equal(q.end, p.origStart(to));
    assert.equal(m.text.slice(q.start, q.end), '会议定于2024年3月14日召开');
    assert.equal(q.origStart(2), p.origStart(from + 2));
    assert.equal(q.origEnd(4), p.origEnd(from + 4));
    assert.equal(q.origEnd(q.text.length), q.end);
    assert.deepEqual([q.index, q.role, q.section, q.line, q.indent], [p.index, 'body', 0, 2, false]);
    // A piece of a plain slice of the source is one too: it keeps no offset map.
    assert.deepEqual([p.mapped, q.mapped], [false, false]);
  });

  it('keeps the map through a removed artifact space', () => {
    const m = model('关于做好道路养护工作的通知', '各区县：', '　　会议定于２０２４年３月　１４日召开，请准时', '参加。', '市城管局', '2024年3月5日');
    const p = m.paragraphs.find((x) => x.text.startsWith('会议'))!;
    const to = p.text.indexOf('，');
    const q = sliceParagraph(p, 2, to, m.lines);
    assert.equal(q.text, p.text.slice(2, to));
    assert.equal(m.text.slice(q.start, q.end), m.text.slice(p.origStart(2), p.origEnd(to)));
    assert.equal(q.text, '定于２０２４年３月１４日召开');
    assert.equal(m.text.slice(q.start, q.end), '定于２０２４年３月　１４日召开');
    for (let i = 0; i < q.text.length; i++) assert.equal(q.origStart(i), p.origStart(2 + i), `char ${i}`);
    for (let i = 1; i <= q.text.length; i++) assert.equal(q.origEnd(i), p.origEnd(2 + i), `end ${i}`);
    assert.equal(q.line, m.lines.lineOf(p.origStart(2)));
  });

  it('the whole paragraph is the paragraph itself; a piece at its start or end is a new one', () => {
    const m = notice('会议定于2024年3月14日召开。');
    const p = m.paragraphs[2]!;
    assert.equal(sliceParagraph(p, 0, p.text.length, m.lines), p);
    const head = sliceParagraph(p, 0, 4, m.lines);
    assert.notEqual(head, p);
    assert.equal(head.text, '会议定于');
    const tail = sliceParagraph(p, 4, p.text.length, m.lines);
    assert.notEqual(tail, p);
    assert.equal(tail.end, p.end);
    const empty = sliceParagraph(p, 3, 3, m.lines);
    assert.deepEqual([empty.text, empty.start, empty.end], ['', p.origStart(3), p.origStart(3)]);
  });
});
