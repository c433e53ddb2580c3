// Rule packs: which text a rule rests on and with which numbers. A preset turns one pack on or
// stacks several (preset: ["national-2024", "jinan-2019"]); a finding cites the clause of every
// active pack whose limit it breaks (analyze.ts), and the hover quotes each.

import type { OptionSpec, PackClause, RuleMeta } from './rules/rule';
import { PACKS, type Msg, type Pack, type SeveritySetting } from './types';

export { PACKS, type Pack };

/** The packs of a config that names no preset: today's Jinan rules. */
export const DEFAULT_PACKS: readonly Pack[] = ['jinan-2019'];

/** Clauses of the national format standards: they hold under every pack. */
function isStandardClause(clause: string): boolean {
  return /^GB/.test(clause);
}

const derived = new WeakMap<RuleMeta, Readonly<Partial<Record<Pack, PackClause>>>>();

/** The packs a rule belongs to, with the clause each cites (see RuleMeta.packs). */
export function packsOf(rule: RuleMeta): Readonly<Partial<Record<Pack, PackClause>>> {
  if (rule.packs) return rule.packs;
  let p = derived.get(rule);
  if (!p) {
    const own: PackClause = { cite: rule.clause, keys: rule.clauseKeys };
    p = isStandardClause(rule.clause) ? Object.fromEntries(PACKS.map((k) => [k, own])) : { 'jinan-2019': own };
    derived.set(rule, p);
  }
  return p;
}

const packLists = new WeakMap<RuleMeta, readonly Pack[]>();

/** The packs a rule belongs to, in its order (packsOf's keys): listed once per rule, for every finding asks. */
function packList(rule: RuleMeta): readonly Pack[] {
  let list = packLists.get(rule);
  if (!list) packLists.set(rule, (list = Object.keys(packsOf(rule)) as Pack[]));
  return list;
}

/** The pack whose clause the rule's own messages cite: the first one it lists. */
export function homePack(rule: RuleMeta): Pack {
  return packList(rule)[0] as Pack;
}

export function isPack(name: unknown): name is Pack {
  return typeof name === 'string' && (PACKS as readonly string[]).includes(name);
}

/** A rule's severity and option values in one pack's preset ('off' where the pack lacks it). */
export function packSetting(rule: RuleMeta, pack: Pack): { severity: SeveritySetting; options: Record<string, unknown> } {
  const pc = packsOf(rule)[pack];
  const options: Record<string, unknown> = {};
  for (const o of rule.options) {
    const v = pc?.options?.[o.name] ?? o.default;
    options[o.name] = Array.isArray(v) ? [...v] : v;
  }
  return { severity: pc ? pc.severity ?? rule.defaultSeverity : 'off', options };
}

const RANK: Record<SeveritySetting, number> = { off: 0, hint: 1, info: 2, warning: 3, error: 4 };

/** The stronger of two severities (stacked presets: a rule on in either is on). */
export function strongerSeverity(a: SeveritySetting, b: SeveritySetting): SeveritySetting {
  return RANK[b] > RANK[a] ? b : a;
}

/** The stricter of two option values, by the option's `stricter` direction (else the first). */
export function stricterValue(spec: OptionSpec, a: unknown, b: unknown): unknown {
  switch (spec.stricter) {
    case 'lower':
      return Math.min(Number(a), Number(b));
    case 'higher':
      return Math.max(Number(a), Number(b));
    case 'union':
      return [...new Set([...(a as string[]), ...(b as string[])])];
    case 'false':
      return Boolean(a) && Boolean(b);
    case 'true':
      return Boolean(a) || Boolean(b);
    default:
      return a;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

/** Whether the packs set the same values for every option of the rule (one run cites them all). */
export function packsAgree(rule: RuleMeta, packs: readonly Pack[]): boolean {
  if (packs.length < 2) return true;
  const first = packSetting(rule, packs[0]!).options;
  return packs.slice(1).every((p) => {
    const o = packSetting(rule, p).options;
    return rule.options.every((spec) => sameValue(first[spec.name], o[spec.name]));
  });
}

/** A pack's clause for a rule as messages cite it, in both languages. */
export function citeOf(rule: RuleMeta, pack: Pack): Msg {
  const c = packsOf(rule)[pack]?.cite ?? rule.clause;
  return typeof c === 'string' ? { zh: c, en: c } : c;
}

/** The packs among `active` that hold the rule; a rule turned on outside its packs cites its own. */
export function citedPacks(rule: RuleMeta, active: readonly Pack[]): Pack[] {
  const own = packList(rule);
  const mine = active.filter((p) => own.includes(p));
  return mine.length ? mine : [homePack(rule)];
}

/** The citation of several packs, their clauses joined (the same clause once): "§2；《若干规定》第2条". */
export function joinCites(rule: RuleMeta, packs: readonly Pack[]): Msg {
  const zh: string[] = [];
  const en: string[] = [];
  for (const p of packs) {
    const c = citeOf(rule, p);
    if (zh.includes(c.zh)) continue;
    zh.push(c.zh);
    en.push(c.en);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
