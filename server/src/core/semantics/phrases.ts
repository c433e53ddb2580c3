// Finding what a document demands: phrases in the paragraphs that carry the document's own
// requirements (title, body, attachments), kept only where the text sets the practice.

import type { DocModel } from '../model/types';
import { keyMatches, perText, slotOf, testSlot, type Slot } from '../parse/memo';
import type { Paragraph, Role } from '../text/paragraph';
import { sentenceEnd, sentenceStart, setsAt } from './stance';

export interface PhraseHit {
  para: Paragraph;
  /** Indices in para.text. */
  start: number;
  end: number;
}

/** Paragraphs whose sentences are the document's own requirements. */
const DEMAND_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'body', 'attachment', 'subtitle']);

/**
 * The demand paragraphs of each long list of paragraphs: every rule asks, and a list may hold a
 * million. A short list (a file of a scan) is filtered afresh: V8's young-generation collection
 * keeps every value of a WeakMap alive through it, and each collection of a scan then copied the
 * paragraphs (with all the work they keep) of the twenty or so files checked since the one before
 * (some 850 KB instead of 260 KB; the 2,000 reference files took 5 % longer).
 */
const demanding = new WeakMap<readonly Paragraph[], readonly Paragraph[]>();
/** Paragraphs from which a list's demand paragraphs are kept. */
const KEPT_DEMANDS = 1000;

/**
 * Models of this many paragraphs or fewer (a meeting arranged in one sentence) are read afresh:
 * each paragraph's matches are kept by its text already, and a document of a hundred such
 * meetings would otherwise fill the caches below with a hundred entries per pattern.
 */
const SMALL = 2;

export function demandParagraphs(model: DocModel): readonly Paragraph[] {
  if (model.paragraphs.length < KEPT_DEMANDS) return model.paragraphs.filter((p) => DEMAND_ROLES.has(p.role));
  let ps = demanding.get(model.paragraphs);
  if (!ps) demanding.set(model.paragraphs, (ps = model.paragraphs.filter((p) => DEMAND_ROLES.has(p.role))));
  return ps;
}

/** Hits per model and pattern: every meeting of a document asks the same questions of the whole file. */
const found = new WeakMap<DocModel, Map<RegExp, PhraseHit[]>>();

/**
 * Every match of re (global) in the folded text of the demand paragraphs where the document sets
 * the practice. `need`: a character no paragraph can match without (a quick test before a slow
 * pattern; always the same for one pattern). re must be one object for the life of the process
 * (a module's constant): each paragraph text keeps its matches under it (parse/memo.ts).
 */
export function findSet(model: DocModel, re: RegExp, need?: string): PhraseHit[] {
  if (model.paragraphs.length <= SMALL) return scan(model, re, need);
  let byPattern = found.get(model);
  if (!byPattern) found.set(model, (byPattern = new Map()));
  let hits = byPattern.get(re);
  if (!hits) byPattern.set(re, (hits = scan(model, re, need)));
  return hits;
}

/** Paragraphs of the demand paragraphs whose folded text matches re (global or not), cached as findSet is. */
export function paragraphsMatching(model: DocModel, re: RegExp): Paragraph[] {
  if (model.paragraphs.length <= SMALL) return matchingIn(model, re);
  let byPattern = matching.get(model);
  if (!byPattern) matching.set(model, (byPattern = new Map()));
  let ps = byPattern.get(re);
  if (!ps) byPattern.set(re, (ps = matchingIn(model, re)));
  return ps;
}

const matching = new WeakMap<DocModel, Map<RegExp, Paragraph[]>>();

function matchingIn(model: DocModel, re: RegExp): Paragraph[] {
  const slot = testSlot(re);
  return demandParagraphs(model).filter((p) => keyMatches(p, re, slot));
}

function scan(model: DocModel, re: RegExp, need: string | undefined): PhraseHit[] {
  const out: PhraseHit[] = [];
  const ps = demandParagraphs(model);
  const slot = slotOf(re);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (need === undefined || p.key.includes(need)) addSet(p, re, slot, out);
  }
  return out;
}

/** The matches of re (global) in one paragraph where it sets the practice (findSet, paragraph by paragraph). */
export function setIn(p: Paragraph, re: RegExp): PhraseHit[] {
  const out: PhraseHit[] = [];
  addSet(p, re, slotOf(re), out);
  return out;
}

/** Adds the hits of re in p; `slot` is re's (slotOf), under which p's text keeps them. */
function addSet(p: Paragraph, re: RegExp, slot: Slot, out: PhraseHit[]): void {
  const spans = perText(p, slot, setSpans, re);
  for (let k = 0; k < spans.length; k += 2) out.push({ para: p, start: spans[k]!, end: spans[k + 1]! });
}

const NO_SPANS: readonly number[] = [];

/**
 * Where re matches p's folded text and the paragraph sets the practice there: start and end of
 * each match, one after the other. A paragraph's text alone decides, so it is kept by the text.
 */
function setSpans(p: Paragraph, re: RegExp): readonly number[] {
  const t = p.key;
  let out: number[] | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    if (setsAt(p, m.index, end)) (out ??= []).push(m.index, end);
  }
  return out ?? NO_SPANS;
}

/** The sentence around a hit (in the folded text, without its final 。), bounded as sentenceStart/End are. */
export function sentenceOf(h: { para: Paragraph; start: number; end: number }): string {
  const t = h.para.key;
  const s = sentenceStart(t, h.start);
  let e = sentenceEnd(t, h.end);
  if (e > h.end && /[。！？!?；;\n]/.test(t[e - 1]!)) e--;
  return t.slice(s, e);
}

/**
 * 经市委、市政府同意 / 经市政府同意 / 经市委研究同意 / 已经市委、市政府批准 / 经市政府常务会议研究通过 …: the stated consent of
 * the city's leadership. The city's own name may stand before each body (经中共济南市委、济南市人民政府
 * 同意): the name without its 市, which the body's name begins with.
 */
const CONSENT = /经(?:过)?(?:中共)?(?:[\u4e00-\u9fa5]{2,4}?(?=市))?(?:市委|市人民政府|市政府)(?:[、和及与,，]?(?:[\u4e00-\u9fa5]{2,4}?(?=市))?(?:市人民政府|市政府))?(?:(?:常务会议|常委会(?:会议)?|全体会议|专题会议)(?:第?[一二三四五六七八九十\d]{1,3}次(?:会议)?)?)?(?:研究|审议)?(?:同意|批准|审定|通过)/g;
/** Words before 经 that make the consent a condition or a demand, not a statement: 未经、须经、应报经. */
const NOT_STATED = /(?:未|不|非|无|须|需|需要|必须|应|应当|要|得|方可|才能|一律)(?:报|提请|报请)?$/;

/** The stated consent of 市委/市政府 in a paragraph, or null: the match's start and end in p.key. */
function consentIn(p: Paragraph): { start: number; end: number } | null {
  const t = p.key;
  if (!t.includes('经')) return null;
  CONSENT.lastIndex = 0;
  for (let m = CONSENT.exec(t); m; m = CONSENT.exec(t)) {
    if (NOT_STATED.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const consented = new WeakMap<DocModel, boolean>();

/**
 * The document states that 市委/市政府 consented (经市委、市政府同意, 已经市政府同意 …) — not 未经…同意.
 * Judged once per model (several rules ask).
 */
export function statesConsent(model: DocModel): boolean {
  let v = consented.get(model);
  if (v === undefined) consented.set(model, (v = model.paragraphs.some((p) => consentIn(p) !== null)));
  return v;
}
