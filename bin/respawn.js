// A folder scan on a machine of two or three cores runs in a Node started again with V8's
// background pool sized to the machine (`--v8-pool-size=0`: one thread fewer than the cores).
// Node starts four background threads whatever the cores; on two, V8's optimising compiler then
// takes turns with the scan for a core while the scan's code is being compiled, its first few
// hundred files. On the 2-core reference machine the pool sized to the cores checked 2,000 files
// in 3.15 s instead of 3.41 s (500 files: 1.11 instead of 1.36 s); starting Node a second time
// costs about 0.1 s, so only a scan of enough files does it. The pool is fixed when Node starts:
// nothing in the running process can size it. Not done when Node was started with flags of its
// own (a debugger, a --require hook), when NODE_OPTIONS sizes the pool, for --cache runs (an
// unchanged file is not analysed), or when GONGWEN_RESPAWN=0.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Files a folder scan must have before a second start pays for itself. */
const MIN_FILES = 500;
/** Cores up to which Node's fixed pool of four outnumbers them. */
const MAX_CORES = 3;
/** The files a folder walk checks (server/src/io/checked.ts CHECKED_EXTENSIONS; a test keeps them equal). */
const CHECKED = /\.(txt|md|markdown|gw|gongwen|docx)$/i;
/** Folders a walk skips (server/src/io/walk.ts SKIP_DIRS). */
const SKIPPED = new Set(['node_modules', '.git']);
/** Options that take a value (server/src/cli/args.ts VALUED; a test keeps them equal). */
const VALUED = new Set(['format', 'fail-on', 'output', 'config', 'max-warnings', 'locale', 'preset', 'fix-type', 'stdin-filename', 'suppress-rule', 'suppressions-location', 'concurrency', 'cache-location', 'shard', 'out-dir']);
/** Folders read at most while counting: a scan of a huge tree with few drafts is not worth a second start either. */
const MAX_FOLDERS = 400;
/** Set in the second process, so that it never starts a third. */
const MARK = 'GONGWEN_RESPAWNED';

/**
 * Whether this run should start Node again with the pool sized to the cores: a `check` of
 * folders (or of the current one) holding MIN_FILES files or more, on a machine of MAX_CORES
 * cores or fewer, with nothing of Node's own flags to keep.
 */
function wantsRespawn(args, { cores, execArgv, env, cwd }) {
  if (cores > MAX_CORES || execArgv.length > 0 || env[MARK] || env.GONGWEN_RESPAWN === '0') return false;
  if (/(^|\s)--v8-pool-size\b/.test(env.NODE_OPTIONS ?? '')) return false;
  const words = wordsOf(args);
  if (words[0] !== 'check' || args.includes('--cache') || words.includes('-') || args.some((a) => a.startsWith('--stdin-filename'))) return false;
  // No path: the current folder. A file named is no folder to count.
  const folders = words.length === 1 ? [cwd] : words.slice(1).filter(isFolder);
  return folders.length > 0 && countFiles(folders, MIN_FILES) >= MIN_FILES;
}

/** The command and its paths: the arguments that are not options nor an option's value (server/src/cli/args.ts). */
function wordsOf(args) {
  const words = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      if (!a.includes('=') && VALUED.has(a.slice(2))) i++;
    } else if (a === '-f') i++;
    else if (a === '-' || !a.startsWith('-')) words.push(a);
  }
  return words;
}

function isFolder(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The checked files under the folders, counted up to `limit` (and over at most MAX_FOLDERS folders). */
function countFiles(folders, limit) {
  const stack = [...folders];
  let files = 0;
  for (let read = 0; stack.length > 0 && read < MAX_FOLDERS; read++) {
    const dir = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIPPED.has(e.name)) stack.push(path.join(dir, e.name));
      } else if (CHECKED.test(e.name) && ++files >= limit) return files;
    }
  }
  return files;
}

/**
 * Runs `script` with these arguments in a Node started again with the pool sized to the cores,
 * and ends this process as that one ended. False when it could not be started (the caller runs
 * the command itself).
 */
function respawn(script, args) {
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, ['--v8-pool-size=0', script, ...args], { stdio: 'inherit', env: { ...process.env, [MARK]: '1' } });
  if (r.error) return false;
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 1;
  return true;
}

function availableCores() {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

module.exports = { wantsRespawn, wordsOf, countFiles, respawn, availableCores, CHECKED, SKIPPED, VALUED, MIN_FILES, MAX_CORES, MARK };
