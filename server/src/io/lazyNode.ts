// Modules that only some runs of the command use, required when first used. Node's built-in ones
// cost milliseconds each at every start (crypto 6.5, zlib with the .docx reader 5, fs/promises
// 3.5, worker_threads 2.5: some 20 ms, more than a short check's analysis), and a check of text
// files needs none of them; iconv-lite, which writes a file back in UTF-16 or GB18030, is a bundle
// of its own (dist/vendor/, esbuild.mjs), read only here. `import type` keeps their types; Node
// caches a module once required. (re2js, for team rules, is loaded the same way in the core's
// customRules.ts, which imports nothing from here.)

import type * as Crypto from 'node:crypto';
import type * as FsPromises from 'node:fs/promises';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Zlib from 'node:zlib';
import type * as IconvLite from 'iconv-lite';
import type * as Yauzl from 'yauzl';

export const crypto = (): typeof Crypto => require('node:crypto') as typeof Crypto;
export const fsPromises = (): typeof FsPromises => require('node:fs/promises') as typeof FsPromises;
export const workerThreads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
export const zlib = (): typeof Zlib => require('node:zlib') as typeof Zlib;
export const iconv = (): typeof IconvLite => require('iconv-lite') as typeof IconvLite;
/** The .docx reader (with node:zlib and node:stream). */
export const yauzl = (): typeof Yauzl => require('yauzl') as typeof Yauzl;
