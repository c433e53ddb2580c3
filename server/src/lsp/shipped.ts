// Files shipped beside the server bundle (docs/rules/*.md, README.md), as URIs: the bundle is in
// dist/, they are one folder up. The web worker's build swaps this module for
// browser/shipped.ts (esbuild.mjs), where there are none at hand.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The URI of a shipped file or folder, from its path segments under the package's root; null where there is none (the web worker). */
export function shippedUri(...segments: string[]): string | null {
  return pathToFileURL(path.join(__dirname, '..', ...segments)).toString();
}
