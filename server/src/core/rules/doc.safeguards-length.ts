// doc.safeguards-length (national pack, 切实精简文件; summary, not the regulation's wording):
// 加强领导、落实责任、组织保障等内容应当精炼。
// Reads the body's outline from the tree: the sections headed 保障措施 / 组织保障 / 加强组织领导 /
// 落实责任 / 组织实施, less their subsections on money, policy, land, people or technology (those
// are measures), over `maxSafeguardShare` of the body (and `minLength` 字) → hint.

import { countParagraphs } from '../text/count';
import { classify, exemptGenre, outermost, outlineBodies, type OutlineSection } from '../semantics/outline';
import { CITE } from '../national';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** Subsections of 保障措施 that are measures in their own right: 资金保障, 政策支持, 用地保障, 人才支撑. */
const SUBSTANTIVE = /资金|经费|财政|投入|金融|税收|政策|要素|用地|土地|人才|队伍|培训|技术|科技|数据|信息化|平台|设施/;
/** A document about leadership, responsibility or safeguards themselves: those sections are its measures. */
const ABOUT_IT = /组织领导|责任制|责任体系|(?:落实|压实|主体|监管|属地)责任|保障措施/;

/** The paragraphs of a safeguards section that are boilerplate: all but its substantive subsections. */
function boilerplate(s: OutlineSection): Paragraph[] {
  const measures = new Set(outermost(s.children, (c) => SUBSTANTIVE.test(c.words)).flatMap((c) => c.paragraphs));
  return s.paragraphs.filter((p) => !measures.has(p));
}

export default defineRule({
  id: 'doc.safeguards-length',
  title: msg('保障措施篇幅', 'Safeguards length'),
  ...nationalOnly(CITE.documents, ['N2-style'], 'S', 'hint'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '“保障措施”“组织保障”“加强组织领导”“落实责任”等章节超过正文 15%。',
    'Sections on safeguards, leadership and responsibility over 15% of the body.',
  ),
  options: [
    { name: 'maxSafeguardShare', type: 'number', default: 0.15, minimum: 0, description: msg('保障类章节占正文的比例上限', 'Largest share of the body for safeguards sections') },
    { name: 'minLength', type: 'integer', default: 300, minimum: 0, description: msg('保障类章节不足此字数时不提示', 'Safeguards sections shorter than this (字) are never reported') },
  ],
  check(ctx) {
    if (ctx.kind !== 'document') return;
    for (const b of outlineBodies(ctx.model, ctx.tree)) {
      if (exemptGenre(b.title) || ABOUT_IT.test(b.title)) continue;
      // Safeguards close the measures: sections of responsibility before any measure are the measures.
      const firstMeasure = b.sections.find((s) => classify(s.words) === 'other');
      if (!firstMeasure) continue;
      const after = firstMeasure.heading.origStart(0);
      const found = outermost(b.sections, (s) => classify(s.words) === 'safeguards').filter((s) => s.heading.origStart(0) > after);
      if (!found.length) continue;
      const n = countParagraphs(found.flatMap(boilerplate), ctx.countMode);
      const total = countParagraphs(b.paragraphs, ctx.countMode);
      const max = ctx.num('maxSafeguardShare');
      if (!total || n < ctx.num('minLength') || n / total <= max) continue;
      const pct = (x: number): string => fmt(Math.round(x * 1000) / 10);
      const first = found[0]!.heading;
      const line = ctx.model.lines.lineOf(first.origStart(0));
      const names = found.map((s) => `“${s.words}”`).join('');
      ctx.report({
        start: first.origStart(0),
        end: Math.min(first.end, ctx.model.lines.lineEnd(line)),
        message: withCite(
          msg(
            `${names}等保障类内容 ${fmt(n)} 字，占正文 ${pct(n / total)}%，超过 ${pct(max)}%；加强领导、落实责任、组织保障等内容应当精炼`,
            `${names}: safeguards text of ${fmt(n)} 字, ${pct(n / total)}% of the body, over ${pct(max)}%; leadership, responsibility and organisational safeguards should be concise`,
          ),
          CITE.documents,
        ),
      });
    }
  },
});
