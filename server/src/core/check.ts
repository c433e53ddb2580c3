// One call for adapters: check a file's text under its effective configuration.

import { analyze, type AnalysisResult } from './analyze';
import type { DocModel } from './model/types';
import type { Tree } from './tree/types';
import { isGongwenPath, isMarkdownPath, kindFor, type Effective } from './config/effective';
import type { WorkspaceView } from './rules/rule';

export interface CheckOptions {
  /** Override Markdown detection (the editor knows the language id). */
  markdown?: boolean;
  /** Official drafting whatever it looks like: the editor's language gongwen (default: a .gw or .gongwen path). */
  official?: boolean;
  /** The workspace's research plans, for the rules that need the workspace. */
  workspace?: WorkspaceView;
  /** Run only the rules that need the workspace (a scan's second pass). */
  workspaceOnly?: boolean;
  /** Leave out the rules that need the workspace (a scan's first pass). */
  deferWorkspace?: boolean;
  /** Run only these rules. */
  only?: readonly string[];
  /** The text's model from an earlier pass (see AnalyzeOptions.model). */
  model?: DocModel;
  tree?: Tree;
}

export function checkText(text: string, relPath: string, eff: Effective, opts: CheckOptions = {}): AnalysisResult {
  const { kind, scope } = kindFor(eff, relPath);
  return analyze(text, eff.config, {
    markdown: opts.markdown ?? isMarkdownPath(relPath),
    official: opts.official ?? isGongwenPath(relPath),
    settingsKind: kind,
    settingsScope: scope,
    workspace: opts.workspace,
    workspaceOnly: opts.workspaceOnly,
    deferWorkspace: opts.deferWorkspace,
    tree: opts.tree,
    only: opts.only,
    model: opts.model,
    extraRules: eff.customRules.length ? eff.customRules : undefined,
  });
}
