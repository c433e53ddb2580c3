// Reading an agenda for the agenda tests: lines in, the agenda out, and short forms to compare.

import { agendaOf } from '../../../server/src/core/agenda';
import type { Agenda, AgendaItem } from '../../../server/src/core/agenda/types';
import { buildModel } from '../../../server/src/core/model/build';
import { DEFAULT_NAMES } from '../../../server/src/core/names';

/** The agenda read from these lines (joined by line breaks). */
export const agendaIn = (...lines: string[]): Agenda => agendaOf(buildModel(lines.join('\n') + '\n'), DEFAULT_NAMES);
/** Minutes since midnight: hm(9, 30) is 570. */
export const hm = (h: number, m = 0): number => h * 60 + m;
/** from, to, length, minutes: what the time rules read of an item. */
export const times = (it: AgendaItem): Array<number | null> => [it.from, it.to, it.length, it.minutes];
export const labels = (a: Agenda): string[] => a.items.map((it) => it.label);
