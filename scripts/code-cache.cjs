// Makes dist/cli.js.cache, V8's code cache of the CLI bundle (see bin/bundle.js), at the end of
// the build: a check of the bundled examples in JSON, so that the cache holds the functions a
// check compiles (the reading, the analysis, every rule the examples touch, the JSON report).
// Run by esbuild.mjs in a process of its own, with Node's default flags: V8 refuses a cache made
// under other flags.
'use strict';
const path = require('node:path');
const { runBundle } = require('../bin/bundle.js');

const root = path.resolve(__dirname, '..');
process.chdir(root);
process.argv = [process.argv[0], path.join(root, 'bin', 'gongwen.js'), 'check', 'examples', '--format', 'json', '--fail-on', 'none', '--no-color'];
runBundle(path.join(root, 'dist', 'cli.js'), { makeCache: true });
