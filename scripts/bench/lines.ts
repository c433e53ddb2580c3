// The CLI on one file of about a million short lines, just under the default maxFileSize of
// 2,000,000 characters (one 字 a line; with the kind forced so that every rule runs; headings,
// body and dates; CRLF and U+3000 indentation): wall clock and peak RSS of each, against the
// 300 MiB of issue 16. The per-line structures are what grows here, not the text.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './reference';
import { failed, header, line, mib, sec, verdict } from './report';

/** The default maxFileSize: each file stays just under it, or it would be skipped. */
const MAX_CHARS = 2_000_000;
const FORCED = '<!-- gongwen kind=document -->';
export const LINES_RSS_TARGET = 300;

/** Lines cycled after `head` until the text would reach maxFileSize. */
function linesUpTo(head: string, lines: readonly string[], eol: string): string {
  const out = [head];
  let n = head.length;
  for (let i = 0; n + eol.length + lines[i % lines.length]!.length < MAX_CHARS - eol.length; i++) {
    out.push(lines[i % lines.length]!);
    n += eol.length + lines[i % lines.length]!.length;
  }
  return out.join(eol) + eol;
}

const MILLION_LINES: Array<{ name: string; text: () => string }> = [
  { name: '999,000 × 字', text: () => '字\n'.repeat(999_000) },
  { name: '666,333 × ab', text: () => Array.from({ length: 666_333 }, () => 'ab').join('\n') },
  { name: 'kind forced, 999,000 × 字', text: () => `${FORCED}\n${'字\n'.repeat(999_000)}` },
  { name: 'kind forced, headings/body/dates', text: () => linesUpTo(FORCED, ['一、标题', '正文内容。', '2019年7月1日'], '\n') },
  { name: 'the same, CRLF and 　　 indents', text: () => linesUpTo(FORCED, ['一、标题', '\u3000\u3000正文内容。', '2019年7月1日'], '\r\n') },
];

/** Each shape once; returns the worst peak RSS in MiB (NaN without /usr/bin/time). */
export function millionLinesBench(bin: string): number {
  header('CLI on one file of about a million short lines (just under maxFileSize), --format json');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-lines-'));
  let worst = NaN;
  try {
    for (const [i, v] of MILLION_LINES.entries()) {
      const file = path.join(dir, `lines-${i}.txt`);
      const text = v.text();
      writeFileSync(file, text);
      const r = runCli(bin, file);
      if (r.status !== 0) {
        failed(v.name, `CLI exit ${r.status}: ${r.stderr}`);
        continue;
      }
      const rss = r.rssMiB ?? NaN;
      if (!Number.isNaN(rss)) worst = Number.isNaN(worst) ? rss : Math.max(worst, rss);
      line(v.name, mib(rss), `≤ ${LINES_RSS_TARGET} MiB`, verdict(rss, LINES_RSS_TARGET));
      console.log(`    ${text.split('\n').length.toLocaleString('en-US')} lines, ${text.length.toLocaleString('en-US')} characters: ${sec(r.wallMs)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return worst;
}
