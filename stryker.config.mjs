// Mutation testing of the analysis core (npm run test:mutation): StrykerJS with its mocha
// runner, over the in-process tests that exercise server/src/core. The JSON report goes to
// reports/mutation/mutation.json; re-runs are incremental (reports/mutation/incremental.json).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: {
    spec: [
      'test/core/**/*.test.ts',
      'test/rules.test.ts',
      'test/research.test.ts',
      'test/config.test.ts',
      'test/examples.test.ts',
      'test/statusText.test.ts',
      'test/report-messages.test.ts',
    ],
  },
  mutate: ['server/src/core/**/*.ts', '!server/src/core/types.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['json', 'html', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
