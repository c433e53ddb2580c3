// Is the text official drafting at all? A forced kind or a meeting or visit found in it says yes;
// otherwise the text's own frame and wording decide (model/official.ts).

import type { DocModel } from '../model/types';
import type { Officialness } from './types';

export function decideOfficial(model: DocModel, hasRegions: boolean, forced: boolean): Officialness {
  if (forced) return { official: true, confidence: 1, reasons: ['forced'] };
  if (hasRegions) return { official: true, confidence: 0.9, reasons: ['regions'] };
  return { official: true, confidence: 0.5, reasons: [model.titleText ? 'title' : 'text'] };
}
