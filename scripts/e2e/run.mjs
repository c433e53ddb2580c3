#!/usr/bin/env node
// npm run test:e2e — the product in real editors:
//   1. host  the extension-host suite (test/e2e/suite) inside code-server's real extension host;
//   2. ui    the packaged .vsix installed into code-server, driven in headless Chromium: squiggle,
//            hover with the clause, Problems panel, status bar; screenshot in test-output/e2e/;
//   3. nvim  Neovim (headless) as a second LSP client of `node dist/server.js --stdio`.
// Provisions code-server into .cache/code-server on first run. Everything it starts listens on
// 127.0.0.1 only and is stopped by process group at the end, pass or fail.
//
//   node scripts/e2e/run.mjs [host] [ui] [nvim]     (default: all three)
// Environment:
//   GONGWEN_E2E_BREAK=format.date-fix   patch the staged server to prove the tests bite (breaks.mjs)
//   GONGWEN_E2E_GREP=REGEX              only extension-host cases whose title matches
//   GONGWEN_E2E_KEEP=1                  keep test-output/e2e/run-*/ even when everything passed
//   GONGWEN_E2E_QUIET=1                 do not echo the extension host's Mocha output
//   GONGWEN_E2E_UI_TRIES=2              tries of the UI round trip when it times out (1: no retry)

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyBreaks } from './breaks.mjs';
import { runHostSuite } from './host.mjs';
import { E2EError, ensureCodeServer, installCleanup, log, requirePackages, ROOT, run, runDir, stageExtension, stageWorkspace } from './lib.mjs';
import { runNvim } from './nvim.mjs';
import { ensureVsix, runUi } from './ui.mjs';

const PHASES = ['host', 'ui', 'nvim'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const w of wanted) if (!PHASES.includes(w)) fail(`unknown phase "${w}"; phases: ${PHASES.join(', ')}`);
const phases = wanted.length ? wanted : PHASES;

function fail(msg) {
  process.stderr.write(`test:e2e: ${msg}\n`);
  process.exit(1);
}

/** [phase, case, ms, status, detail] */
const rows = [];
let failed = false;

async function phase(name, fn) {
  const t = Date.now();
  try {
    await fn();
  } catch (e) {
    failed = true;
    const msg = e instanceof E2EError ? e.message : e?.stack ?? String(e);
    rows.push([name, '(phase)', Date.now() - t, 'FAIL', msg.split('\n')[0]]);
    process.stderr.write(`\n✗ ${name}: ${msg}\n\n`);
  }
}

