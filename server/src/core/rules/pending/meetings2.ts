// Rules of the national pack being written (merged into registry.ts when done).

import type { Rule } from '../rule';

export const RULES_meetings2: Rule[] = [];
