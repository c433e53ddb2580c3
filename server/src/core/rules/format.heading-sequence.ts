// format.heading-sequence (GB 7.3.3): 结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。
// Numbers run on by one within a parent; under a new parent they restart at 1 or continue the
// previous count (the Jinan rules number items 1–33 across their ten sections), and a document
// keeps to the choice it made at the first new parent. A list (1. and （1）) may also restart
// after running text (agenda lists under each session). Each printed document and attachment
// has its own sequence.

import { canonicalMark, markIsCanonical } from '../model/headings';
import type { Heading } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { defineRule, type RuleContext } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = 'GB 7.3.3';
const LEVEL_NAME = ['', '第一层', '第二层', '第三层', '第四层'];
const LEVEL_NAME_EN = ['', 'first', 'second', 'third', 'fourth'];

export default defineRule({
  id: 'format.heading-sequence',
  title: msg('层次序数', 'Heading numbering'),
  clause: CLAUSE,
  clauseKeys: ['GB 7.3.3'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '标题序号跳号、重复或倒序（一、二、四），层次序数写法有误（1、 （一）、 (1)），或下级序数先于上级出现。',
    'Heading numbers skipped or out of order (一、二、四), wrong level marks (1、 （一）、 (1)), or a level used before its parent.',
  ),
  options: [],
  check(ctx) {
    const bySection = new Map<number, Heading[]>();
    for (const h of ctx.model.headings) {
      const list = bySection.get(h.para.section);
      if (list) list.push(h);
      else bySection.set(h.para.section, [h]);
    }
    for (const hs of bySection.values()) checkSection(ctx, hs);
  },
});

function checkSection(ctx: RuleContext, hs: Heading[]): void {
  const last = [0, 0, 0, 0, 0];
  const parentOfLast = [-2, -2, -2, -2, -2];
  const mode: Array<'restart' | 'continuous' | null> = [null, null, null, null, null];
  const lastIndexAtLevel = [-1, -1, -1, -1, -1];
  // Lowest level number (highest rank) that appears after each heading.
  const minAfter: number[] = new Array(hs.length).fill(5);
  for (let i = hs.length - 2; i >= 0; i--) minAfter[i] = Math.min(minAfter[i + 1]!, hs[i + 1]!.level);
  let minSeen = 5;
  let beforeParentReported = false;

  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    const L = h.level;
    // The parent: the latest heading of a higher rank.
    let parent = -1;
    for (let k = 1; k < L; k++) parent = Math.max(parent, lastIndexAtLevel[k]!);

    // (Made only for a heading with a problem: a long document has thousands of headings.)
    let problems: { zh: string; en: string }[] | null = null;
    if (minSeen > L && minAfter[i]! < L && !beforeParentReported) {
      problems = [];
      beforeParentReported = true;
      const top = minAfter[i]!;
      problems.push({
        zh: `${LEVEL_NAME[L]}序数“${h.para.text.slice(0, h.markLength)}”出现在${LEVEL_NAME[top]}序数之前，应先用“${canonicalMark(top, 1)}”`,
        en: `${LEVEL_NAME_EN[L]}-level mark "${h.para.text.slice(0, h.markLength)}" comes before any ${LEVEL_NAME_EN[top]}-level heading; start with "${canonicalMark(top, 1)}"`,
      });
    }

    let expected: number;
    let ok: boolean;
    // The paragraph before the heading in reading order: is there text between two items?
    const prev = paragraphBefore(ctx.model.paragraphs, h.para);
    // Running text, not a heading: sub-items (（1）（2）) or the new parent do not end a list.
    const textBetween = !prev || prev.level === 0;
    if (last[L] === 0) {
      expected = 1;
      ok = h.number === 1;
    } else if (parent !== parentOfLast[L]) {
      // Under a new parent: restart at 1 or continue the count, the same way every time
      // (the first change of parent decides; a list after running text may always restart).
      const cont = last[L]! + 1;
      if (mode[L] === 'restart') ok = h.number === 1;
      else if (mode[L] === 'continuous') ok = h.number === cont || (L >= 3 && textBetween && h.number === 1);
      else ok = h.number === 1 || h.number === cont;
      if (ok && mode[L] === null) mode[L] = h.number === 1 ? 'restart' : 'continuous';
      expected = ok ? h.number : mode[L] === 'continuous' ? cont : 1;
    } else {
      expected = last[L]! + 1;
      // Lists (1. and （1）) may start again after running text; 一、 and （一） may not.
      ok = h.number === expected || (L >= 3 && textBetween && h.number === 1);
      if (ok) expected = h.number;
    }
    // The skipped marks are there, run into the text (一、 after 。 on a one-line page, 五、 glued to
    // a running header): the sequence is whole, only the reading missed them.
    if (!ok && L <= 2 && h.number > expected && writtenBefore(ctx, lastIndexAtLevel[L]! >= 0 ? hs[lastIndexAtLevel[L]!]!.para : null, h.para, L, expected, h.number)) {
      ok = true;
      expected = h.number;
    }
    const writtenMark = ok ? '' : h.para.text.slice(0, h.markLength);
    if (!ok) {
      (problems ??= []).push({
        zh: `序号“${writtenMark}”不连续，此处应为“${canonicalMark(L, expected)}”`,
        en: `heading number "${writtenMark}" is out of sequence; expected "${canonicalMark(L, expected)}"`,
      });
    }
    const markOk = markIsCanonical(h);
    if (!markOk) {
      (problems ??= []).push({
        zh: `${LEVEL_NAME[L]}序数写法有误，应写作“${canonicalMark(L, ok ? h.number : expected)}”`,
        en: `wrong ${LEVEL_NAME_EN[L]}-level mark; write "${canonicalMark(L, ok ? h.number : expected)}"`,
      });
    }
    if (problems) {
      const span = ctx.span(h.para, 0, h.markLength);
      const good = canonicalMark(L, expected);
      const fixable = !ok || !markOk;
      const written = writtenMark || h.para.text.slice(0, h.markLength);
      // (The report and the edit are written out, not spread from the span: V8 gives every
      // { ...span, newText } a shape of its own, 200 bytes that a document with thousands of
      // findings keeps for each, and reading such objects is slow.)
      ctx.report({
        start: span.start,
        end: span.end,
        message: withClause(
          { zh: problems.map((p) => p.zh).join('；'), en: capitalize(problems.map((p) => p.en).join('; ')) },
          CLAUSE,
        ),
        // Only a mark written the wrong way (1、 for 1.) is safe unattended: a renumbering may rest on a misreading.
        fixes: fixable && good !== written ? [{ title: changeTo(good), edits: [{ start: span.start, end: span.end, newText: good }], safe: ok }] : [],
      });
    }
    last[L] = expected;
    parentOfLast[L] = parent;
    lastIndexAtLevel[L] = i;
    // A heading opens a new context for every deeper level.
    minSeen = Math.min(minSeen, L);
  }
}

