// The CLI's configuration: the nearest .gongwen.json of each file (searched up to the
// repository root), or the one named with --config, plus what the command line says.
// Problems are collected once each; the caller prints them and exits 2 after checking.

import * as path from 'node:path';
import { effectiveConfig, type Effective, type ProjectConfig } from '../core/config/effective';
import { findConfigFile, loadConfig, locateProblem, repositoryRoot, type Layer, type LocatedProblem } from '../config/load';

export class CliConfig {
  private readonly byFile = new Map<string | null, Effective>();
  private readonly dirToFile = new Map<string, string | null>();
  readonly problems: LocatedProblem[] = [];
  private readonly seen = new Set<string>();

  constructor(
    /** --config FILE: one config for every file. */
    private readonly fixed: string | null,
    /** What the command line sets (e.g. --locale), strongest. */
    private readonly cli: ProjectConfig,
  ) {}

  /** The config file that applies to a file (null: none). */
  fileFor(filePath: string): string | null {
    if (this.fixed) return path.resolve(this.fixed);
    const dir = path.dirname(path.resolve(filePath));
    let f = this.dirToFile.get(dir);
    if (f === undefined) {
      f = findConfigFile(dir, repositoryRoot(dir));
      this.dirToFile.set(dir, f);
    }
    return f;
  }

  /** Layers in order, weakest first, for a file (exposed for `gongwen config`). */
  layersFor(filePath: string): { layers: Layer[]; problems: LocatedProblem[]; file: string | null } {
    const file = this.fileFor(filePath);
    const loaded = file ? loadConfig(file) : { layers: [], problems: [], files: [] };
    const layers: Layer[] = [...loaded.layers];
    if (Object.keys(this.cli).length) layers.push({ config: this.cli, source: 'command line' });
    return { layers, problems: loaded.problems, file };
  }

  effectiveFor(filePath: string): Effective {
    const file = this.fileFor(filePath);
    let eff = this.byFile.get(file);
    if (!eff) {
      const { layers, problems } = this.layersFor(filePath);
      eff = effectiveConfig(layers);
      for (const p of [...problems, ...eff.problems.map((x) => locateProblem(x))]) this.note(p);
      this.byFile.set(file, eff);
    }
    return eff;
  }

  private note(p: LocatedProblem): void {
    const key = `${p.file ?? p.source}:${p.key}:${p.message.en}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push(p);
  }
}

/** One line per problem, naming the file, the key and what is wrong. */
export function describeProblem(p: LocatedProblem, text: string | undefined, locale: 'zh-cn' | 'en'): string {
  const where = p.file ?? p.source ?? 'settings';
  let pos = '';
  if (text !== undefined && p.offset !== undefined) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < p.offset && i < text.length; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
    pos = `:${line}:${p.offset - last}`;
  }
  const key = p.key ? ` ${p.key}` : '';
  return `${where}${pos}:${key} ${locale === 'en' ? p.message.en : p.message.zh}`;
}
