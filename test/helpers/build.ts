// Builds dist/ with `node esbuild.mjs` when it is missing or older than the sources, so the
// LSP and CLI tests always exercise the current code (`npm test` builds first anyway).

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DIST_CLI, DIST_SERVER, ROOT } from './paths';

const SOURCES = ['server/src', 'client/src', 'esbuild.mjs', 'scripts/asciiBundle.mjs', 'scripts/code-cache.cjs', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(p, { withFileTypes: true })) {
    const child = path.join(p, e.name);
    m = Math.max(m, e.isDirectory() ? newestMtime(child) : /\.(ts|mjs|js|json)$/.test(e.name) ? statSync(child).mtimeMs : 0);
  }
  return m;
}

let built = false;

/** Runs the build once per test process when dist/server.js, dist/cli.js (or its code cache), dist/browser/server.js or dist/vendor/ is missing or stale. */
export function ensureBuilt(): void {
  if (built) return;
  const outputs = [DIST_SERVER, DIST_CLI, `${DIST_CLI}.cache`, path.join(ROOT, 'dist', 'browser', 'server.js'), path.join(ROOT, 'dist', 'vendor', 're2js.js')];
  const oldestOutput = Math.min(...outputs.map((o) => (existsSync(o) ? statSync(o).mtimeMs : 0)));
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (oldestOutput === 0 || newestSource > oldestOutput) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  built = true;
}
