// What the meeting and research rule tests share: a text linted under a configuration, with
// each finding reduced to what a reader sees (rule, underlined text, messages, fixes as the
// whole text they give).

import { analyze, type AnalysisResult } from '../../../../server/src/core/analyze';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import { applyEdits } from '../../../../server/src/core/fixes';
import type { WorkspaceView } from '../../../../server/src/core/rules/rule';

export interface Seen {
  rule: string;
  /** The text the finding underlines. */
  at: string;
  zh: string;
  en: string;
  /** Each fix alternative: its title and the whole text after it alone. */
  fixes: Array<{ zh: string; en: string; text: string }>;
}

export interface Linted {
  result: AnalysisResult;
  seen: Seen[];
}

export function lint(text: string, only: readonly string[], config: ProjectConfig = {}, opts: { markdown?: boolean; workspace?: WorkspaceView } = {}): Linted {
  const eff = effectiveConfig([{ config }]);
  if (eff.problems.length) throw new Error(`bad test config: ${eff.problems.map((p) => p.key).join(', ')}`);
  const result = analyze(text, eff.config, { only, markdown: opts.markdown, workspace: opts.workspace });
  const seen = result.findings.map((f) => ({
    rule: f.rule,
    at: text.slice(f.start, f.end),
    zh: f.message.zh,
    en: f.message.en,
    fixes: f.fixes.map((x) => ({ zh: x.title.zh, en: x.title.en, text: applyEdits(text, x.edits) })),
  }));
  return { result, seen };
}

/** The Chinese messages of the findings, in order. */
export function messages(text: string, only: readonly string[], config: ProjectConfig = {}): string[] {
  return lint(text, only, config).seen.map((s) => s.zh);
}
