// The analysis core's entry point: text + resolved configuration -> kind, scope, counts and
// findings with offsets. The LSP server, the CLI and the workspace scan all call this.

import { agendaOf } from './agenda';
import type { Agenda } from './agenda/types';
import { planOf } from './research/index';
import type { Plan } from './research/types';
import type { ResolvedConfig } from './config/resolve';
import { DisableMap, readDirectives, type Directive } from './directives';
import { buildModel } from './model/build';
import { detectKind } from './model/kind';
import type { DocModel } from './model/types';
import { RULES } from './rules/registry';
import type { Report, Rule, RuleContext, WorkspaceView } from './rules/rule';
import { countText } from './text/count';
import type { Paragraph } from './text/paragraph';
import type { Counts, DecisionSource, Finding, Kind, Scope, Severity } from './types';

export interface AnalyzeOptions {
  /** Markdown source: heading/quote/list markers and **emphasis** are not text. */
  markdown?: boolean;
  /** Kind and scope from the settings' glob mapping (weaker than the in-file directive). */
  settingsKind?: Kind;
  settingsScope?: Scope;
  /** Run only these rule ids (tests and tools). */
  only?: readonly string[];
  /** Extra rules to run (team rules), after the registry's. */
  extraRules?: readonly Rule[];
  /** The workspace's research plans (for research.repeated-* and research.concentration). */
  workspace?: WorkspaceView;
  /** The model of this very text, built before (a second pass over it reuses it and its cached plan). */
  model?: DocModel;
}

export interface AnalysisResult {
  kind: Kind;
  kindSource: DecisionSource;
  scope: Scope | null;
  scopeSource: DecisionSource;
  counts: Counts;
  countMode: ResolvedConfig['countMode'];
  /** Body limit in 字 for documents, by scope (the stricter one when undeclared). */
  limit: number | null;
  /** Both body limits for documents (专项, 全局性). */
  limits: { special: number; comprehensive: number } | null;
  findings: Finding[];
  model: DocModel;
  directive: Directive | null;
  /** The agenda, for documents of kind agenda (days, items, minutes). */
  agenda: Agenda | null;
  /** The route, for research plans (stops, places, modes). */
  plan: Plan | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function bodyCount(model: DocModel, mode: ResolvedConfig['countMode']): number {
  let n = 0;
  for (const p of model.body) n += countText(p.text, mode);
  return n;
}

function sumCount(ps: Paragraph[], mode: ResolvedConfig['countMode']): number {
  let n = 0;
  for (const p of ps) n += countText(p.text, mode);
  return n;
}

/** The order findings are reported in: by position, then by rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function analyze(text: string, config: ResolvedConfig, opts: AnalyzeOptions = {}): AnalysisResult {
  const model = opts.model ?? buildModel(text, { markdown: opts.markdown });
  const { directive, events } = readDirectives(model.comments);
  const detected = detectKind(model.titleText, model.paragraphs);

  let kind: Kind = detected.kind;
  let kindSource: DecisionSource = 'detected';
  if (directive?.kind) {
    kind = directive.kind;
    kindSource = 'directive';
  } else if (opts.settingsKind) {
    kind = opts.settingsKind;
    kindSource = 'settings';
  }
  let scope: Scope | null = null;
  let scopeSource: DecisionSource = 'default';
  if (directive?.scope) {
    scope = directive.scope;
    scopeSource = 'directive';
  } else if (opts.settingsScope) {
    scope = opts.settingsScope;
    scopeSource = 'settings';
  } else if (detected.scope && detected.kind === kind) {
    scope = detected.scope;
    scopeSource = 'detected';
  }

  const mode = config.countMode;
  const attachmentsText = model.attachments.reduce((s, a) => s + sumCount(a.title, mode) + sumCount(a.paragraphs, mode), 0);
  const counts: Counts = {
    body: bodyCount(model, mode),
    attachments: attachmentsText,
    attachmentCount: model.attachmentCount,
  };

  // The limits are doc.length's options, whose defaults live with the rule.
  const lengthRule = RULES.find((r) => r.id === 'doc.length')!;
  const lengthOpts = config.rules['doc.length']?.options ?? {};
  const comprehensiveLimit = Number(lengthOpts['comprehensive'] ?? defaultOf(lengthRule, 'comprehensive'));
  const specialLimit = Number(lengthOpts['special'] ?? defaultOf(lengthRule, 'special'));
  const limit = kind !== 'document' ? null : scope === 'comprehensive' ? comprehensiveLimit : specialLimit;

  const findings: Finding[] = [];
  const disabled = new DisableMap(events);
  const rules: readonly Rule[] = opts.extraRules ? [...RULES, ...opts.extraRules] : RULES;
  for (const rule of rules) {
    if (opts.only && !opts.only.includes(rule.id)) continue;
    if (!rule.kinds.includes(kind)) continue;
    const setting = config.rules[rule.id];
    const severity = setting ? setting.severity : rule.defaultSeverity;
    if (severity === 'off') continue;
    const options = setting?.options ?? {};
    const ctx: RuleContext = {
      model, kind, scope, scopeSource, countMode: mode, counts, options, names: config.names,
      optionsOf: (id) => config.rules[id]?.options ?? {},
      workspace: opts.workspace ?? null,
      report(r: Report) {
        const sev = r.severity && SEVERITY_RANK[r.severity] > SEVERITY_RANK[severity] ? r.severity : severity;
        if (!disabled.empty && disabled.isDisabled(rule.id, model.lines.lineOf(r.start))) return;
        findings.push({ rule: rule.id, severity: sev, start: r.start, end: Math.max(r.end, r.start), message: r.message, fixes: r.fixes ?? [], clause: rule.clause, ...(r.related?.length ? { related: r.related } : {}) });
      },
      span(p, i, j) {
        const start = p.origStart(i);
        // An empty span (an insertion point) sits where text[i] starts, even after removed spaces.
        return { start, end: j > i ? Math.max(start, p.origEnd(j)) : start };
      },
      num: (name) => Number(options[name] ?? defaultOf(rule, name)),
      str: (name) => String(options[name] ?? defaultOf(rule, name)),
      list: (name) => {
        const v = options[name] ?? defaultOf(rule, name);
        return Array.isArray(v) ? (v as string[]) : [];
      },
      bool: (name) => Boolean(options[name] ?? defaultOf(rule, name)),
    };
    rule.check(ctx);
  }
  findings.sort(compareFindings);
  return { kind, kindSource, scope, scopeSource, counts, countMode: mode, limit, limits: kind === 'document' ? { special: specialLimit, comprehensive: comprehensiveLimit } : null, findings, model, directive, agenda: kind === 'agenda' ? agendaOf(model, config.names) : null, plan: kind === 'research' ? planOf(model, config.names) : null };
}

function defaultOf(rule: Rule, name: string): unknown {
  return rule.options.find((o) => o.name === name)?.default;
}
