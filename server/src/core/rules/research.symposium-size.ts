// research.symposium-size (§15): 召开调研座谈会要严格控制规模和参会人员范围。A 座谈会 the plan
// sets (not one it forbids) with more than `maxSymposium` participants. The number is read from
// the clauses of the 座谈会's sentence that name it or its attendance, else from the participants'
// line right after it (参加人员：…，约30人),
// in Arabic or Chinese numerals (25人, 二十余人, 15—20名: the larger); a number per unit
// (每村2名, 各部门1人) is not the size of the meeting. One finding per sentence.

import { parseSmallNumber } from '../parse/numerals';
import { findSet, sentenceOf } from '../semantics/phrases';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§15';
/** A symposium named in a plan (one pattern object: findSet keeps each text's matches under it). */
const SYMPOSIUM = /座谈会?|座谈交流/g;
const COUNT = /([0-9]{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:[-—–~～至到]\s*([0-9]{1,4}|[一二两三四五六七八九十]{1,3})\s*)?(?:余|多|左右)?\s*(?:人|名)(?![次员单民大])/g;
const PARTICIPANTS = /^\s*(?:[（(]?[一二三四五六七八九十0-9]{1,2}[)）、.．])?\s*(?:座谈会?|调研座谈会?)?(?:参加|参会|出席|与会|座谈)(?:人员|对象|范围|人数)/;

function num(s: string | undefined): number | null {
  if (!s) return null;
  return parseSmallNumber(s);
}

/** The largest head-count in a text, not counting numbers per unit. */
function headCount(t: string): number | null {
  let best: number | null = null;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(t); m; m = COUNT.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 4), m.index);
    if (/[每各]/.test(before)) continue;
    const n = Math.max(num(m[1]) ?? 0, num(m[2]) ?? 0);
    if (n > 0 && (best === null || n > best)) best = n;
  }
  return best;
}

/** A clause that speaks of who attends: its head count is the meeting's size. */
const ATTENDANCE = /座谈|参加|参会|与会|出席|列席|邀请|人员|人数|规模/;

/**
 * The head count of the 座谈会 in its sentence: from the clauses (between commas) that name the
 * 座谈会 or who attends it. 慰问20名困难群众，召开座谈会 visits twenty people; it does not seat them.
 */
function symposiumCount(sentence: string): number | null {
  let best: number | null = null;
  for (const clause of sentence.split(/[，,；;]/)) {
    if (!ATTENDANCE.test(clause)) continue;
    const n = headCount(clause);
    if (n !== null && (best === null || n > best)) best = n;
  }
  return best;
}

function sentenceEndIn(t: string, from: number): number {
  for (let k = from; k < t.length; k++) if (/[。！？!?；;]/.test(t[k]!)) return k + 1;
  return t.length;
}

export default defineRule({
  id: 'research.symposium-size',
  title: msg('座谈会规模', 'Symposium size'),
  clause: CLAUSE,
  clauseKeys: ['15'],
  visits: ['Itinerary'],
  defaultSeverity: 'info',
  fixable: false,
  description: msg('调研座谈会参加人员超过 15 人。', 'A research symposium with more than 15 participants.'),
  options: [{ name: 'maxSymposium', type: 'integer', default: 15, minimum: 1, description: msg('座谈会参加人员上限', 'Most participants in a symposium') }],
  check(ctx) {
    const max = ctx.num('maxSymposium');
    const paras = ctx.model.paragraphs;
    // One finding per sentence: hits before the end of the last sentence read are skipped.
    let lastPara = -1;
    let lastEnd = -1;
    for (const h of findSet(ctx.model, SYMPOSIUM)) {
      if (h.para.index === lastPara && h.start < lastEnd) continue;
      lastPara = h.para.index;
      lastEnd = sentenceEndIn(h.para.key, h.end);
      const sentence = sentenceOf(h);
      // A participants' line that names the 座谈会 (座谈会参加人员：…，共25人) is read whole, as the line after one is.
      let n = PARTICIPANTS.test(sentence) ? headCount(sentence) : symposiumCount(sentence);
      if (n === null) {
        // The participants' line after it: the next sentence, or the next paragraph.
        const t = h.para.key;
        const end = sentenceEndIn(t, h.end);
        let next: string | null = null;
        if (end < t.length) next = t.slice(end, sentenceEndIn(t, end));
        else {
          const p: Paragraph | undefined = paras[h.para.index + 1];
          if (p) next = p.key.slice(0, sentenceEndIn(p.key, 0));
        }
        // A participants' line that names the 座谈会 itself is read on its own.
        if (next && PARTICIPANTS.test(next) && !/座谈/.test(next)) n = headCount(next);
      }
      if (n === null || n <= max) continue;
      ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withClause(msg(`座谈会参加人员约 ${fmt(n)} 人，超过 ${fmt(max)} 人；应严格控制规模和参会人员范围`, `The symposium has about ${fmt(n)} participants, over ${fmt(max)}; keep it small`), CLAUSE) });
    }
  },
});
