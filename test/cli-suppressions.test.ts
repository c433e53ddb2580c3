// Bulk suppressions (issue 18 item 7, in the manner of ESLint 9's eslint-suppressions.json):
// `gongwen check --suppress-all` / `--suppress-rule` record per file and rule how many findings
// an existing archive has, at the repository root; later runs report a file's findings of a rule
// only when there are more than recorded; `--prune-suppressions` lowers and drops counts; a broken
// file is a message and exit 2. Real files in a temporary repository; the pure part is unit-tested below.

import * as assert from 'node:assert/strict';
import { formatSuppressions, type Suppressions } from '../server/src/core/suppressions';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { TempTree } from './helpers/tempTree';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { changeAndWait, openAndWait, startServer, type TestServer } from './lsp/client';
import { FIXABLE_NOTICE_LINES } from './helpers/texts';

/** A notice with 4 format.punctuation findings (half-width : , ( ) :), 1 format.date and 1 doc.disclosure. */
const LINES = [...FIXABLE_NOTICE_LINES];
const TEXT = LINES.join('\n') + '\n';
const RECORDED: Suppressions = {
  'docs/a.txt': { 'doc.disclosure': { count: 1 }, 'format.date': { count: 1 }, 'format.punctuation': { count: 4 } },
  'docs/sub/b.txt': { 'doc.disclosure': { count: 1 }, 'format.date': { count: 1 }, 'format.punctuation': { count: 4 } },
};

interface Report {
  files: Array<{ path: string; diagnostics: Array<{ rule: string }> }>;
}

function rulesOf(stdout: string): Record<string, string[]> {
  const r = JSON.parse(stdout) as Report;
  return Object.fromEntries(r.files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]));
}

