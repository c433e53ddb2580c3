// Running the `gongwen` command line as users and CI do: `node bin/gongwen.js …`.

import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/gongwen.js ...args` in cwd (default the project root), with room for large reports (64 MB). */
export function runCli(args: readonly string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
