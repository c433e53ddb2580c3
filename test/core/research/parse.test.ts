// The route of a research plan (research/parse.ts) in the layouts plans come in: 第N站 lines,
// time-prefixed lines under date and day-part headings, numbered lists, tables (Markdown rows and
// cells flattened onto lines of their own), labelled routes and run-on prose; what is not a stop
// (departures, returns, meals, meeting rooms, a district alone, a forbidden visit); the date, time
// and mode of each stop; and the plan's leader, visit dates and plan-wide mode.

import * as assert from 'node:assert/strict';
import { DEFAULT_NAMES } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import { parsePlan } from '../../../server/src/core/research/parse';
import type { Plan } from '../../../server/src/core/research/types';

const names = DEFAULT_NAMES;

function planOf(text: string, markdown = false): Plan {
  return parsePlan(buildModel(text, { markdown }), names);
}

const hm = (m: number | null): string => (m === null ? '-' : `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`);

/** "place@time" per stop, `*` when unannounced. */
function route(text: string, markdown = false): string[] {
  return planOf(text, markdown).stops.map((s) => `${s.place.text}@${hm(s.time)}${s.mode === 'unannounced' ? '*' : ''}`);
}

/** "month/day place" per stop. */
function dated(text: string): string[] {
  return planOf(text).stops.map((s) => `${s.date ? `${s.date.month}/${s.date.day}` : '-'} ${s.place.text}`);
}

const T = '副市长李四赴章丘区调研安排\n\n调研时间：2024年6月14日\n';
