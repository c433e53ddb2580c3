// The language server as vscode.dev and github.dev run it: dist/browser/server.js in a web worker
// of a real browser (Debian's Chromium, headless), spoken to over postMessage as the browser
// language client does. A 公文 with a malformed 发文字号 gets the same diagnostics as from the Node
// server; fixing it clears them; the scan says it is not available; the bundles hold no Node
// built-in. Skips, saying why, where /usr/bin/chromium is absent (CI installs it).

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt } from './helpers/build';
import { ROOT } from './helpers/paths';
import { startServer } from './lsp/client';

const CHROMIUM = '/usr/bin/chromium';
const BROWSER_DIR = path.join(ROOT, 'dist', 'browser');
/** A 公文 whose one finding is its 发文字号: the year in square brackets, not 六角括号. */
const DRAFT = '济办发[2019]23号\n\n关于开展安全检查的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n某某局\n2019年7月28日\n\n（此件公开发布）\n';
const FIXED = DRAFT.replace('[2019]', '〔2019〕');
/** A document of the web's virtual file systems, as github.dev names them. */
const URI = 'vscode-vfs://github/gongwen/drafts/notice.gw';

/**
 * A page that starts the worker as VS Code's web extension host does (a blob: wrapper importing
 * the script: the worker's own location is the blob's) and keeps every message it posts.
 */
const PAGE = `<!doctype html><meta charset="utf-8"><script>
  window.received = [];
  const wrapper = new Blob([\`importScripts('\${location.origin}/dist/browser/server.js');\`], { type: 'text/javascript' });
  window.worker = new Worker(URL.createObjectURL(wrapper));
  window.worker.onmessage = (e) => window.received.push(e.data);
  window.worker.onerror = (e) => window.received.push({ workerError: String(e.message) });
</script>`;

/** The page's global (the project's lib is Node's, without the DOM). */
declare const window: { worker: { postMessage(m: unknown): void }; received: unknown[] };

type Message = { id?: number; method?: string; params?: any; result?: any; error?: { code: number; message: string }; workerError?: string };

