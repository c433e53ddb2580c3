// Runs a bundle of dist/ (the CLI) as `require` would, but with V8's code cache when the build
// left one made for exactly that bundle beside it (dist/cli.js.cache, scripts/code-cache.cjs):
// V8 then neither parses the 1 MB bundle nor compiles, one by one as they are first called, the
// functions a check runs, which is a good part of a short check's start. The build ends the
// bundle with a line naming its SHA-256 (its key, read here at no cost, where hashing 1 MB would
// cost as much as the cache saves); the cache starts with the key of the bundle it was made from.
// A cache for another bundle, or a bundle without a key (a watch build), is not used; one V8
// refuses (another Node version, other flags) costs nothing but its read, and the bundle is
// compiled as usual.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { isAscii } = require('node:buffer');
const { createRequire } = require('node:module');

/** The last line of a keyed bundle (esbuild.mjs keyBundle). */
const KEY_LINE = /\n\/\/ gongwen-bundle-key=([0-9a-f]{64})\n?$/;

/** Where the code cache of `file` lies. */
function cacheFileOf(file) {
  return `${file}.cache`;
}

/** The key the build wrote at the end of the bundle (its SHA-256, 32 bytes), or null. */
function keyOf(source) {
  const m = KEY_LINE.exec(source.slice(-100));
  return m ? Buffer.from(m[1], 'hex') : null;
}

/** V8's data from the cache of `file` when it was made from the bundle of this key, else undefined. */
function cachedDataFor(file, key) {
  if (!key) return undefined;
  let data;
  try {
    data = fs.readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
  return data.length > key.length && data.subarray(0, key.length).equals(key) ? data.subarray(key.length) : undefined;
}

/**
 * The bundle's text. The build writes it in ASCII (scripts/asciiBundle.mjs), which is read as
 * Latin-1, a plain copy, where UTF-8 is checked and decoded; any other text is decoded as UTF-8.
 */
function sourceOf(file) {
  const bytes = fs.readFileSync(file);
  return isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
}

/**
 * Has V8 check the checksum of code cache data before it uses it, as it does only in debug builds:
 * data spoilt on disk (a flipped bit past the header) would otherwise crash the process. It costs
 * nothing measurable; the cache is made under the same flag, which V8 requires.
 */
function verifyCachedData() {
  try {
    require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
  } catch {
    // A runtime without the flag: V8 still checks the header and the length.
  }
}

/**
 * Runs `file` as a CommonJS module (its own require, __dirname and module), from the code cache
 * when there is a good one. With `makeCache`, writes a new cache when the process exits, so that
 * it holds every function the run compiled.
 */
function runBundle(file, { makeCache = false } = {}) {
  const source = sourceOf(file);
  const key = keyOf(source);
  const cachedData = makeCache ? undefined : cachedDataFor(file, key);
  verifyCachedData();
  // The wrapper Node itself puts around a module, on the same line, so positions in the bundle hold.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (makeCache) {
    if (!key) throw new Error(`${file} has no key line: build it with node esbuild.mjs`);
    process.once('exit', () => fs.writeFileSync(cacheFileOf(file), Buffer.concat([key, script.createCachedData()])));
  }
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

module.exports = { runBundle };
