// Temporary folders of test files: config files, documents in any encoding, whole workspaces.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { forgetConfigFiles } from '../../server/src/config/load';

export class TempTree {
  readonly root: string;

  constructor(prefix = 'gongwen-config-') {
    this.root = mkdtempSync(path.join(os.tmpdir(), prefix));
  }

  path(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  /** Writes a file (strings and bytes as they are, other objects as pretty JSON) and returns its absolute path. */
  write(rel: string, content: string | Uint8Array | object): string {
    const p = this.path(rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2) + '\n');
    // The loader caches by modification time and size; a rewrite within the same tick must be seen.
    forgetConfigFiles();
    return p;
  }

  uri(rel: string): string {
    return `file://${this.path(rel)}`;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
