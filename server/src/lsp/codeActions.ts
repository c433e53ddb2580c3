// Code actions: each finding's quick fixes (from the analysis of the document: Diagnostic.data
// names only the rule and the version), "fix all of this rule in the file", "ignore this rule on
// this line", and source.fixAll.gongwen for codeActionsOnSave: the safe fixes only, as `gongwen
// check --fix`, Format Document and the fix-all command apply them. A fix that needs a look (a
// heading renumbered, a date moved) is never made by saving a file; it stays a quick fix.

import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../core/analyze';
import { isTeamRule } from '../core/config/resolve';
import { collectFixEdits } from '../core/fixes';
import { ruleById } from '../core/rules/registry';
import type { TextEdit } from '../core/types';
import { isGongwenData } from './diagnostics';
import { localize, type LocaleLike } from './locale';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function toLsp(doc: TextDocument, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export function codeActions(
  params: CodeActionParams,
  doc: TextDocument,
  fresh: () => AnalysisResult | null,
  locale: LocaleLike,
  /** The document's safe fixes as edits (lsp/format.ts safeFixEdits). */
  safeEdits: () => LspTextEdit[],
): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  const uri = doc.uri;

  if (wants(only, CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const d of params.context.diagnostics) {
      if (d.source !== 'gongwen') continue;
      // Clients that do not keep Diagnostic.data still send the rule id as the code.
      const data = isGongwenData(d.data) ? d.data : null;
      const rule = data?.rule ?? (typeof d.code === 'string' && (ruleById(d.code) || isTeamRule(d.code)) ? d.code : null);
      if (!rule) continue;
      const fixes = fixesOf(d, rule, doc, fresh, locale);
      fixes.forEach((fx, i) => {
        out.push({ title: fx.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: { changes: { [uri]: fx.edits } } });
      });
      if (!seenRules.has(rule)) {
        seenRules.add(rule);
        const all = fixAllOfRule(doc, fresh, rule, locale);
        if (all) out.push(all);
      }
      out.push(ignoreOnLine(doc, d, rule, locale));
    }
  }

  if (wants(only, FIX_ALL_KIND)) {
    const r = fresh();
    const edits = r && r.findings.some((f) => f.fixes[0]?.safe === true) ? safeEdits() : [];
    if (edits.length) {
      out.push({
        title: localize(locale, { zh: '修复全部可安全自动修复的公文问题', en: 'Fix all safely fixable gongwen problems' }),
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: edits } },
      });
    }
  }
  return out;
}

/**
 * The quick fixes of the diagnostic's finding in the analysis of the current text (kept per
 * version, so usually no work): the finding of that rule at that range, the one with the same
 * message first. A diagnostic of an older version gets the fixes of the same finding if it is
 * still where the range says.
 */
function fixesOf(d: Diagnostic, rule: string, doc: TextDocument, fresh: () => AnalysisResult | null, locale: LocaleLike): Array<{ title: string; edits: LspTextEdit[] }> {
  const r = fresh();
  if (!r) return [];
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const here = r.findings.filter((x) => x.rule === rule && x.start === start && x.end === end);
  const f = here.find((x) => localize(locale, x.message) === d.message) ?? here[0];
  if (!f) return [];
  return f.fixes.map((fx) => ({ title: localize(locale, fx.title), edits: toLsp(doc, fx.edits) }));
}

function fixAllOfRule(doc: TextDocument, fresh: () => AnalysisResult | null, rule: string, locale: LocaleLike): CodeAction | null {
  const r = fresh();
  if (!r) return null;
  const fixable = r.findings.filter((f) => f.rule === rule && f.fixes.length > 0);
  if (fixable.length < 2) return null;
  const edits = collectFixEdits(fixable);
  const title = ruleById(rule)?.title ?? (isTeamRule(rule) ? { zh: '团队规则', en: 'team rule' } : undefined);
  return {
    title: localize(locale, {
      zh: `修复本文件中全部 ${fixable.length} 处“${title?.zh ?? rule}”问题（${rule}）`,
      en: `Fix all ${fixable.length} "${title?.en ?? rule}" problems in this file (${rule})`,
    }),
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [doc.uri]: toLsp(doc, edits) } },
  };
}

function ignoreOnLine(doc: TextDocument, d: Diagnostic, rule: string, locale: LocaleLike): CodeAction {
  const line = d.range.start.line;
  const text = doc.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    title: localize(locale, { zh: `在此行忽略 ${rule}`, en: `Ignore ${rule} on this line` }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- gongwen-disable-next-line ${rule} -->${eol}` }] } },
  };
}
