// Entry of the extension-host suite, as @vscode/test-electron expects: `run()` starts Mocha
// inside the real extension host and settles when it ends. The same bundle (out/test/index.js,
// built by esbuild.mjs) runs under code-server here (scripts/e2e/run.mjs, through the workbench
// `payload`) and under a downloaded VS Code elsewhere (scripts/e2e/electron.mjs).
//
// Environment: GONGWEN_E2E_GREP (only tests whose title matches), GONGWEN_E2E_RESULTS (write a
// JSON summary with each case's state and duration there), GONGWEN_E2E_CONSOLE_PREFIX (prefix
// each line of Mocha's report, already formatted, so a runner can pick it out of a console).

import Mocha from 'mocha';
import * as fs from 'node:fs';
import { format } from 'node:util';

interface CaseResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  ms: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const prefix = process.env['GONGWEN_E2E_CONSOLE_PREFIX'];
  if (prefix) {
    const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
    base.consoleLog = (...args: unknown[]) => console.log(prefix + format(...args));
  }
  const grep = process.env['GONGWEN_E2E_GREP'];
  if (grep) mocha.grep(grep);
  // Define suite()/test() for the case files, then load them (esbuild bundles them lazily).
  mocha.suite.emit('pre-require', globalThis, 'gongwen-e2e', mocha);
  require('./diagnostics.test');
  require('./quickfix.test');
  require('./fixall.test');
  require('./settings.test');
  require('./statusbar.test');
  require('./deadline.test');
  require('./meeting.test');
  require('./scan.test');
  require('./config.test');
  require('./research.test');
  require('./walkthrough.test');
  require('./docx.test');
  require('./review.test');
  require('./quiet.test');

  const results: CaseResult[] = [];
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env['GONGWEN_E2E_RESULTS'];
      if (out) {
        try {
          fs.writeFileSync(out, JSON.stringify({ failures, ms: Date.now() - started, cases: results }, null, 2));
        } catch (e) {
          console.error(`could not write ${out}: ${String(e)}`);
        }
      }
      if (failures > 0) reject(new Error(`${failures} of ${results.length} extension-host tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0, error: err?.stack ?? String(err) }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending', ms: 0 }));
  });
}
