// The extension-host suite (test/e2e/suite, bundled to out/test/index.js) inside the real VS Code
// extension host of code-server: the workbench is opened in headless Chromium with the `payload`
// that @vscode/test-electron would give on the command line (extensionDevelopmentPath,
// extensionTestsPath); the host reports the end through window.codeAutomationExit(code).

import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { E2EError, freshProfile, launchBrowser, log, startCodeServer } from './lib.mjs';

const TIMEOUT_MS = Number(process.env.GONGWEN_E2E_HOST_TIMEOUT_MS ?? 240_000);

/**
 * Runs the suite. `extensionDir` holds package.json, dist/ and out/test/index.js; `workspace`
 * is a copy of test/e2e/workspace. Resolves with { exitCode, results } (results from the JSON
 * the suite writes), after stopping everything it started.
 */
export async function runHostSuite({ dir, extensionDir, workspace }) {
  const testsPath = path.join(extensionDir, 'out', 'test', 'index.js');
  if (!existsSync(testsPath)) throw new E2EError(`${testsPath} is missing: node esbuild.mjs builds it from test/e2e/suite/index.ts`);
  const resultsFile = path.join(dir, 'host-results.json');
  const consoleLog = path.join(dir, 'host-console.log');
  const profile = freshProfile(path.join(dir, 'host-profile'));
  const PREFIX = '‹gongwen-e2e› ';
  const env = { GONGWEN_E2E_RESULTS: resultsFile, GONGWEN_E2E_CONSOLE_PREFIX: PREFIX };
  if (process.env.GONGWEN_E2E_GREP) env.GONGWEN_E2E_GREP = process.env.GONGWEN_E2E_GREP;
  const cs = await startCodeServer({ dir, profile, env, name: 'host-code-server' });
  let browser;
  try {
    log(`code-server for the extension-host suite on ${cs.url} (pgid ${cs.pid})`);
    browser = await launchBrowser();
    const page = await browser.browser.newPage();
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    page.on('console', (m) => {
      const text = m.text();
      appendFileSync(consoleLog, `[${m.type()}] ${text}\n`);
      // Mocha's report, forwarded from the extension host's console with a prefix.
      const at = text.indexOf(PREFIX);
      if (at >= 0 && process.env.GONGWEN_E2E_QUIET !== '1') {
        for (const line of text.slice(at + PREFIX.length).split('\n')) process.stdout.write(`  │ ${line}\n`);
      }
    });
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e}\n`));
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ];
    const url = `${cs.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const started = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    const exitCode = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    const ms = Date.now() - started;
    if (exitCode === 'timeout') {
      await page.screenshot({ path: path.join(dir, 'host-timeout.png') }).catch(() => {});
      throw new E2EError(`the extension-host suite did not finish within ${TIMEOUT_MS / 1000} s (see ${consoleLog}, ${cs.logFile})`);
    }
    let results = null;
    if (existsSync(resultsFile)) results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return { exitCode, results, ms, consoleLog };
  } finally {
    await browser?.close();
    await cs.stop();
  }
}
