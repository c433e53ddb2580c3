// The package as a user installs it: `npm pack` makes a tarball that `npm install --global`
// installs with no network (no runtime dependencies: everything is in the esbuild bundles), and
// the two commands it provides work from the install prefix: `gongwen` checks a file, and
// `gongwen-language-server` answers an LSP client over stdio (its default transport), with rule
// links on the site named by package.json `homepage`. Also what the publishing metadata,
// .pre-commit-hooks.yaml and the docs site need.

import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt } from './helpers/build';
import { ROOT } from './helpers/paths';
import { runCli } from './helpers/cli';
import { docsHref, docsSite } from '../server/src/lsp/docsLink';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A 公文 with a 发文字号 in square brackets (format.doc-number, a safe fix) and a half-width comma. */
const DRAFT = '济办发[2019]023号\n\n关于开展检查的通知\n\n各单位：\n\n现将有关事项通知如下,请遵照执行。\n\n某某局\n2019年7月28日\n';

/** Sends LSP messages to a server's stdin and collects what it answers, frame by frame. */
function lspClient(cmd: string, args: string[]) {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let buf = Buffer.alloc(0);
  const messages: Array<Record<string, any>> = [];
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, sep).toString('ascii'))?.[1]);
      if (buf.length < sep + 4 + len) return;
      messages.push(JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8')));
      buf = buf.subarray(sep + 4 + len);
      for (const w of waiters.splice(0)) w();
    }
  });
  const send = (m: object): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  /** The first message that matches, waiting for it (the test's timeout bounds the wait). */
  const next = async (match: (m: Record<string, any>) => boolean): Promise<Record<string, any>> => {
    for (;;) {
      const hit = messages.find(match);
      if (hit) return hit;
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { child, send, next, messages };
}

describe('package: npm pack, a global install offline, the two commands', function () {
  this.timeout(60_000);
  let tmp = '';
  let prefix = '';
  let tarball = '';
  let binDir = '';

  before(() => {
    ensureBuilt();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-pack-'));
    prefix = path.join(tmp, 'prefix');
    // dist/ is current (ensureBuilt); --ignore-scripts skips `prepare`, which would build it again.
    const packed = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    tarball = path.join(tmp, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
    execFileSync(NPM, ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    binDir = process.platform === 'win32' ? prefix : path.join(prefix, 'bin');
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the tarball holds the bundles, both commands, the rule pages and the icon; no sources, maps or tests', () => {
    const listed = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const files = new Set(listed.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')));
    for (const f of ['package.json', 'README.md', 'LICENSE', 'bin/gongwen.js', 'bin/gongwen-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/scanWorker.js', 'dist/vendor/iconv-lite.js', 'dist/vendor/re2js.js', 'docs/rules/format.date.md', 'docs/index.md', 'images/icon.png']) assert.ok(files.has(f), `${f} is in the tarball`);
    for (const f of files) assert.doesNotMatch(f, /^(server|client|test|scripts|node_modules)\/|\.map$/, `${f} should not be packed`);
  });

  it('installs two commands; `gongwen check` finds and exits as in the clone', () => {
    const gongwen = path.join(binDir, 'gongwen');
    assert.ok(existsSync(gongwen) && existsSync(path.join(binDir, 'gongwen-language-server')));
    assert.equal(execFileSync(gongwen, ['--version'], { encoding: 'utf8' }).trim(), pkg['version']);
    const draft = path.join(tmp, 'notice.txt');
    writeFileSync(draft, DRAFT);
    const r = spawnSync(gongwen, ['check', draft, '--format', 'json'], { cwd: tmp, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; fixes?: Array<{ edits: Array<{ newText: string }> }> }> }> };
    const doc = report.files[0]!.diagnostics.find((d) => d.rule === 'format.doc-number');
    assert.equal(doc?.fixes?.[0]?.edits[0]?.newText, '〔2019〕23号');
    const fail = spawnSync(gongwen, ['check', draft, '--fail-on', 'warning'], { cwd: tmp, encoding: 'utf8' });
    assert.equal(fail.status, 1);
  });

  for (const args of [[], ['--stdio']]) {
    it(`gongwen-language-server ${args.join(' ') || '(no arguments: stdio)'} answers an LSP client; rule links are on the homepage site`, async () => {
      const c = lspClient(path.join(binDir, 'gongwen-language-server'), args);
      try {
        const uri = `file://${path.join(tmp, 'open.txt')}`;
        c.send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
        const init = await c.next((m) => m['id'] === 1);
        assert.ok(init['result']?.capabilities?.hoverProvider, JSON.stringify(init));
        c.send({ method: 'initialized', params: {} });
        c.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: DRAFT } } });
        const published = await c.next((m) => m['method'] === 'textDocument/publishDiagnostics' && m['params']?.uri === uri && m['params'].diagnostics.length > 0);
        const d = (published['params'].diagnostics as Array<{ code: string; codeDescription?: { href: string } }>).find((x) => x.code === 'format.doc-number');
        assert.equal(d?.codeDescription?.href, `${pkg['homepage']}rules/format.doc-number.html`);
        c.send({ id: 2, method: 'shutdown' });
        await c.next((m) => m['id'] === 2);
        c.send({ method: 'exit' });
        const code = await new Promise<number | null>((resolve) => (c.child.exitCode !== null ? resolve(c.child.exitCode) : c.child.on('exit', (n) => resolve(n))));
        assert.equal(code, 0);
      } finally {
        c.child.kill();
      }
    });
  }
});

