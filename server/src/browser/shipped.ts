// The web worker's twin of lsp/shipped.ts (esbuild.mjs swaps them): no shipped file is at hand.
// The web extension host starts a worker from a blob: wrapper that imports the script, so the
// worker does not know the folder it came from; and on the web the published site is at hand.

/** Always null: rule pages link to the published site only. */
export function shippedUri(..._segments: string[]): string | null {
  return null;
}
