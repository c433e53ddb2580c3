// Shared pieces of the editor tests: system package checks, the code-server install in
// .cache/, starting and stopping servers and browsers by process group, staging the
// extension and the fixture workspace into a run folder.

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = path.join(ROOT, '.cache', 'code-server');
const CODE_SERVER_BIN = path.join(CACHE, 'node_modules', '.bin', 'code-server');
export const OUTPUT = path.join(ROOT, 'test-output', 'e2e');
const CHROMIUM = process.env.GONGWEN_E2E_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION_ID = 'gongwen.gongwen';

export class E2EError extends Error {}

const t0 = Date.now();
export function log(msg) {
  const s = ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
  process.stdout.write(`[e2e ${s}s] ${msg}\n`);
}

// ---------------------------------------------------------------- system packages

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** What each part needs from Debian: [package, present?]. */
const NEEDS = {
  chromium: () => existsSync(CHROMIUM),
  neovim: () => hasCommand('nvim'),
  ripgrep: () => existsSync('/usr/bin/rg'),
  'libkrb5-dev': () => existsSync('/usr/bin/krb5-config') || existsSync('/usr/include/gssapi/gssapi.h'),
  'pkg-config': () => hasCommand('pkg-config'),
  'fonts-wqy-microhei': () => existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
};

/** Fails with one line naming the missing Debian packages. */
export function requirePackages(names) {
  const missing = names.filter((n) => !NEEDS[n]());
  if (missing.length) {
    throw new E2EError(`missing Debian package${missing.length > 1 ? 's' : ''}: ${missing.join(' ')} (apt-get install -y ${missing.join(' ')})`);
  }
}

// ---------------------------------------------------------------- processes

/** Process groups started by this run; all are killed on exit, pass or fail. */
const groups = new Set();

function killGroup(pgid, signal = 'SIGKILL') {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the group, wait for it to go, SIGKILL what is left. */
export async function stopGroup(pgid, graceMs = 3000) {
  if (!groups.has(pgid) && !groupAlive(pgid)) return;
  killGroup(pgid, 'SIGTERM');
  const end = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
  groups.delete(pgid);
}

function trackGroup(pgid) {
  groups.add(pgid);
}

let handlersInstalled = false;
export function installCleanup() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const g of groups) killGroup(g, 'SIGKILL');
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      for (const g of groups) killGroup(g, 'SIGKILL');
      process.exit(130);
    });
  }
}

