// node --import tsx scripts/load-time-calls.mjs [--min N] [GLOB…]   (default: the unit tests and test/*.test.ts)
//
// Lists the test files that call analysis code while they load (a describe body that builds a
// model, a test title computed by a core function). Stryker counts such code as "static" as well
// as covered, and runs each of its mutants in a fresh process: seconds a mutant instead of
// milliseconds. Build values in beforeEach or in the test instead. Prints calls per file, most first;
// --min N lists only files with N calls or more (the first file to import a rule module pays for the
// module's own set-up, a few hundred calls), and prints nothing when none has.
import inspector from 'node:inspector';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import Mocha from 'mocha';

const session = new inspector.Session();
session.connect();
const post = (method, params = {}) => new Promise((res, rej) => session.post(method, params, (e, r) => (e ? rej(e) : res(r))));

/** Calls into server/src/core since the last call, leaving out module set-up (bundler helpers, constants). */
async function callsSinceLast() {
  const { result } = await post('Profiler.takePreciseCoverage');
  let calls = 0;
  const names = new Set();
  for (const script of result) {
    if (!script.url.includes('/server/src/core/')) continue;
    for (const fn of script.functions) {
      const name = fn.functionName;
      if (!name || name.startsWith('__') || name === 'get' || /^[A-Z_]+$/.test(name)) continue;
      const count = fn.ranges[0].count;
      if (count === 0) continue;
      calls += count;
      names.add(`${script.url.replace(/.*server\/src\/core\//, '')}:${name}`);
    }
  }
  return { calls, names };
}

await post('Profiler.enable');
await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
const argv = process.argv.slice(2);
const minAt = argv.indexOf('--min');
const min = minAt >= 0 ? Number(argv.splice(minAt, 2)[1]) : 1;
const globs = argv;
const files = fg.sync(globs.length ? globs : ['test/core/**/*.test.ts', 'test/*.test.ts']).sort();
const mocha = new Mocha();
const rows = [];
await callsSinceLast();
for (const file of files) {
  mocha.suite.emit('pre-require', globalThis, file, mocha);
  await import(pathToFileURL(`${process.cwd()}/${file}`).href);
  const { calls, names } = await callsSinceLast();
  if (calls >= min) rows.push([calls, file, [...names].slice(0, 5).join(' ')]);
}
for (const [calls, file, names] of rows.sort((a, b) => b[0] - a[0])) console.log(`${String(calls).padStart(7)}  ${file}  ${names}`);
if (rows.length === 0 && min <= 1) console.log('no test file calls analysis code while it loads');
process.exit(0);
