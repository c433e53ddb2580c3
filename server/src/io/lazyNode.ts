// Node's built-in modules that only some runs of the command use, required when first used. At
// every start they cost milliseconds each (crypto 6.5, zlib with the .docx reader 5, fs/promises
// 3.5, worker_threads 2.5: some 20 ms, more than a short check's analysis), and a check of text
// files needs none of them. `import type` keeps their types; Node caches a module once required.

import type * as Crypto from 'node:crypto';
import type * as FsPromises from 'node:fs/promises';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Zlib from 'node:zlib';

export const crypto = (): typeof Crypto => require('node:crypto') as typeof Crypto;
export const fsPromises = (): typeof FsPromises => require('node:fs/promises') as typeof FsPromises;
export const workerThreads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
export const zlib = (): typeof Zlib => require('node:zlib') as typeof Zlib;
