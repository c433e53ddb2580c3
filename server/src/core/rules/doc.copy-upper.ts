// doc.copy-upper (national pack, 《若干规定》切实精简文件, a summary): 配套文件应当直接提出具体落实
// 措施，不得简单照搬照抄上位文件. A 配套/实施 document (贯彻落实《X》的实施意见, or one whose opening
// says it was made to implement 《X》) whose upper document X is in the workspace, sharing with it
// `minShare` of its sentences or a run of `minRun` 字 word for word — after the level words that
// differ between levels (全国/全省/全市, 各省/各区县, 国务院/市政府 …) are made alike. Clauses are
// compared by hash: one pass over each document, no string search between them.

import { CITE } from '../national';
import { clauseParagraph, docLabel, type ClauseTable, type DocSummary } from '../research/index';
import { clausesOf, upperTitles, type Clause } from '../research/workspaceDocs';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** A sentence counts when its clauses that count hold this many 字; it is copied when this share of them is. */
const MIN_SENTENCE = 10;
const COPIED_SENTENCE = 0.8;
/** At least this many copied sentences for the share to count (a short text is not judged by a share). */
const MIN_COPIED = 3;
/** Positions kept per clause hash of the upper document (a clause repeated more often tells little). */
const MAX_POSITIONS = 8;

interface Overlap {
  counted: number;
  copied: number;
  /** The longest run of clauses in the same order in both: its length in 字, its first clause in each. */
  run: number;
  runFrom: number;
  runTo: number;
  upperFrom: number;
}

/** How much of `mine` is the upper document's word for word (linear in both). */
export function overlap(mine: readonly Clause[], upper: ClauseTable): Overlap {
  const at = new Map<number, number[]>();
  for (let j = 0; j < upper.hash.length; j++) {
    const list = at.get(upper.hash[j]!);
    if (!list) at.set(upper.hash[j]!, [j]);
    else if (list.length < MAX_POSITIONS) list.push(j);
  }
  const total = new Map<number, number>();
  const matched = new Map<number, number>();
  // Runs ending at the previous clause: upper position -> [字, clauses].
  let prev = new Map<number, [number, number]>();
  const best: Overlap = { counted: 0, copied: 0, run: 0, runFrom: -1, runTo: -1, upperFrom: -1 };
  mine.forEach((c, k) => {
    total.set(c.sentence, (total.get(c.sentence) ?? 0) + c.len);
    const js = at.get(c.hash);
    const cur = new Map<number, [number, number]>();
    if (js) {
      matched.set(c.sentence, (matched.get(c.sentence) ?? 0) + c.len);
      for (const j of js) {
        const before = prev.get(j - 1);
        const run: [number, number] = before ? [before[0] + c.len, before[1] + 1] : [c.len, 1];
        cur.set(j, run);
        if (run[0] > best.run) Object.assign(best, { run: run[0], runFrom: k - run[1] + 1, runTo: k, upperFrom: j - run[1] + 1 });
      }
    }
    prev = cur;
  });
  for (const [s, n] of total) {
    if (n < MIN_SENTENCE) continue;
    best.counted++;
    if ((matched.get(s) ?? 0) >= COPIED_SENTENCE * n) best.copied++;
  }
  return best;
}

export default defineRule({
  id: 'doc.copy-upper',
  title: msg('照搬上位文件', 'Copying the upper document'),
  // 要点摘要（S）：配套文件应当直接提出具体落实措施，“不得简单照搬照抄上位文件”。
  ...nationalOnly(CITE.documents, ['N2-style'], 'S', 'warning'),
  visits: ['Document'],
  needs: ['workspace'],
  fixable: false,
  description: msg(
    '配套、实施文件与工作区中的上位文件大段雷同（照搬照抄）。',
    'A 配套/实施 document that copies long passages of its upper document in the workspace.',
  ),
  options: [
    { name: 'minShare', type: 'number', default: 0.3, minimum: 0, description: msg('与上位文件相同的句子占比达到此值时报告（0–1）', 'Report when this share of the sentences is the upper document\'s (0–1)') },
    { name: 'minRun', type: 'integer', default: 50, minimum: 1, description: msg('连续相同达到此字数时报告', 'Report a run of this many 字 word for word') },
  ],
  check(ctx) {
    const ws = ctx.workspace;
    if (!ws || ctx.kind !== 'document') return;
    const keys = upperTitles(ctx.model);
    if (keys.length === 0) return;
    const mine = clausesOf(ctx.model);
    if (mine.length === 0) return;
    const minShare = ctx.num('minShare');
    const minRun = ctx.num('minRun');
    const seen = new Set<string>();
    for (const key of keys) {
      let best: { doc: DocSummary; o: Overlap; own: boolean } | null = null;
      for (const doc of ws.index.docsTitled(key, ws.self)) {
        if (!doc.clauses || seen.has(doc.id)) continue;
        const o = overlap(mine, doc.clauses);
        // The most copied; on a tie, the document itself before a notice that prints or forwards it.
        const own = doc.titleKeys[0] === key || doc.titleKeys[1] === key;
        if (!best || o.copied > best.o.copied || (o.copied === best.o.copied && (o.run > best.o.run || (o.run === best.o.run && own && !best.own)))) best = { doc, o, own };
      }
      if (!best) continue;
      seen.add(best.doc.id);
      const { doc, o } = best;
      const share = o.counted ? o.copied / o.counted : 0;
      if (!((o.copied >= MIN_COPIED && share >= minShare) || o.run >= minRun) || o.runFrom < 0) continue;
      const from = mine[o.runFrom]!;
      // The run's clauses in its first paragraph are underlined.
      let to = from;
      for (let k = o.runFrom; k <= o.runTo && mine[k]!.para === from.para; k++) to = mine[k]!;
      const pct = `${Math.round(share * 100)}%`;
      ctx.report({
        start: from.para.origStart(from.start),
        end: Math.max(from.para.origStart(from.start), from.para.origEnd(to.end)),
        message: withCite(
          msg(
            `与上位文件${docLabel(doc)}大段相同：${fmt(o.copied)}/${fmt(o.counted)} 句（${pct}）照搬，最长一段连续相同 ${fmt(o.run)} 字；配套文件应当直接提出具体落实措施，不得简单照搬照抄上位文件`,
            `Copies its upper document ${docLabel(doc)}: ${fmt(o.copied)} of ${fmt(o.counted)} sentences (${pct}) word for word, the longest run ${fmt(o.run)} 字; a 配套 document states its own concrete measures instead of copying the upper one`,
          ),
          CITE.documents,
        ),
        related: [{ id: doc.id, range: clauseParagraph(doc.clauses!, o.upperFrom), message: msg(`${docLabel(doc)}中相同的段落`, `the same passage in ${docLabel(doc)}`) }],
      });
    }
  },
});
