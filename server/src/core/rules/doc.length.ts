// doc.length (§2): 涉及全局性工作的文件不超过5000字，涉及专项工作的文件不超过3000字。

import type { DocModel } from '../model/types';
import type { Fix, Scope } from '../types';
import { CITE } from '../national';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§2';

/** Where a document-level finding sits: the title, else the first line of the body. */
export function documentAnchor(model: DocModel): { start: number; end: number } {
  if (model.title.length) return { start: model.title[0]!.start, end: model.title[model.title.length - 1]!.end };
  const p = model.body[0] ?? model.paragraphs[0];
  if (!p) return { start: 0, end: 0 };
  const line = model.lines.lineOf(p.start);
  return { start: p.start, end: Math.min(p.end, model.lines.lineEnd(line)) };
}

const SCOPE_WORD: Record<Scope, string> = { comprehensive: '全局性', special: '专项' };

/** Inserts the scope into the existing directive, or a new directive line at the top. */
export function scopeDirectiveFix(model: DocModel, scope: Scope, existing: { start: number; end: number; body: string } | null): Fix {
  const word = SCOPE_WORD[scope];
  const title = msg(`声明为${word}文件（插入范围指令）`, `Declare the document ${scope === 'comprehensive' ? 'comprehensive (全局性)' : 'special (专项)'}`);
  if (existing) {
    const body = existing.body.replace(/\s+(?:scope|范围)\s*[=＝]\s*\S+/i, '');
    return { title, edits: [{ start: existing.start, end: existing.end, newText: `<!-- ${body} 范围=${word} -->` }] };
  }
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const at = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { title, edits: [{ start: at, end: at, newText: `<!-- gongwen 范围=${word} -->${eol}` }] };
}

export default defineRule({
  id: 'doc.length',
  title: msg('文件篇幅', 'Document length'),
  clause: CLAUSE,
  clauseKeys: ['2'],
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['2'] },
    // 除部署综合性工作外……一般不超过5000字，部署专项工作或者具体任务的文件一般不超过4000字。
    'national-2024': { cite: CITE.item2, keys: ['N2'], grade: 'V', options: { special: 4000 } },
  },
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '正文字数超过全局性文件 5,000 字或专项工作文件 3,000 字；未声明范围时提示声明。',
    'Body longer than 5,000 字 (comprehensive) or 3,000 字 (special); asks to declare the scope when it matters.',
  ),
  options: [
    { name: 'comprehensive', type: 'integer', default: 5000, minimum: 1, stricter: 'lower', description: msg('全局性文件正文上限（字）', 'Body limit of a comprehensive document (字)') },
    { name: 'special', type: 'integer', default: 3000, minimum: 1, stricter: 'lower', description: msg('专项工作文件正文上限（字）', 'Body limit of a special-topic document (字)') },
  ],
  check(ctx) {
    // An agenda's or a plan's length is the meeting's and the visit's business (§8, §14), not §2's.
    if (ctx.kind !== 'document') return;
    const n = ctx.counts.body;
    const comp = ctx.num('comprehensive');
    const spec = ctx.num('special');
    const at = documentAnchor(ctx.model);
    const d = ctx.model;
    const directive = d.comments.find((c) => /^gongwen\s/.test(c.body) && c.line < 20) ?? null;
    if (ctx.scope === 'comprehensive') {
      if (n > comp) ctx.report({ ...at, message: withClause(msg(`正文 ${fmt(n)} 字，超过全局性文件上限 ${fmt(comp)} 字，请压缩篇幅`, `Body has ${fmt(n)} 字, over the ${fmt(comp)} 字 limit for comprehensive documents; shorten it`), CLAUSE) });
      return;
    }
    if (ctx.scope === 'special') {
      if (n > spec) ctx.report({ ...at, message: withClause(msg(`正文 ${fmt(n)} 字，超过专项工作文件上限 ${fmt(spec)} 字，请压缩篇幅`, `Body has ${fmt(n)} 字, over the ${fmt(spec)} 字 limit for special-topic documents; shorten it`), CLAUSE) });
      return;
    }
    // Scope undeclared.
    if (n > comp) {
      ctx.report({ ...at, message: withClause(msg(`正文 ${fmt(n)} 字，超过全局性文件上限 ${fmt(comp)} 字，请压缩篇幅`, `Body has ${fmt(n)} 字, over the ${fmt(comp)} 字 limit even for comprehensive documents; shorten it`), CLAUSE) });
    } else if (n > spec) {
      ctx.report({
        ...at,
        severity: 'info',
        message: withClause(
          msg(
            `正文 ${fmt(n)} 字，超过专项工作文件上限 ${fmt(spec)} 字；如属全局性工作，请声明范围为全局性（上限 ${fmt(comp)} 字），否则请压缩篇幅`,
            `Body has ${fmt(n)} 字, over the ${fmt(spec)} 字 limit for special-topic documents; declare the document comprehensive (limit ${fmt(comp)} 字) if it is, or shorten it`,
          ),
          CLAUSE,
        ),
        fixes: [scopeDirectiveFix(d, 'comprehensive', directive)],
      });
    }
  },
});
