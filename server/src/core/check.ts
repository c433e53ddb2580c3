// One call for adapters: check a file's text under its effective configuration.

import { analyze, type AnalysisResult } from './analyze';
import type { DocModel } from './model/types';
import { isMarkdownPath, kindFor, type Effective } from './config/effective';
import type { WorkspaceView } from './rules/rule';

export interface CheckOptions {
  /** Override Markdown detection (the editor knows the language id). */
  markdown?: boolean;
  /** The workspace's research plans, for the cross-plan rules. */
  workspace?: WorkspaceView;
  /** Run only these rules. */
  only?: readonly string[];
  /** The text's model from an earlier pass (see AnalyzeOptions.model). */
  model?: DocModel;
}

/** Rules that compare a research plan with the others of the workspace. */
export const CROSS_PLAN_RULES: readonly string[] = ['research.repeated-stop', 'research.repeated-route', 'research.concentration'];

export function checkText(text: string, relPath: string, eff: Effective, opts: CheckOptions = {}): AnalysisResult {
  const { kind, scope } = kindFor(eff, relPath);
  return analyze(text, eff.config, {
    markdown: opts.markdown ?? isMarkdownPath(relPath),
    settingsKind: kind,
    settingsScope: scope,
    workspace: opts.workspace,
    only: opts.only,
    model: opts.model,
    extraRules: eff.customRules.length ? eff.customRules : undefined,
  });
}
