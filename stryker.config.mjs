// Mutation testing of the analysis core with StrykerJS and its mocha runner, one group of modules
// at a time (scripts/mutation.mjs runs every group and merges the reports): Stryker instruments
// only the group's files, so the tests run at near-normal speed for the other modules' hot loops.
// GONGWEN_MUTATION_GROUP names the group (see GROUPS); without it, the whole core at once.
import { GROUPS } from './scripts/mutation-groups.mjs';

const group = process.env.GONGWEN_MUTATION_GROUP;
const files = group ? GROUPS[group] : Object.values(GROUPS).flat();
if (!files) throw new Error(`unknown mutation group "${group}" (one of ${Object.keys(GROUPS).join(', ')})`);
const name = group ?? 'core';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: {
    // Fast unit tests first: with coverage per test, a mutant runs only the tests that reach it,
    // in this order, and stops at the first that fails. The metamorphic properties analyse
    // thousands of texts: worth it once per npm test, far too slow once per mutant.
    spec: [
      'test/count.test.ts',
      'test/core/**/*.test.ts',
      'test/rules.test.ts',
      'test/research.test.ts',
      'test/examples.test.ts',
      'test/statusText.test.ts',
      'test/report-messages.test.ts',
      'test/config.test.ts',
    ],
  },
  mutate: files,
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants need every test run in a fresh process each; the regexes
  // and tables they hold are exercised by the tests of the functions that use them.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 4000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['json', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
