// The analysis core's modules, grouped for mutation testing (stryker.config.mjs, scripts/mutation.mjs).
// Each group names the files Stryker mutates and the tests that stand guard over them, fast
// unit tests first: a mutant runs only the tests that reach it, in this order, until one fails.
// Text and parsing code runs for every character of every fixture, so those groups are judged
// by their own unit tests; the model, the rules and their helpers by the fixtures as well.

/** A group's own unit tests (test/core/<group>/) and the core's shared ones. */
const unit = (group, ...more) => [...more, 'test/core/*.test.ts', `test/core/${group}/**/*.test.ts`];
const FIXTURES = ['test/rules.test.ts', 'test/research.test.ts', 'test/examples.test.ts', 'test/statusText.test.ts', 'test/report-messages.test.ts', 'test/config.test.ts'];

export const GROUPS = {
  text: { mutate: ['server/src/core/text/**/*.ts'], spec: unit('text', 'test/count.test.ts') },
  parse: { mutate: ['server/src/core/parse/**/*.ts'], spec: unit('parse') },
  fixes: { mutate: ['server/src/core/fixes.ts', 'server/src/core/safeFix.ts'], spec: [...unit('fixes'), ...FIXTURES, 'test/cli-fix.test.ts', 'test/lsp/quiet.test.ts'] },
  model: {
    mutate: ['server/src/core/model/**/*.ts', 'server/src/core/tree/**/*.ts', 'server/src/core/analyze.ts', 'server/src/core/check.ts', 'server/src/core/directives.ts', 'server/src/core/errors.ts', 'server/src/core/packs.ts', 'server/src/core/suppressions.ts'],
    spec: [...unit('model'), ...FIXTURES, 'test/abuse.test.ts'],
  },
  semantics: { mutate: ['server/src/core/semantics/**/*.ts'], spec: [...unit('semantics'), ...FIXTURES] },
  rules: { mutate: ['server/src/core/rules/**/*.ts', 'server/src/core/messages.ts'], spec: [...unit('rules'), ...FIXTURES] },
  agenda: { mutate: ['server/src/core/agenda/**/*.ts'], spec: [...unit('agenda'), ...FIXTURES] },
  research: { mutate: ['server/src/core/research/**/*.ts'], spec: [...unit('research'), ...FIXTURES] },
};

/**
 * Calls into the core while one test file loads from which the file is an offender
 * (scripts/load-time-calls.mjs): the first file to import a rule module pays for the module's own
 * set-up, a few hundred calls; a model built in a describe body costs thousands.
 */
export const LOAD_TIME_CALLS_MAX = 1000;
