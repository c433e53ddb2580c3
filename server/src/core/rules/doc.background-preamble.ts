// doc.background-preamble (national pack, 切实精简文件; summary, not the regulation's wording):
// 开门见山、直奔主题，着重提出贯彻落实的政策措施；一般不必阐述形势背景、重要意义、主要原则，确需阐述的
// 应当简明扼要。
// Reads the body's outline from the tree. The preamble is the opening and the sections headed
// 重要意义 / 形势背景 / 基本原则 (with `guidingSections`, 指导思想 / 总体要求 too) before the first
// section of measures (or before the end of a copy cut off ahead of its measures). Once it reaches
// `minPreamble` 字 (shorter is 简明扼要): each such section of `minSection` 字 or more is an info
// (one short paragraph is 简明扼要 too); without one, a preamble over `maxPreambleShare` of the body
// is, when a section of measures follows and is not shorter still (an excerpt cut off after its
// first section).

import { countParagraphs } from '../text/count';
import { classify, exemptGenre, outlineBodies, type OutlineBody, type OutlineSection } from '../semantics/outline';
import { CITE } from '../national';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { defineRule, type RuleContext } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** The preamble of a body: its sections before the first section of measures. */
interface Preamble {
  /** Sections headed background or principles (guiding ones too, when asked), outermost. */
  flagged: OutlineSection[];
  /** Every paragraph counted as preamble: the opening and the flagged sections. */
  paragraphs: Paragraph[];
  /** A section of measures follows (where the preamble ends is known, so its share is too). */
  measures: boolean;
}

/**
 * The sections before the first section of measures, or null when the body has no heading or
 * nothing but frame sections (总体要求, 主要目标) with no background or principles among them.
 * A body cut off before its measures (a web copy's excerpt) keeps its headed background: a
 * section headed 重要意义 is background whatever follows it.
 */
function preambleOf(b: OutlineBody, guiding: boolean): Preamble | null {
  const flagged: OutlineSection[] = [];
  let measures = false;
  for (const s of b.sections) {
    const c = frames(s) ? 'guiding' : classify(s.words);
    if (c === 'background' || c === 'principles' || (c === 'guiding' && guiding)) flagged.push(s);
    // 一、总体要求 frames the measures and 主要目标 sets their targets: neither ends the preamble;
    // a 基本原则 inside them is preamble.
    else if (c === 'guiding' || c === 'goals') flagged.push(...inside(s.children, guiding));
    else {
      measures = true;
      break;
    }
  }
  if (!measures && !flagged.length) return null;
  const paragraphs = [...b.opening, ...flagged.flatMap((s) => s.paragraphs)];
  return { flagged, paragraphs, measures };
}

/**
 * A first-level section whose own subsections are 指导思想, 基本原则 or 重要意义 frames the measures
 * whatever its heading says (一、把握改革方向，明确改革目标 › （一）指导思想 （二）基本原则).
 */
function frames(s: OutlineSection): boolean {
  return classify(s.words) === 'other' && s.children.some((c) => {
    const k = classify(c.words);
    return k === 'guiding' || k === 'principles' || k === 'background';
  });
}

/** Background and principles sections inside a section that frames the measures. */
function inside(sections: readonly OutlineSection[], guiding: boolean): OutlineSection[] {
  const out: OutlineSection[] = [];
  for (const s of sections) {
    const c = classify(s.words);
    if (c === 'background' || c === 'principles' || (c === 'guiding' && guiding)) out.push(s);
    else if (c === 'guiding' || c === 'goals') out.push(...inside(s.children, guiding));
  }
  return out;
}

/** The first line of a paragraph, where a finding about it or its section sits. */
function firstLine(ctx: RuleContext, p: Paragraph): { start: number; end: number } {
  const line = ctx.model.lines.lineOf(p.origStart(0));
  return { start: p.origStart(0), end: Math.min(p.end, ctx.model.lines.lineEnd(line)) };
}

