// The outline of a 公文's body as the national document-style rules read it (doc.background-preamble,
// doc.safeguards-length): each body the file holds (the main document's, and each document a
// 印发 notice prints), its sections from the tree with their heading words and 字, and what a
// heading announces (background, principles, guiding thoughts, safeguards). Built on the tree's
// Section nodes (tree/build.ts bodyOf): no heading is parsed again here.

import type { DocModel } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import type { Node, Tree } from '../tree/types';

/** A section of a body: its heading paragraph, the words of its heading, its paragraphs, its subsections. */
export interface OutlineSection {
  heading: Paragraph;
  /** The heading's words: after the mark, up to the first 。；： (a run-in heading's text follows). */
  words: string;
  paragraphs: Paragraph[];
  children: OutlineSection[];
}

/** One body: the main document's, or a printed document's. */
export interface OutlineBody {
  /** The title of the document this body belongs to (folded). */
  title: string;
  /** Where a finding about the whole body sits: its title, else its first paragraph. */
  anchor: Paragraph;
  paragraphs: Paragraph[];
  /** Paragraphs before the first heading (the opening: 缘由 and whatever else is written there). */
  opening: Paragraph[];
  sections: OutlineSection[];
}

/** The bodies of a document model, with their sections as the tree nests them. */
export function outlineBodies(model: DocModel, tree: Tree): OutlineBody[] {
  const byStart = new Map<number, Paragraph>();
  for (const p of model.body) byStart.set(p.origStart(0), p);
  const out: OutlineBody[] = [];
  for (const part of tree.root.children) {
    if (part.type === 'Body') {
      const b = bodyOf(part, model.body, byStart, model.titleKey, model.title[0] ?? null);
      if (b) out.push(b);
    } else if (part.type === 'PrintedDocument') {
      const doc = model.printed.find((d) => d.paragraphs.length && d.paragraphs[0]!.origStart(0) >= part.start && d.paragraphs[0]!.end <= part.end);
      const body = part.children.find((c) => c.type === 'Body');
      if (!doc || !body) continue;
      const title = doc.title.map((p) => p.key).join('') || model.printedNames[model.printed.indexOf(doc)] || '';
      const b = bodyOf(body, doc.paragraphs.filter((p) => p.role === 'body'), byStart, title, doc.title[0] ?? null);
      if (b) out.push(b);
    }
  }
  return out;
}

function bodyOf(node: Node, candidates: readonly Paragraph[], byStart: Map<number, Paragraph>, title: string, titlePara: Paragraph | null): OutlineBody | null {
  const paragraphs = candidates.filter((p) => within(p, node));
  if (!paragraphs.length) return null;
  const sections = node.children.filter((c) => c.type === 'Section').map((c) => sectionOf(c, paragraphs, byStart)).filter((s): s is OutlineSection => s !== null);
  const first = sections[0]?.heading;
  const opening = first ? paragraphs.filter((p) => p.origStart(0) < first.origStart(0)) : paragraphs;
  return { title, anchor: titlePara ?? paragraphs[0]!, paragraphs, opening, sections };
}

function sectionOf(node: Node, paragraphs: readonly Paragraph[], byStart: Map<number, Paragraph>): OutlineSection | null {
  const heading = byStart.get(node.start);
  if (!heading) return null;
  return {
    heading,
    words: headingWords(heading),
    paragraphs: paragraphs.filter((p) => within(p, node)),
    children: node.children.filter((c) => c.type === 'Section').map((c) => sectionOf(c, paragraphs, byStart)).filter((s): s is OutlineSection => s !== null),
  };
}

function within(p: Paragraph, n: Node): boolean {
  return p.origStart(0) >= n.start && p.end <= n.end;
}

/** Longest heading read as a heading alone (without a stop, a longer paragraph is running text). */
const MAX_WORDS = 40;

