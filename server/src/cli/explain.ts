// `gongwen explain FILE`: the syntax tree the checker read — the frame, its meetings, itineraries
// and norms with their places, resolved dates and times, and confidences — then the findings, so
// a user can see why a rule fired or stayed silent.

import * as path from 'node:path';
import { checkText } from '../core/check';
import { localize } from '../core/locale';
import { inlineNodes } from '../core/tree/inline';
import { printTree } from '../core/tree/print';
import { issueDate } from '../core/semantics/timeline';
import { repositoryRoot } from '../config/load';
import { isDocx, readDocx } from '../io/docx';
import { readTextSync } from '../io/textFile';
import { posixRel } from '../io/walk';
import { CliConfig } from './config';
import { UsageError } from './files';

const MAX_INLINE = 200;

export async function explain(file: string, configs: CliConfig, format: 'text' | 'json'): Promise<number> {
  const eff = configs.effectiveFor(file);
  const decoded = isDocx(file) ? await readDocx(file, eff.maxFileSize) : readTextSync(file, eff.maxFileSize);
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
  // Dates, times and durations as resolved against the 成文日期, so a user sees what each one means.
  const issue = issueDate(r.model)?.date ?? null;
  const inline = r.model.paragraphs.filter((p) => p.role !== 'other').flatMap((p) => inlineNodes(p, issue));
  lines.push('', en ? `dates, times and durations (${inline.length}):` : `日期、时间和时长（${inline.length} 处）：`);
  for (const n of inline.slice(0, MAX_INLINE)) {
    const p = r.model.lines.positionAt(n.start);
    lines.push(`  ${p.line + 1}:${p.character + 1} ${n.type} 「${n.text}」 → ${n.value ?? (en ? 'unresolved' : '无法确定')}`);
  }
  if (inline.length > MAX_INLINE) lines.push(en ? `  … and ${inline.length - MAX_INLINE} more` : `  ……另有 ${inline.length - MAX_INLINE} 处`);
  lines.push('', en ? `findings (${r.findings.length}):` : `问题（${r.findings.length} 个）：`);
  for (const f of r.findings) {
    const p = r.model.lines.positionAt(f.start);
    lines.push(`  ${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${localize(locale, f.message)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
