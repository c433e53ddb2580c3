// research.extra-burden (§15): 充分利用调研对象现有材料，不得提出与调研工作无关的要求，不得为基层
// 增加额外负担。Asking the units visited for 汇报材料, 展板, PPT or a dedicated 座谈.

import { msg, researchPhraseRule } from './researchPhrase';

export default researchPhraseRule({
  id: 'research.extra-burden',
  clause: '§15',
  title: msg('调研额外负担', 'Extra burden on units visited'),
  description: msg('要求调研对象准备汇报材料、展板、PPT、专题片或专门座谈。', 'Asks the units visited for reports, display boards, slides, films or a dedicated symposium.'),
  pattern: /(?:准备|提供|制作|报送|提交|做好)[^，。；,;]{0,8}?(?:汇报材料|书面材料|书面汇报|文字材料|展板|PPT|ppt|汇报片|专题片|宣传片|视频资料)|(?:汇报材料|展板|PPT|汇报片|专题片)[^，。；,;]{0,4}?(?:准备|制作)|做好汇报准备|专门(?:组织|召开|安排)?座谈|专题汇报/g,
  message: (w) => msg(`要求“${w}”增加基层负担；应充分利用调研对象现有材料，不提与调研无关的要求`, `Asking for "${w}" adds work for the units visited; use what they already have`),
});
