// Resolves the effective configuration from layers (registry defaults first, then each
// user layer in order of precedence). Invalid values never stop checking: they are reported
// as problems and the previous layer's value is kept.

import type { OptionSpec, RuleMeta } from '../rules/rule';
import { DEFAULT_NAMES, type Names } from '../names';
import { citedPacks, DEFAULT_PACKS, isPack, packSetting, type Pack } from '../packs';
import type { CountMode, Locale, Msg, SeveritySetting } from '../types';

// The name lists live in the bottom layer (core/names.ts), so that the parsers need not import the
// configuration; they are re-exported here for the configuration's users.
export { DEFAULT_NAMES, type Names };

export type RuleSettingInput = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

/** One layer of user configuration (settings, or a config file). */
export interface UserConfig {
  rules?: Record<string, RuleSettingInput>;
  countMode?: CountMode;
  locale?: Locale;
  names?: Partial<Names>;
}

export interface ResolvedRule {
  severity: SeveritySetting;
  options: Record<string, unknown>;
  /**
   * Stacked presets that set different numbers for the rule: each pack's options (with what the
   * user set on top). `options` holds the stricter ones; these tell which packs a finding breaks.
   */
  byPack?: Partial<Record<Pack, Record<string, unknown>>>;
}

export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  countMode: CountMode;
  locale: Locale;
  names: Names;
  /** The rule packs the presets turned on (no preset: the Jinan rules). */
  packs: Pack[];
}

export interface ConfigProblem {
  /** Dotted path of the offending key, e.g. "rules.doc.length.special". */
  key: string;
  /** The same path as a list (rule ids hold dots), for locating the key in a config file. */
  path: Array<string | number>;
  message: Msg;
  /** Where the layer came from (file path or "settings"), when known. */
  source?: string;
}

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const COUNT_MODES: readonly CountMode[] = ['word', 'han', 'chars'];
const LOCALES: readonly Locale[] = ['zh-cn', 'en'];

export function defaultConfig(registry: readonly RuleMeta[]): ResolvedConfig {
  const rules: Record<string, ResolvedRule> = {};
  for (const r of registry) {
    const options: Record<string, unknown> = {};
    for (const o of r.options) options[o.name] = cloneValue(o.default);
    rules[r.id] = { severity: r.defaultSeverity, options };
  }
  const names = Object.fromEntries(Object.entries(DEFAULT_NAMES).map(([k, v]) => [k, [...v]])) as unknown as Names;
  return { rules, countMode: 'word', locale: 'zh-cn', names, packs: [...DEFAULT_PACKS] };
}

/** The packs a preset layer turns on, from its source "preset:national-2024+jinan-2019". */
export function presetPacks(source: string | undefined): Pack[] | null {
  if (!source?.startsWith('preset:')) return null;
  const packs = source.slice('preset:'.length).split('+').filter(isPack);
  return packs.length ? packs : null;
}

function cloneValue<T>(v: T): T {
  return Array.isArray(v) ? (v.slice() as T) : v;
}

export function optionTypeOk(spec: OptionSpec, v: unknown): boolean {
  switch (spec.type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && (spec.minimum === undefined || v >= spec.minimum);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && (spec.minimum === undefined || v >= spec.minimum);
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string' && (!spec.enum || spec.enum.includes(v));
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
  }
}

function describeType(spec: OptionSpec): Msg {
  const base: Record<OptionSpec['type'], Msg> = {
    number: { zh: '数字', en: 'a number' },
    integer: { zh: '整数', en: 'an integer' },
    boolean: { zh: 'true 或 false', en: 'true or false' },
    string: { zh: '字符串', en: 'a string' },
    'string[]': { zh: '字符串数组', en: 'an array of strings' },
  };
  const b = base[spec.type];
  if (spec.enum) return { zh: `以下之一：${spec.enum.join('、')}`, en: `one of ${spec.enum.join(', ')}` };
  if (spec.minimum !== undefined) return { zh: `不小于 ${spec.minimum} 的${b.zh}`, en: `${b.en} ≥ ${spec.minimum}` };
  return b;
}

