// What a rule is: its metadata (the single source for docs, settings schema, CLI listing)
// and a check function that reads the document model and reports findings.

import type { DocModel } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import type { Names } from '../names';
import type { PlanIndex } from '../research/index';
import type { ItineraryRegion, MeetingRegion, Tree } from '../tree/types';
import type { CountMode, Counts, DecisionSource, Fix, Grade, Kind, Msg, Pack, Related, Scope, Severity, SeveritySetting } from '../types';

/** The nodes a rule visits: the 公文 frame once, every meeting arrangement, every itinerary. */
export type Visit = 'Document' | 'MeetingArrangement' | 'Itinerary';
export const VISITS: readonly Visit[] = ['Document', 'MeetingArrangement', 'Itinerary'];

/** What else a rule needs: `workspace`, the other research plans of the workspace. */
export type Need = 'workspace';

export type OptionType = 'number' | 'integer' | 'boolean' | 'string' | 'string[]';

export interface OptionSpec {
  name: string;
  type: OptionType;
  default: number | boolean | string | string[];
  /** Allowed values for string options. */
  enum?: string[];
  minimum?: number;
  description: Msg;
  /**
   * Which value is stricter when stacked presets set different ones (preset: [a, b]): `lower` for a
   * limit, `higher` for a lead time, `union` for a list of triggers, `false`/`true` for a switch
   * whose other value exempts something. Required where two packs set different values.
   */
  stricter?: 'lower' | 'higher' | 'union' | 'false' | 'true';
}

/** A rule as one pack has it: the clause it cites there, and the pack's severity and numbers. */
export interface PackClause {
  /** As cited in messages: "§2", or {zh: "《若干规定》第2条", en: "…"} where the languages differ. */
  cite: string | Msg;
  /** Keys of the clause texts quoted in hovers (clauses.ts). */
  keys: string[];
  /** How far the clause's wording is verified (packs whose text could not be recovered whole). */
  grade?: Grade;
  /** Severity in this pack's preset (default: the rule's defaultSeverity). */
  severity?: SeveritySetting;
  /** Option values of this pack that differ from the registry defaults. */
  options?: Readonly<Record<string, number | boolean | string | string[]>>;
}

export interface RuleMeta {
  id: string;
  title: Msg;
  /** Clause as cited in messages: "§2", "§3, §20", "GB 7.2.5". */
  clause: string;
  /** Keys of the clause texts quoted in hovers (see clauses.ts): "2", "20", "GB 7.2.5". */
  clauseKeys: string[];
  /**
   * The packs the rule belongs to. Absent: the Jinan rules only, citing `clause` (a GB/T 9704 rule:
   * every pack). The first pack listed is the rule's own: its messages cite that pack's clause.
   */
  packs?: Readonly<Partial<Record<Pack, PackClause>>>;
  /** The node types the rule visits (see Visit). */
  visits: Visit[];
  /** What the rule needs beyond the text; a rule that needs the workspace runs only when it is given. */
  needs?: Need[];
  /** Team rules: only files whose kind is one of these. */
  kinds?: Kind[];
  defaultSeverity: SeveritySetting;
  options: OptionSpec[];
  fixable: boolean;
  /** One line: what the rule checks (for the rule table and settings descriptions). */
  description: Msg;
}

export interface Report {
  start: number;
  end: number;
  message: Msg;
  fixes?: Fix[];
  /** A lower severity for this finding than the rule's (e.g. doc.length's "declare the scope" info). */
  severity?: Severity;
  related?: Related[];
}

/** The other research plans of the workspace, for the cross-plan rules. */
export interface WorkspaceView {
  index: PlanIndex;
  /** This file's id in the index (it is skipped when looking for others). */
  self: string;
}

export interface RuleContext {
  /** The model as the visited node reads it (a region inside a document sees its own paragraphs). */
  readonly model: DocModel;
  /** The whole file's model (the frame and every paragraph), whatever node is visited. */
  readonly document: DocModel;
  readonly tree: Tree;
  /** The meeting arrangement a MeetingArrangement rule is visiting. */
  readonly meeting: MeetingRegion | null;
  /** The itinerary an Itinerary rule is visiting. */
  readonly itinerary: ItineraryRegion | null;
  readonly kind: Kind;
  readonly scope: Scope | null;
  readonly scopeSource: DecisionSource;
  readonly countMode: CountMode;
  readonly counts: Counts;
  readonly options: Readonly<Record<string, unknown>>;
  /** Name lists (issuer levels, districts, leaders) from the configuration. */
  readonly names: Names;
  /** The workspace's research plans, when the caller has them (editor, CLI over a folder). */
  readonly workspace: WorkspaceView | null;
  /** Another rule's resolved options (rules that must agree, e.g. on the 无会周). */
  optionsOf(ruleId: string): Readonly<Record<string, unknown>>;
  report(r: Report): void;
  /** Original offsets of para.text[i..j). */
  span(p: Paragraph, i: number, j: number): { start: number; end: number };
  /** Option value with its type; falls back to the registry default. */
  num(name: string): number;
  str(name: string): string;
  list(name: string): string[];
  bool(name: string): boolean;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export function defineRule(r: Rule): Rule {
  return r;
}
