// The scan past one thread and one machine: the same report whatever the number of workers
// (--concurrency), a cache of first passes that a changed file, a changed configuration or
// another version invalidates and that never hides a change elsewhere from the cross-plan rules
// (--cache), and shares of the files whose union is the whole run (--shard). Also the pieces:
// the streamed JSON array, the pool's size, the cache file itself.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { effectiveConfig } from '../server/src/core/config/effective';
import { JsonArrayWriter } from '../server/src/cli/output';
import { inShard } from '../server/src/cli/shard';
import { ScanCache, cacheFile } from '../server/src/scan/cache';
import type { Checked, Seen } from '../server/src/scan/fileCheck';
import { scanFiles } from '../server/src/scan/engine';
import { hashIndex } from '../server/src/scan/index';
import { poolSize } from '../server/src/scan/pool';
import { Holding } from '../server/src/scan/holding';
import { ReadScratch, readBytesSync } from '../server/src/io/textFile';
import { packFile, unpackFile, type ScannedFile } from '../server/src/scan/records';
import { ensureBuilt } from './helpers/build';
import { runCli, type CliRun } from './helpers/cli';
import { makeDocx } from './helpers/docx';
import { BIN, fixtureText } from './helpers/paths';
import { sampleDocument } from './helpers/sample';
import { TempTree } from './helpers/tempTree';
import { laidOut } from './helpers/jsonLayout';

/** A stamp never taken (as for standard input). */
const NOT_SEEN: Seen = { stamp: null, at: 0 };
/** A short notice with a finding or two. */
const NOTICE = '关于开展安全检查的通知\n\n各区县人民政府：\n\n现将有关事项通知如下。\n\n济南市人民政府办公厅\n2024年5月10日\n';


interface Report {
  files: Array<{ path: string; diagnostics: Array<{ rule: string; range: { start: { line: number } } }> }>;
  summary: { files: number; diagnostics: number };
}

