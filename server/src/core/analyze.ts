// The analysis core's entry point: text + resolved configuration -> kind, scope, counts and
// findings with offsets. The LSP server, the CLI and the workspace scan all call this.

import type { Agenda } from './agenda/types';
import type { Plan } from './research/types';
import type { ResolvedConfig } from './config/resolve';
import { DisableMap, readDirectives, type Directive } from './directives';
import { errorText } from './errors';
import { buildModel } from './model/build';
import type { DocModel } from './model/types';
import { citedPacks, citeOf, homePack, type Pack } from './packs';
import { RULES } from './rules/registry';
import type { Report, Rule, RuleContext, WorkspaceView } from './rules/rule';
import { buildTree } from './tree/build';
import { MIN_CONFIDENCE, type ItineraryRegion, type MeetingRegion, type Tree } from './tree/types';
import { countParagraphs } from './text/count';
import type { Paragraph } from './text/paragraph';
import type { Counts, DecisionSource, Finding, Kind, Msg, Scope, Severity } from './types';

export interface AnalyzeOptions {
  /** Markdown source: heading/quote/list markers and **emphasis** are not text. */
  markdown?: boolean;
  /** Kind and scope from the settings' glob mapping (weaker than the in-file directive). */
  settingsKind?: Kind;
  settingsScope?: Scope;
  /** Official drafting whatever the text looks like (a file of the gongwen language): checked, never skipped as a README. */
  official?: boolean;
  /** Run only these rule ids (tests and tools). */
  only?: readonly string[];
  /** Extra rules to run (team rules), after the registry's. */
  extraRules?: readonly Rule[];
  /** The workspace's research plans, for the rules that need the workspace (research.repeated-* …). */
  workspace?: WorkspaceView;
  /** Run only the rules that need the workspace (the second pass of a scan, once every plan is indexed). */
  workspaceOnly?: boolean;
  /** Leave out the rules that need the workspace: a second pass runs them once every plan is indexed. */
  deferWorkspace?: boolean;
  /** The model of this very text, built before (a second pass over it reuses it and its tree). */
  model?: DocModel;
  tree?: Tree;
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
  /** The syntax tree: the frame, its meetings, itineraries and norms. */
  tree: Tree;
  directive: Directive | null;
  /** The agenda of the first meeting arrangement (days, items, minutes), if any. */
  agenda: Agenda | null;
  /** The route of the first itinerary (stops, places, modes), if any. */
  plan: Plan | null;
  /** Rules that threw on this text: their findings are left out, every other rule ran. */
  failures: RuleFailure[];
}

