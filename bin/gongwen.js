#!/usr/bin/env node
// The `gongwen` command: the bundled CLI (built by `npm ci` / `npm run build`). It runs in this
// process (a folder scan sizes V8's young generation from inside, server/src/cli/youngGeneration.ts),
// except a folder scan of many files on two or three cores, which Node's fixed background pool
// would slow (bin/respawn.js); on such a machine a check puts Node's background threads behind
// the one that checks (bin/threads.js). The bundle runs from V8's code cache when the build made one
// (bin/bundle.js).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('gongwen: dist/cli.js is missing; run `npm run build` (or `npm ci`) first.\n');
  process.exit(2);
}
const respawn = require('./respawn.js');
const threads = require('./threads.js');
const args = process.argv.slice(2);
const context = { cores: respawn.availableCores(), execArgv: process.execArgv, env: process.env, cwd: process.cwd() };
if (!(respawn.wantsRespawn(args, context) && respawn.respawn(__filename, args))) {
  const command = respawn.wordsOf(args)[0];
  if (threads.wantsBackgroundBehind(command, { cores: context.cores, maxCores: respawn.MAX_CORES, env: process.env, platform: process.platform })) threads.backgroundBehind();
  require('./bundle.js').runBundle(cli);
}