async function main() {
  installCleanup();
  const t0 = Date.now();
  // Fail fast, in one line, when a system package is missing.
  const needs = new Set();
  if (phases.includes('host') || phases.includes('ui')) ['chromium', 'fonts-wqy-microhei'].forEach((p) => needs.add(p));
  if (phases.includes('nvim')) needs.add('neovim');
  requirePackages([...needs]);
  if (phases.includes('host') || phases.includes('ui')) ensureCodeServer();

  log('building dist/ and out/test/index.js (node esbuild.mjs)');
  run(process.execPath, ['esbuild.mjs'], { what: 'node esbuild.mjs' });

  const dir = runDir();
  log(`run folder: ${path.relative(ROOT, dir)}`);
  const extensionDir = stageExtension(dir);
  const breaks = process.env.GONGWEN_E2E_BREAK ? applyBreaks(extensionDir, process.env.GONGWEN_E2E_BREAK) : [];
  if (breaks.length) log(`deliberately broken for this run: ${breaks.join(', ')} (staged dist/server.js only)`);

  if (phases.includes('host')) {
    await phase('host', async () => {
      const workspace = stageWorkspace(path.join(dir, 'host'));
      log('extension-host suite: starting');
      const { exitCode, results, ms } = await runHostSuite({ dir, extensionDir, workspace });
      for (const c of results?.cases ?? []) {
        rows.push(['host', c.title, c.ms, c.state === 'passed' ? 'ok' : c.state === 'pending' ? 'skip' : 'FAIL', c.error ? c.error.split('\n')[0] : '']);
      }
      log(`extension-host suite: exit ${exitCode} after ${(ms / 1000).toFixed(1)} s (workbench load + ${results ? (results.ms / 1000).toFixed(1) : '?'} s of tests)`);
      if (exitCode !== 0) {
        const failures = (results?.cases ?? []).filter((c) => c.state === 'failed');
        for (const f of failures) process.stderr.write(`\n✗ ${f.title}\n${f.error}\n`);
        throw new E2EError(`extension-host suite failed (exit ${exitCode}, ${failures.length} failing case(s))`);
      }
      if (!results) throw new E2EError('extension-host suite exited 0 but wrote no results');
    });
  }

  if (phases.includes('ui')) {
    await phase('ui', async () => {
      const vsix = ensureVsix();
      const cases = await runUiWithRetry(dir, vsix);
      for (const c of cases) rows.push(['ui', c.title, c.ms, 'ok', c.detail ?? '']);
    });
  }

  if (phases.includes('nvim')) {
    await phase('nvim', async () => {
      const workspace = stageWorkspace(path.join(dir, 'nvim'));
      const cases = await runNvim({ dir, extensionDir, workspace });
      for (const c of cases) rows.push(['nvim', c.title, c.ms, 'ok', c.detail ?? '']);
    });
  }

  const total = Date.now() - t0;
  printSummary(total);
  writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ failed, totalMs: total, breaks, rows }, null, 2));
  if (!failed && !process.env.GONGWEN_E2E_KEEP) {
    // Keep the screenshots; drop profiles, copies and logs of a passing run.
    const tries = readdirSync(dir).filter((d) => d.startsWith('ui-try'));
    for (const sub of ['host', 'ui', 'nvim', 'extension', 'host-profile', 'ui-profile', ...tries]) rmSync(path.join(dir, sub), { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

/**
 * The UI round trip, tried once more from a fresh workspace, profile and browser when it times out
 * waiting for the workbench (as Playwright's `retries` on CI): headless Chromium on a loaded machine
 * now and then misses a pointer move. The first try's failure stays in the summary as `flaky`; any
 * other failure, and a second timeout, fail the phase.
 */
async function runUiWithRetry(dir, vsix) {
  const tries = Math.max(1, Number(process.env.GONGWEN_E2E_UI_TRIES ?? 2));
  for (let n = 1; ; n++) {
    const tryDir = n === 1 ? dir : path.join(dir, `ui-try${n}`);
    mkdirSync(tryDir, { recursive: true });
    const t = Date.now();
    try {
      return await runUi({ dir: tryDir, vsix, workspace: stageWorkspace(path.join(tryDir, 'ui')) });
    } catch (e) {
      const timedOut = e instanceof E2EError && /timed out waiting/.test(e.message);
      if (!timedOut || n >= tries) throw e;
      rows.push(['ui', `(try ${n} of ${tries})`, Date.now() - t, 'flaky', e.message.split('\n')[0]]);
      log(`UI: try ${n} timed out (${e.message.split('\n')[0]}); trying again from a fresh profile`);
    }
  }
}

/** Terminal columns of a string: CJK and full-width characters take two. */
function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function fit(s, w) {
  if (width(s) <= w) return s + ' '.repeat(w - width(s));
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > w - 1) break;
    out += ch;
  }
  return out + '…' + ' '.repeat(Math.max(0, w - 1 - width(out)));
}

function printSummary(total) {
  const w = Math.min(92, Math.max(...rows.map((r) => width(r[1])), 10));
  process.stdout.write(`\n  phase  ${fit('case', w)}      ms  result\n`);
  for (const [p, c, ms, st, detail] of rows) {
    process.stdout.write(`  ${p.padEnd(5)}  ${fit(c, w)} ${String(ms).padStart(7)}  ${st}${detail && st !== 'ok' ? `  ${detail}` : ''}\n`);
  }
  process.stdout.write(`\n  ${failed ? 'FAILED' : 'passed'}: ${rows.filter((r) => r[3] === 'ok').length} ok, ${rows.filter((r) => r[3] === 'FAIL').length} failed, ${rows.filter((r) => r[3] === 'flaky').length} flaky, in ${(total / 1000).toFixed(1)} s\n`);
}

main().catch((e) => {
  process.stderr.write(`test:e2e: ${e instanceof E2EError ? e.message : e?.stack ?? e}\n`);
  process.exit(1);
});