describe('package: publishing metadata and CI recipes', () => {
  it('package.json is publishable: not private, with repository, homepage, license, publisher, icon and keywords', () => {
    assert.equal(pkg['private'], undefined);
    for (const k of ['repository', 'homepage', 'license', 'publisher', 'icon', 'keywords']) assert.ok(pkg[k], `package.json has ${k}`);
    assert.equal(pkg['license'], 'MIT');
    assert.match(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    const icon = readFileSync(path.join(ROOT, String(pkg['icon'])));
    assert.deepEqual([...icon.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    assert.deepEqual(pkg['bin'], { gongwen: 'bin/gongwen.js', 'gongwen-language-server': 'bin/gongwen-language-server.js' });
    assert.equal(pkg['dependencies'], undefined, 'runtime code is bundled: a dependency would need the network at install');
  });

  it('rule links are built from the one homepage field: <homepage>rules/<id>.html, #english in English', () => {
    const home = String(pkg['homepage']);
    assert.match(home, /^https:\/\/.+\/$/);
    assert.equal(docsSite(), home);
    assert.equal(docsHref('format.date'), `${home}rules/format.date.html`);
    assert.equal(docsHref('format.date', undefined, 'en'), `${home}rules/format.date.html#english`);
    assert.equal(docsHref('custom.no-jargon'), `${home}#sharing-rules-with-your-team`);
  });

  it('docs/ is a static site as it is: an index linking every rule page, every relative link inside docs/', () => {
    const docs = path.join(ROOT, 'docs');
    const index = readFileSync(path.join(docs, 'index.md'), 'utf8');
    assert.match(index, /^## Sharing rules with your team$/m);
    assert.match(readFileSync(path.join(docs, '_config.yml'), 'utf8'), /jekyll-relative-links/);
    for (const f of readdirSync(path.join(docs, 'rules'))) {
      assert.ok(index.includes(`](rules/${f})`), `docs/index.md links rules/${f}`);
      const page = readFileSync(path.join(docs, 'rules', f), 'utf8');
      assert.match(page, /^## English$/m, `${f} has the English section #english links land on`);
      assert.doesNotMatch(page, /\{\{|\{%/, `${f} has no Liquid tags (Jekyll would eat them)`);
      for (const m of page.matchAll(/\]\(([^)#]+\.md)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(m[1]!)) continue;
        const target = path.resolve(docs, 'rules', m[1]!);
        assert.ok(target.startsWith(docs + path.sep) && existsSync(target), `${f} links ${m[1]}, a page of the site`);
      }
    }
  });

  it('JSON and SARIF carry the same fixes (range, new text, safe); SARIF fingerprints are SHA-256, distinct for equal findings', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fixes-'));
    try {
      // Two equal half-width commas: same rule, same text, two fingerprints.
      writeFileSync(path.join(tmp, 'notice.txt'), DRAFT.replace('通知如下,请', '通知如下,请,'));
      const json = JSON.parse(runCli(['check', 'notice.txt', '--format', 'json'], tmp).stdout);
      const sarif = JSON.parse(runCli(['check', 'notice.txt', '--format', 'sarif'], tmp).stdout);
      const diags = json.files[0].diagnostics as Array<{ rule: string; fixes?: Array<{ title: string; safe: boolean; edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> }> }>;
      const results = sarif.runs[0].results as Array<{ ruleId: string; partialFingerprints: Record<string, string>; fixes?: Array<{ description: { text: string }; properties: { safe: boolean }; artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }; insertedContent: { text: string } }> }> }> }>;
      assert.equal(results.length, diags.length);
      assert.ok(diags.filter((d) => d.fixes).length >= 3, 'the draft has fixable findings');
      diags.forEach((d, i) => {
        const r = results[i]!;
        assert.equal(r.ruleId, d.rule);
        assert.deepEqual(
          (r.fixes ?? []).map((x) => ({ title: x.description.text, safe: x.properties.safe, edits: x.artifactChanges[0]!.replacements.map((e) => ({ range: { start: { line: e.deletedRegion.startLine - 1, character: e.deletedRegion.startColumn - 1 }, end: { line: e.deletedRegion.endLine - 1, character: e.deletedRegion.endColumn - 1 } }, newText: e.insertedContent.text })) })),
          d.fixes ?? [],
        );
        for (const x of r.fixes ?? []) assert.equal(x.artifactChanges[0]!.artifactLocation.uri, 'notice.txt');
      });
      const prints = results.map((r) => r.partialFingerprints['gongwen/v2']!);
      for (const p of prints) assert.match(p, /^[0-9a-f]{64}$/);
      assert.equal(new Set(prints).size, prints.length, 'every finding its own fingerprint');
      assert.ok(results.filter((r) => r.ruleId === 'format.punctuation').length >= 2);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('.pre-commit-hooks.yaml offers the hook `gongwen` running `gongwen check` with node on text and Markdown', () => {
    const y = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    assert.match(y, /^- id: gongwen$/m);
    assert.match(y, /^ {2}entry: gongwen check$/m);
    assert.match(y, /^ {2}language: node$/m);
    assert.match(y, /^ {2}types_or: \[text, markdown\]$/m);
    const ci = readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');
    assert.match(ci, /github\/codeql-action\/upload-sarif@v3/);
    assert.match(ci, /--format sarif --output gongwen\.sarif/);
    assert.match(ci, /security-events: write/);
  });
});