describe('gongwen check: bulk suppressions (gongwen-suppressions.json)', function () {
  this.timeout(60_000);
  let tree: TempTree;
  before(() => ensureBuilt());
  beforeEach(() => {
    tree = new TempTree('gongwen-suppress-');
    mkdirSync(tree.path('.git')); // a repository: its root holds the file
    tree.write('docs/a.txt', TEXT);
    tree.write('docs/sub/b.txt', TEXT);
  });
  afterEach(() => tree.remove());

  const file = (): Suppressions => JSON.parse(readFileSync(tree.path('gongwen-suppressions.json'), 'utf8')) as Suppressions;

  it('--suppress-all writes the counts at the repository root; later runs leave them out, say how many, and exit 0', () => {
    // Run from a subfolder: the file still goes to the repository root, with root-relative paths.
    const w = runCli(['check', '.', '--suppress-all', '-f', 'text', '--fail-on', 'info'], tree.path('docs'));
    assert.equal(w.status, 0, w.stderr);
    assert.equal(w.stdout, '');
    assert.deepEqual(file(), RECORDED);
    assert.match(w.stderr, /已写入 .*gongwen-suppressions\.json（2 个文件，共 12 个问题）/);
    assert.equal(readFileSync(tree.path('gongwen-suppressions.json'), 'utf8'), formatSuppressions(RECORDED), 'stable, sorted, final newline');

    const r = runCli(['check', 'docs', '-f', 'json', '--fail-on', 'info'], tree.root);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(rulesOf(r.stdout), { 'docs/a.txt': [], 'docs/sub/b.txt': [] });
    assert.equal(r.stderr, 'gongwen: 已按 gongwen-suppressions.json 略去 12 个问题\n');

    const en = runCli(['check', 'docs', '-f', 'text', '--fail-on', 'info', '--locale', 'en'], tree.root);
    assert.equal(en.status, 0, en.stderr);
    assert.equal(en.stdout, '');
    assert.match(en.stderr, /^gongwen: 12 finding\(s\) left out as recorded in gongwen-suppressions\.json\n/);
  });

  it('a new finding over the recorded count reports all of that rule\'s findings in that file (and only there)', () => {
    assert.equal(runCli(['check', 'docs', '--suppress-all', '-f', 'text'], tree.root).status, 0);
    // One more half-width comma in a.txt: format.punctuation 5 > 4.
    tree.write('docs/a.txt', TEXT.replace('各单位要加强值班值守。', '各单位要加强值班值守,做好准备。'));
    const r = runCli(['check', 'docs', '-f', 'json', '--fail-on', 'info'], tree.root);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(rulesOf(r.stdout), { 'docs/a.txt': Array(5).fill('format.punctuation'), 'docs/sub/b.txt': [] });
    assert.equal(r.stderr, 'gongwen: 已按 gongwen-suppressions.json 略去 8 个问题\n');
  });

  it('--suppress-rule (repeated or comma-separated) records only those rules and merges into the file', () => {
    const one = runCli(['check', 'docs', '--suppress-rule', 'format.punctuation', '-f', 'json', '--fail-on', 'info'], tree.root);
    assert.equal(one.status, 1, one.stderr);
    assert.deepEqual(file(), { 'docs/a.txt': { 'format.punctuation': { count: 4 } }, 'docs/sub/b.txt': { 'format.punctuation': { count: 4 } } });
    assert.deepEqual(rulesOf(one.stdout)['docs/a.txt']!.sort(), ['doc.disclosure', 'format.date']);

    const two = runCli(['check', 'docs', '--suppress-rule', 'format.date', '--suppress-rule=doc.disclosure', '-f', 'json', '--fail-on', 'info'], tree.root);
    assert.equal(two.status, 0, two.stderr);
    assert.deepEqual(file(), RECORDED, 'merged with what was there');

    rmSync(tree.path('gongwen-suppressions.json'));
    const comma = runCli(['check', 'docs/a.txt', '--suppress-rule', 'format.date,doc.disclosure', '-f', 'json'], tree.root);
    assert.equal(comma.status, 0, comma.stderr);
    assert.deepEqual(file(), { 'docs/a.txt': { 'doc.disclosure': { count: 1 }, 'format.date': { count: 1 } } });
  });

  it('the HTML report counts the findings it shows, not those the suppressions leave out', () => {
    assert.equal(runCli(['check', 'docs', '--suppress-rule', 'format.punctuation', '-f', 'text'], tree.root).status, 0);
    const r = runCli(['check', 'docs', '-f', 'html', '--output', 'r.html'], tree.root);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(tree.path('r.html'), 'utf8');
    // 12 findings, 8 of them format.punctuation (4 a file) recorded: 4 shown.
    assert.match(html, /<div class="card"><div class="big">4<\/div><div>问题总数<\/div>/);
    assert.doesNotMatch(html, /<code>format\.punctuation<\/code>/, 'no row of the rule left out');
  });

  it('--suppress-rule refuses an unknown rule id (a typo) and writes nothing; a team rule id is taken as written', () => {
    const typo = runCli(['check', 'docs', '--suppress-rule', 'format.date,format.dat', '-f', 'json', '--locale', 'en'], tree.root);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /unknown rule id format\.dat \(gongwen rules lists them\)/);
    assert.ok(!existsSync(tree.path('gongwen-suppressions.json')), 'nothing written');
    const team = runCli(['check', 'docs', '--suppress-rule', 'custom.no-such-rule', '-f', 'json'], tree.root);
    assert.equal(team.status, 0, team.stderr);
    assert.deepEqual(file(), {}, 'no finding of that team rule: nothing recorded');
  });

  it('--prune-suppressions lowers counts no longer reached, drops zeros and files gone, keeps files not checked', () => {
    assert.equal(runCli(['check', 'docs', '--suppress-all', '-f', 'text'], tree.root).status, 0);
    tree.write('docs/c.txt', TEXT);
    assert.equal(runCli(['check', 'docs/c.txt', '--suppress-all', '-f', 'text'], tree.root).status, 0);
    // a.txt: two punctuation findings fixed, the date fixed; b.txt deleted; c.txt not checked this time.
    tree.write('docs/a.txt', TEXT.replace('各区县:', '各区县：').replace('工作,现将', '工作，现将').replace('二〇二四年五月二十日', '2024年5月20日'));
    rmSync(tree.path('docs/sub/b.txt'));
    const r = runCli(['check', 'docs/a.txt', '--prune-suppressions', '-f', 'text', '--fail-on', 'info'], tree.root);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(file(), {
      'docs/a.txt': { 'doc.disclosure': { count: 1 }, 'format.punctuation': { count: 2 } },
      'docs/c.txt': RECORDED['docs/a.txt']!,
    });
    assert.match(r.stderr, /已按 gongwen-suppressions\.json 略去 3 个问题/);
  });

  it('--suppressions-location uses another file', () => {
    const w = runCli(['check', 'docs', '--suppress-all', '--suppressions-location', 'ci/baseline.json', '-f', 'text'], tree.root);
    // The folder must exist: writing into a missing one is an error, exit 2.
    assert.equal(w.status, 2);
    assert.match(w.stderr, /无法写入 .*baseline\.json/);
    mkdirSync(tree.path('ci'));
    assert.equal(runCli(['check', 'docs', '--suppress-all', '--suppressions-location', 'ci/baseline.json', '-f', 'text'], tree.root).status, 0);
    assert.ok(!existsSync(tree.path('gongwen-suppressions.json')));
    assert.deepEqual(JSON.parse(readFileSync(tree.path('ci/baseline.json'), 'utf8')), RECORDED);
    const r = runCli(['check', 'docs', '--suppressions-location', 'ci/baseline.json', '-f', 'text', '--fail-on', 'info'], tree.root);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /已按 ci\/baseline\.json 略去 12 个问题/);
    // Without it, the default file (absent) suppresses nothing.
    assert.equal(runCli(['check', 'docs', '-f', 'text', '--fail-on', 'info'], tree.root).status, 1);
  });

  it('a broken suppressions file is a clear message and exit 2, never a crash', () => {
    for (const [content, why] of [
      ['{ "docs/a.txt": ', /不是合法的 JSON/],
      ['[]', /应为对象/],
      ['{ "docs/a.txt": { "format.date": { "count": "1" } } }', /“docs\/a\.txt”的规则 format\.date 应为 \{ "count": 非负整数 \}/],
    ] as const) {
      tree.write('gongwen-suppressions.json', content);
      const r = runCli(['check', 'docs', '-f', 'text'], tree.root);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^gongwen: 无法使用 .*gongwen-suppressions\.json：/);
      assert.match(r.stderr, why);
      assert.doesNotMatch(r.stderr, /内部错误|at /);
    }
    const en = runCli(['check', 'docs', '-f', 'text', '--locale', 'en'], tree.root);
    assert.equal(en.status, 2);
    assert.match(en.stderr, /^gongwen: cannot use .*gongwen-suppressions\.json: rule format\.date of "docs\/a\.txt" must be/);
  });

  it('--prune-suppressions with --suppress-all is a usage error', () => {
    const r = runCli(['check', 'docs', '--suppress-all', '--prune-suppressions'], tree.root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--prune-suppressions 不能与 --suppress-all 或 --suppress-rule 同用/);
  });
});

