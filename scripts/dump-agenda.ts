// Prints what the agenda parser reads from a file: days, items with times, minutes and roles.
// Usage: npx tsx scripts/dump-agenda.ts FILE
import { readFileSync } from 'node:fs';
import { parseAgenda } from '../server/src/core/agenda/parse';
import { DEFAULT_NAMES } from '../server/src/core/config/resolve';
import { buildModel } from '../server/src/core/model/build';
import { issueDate } from '../server/src/core/semantics/timeline';

const file = process.argv[2]!;
const model = buildModel(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { markdown: file.endsWith('.md') });
const a = parseAgenda(model, issueDate(model)?.date ?? null, DEFAULT_NAMES);
const hm = (m: number | null): string => (m === null ? '  ?  ' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
console.log(`host=${a.host} convener=${a.convener} headcount=${a.headcount} departments=${a.departments} higher=${a.implementsHigher} statutory=${a.statutory}`);
for (const d of a.days) console.log(`day ${d.date ? `${d.date.year}-${d.date.month}-${d.date.day}` : `?-${d.month}-${d.day}`} weekday-note=${d.weekdayNote?.weekday ?? '-'} range=${d.inRange} line ${d.para.line + 1}`);
for (const it of a.items) {
  console.log(`  L${String(it.para.line + 1).padStart(3)} d${it.dayIndex} ${it.dayPart ?? '-'} ${hm(it.from)}-${hm(it.to)}${it.toInferred ? '*' : ' '} ${String(it.minutes ?? '?').padStart(4)}min ${it.role.padEnd(9)} [${it.speaker}] ${it.text.slice(0, 40)}`);
}
