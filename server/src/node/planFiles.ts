// The workspace plan index's files on disk (the Node host): walked asynchronously and read at once
// (as the scan reads them: a few kilobytes from the page cache take less than the promise API's
// round trips, open, stat, read and close, each through the thread pool), in the index's one
// spelling of a file's name.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTextSync } from '../io/textFile';
import { walkFiles } from '../io/walk';
import type { PlanFiles } from '../lsp/workspacePlans';

export const nodePlanFiles: PlanFiles = {
  key(uri) {
    if (!uri.startsWith('file:')) return uri;
    try {
      const p = path.resolve(fileURLToPath(uri));
      return process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p;
    } catch {
      return uri;
    }
  },
  async list(folder, keep, cancelled) {
    const files = await walkFiles(fileURLToPath(folder), keep, undefined, cancelled);
    return files.map((f) => pathToFileURL(f).toString());
  },
  read: async (uri, maxChars) => readTextSync(fileURLToPath(uri), maxChars),
};