/** Marks from..to-1 of level L appear, in order, in the text of `at`'s section after `after`'s mark (or from its start) and before `at`. */
function writtenBefore(ctx: RuleContext, after: Paragraph | null, at: Paragraph, L: number, from: number, to: number): boolean {
  const ps = ctx.model.paragraphs;
  const end = positionOf(ps, at);
  if (end < 0) return false;
  // Only the same document's text: an attachment numbers on its own.
  const text = ps
    .slice(after ? Math.max(0, positionOf(ps, after)) : 0, end)
    .filter((p) => p.section === at.section)
    .map((p) => (p === after ? p.text.slice(1) : p.text))
    .join('\n');
  let k = 0;
  for (let n = from; n < to; n++) {
    const mark = canonicalMark(L, n);
    const alt = mark.replace('（', '(').replace('）', ')');
    const i = text.indexOf(mark, k);
    const j = text.indexOf(alt, k);
    const found = i < 0 ? j : j < 0 ? i : Math.min(i, j);
    if (found < 0) return false;
    k = found + mark.length;
  }
  return true;
}

/** The paragraph right before p in ps, if any. */
function paragraphBefore(ps: readonly Paragraph[], p: Paragraph): Paragraph | undefined {
  const i = positionOf(ps, p);
  return i > 0 ? ps[i - 1] : undefined;
}

/** Where p is in ps: at its own index in the document's paragraphs, else found by a search. */
function positionOf(ps: readonly Paragraph[], p: Paragraph): number {
  return ps[p.index] === p ? p.index : ps.indexOf(p);
}

/** The fix's title for each mark, made once: a long document may have thousands of such fixes. */
const CHANGE_TO = new Map<string, Msg>();

function changeTo(mark: string): Msg {
  let m = CHANGE_TO.get(mark);
  if (m) return m;
  m = msg(`改为“${mark}”`, `Change to "${mark}"`);
  if (CHANGE_TO.size < 4096) CHANGE_TO.set(mark, m);
  return m;
}

/** The English parts are joined into one sentence, which starts with a capital. */
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
