// Standard input for `gongwen check -` (as ESLint's --stdin and Prettier's --stdin-filepath):
// the bytes are copied to a temporary file named like --stdin-filename (so a .md name reads as
// Markdown and a .docx as a Word document) and checked through the same engine as any file,
// with the nearest .gongwen.json of that name and that name in the output. The copy is removed
// when the process ends.
//
// `gongwen check` with no path while input is waiting on standard input (`gongwen check < file`,
// `cat file | gongwen check`) is refused with a hint to write `-`: checking the current folder
// instead would hide the mistake. ESLint reads standard input only with --stdin and Prettier
// only with --stdin-filepath; neither guesses from the input either.

import { closeSync, constants, createWriteStream, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

let tempDir: string | null = null;
let tempFile: string | null = null;

/** Whether p is the temporary copy of standard input (its findings belong to `-`). */
export function isStdinPath(p: string): boolean {
  return tempFile !== null && path.resolve(p) === tempFile;
}

/** The name standard input is shown by when --stdin-filename does not name it (ESLint says <text>). */
export const STDIN_DISPLAY = '<stdin>';

/**
 * Copies standard input to a temporary file whose name ends like `name` (default stdin.txt),
 * streaming (memory stays flat; the size limit is applied when the copy is read). Read once: a
 * second call returns the same file.
 */
export async function copyStdin(name: string | null): Promise<string> {
  if (tempFile) return tempFile;
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-stdin-'));
  process.on('exit', () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });
  const base = name ? path.basename(name) : 'stdin.txt';
  const file = path.join(tempDir, base === '' || base === '.' || base === '..' ? 'stdin.txt' : base);
  await new Promise<void>((resolve, reject) => {
    const sink = createWriteStream(file);
    sink.on('error', reject);
    process.stdin.on('error', reject);
    sink.on('finish', () => resolve());
    process.stdin.pipe(sink);
  });
  tempFile = file;
  return file;
}

/**
 * Whether input is waiting on standard input: a redirected file that is not empty, or a pipe
 * that already holds data. A terminal, /dev/null, a closed or an empty pipe is not (so CI runners
 * and editors, whose standard input is often an idle pipe, still check the current folder).
 * A pipe is looked at without blocking: on Linux it is opened again through /dev/stdin (a new,
 * non-blocking descriptor of the same pipe) and one byte is read if there is one. Elsewhere
 * (where /dev/stdin would share the blocking descriptor) only a redirected file is looked at.
 */
export function inputWaiting(): boolean {
  if (process.platform === 'win32') return false;
  let st;
  try {
    if (process.stdin.isTTY) return false;
    st = fstatSync(0);
  } catch {
    return false;
  }
  if (st.isFile()) return st.size > 0;
  if (!st.isFIFO() || process.platform !== 'linux') return false;
  let fd: number | null = null;
  try {
    fd = openSync('/dev/stdin', constants.O_RDONLY | constants.O_NONBLOCK);
    // The byte is taken from the pipe; no matter: the run stops with a usage error.
    return readSync(fd, Buffer.alloc(1), 0, 1, null) > 0;
  } catch {
    return false; // EAGAIN: nothing yet; or no way to look
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
