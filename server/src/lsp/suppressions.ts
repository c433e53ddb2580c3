// The editor's side of gongwen-suppressions.json: the same file the command line writes, found
// the same way (the repository root of the file's workspace folder, else that folder), read again
// when it changes on disk, and applied to a document's diagnostics by their rule (the diagnostic's
// code). A broken file is logged once and suppresses nothing.

import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { applySuppressions, type Suppressions } from '../core/suppressions';
import { readSuppressions, suppressionKey, suppressionsPath, suppressionsRoot } from '../config/suppressionsFile';

interface Cached {
  stamp: string;
  value: Suppressions;
}

export class SuppressionStore {
  private readonly byFile = new Map<string, Cached>();
  private readonly logged = new Set<string>();

  constructor(private readonly log: (message: string) => void) {}

  /**
   * The diagnostics of `file` (a path on disk) that are shown: a rule's are left out while there
   * are no more of them than recorded. `folder`: the file's workspace folder on disk, if any.
   */
  filter(file: string | null, folder: string | null, diagnostics: Diagnostic[]): Diagnostic[] {
    if (file === null || !diagnostics.length) return diagnostics;
    const withRule = diagnostics.map((d) => ({ rule: typeof d.code === 'string' ? d.code : '', d }));
    return this.keep(file, folder, withRule).map((x) => x.d);
  }

  /** The findings of `file` (each with its rule) that are shown, as filter() decides for diagnostics. */
  keep<T extends { rule: string }>(file: string | null, folder: string | null, findings: T[]): T[] {
    if (file === null || !findings.length) return findings;
    const base = folder ?? path.dirname(file);
    const s = this.read(suppressionsPath(base));
    if (!s) return findings;
    return applySuppressions(s, suppressionKey(suppressionsRoot(base), file), findings).kept;
  }

  /** Forget what was read (the file changed on disk). */
  invalidate(): void {
    this.byFile.clear();
    this.logged.clear();
  }

  private read(file: string): Suppressions | null {
    let stamp: string;
    try {
      const st = statSync(file);
      stamp = `${st.mtimeMs}:${st.size}`;
    } catch {
      return null; // no file: nothing suppressed
    }
    const cached = this.byFile.get(file);
    if (cached && cached.stamp === stamp) return cached.value;
    const r = readSuppressions(file);
    if (!r.ok) {
      if (!this.logged.has(file)) {
        this.logged.add(file);
        this.log(`gongwen: ${file}: ${r.error.en}; no finding is suppressed`);
      }
      this.byFile.set(file, { stamp, value: {} });
      return null;
    }
    this.byFile.set(file, { stamp, value: r.value });
    return r.value;
  }
}
