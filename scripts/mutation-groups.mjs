// The analysis core's modules, grouped for mutation testing (stryker.config.mjs, scripts/mutation.mjs).
// Each group's score is reported on its own; the targets are in scripts/mutation.mjs.
export const GROUPS = {
  text: ['server/src/core/text/**/*.ts'],
  parse: ['server/src/core/parse/**/*.ts'],
  fixes: ['server/src/core/fixes.ts'],
  model: ['server/src/core/model/**/*.ts', 'server/src/core/analyze.ts', 'server/src/core/check.ts', 'server/src/core/directives.ts'],
  semantics: ['server/src/core/semantics/**/*.ts'],
  rules: ['server/src/core/rules/**/*.ts'],
  agenda: ['server/src/core/agenda/**/*.ts'],
  research: ['server/src/core/research/**/*.ts'],
};
