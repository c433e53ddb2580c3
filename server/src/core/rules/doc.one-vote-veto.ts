// doc.one-vote-veto (§18): 不得随意设置或变通设置“一票否决”事项。
// Fires where the document itself sets a 一票否决 item, not where it forbids, limits or
// criticises the practice. National pack (《若干规定》切实精简文件, a summary; 2019 notice: 严格控制
// “一票否决”事项): the same check, except in a 专门文件 on the veto (option exemptDedicated), whose
// title is about it (关于…一票否决事项的通知, 印发《…“一票否决制”实施办法》).

import { CITE } from '../national';
import { dedicatedTo, listedAsNotDemanded } from '../semantics/nationalDocA';
import { phraseRule } from './kit/phraseRule';
import { msg } from './kit/util';

/** A title about the veto itself. */
const DEDICATED = /一票否决|一票否定/;

export default phraseRule({
  id: 'doc.one-vote-veto',
  clause: '§18',
  packs: {
    'jinan-2019': { cite: '§18', keys: ['18'] },
    // 除专门文件外，原则上不对……“一票否决”和签订责任状等事项提出具体要求 (a summary); 严格控制“一票否决”事项 (2019).
    'national-2024': { cite: CITE.documents, keys: ['N3-special', 'T19-veto'], grade: 'S', options: { exemptDedicated: true } },
  },
  options: [
    {
      name: 'exemptDedicated',
      type: 'boolean',
      default: false,
      stricter: 'false',
      description: msg('专门文件（标题即关于一票否决事项）不报告', 'Leave alone a document dedicated to the veto (its title is about it)'),
    },
  ],
  exempt: (ctx) => ctx.bool('exemptDedicated') && dedicatedTo(ctx.document, DEDICATED),
  // 原则上不对……“一票否决”和签订责任状等事项提出具体要求 lists it among what may not be demanded.
  skip: (h) => listedAsNotDemanded(h.para.key, h.start, h.end),
  title: msg('一票否决', 'One-vote veto'),
  visits: ['Document'],
  defaultSeverity: 'warning',
  negation: false,
  description: msg('文件设置“一票否决”事项。', 'The document sets a 一票否决 (one-vote veto) item.'),
  pattern: /一票否决|一票否定/g,
  message: () =>
    msg('文件设置了“一票否决”事项；不得随意设置或变通设置一票否决，请删除或改为常规考核要求', 'The document sets a one-vote veto (一票否决); such items must not be set at will: remove it or make it an ordinary assessment criterion'),
});
