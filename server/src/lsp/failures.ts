// A rule that threw on a document, shown where the drafter looks: one information diagnostic at
// the top of the file naming the rule (the other rules' findings are there as usual).

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { RuleFailure } from '../core/analyze';
import { localize } from '../core/locale';
import type { LocaleLike } from '../core/locale';

export const RULE_FAILED_CODE = 'gongwen.rule-failed';

export function failureDiagnostics(failures: readonly RuleFailure[], locale: LocaleLike): Diagnostic[] {
  return failures.map((f) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: RULE_FAILED_CODE,
    source: 'gongwen',
    message: localize(locale, {
      zh: `规则 ${f.rule} 运行出错，此文件未用该规则检查（其余规则照常）：${f.error}`,
      en: `rule ${f.rule} failed, so this file was checked without it (all other rules ran): ${f.error}`,
    }),
  }));
}
