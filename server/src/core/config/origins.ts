// Where each value of an effective configuration came from: the registry default, a preset, a
// config file or the settings. Used by `gongwen config PATH`.

import type { Effective, ProjectConfig } from './effective';
import { DEFAULT_NAMES } from './resolve';
import { RULES } from '../rules/registry';

export interface Origin {
  key: string;
  value: unknown;
  source: string;
}

/** Which preset of a stacked preset layer set a value ("rules.doc.length.special"), when the layer stacks several. */
export type StackOrigin = (config: ProjectConfig, key: string) => string | undefined;

export function configOrigins(layers: ReadonlyArray<{ config: ProjectConfig; source?: string }>, eff: Effective, stackOrigin?: StackOrigin): Origin[] {
  const out: Origin[] = [];
  const last = (pick: (c: ProjectConfig) => unknown, key?: string): string => {
    let src = 'default';
    for (const l of layers) {
      if (!l.config || typeof l.config !== 'object') continue;
      if (pick(l.config) === undefined) continue;
      const stacked = key && l.source?.includes('+') ? stackOrigin?.(l.config, key) : undefined;
      src = stacked ? `preset:${stacked}` : l.source ?? 'settings';
    }
    return src;
  };
  out.push({ key: 'preset', value: eff.config.packs, source: presetSource(layers) });
  out.push({ key: 'countMode', value: eff.config.countMode, source: last((c) => c.countMode) });
  out.push({ key: 'locale', value: eff.config.locale, source: last((c) => c.locale) });
  out.push({ key: 'maxFileSize', value: eff.maxFileSize, source: last((c) => c.maxFileSize) });
  out.push({ key: 'include', value: eff.include, source: last((c) => c.include) });
  out.push({ key: 'exclude', value: eff.exclude, source: last((c) => c.exclude) });
  for (const k of Object.keys(DEFAULT_NAMES) as Array<keyof typeof DEFAULT_NAMES>) {
    out.push({ key: `names.${k}`, value: eff.config.names[k], source: last((c) => (c.names as Record<string, unknown> | undefined)?.[k]) });
  }
  for (const r of eff.kinds) out.push({ key: `kinds.${r.glob}`, value: { kind: r.kind, scope: r.scope }, source: last((c) => c.kinds?.[r.glob]) });
  const ruleSetting = (c: ProjectConfig, id: string): unknown => (c.rules as Record<string, unknown> | undefined)?.[id];
  for (const r of [...RULES, ...eff.customRules]) {
    const resolved = eff.config.rules[r.id];
    if (!resolved) continue;
    out.push({
      key: `rules.${r.id}.severity`,
      value: resolved.severity,
      source: last((c) => {
        const v = ruleSetting(c, r.id);
        return typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>)['severity'] : undefined;
      }, `rules.${r.id}.severity`),
    });
    for (const o of r.options) {
      out.push({
        key: `rules.${r.id}.${o.name}`,
        value: resolved.options[o.name],
        source: last((c) => {
          const v = ruleSetting(c, r.id);
          return v && typeof v === 'object' ? (v as Record<string, unknown>)[o.name] : undefined;
        }, `rules.${r.id}.${o.name}`),
      });
    }
  }
  for (const r of eff.customRules) {
    out.push({ key: `customRules.${r.id}`, value: r.description.zh, source: last((c) => c.customRules?.find((x) => x && x.id === r.id)) });
  }
  return out;
}

/** The preset layer that decides the packs (the last one applied), or "default". */
function presetSource(layers: ReadonlyArray<{ source?: string }>): string {
  let src = 'default';
  for (const l of layers) if (l.source?.startsWith('preset:')) src = l.source;
  return src;
}