/** A rule that threw: which, and what it said (the rest of the file was still checked). */
export interface RuleFailure {
  rule: string;
  error: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function bodyCount(model: DocModel, mode: ResolvedConfig['countMode']): number {
  return countParagraphs(model.body, mode);
}

/** The order findings are reported in: by position, then by rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function analyze(text: string, config: ResolvedConfig, opts: AnalyzeOptions = {}): AnalysisResult {
  const model = opts.model ?? buildModel(text, { markdown: opts.markdown });
  const { directive, events } = readDirectives(model.comments);
  const forcedKind = directive?.kind ?? opts.settingsKind ?? null;
  const tree = opts.tree ?? buildTree(model, { names: config.names, forcedKind, official: opts.official });

  let kind: Kind = tree.kind;
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
  } else if (tree.scope && tree.kind === kind) {
    scope = tree.scope;
    scopeSource = 'detected';
  }

  const mode = config.countMode;
  const attachmentsText = model.attachments.reduce((s, a) => s + countParagraphs(a.title, mode) + countParagraphs(a.paragraphs, mode), 0);
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
  const failures: RuleFailure[] = [];
  const disabled = new DisableMap(events);
  const rules: readonly Rule[] = opts.extraRules ? [...RULES, ...opts.extraRules] : RULES;
  // Text that is not official drafting (a README, a blog post) is not checked unless a kind is forced.
  const checked = tree.official.official;
  const meetings = checked ? tree.meetings.filter((m) => m.confidence >= MIN_CONFIDENCE) : [];
  const itineraries = checked ? tree.itineraries.filter((r) => r.confidence >= MIN_CONFIDENCE) : [];
  const run = new RuleRun();
  for (const rule of rules) {
    if (!checked) break;
    if (opts.only && !opts.only.includes(rule.id)) continue;
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    const needsWorkspace = rule.needs?.includes('workspace') ?? false;
    if (needsWorkspace ? opts.deferWorkspace : opts.workspaceOnly) continue;
    // A rule with no node to visit here (a meeting rule in a text without a meeting) would report
    // nothing: its context is not made.
    if (!visitsAny(rule, meetings, itineraries)) continue;
    const setting = config.rules[rule.id];
    const severity = setting ? setting.severity : rule.defaultSeverity;
    if (severity === 'off') continue;
    const base = { rule, severity, options: setting?.options ?? {}, config, model, tree, kind, scope, scopeSource, counts, workspace: opts.workspace ?? null, disabled, findings, run };
    const failure = runRule(base, meetings, itineraries);
    if (failure) failures.push(failure);
  }
  findings.sort(compareFindings);
  return {
    kind, kindSource, scope, scopeSource, counts, countMode: mode, limit,
    limits: kind === 'document' ? { special: specialLimit, comprehensive: comprehensiveLimit } : null,
    findings, model, tree, directive,
    agenda: tree.meetings[0]?.agenda ?? null,
    plan: tree.itineraries[0]?.plan ?? null,
    failures,
  };
}

/**
 * Runs one rule on every node it visits. A rule that throws loses what it reported on this text
 * (it may be half done) and is named in the result; it never stops the other rules.
 */
function runRule(base: RunBase, meetings: readonly MeetingRegion[], itineraries: readonly ItineraryRegion[]): RuleFailure | null {
  const { rule, findings } = base;
  const before = findings.length;
  try {
    visitNodes(base, meetings, itineraries);
    citePacks(base, before, meetings, itineraries);
    return null;
  } catch (e) {
    findings.length = before;
    return { rule: rule.id, error: errorText(e) };
  }
}

/** Whether the rule visits any node of this text (visitNodes would call its check at all). */
function visitsAny(rule: Rule, meetings: readonly MeetingRegion[], itineraries: readonly ItineraryRegion[]): boolean {
  return rule.visits.includes('Document') || (meetings.length > 0 && rule.visits.includes('MeetingArrangement')) || (itineraries.length > 0 && rule.visits.includes('Itinerary'));
}

function visitNodes(base: RunBase, meetings: readonly MeetingRegion[], itineraries: readonly ItineraryRegion[]): void {
  const { rule, model, run } = base;
  // The context functions act for the run being visited; the one before is set back after (a
  // pack's run in citePacks visits inside the rule's own).
  const before = run.base;
  run.base = base;
  try {
    const fns = run.fns;
    if (rule.visits.includes('Document')) rule.check(contextFor(base, fns, model, null, null));
    if (rule.visits.includes('MeetingArrangement')) for (const m of meetings) rule.check(contextFor(base, fns, m.model, m, null));
    if (rule.visits.includes('Itinerary')) for (const r of itineraries) rule.check(contextFor(base, fns, r.model, null, r));
  } finally {
    run.base = before;
  }
}

/**
 * Stacked presets: a finding cites the clause of every active pack that holds the rule, and where
 * the packs set different numbers (3,000 字 in one, 4,000 in the other), only of those whose own
 * numbers it breaks: the rule runs once more under each pack's numbers to tell.
 */
function citePacks(base: RunBase, from: number, meetings: readonly MeetingRegion[], itineraries: readonly ItineraryRegion[]): void {
  const { rule, config, findings } = base;
  if (findings.length === from) return;
  const home = homePack(rule);
  const cited = citedPacks(rule, config.packs);
  if (cited.length === 1 && cited[0] === home) return;
  const own = citeOf(rule, home).zh;
  if (cited.every((p) => citeOf(rule, p).zh === own)) return;
  const byPack = config.rules[rule.id]?.byPack;
  const broken = new Map<Pack, Set<string>>();
  if (byPack) {
    for (const p of cited) {
      const scratch: Finding[] = [];
      visitNodes({ ...base, options: byPack[p] ?? base.options, findings: scratch }, meetings, itineraries);
      broken.set(p, new Set(scratch.map(spanKey)));
    }
  }
  for (let i = from; i < findings.length; i++) {
    const f = findings[i]!;
    const mine = byPack ? cited.filter((p) => broken.get(p)!.has(spanKey(f))) : cited;
    recite(f, base.rule, mine.length ? mine : cited, home);
  }
}

function spanKey(f: Finding): string {
  return `${f.start}:${f.end}`;
}

/** Rewrites a finding's trailing clause "（§2）" to cite the given packs: "（§2；《若干规定》第2条）". */
function recite(f: Finding, rule: Rule, packs: readonly Pack[], home: Pack): void {
  if (packs.length === 1 && packs[0] === home) return;
  const zhTail = /（([^（）]*)）$/.exec(f.message.zh);
  const enTail = / \(([^()]*)\)$/.exec(f.message.en);
  const cites: Msg[] = [];
  const clauses: string[] = [];
  for (const p of packs) {
    // The rule's own pack keeps the clause its message names (a rule citing §3 or §20 as the case may be).
    const c = p === home ? { zh: zhTail?.[1] ?? rule.clause, en: enTail?.[1] ?? rule.clause } : citeOf(rule, p);
    if (cites.some((x) => x.zh === c.zh)) continue;
    cites.push(c);
    clauses.push(p === home ? rule.clause : c.zh);
  }
  const zh = cites.map((c) => c.zh).join('；');
  const en = cites.map((c) => c.en).join('; ');
  f.message = {
    zh: zhTail ? `${f.message.zh.slice(0, zhTail.index)}（${zh}）` : `${f.message.zh}（${zh}）`,
    en: enTail ? `${f.message.en.slice(0, enTail.index)} (${en})` : `${f.message.en} (${en})`,
  };
  f.clause = clauses.join('；');
  f.packs = [...packs];
}

interface RunBase {
  rule: Rule;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
  config: ResolvedConfig;
  model: DocModel;
  tree: Tree;
  kind: Kind;
  scope: Scope | null;
  scopeSource: DecisionSource;
  counts: Counts;
  workspace: WorkspaceView | null;
  disabled: DisableMap;
  findings: Finding[];
  /** The analysis's context functions and the run they act for. */
  run: RuleRun;
}

/**
 * The context functions of one analysis and the rule run they act for (base, set by visitNodes).
 * Made once per analysis, not per rule: a text is checked by every rule, and a scan checks
 * thousands of texts.
 */
class RuleRun {
  base: RunBase | null = null;
  readonly fns: ContextFns = contextFns(this);
}

type ContextFns = Pick<RuleContext, 'optionsOf' | 'report' | 'span' | 'num' | 'str' | 'list' | 'bool'>;

/** Original offsets of para.text[i..j) (RuleContext.span). */
function spanOf(p: Paragraph, i: number, j: number): { start: number; end: number } {
  const start = p.origStart(i);
  // An empty span (an insertion point) sits where text[i] starts, even after removed spaces.
  return { start, end: j > i ? Math.max(start, p.origEnd(j)) : start };
}

/** The functions of the rules' contexts, acting for the run being visited (run.base). */
function contextFns(run: RuleRun): ContextFns {
  const current = (): RunBase => run.base!;
  return {
    optionsOf: (id) => current().config.rules[id]?.options ?? {},
    report(r: Report) {
      const { rule, severity, model, disabled, findings } = current();
      const sev = r.severity && SEVERITY_RANK[r.severity] > SEVERITY_RANK[severity] ? r.severity : severity;
      if (!disabled.empty && disabled.isDisabled(rule.id, model.lines.lineOf(r.start))) return;
      const f: Finding = { rule: rule.id, severity: sev, start: r.start, end: Math.max(r.end, r.start), message: r.message, fixes: r.fixes ?? [], clause: rule.clause };
      if (r.related?.length) f.related = r.related;
      findings.push(f);
    },
    span: spanOf,
    num: (name) => Number(optionOf(current(), name)),
    str: (name) => String(optionOf(current(), name)),
    list: (name) => {
      const v = optionOf(current(), name);
      return Array.isArray(v) ? (v as string[]) : [];
    },
    bool: (name) => Boolean(optionOf(current(), name)),
  };
}

/** An option of the run's rule: as set, or the rule's default. */
function optionOf(b: RunBase, name: string): unknown {
  return b.options[name] ?? defaultOf(b.rule, name);
}

/** The context a rule's check gets for one visited node. */
function contextFor(b: RunBase, fns: ContextFns, view: DocModel, meeting: MeetingRegion | null, itinerary: ItineraryRegion | null): RuleContext {
  // A meeting inside a larger document has no scope of its own unless it states one.
  const inner = (meeting && !meeting.whole) || (itinerary && !itinerary.whole);
  return {
    model: view, document: b.model, tree: b.tree, meeting, itinerary, kind: b.kind,
    scope: inner ? (meeting?.scope ?? null) : b.scope,
    scopeSource: inner ? 'default' : b.scopeSource,
    countMode: b.config.countMode, counts: b.counts, options: b.options, names: b.config.names,
    workspace: b.workspace,
    optionsOf: fns.optionsOf, report: fns.report, span: fns.span, num: fns.num, str: fns.str, list: fns.list, bool: fns.bool,
  };
}

function defaultOf(rule: Rule, name: string): unknown {
  return rule.options.find((o) => o.name === name)?.default;
}
