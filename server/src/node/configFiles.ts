// The language server's config files on disk (the Node host): the nearest .gongwen.json above a
// document, with what it extends, read asynchronously first: nothing here may block the server's loop.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findConfigFile, loadConfig, prefetchConfig, repositoryRoot, type LoadResult } from '../config/load';
import type { ConfigFiles } from '../lsp/configStore';

const none = (): LoadResult => ({ layers: [], problems: [], files: [] });

export const nodeConfigFiles: ConfigFiles = {
  async load(uri: string, folder: string | null, trusted: boolean): Promise<LoadResult> {
    if (!uri.startsWith('file:')) return none();
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return none();
    }
    // A folder's URI (ending with "/", as the workspace plan index asks) is searched from the folder itself.
    const dir = uri.endsWith('/') ? file : path.dirname(file);
    const stop = folder ?? repositoryRoot(dir);
    const found = findConfigFile(dir, stop);
    if (!found) return none();
    const opts = { confineTo: trusted ? null : (stop ?? dir), syncRead: false };
    await prefetchConfig(found, opts);
    return loadConfig(found, opts);
  },
  uriOf: (file) => pathToFileURL(file).toString(),
};
