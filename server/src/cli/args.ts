// Command-line parsing for `gongwen`: a subcommand, positional paths and --options.

import { UsageError } from './files';

export interface Parsed {
  command: string;
  paths: string[];
  options: Map<string, string | true>;
}

/** Options that take a value (`--format json` or `--format=json`). */
export const VALUED: ReadonlySet<string> = new Set(['format', 'fail-on', 'output', 'config', 'max-warnings', 'locale', 'preset', 'fix-type', 'stdin-filename', 'suppress-rule', 'suppressions-location', 'concurrency', 'cache-location', 'shard', 'out-dir']);

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
        if (value === undefined) throw new UsageError({ zh: `--${name} 需要一个值`, en: `--${name} needs a value` });
        // --suppress-rule may be repeated: its values add up (comma-separated).
        const before = name === 'suppress-rule' ? options.get(name) : undefined;
        options.set(name, typeof before === 'string' ? `${before},${value}` : value);
      } else if (eq > 0) throw new UsageError({ zh: `--${name} 不带值`, en: `--${name} takes no value` });
      else {
        // --color and --no-color: the last one given wins.
        if (name === 'color' || name === 'no-color') options.delete(name === 'color' ? 'no-color' : 'color');
        options.set(name, true);
      }
    } else if (a === '-h') options.set('help', true);
    else if (a === '-v') options.set('version', true);
    else if (a === '-f' || a.startsWith('-f=')) {
      // -f FORMAT: --format's short form, as in ESLint.
      const value = a.length > 2 ? a.slice(3) : argv[++i];
      if (value === undefined) throw new UsageError({ zh: '-f 需要一个值', en: '-f needs a value' });
      options.set('format', value);
    }
    else if (a.length > 1 && a.startsWith('-')) throw new UsageError({ zh: `未知选项 ${a}`, en: `unknown option ${a}` });
    else rest.push(a);
  }
  const command = rest.shift() ?? '';
  return { command, paths: rest, options };
}

/** Rejects any option the command does not know (a typo must not be ignored silently). */
export function onlyOptions(options: Map<string, string | true>, command: string, known: readonly string[]): void {
  for (const name of options.keys()) {
    if (!known.includes(name)) {
      const list = known.map((k) => `--${k}`).join(', ');
      throw new UsageError({ zh: `“${command}”没有选项 --${name}（可用：${list}）`, en: `unknown option --${name} for "${command}" (known: ${list})` });
    }
  }
}

export function oneOf<T extends string>(options: Map<string, string | true>, name: string, allowed: readonly T[], dflt: T): T {
  const v = options.get(name);
  if (v === undefined) return dflt;
  if (v === true || !allowed.includes(v as T)) throw new UsageError({ zh: `--${name} 只能是 ${allowed.join(', ')} 之一`, en: `--${name} must be one of ${allowed.join(', ')}` });
  return v as T;
}