function json(run: CliRun): Report {
  // Exit 2: the binary file is skipped (named on stderr); the report is whole all the same.
  assert.ok(run.status !== null && run.status <= 2 && run.stdout.startsWith('{'), `exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Report;
}

function rulesOf(r: Report, file: string): string[] {
  const f = r.files.find((x) => x.path === file);
  assert.ok(f, `${file} is not in the report`);
  return f.diagnostics.map((d) => d.rule);
}

describe('scan at scale: workers, cache and shards', function () {
  this.timeout(120000);
  let tree: TempTree;
  const check = (...args: string[]): CliRun => runCli(['check', '.', '--format', 'json', '--fail-on', 'none', ...args], tree.root);

  before(async () => {
    ensureBuilt();
    tree = new TempTree('gongwen-scale-');
    // Two plans sharing a three-stop route 35 days apart (each is told of the other), among 150 documents.
    tree.write('plans/plan-a.txt', fixtureText('rules/research.repeated-route/shared-route-35-days.txt'));
    tree.write('plans/plan-b.txt', fixtureText('research-workspaces/route-35/plan-b.txt'));
    for (let i = 0; i < 150; i++) {
      const doc = sampleDocument({ chars: 800 + ((i * 53) % 600), seed: 500 + i, eol: i % 4 === 0 ? '\r\n' : '\n' }).text;
      tree.write(`docs/d${String(Math.floor(i / 50))}/doc-${String(i).padStart(3, '0')}.txt`, i % 5 === 0 ? doc.replace('，', ',') : doc);
    }
    tree.write('docs/memo.docx', await makeDocx(['关于做好档案整理工作的通知', '济档发[2026]05号', '各区县档案馆：', '请做好年度档案整理工作。', '2026年03月02日']));
    tree.write('docs/broken.txt', new Uint8Array([0x50, 0x4b, 0x00, 0x01, 0xff, 0x00]));
  });

  after(() => tree.remove());

  it('gives the same report, skips and exit code with no worker, one, two or three', () => {
    const off = check('--concurrency', 'off');
    const report = json(off);
    assert.equal(report.files.length, 153);
    assert.ok(rulesOf(report, 'plans/plan-a.txt').includes('research.repeated-route'));
    assert.ok(rulesOf(report, 'plans/plan-b.txt').includes('research.repeated-route'));
    assert.ok(rulesOf(report, 'docs/memo.docx').includes('format.doc-number'));
    assert.match(off.stderr, /docs\/broken\.txt/);
    for (const n of ['1', '2', '3', 'auto']) {
      const run = check('--concurrency', n);
      assert.equal(run.stdout, off.stdout, `--concurrency ${n}: another report`);
      assert.equal(run.stderr, off.stderr, `--concurrency ${n}: other messages`);
      assert.equal(run.status, off.status);
    }
  });

  it('--cache: the same report cold and warm; a changed plan changes the unchanged plan\'s cross-plan findings', () => {
    const cacheDir = tree.path('.cache-a/');
    const plain = check();
    const cold = check('--cache', '--cache-location', cacheDir);
    assert.equal(cold.stdout, plain.stdout);
    assert.ok(existsSync(path.join(cacheDir, 'gongwen-cache.bin')));
    const warm = check('--cache', '--cache-location', cacheDir);
    assert.equal(warm.stdout, plain.stdout);
    assert.equal(warm.stderr, plain.stderr);
    // plan-a moves a year away: plan-b (unchanged, from the cache) no longer repeats its route.
    const planA = tree.path('plans/plan-a.txt');
    const before = readFileSync(planA, 'utf8');
    try {
      writeFileSync(planA, before.replace('2024年5月10日', '2023年5月10日'));
      const moved = check('--cache', '--cache-location', cacheDir);
      assert.ok(!rulesOf(json(moved), 'plans/plan-b.txt').includes('research.repeated-route'));
      assert.equal(moved.stdout, check().stdout);
    } finally {
      writeFileSync(planA, before);
    }
    assert.equal(check('--cache', '--cache-location', cacheDir).stdout, plain.stdout);
  });

  it('--cache: each streamed format, --quiet and a suppressions file give, warm, what a run without the cache gives', () => {
    const cacheDir = tree.path('.cache-views/');
    const run = (...args: string[]): CliRun => runCli(['check', '.', '--fail-on', 'info', ...args], tree.root);
    for (const format of ['json', 'stylish', 'text', 'github']) {
      const plain = run('--format', format);
      for (const pass of ['cold', 'warm']) {
        const cached = run('--format', format, '--cache', '--cache-location', cacheDir);
        assert.deepEqual([cached.stdout, cached.stderr, cached.status], [plain.stdout, plain.stderr, plain.status], `${format}, ${pass}`);
      }
    }
    const quiet = run('--format', 'text', '--quiet');
    assert.equal(run('--format', 'text', '--quiet', '--cache', '--cache-location', cacheDir).stdout, quiet.stdout);
    // A suppressions file recorded after the cache was made: its files are shown without what it records.
    const suppressions = tree.path('gongwen-suppressions.json');
    try {
      const wrote = run('--format', 'text', '--suppress-rule', 'format.punctuation');
      assert.match(wrote.stderr, /gongwen-suppressions\.json（30 个文件/);
      const plain = run('--format', 'text');
      assert.ok(!plain.stdout.includes('format.punctuation') && plain.stdout.includes('format.'), 'the suppressed rule is left out');
      const cached = run('--format', 'text', '--cache', '--cache-location', cacheDir);
      assert.deepEqual([cached.stdout, cached.stderr], [plain.stdout, plain.stderr]);
    } finally {
      rmSync(suppressions, { force: true });
    }
    assert.equal(run('--format', 'text', '--cache', '--cache-location', cacheDir).stdout, run('--format', 'text').stdout);
  });

  it('--cache, with standard output a file or --output: each part read on its own into one buffer, the same report warm as without the cache', () => {
    const cacheDir = tree.path('.cache-file-out/');
    const out = path.join(tmpdir(), `gongwen-stdout-${process.pid}.txt`);
    // Standard output a file, as `> report.json` makes it (the sink then writes at once, so the cache lends its parts).
    const toFile = (...args: string[]): string => {
      const fd = openSync(out, 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, 'check', '.', '--fail-on', 'none', ...args], { cwd: tree.root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
        assert.ok(r.status === 0 || r.status === 2, r.stderr);
      } finally {
        closeSync(fd);
      }
      return readFileSync(out, 'utf8');
    };
    try {
      for (const format of ['json', 'stylish']) {
        const plain = toFile('--format', format);
        assert.ok(plain.length > 10_000, `${format}: a report of some size`);
        for (const pass of ['cold', 'warm', 'warm again']) assert.equal(toFile('--format', format, '--cache', '--cache-location', cacheDir), plain, `${format}, ${pass}`);
        assert.equal(check('--format', format, '--cache', '--cache-location', cacheDir).stdout, plain, `${format}, warm, through a pipe`);
      }
      const written = tree.path('report.json');
      toFile('--format', 'json', '--cache', '--cache-location', cacheDir, '--output', written);
      assert.equal(readFileSync(written, 'utf8'), toFile('--format', 'json'));
      rmSync(written);
    } finally {
      rmSync(out, { force: true });
    }
  });

  it('--cache keeps nothing of standard input (its next content is another text)', () => {
    const loc = tree.path('.cache-stdin/');
    const run = runCli(['check', '-', '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', loc], tree.root, { input: '关于开展检查的通知\n济档发[2026]05号\n' });
    assert.ok(rulesOf(json(run), '<stdin>').includes('format.doc-number'));
    assert.equal(existsSync(path.join(loc, 'gongwen-cache.bin')), false);
  });

  it('--cache: a changed configuration is seen, only where it applies', () => {
    const cacheDir = tree.path('.cache-b');
    check('--cache', '--cache-location', cacheDir);
    const cfg = tree.write('docs/d1/.gongwen.json', { rules: { 'format.punctuation': 'off' } });
    try {
      const run = check('--cache', '--cache-location', cacheDir);
      const r = json(run);
      assert.equal(run.stdout, check().stdout);
      const inD1 = r.files.filter((f) => f.path.startsWith('docs/d1/')).flatMap((f) => f.diagnostics.map((d) => d.rule));
      const inD0 = r.files.filter((f) => f.path.startsWith('docs/d0/')).flatMap((f) => f.diagnostics.map((d) => d.rule));
      assert.ok(!inD1.includes('format.punctuation'));
      assert.ok(inD0.includes('format.punctuation'));
    } finally {
      require('node:fs').unlinkSync(cfg);
    }
  });

  it('--shard K/N: disjoint shares whose union is the whole run, cross-plan findings included', () => {
    const whole = json(check());
    const byPath = (r: Report) => new Map(r.files.map((f) => [f.path, JSON.stringify(f)]));
    const all = byPath(whole);
    const seen = new Map<string, string>();
    for (const k of [1, 2, 3]) {
      const part = json(check('--shard', `${k}/3`));
      assert.ok(part.files.length > 20 && part.files.length < 110, `shard ${k}/3 has ${part.files.length} files`);
      for (const [p, rec] of byPath(part)) {
        assert.ok(!seen.has(p), `${p} in two shards`);
        seen.set(p, rec);
      }
    }
    assert.deepEqual([...seen.keys()].sort(), [...all.keys()].sort());
    for (const [p, rec] of seen) assert.equal(rec, all.get(p), `${p} differs from the whole run`);
  });

  it('merge-sarif: the shards\' SARIF logs merged hold the whole run\'s results, rules and notifications', () => {
    const sarif = (...args: string[]) => JSON.parse(runCli(['check', '.', '--format', 'sarif', '--fail-on', 'none', ...args], tree.root).stdout);
    const whole = sarif();
    const parts = [1, 2].map((k) => tree.write(`.sarif/part-${k}.sarif`, JSON.stringify(sarif('--shard', `${k}/2`))));
    const merged = runCli(['merge-sarif', ...parts], tree.root);
    assert.equal(merged.status, 0, merged.stderr);
    const log = JSON.parse(merged.stdout);
    const key = (r: { ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; partialFingerprints: Record<string, string> }) =>
      `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}:${r.locations[0]!.physicalLocation.region.startColumn} ${r.ruleId}#${r.ruleIndex} ${r.partialFingerprints['gongwen/v2']}`;
    const run = log.runs[0];
    const all = whole.runs[0];
    assert.deepEqual(run.results.map(key).sort(), all.results.map(key).sort());
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), all.tool.driver.rules.map((r: { id: string }) => r.id));
    assert.equal(run.invocations.length, 1);
    assert.equal(run.invocations[0].executionSuccessful, false); // broken.txt was skipped, in one shard
    assert.deepEqual(run.invocations[0].toolExecutionNotifications, all.invocations[0].toolExecutionNotifications);
    const bad = runCli(['merge-sarif', tree.write('.sarif/not.sarif', '{"version":"1.0"}')], tree.root);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /not\.sarif/);
  });

  it('rejects a malformed --shard, --concurrency or a --cache-location without --cache', () => {
    for (const args of [['--shard', '0/2'], ['--shard', '3/2'], ['--shard', '1-2'], ['--concurrency', 'many'], ['--cache-location', 'x']]) {
      const run = check(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, new RegExp(args[0]!.replace(/-/g, '\\-')));
    }
  });

  it('a broken cache file is replaced, and an unwritable cache costs a warning, not the result', () => {
    const bad = tree.write('.cache-c/gongwen-cache.bin', 'not a cache');
    const plain = check();
    assert.equal(check('--cache', '--cache-location', bad).stdout, plain.stdout);
    assert.notEqual(readFileSync(bad, 'utf8').slice(0, 11), 'not a cache');
    const blocked = tree.write('.cache-d', 'a file where a folder should be');
    const run = check('--cache', '--cache-location', path.join(blocked, 'sub', 'cache.bin'));
    assert.equal(run.stdout, plain.stdout);
    assert.equal(run.status, plain.status);
    assert.match(run.stderr, /无法写入缓存/);
  });
});

