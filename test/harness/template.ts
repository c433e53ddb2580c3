// Fixture files as written -> the text the core sees, plus the expectations.
//
// Markers: `##> rule.id` or `##> rule.id, other.id` at the end of a line means "this rule
// reports one finding starting on this line"; `rule.id*3` (or `rule.id, rule.id, rule.id`) means
// three. The marker and the white space before it are removed before analysis; nothing else on
// the line changes (CRLF, BOM and U+3000 stay).
//
// Macros: `{{fill N}}` is replaced by exactly N 字 of realistic running text (see filler.ts),
// so that length fixtures cross their limits without pasting thousands of characters.
// Options: `seed=K` (which sentence to start from), `mode=han` (count Han characters only),
// `wrap=W` (hard-wrap every W characters, PDF style), `blank` (with wrap: a blank line after
// every line, like the seed). A wrapped expansion spans several lines; findings on any of them
// count as findings on the macro's line, so markers stay where the fixture author wrote them.

import { fill, hardWrap } from './filler';
import type { CountMode } from '../../server/src/core/types';

export interface Expectation {
  rule: string;
  /** 1-based line in the fixture file. */
  line: number;
}

export interface Expanded {
  /** The text handed to the core. */
  text: string;
  /** For each line of `text` (0-based), the 1-based line of the fixture it came from. */
  sourceLine: number[];
  expectations: Expectation[];
  /** Lines that carried a marker, as written (for failure messages). */
  sourceLines: string[];
}

const MARKER = /[ \t\u3000]*##>([^\r\n]*)$/;
const MACRO = /\{\{fill (\d+)((?: [a-z]+(?:=[a-z0-9]+)?)*)\}\}/g;
const RULE_ID = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+$/;
const MARK = /^([^*×]+)(?:[*×](\d+))?$/;

/** Splits text into lines, each with its own terminator ('' for the last). */
export function splitLines(text: string): Array<{ body: string; eol: string }> {
  const out: Array<{ body: string; eol: string }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : text[i]!;
      out.push({ body: text.slice(start, i), eol });
      i += eol.length - 1;
      start = i + 1;
    }
  }
  out.push({ body: text.slice(start), eol: '' });
  return out;
}

function expandMacros(line: string, eol: string, where: string): string {
  return line.replace(MACRO, (_m, n: string, rawOpts: string) => {
    const opts: Record<string, string> = {};
    for (const o of rawOpts.trim().split(' ').filter(Boolean)) {
      const [k, v] = o.split('=');
      opts[k!] = v ?? 'true';
    }
    for (const k of Object.keys(opts)) {
      if (!['seed', 'mode', 'wrap', 'blank'].includes(k)) throw new Error(`${where}: unknown fill option "${k}"`);
    }
    const text = fill(parseInt(n, 10), { seed: opts['seed'] ? parseInt(opts['seed'], 10) : 0, mode: opts['mode'] as CountMode | undefined });
    if (!opts['wrap']) return text;
    return hardWrap(text, parseInt(opts['wrap'], 10), eol || '\n', opts['blank'] === 'true');
  });
}

/**
 * Strips markers and expands macros. `where` names the file in error messages.
 * A line that is only a marker keeps its (now empty) line, so numbering does not move.
 */
export function expandFixture(raw: string, where: string, withMarkers = true): Expanded {
  const lines = splitLines(raw);
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const expectations: Expectation[] = [];
  const sourceLines: string[] = [];
  const sourceLine: number[] = [];
  let text = '';
  lines.forEach((l, i) => {
    let body = l.body;
    const m = MARKER.exec(body);
    if (m) {
      if (!withMarkers) throw new Error(`${where}:${i + 1}: a .fixed file must not hold markers (##>)`);
      const ids = m[1]!.split(/[,，\s]+/).filter(Boolean);
      if (ids.length === 0) throw new Error(`${where}:${i + 1}: marker without a rule id`);
      for (const mark of ids) {
        const [, id = '', times = '1'] = MARK.exec(mark) ?? [];
        if (!RULE_ID.test(id)) throw new Error(`${where}:${i + 1}: "${mark}" is not a rule id (or rule.id*N)`);
        if (Number(times) < 1) throw new Error(`${where}:${i + 1}: "${mark}": a count is 1 or more`);
        for (let k = 0; k < Number(times); k++) expectations.push({ rule: id, line: i + 1 });
      }
      body = body.slice(0, m.index);
      sourceLines[i + 1] = body;
    }
    const expanded = expandMacros(body, eol, `${where}:${i + 1}`);
    const produced = splitLines(expanded).length;
    for (let k = 0; k < produced; k++) sourceLine.push(i + 1);
    text += expanded + l.eol;
  });
  return { text, sourceLine, expectations, sourceLines };
}
