// The metadata of a rule only the national pack has: it cites the national text, is off by
// default (a config naming no preset checks what it always did) and on in `national-2024`.

import type { Grade, Msg, SeveritySetting } from '../../types';
import type { RuleMeta } from '../rule';

export function nationalOnly(cite: Msg, keys: string[], grade: Grade, severity: SeveritySetting): Pick<RuleMeta, 'clause' | 'clauseKeys' | 'packs' | 'defaultSeverity'> {
  return { clause: cite.zh, clauseKeys: keys, packs: { 'national-2024': { cite, keys, grade, severity } }, defaultSeverity: 'off' };
}
