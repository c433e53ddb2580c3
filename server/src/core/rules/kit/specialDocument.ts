// The §18 rules as the national pack has them: 除专门文件外，原则上不对……“一票否决”和签订责任状等
// 事项提出具体要求 (a summary). A document dedicated to the matter (its title is about it) is left
// alone in that pack (option exemptDedicated), and a sentence that lists the matter among what
// may not be demanded never sets it.

import { CITE } from '../../national';
import { dedicatedTo, listedAsNotDemanded } from '../../semantics/subjectAndTier';
import type { Msg } from '../../types';
import type { PhraseRuleSpec } from './phraseRule';

type Parts = Pick<PhraseRuleSpec, 'packs' | 'options' | 'exempt' | 'skip'>;

/** packs, options, exempt and skip of a §18 phrase rule whose dedicated documents have titles matching `dedicated`. */
export function exceptDedicated(clause: string, dedicated: RegExp, what: Msg): Parts {
  return {
    packs: {
      'jinan-2019': { cite: clause, keys: [clause.replace('§', '')] },
      'national-2024': { cite: CITE.documents, keys: ['N3-special', 'T19-veto'], grade: 'S', options: { exemptDedicated: true } },
    },
    options: [{ name: 'exemptDedicated', type: 'boolean', default: false, stricter: 'false', description: what }],
    exempt: (ctx) => ctx.bool('exemptDedicated') && dedicatedTo(ctx.document, dedicated),
    skip: (h) => listedAsNotDemanded(h.para.key, h.start, h.end),
  };
}
