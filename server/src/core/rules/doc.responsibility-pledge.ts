// doc.responsibility-pledge (§18): 不得动辄签“责任状”，变相“责任甩锅”。
// 责任状 is signed by nature; 责任书 and 军令状 count when the text asks for them to be signed or
// handed in (签订…责任书, 责任书由…签字, 立下军令状). 责任状 that only names who signed one
// (签订责任状的单位负责人着正装入场) describes people and asks nothing.
// National pack (《若干规定》切实精简文件, a summary; 2019 notice: 不能动辄签“责任状”): the same
// check, except in a 专门文件 on the pledges (option exemptDedicated), whose title is about them
// (关于做好2024年度安全生产责任书签订工作的通知, …目标责任制…).

import { phraseRule } from './kit/phraseRule';
import { exceptDedicated } from './kit/specialDocument';
import { msg } from './kit/util';

/** A title about the pledges or the responsibility system they belong to. */
const DEDICATED = /责任状|责任书|军令状|目标责任制|目标管理责任|责任制(?:考核|实施|规定|办法|细则)/;

export default phraseRule({
  id: 'doc.responsibility-pledge',
  clause: '§18',
  ...exceptDedicated('§18', DEDICATED, msg('专门文件（标题即关于责任状、责任书或目标责任制）不报告', 'Leave alone a document dedicated to the pledges (its title is about them)')),
  title: msg('签订责任状', 'Responsibility pledges'),
  visits: ['Document'],
  defaultSeverity: 'warning',
  negation: false,
  description: msg('要求下级单位签订责任状、责任书。', 'Asks units to sign 责任状 / 责任书 (responsibility pledges).'),
  pattern: /责任状(?!的(?:单位|负责人|负责同志|同志|人员|代表|企业))|(?:签订|签署|签定|签|递交|订立|立下)[^，。；,;]{0,12}?(?:责任书|军令状)|(?:责任书|军令状)[^，。；,;]{0,12}?(?:签订|签署|签字|签名|盖章|一式)/g,
  message: () =>
    msg('文件要求签订责任状（责任书）；不得动辄签“责任状”、变相“责任甩锅”，请删除该要求', 'The document asks for signed responsibility pledges (责任状/责任书); drop the requirement'),
});
