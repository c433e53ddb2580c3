// Inspection done under the name of research (research.disguised-inspection): what a plan calls
// itself, and the activities that belong to 督查、检查、考核 rather than to 调研 — scoring, ranking
// and publishing the ranks, counting the visit into an assessment, checking ledgers and files,
// ordering rectification.
//
// A plan calls itself research when its title names 调研 (or 考察, 走访, 视察) and no inspection;
// without a title, when its labels say 调研时间, 调研对象 … An inspection word in the title, a team
// or a label of an inspection (督查组, 考核组, 检查内容) or a joint name (督查调研, 调研督导)
// anywhere makes it an inspection plan, which may score and rank openly. Anything else is
// undecided, and nothing is reported.

import type { DocModel } from '../model/types';
import { keyMatches, testSlot } from '../parse/memo';
import { demandParagraphs, findSet, type PhraseHit } from './phrases';

export type PlanGenre = 'research' | 'inspection';

/** What the title says the visit is: the words after 关于 and outside 《》. */
const INSPECTION_WORD = /督查|督导|督办|检查|考核|考评|巡查|巡察|验收|核查|抽查|评估|评比|评审/;
const RESEARCH_WORD = /调研|调查研究|考察|走访|视察/;
/** The body declares an inspection: its teams, its labels, a joint name. */
const INSPECTION_DECLARED = /(?:督查|督导|检查|考核|考评|巡查|巡察|验收)(?:组|小组)|(?:督查|督导|检查|巡查|巡察)(?:时间|内容|对象|方式|范围|分组|重点|事项|安排)|督查调研|检查调研|调研督导|督导调研|调研督查|考核调研/;
const RESEARCH_LABEL = /(?:调研|考察|走访|视察)(?:时间|内容|对象|方式|地点|路线|行程|安排|重点|主题)\s*[:：]?/;

/** The title's own words: after the issuer (…关于), without a cited 《…》 title. */
function ownTitle(model: DocModel): string {
  const t = model.titleKey.replace(/《[^》]*》/g, '');
  const at = t.indexOf('关于');
  return at > 0 ? t.slice(at) : t;
}

/** What the document says the plan is, or null when it does not say (see the header). */
export function planGenre(document: DocModel): PlanGenre | null {
  const title = ownTitle(document);
  if (INSPECTION_WORD.test(title)) return 'inspection';
  const ps = demandParagraphs(document);
  const declared = testSlot(INSPECTION_DECLARED);
  if (ps.some((p) => keyMatches(p, INSPECTION_DECLARED, declared))) return 'inspection';
  if (RESEARCH_WORD.test(title)) return 'research';
  const labelled = testSlot(RESEARCH_LABEL);
  if (!title && ps.some((p) => keyMatches(p, RESEARCH_LABEL, labelled))) return 'research';
  return null;
}

/**
 * Activities of an inspection, as a plan sets them. Each alternative is bounded; the longer
 * phrase comes first so the quoted words are whole (考核打分 before 打分).
 */
const ACTIVITY = new RegExp(
  [
    // scoring
    '(?:考核|量化|现场|逐项|综合)?(?:打分|评分|计分|赋分)',
    // ranking, and publishing ranks
    '(?:通报|公布|公示)(?:排名|排序|名次|得分)',
    '(?:排名|排序|得分)(?:情况)?(?:通报|公布|公示)',
    '(?:进行|予以|实行|综合|逐一|按得分)(?:排名|排序)',
    '排名靠后|末位',
    // counting the visit into an assessment
    '纳入[^，。；,;]{0,12}?考核',
    '作为[^，。；,;]{0,12}?考核[^，。；,;]{0,4}?依据',
    '考核(?:验收|评比)',
    '(?:进行|开展|组织|实施|现场|实地)(?:考核|考评)',
    // checking ledgers and files
    '(?:查阅|查看|翻阅|调阅|核查|检查|抽查|查验)[^，。；,;、]{0,10}?台账',
    '(?:检查|核查|查验|抽查)[^，。；,;、]{0,10}?(?:资料|档案|记录|凭证|账目)',
    // ordering rectification, publishing faults
    '(?:提出|下达|明确|反馈)[^，。；,;]{0,8}?整改(?:意见|要求|建议|通知|任务)',
    '整改(?:要求|清单|通知书|时限|期限)',
    '限期整改|督促整改|责令整改|要求[^，。；,;]{0,6}?整改',
    '通报批评',
    '(?:予以|进行|全市|在全市范围内)通报(?!会)',
  ].join('|'),
  'g',
);

/** After the phrase: it is the topic of the visit (了解考核打分机制运行情况), not its activity. */
const TOPIC_AFTER = /^(?:的)?(?:情况|工作|机制|制度|办法|体系|做法|经验|改革|政策|方面|系统|平台)/;
/** Reading what exists (查阅社区现有台账) is using the units' own material, not checking their work. */
const EXISTING = /现有|已有|既有|现成/;
/** A negation right before the phrase: 不打分、不排名, 不搞考核. */
const NEGATED = /(?:不|勿|免|禁|未|无需|无须|不必|不再|不搞|不作|不进行|不开展|不组织|严禁|禁止|杜绝|不得|一律不)(?:搞|进行|开展|组织|安排|要求|作)?$/;

/** The inspection activities the plan sets (findSet: not forbidden, questioned or cited). */
export function inspectionActivities(model: DocModel): PhraseHit[] {
  return findSet(model, ACTIVITY).filter((h) => {
    const t = h.para.key;
    if (NEGATED.test(t.slice(Math.max(0, h.start - 6), h.start))) return false;
    if (EXISTING.test(t.slice(h.start, h.end))) return false;
    return !TOPIC_AFTER.test(t.slice(h.end, h.end + 4));
  });
}
