// Hostile and broken input, as a reviewer meets it in folders other people filled: zip bombs and
// malformed Word files beside good files, config files that point at a FIFO or /dev/zero, a rule
// that throws, and file names that try to forge output. Each case asserts what must still
// happen: which files were checked, what was said about the others, and the exit code.

import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze';
import { effectiveConfig, type Effective } from '../server/src/core/config/effective';
import { resolveConfig } from '../server/src/core/config/resolve';
import { RULES } from '../server/src/core/rules/registry';
import type { Rule, RuleContext } from '../server/src/core/rules/rule';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { toSarif } from '../server/src/report/sarif';
import { toScanDiagnostics } from '../server/src/scan/workspaceScan';
import { scanFiles } from '../server/src/scan/engine';
import type { ScanWorkspaceResult } from '../server/src/protocol';
import { ensureBuilt } from './helpers/build';
import { runCli as cli } from './helpers/cli';
import { makeDocx } from './helpers/docx';
import { BIN } from './helpers/paths';
import { TempTree } from './helpers/tempTree';
import { NOTICE, NOTICE_ALL } from './helpers/texts';
import { docxBomb, honest, writeZip } from './helpers/zip';
import { openAndWait, startServer } from './lsp/client';

interface JsonRun {
  files: Array<{ path: string; diagnostics: Array<{ rule: string }>; failures?: Array<{ rule: string; error: string }> }>;
}

/** A rule that throws on every document (as a bug in a rule would). */
function throwingRule(id: string): Rule {
  return {
    id, title: { zh: '会出错的规则', en: 'a rule that throws' }, clause: 'test', visits: ['Document'], defaultSeverity: 'warning', options: [], fixable: false,
    check(ctx: RuleContext) {
      ctx.report({ start: 0, end: 1, message: { zh: '半途', en: 'half way' } });
      throw new TypeError(`cannot read properties of undefined (${id})`);
    },
  } as unknown as Rule;
}

describe('hostile input: Word archives', function () {
  this.timeout(60000);
  let t: TempTree;
  before(() => ensureBuilt());
  beforeEach(() => (t = new TempTree('gongwen-abuse-')));
  afterEach(() => t.remove());

  it('a folder with zip bombs, a lying archive and broken Word files beside good files: every good file is checked, each bad one named with its reason', async () => {
    t.write('a-good.txt', NOTICE);
    t.write('b-bomb40.docx', docxBomb(40));
    t.write('c-bomb400.docx', docxBomb(400));
    t.write('d-lie.docx', docxBomb(400, 2000));
    t.write('e-notzip.docx', '不是 Word 文档');
    t.write('f-nobody.docx', writeZip([honest('word/styles.xml', '<w:styles/>')]));
    t.write('g-good.docx', await makeDocx(NOTICE.split('\n')));
    const r = cli(['check', t.root, '--format', 'json']);
    const out = JSON.parse(r.stdout) as JsonRun;
    assert.deepEqual(out.files.map((f) => path.basename(f.path)), ['a-good.txt', 'g-good.docx']);
    const good = out.files[0]!.diagnostics.map((d) => d.rule).sort();
    assert.deepEqual(good, NOTICE_ALL.map(([rule]) => rule).sort());
    assert.deepEqual(out.files[1]!.diagnostics.map((d) => d.rule).sort(), good, 'the Word copy has the same findings');
    const skipped = r.stderr.split('\n').filter((l) => l.startsWith('gongwen: 未检查'));
    assert.equal(skipped.length, 5, r.stderr);
    assert.match(r.stderr, /b-bomb40\.docx：文件过大：Word 文档解压后的正文部件超过 32,000,000 字节/);
    assert.match(r.stderr, /c-bomb400\.docx：文件过大：/);
    assert.match(r.stderr, /d-lie\.docx：压缩比异常：Word 文档部件 word\/document\.xml 解压后超过其声明的 2,000 字节/);
    assert.match(r.stderr, /e-notzip\.docx：不是 \.docx 压缩包（可能是改了扩展名的 \.doc、加密的文档或其他文件）/);
    assert.match(r.stderr, /f-nobody\.docx：无法读取的 Word 文档：缺少正文部件/);
    assert.equal(r.status, 2, 'broken and hostile files make the run fail');
  });

  it('SARIF: the refused archives are notifications of an unsuccessful run', () => {
    t.write('good.txt', NOTICE);
    t.write('bomb.docx', docxBomb(400));
    t.write('lie.docx', docxBomb(400, 2000));
    const r = cli(['check', '.', '--format', 'sarif'], t.root);
    const inv = (JSON.parse(r.stdout) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>; results: unknown[] }> }).runs[0]!;
    assert.equal(inv.invocations[0]!.executionSuccessful, false);
    assert.deepEqual(inv.invocations[0]!.toolExecutionNotifications.map((n) => [n.level, n.message.text.slice(0, 5)]), [['warning', '文件过大：'], ['error', '压缩比异常']]);
    assert.equal(inv.results.length, NOTICE_ALL.length);
  });
});

