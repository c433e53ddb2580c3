// doc.one-vote-veto (§18): 不得随意设置或变通设置“一票否决”事项。
// Fires where the document itself sets a 一票否决 item, not where it forbids, limits or
// criticises the practice. National pack (《若干规定》切实精简文件, a summary; 2019 notice: 严格控制
// “一票否决”事项): the same check, except in a 专门文件 on the veto (option exemptDedicated), whose
// title is about it (关于…一票否决事项的通知, 印发《…“一票否决制”实施办法》).

import { phraseRule } from './kit/phraseRule';
import { exceptDedicated } from './kit/specialDocument';
import { msg } from './kit/util';

/** A title about the veto itself. */
const DEDICATED = /一票否决|一票否定/;

export default phraseRule({
  id: 'doc.one-vote-veto',
  clause: '§18',
  ...exceptDedicated('§18', DEDICATED, msg('专门文件（标题即关于一票否决事项）不报告', 'Leave alone a document dedicated to the veto (its title is about it)')),
  title: msg('一票否决', 'One-vote veto'),
  visits: ['Document'],
  defaultSeverity: 'warning',
  negation: false,
  description: msg('文件设置“一票否决”事项。', 'The document sets a 一票否决 (one-vote veto) item.'),
  pattern: /一票否决|一票否定/g,
  message: () =>
    msg('文件设置了“一票否决”事项；不得随意设置或变通设置一票否决，请删除或改为常规考核要求', 'The document sets a one-vote veto (一票否决); such items must not be set at will: remove it or make it an ordinary assessment criterion'),
});
