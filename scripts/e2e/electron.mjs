#!/usr/bin/env node
// npm run test:electron — the same extension-host suite (test/e2e/suite, bundled to
// out/test/index.js) in a desktop VS Code downloaded by @vscode/test-electron. Needs a machine
// that can reach update.code.visualstudio.com (or a VS Code already in .vscode-test/, or
// VSCODE_EXECUTABLE=/path/to/code); on Linux without a display run it under `xvfb-run -a`.
// Offline it stops at once with a one-line reason; `npm run test:e2e` runs the suite through
// code-server instead.
//
// Environment: VSCODE_VERSION (default "stable"), VSCODE_EXECUTABLE, GONGWEN_E2E_GREP.

import { lookup } from 'node:dns/promises';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, run, stageWorkspace } from './lib.mjs';

const HOST = 'update.code.visualstudio.com';
const CACHE = path.join(ROOT, '.vscode-test');

function fail(msg) {
  process.stderr.write(`test:electron: ${msg}\n`);
  process.exit(1);
}

async function reachable() {
  try {
    await Promise.race([lookup(HOST), new Promise((_, rej) => setTimeout(() => rej(new Error('DNS timeout')), 5000))]);
    const r = await fetch(`https://${HOST}/api/releases/stable`, { signal: AbortSignal.timeout(8000) });
    return r.ok ? null : `HTTP ${r.status}`;
  } catch (e) {
    return e?.cause?.code ?? e?.code ?? e?.message ?? String(e);
  }
}

async function main() {
  const executable = process.env.VSCODE_EXECUTABLE;
  const cached = existsSync(CACHE) && readdirSync(CACHE).some((d) => d.startsWith('vscode-'));
  if (executable) {
    if (!existsSync(executable)) fail(`VSCODE_EXECUTABLE=${executable} does not exist`);
  } else if (!cached) {
    const why = await reachable();
    if (why) fail(`cannot download VS Code: ${HOST} is unreachable (${why}). Run this on a machine with internet, or use \`npm run test:e2e\` (the same suite in code-server).`);
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('no display: run it as `xvfb-run -a npm run test:electron` (Debian package xvfb).');
  }

  run(process.execPath, ['esbuild.mjs'], { what: 'node esbuild.mjs' });
  const work = mkdtempSync(path.join(tmpdir(), 'gongwen-electron-'));
  const workspace = stageWorkspace(work);
  const resultsFile = path.join(work, 'results.json');

  const { runTests } = await import('@vscode/test-electron');
  let code = 1;
  try {
    code = await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable', cachePath: CACHE }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'index.js'),
      extensionTestsEnv: { GONGWEN_E2E_RESULTS: resultsFile, ...(process.env.GONGWEN_E2E_GREP ? { GONGWEN_E2E_GREP: process.env.GONGWEN_E2E_GREP } : {}) },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-telemetry', '--user-data-dir', path.join(work, 'user-data')],
    });
  } catch (e) {
    process.stderr.write(`test:electron: ${e?.message ?? e}\n`);
    code = typeof e?.code === 'number' ? e.code : 1;
  }
  if (existsSync(resultsFile)) {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
    for (const c of r.cases) process.stdout.write(`  ${c.state === 'passed' ? 'ok  ' : c.state === 'pending' ? 'skip' : 'FAIL'} ${String(c.ms).padStart(6)} ms  ${c.title}\n`);
  }
  rmSync(work, { recursive: true, force: true });
  process.exit(code === 0 ? 0 : 1);
}

main().catch((e) => fail(e?.stack ?? String(e)));
