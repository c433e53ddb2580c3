// research.escort (§15): 调研中不搞层层陪同、不搞迎来送往。A list of escorts is quoted up to the
// people it names (陪同人员：镇全体班子成员), not cut after 全体. 全程陪同人员 is such a list's label.

import { msg, researchPhraseRule } from './kit/phraseRule';

export default researchPhraseRule({
  id: 'research.escort',
  clause: '§15',
  title: msg('层层陪同', 'Escorts and ceremonies'),
  description: msg('层层陪同、迎来送往、全程陪同、欢迎仪式、悬挂横幅标语。', 'Escorts at every level, welcome ceremonies, banners.'),
  pattern: /(?:(?:[市区县镇乡街村道]{1,3}[、和及]){1,3}[市区县镇乡街村道]{1,3})?[两三四多]级[^，。；,;]{0,10}?陪同|层层陪同|迎来送往|全程陪同(?!人员)|逐级陪同|陪同人员[^，。；,;]{0,6}(?:各级|全体)[^，。；,;、]{0,6}|欢迎仪式|夹道欢迎|列队欢迎|列队迎送|迎送仪式|悬挂[^，。；,;]{0,6}?(?:横幅|标语)|张贴[^，。；,;]{0,6}?标语|欢迎横幅|欢迎标语|献花|(?:区县|镇街|乡镇|街道)[^，。；,;]{0,6}(?:到|在)[^，。；,;]{0,6}(?:边界|路口|高速口)(?:迎接|等候)/g,
  message: (w) => msg(`“${w}”增加基层负担；调研不搞层层陪同、不搞迎来送往`, `"${w}" burdens the units visited; no escorts at every level, no ceremonies`),
});