/** Applies the layers on top of the registry defaults. */
export function resolveConfig(
  registry: readonly RuleMeta[],
  layers: ReadonlyArray<{ config: UserConfig; source?: string }>,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config = defaultConfig(registry);
  const problems: ConfigProblem[] = [];
  const byId = new Map(registry.map((r) => [r.id, r]));
  // Options a user layer (not a preset) set: they hold under every pack of a stacked preset.
  const userSet = new Map<string, Set<string>>();
  for (const { config: layer, source } of layers) {
    if (layer === null || typeof layer !== 'object') continue;
    const packs = presetPacks(source);
    if (packs) config.packs = packs;
    if (layer.countMode !== undefined) {
      if (COUNT_MODES.includes(layer.countMode)) config.countMode = layer.countMode;
      else problems.push({ key: 'countMode', path: ['countMode'], source, message: { zh: `countMode 应为 word、han 或 chars，而不是 ${JSON.stringify(layer.countMode)}`, en: `countMode must be word, han or chars, not ${JSON.stringify(layer.countMode)}` } });
    }
    if (layer.locale !== undefined) {
      if (LOCALES.includes(layer.locale)) config.locale = layer.locale;
      else problems.push({ key: 'locale', path: ['locale'], source, message: { zh: `locale 应为 zh-cn 或 en，而不是 ${JSON.stringify(layer.locale)}`, en: `locale must be zh-cn or en, not ${JSON.stringify(layer.locale)}` } });
    }
    if (layer.names !== undefined) applyNames(config, layer.names, source, problems);
    const rules = layer.rules;
    if (rules === undefined) continue;
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
      problems.push({ key: 'rules', path: ['rules'], source, message: { zh: 'rules 应为对象：规则编号 → 级别或选项', en: 'rules must be an object: rule id → severity or options' } });
      continue;
    }
    for (const [id, value] of Object.entries(rules)) {
      const meta = byId.get(id);
      if (!meta && isTeamRule(id)) {
        // A team rule defined in another layer or another folder's config (user settings apply
        // to every folder): its value is checked, and applied where the rule exists.
        const p = customSettingProblem(id, value);
        if (p) problems.push({ ...p, source });
        continue;
      }
      if (!meta) {
        problems.push({ key: `rules.${id}`, path: ['rules', id], source, message: { zh: `未知的规则编号“${id}”`, en: `unknown rule id "${id}"` } });
        continue;
      }
      const target = config.rules[id]!;
      if (typeof value === 'string') {
        if (SEVERITIES.includes(value as SeveritySetting)) target.severity = value as SeveritySetting;
        else problems.push({ key: `rules.${id}`, path: ['rules', id], source, message: severityProblem(value) });
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ key: `rules.${id}`, path: ['rules', id], source, message: { zh: '应为级别字符串或对象 {severity, …选项}', en: 'must be a severity string or an object {severity, …options}' } });
        continue;
      }
      for (const [k, v] of Object.entries(value)) {
        if (k === 'severity') {
          if (SEVERITIES.includes(v as SeveritySetting)) target.severity = v as SeveritySetting;
          else problems.push({ key: `rules.${id}.severity`, path: ['rules', id, 'severity'], source, message: severityProblem(v) });
          continue;
        }
        const spec = meta.options.find((o) => o.name === k);
        if (!spec) {
          const known = meta.options.map((o) => o.name).join(', ') || '—';
          problems.push({ key: `rules.${id}.${k}`, path: ['rules', id, k], source, message: { zh: `规则 ${id} 没有选项“${k}”（可用：${known}）`, en: `rule ${id} has no option "${k}" (known: ${known})` } });
          continue;
        }
        if (!optionTypeOk(spec, v)) {
          const t = describeType(spec);
          problems.push({ key: `rules.${id}.${k}`, path: ['rules', id, k], source, message: { zh: `选项 ${id}.${k} 应为${t.zh}，而不是 ${JSON.stringify(v)}`, en: `option ${id}.${k} must be ${t.en}, not ${JSON.stringify(v)}` } });
          continue;
        }
        target.options[k] = cloneValue(v);
        if (!presetPacks(source)) {
          if (!userSet.has(id)) userSet.set(id, new Set());
          userSet.get(id)!.add(k);
        }
      }
    }
  }
  if (config.packs.length > 1) for (const meta of registry) addPackOptions(meta, config, userSet.get(meta.id));
  return { config, problems };
}

