// Runs one rule over a text as the editor and the CLI do (checkText under an effective
// configuration) and gives each finding back in the terms a drafter checks: where it starts
// (1-based line and column), what it underlines, both messages and what each fix makes of the text.

import { checkText } from '../../../../server/src/core/check';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import { applyEdits } from '../../../../server/src/core/fixes';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import type { Severity } from '../../../../server/src/core/types';

export interface Seen {
  rule: string;
  line: number;
  column: number;
  text: string;
  severity: Severity;
  zh: string;
  en: string;
  /** Each fix alternative: its titles and the whole text after it alone. */
  fixes: Array<{ zh: string; en: string; output: string }>;
}

export interface LintOptions {
  config?: ProjectConfig;
  path?: string;
}

export function lint(text: string, rule: string, opts: LintOptions = {}): Seen[] {
  const eff = effectiveConfig(opts.config ? [{ config: opts.config }] : []);
  const r = checkText(text, opts.path ?? 'doc.txt', eff, { only: [rule] });
  const lines = new LineIndex(text);
  return r.findings.map((f) => {
    const p = lines.positionAt(f.start);
    return {
      rule: f.rule,
      line: p.line + 1,
      column: p.character + 1,
      text: text.slice(f.start, f.end),
      severity: f.severity,
      zh: f.message.zh,
      en: f.message.en,
      fixes: f.fixes.map((x) => ({ zh: x.title.zh, en: x.title.en, output: applyEdits(text, x.edits) })),
    };
  });
}

/** The underlined texts, in order: the shortest statement of what a rule found. */
export function covered(text: string, rule: string, opts: LintOptions = {}): string[] {
  return lint(text, rule, opts).map((f) => f.text);
}

/** The text after the first fix of every finding (one round). */
export function fixedOnce(text: string, rule: string, opts: LintOptions = {}): string {
  const eff = effectiveConfig(opts.config ? [{ config: opts.config }] : []);
  const r = checkText(text, opts.path ?? 'doc.txt', eff, { only: [rule] });
  return applyEdits(text, r.findings.flatMap((f) => f.fixes[0]?.edits ?? []));
}
