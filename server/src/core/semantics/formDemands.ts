// Forms to fill and written materials to hand in, demanded of the units a research or inspection
// plan visits — the national rules' 不得频繁要求基层填表格报材料 (research.extra-burden, national
// option `forms`). The Jinan reading already reports materials made for the visit (汇报材料, 展板);
// this adds 填写…表, 报送…报表, 报送书面材料 / 自查报告 / 工作总结, whichever way round the sentence
// runs (将自查报告报送…). A form's own labels (填表人：, 填报单位：) demand nothing, handing over
// what exists (提供现有资料) is no new work, and the team's own report (调研组形成调研报告报送市委)
// is no demand on the units visited.

import type { DocModel } from '../model/types';
import { findSet, type PhraseHit } from './phrases';
import { clauseStart, sentenceEnd } from './stance';

/** Written materials a unit must produce. */
const WRITTEN = '(?:书面材料|文字材料|书面报告|自查报告|自评报告|情况报告|工作总结|总结报告|佐证材料|证明材料|台账资料)';
/** Forms. 表 must end the word: not 表彰, 表示, 表态 …. */
const FORM = '(?:表格|报表|统计表|调查表|登记表|自查表|检查表|评分表|自评表|汇总表|信息表|情况表|明细表|一览表|问卷|[\u4e00-\u9fa5]{1,12}表(?=》))';
const HAND_IN = '(?:报送|上报|提交|呈报|报至|报给|报市|报区|报县|发送至|发至)';

const FORM_DEMAND = new RegExp(
  [
    // 填写…表, 填表, 填报…
    `(?:填写|填报|填制|填好|填齐|如实填写)[^，。；,;：:]{0,10}?${FORM}`,
    `填表(?!人|单位|日期|时间|说明|须知|要求)|填报表格`,
    // 报送…报表 / 书面材料
    `${HAND_IN}[^，。；,;：:]{0,8}?(?:${FORM}|${WRITTEN})`,
    // 提供 or 准备 a document that has to be written (not 提供书面材料: it may exist)
    `(?:提供|准备|撰写|起草|形成)[^，。；,;：:]{0,8}?(?:自查报告|自评报告|情况报告|书面报告|工作总结|总结报告|佐证材料|证明材料|${FORM})`,
    // 将自查报告…报送…
    `(?:将|把)?(?:${FORM}|${WRITTEN})[^，。；,;：:]{0,12}?${HAND_IN}`,
  ].join('|'),
  'g',
);

/** What exists already: 提供现有资料, 已有统计表. */
const EXISTING = /现有|已有|既有|原有|日常|现成/;
/** A negation right before the phrase: 不要求填表, 无需报送. */
const NEGATED = /(?:不|勿|免|无需|无须|不必|不用|不再|不另|不另行|不专门|不得|严禁|禁止|一律不)(?:再|另行|专门|要求|统一|安排)?$/;
/** The team itself, named in the phrase's clause as who does it (调研组形成书面报告…), not as the recipient (交调研组). */
const TEAM = /(^|[^向给交送报至到])(?:调研|督查|检查|考核|督导|巡查|工作)(?:组|小组|专班)|牵头单位/;
/** The team's own report. */
const OWN_REPORT = /调研报告|督查报告|检查报告|考核报告|调研成果/;

/** A form named by its title (填写《自查表》) is quoted with the closing 》. */
function closeTitle(h: PhraseHit): PhraseHit {
  const t = h.para.key;
  const span = t.slice(h.start, h.end);
  return t[h.end] === '》' && span.lastIndexOf('《') > span.lastIndexOf('》') ? { ...h, end: h.end + 1 } : h;
}

/** The plan's demands for forms and written materials on the units it visits. */
export function formDemands(model: DocModel): PhraseHit[] {
  return findSet(model, FORM_DEMAND).map(closeTitle).filter((h) => {
    const t = h.para.key;
    if (NEGATED.test(t.slice(Math.max(0, h.start - 6), h.start))) return false;
    if (EXISTING.test(t.slice(h.start, h.end)) || EXISTING.test(t.slice(Math.max(0, h.start - 4), h.start))) return false;
    if (OWN_REPORT.test(t.slice(h.start, sentenceEnd(t, h.end)))) return false;
    return !TEAM.test(t.slice(clauseStart(t, h.start, Math.max(0, h.start - 40)), h.start));
  });
}