describe('hostile input: the editor\'s workspace scan', function () {
  this.timeout(60000);
  before(() => ensureBuilt());

  it('bombs and a lying archive in a cloned repository: the scan names them, checks the rest, and the server keeps answering', async () => {
    const t = new TempTree('gongwen-abuse-');
    const s = await startServer({ rootUri: null, workspaceFolders: [{ uri: pathToFileURL(t.root).toString(), name: 'ws' }] });
    try {
      t.write('good.txt', NOTICE);
      t.write('bomb.docx', docxBomb(400));
      t.write('lie.docx', docxBomb(400, 2000));
      const r = (await s.conn.sendRequest('gongwen/scanWorkspace', {})) as ScanWorkspaceResult;
      assert.deepEqual([r.files, r.diagnostics, r.cancelled], [1, NOTICE_ALL.length, false]);
      assert.deepEqual(r.skipped.map((k) => [k.path, k.reason.slice(0, 5)]), [
        ['bomb.docx', '文件过大：'],
        ['lie.docx', '压缩比异常'],
      ]);
      // Still serving: a document opened afterwards gets its diagnostics.
      const opened = await openAndWait(s, pathToFileURL(t.path('new.txt')).toString(), NOTICE);
      assert.equal(opened.diagnostics.length, NOTICE_ALL.length);
    } finally {
      await s.stop();
      t.remove();
    }
  });
});

describe('hostile input: configuration', function () {
  this.timeout(60000);
  let t: TempTree;
  before(() => ensureBuilt());
  beforeEach(() => (t = new TempTree('gongwen-abuse-')));
  afterEach(() => t.remove());

  for (const [name, target, reason] of [
    ['a FIFO', './pipe.json', /not a regular file/],
    ['/dev/zero', '/dev/zero', /not a regular file/],
  ] as const) {
    it(`extends of ${name}: the CLI answers with a config problem and checks with the rest of the configuration (exit 2)`, async function () {
      if (process.platform === 'win32') this.skip();
      t.write('doc.txt', NOTICE);
      execFileSync('mkfifo', [t.path('pipe.json')]);
      t.write('.gongwen.json', { extends: target, rules: { 'doc.disclosure': 'off' } });
      // Spawned asynchronously with a deadline: a CLI that opened the FIFO would wait for ever.
      const r = await runWithDeadline(['check', 'doc.txt', '--format', 'json', '--locale', 'en'], t.root, 30000);
      assert.equal(r.timedOut, false, 'the CLI finished');
      assert.equal(r.status, 2);
      assert.match(r.stderr, reason);
      const rules = (JSON.parse(r.stdout) as JsonRun).files[0]!.diagnostics.map((d) => d.rule);
      assert.ok(rules.length > 0);
      assert.ok(!rules.includes('doc.disclosure'), 'the file\'s own rules still apply');
    });
  }
});