/** 一、总体要求 -> 总体要求; （三）基本原则。坚持… -> 基本原则; a long unpunctuated sentence -> ''. */
export function headingWords(p: Paragraph): string {
  const t = p.key.slice(p.markLength).replace(/^[\s　]+/, '');
  const stop = t.search(/[。；;：:！!？?]/);
  const words = (stop >= 0 ? t.slice(0, stop) : t).replace(/[\s　*#]+$/, '');
  return words.length <= MAX_WORDS ? words : '';
}

/** What a heading announces. */
export type SectionClass = 'background' | 'principles' | 'guiding' | 'goals' | 'safeguards' | 'other';

/**
 * 重要意义, 充分认识…的重要性和紧迫性, 提高思想认识, 形势背景, 面临的形势, 基本情况, 发展基础: why
 * the document is written, not what it asks.
 */
const BACKGROUND = /意义|重要性|紧迫性|必要性|^充分认识|^(?:进一步)?(?:提高|统一|增强)(?:思想|政治)?认识|背景|面临的?形势|(?:当前|发展|国内外|总体)形势|^形势(?:分析|研判)?$|形势(?:和|与|及)(?:任务|挑战|要求|现状)|(?:现状|基础)(?:和|与|及)形势|^(?:基本情况|发展现状|工作现状|现状分析|发展基础|现实基础|工作基础)$/;
/** 基本原则, 工作原则, 推进…改革的基本原则: the principles the measures follow. */
const PRINCIPLES = /(?:基本|主要|工作|总体|指导|实施|推进|遵循的?|坚持的?)原则$|^原则$/;
/** 指导思想, 总体要求, 总体思路: the frame of the measures, usual in 意见 and 方案. */
const GUIDING = /指导思想|总体要求|总体思路|工作思路|基本思路|基本要求|总体部署|总体安排/;
/** 主要目标, 目标任务: the targets the measures serve (numbers, dates): never preamble, never measures. */
const GOALS = /(?:总体|主要|工作|发展|预期|具体)目标|目标任务|任务目标|目标要求/;
/** 保障措施, 组织保障, 加强组织领导, 落实责任, 组织实施. */
const SAFEGUARDS = /保障措施|(?:组织|工作|实施|推进)保障|强化保障|保障机制|组织领导|组织实施|(?:落实|压实|夯实|明确|强化|严格)(?:工作|主体|属地)?责任|责任落实/;

export function classify(words: string): SectionClass {
  if (!words) return 'other';
  if (PRINCIPLES.test(words)) return 'principles';
  if (BACKGROUND.test(words)) return 'background';
  if (GUIDING.test(words)) return 'guiding';
  if (GOALS.test(words)) return 'goals';
  if (SAFEGUARDS.test(words)) return 'safeguards';
  return 'other';
}

/**
 * Genres whose background or closing sections are their substance, not the style the national
 * rules curb in documents that deploy work: plans and outlines (发展基础、形势), reports, requests
 * and replies, minutes, speeches, bulletins, interpretations (解读).
 */
const EXEMPT_GENRE = /(?:规划|纲要|报告|请示|函|复函|批复|纪要|讲话|致辞|总结|白皮书|公报|通报|说明|答复|解读)$/;

/** The document's genre puts it outside the national style rules (see EXEMPT_GENRE). */
export function exemptGenre(title: string): boolean {
  const core = title.replace(/[（(][^）)]*[）)]$/, '').replace(/[》」”"\s]+$/, '');
  const printed = /(?:印发|转发|批转)《?(.+?)》?的?通知$/.exec(core);
  return EXEMPT_GENRE.test(printed ? printed[1]!.replace(/[（(][^）)]*[）)]$/, '') : core);
}

/** The sections, outermost first, that `want` accepts, without looking inside an accepted one. */
export function outermost(sections: readonly OutlineSection[], want: (s: OutlineSection) => boolean): OutlineSection[] {
  const out: OutlineSection[] = [];
  for (const s of sections) {
    if (want(s)) out.push(s);
    else out.push(...outermost(s.children, want));
  }
  return out;
}
