// The CLI writes a report in pieces (server/src/cli/output.ts): the text must be exactly the
// reports' layout (JSON.stringify(value, null, 2)'s, small values on one line: test/helpers/jsonLayout.ts)
// and parse to what JSON.stringify makes, whatever the nesting and however the pieces fall, and a
// file gets every byte, or is created empty when nothing is written.

import { strict as assert } from 'node:assert';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openSink, writeJson } from '../server/src/cli/output';
import { laidOut } from './helpers/jsonLayout';

/** What writeJson writes, gathered; checked to parse to what JSON.stringify makes. */
function written(value: unknown): string {
  let s = '';
  writeJson(value, { write: (p) => (s += p) });
  const plain = JSON.stringify(value);
  if (plain !== undefined) assert.deepEqual(JSON.parse(s), JSON.parse(plain));
  return s;
}

/** A finding as the JSON report has it. */
function finding(i: number) {
  return { rule: 'format.heading-sequence', severity: 'warning', message: `序号“一、”不连续，此处应为“${i}”\n“引号”`, range: { start: { line: i, character: 0 }, end: { line: i, character: 2 } } };
}

describe('cli output: JSON written in pieces', () => {
  it('writes a report of many findings laid out, one finding a line', () => {
    const report = {
      version: 1,
      files: [
        { path: 'a.txt', kind: 'document', scope: null, official: true, counts: { body: 3, attachments: 0 }, diagnostics: Array.from({ length: 1000 }, (_, i) => finding(i)) },
        { path: 'b.txt', kind: 'agenda', scope: 'special', official: false, counts: { body: 0, attachments: 0 }, diagnostics: [] },
      ],
      summary: { files: 2, diagnostics: 1000 },
    };
    const s = written(report);
    assert.equal(s, laidOut(report));
    assert.equal(JSON.parse(s).files[0].diagnostics[999].range.start.line, 999);
    const lines = s.split('\n');
    const found = lines.filter((l) => l.startsWith('        {"rule":'));
    assert.equal(found.length, 1000, 'each finding on a line of its own');
    assert.deepEqual(JSON.parse(found[999]!), finding(999));
    assert.deepEqual(JSON.parse(found[0]!.replace(/,$/, '')), finding(0));
    assert.ok(lines.includes('    {"path":"b.txt","kind":"agenda","scope":"special","official":false,"counts":{"body":0,"attachments":0},"diagnostics":[]}'), 'a file without findings is one line');
    assert.ok(lines.includes('      "counts": {"body":3,"attachments":0},'));
    assert.ok(s.length < JSON.stringify(report, null, 2).length * 0.6, 'well under the indented form');
  });

  it('lays out large values at any depth, mixed with small ones', () => {
    const big = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? [i, { deep: [i] }] : i % 5 === 0 ? null : { n: i, s: `第${i}项` }));
    const value = { a: [[big, 1, 'x'], { b: big, c: {}, d: [] }], e: { f: { g: big } } };
    assert.equal(written(value), laidOut(value));
    assert.equal(written(big), laidOut(big));
    // On the edge: 64 values in all are one line, 65 are laid out.
    const edge = { at: [Array.from({ length: 64 }, (_, i) => i), Array.from({ length: 65 }, (_, i) => i), { k: Array.from({ length: 63 }, (_, i) => i) }, { k: Array.from({ length: 64 }, (_, i) => i) }] };
    const lines = written(edge).split('\n');
    assert.equal(lines.join('\n'), laidOut(edge));
    const run = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(',')}]`;
    assert.equal(lines[2], `    ${run(64)},`, '64 items: one line');
    assert.equal(lines[3], '    [', '65 items: laid out');
    assert.ok(lines.includes(`    {"k":${run(63)}},`), 'an object of 64 values: one line');
    assert.ok(lines.includes(`      "k": ${run(64)}`), 'an object of 65 values: laid out, its array of 64 on one line');
  });

  it('leaves out what JSON leaves out of objects, writes null for it in arrays, and calls toJSON', () => {
    const when = new Date(Date.UTC(2024, 2, 14, 9, 0, 0));
    const items = Array.from({ length: 200 }, (_, i) => (i === 3 ? undefined : i === 4 ? () => 1 : i === 5 ? Symbol('s') : i === 6 ? NaN : i));
    const value = { keep: 1, gone: undefined, fn: () => 2, when, items, nested: { when, list: items }, small: { when, gone: undefined, list: [undefined, 1] } };
    const s = written(value);
    assert.equal(s, laidOut(value));
    assert.match(s, /"when": "2024-03-14T09:00:00.000Z"/);
    assert.match(s, /\n  "small": \{"when":"2024-03-14T09:00:00.000Z","list":\[null,1\]\}\n/);
    assert.doesNotMatch(s, /"gone"|"fn"/);
  });

  it('lays out the top value however small (its small parts on one line), and writes values and empty containers as JSON does', () => {
    for (const v of [null, 0, -1.5, 'a\nb', true, [], {}, [[]], { a: [] }, [1, [2, [3]]]]) assert.equal(written(v), laidOut(v));
    assert.equal(written({ version: 1, files: [] }), '{\n  "version": 1,\n  "files": []\n}');
    assert.equal(written([1, [2, [3]], { a: 1 }]), '[\n  1,\n  [2,[3]],\n  {"a":1}\n]');
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

  it('writes parts of bytes between texts in order, small ones gathered and one larger than its batch whole, with the buffer reused after each', () => {
    const file = path.join(dir, 'parts.json');
    const sink = openSink(file, () => assert.fail('nothing goes to standard output'));
    const scratch = Buffer.alloc(300_000);
    const expected: Buffer[] = [];
    for (let i = 0; i < 3_000; i++) {
      // Parts of a few hundred bytes to well over the batch (every thousandth), reusing one buffer as the report's holding does.
      const part = i % 1000 === 999 ? `大${'段'.repeat(60_000)}${i}` : `{"第":${i},"文":"${'字'.repeat(i % 97)}"}`;
      const n = scratch.write(part, 0, 'utf8');
      sink.write(i === 0 ? '[\n' : ',\n');
      sink.write(scratch.subarray(0, n));
      expected.push(Buffer.from(i === 0 ? '[\n' : ',\n', 'utf8'), Buffer.from(part, 'utf8'));
      scratch.fill(0x20, 0, n);
    }
    sink.write('\n]');
    sink.close();
    expected.push(Buffer.from('\n]', 'utf8'));
    assert.deepEqual(readFileSync(file), Buffer.concat(expected));
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