describe('hostile input: a rule that throws', () => {
  const config = resolveConfig(RULES, []).config;

  it('the analysis names the rule, drops its half-made findings, and every other rule still reports', () => {
    const clean = analyze(NOTICE, config);
    const r = analyze(NOTICE, config, { extraRules: [throwingRule('team.broken')] });
    assert.deepEqual(r.failures, [{ rule: 'team.broken', error: 'cannot read properties of undefined (team.broken)' }]);
    assert.deepEqual(r.findings, clean.findings);
  });

  it('the editor shows the failure at the top of the file, before the other rules\' diagnostics (open documents and the workspace scan alike)', async () => {
    const r = analyze(NOTICE, config, { extraRules: [throwingRule('team.broken')] });
    const ds = toDiagnostics(r, 'zh-cn', 3);
    assert.equal(ds.length, r.findings.length + 1);
    assert.deepEqual([ds[0]!.code, ds[0]!.severity, ds[0]!.range.start], ['gongwen.rule-failed', 3, { line: 0, character: 0 }]);
    assert.equal(ds[0]!.message, '规则 team.broken 运行出错，此文件未用该规则检查（其余规则照常）：cannot read properties of undefined (team.broken)');
    assert.match(String(toDiagnostics(r, 'en', 3)[0]!.message), /^rule team\.broken failed, so this file was checked without it/);
    const t = new TempTree('gongwen-abuse-');
    try {
      const a = t.write('a.txt', NOTICE);
      const res = await scanFiles([{ path: a, display: 'a.txt', rel: 'a.txt' }], { effectiveFor: () => ({ ...effectiveConfig([]), customRules: [throwingRule('team.broken')] }) });
      const scanned = toScanDiagnostics(res.files[0]!);
      assert.equal(scanned[0]!.code, 'gongwen.rule-failed');
      assert.equal(scanned.length, NOTICE_ALL.length + 1);
    } finally {
      t.remove();
    }
  });

  it('a thrown value that is not an Error, or whose toString throws, is still named', () => {
    const odd = { ...throwingRule('team.odd'), check() { throw { toString() { throw new Error('no'); } }; } } as unknown as Rule;
    const r = analyze(NOTICE, config, { extraRules: [odd] });
    assert.deepEqual(r.failures, [{ rule: 'team.odd', error: 'unknown error' }]);
  });

  it('the scan keeps the file with the other rules\' findings and the failure; other files are untouched; SARIF reports the run as unsuccessful', async () => {
    const t = new TempTree('gongwen-abuse-');
    try {
      const a = t.write('a.txt', NOTICE);
      const b = t.write('b.txt', NOTICE);
      const base = effectiveConfig([]);
      const broken: Effective = { ...base, customRules: [throwingRule('team.broken')] };
      const res = await scanFiles([a, b].map((p) => ({ path: p, display: path.basename(p), rel: path.basename(p) })), { effectiveFor: (p) => (p === a ? broken : base) });
      assert.deepEqual(res.skipped, []);
      assert.deepEqual(res.files.map((f) => [f.display, f.failures.map((x) => x.rule), f.diagnostics.length]), [
        ['a.txt', ['team.broken'], NOTICE_ALL.length],
        ['b.txt', [], NOTICE_ALL.length],
      ]);
      const sarif = toSarif(res.files, { root: t.root, version: '0.0.0', docsBase: 'https://example.invalid/', failures: res.files.flatMap((f) => f.failures.map((x) => ({ path: f.display, ...x }))) });
      const inv = sarif.runs[0]!.invocations[0]!;
      assert.equal(inv.executionSuccessful, false);
      assert.deepEqual(inv.toolExecutionNotifications.map((n) => [n.level, n.message.text, (n as { associatedRule?: { id: string } }).associatedRule?.id]), [['error', 'cannot read properties of undefined (team.broken)', 'team.broken']]);
    } finally {
      t.remove();
    }
  });

  it('mutated documents never make a built-in rule throw (seeded)', () => {
    const base = NOTICE.split('\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 12 }), (edits) => {
        const lines = [...base];
        for (const [at, s] of edits) lines.splice(at % (lines.length + 1), 0, s);
        const r = analyze(lines.join('\n'), config);
        assert.deepEqual(r.failures, []);
      }),
      { seed: 16, numRuns: 150 },
    );
  });
});

describe('hostile input: file names', function () {
  this.timeout(60000);
  let t: TempTree;
  before(() => ensureBuilt());
  beforeEach(() => (t = new TempTree('gongwen-abuse-')));
  afterEach(() => t.remove());

  it('no output line of any format can be made to begin a workflow command by a file name', function () {
    if (process.platform === 'win32') this.skip();
    const name = 'x\n::error file=a::forged.txt';
    t.write(name, NOTICE);
    const text = cli(['check', '.', '--format', 'text'], t.root);
    const github = cli(['check', '.', '--format', 'github'], t.root);
    for (const out of [text.stdout, text.stderr, github.stdout]) {
      assert.ok(out.length > 0);
      for (const line of out.split('\n')) assert.ok(!line.startsWith('::error file=a::'), `forged line: ${line}`);
    }
    assert.equal(github.stdout.split('\n').filter((l) => l.startsWith('::')).length, NOTICE_ALL.length);
    const json = JSON.parse(cli(['check', '.', '--format', 'json'], t.root).stdout) as JsonRun;
    assert.ok(json.files[0]!.path.endsWith(name), 'JSON keeps the name exactly (its own escaping makes it safe)');
  });
});

function runWithDeadline(args: readonly string[], cwd: string, ms: number): Promise<{ status: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ status: null, stdout, stderr, timedOut: true });
    }, ms);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut: false });
    });
  });
}
