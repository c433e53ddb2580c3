// The builds for vscode.dev and github.dev (esbuild.mjs adds them): the client for the web
// extension host (CommonJS, as that host loads a `browser` entry) and the language server as a
// web worker (one self-contained script). Neither may hold a Node built-in: the build fails,
// naming the importer, if one slips in.
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NODE_BUILTIN = new RegExp(`^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`);

/** @type {import('esbuild').Plugin} */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [{ text: `Node built-in "${args.path}" imported by ${path.relative(process.cwd(), args.importer)}: not available in a browser bundle` }],
    }));
  },
};

/** Modules with a browser twin: where the shipped files are (a worker has no __dirname). */
const TWINS = new Map([[path.resolve('server/src/lsp/shipped.ts'), path.resolve('server/src/browser/shipped.ts')]]);

/** @type {import('esbuild').Plugin} */
const browserTwins = {
  name: 'browser-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const twin = TWINS.get(`${path.resolve(args.resolveDir, args.path)}.ts`);
      return twin ? { path: twin } : undefined;
    });
  },
};

/** @param {import('esbuild').BuildOptions} common */
export function browserBuilds(common) {
  const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], outdir: 'dist/browser', plugins: [noNodeBuiltins, browserTwins] };
  return [
    { ...browser, format: 'cjs', entryPoints: { client: 'client/src/browser.ts' }, external: ['vscode'] },
    // The server's lsp/ modules import the protocol's values (DiagnosticSeverity…) from
    // vscode-languageserver/node; the browser build of the package exports the same ones.
    { ...browser, format: 'iife', entryPoints: { server: 'server/src/browser/server.ts' }, alias: { 'vscode-languageserver/node': 'vscode-languageserver/browser' } },
  ];
}
