// doc.inspection-setting (national pack only; 《若干规定》统筹规范督查检查考核, summary): 不在部门文件、
// 领导讲话等中设定督查检查考核事项.
// Fires in a document issued only by departments, units or 议事协调机构 (of any level: not a 党委 or
// 政府, their 办公厅（室） or a 督查室), and in a leader's speech, where the text itself sets a
// 督查/检查/考核 item on others: 纳入…考核, 列入年度绩效考核, 开展专项督查, 对各区县…进行督导, 定期督查,
// 考核结果…通报; a document that is itself an assessment or inspection scheme (印发《…考核办法》) once,
// at its title. Silent where it forbids, questions or criticises such items, relays those of 党委/政府
// (市委、市政府将…纳入考核), cites an approved scheme (根据《…考核办法》), or states that the item is in
// the approved annual plan (已列入年度督查检查考核计划).

import type { DocModel } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import { CITE } from '../national';
import { demandParagraphs, sentenceOf, setIn, type PhraseHit } from '../semantics/phrases';
import { sentenceStart } from '../semantics/stance';
import { firstPerSentence, isSpeech, issuedByDepartmentAnyLevel, underProhibitingLead, type Found } from '../semantics/bodiesAndApps';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/** An item put into an assessment or an inspection: 纳入年度综合考核, 列入督查事项, 作为考核的重要内容. */
const INCLUDED = /(?:纳入|列入|计入|列为)[^，。；,;:]{0,24}?(?:考核|考评|绩效(?:考核|考评|评价|管理|目标)|督查|督导|督办|目标管理|目标责任|综合评价)|作为[^，。；,;:]{0,16}?(?:考核|考评|督查)(?:的)?(?:重要)?(?:内容|依据|指标|事项)/g;
/** The issuer organises one: 开展专项督查, 组织开展…专项督导, 对各区县…进行督导 (a bare 检查 right after its verb). */
const ORGANISED = /(?:开展|组织|实施|启动)[^，。；,;:]{0,16}?(?:督查|督导|督察|考核|考评|明察暗访)(?!调研)|(?:开展|组织|实施|启动|进行)(?:开展|实施)?(?:专项|全面|重点|随机|实地|联合|集中|不定期|定期|综合)?(?:督办|检查|抽查|巡查)|对[^，。；,;:]{1,24}?(?:进行|开展|组织|实施)(?:专项|全面|重点|随机|实地|不定期|定期|联合)?(?:督查|督导|督察|检查|抽查|考核|考评|巡查)/g;
/** Inspections on a schedule: 定期督查, 每季度开展一次督导. */
const REGULAR = /定期(?:开展|组织|进行)?(?:督查|督导|督办|检查|抽查|考核|考评|巡查)|每(?:月|季度|半年)[^，。；,;:]{0,8}?(?:督查|督导|考核|考评)/g;
/** What results are used for: 考核结果…通报, 考核排名, 实行量化考核. */
const RESULTS = /考核(?:结果|情况|得分|排名|等次)[^，。；,;:]{0,16}?(?:通报|排名|挂钩|运用|公布|奖惩)|(?:督查|检查|考评)(?:情况|结果)[^，。；,;:]{0,10}?(?:通报|排名)|(?:考核|考评|督查)排名|实行(?:量化|百分制|季度|月度|年度)?(?:考核|考评)/g;

/** Checks of things rather than of units' work: enforcement, safety, quality (检查 and 抽查 only). */
const CHECK_WORD = /^(?:[^督]*)(?:检查|抽查|巡查)$/;
const NOT_WORK = /执法|安全生产|安全隐患|隐患|消防|质量|抽检|检验|检测|体检|健康|监测|卫生|食品|药品|特种设备|设施|设备|排查/;
/** Exams, staff appraisal and acceptance, not assessments of work: 考生, 试用期考核, 公务员年度考核, 考核验收. */
const EXAM = /考生|考试|招聘|招录|应聘|面试|笔试|试用期|学员|培训|结业|学生|学分|职称|执业|录用|聘用|选拔|遴选|竞聘|转正|资格|公务员|工作人员(?:年度)?考核|平时考核|考核等次|优秀等次|验收/;
/** Checks of market players and statutory school supervision, not of lower governments' work. */
const NOT_GOVERNMENT = /企业|公司|商户|物业|经营者|个体|市场主体|供应商|承包商|施工单位|监理|督学|教育督导|督导评估/;
/** Someone else's inspection the issuer takes part in, or its own self-check. */
const NOT_OURS = /配合|协助|参加|参与|迎接|接受|迎检|自查|督查室|督查考核办公室/;
/** 党委/政府 set it and the department relays it: 市委、市政府将…纳入考核. */
const RELAYED = /(?:党中央|中共中央|中央|国务院|省委|省政府|市委|市政府|区委|区政府|县委|县政府|上级)(?:、(?:省|市|区|县)?(?:人民)?政府)?(?:已|已经)?(?:将|把|决定|明确)/;
/** An approved scheme cited: 根据《…考核办法》, 按照年度考核方案. */
const CITED_SCHEME = /(?:按照|根据|依据|按)[^，。；,;]{0,30}?(?:《|考核办法|考核方案|考核细则|考核计划|督查计划|考核实施)/;
/** The lower bodies whose work is inspected, for the bare 检查. */
const TARGETED = /各(?:区县|县|区|市|地|乡镇|镇|街道|村|社区|单位|部门|级|成员单位)|基层|下级|乡镇|街道|村\(社区\)|区县|县\(市、区\)|工作(?:开展|落实|推进)?情况|落实情况/;
/** The document is itself a scheme of assessment or inspection: 印发《…考核办法》, …督查工作方案. */
const SCHEME_TITLE = /(?:考核|考评|督查|督导|督察)[^，。；,;《》“”]{0,6}?(?:办法|细则|方案|评分标准|标准|计划|安排|规则|制度)/;
/** A title that repeals or reviews such a scheme. */
const ANNULLED = /废止|撤销|清理|取消|停止|暂停|修订/;
/** The item is in the approved annual plan. */
const PLANNED = /(?:列入|纳入)[^，。；,;]{0,16}?(?:督查检查考核|督检考|督查考核)(?:工作)?(?:计划|事项清单|清单)|经[^，。；,;]{0,16}?(?:批准|同意)[^，。；,;]{0,8}?(?:开展|实施)[^，。；,;]{0,10}?(?:督查|检查|考核)|已(?:报|向)[^，。；,;]{0,16}?备案/;

