// LibreOffice as a real consumer of the Word files the project writes: `soffice --headless
// --convert-to` builds .docx inputs from flat ODF and reads reviewed copies back as flat ODF.
// Each test process has its own user profile (-env:UserInstallation), so parallel runs never
// share LibreOffice's lock; within a process the calls take turns on it, and the profile is made
// once (LibreOffice's first start on a fresh profile is its slowest). Each call runs in its own
// process group, killed whole on timeout: soffice is a launcher whose soffice.bin child would
// otherwise outlive it.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The output formats the tests use, with the export filter that writes each. */
const FILTERS = {
  docx: 'docx:MS Word 2007 XML',
  fodt: 'fodt:OpenDocument Text Flat XML',
  pdf: 'pdf:writer_pdf_Export',
} as const;
export type ConvertTo = keyof typeof FILTERS;

/** Where soffice is: $SOFFICE alone when set (so a machine with LibreOffice can try the missing case), else the PATH, then the usual install folders. */
function candidates(): string[] {
  if (process.env['SOFFICE']) return [process.env['SOFFICE']];
  const fromPath = (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean).flatMap((d) => [path.join(d, 'soffice'), path.join(d, 'libreoffice')]);
  return [
    ...fromPath,
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
}

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  return candidates().find((c) => existsSync(c)) ?? null;
}

/** Why LibreOffice tests cannot run here, for the skip message and the CI failure. */
export const SOFFICE_MISSING =
  'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui (.ci/run installs it); SOFFICE=/path/to/soffice points elsewhere';

/**
 * soffice for a suite's `before` hook: when it is missing the suite is skipped with the reason,
 * except under CI (CI=true), where a missing LibreOffice is a broken machine and fails.
 */
export function sofficeOrSkip(ctx: Mocha.Context): string {
  const soffice = findSoffice();
  if (soffice) return soffice;
  const reason = process.env['SOFFICE'] ? `SOFFICE=${process.env['SOFFICE']} does not exist` : SOFFICE_MISSING;
  if (process.env['CI'] === 'true') throw new Error(reason);
  console.warn(`  skipped: ${reason}`);
  ctx.skip();
}

export interface ConvertOptions {
  /** Milliseconds before the whole process group is killed (default 90 s: a cold first start is slow). */
  timeoutMs?: number;
  /** An import filter, e.g. 'Text (encoded):UTF8' for plain text. */
  infilter?: string;
}

/**
 * Converts files in one soffice run (one start-up for the batch) and returns the output paths,
 * in the order of `files`: outDir/<base name>.<to>. Throws with soffice's output when any is missing.
 */
export function convert(soffice: string, files: readonly string[], to: ConvertTo, outDir: string, opts: ConvertOptions = {}): Promise<string[]> {
  const run = turn.then(() => convertNow(soffice, files, to, outDir, opts));
  turn = run.catch(() => undefined);
  return run;
}

/** The previous call on this process's profile: the next waits for it. */
let turn: Promise<unknown> = Promise.resolve();
let profileDir: string | null = null;

/** This process's LibreOffice profile, made on first use and removed when the process exits. */
function profile(): string {
  if (profileDir) return profileDir;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (profileDir = dir);
}

async function convertNow(soffice: string, files: readonly string[], to: ConvertTo, outDir: string, opts: ConvertOptions): Promise<string[]> {
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile()).href}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    ...(opts.infilter ? [`--infilter=${opts.infilter}`] : []),
    '--convert-to',
    FILTERS[to],
    '--outdir',
    outDir,
    ...files,
  ];
  const run = await runGroup(soffice, args, opts.timeoutMs ?? 90_000);
  const outputs = files.map((f) => path.join(outDir, `${path.parse(f).name}.${to}`));
  // soffice exits 0 even when a file could not be converted: the outputs are the proof.
  const missing = outputs.filter((o) => !existsSync(o));
  if (run.timedOut || run.status !== 0 || missing.length) {
    const why = run.timedOut ? `timed out after ${opts.timeoutMs ?? 90_000} ms` : `exit ${run.status}`;
    throw new Error(`soffice --convert-to ${to} ${why}; missing: ${missing.join(', ') || 'none'}\n${run.output.trim()}`);
  }
  return outputs;
}

interface GroupRun {
  status: number | null;
  timedOut: boolean;
  output: string;
}

/** Runs a command as the leader of its own process group; on timeout the whole group is killed. */
function runGroup(cmd: string, args: readonly string[], timeoutMs: number): Promise<GroupRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${cmd}: ${e.message}`));
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, timedOut, output });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