describe('the language server reads the same gongwen-suppressions.json', function () {
  this.timeout(60_000);
  let tree: TempTree;
  let s: TestServer | undefined;
  before(() => ensureBuilt());
  afterEach(async () => {
    await s?.stop();
    tree.remove();
  });

  const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code)).sort();

  it('leaves out what the CLI suppresses (found from the workspace folder up to the repository root), and all of a rule over its count', async () => {
    tree = new TempTree('gongwen-suppress-lsp-');
    mkdirSync(tree.path('.git'));
    tree.write('docs/a.txt', TEXT);
    assert.equal(runCli(['check', 'docs', '--suppress-rule', 'format.punctuation,format.date', '-f', 'text'], tree.root).status, 0);
    // The workspace folder is docs/, inside the repository: the file at the root still applies.
    s = await startServer({ rootUri: null, workspaceFolders: [{ uri: tree.uri('docs'), name: 'docs' }] });
    const uri = tree.uri('docs/a.txt');
    const first = await openAndWait(s, uri, TEXT);
    assert.deepEqual(codes(first), ['doc.disclosure']);
    const more = await changeAndWait(s, uri, TEXT.replace('各单位要加强值班值守。', '各单位要加强值班值守,做好准备。'), 2);
    assert.deepEqual(codes(more), ['doc.disclosure', ...Array(5).fill('format.punctuation')]);
  });

  it('the workspace scan publishes, counts and reports only what the suppressions leave', async () => {
    tree = new TempTree('gongwen-suppress-lsp-');
    mkdirSync(tree.path('.git'));
    tree.write('docs/a.txt', TEXT);
    tree.write('docs/b.txt', TEXT);
    assert.equal(runCli(['check', 'docs/a.txt', '--suppress-rule', 'format.punctuation', '-f', 'text'], tree.root).status, 0);
    s = await startServer({ rootUri: null, workspaceFolders: [{ uri: tree.uri(''), name: 'root' }] });
    const mark = s.mark();
    const r = (await s.conn.sendRequest('gongwen/scanWorkspace', {})) as { files: number; diagnostics: number; bySeverity: Record<string, number> };
    // 6 findings a file; a.txt's 4 punctuation findings are recorded.
    assert.equal(r.files, 2);
    assert.equal(r.diagnostics, 8);
    const published = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === tree.uri('docs/a.txt'), { after: mark });
    assert.deepEqual(codes(published), ['doc.disclosure', 'format.date']);
    const report = (await s.conn.sendRequest('gongwen/scanReport', {})) as string | null;
    assert.match(report ?? '', /<div class="card"><div class="big">8<\/div>/);
  });

  it('a broken file suppresses nothing and does not stop the server', async () => {
    tree = new TempTree('gongwen-suppress-lsp-');
    mkdirSync(tree.path('.git'));
    tree.write('gongwen-suppressions.json', '{ broken');
    s = await startServer({ rootUri: null, workspaceFolders: [{ uri: tree.uri(''), name: 'root' }] });
    const p = await openAndWait(s, tree.uri('a.txt'), TEXT);
    assert.deepEqual(codes(p), ['doc.disclosure', 'format.date', ...Array(4).fill('format.punctuation')]);
  });
});