describe('scan pieces', () => {
  it('JsonArrayWriter lays out items as writeJson lays out the array, at any depth', () => {
    const items = [{ a: 1 }, { big: Array.from({ length: 80 }, (_, i) => ({ i })) }, 'x', null, []];
    for (const depth of [0, 1, 3]) {
      let out = '';
      const w = new JsonArrayWriter({ write: (s) => void (out += s) }, depth);
      for (const x of items) w.push(x);
      w.end();
      const expected = laidOut(items, depth);
      assert.equal(out, expected);
    }
    let empty = '';
    const w = new JsonArrayWriter({ write: (s) => void (empty += s) }, 1);
    w.end();
    assert.equal(empty, '[]');
  });

  it('Holding: records past the memory budget wait in a temporary file and come back byte for byte; close removes it', () => {
    const h = new Holding(100);
    const records = Array.from({ length: 8 }, (_, i) => Buffer.from(`记录${i}：`.repeat(5 + i)));
    const held = records.map((r) => h.hold(r));
    assert.ok(held.some((x) => !(x instanceof Uint8Array)), 'some records went to the file');
    assert.ok(held[0] instanceof Uint8Array, 'the first stayed in memory');
    const spilled = held.find((x): x is { offset: number; length: number } => !(x instanceof Uint8Array))!;
    for (const i of [5, 0, 7, 3]) assert.deepEqual(Buffer.from(h.take(held[i]!)), records[i]);
    const dirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('gongwen-scan-')).length;
    const before = dirs();
    h.close();
    assert.equal(dirs(), before - 1);
    assert.ok(spilled.length > 0);
  });

  it('Holding.holdText: texts come back as their UTF-8 bytes, written into one shared buffer; past the budget they go to the file', () => {
    const h = new Holding(400);
    const texts = ['{"path": "甲.txt"}', 'ascii only', '第二段：会议定于𠀀日召开', '末'.repeat(150)];
    const held = texts.map((t) => h.holdText(t));
    const [a, b] = held as Uint8Array[];
    assert.ok(a instanceof Uint8Array && b instanceof Uint8Array);
    assert.equal(a.buffer, b.buffer, 'two texts share one buffer');
    assert.ok(!(held[3] instanceof Uint8Array), 'the text past the budget went to the file');
    for (const i of [2, 0, 3, 1]) assert.equal(Buffer.from(h.take(held[i]!)).toString('utf8'), texts[i]);
    h.close();
  });

  it('readBytesSync with a ReadScratch: each file read right into the one buffer, which grows for a larger file', () => {
    const tree = new TempTree('gongwen-scratch-');
    const dir = tree.root;
    const small = Buffer.from('关于召开会议的通知\n');
    const large = Buffer.from('正文'.repeat(40_000)); // 240,000 bytes: past the first 64 KB
    const empty = Buffer.alloc(0);
    tree.write('a.txt', small);
    tree.write('b.txt', large);
    tree.write('c.txt', empty);
    tree.write('d.txt', small);
    const scratch = new ReadScratch();
    const bytes = (name: string): Buffer => {
      const r = readBytesSync(path.join(dir, name), Infinity, scratch);
      assert.ok(r.ok);
      return r.bytes;
    };
    const a = bytes('a.txt');
    assert.deepEqual(Buffer.from(a), small);
    const firstBuffer = a.buffer;
    assert.deepEqual(Buffer.from(bytes('b.txt')), large);
    assert.equal(bytes('c.txt').length, 0);
    const d = bytes('d.txt');
    assert.deepEqual(Buffer.from(d), small);
    assert.notEqual(d.buffer, firstBuffer, 'grown for the large file');
    assert.equal(bytes('a.txt').buffer, d.buffer, 'then reused');
    tree.remove();
  });

  it('poolSize: none when asked off or for few files, capped by the files when a number is given', () => {
    assert.equal(poolSize('off', 5000), 0);
    assert.equal(poolSize('auto', 10), 0);
    assert.equal(poolSize(4, 2), 2);
    assert.equal(poolSize(3, 5000), 3);
    assert.equal(poolSize(2, 0), 0);
  });

  it('inShard: every file in exactly one share, the same share from any working folder form', () => {
    const files = Array.from({ length: 300 }, (_, i) => `/w/docs/f${i}.txt`);
    for (const f of files) {
      const shares = [1, 2, 3, 4].filter((k) => inShard(f, { index: k, count: 4 }, '/w'));
      assert.equal(shares.length, 1, f);
    }
    const counts = [1, 2, 3, 4].map((k) => files.filter((f) => inShard(f, { index: k, count: 4 }, '/w')).length);
    assert.ok(Math.min(...counts) > 45, `uneven shares ${counts.join(', ')}`);
    assert.equal(inShard('/w/docs/f7.txt', { index: 2, count: 3 }, '/w'), inShard('/other/docs/f7.txt', { index: 2, count: 3 }, '/other'));
  });

  it('hashIndex: a summary read back from the cache hashes as the one made now; any change in it, maps and typed arrays included, does not', () => {
    const made = () => [{ route: ['甲', '乙'], at: 1.5 * 2, hashes: new Uint32Array([7, 9]), stops: new Map([['甲', new Set([1, 2])]]) }];
    const summaries = made();
    const read = deserialize(serialize(summaries)) as typeof summaries;
    assert.equal(hashIndex(read, []), hashIndex(summaries, []));
    const other = made();
    other[0]!.stops.get('甲')!.add(3);
    assert.notEqual(hashIndex(other, []), hashIndex(summaries, []));
    const hashes = made();
    hashes[0]!.hashes[1] = 8;
    assert.notEqual(hashIndex(hashes, []), hashIndex(summaries, []));
    assert.notEqual(hashIndex([], summaries), hashIndex(summaries, []));
  });

  it('ScanCache: hits for the same bytes and configuration only; another version starts afresh', () => {
    const tree = new TempTree('gongwen-cache-');
    const eff = effectiveConfig([]);
    const other = effectiveConfig([{ config: { rules: { 'format.date': 'off' } } }]);
    const input = { path: tree.write('a.txt', 'x'), display: 'a.txt', rel: 'a.txt' };
    const checked = { file: { path: input.path }, plan: null, doc: null, second: false } as unknown as Checked;
    const bytes = Buffer.from('关于开展检查的通知');
    const loc = tree.path('c/');
    const c1 = ScanCache.open(loc, '1.0.0');
    c1.set(input, bytes, NOT_SEEN, eff, false, checked);
    c1.save();
    assert.equal(cacheFile(loc), path.join(tree.path('c'), 'gongwen-cache.bin'));
    const c2 = ScanCache.open(loc, '1.0.0');
    assert.equal(c2.second(input, 'index-1'), undefined, 'no second pass before the first pass is confirmed');
    const hit = c2.get(input, bytes, NOT_SEEN, eff, false)!;
    assert.deepEqual(unpackFile(hit.file), checked.file);
    assert.deepEqual({ ...hit, file: null }, { ...checked, file: null });
    // The second pass is kept for one index: another index (a summary changed elsewhere) misses.
    c2.setSecond(input, 'index-1', packFile({ path: input.path, second: true } as unknown as ScannedFile));
    c2.save();
    const c2b = ScanCache.open(loc, '1.0.0');
    c2b.get(input, bytes, NOT_SEEN, eff, false);
    assert.deepEqual(unpackFile(c2b.second(input, 'index-1')!), { path: input.path, second: true });
    assert.equal(c2b.second(input, 'index-2'), undefined);
    assert.equal(c2.get(input, Buffer.from('关于开展检查的通报'), NOT_SEEN, eff, false), undefined);
    assert.equal(c2.get(input, bytes, NOT_SEEN, other, false), undefined);
    assert.equal(c2.get(input, bytes, NOT_SEEN, eff, true), undefined);
    assert.equal(c2.get({ ...input, display: 'b/a.txt' }, bytes, NOT_SEEN, eff, false), undefined);
    const c3 = ScanCache.open(loc, '1.0.1');
    assert.equal(c3.discarded, 'another version');
    assert.equal(c3.get(input, bytes, NOT_SEEN, eff, false), undefined);
    // Cut short after its index: its parts are read only when used, so the index's lengths are checked at once.
    const whole = readFileSync(cacheFile(loc));
    writeFileSync(cacheFile(loc), whole.subarray(0, whole.length - 10));
    const cut = ScanCache.open(loc, '1.0.0');
    assert.deepEqual([cut.discarded, cut.size], ['unreadable', 0]);
    tree.remove();
  });

  it('ScanCache: a stamp vouches for unchanged bytes only when the file was written well before it was read', () => {
    const tree = new TempTree('gongwen-cache-');
    const eff = effectiveConfig([]);
    const input = { path: tree.write('a.txt', 'x'), display: 'a.txt', rel: 'a.txt' };
    const checked = { file: { path: input.path }, plan: null, doc: null, second: false } as unknown as Checked;
    const bytes = Buffer.from('关于开展检查的通知');
    const loc = tree.path('c/');
    const stamp = { size: 27, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 42 };
    const c1 = ScanCache.open(loc, '1.0.0');
    c1.set(input, bytes, { stamp, at: 1_000_000 + 5_000 }, eff, false, checked);
    c1.set({ ...input, display: 'racy.txt' }, bytes, { stamp, at: 1_000_000 + 1_000 }, eff, false, checked);
    c1.save();
    const c2 = ScanCache.open(loc, '1.0.0');
    assert.deepEqual(unpackFile(c2.unchanged(input, stamp, eff, false)!.file), checked.file);
    for (const changed of [{ size: 28 }, { mtimeMs: 1_000_001 }, { ctimeMs: 1_000_500 }, { ino: 43 }]) {
      assert.equal(c2.unchanged(input, { ...stamp, ...changed }, eff, false), undefined, JSON.stringify(changed));
    }
    assert.equal(c2.unchanged(input, stamp, effectiveConfig([{ config: { rules: { 'format.date': 'off' } } }]), false), undefined);
    assert.equal(c2.unchanged(input, stamp, eff, true), undefined);
    // Written one second before it was read: a later write could have kept the timestamps.
    const racy = { ...input, display: 'racy.txt' };
    assert.equal(c2.unchanged(racy, stamp, eff, false), undefined);
    // The same bytes read again long after: from then on the stamp vouches for them.
    assert.ok(c2.get(racy, bytes, { stamp, at: 1_000_000 + 60_000 }, eff, false));
    c2.save();
    assert.ok(ScanCache.open(loc, '1.0.0').unchanged(racy, stamp, eff, false));
    tree.remove();
  });

  it('a re-scan takes files whose stamp vouches for them without reading them, and reads a changed one', async () => {
    const tree = new TempTree('gongwen-cache-');
    const a = tree.write('a.txt', NOTICE);
    const b = tree.write('b.txt', NOTICE);
    const inputs = [a, b].map((p) => ({ path: p, display: path.basename(p), rel: path.basename(p) }));
    const eff = effectiveConfig([]);
    const scan = (cache: ScanCache) => scanFiles(inputs, { effectiveFor: () => eff, concurrency: 'off', cache });
    const loc = tree.path('c/');
    const open = () => ScanCache.open(loc, '1.0.0', { racyMs: -60_000 });
    const c = open();
    const cold = await scan(c);
    c.save();
    assert.deepEqual([cold.cached, cold.unread], [0, 0]);
    const again = await scan(open());
    assert.deepEqual([again.cached, again.unread], [2, 2]);
    assert.deepEqual(again.files, cold.files);
    // b is rewritten with other bytes of the same length: its stamp changes (ctime at least), so it is read.
    writeFileSync(b, NOTICE.replace('通知', '通报'));
    const warm = await scan(open());
    assert.deepEqual([warm.cached, warm.unread], [1, 1]);
    const fresh = await scanFiles(inputs.slice(1), { effectiveFor: () => eff, concurrency: 'off' });
    assert.deepEqual(warm.files[1]!.diagnostics, fresh.files[0]!.diagnostics);
    assert.deepEqual(warm.files[0]!.diagnostics, cold.files[0]!.diagnostics);
    tree.remove();
  });
});
