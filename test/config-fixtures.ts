// Shared by the configuration tests (test/config*.test.ts): the effective configuration of a
// file as the server and the CLI build it (nearest .gongwen.json with its preset and extends,
// then the settings). Their temporary folders are helpers/tempTree.ts's TempTree.

import * as path from 'node:path';
import { findConfigFile, loadConfig, locateProblem, type Layer, type LocatedProblem } from '../server/src/config/load';
import { effectiveConfig, type Effective, type ProjectConfig } from '../server/src/core/config/effective';

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
