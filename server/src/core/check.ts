// One call for adapters: check a file's text under its effective configuration.

import { analyze, type AnalysisResult } from './analyze';
import { isMarkdownPath, kindFor, type Effective } from './config/effective';

export interface CheckOptions {
  /** Override Markdown detection (the editor knows the language id). */
  markdown?: boolean;
}

export function checkText(text: string, relPath: string, eff: Effective, opts: CheckOptions = {}): AnalysisResult {
  const { kind, scope } = kindFor(eff, relPath);
  return analyze(text, eff.config, {
    markdown: opts.markdown ?? isMarkdownPath(relPath),
    settingsKind: kind,
    settingsScope: scope,
  });
}
