// Command-line parsing for `gongwen`: a subcommand, positional paths and --options.

import { UsageError } from './files';

export interface Parsed {
  command: string;
  paths: string[];
  options: Map<string, string | true>;
}

/** Options that take a value (`--format json` or `--format=json`). */
const VALUED = new Set(['format', 'fail-on', 'output', 'config', 'max-warnings', 'locale', 'preset']);

export function parseArgs(argv: string[]): Parsed {
  const options = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (VALUED.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      } else if (eq > 0) throw new UsageError(`--${name} takes no value`);
      else options.set(name, true);
    } else if (a === '-h') options.set('help', true);
    else if (a === '-v') options.set('version', true);
    else if (a.length > 1 && a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else rest.push(a);
  }
  const command = rest.shift() ?? '';
  return { command, paths: rest, options };
}

/** Rejects any option the command does not know (a typo must not be ignored silently). */
export function onlyOptions(options: Map<string, string | true>, command: string, known: readonly string[]): void {
  for (const name of options.keys()) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name} for "${command}" (known: ${known.map((k) => `--${k}`).join(', ')})`);
  }
}

export function oneOf<T extends string>(options: Map<string, string | true>, name: string, allowed: readonly T[], dflt: T): T {
  const v = options.get(name);
  if (v === undefined) return dflt;
  if (v === true || !allowed.includes(v as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}
