// The CLI writes a report in pieces (server/src/cli/output.ts): the text must be exactly what
// JSON.stringify(value, null, 2) makes, whatever the nesting and however the pieces fall, and a
// file gets every byte, or is created empty when nothing is written.

import { strict as assert } from 'node:assert';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openSink, writeJson } from '../server/src/cli/output';

/** What writeJson writes, gathered. */
function written(value: unknown): string {
  let s = '';
  writeJson(value, { write: (p) => (s += p) });
  return s;
}

/** A finding as the JSON report has it. */
function finding(i: number) {
  return { rule: 'format.heading-sequence', severity: 'warning', message: `序号“一、”不连续，此处应为“${i}”\n“引号”`, range: { start: { line: i, character: 0 }, end: { line: i, character: 2 } } };
}

describe('cli output: JSON written in pieces', () => {
  it('writes what JSON.stringify(value, null, 2) makes for a report of many findings', () => {
    const report = {
      version: 1,
      files: [
        { path: 'a.txt', kind: 'document', scope: null, official: true, counts: { body: 3, attachments: 0 }, diagnostics: Array.from({ length: 1000 }, (_, i) => finding(i)) },
        { path: 'b.txt', kind: 'agenda', scope: 'special', official: false, counts: { body: 0, attachments: 0 }, diagnostics: [] },
      ],
      summary: { files: 2, diagnostics: 1000 },
    };
    const s = written(report);
    assert.equal(s, JSON.stringify(report, null, 2));
    assert.equal(JSON.parse(s).files[0].diagnostics[999].range.start.line, 999);
  });

  it('lays out large values at any depth, mixed with small ones, as JSON.stringify does', () => {
    const big = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? [i, { deep: [i] }] : i % 5 === 0 ? null : { n: i, s: `第${i}项` }));
    const value = { a: [[big, 1, 'x'], { b: big, c: {}, d: [] }], e: { f: { g: big } } };
    assert.equal(written(value), JSON.stringify(value, null, 2));
    assert.equal(written(big), JSON.stringify(big, null, 2));
  });

  it('leaves out what JSON leaves out of objects, writes null for it in arrays, and calls toJSON', () => {
    const when = new Date(Date.UTC(2024, 2, 14, 9, 0, 0));
    const items = Array.from({ length: 200 }, (_, i) => (i === 3 ? undefined : i === 4 ? () => 1 : i === 5 ? Symbol('s') : i === 6 ? NaN : i));
    const value = { keep: 1, gone: undefined, fn: () => 2, when, items, nested: { when, list: items } };
    const s = written(value);
    assert.equal(s, JSON.stringify(value, null, 2));
    assert.match(s, /"when": "2024-03-14T09:00:00.000Z"/);
    assert.doesNotMatch(s, /"gone"|"fn"/);
  });

  it('writes small values and empty containers at the top as JSON.stringify does', () => {
    for (const v of [null, 0, -1.5, 'a\nb', true, [], {}, [[]], { a: [] }, [1, [2, [3]]]]) assert.equal(written(v), JSON.stringify(v, null, 2));
  });
});

describe('cli output: the sink', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-output-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every piece to the file, in order, across many chunks', () => {
    const file = path.join(dir, 'out.json');
    const sink = openSink(file, () => assert.fail('nothing goes to standard output'));
    const pieces = Array.from({ length: 20_000 }, (_, i) => `${i}：第${i}段\n`);
    for (const p of pieces) sink.write(p);
    sink.close();
    assert.equal(readFileSync(file, 'utf8'), pieces.join(''));
  });

  it('writes the bytes of the pieces’ join: a surrogate pair cut between two pieces, an empty piece, bytes between texts', () => {
    const file = path.join(dir, 'pairs.txt');
    const sink = openSink(file, () => assert.fail('nothing goes to standard output'));
    const emoji = '😀'; // two UTF-16 units
    const pieces = ['前', emoji[0]!, emoji[1]!, '', '中\ud800', '后', emoji];
    for (const p of pieces) sink.write(p);
    sink.write(Buffer.from('字节', 'utf8'));
    sink.write('末');
    sink.close();
    const expected = Buffer.concat([Buffer.from(pieces.join(''), 'utf8'), Buffer.from('字节', 'utf8'), Buffer.from('末', 'utf8')]);
    assert.deepEqual(readFileSync(file), expected);
    assert.equal(readFileSync(file, 'utf8').includes('前😀中'), true, 'the cut pair is one character again');
  });

  it('creates the file, empty, when nothing is written', () => {
    const file = path.join(dir, 'empty.txt');
    const sink = openSink(file, () => assert.fail('nothing goes to standard output'));
    sink.close();
    assert.equal(readFileSync(file, 'utf8'), '');
  });

  it('writes bytes to a file or a standard output that is one before write returns, so that their buffer may be reused', () => {
    const file = path.join(dir, 'stdout.txt');
    const fd = openSync(file, 'w');
    const sink = openSink(null, () => assert.fail('the descriptor is written, not the stream'), fd);
    assert.equal(sink.writesAtOnce, true);
    const scratch = Buffer.from('第一段', 'utf8');
    sink.write('开头：');
    sink.write(scratch);
    scratch.write('第二段'); // the caller's buffer again, as the cache's is
    sink.write(scratch);
    sink.write('结尾。'.repeat(20_000));
    sink.close();
    closeSync(fd);
    assert.equal(readFileSync(file, 'utf8'), '开头：第一段第二段' + '结尾。'.repeat(20_000));
    assert.equal(openSink(path.join(dir, 'f.txt'), () => {}).writesAtOnce, true);
    assert.equal(openSink(null, () => {}).writesAtOnce, false, 'a pipe or a terminal: the stream may keep the pieces');
  });

  it('hands standard output the pieces joined into chunks, nothing lost', () => {
    const chunks: string[] = [];
    const sink = openSink(null, (s) => chunks.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')));
    const pieces = Array.from({ length: 20_000 }, (_, i) => `行${i}\n`);
    for (const p of pieces) sink.write(p);
    sink.close();
    assert.ok(chunks.length > 1 && chunks.length < pieces.length, `${chunks.length} chunks`);
    assert.equal(chunks.join(''), pieces.join(''));
  });
});