/** Spawns a command as the leader of a new process group (setsid), output to a log file. */
export function spawnGroup(cmd, args, { logFile, env, cwd } = {}) {
  const out = logFile ? createWriteStream(logFile, { flags: 'a' }) : 'ignore';
  const child = spawn(cmd, args, { cwd: cwd ?? ROOT, env: env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (logFile) {
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  trackGroup(child.pid);
  return child;
}

/** Runs a command to completion; throws with its output tail on failure. */
export function run(cmd, args, { cwd, env, what, timeoutMs = 15 * 60_000 } = {}) {
  const r = spawnSync(cmd, args, { cwd: cwd ?? ROOT, env: env ?? process.env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new E2EError(`${what ?? [cmd, ...args].join(' ')} failed (${r.error ? r.error.message : `exit ${r.status}`}):\n${tail}`);
  }
  return r;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- code-server

const STAMP = path.join(CACHE, `.installed-${CODE_SERVER_VERSION}`);

/** Installs code-server into .cache/code-server on first use (about a minute), with the workarounds it needs offline. */
export function ensureCodeServer() {
  if (existsSync(STAMP) && existsSync(CODE_SERVER_BIN)) return;
  requirePackages(['ripgrep', 'libkrb5-dev', 'pkg-config']);
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CACHE)}/ (first run only, about a minute)…`);
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    path.join(CACHE, 'package.json'),
    JSON.stringify({ name: 'gongwen-e2e-code-server', private: true, description: 'code-server for the editor tests; created by scripts/e2e', allowScripts: { 'code-server': true, argon2: true } }, null, 2),
  );
  // @vscode/ripgrep downloads its binary from GitHub in postinstall: seed its cache with Debian's rg.
  const rgCache = path.join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(rgCache, { recursive: true });
  run('tar', ['czf', path.join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', '/usr/bin', 'rg'], { what: 'seeding the ripgrep cache' });
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  // As root, code-server's postinstall refuses without unsafe-perm; it runs `npx node-gyp` (yes).
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], { cwd: CACHE, env, what: `npm install code-server@${CODE_SERVER_VERSION}` });
  if (!existsSync(CODE_SERVER_BIN)) throw new E2EError(`code-server installed but ${CODE_SERVER_BIN} is missing`);
  writeFileSync(STAMP, new Date().toISOString() + '\n');
  log('code-server installed');
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
};

/** A fresh user-data and extensions dir under `dir`. */
export function freshProfile(dir) {
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return { userData, extensions };
}

export function installVsix(vsix, profile, logFile) {
  run(CODE_SERVER_BIN, ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--install-extension', vsix], {
    what: `code-server --install-extension ${path.relative(ROOT, vsix)}`,
    timeoutMs: 120_000,
  });
  const installed = readdirSync(profile.extensions).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (installed.length === 0) throw new E2EError(`code-server --install-extension did not install ${EXTENSION_ID} (see ${logFile ?? 'its output'})`);
  return installed[0];
}

/**
 * Starts code-server on 127.0.0.1 only with the given profile, in its own process group, and
 * waits on /healthz. Returns { url, pid, stop() }.
 */
export async function startCodeServer({ dir, profile, env = {}, name = 'code-server' }) {
  const port = await freePort();
  const config = path.join(dir, `${name}.yaml`);
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(dir, `${name}.log`);
  const args = [
    '--config', config,
    '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  const child = spawnGroup(CODE_SERVER_BIN, args, { logFile, env: { ...process.env, ...env } });
  const url = `http://127.0.0.1:${port}`;
  let exited = null;
  child.on('exit', (code, sig) => (exited = sig ?? code));
  const end = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) throw new E2EError(`${name} exited (${exited}) before it was ready; log: ${logFile}\n${tail(logFile)}`);
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > end) {
      await stopGroup(child.pid);
      throw new E2EError(`${name} did not answer /healthz within 60 s; log: ${logFile}\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, pid: child.pid, logFile, stop: () => stopGroup(child.pid) };
}

function tail(file, n = 20) {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------- browser

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Children of this process that are Chromium: their pids are their process-group ids (Playwright starts it detached). */
function chromiumChildren() {
  const r = spawnSync('ps', ['-o', 'pid=,pgid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return (r.stdout ?? '')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((p) => p.length >= 3 && /chrom/i.test(p[2]))
    .map((p) => Number(p[1]));
}

/**
 * Debian's Chromium through playwright-core, headless, fresh profile, talking over a pipe (no
 * port). Its process group is tracked so it dies with the run whatever happens.
 */
export async function launchBrowser() {
  requirePackages(['chromium', 'fonts-wqy-microhei']);
  const { chromium } = await import('playwright-core');
  const before = new Set(chromiumChildren());
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pgids = chromiumChildren().filter((g) => !before.has(g));
  for (const g of pgids) trackGroup(g);
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      for (const g of pgids) await stopGroup(g, 1000);
    },
  };
}

// ---------------------------------------------------------------- staging

/** A folder for this run's profiles, logs and copies: test-output/e2e/run-<time>/ (kept on failure). */
export function runDir(keep = 5) {
  // Older run folders (kept from failing runs) beyond the last `keep` are removed.
  if (existsSync(OUTPUT)) {
    const old = readdirSync(OUTPUT).filter((d) => d.startsWith('run-')).sort().reverse().slice(keep - 1);
    for (const d of old) rmSync(path.join(OUTPUT, d), { recursive: true, force: true });
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(OUTPUT, `run-${stamp}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Copies the fixture workspace, so tests may edit, save and change its settings. */
export function stageWorkspace(dir) {
  const dest = path.join(dir, 'workspace');
  cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), dest, { recursive: true });
  return dest;
}

const NOT_STAGED = new Set(['node_modules', '.git', '.cache', 'test-output', '.vscode-test']);

/**
 * Copies the extension as built (package.json, dist/, out/, syntaxes/ …, no node_modules: the
 * bundles are self-contained) so that a run may patch its server without touching the tree.
 */
export function stageExtension(dir) {
  const dest = path.join(dir, 'extension');
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (NOT_STAGED.has(entry) || entry.endsWith('.vsix')) continue;
    cpSync(path.join(ROOT, entry), path.join(dest, entry), { recursive: true });
  }
  return dest;
}

/** Newest modification time under the given paths (files or folders), for staleness checks. */
export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules') walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) walk(p);
  return newest;
}