export default defineRule({
  id: 'doc.inspection-setting',
  title: msg('部门文件设定督查检查考核', 'Inspections set in department documents'),
  ...nationalOnly(CITE.inspections, ['N7-setting'], 'S', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '部门（单位、议事协调机构）文件或领导讲话设定督查、检查、考核、考评事项：纳入考核、开展专项督查、定期检查、考核结果通报。',
    'A department\'s (unit\'s, coordination body\'s) document or a leader\'s speech sets inspection or assessment items: 纳入考核, 开展专项督查, 定期检查, 考核结果通报.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const speech = isSpeech(m);
    if (!speech && !issuedByDepartmentAnyLevel(m, ctx.names)) return;
    if (planned(m)) return;
    const message = speech ? SPEECH_MSG : DEPARTMENT_MSG;
    // A scheme sets its items in every sentence: once, at its title.
    const scheme = schemeTitle(m);
    if (scheme) {
      ctx.report({ ...ctx.span(scheme.para, scheme.start, scheme.end), message: withCite(message, CITE.inspections) });
      return;
    }
    for (const p of demandParagraphs(m)) {
      // The title announces what the body sets (关于开展…专项督查的通知): the body is reported.
      if (p.role === 'title') continue;
      const found: Found[] = [];
      for (const re of [INCLUDED, ORGANISED, REGULAR, RESULTS]) {
        for (const h of setIn(p, re)) if (sets(h, speech)) found.push({ h, message });
      }
      for (const f of firstPerSentence(found)) {
        if (underProhibitingLead(m, p, f.h.start)) continue;
        ctx.report({ ...ctx.span(p, f.h.start, f.h.end), message: withCite(f.message, CITE.inspections) });
      }
    }
  },
});

/** Where the title names the document an assessment or inspection scheme, unless it repeals one. */
function schemeTitle(m: DocModel): { para: Paragraph; start: number; end: number } | null {
  for (const p of m.title) {
    if (ANNULLED.test(m.titleKey)) return null;
    const hit = SCHEME_TITLE.exec(p.key);
    if (hit) return { para: p, start: hit.index, end: hit.index + hit[0].length };
  }
  return null;
}

const plannedDocs = new WeakMap<DocModel, boolean>();

/** The document says its item is in the approved annual plan (once per model). */
function planned(m: DocModel): boolean {
  let v = plannedDocs.get(m);
  if (v === undefined) plannedDocs.set(m, (v = m.paragraphs.some((p) => PLANNED.test(p.key))));
  return v;
}

/** The hit sets an inspection or assessment of others' work (a speech speaks for its 党委 or 政府). */
function sets(h: PhraseHit, speech: boolean): boolean {
  const sentence = sentenceOf(h);
  const written = h.para.key.slice(h.start, h.end);
  if (EXAM.test(sentence) || NOT_GOVERNMENT.test(sentence) || CITED_SCHEME.test(sentence)) return false;
  if (!speech && (NOT_OURS.test(sentence) || RELAYED.test(before(h)))) return false;
  // A bare 检查 is an inspection of units only when their work is named, and never of things.
  if (CHECK_WORD.test(written) && (NOT_WORK.test(sentence) || !TARGETED.test(sentence))) return false;
  return true;
}

/** The sentence up to the hit. */
function before(h: PhraseHit): string {
  const t = h.para.key;
  return t.slice(sentenceStart(t, h.start), h.start);
}

const DEPARTMENT_MSG = msg(
  '部门文件设定了督查检查考核事项；督查检查考核应按年度计划统筹、报批，不在部门文件中设定，请删除或报请党委、政府列入年度计划',
  'A department\'s document sets an inspection or assessment item; such items are planned and approved yearly by the party committee and government, not set in department documents: remove it or have it put in the annual plan',
);
const SPEECH_MSG = msg(
  '领导讲话设定了督查检查考核事项；督查检查考核应按年度计划统筹、报批，不在领导讲话中设定，请删除',
  'The speech sets an inspection or assessment item; such items are planned and approved yearly, not set in leaders\' speeches: remove it',
);
