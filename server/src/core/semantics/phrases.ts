// Finding what a document demands: phrases in the paragraphs that carry the document's own
// requirements (title, body, attachments), kept only where the text sets the practice.

import type { DocModel } from '../model/types';
import type { Paragraph, Role } from '../text/paragraph';
import { stanceAt, type Stance } from './stance';

export interface PhraseHit {
  para: Paragraph;
  /** Indices in para.text. */
  start: number;
  end: number;
  stance: Stance;
}

/** Paragraphs whose sentences are the document's own requirements. */
export const DEMAND_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'body', 'attachment', 'subtitle']);

export function demandParagraphs(model: DocModel): Paragraph[] {
  return model.paragraphs.filter((p) => DEMAND_ROLES.has(p.role));
}

/** Every match of re (global) in the folded text of the demand paragraphs, with its stance. */
export function findPhrases(model: DocModel, re: RegExp, paragraphs = demandParagraphs(model)): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const p of paragraphs) {
    const t = p.key;
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ para: p, start: m.index, end: m.index + m[0].length, stance: stanceAt(t, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

/** Only the hits where the document sets the practice. */
export function findSet(model: DocModel, re: RegExp, paragraphs?: Paragraph[]): PhraseHit[] {
  return findPhrases(model, re, paragraphs).filter((h) => h.stance === 'sets');
}

/** The sentence around a hit (in the folded text). */
export function sentenceOf(h: { para: Paragraph; start: number; end: number }): string {
  const t = h.para.key;
  let s = h.start;
  while (s > 0 && !/[。！？!?；;]/.test(t[s - 1]!)) s--;
  let e = h.end;
  while (e < t.length && !/[。！？!?；;]/.test(t[e]!)) e++;
  return t.slice(s, e);
}

/** 经市委、市政府同意 (or 经市政府同意 …) anywhere in the document. */
const CONSENT = /经(?:过)?(?:市委[、和,，]?)?市(?:人民)?政府(?:研究)?同意|经(?:过)?市委[、和,，]?市(?:人民)?政府(?:研究)?(?:同意|批准)|经(?:过)?市委(?:研究)?同意|经(?:过)?市委[、和]?市(?:人民)?政府批准/;

export function statesConsent(model: DocModel): boolean {
  return model.paragraphs.some((p) => CONSENT.test(p.key));
}
