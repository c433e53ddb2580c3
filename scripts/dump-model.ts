// Prints the document model of a file: each paragraph with its role, level and text.
// Usage: npx tsx scripts/dump-model.ts FILE
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config/resolve';
import { RULES } from '../server/src/core/rules/registry';

const file = process.argv[2]!;
const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const r = analyze(text, defaultConfig(RULES), { markdown: file.endsWith('.md') });
console.log(`kind=${r.kind}(${r.kindSource}) scope=${r.scope}(${r.scopeSource}) body=${r.counts.body} att=${r.counts.attachments} attCount=${r.counts.attachmentCount} wrapped=${r.model.wrapped}`);
console.log(`title=${r.model.titleText}`);
for (const p of r.model.paragraphs) {
  const t = p.text.length > 50 ? p.text.slice(0, 50) + '…' : p.text;
  console.log(`${String(p.line + 1).padStart(4)} ${p.role.padEnd(16)} s${p.section} ${p.level ? 'L' + p.level : '  '} ${t}`);
}
for (const f of r.findings) {
  const pos = r.model.lines.positionAt(f.start);
  console.log(`  ${pos.line + 1}:${pos.character + 1} ${f.severity} ${f.rule} ${f.message.zh}`);
}
