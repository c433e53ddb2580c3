// Bundles the extension client, the language server and the CLI into dist/.
// `npm ci` runs this through the `prepare` script, so a fresh clone is ready to use.
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

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
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist' },
];
// The extension-host test suite (issue: real-editor tests), when present.
if (existsSync('test/e2e/suite/index.ts')) {
  builds.push({ ...common, sourcemap: true, minify: false, entryPoints: { 'test/index': 'test/e2e/suite/index.ts' }, outdir: 'out', external: ['vscode', 'mocha'] });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
