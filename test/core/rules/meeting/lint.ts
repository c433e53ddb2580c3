// What the meeting and research rule tests share: a text linted under a configuration, with
// each finding reduced to what a reader sees (rule, underlined text, messages, fixes as the
// whole text they give).

import { analyze, type AnalysisResult } from '../../../../server/src/core/analyze';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import { applyEdits } from '../../../../server/src/core/fixes';
import { PlanIndex, summarize } from '../../../../server/src/core/research/index';
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

/** A workspace of research plans (id → text), indexed as the editor indexes them. */
export function indexOf(plans: Record<string, string>, config: ProjectConfig = {}): PlanIndex {
  const eff = effectiveConfig([{ config }]);
  const index = new PlanIndex();
  for (const [id, text] of Object.entries(plans)) {
    const r = analyze(text, eff.config, { only: [] });
    if (r.kind !== 'research') throw new Error(`not read as a research plan: ${id}`);
    index.upsert(summarize(id, r.model, r.plan!, r.model.lines));
  }
  return index;
}

/** Lints the plan `self` of the workspace against the others. */
export function lintIn(plans: Record<string, string>, self: string, only: readonly string[], config: ProjectConfig = {}): Linted {
  return lint(plans[self]!, only, config, { workspace: { index: indexOf(plans, config), self } });
}
