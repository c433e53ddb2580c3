#!/usr/bin/env node
// The `gongwen` command: the bundled CLI (built by `npm ci` / `npm run build`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('gongwen: dist/cli.js is missing; run `npm run build` (or `npm ci`) first.\n');
  process.exit(2);
}

/**
 * A scan of a folder holds each file's garbage only briefly, and Node's default young generation
 * (semi-spaces of up to 16 MB) lets it pile up: with 8 MB the reference scan of 2,000 files peaks
 * some 15 MB lower at the same speed (4 MB saved 5 MB more but cost 6 % in collections). The flag
 * cannot be set once the process runs, so `gongwen check` over a folder starts Node once more with
 * it (a few tens of milliseconds), and with glibc's malloc held to two arenas (each worker thread
 * would otherwise keep one of its own). A single file is checked in this process with the
 * defaults, which suit one large text.
 */
const SCAN_FLAGS = ['--max-semi-space-size=8'];

function scansFolder(args) {
  if (args[0] !== 'check' || process.env.GONGWEN_SCAN_FLAGS === '0') return false;
  if (SCAN_FLAGS.every((f) => process.execArgv.includes(f))) return false;
  if (warmCache(args)) return false;
  const paths = args.slice(1).filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return !args.includes('-');
  return paths.some((p) => /[*?[{]/.test(p) || isDirectory(p));
}

/**
 * `--cache` with a cache file already there: a re-scan that mostly reads its records, whose peak
 * memory the flag hardly changes, while starting Node again would be a fifth of its time. (The
 * cache file as server/src/scan/cache.ts cacheFile finds it.)
 */
function warmCache(args) {
  if (!args.includes('--cache')) return false;
  const i = args.findIndex((a) => a === '--cache-location' || a.startsWith('--cache-location='));
  const given = i < 0 ? undefined : args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  const location = given ?? path.join(process.cwd(), 'node_modules', '.cache', 'gongwen');
  const folder = /[\\/]$/.test(location) || isDirectory(location) || !path.extname(location);
  try {
    return fs.statSync(folder ? path.join(location, 'gongwen-cache.bin') : location).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const args = process.argv.slice(2);
if (scansFolder(args)) {
  const { spawnSync } = require('node:child_process');
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  const r = spawnSync(process.execPath, [...process.execArgv, ...SCAN_FLAGS, __filename, ...args], { stdio: 'inherit', env });
  if (r.error) {
    // Cannot start Node again (a locked-down environment): check in this process instead.
    require(cli);
  } else {
    process.exitCode = r.status ?? (r.signal ? 128 + (require('node:os').constants.signals[r.signal] ?? 1) : 2);
  }
} else {
  require(cli);
}