/** ResolvedRule.byPack for a rule whose active packs set different numbers. */
function addPackOptions(meta: RuleMeta, config: ResolvedConfig, userSet: Set<string> | undefined): void {
  const packs = citedPacks(meta, config.packs);
  const target = config.rules[meta.id];
  if (packs.length < 2 || !target || meta.options.length === 0) return;
  const byPack: Partial<Record<Pack, Record<string, unknown>>> = {};
  const seen = new Set<string>();
  for (const p of packs) {
    const options = packSetting(meta, p).options;
    for (const k of userSet ?? []) options[k] = cloneValue(target.options[k]);
    byPack[p] = options;
    seen.add(JSON.stringify(options));
  }
  if (seen.size > 1) target.byPack = byPack;
}

/** Ids of team rules (customRules) start with this. */
export const CUSTOM_PREFIX = 'custom.';

/** Whether a rule id is a team rule's (by its prefix; isCustomRuleId checks the whole id). */
export function isTeamRule(id: string): boolean {
  return id.startsWith(CUSTOM_PREFIX);
}

function customSettingProblem(id: string, value: unknown): Omit<ConfigProblem, 'source'> | null {
  if (typeof value === 'string') {
    return SEVERITIES.includes(value as SeveritySetting) ? null : { key: `rules.${id}`, path: ['rules', id], message: severityProblem(value) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { key: `rules.${id}`, path: ['rules', id], message: { zh: '应为级别字符串或对象 {severity}', en: 'must be a severity string or an object {severity}' } };
  }
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'severity') return { key: `rules.${id}.${k}`, path: ['rules', id, k], message: { zh: `团队规则 ${id} 没有选项“${k}”（只能设置 severity）`, en: `team rule ${id} has no option "${k}" (only severity)` } };
    if (!SEVERITIES.includes(v as SeveritySetting)) return { key: `rules.${id}.severity`, path: ['rules', id, 'severity'], message: severityProblem(v) };
  }
  return null;
}

function severityProblem(v: unknown): Msg {
  return {
    zh: `级别应为 error、warning、info、hint 或 off，而不是 ${JSON.stringify(v)}`,
    en: `severity must be error, warning, info, hint or off, not ${JSON.stringify(v)}`,
  };
}

function applyNames(config: ResolvedConfig, names: unknown, source: string | undefined, problems: ConfigProblem[]): void {
  if (names === null || typeof names !== 'object' || Array.isArray(names)) {
    problems.push({ key: 'names', path: ['names'], source, message: { zh: 'names 应为对象：名单名称 → 字符串数组', en: 'names must be an object: list name → array of strings' } });
    return;
  }
  for (const [k, v] of Object.entries(names)) {
    if (!(k in DEFAULT_NAMES)) {
      const known = Object.keys(DEFAULT_NAMES).join(', ');
      problems.push({ key: `names.${k}`, path: ['names', k], source, message: { zh: `未知的名单“${k}”（可用：${known}）`, en: `unknown name list "${k}" (known: ${known})` } });
      continue;
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      problems.push({ key: `names.${k}`, path: ['names', k], source, message: { zh: `names.${k} 应为字符串数组`, en: `names.${k} must be an array of strings` } });
      continue;
    }
    config.names[k as keyof Names] = (v as string[]).map((x) => x.trim()).filter(Boolean);
  }
}
