// The summary table the benchmark prints at the end and, with --readme, writes into README.md
// between the bench markers (the figures of one run: they replace the whole block).

import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export interface Row {
  workload: string;
  gongwen: string;
  floor: string;
  ratio: string;
  rss: string;
  target: string;
}

const HEAD: Row = { workload: 'workload', gongwen: 'gongwen', floor: 'floor', ratio: 'ratio', rss: 'peak RSS', target: 'target' };

/** A cell never breaks the table: pipes are escaped. */
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** Words of `text` in lines of at most `width` characters (as the README's prose is wrapped). */
function wrap(text: string, width = 100): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/)) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** The block between (and including) the markers: the table, then a note on how it was measured. */
export function renderBlock(rows: readonly Row[], note: string): string {
  const line = (r: Row) => `| ${[r.workload, r.gongwen, r.floor, r.ratio, r.rss, r.target].map(cell).join(' | ')} |`;
  return [START, line(HEAD), '|---|---:|---:|---:|---:|---|', ...rows.map(line), '', ...wrap(note), END].join('\n');
}

/**
 * README.md with the block in place: between the markers when they are there; otherwise in place
 * of the first table under "## Speed" (the markers are added around it). Throws when neither is found.
 */
export function withBlock(readme: string, block: string): string {
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  if (s >= 0 && e > s) return readme.slice(0, s) + block + readme.slice(e + END.length);
  const lines = readme.split('\n');
  const speed = lines.findIndex((l) => /^##\s+Speed\b/.test(l));
  if (speed < 0) throw new Error('README.md has no bench markers and no "## Speed" section');
  let first = speed + 1;
  while (first < lines.length && !lines[first]!.startsWith('|') && !lines[first]!.startsWith('## ')) first++;
  if (first >= lines.length || !lines[first]!.startsWith('|')) throw new Error('README.md: no table under "## Speed"');
  let last = first;
  while (last + 1 < lines.length && lines[last + 1]!.startsWith('|')) last++;
  return [...lines.slice(0, first), block, ...lines.slice(last + 1)].join('\n');
}

export function writeReadme(file: string, block: string): void {
  writeFileSync(file, withBlock(readFileSync(file, 'utf8'), block));
}
