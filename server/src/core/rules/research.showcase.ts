// research.showcase (§14): 调查研究严禁设计“精品线路”、安排“群众演员”、要求干部群众“背台词”。

import { msg, researchPhraseRule } from './kit/phraseRule';

export default researchPhraseRule({
  id: 'research.showcase',
  clause: '§14',
  title: msg('作秀式调研', 'Showcase research'),
  description: msg('设计精品线路、安排群众演员、要求背台词、提前踩点、统一口径等。', 'Showcase routes, staged crowds, scripted answers, rehearsed visits, agreed talking points.'),
  pattern: /精品线路|精品路线|样板路线|示范线路|群众演员|背台词|(?:提前|预先|事先|反复)(?:踩点|演练|排练)|统一口径|统一答复口径|事先排练|彩排|(?:安排|组织)群众(?:围观|迎接|代表发言)|打造亮点|临时布置|临时摆放|突击(?:整治|打扫|装扮)/g,
  message: (w) => msg(`“${w}”属于作秀式调研；调研应坚持“四不两直”，到困难多、问题多的地方去`, `"${w}" makes the visit a show; research should be unannounced and go where the problems are`),
});
