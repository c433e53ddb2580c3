// Mutation testing of the analysis core with StrykerJS and its mocha runner, one group of modules
// at a time (scripts/mutation.mjs runs every group and merges the reports): Stryker instruments
// only the group's files, so the tests run at near-normal speed for the other modules' hot loops.
// GONGWEN_MUTATION_GROUP names the group (see mutation-groups.mjs: the files mutated and the
// tests run against them).
import { GROUPS } from './scripts/mutation-groups.mjs';

const name = process.env.GONGWEN_MUTATION_GROUP;
const group = GROUPS[name];
if (!group) throw new Error(`GONGWEN_MUTATION_GROUP must name a group: ${Object.keys(GROUPS).join(', ')} (npm run test:mutation runs them all)`);
/** Where the run writes: the group's name, unless two runs of one group must not share files. */
const out = process.env.GONGWEN_MUTATION_OUT ?? name;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: { spec: group.spec },
  mutate: group.mutate,
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (the regexes and tables) take a fresh process and every
  // test each; they are left out of the run and the score (Stryker counts them as ignored).
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 4000,
  incremental: true,
  incrementalFile: `reports/mutation/${out}.incremental.json`,
  reporters: ['json', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${out}.json` },
  tempDirName: `.stryker-tmp/${out}`,
  // Not copied into the sandbox: other runs' sandboxes, the editor tests' downloads, builds.
  ignorePatterns: ['/.stryker-tmp', '/.cache', '/dist', '/out', '/test-output', '/.vscode-test', '*.vsix'],
  cleanTempDir: 'always',
};
