// Bundles the extension client, the language server and the CLI into dist/.
// `npm ci` runs this through the `prepare` script, so a fresh clone is ready to use.
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { asciiBundle } from './scripts/asciiBundle.mjs';
import { browserBuilds } from './scripts/browserBuilds.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Prefer ES module builds: some packages (jsonc-parser) ship a UMD main that requires files dynamically.
  mainFields: ['module', 'main'],
};

/**
 * Packages the code loads only when it needs them (a require inside a function): iconv-lite to
 * write UTF-16 or GB18030, re2js to compile team rules. Each gets a bundle of its own in
 * dist/vendor/, which the Node bundles require at that moment: left inside them, their 800 KB
 * (nearly half of dist/cli.js) would be read and compiled at every start of the command, the
 * language server and each scan worker. The web bundles keep them inside (one file each).
 */
const VENDOR = ['iconv-lite', 're2js'];

/** Resolves a VENDOR package to its own bundle beside the requiring one (dist/vendor/NAME.js). */
const vendorBundles = {
  name: 'vendor-bundles',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${VENDOR.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/node.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/node/server.ts', cli: 'server/src/cli/main.ts', scanWorker: 'server/src/scan/worker.ts' }, outdir: 'dist', plugins: [vendorBundles] },
  { ...common, entryPoints: Object.fromEntries(VENDOR.map((p) => [`vendor/${p}`, p])), outdir: 'dist' },
  ...browserBuilds(common),
];
// The extension-host test suite (test/e2e/suite), when present: one self-contained file that
// @vscode/test-electron and the code-server runner load as extensionTestsPath. Mocha is bundled
// in: mocha 12 is ESM-only, and a plain require('mocha') needs require(esm), which older
// extension hosts lack. The two warnings silenced are about Mocha's parallel mode, not used.
if (existsSync('test/e2e/suite/index.ts')) {
  builds.push({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: { 'test/index': 'test/e2e/suite/index.ts' },
    outdir: 'out',
    external: ['vscode'],
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const f of ['dist/cli.js', 'dist/server.js', 'dist/scanWorker.js']) asciiBundle(f);
  keyBundle('dist/cli.js');
  makeCodeCache();
}

/** Ends the bundle with the line that names its SHA-256, the key its code cache is made for (bin/bundle.js). */
function keyBundle(file) {
  const text = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(text).digest('hex');
  writeFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}// gongwen-bundle-key=${key}\n`);
}

/**
 * dist/cli.js.cache: V8's code cache of the CLI, made by a check of the examples in a process of
 * its own (scripts/code-cache.cjs; bin/bundle.js uses it). A watch build makes none: the one left
 * from before no longer matches the bundle, so it is not used. Without it the CLI only starts slower.
 */
function makeCodeCache() {
  if (!existsSync('scripts/code-cache.cjs') || !existsSync('examples')) return;
  const r = spawnSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) console.warn(`esbuild.mjs: no code cache for dist/cli.js (scripts/code-cache.cjs exited ${r.status}): ${r.stderr}`);
}
