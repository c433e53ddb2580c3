// doc.responsibility-pledge (§18): 不得动辄签“责任状”，变相“责任甩锅”。
// 责任状 is signed by nature; 责任书 and 军令状 count when the text asks for them to be signed or
// handed in (签订…责任书, 责任书由…签字, 立下军令状). 责任状 that only names who signed one
// (签订责任状的单位负责人着正装入场) describes people and asks nothing.

import { phraseRule } from './kit/phraseRule';
import { msg } from './kit/util';

export default phraseRule({
  id: 'doc.responsibility-pledge',
  clause: '§18',
  title: msg('签订责任状', 'Responsibility pledges'),
  visits: ['Document'],
  defaultSeverity: 'warning',
  negation: false,
  description: msg('要求下级单位签订责任状、责任书。', 'Asks units to sign 责任状 / 责任书 (responsibility pledges).'),
  pattern: /责任状(?!的(?:单位|负责人|负责同志|同志|人员|代表|企业))|(?:签订|签署|签定|签|递交|订立|立下)[^，。；,;]{0,12}?(?:责任书|军令状)|(?:责任书|军令状)[^，。；,;]{0,12}?(?:签订|签署|签字|签名|盖章|一式)/g,
  message: () =>
    msg('文件要求签订责任状（责任书）；不得动辄签“责任状”、变相“责任甩锅”，请删除该要求', 'The document asks for signed responsibility pledges (责任状/责任书); drop the requirement'),
});
