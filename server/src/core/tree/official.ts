// Is the text official drafting at all? A forced kind says yes, and so does the gongwen language
// (.gw, .gongwen); so does a meeting or a visit its title announces. Otherwise the text's own
// frame and wording decide (model/official.ts): a README, a blog post or a news story gets no
// findings, even when it mentions a meeting.

import { officialText } from '../model/official';
import type { DocModel } from '../model/types';
import type { Officialness, RegionBasis } from './types';

export function decideOfficial(model: DocModel, regionBases: readonly RegionBasis[], forced: boolean, declared = false): Officialness {
  if (forced) return { official: true, confidence: 1, reasons: ['kind forced by directive or settings'] };
  // A file of the gongwen language (.gw, .gongwen) says what it is by its very type.
  if (declared) return { official: true, confidence: 1, reasons: ['language gongwen'] };
  const verdict = officialText(model);
  // A news story or a meeting's write-up names its meeting in the headline, but reports it.
  if (verdict.official || verdict.report) return verdict;
  // A title that announces a meeting or a visit (…会议议程, …调研安排) is a frame of its own.
  if (regionBases.includes('title')) return { official: true, confidence: 0.7, reasons: ['title names a meeting or a visit', ...verdict.reasons] };
  return verdict;
}
