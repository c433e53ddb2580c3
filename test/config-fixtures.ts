// Shared by the configuration tests (test/config*.test.ts): temporary folders with config
// files, and the effective configuration of a file as the server and the CLI build it
// (nearest .gongwen.json with its preset and extends, then the settings).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfigFile, forgetConfigFiles, loadConfig, locateProblem, type Layer, type LocatedProblem } from '../server/src/config/load';
import { effectiveConfig, type Effective, type ProjectConfig } from '../server/src/core/config/effective';

export class TempTree {
  readonly root: string;

  constructor(prefix = 'gongwen-config-') {
    this.root = mkdtempSync(path.join(os.tmpdir(), prefix));
  }

  path(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  /** Writes a file (objects as pretty JSON) and returns its absolute path. */
  write(rel: string, content: string | object): string {
    const p = this.path(rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
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

export interface Resolved {
  eff: Effective;
  layers: Layer[];
  problems: LocatedProblem[];
  configFile: string | null;
}

/** The effective configuration of a file: nearest config file up to `stop`, then the settings. */
export function resolveFor(file: string, stop: string, settings?: ProjectConfig): Resolved {
  const configFile = findConfigFile(path.dirname(file), stop);
  const loaded = configFile ? loadConfig(configFile) : { layers: [], problems: [], files: [] };
  const layers: Layer[] = [...loaded.layers];
  if (settings) layers.push({ config: settings, source: 'settings' });
  const eff = effectiveConfig(layers);
  return { eff, layers, problems: [...loaded.problems, ...eff.problems.map((p) => locateProblem(p))], configFile };
}

/** The text a problem's offset/length covers in its config file. */
export function problemSpan(text: string, p: LocatedProblem): string {
  return text.slice(p.offset ?? 0, (p.offset ?? 0) + (p.length ?? 0));
}
