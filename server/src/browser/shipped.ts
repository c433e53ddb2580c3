// The web worker's twin of lsp/shipped.ts (esbuild.mjs swaps them): the shipped files are served
// beside the worker's script (dist/browser/server.js), two folders under the package's root.

declare const self: { location: { href: string } };

/** The URL of a shipped file or folder, from its path segments under the package's root. */
export function shippedUri(...segments: string[]): string {
  return new URL(`../../${segments.map(encodeURIComponent).join('/')}`, self.location.href).toString();
}
