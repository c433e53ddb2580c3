// `gongwen explain FILE`: the syntax tree the checker read — the frame, its meetings, itineraries
// and norms with their places, resolved dates and times, and confidences — then the findings, so
// a user can see why a rule fired or stayed silent.

import * as path from 'node:path';
import { checkText } from '../core/check';
import { localize } from '../core/locale';
import { printTree } from '../core/tree/print';
import { repositoryRoot } from '../config/load';
import { isDocx, readDocx } from '../io/docx';
import { readTextAsync } from '../io/textFile';
import { posixRel } from '../io/walk';
import { CliConfig } from './config';
import { UsageError } from './files';

export async function explain(file: string, configs: CliConfig, format: 'text' | 'json'): Promise<number> {
  const eff = configs.effectiveFor(file);
  const decoded = isDocx(file) ? await readDocx(file) : await readTextAsync(file);
  if (!decoded.ok) throw new UsageError(`${file}: ${localize(eff.config.locale, decoded.reason)}`);
  const abs = path.resolve(file);
  const rel = posixRel(repositoryRoot(path.dirname(abs)) ?? process.cwd(), abs);
  const r = checkText(decoded.text, rel, eff, { markdown: isDocx(file) ? false : undefined });
  const locale = eff.config.locale;
  if (format === 'json') {
    // Regions carry their model and paragraphs; the JSON keeps what the printer shows.
    const strip = (n: object): unknown => JSON.parse(JSON.stringify(n, (k, v) => (k === 'model' || k === 'paragraphs' || k === 'agenda' || k === 'plan' ? undefined : v)));
    process.stdout.write(JSON.stringify({ version: 1, path: file, kind: r.kind, kindSource: r.kindSource, official: r.tree.official, tree: strip(r.tree.root), findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: localize(locale, f.message) })) }, null, 2) + '\n');
    return 0;
  }
  const lines = printTree(r.tree, r.model.lines, locale);
  const en = locale === 'en';
  lines.push('', en ? `findings (${r.findings.length}):` : `问题（${r.findings.length} 个）：`);
  for (const f of r.findings) {
    const p = r.model.lines.positionAt(f.start);
    lines.push(`  ${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${localize(locale, f.message)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