function headedMessage(s: OutlineSection, n: number): Msg {
  const c = classify(s.words);
  const what =
    c === 'background'
      ? msg('一般不必阐述形势背景、重要意义，确需阐述的应当简明扼要', 'background and significance generally need no exposition, and what is needed should be brief')
      : c === 'principles'
        ? msg('一般不必阐述主要原则，确需阐述的应当简明扼要', 'principles generally need no exposition, and what is needed should be brief')
        : msg('请压缩此节或并入开头', 'shorten the section or fold it into the opening');
  return msg(
    `措施之前单列“${s.words}”一节（${fmt(n)} 字）；文件应开门见山、直奔主题，着重提出贯彻落实的政策措施，${what.zh}`,
    `A section “${s.words}” (${fmt(n)} 字) before the measures; documents should come straight to the point and set out the measures: ${what.en}`,
  );
}

function shareMessage(n: number, share: number, max: number): Msg {
  const pct = (x: number): string => fmt(Math.round(x * 1000) / 10);
  return msg(
    `措施之前的内容共 ${fmt(n)} 字，占正文 ${pct(share)}%，超过 ${pct(max)}%；文件应开门见山、直奔主题，着重提出贯彻落实的政策措施，请压缩开头部分`,
    `The text before the first measures has ${fmt(n)} 字, ${pct(share)}% of the body, over ${pct(max)}%; documents should come straight to the point and set out the measures: shorten the opening`,
  );
}

export default defineRule({
  id: 'doc.background-preamble',
  title: msg('背景铺垫', 'Background preamble'),
  ...nationalOnly(CITE.documents, ['N2-style'], 'S', 'info'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '措施之前单列“重要意义”“形势背景”“基本原则”等章节，或措施之前的内容超过正文 15%。',
    'A section on significance, background or principles before the measures, or more than 15% of the body before them.',
  ),
  options: [
    { name: 'maxPreambleShare', type: 'number', default: 0.15, minimum: 0, description: msg('措施之前内容占正文的比例上限', 'Largest share of the body before the measures') },
    { name: 'minPreamble', type: 'integer', default: 300, minimum: 0, description: msg('措施之前的铺垫（开头和上述章节）不足此字数时视为简明扼要，不提示', 'A preamble (the opening and those sections) shorter than this (字) is brief enough: never reported') },
    { name: 'minSection', type: 'integer', default: 150, minimum: 0, description: msg('单列的背景、意义、原则章节不足此字数时视为简明扼要，不提示', 'A background, significance or principles section shorter than this (字) is brief enough: never reported') },
    { name: 'guidingSections', type: 'boolean', default: false, description: msg('“指导思想”“总体要求”“总体思路”等章节也算作铺垫', 'Count 指导思想, 总体要求 and 总体思路 sections as preamble too') },
  ],
  check(ctx) {
    if (ctx.kind !== 'document') return;
    const guiding = ctx.bool('guidingSections');
    for (const b of outlineBodies(ctx.model, ctx.tree)) {
      if (exemptGenre(b.title)) continue;
      const pre = preambleOf(b, guiding);
      if (!pre) continue;
      // A preamble this short is 简明扼要, headed or not.
      const n = countParagraphs(pre.paragraphs, ctx.countMode);
      if (n < ctx.num('minPreamble')) continue;
      for (const s of pre.flagged) {
        // One short paragraph of background is 简明扼要 (确需阐述的应当简明扼要).
        const k = countParagraphs(s.paragraphs, ctx.countMode);
        if (k >= ctx.num('minSection')) ctx.report({ ...firstLine(ctx, s.heading), message: withCite(headedMessage(s, k), CITE.documents) });
      }
      if (pre.flagged.length || !pre.measures) continue;
      const total = countParagraphs(b.paragraphs, ctx.countMode);
      const max = ctx.num('maxPreambleShare');
      // Measures shorter than their preamble: an excerpt cut off after its first section, most likely.
      if (!total || n / total <= max || total - n < n) continue;
      ctx.report({ ...firstLine(ctx, pre.paragraphs[0]!), message: withCite(shareMessage(n, n / total, max), CITE.documents) });
    }
  },
});
