// Built-in presets. `jinan-2019` holds the numbers of the Jinan rules (RULES.md) for every rule:
// a team that names it pins its config to them, whatever later versions choose as defaults.

import type { ProjectConfig } from '../core/config/effective';
import type { RuleSettingInput } from '../core/config/resolve';
import { RULES } from '../core/rules/registry';
import type { Msg } from '../core/types';

function jinan2019(): ProjectConfig {
  const rules: Record<string, RuleSettingInput> = {};
  for (const r of RULES) {
    const entry: Record<string, unknown> = { severity: r.defaultSeverity };
    for (const o of r.options) entry[o.name] = Array.isArray(o.default) ? [...o.default] : o.default;
    rules[r.id] = entry as RuleSettingInput;
  }
  return { rules, countMode: 'word' };
}

export const PRESETS: Record<string, ProjectConfig> = {
  'jinan-2019': jinan2019(),
};

/** What each preset is, for the config file schema (completion and hover in the editor). */
export const PRESET_DESCRIPTIONS: Record<keyof typeof PRESETS, Msg> = {
  'jinan-2019': {
    zh: '济南市《关于进一步为基层减负的实施细则》（2019）和 GB/T 9704-2012 的全部规则，级别和数值按细则原文固定',
    en: 'Every rule of the Jinan rules on reducing burdens on grassroots units (2019) and GB/T 9704-2012, with the severities and numbers of the rules pinned',
  },
};
