// Public surface of the analysis core (no editor or file-system dependencies).

export { analyze, type AnalysisResult, type AnalyzeOptions } from './analyze';
export { checkText } from './check';
export { clauseText } from './clauses';
export { effectiveConfig, isIncluded, kindFor, type Effective, type ProjectConfig } from './config/effective';
export { defaultConfig, resolveConfig, type ConfigProblem, type ResolvedConfig } from './config/resolve';
export { RULES, ruleById } from './rules/registry';
export type { Rule, RuleMeta } from './rules/rule';
export { LineIndex } from './text/lineIndex';
export { countText } from './text/count';
export * from './types';
