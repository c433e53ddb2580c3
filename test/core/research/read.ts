// Reading a plan for the research tests: the plan, and its stops as short strings to compare.

import { DEFAULT_NAMES } from '../../../server/src/core/names';
import { buildModel } from '../../../server/src/core/model/build';
import { parsePlan } from '../../../server/src/core/research/parse';
import type { Plan } from '../../../server/src/core/research/types';

export function planOf(text: string, markdown = false): Plan {
  return parsePlan(buildModel(text, { markdown }), DEFAULT_NAMES);
}

/** Minutes since midnight as H:MM, '-' for none. */
export const hm = (m: number | null): string => (m === null ? '-' : `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`);

/** "place@time" per stop, `*` when unannounced. */
export function route(text: string, markdown = false): string[] {
  return planOf(text, markdown).stops.map((s) => `${s.place.text}@${hm(s.time)}${s.mode === 'unannounced' ? '*' : ''}`);
}
