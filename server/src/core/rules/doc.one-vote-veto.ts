// doc.one-vote-veto (§18): 不得随意设置或变通设置“一票否决”事项。
// Fires where the document itself sets a 一票否决 item, not where it forbids, limits or
// criticises the practice.

import { phraseRule } from './kit/phraseRule';
import { msg } from './kit/util';

export default phraseRule({
  id: 'doc.one-vote-veto',
  clause: '§18',
  title: msg('一票否决', 'One-vote veto'),
  visits: ['Document'],
  defaultSeverity: 'warning',
  negation: false,
  description: msg('文件设置“一票否决”事项。', 'The document sets a 一票否决 (one-vote veto) item.'),
  pattern: /一票否决|一票否定/g,
  message: () =>
    msg('文件设置了“一票否决”事项；不得随意设置或变通设置一票否决，请删除或改为常规考核要求', 'The document sets a one-vote veto (一票否决); such items must not be set at will: remove it or make it an ordinary assessment criterion'),
});
