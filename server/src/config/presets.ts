// Built-in presets, one per rule pack: `jinan-2019` holds the numbers of the Jinan rules
// (RULES.md), `national-2024` those of the national 《整治形式主义为基层减负若干规定》. A team that
// names one pins its config to that text's rules and numbers; naming several stacks them: every
// rule of either is on, and where both set a number the stricter one applies.

import type { ProjectConfig } from '../core/config/effective';
import type { RuleSettingInput } from '../core/config/resolve';
import { packSetting, stricterValue, strongerSeverity, PACKS, type Pack } from '../core/packs';
import { RULES } from '../core/rules/registry';
import type { Msg, SeveritySetting } from '../core/types';

export type PresetName = Pack;

/** Which preset each value of a stacked preset came from ("rules.doc.length.special" → jinan-2019). */
const origins = new WeakMap<ProjectConfig, Map<string, Pack>>();
const cache = new Map<string, ProjectConfig>();

/** The config of one preset or of several stacked (the stricter value of each, the stronger severity). */
export function presetConfig(names: readonly Pack[]): ProjectConfig {
  const key = names.join('+');
  let config = cache.get(key);
  if (!config) {
    config = buildPreset(names);
    cache.set(key, config);
  }
  return config;
}

function buildPreset(names: readonly Pack[]): ProjectConfig {
  const rules: Record<string, RuleSettingInput> = {};
  const from = new Map<string, Pack>();
  for (const r of RULES) {
    let severity: SeveritySetting = 'off';
    let severityFrom = names[0]!;
    const options: Record<string, unknown> = {};
    // A pack that leaves the rule off has no say in its numbers (unless every pack leaves it off).
    const holding = names.filter((p) => packSetting(r, p).severity !== 'off');
    for (const p of holding.length ? holding : names) {
      const s = packSetting(r, p);
      const stronger = strongerSeverity(severity, s.severity);
      if (stronger !== severity) [severity, severityFrom] = [stronger, p];
      for (const o of r.options) {
        const mine = s.options[o.name];
        if (!(o.name in options)) {
          options[o.name] = mine;
          from.set(`rules.${r.id}.${o.name}`, p);
          continue;
        }
        const next = stricterValue(o, options[o.name], mine);
        if (JSON.stringify(next) !== JSON.stringify(options[o.name])) {
          options[o.name] = next;
          from.set(`rules.${r.id}.${o.name}`, p);
        }
      }
    }
    from.set(`rules.${r.id}.severity`, severityFrom);
    rules[r.id] = { severity, ...options } as RuleSettingInput;
  }
  const config: ProjectConfig = { rules, countMode: 'word' };
  origins.set(config, from);
  return config;
}

const PRESET_NAMES = PACKS as readonly string[];

function isPreset(name: string): boolean {
  return PRESET_NAMES.includes(name);
}

/**
 * `preset`: one name, or a list that stacks the presets (every rule of either on, the stricter
 * number where both set one). Unknown or repeated names are reported; the known ones still apply.
 */
export function presetList(v: unknown, problem: (keyPath: Array<string | number>, zh: string, en: string) => void): Pack[] | null {
  const unknown = (at: Array<string | number>, x: unknown): void =>
    problem(at, `未知的预设 ${JSON.stringify(x)}（可用：${PRESET_NAMES.join('、')}，可写一个或一组；其他配置文件请写在 extends 中）`, `unknown preset ${JSON.stringify(x)} (known: ${PRESET_NAMES.join(', ')}, one or a list; other config files go in extends)`);
  if (typeof v === 'string') {
    if (isPreset(v)) return [v as Pack];
    unknown(['preset'], v);
    return null;
  }
  if (!Array.isArray(v) || v.length === 0) {
    unknown(['preset'], v);
    return null;
  }
  const out: Pack[] = [];
  v.forEach((x, i) => {
    if (typeof x !== 'string' || !isPreset(x)) unknown(['preset', i], x);
    else if (out.includes(x as Pack)) problem(['preset', i], `预设“${x}”重复列出`, `preset "${x}" is listed twice`);
    else out.push(x as Pack);
  });
  return out.length ? out : null;
}

/**
 * A config held in memory (tests, tools) with its `preset` applied as the loader applies a file's:
 * the preset's layer first, then the config without the key.
 */
export function presetLayers(config: ProjectConfig, source: string): Array<{ config: ProjectConfig; source: string }> {
  if (config.preset === undefined) return [{ config, source }];
  const { preset, ...own } = config;
  const bad: string[] = [];
  const stack = presetList(preset, (_p, _zh, en) => bad.push(en));
  if (bad.length) throw new Error(`${source}: ${bad.join('; ')}`);
  return [{ config: presetConfig(stack!), source: `preset:${stack!.join('+')}` }, { config: own, source }];
}

/** The preset a value of a preset layer came from, when the layer stacks several. */
export function presetOrigin(config: ProjectConfig, key: string): Pack | undefined {
  return origins.get(config)?.get(key);
}

/** Each preset by name, built when first read (a program that never names one builds none). */
export const PRESETS: Readonly<Record<PresetName, ProjectConfig>> = Object.defineProperties(
  {} as Record<PresetName, ProjectConfig>,
  Object.fromEntries(PACKS.map((p) => [p, { enumerable: true, get: () => presetConfig([p]) }])),
);

/** What each preset is, for the config file schema (completion and hover in the editor). */
export const PRESET_DESCRIPTIONS: Record<PresetName, Msg> = {
  'jinan-2019': {
    zh: '济南市《关于进一步为基层减负的实施细则》（2019）和 GB/T 9704-2012 的全部规则，级别和数值按细则原文固定',
    en: 'Every rule of the Jinan rules on reducing burdens on grassroots units (2019) and GB/T 9704-2012, with the severities and numbers of the rules pinned',
  },
  'national-2024': {
    zh: '中共中央办公厅、国务院办公厅《整治形式主义为基层减负若干规定》（2024）和 GB/T 9704-2012 的规则：专项工作文件 4000 字、主要负责同志讲话或会议主报告 1 小时等；济南细则独有的规则（无会日、无会周、请示提前 15 天、3 天报送期限等）关闭',
    en: 'The rules of the national Provisions on reducing burdens on grassroots units (2024) and GB/T 9704-2012: 4,000 字 for special-work documents, one hour for a principal speech or main report, and so on; rules only the Jinan text has (no-meeting days and weeks, the 15-day request lead time, 3-day report deadlines …) are off',
  },
};
