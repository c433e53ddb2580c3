// The CLI's configuration: the nearest .gongwen.json of each file (searched up to the
// repository root), or the one named with --config, plus what the command line says.
// Problems are collected once each; the caller prints them and exits 2 after checking.

import * as path from 'node:path';
import type { Effective, ProjectConfig } from '../core/config/effective';
import { configText, findConfigFile, loadConfig, repositoryRoot, resolveLayers, type Layer, type LocatedProblem } from '../config/load';
import { problemKey, problemText } from '../config/problems';
import type { Locale } from '../core/types';

export class CliConfig {
  private readonly byFile = new Map<string | null, Effective>();
  private readonly dirToFile = new Map<string, string | null>();
  /** Each problem once, with the language of the configuration it was found in. */
  readonly problems: Array<LocatedProblem & { locale: Locale }> = [];
  private readonly seen = new Set<string>();

  constructor(
    /** --config FILE: one config for every file. */
    private readonly fixed: string | null,
    /** What the command line sets (e.g. --locale), strongest. */
    private readonly cli: ProjectConfig,
  ) {}

  /** The locale the command line asks for (--locale), if any. */
  get cliLocale(): Locale | undefined {
    return this.cli.locale;
  }

  /** The config file that applies to a file (null: none). */
  fileFor(filePath: string): string | null {
    if (this.fixed) return path.resolve(this.fixed);
    // A path ending with a separator is a folder (gongwen config FOLDER): searched from itself.
    const dir = /[\\/]$/.test(filePath) ? path.resolve(filePath) : path.dirname(path.resolve(filePath));
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
      const { layers, problems: fileProblems } = this.layersFor(filePath);
      const resolved = resolveLayers(layers, fileProblems);
      eff = resolved.eff;
      for (const p of resolved.problems) this.note(p, eff.config.locale);
      this.byFile.set(file, eff);
    }
    return eff;
  }

  private note(p: LocatedProblem, locale: Locale): void {
    const key = problemKey(p);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ ...p, locale });
  }
}

/** One line per problem, naming the file (with line and column), the key and what is wrong: the server's wording. */
export function describeProblem(p: LocatedProblem & { locale?: Locale }): string {
  return problemText(p, p.locale ?? 'zh-cn', p.file ? configText(p.file) : undefined);
}
