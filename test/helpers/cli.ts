// Running the `gongwen` command line as users and CI do: `node bin/gongwen.js …`.

import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { BIN, ROOT } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** What the command reads on standard input: text or bytes through a pipe, or a file redirected to it (`< FILE`). */
export interface CliStdin {
  input?: string | Uint8Array;
  /** A file opened as standard input, as the shell's `< FILE` does. */
  fromFile?: string;
}

/** Runs `node bin/gongwen.js ...args` in cwd (default the project root), with room for large reports (64 MB). */
export function runCli(args: readonly string[], cwd = ROOT, stdin: CliStdin = {}): CliRun {
  const fd = stdin.fromFile !== undefined ? openSync(stdin.fromFile, 'r') : null;
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      ...(stdin.input !== undefined ? { input: stdin.input } : {}),
      ...(fd !== null ? { stdio: [fd, 'pipe', 'pipe'] } : {}),
    });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
