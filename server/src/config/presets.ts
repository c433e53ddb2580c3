// Built-in presets. `jinan-2019` holds the numbers of the Jinan rules (RULES.md) for every rule:
// a team that names it pins its config to them, whatever later versions choose as defaults.

import type { ProjectConfig } from '../core/config/effective';
import type { RuleSettingInput } from '../core/config/resolve';
import { RULES } from '../core/rules/registry';

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