describe('the language server in a web worker (vscode.dev, github.dev)', function () {
  this.timeout(60_000);
  let http: Server;
  let browser: Browser | undefined;
  let page: Page;
  let origin = '';
  let nextId = 1;

  const send = (m: Message): Promise<void> => page.evaluate((msg) => window.worker.postMessage({ jsonrpc: '2.0', ...msg }), m as Record<string, unknown>);
  /** The first message from the worker that satisfies pred (a function's source, run in the page). */
  const waitFor = async (pred: string, arg: unknown): Promise<Message> => {
    const handle = await page.waitForFunction(
      ({ pred, arg }) => window.received.find((m: unknown) => m && ((m as any).workerError || new Function('m', 'arg', `return (${pred})(m, arg)`)(m, arg))),
      { pred, arg },
      { timeout: 20_000 },
    );
    const m = (await handle.jsonValue()) as Message;
    assert.equal(m.workerError, undefined, `the worker failed: ${m.workerError}`);
    return m;
  };
  const request = async (method: string, params: unknown): Promise<Message> => {
    const id = nextId++;
    await send({ id, method, params });
    return waitFor('(m, id) => m.id === id && !m.method', id);
  };
  const diagnostics = async (version: number): Promise<PublishDiagnosticsParams> =>
    (await waitFor(`(m, a) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === a.uri && m.params.version === a.version`, { uri: URI, version })).params;

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip(); // Debian's chromium package is not installed here (CI installs it)
    ensureBuilt();
    http = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
        return;
      }
      const file = path.join(ROOT, path.normalize(url.pathname));
      if (url.pathname !== '/dist/browser/server.js' || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    await page.goto(`${origin}/`);
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
  });

  it('answers initialize over postMessage: the same capabilities as the Node server', async () => {
    const init = await request('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { publishDiagnostics: {} } } });
    assert.equal(init.error, undefined);
    assert.equal(init.result.serverInfo.name, 'gongwen');
    const node = await startServer({ configuration: false });
    try {
      assert.deepEqual(init.result.capabilities, node.initializeResult.capabilities);
    } finally {
      await node.stop();
    }
    await send({ method: 'initialized', params: {} });
  });

  it('a malformed 发文字号 gets its diagnostic: rule, range, Chinese message — those the Node server gives', async () => {
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'gongwen', version: 1, text: DRAFT } } });
    const got = await diagnostics(1);
    assert.deepEqual(got.diagnostics.map((d) => d.code), ['format.doc-number']);
    const d = got.diagnostics[0]!;
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
    assert.equal(d.message, '发文字号格式有误：年份应用六角括号“〔〕”，不用“[]”，应写作“济办发〔2019〕23号”（GB 7.2.5）');
    assert.equal(d.source, 'gongwen');
    // The same server: what the Node process publishes for the same document, to the letter.
    const node = await startServer({ configuration: false });
    try {
      await node.open(URI, DRAFT, { languageId: 'gongwen' });
      const fromNode = await node.diagnostics(URI);
      assert.deepEqual(got.diagnostics, fromNode.diagnostics);
    } finally {
      await node.stop();
    }
  });

  it('the hover quotes the clause and links the rule page on the site, with no local copy (none at hand on the web)', async () => {
    const hover = await request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 4 } });
    const text: string = hover.result.contents.value;
    assert.match(text, /^\*\*发文字号格式\*\* `format\.doc-number` · GB 7\.2\.5/);
    assert.match(text, /^> GB\/T 9704-2012《党政机关公文格式》 GB 7\.2\.5$/m);
    assert.match(text, /\[规则说明\]\(https:\/\/gongwen\.github\.io\/gongwen\/rules\/format\.doc-number\.html\)$/m);
    assert.doesNotMatch(text, /本地副本|file:|blob:/);
  });

  it('the fix as typed clears the diagnostics', async () => {
    await send({ method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: FIXED }] } });
    assert.deepEqual((await diagnostics(2)).diagnostics, []);
  });

  it('the workspace scan answers that it is not available', async () => {
    const r = await request('gongwen/scanWorkspace', {});
    assert.equal(r.error?.code, -32601);
    assert.match(r.error!.message, /not available on the web/);
  });

  it('the browser bundles import no Node built-in (the client imports only vscode)', () => {
    const builtin = new RegExp(`\\brequire\\(\\s*["'\`](node:[^"'\`]+|(${builtinModules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/[^"'\`]*)?)["'\`]\\s*\\)`);
    const server = readFileSync(path.join(BROWSER_DIR, 'server.js'), 'utf8');
    const client = readFileSync(path.join(BROWSER_DIR, 'client.js'), 'utf8');
    assert.doesNotMatch(server, builtin);
    assert.doesNotMatch(client, builtin);
    assert.doesNotMatch(server, /\brequire\(\s*["'`]/, 'the worker is one self-contained script');
    assert.deepEqual([...new Set(client.match(/\brequire\(\s*["'`][^"'`]+["'`]\s*\)/g))], ['require("vscode")']);
    // The check itself: it sees a Node import written the way esbuild emits one.
    assert.match('var fs = require("fs");', builtin);
    assert.match('var p = require("node:path");', builtin);
  });
});

describe('the .vsix carries the web extension', function () {
  this.timeout(60_000);

  it('package.json names the browser entry; vsce lists both web bundles among the packaged files', () => {
    ensureBuilt();
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { browser?: string; main?: string };
    assert.equal(pkg.browser, './dist/browser/client.js');
    assert.ok(existsSync(path.join(ROOT, pkg.browser)));
    // What `npm run package` puts in the .vsix, without writing one (.vscodeignore decides).
    const vsce = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
    const listed = new Set(execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean));
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/browser/client.js', 'dist/browser/server.js']) assert.ok(listed.has(f), `${f} is in the .vsix`);
    for (const f of listed) assert.doesNotMatch(f, /\.map$|^(server|client|test)\//, `${f} should not be in the .vsix`);
  });
});
