// doc.side-requirements (national pack, 《若干规定》切实精简文件; the wording known only as a
// summary): 除专门文件外，原则上不对机构编制、干部配备、工资福利待遇、创建示范、达标……等事项提出具体要求。
// Fires where a document that is not about the matter asks lower levels (各区县, 乡镇（街道）, 村
// （社区）, 基层, 各单位) to set up a body or office (设立…办公室), to staff it (配备专职人员, 配备2名…),
// to assign 编制, to pay or raise 工资/补贴/待遇 of named staff, or to create 示范 / reach 达标.
// 专门文件: the title (or the document a 印发 notice prints) is about the matter — 关于加强社区工作者
// 队伍建设的意见 may staff, 关于开展示范村创建的通知 may create — and so is a document of the body
// whose business the matter is (编办, 组织部, 人社).
// Silent where the text forbids or limits the demand, for the issuer's own arrangements (市局设立
// 专班办公室), for 议事协调机构 and their offices (doc.temporary-body's business), for a 联络员 or
// 专人 named to do a task, and for 编制 as a verb (编制规划, 编制预算).

import type { DocModel } from '../model/types';
import { CITE } from '../national';
import { findSet, sentenceOf, type PhraseHit } from '../semantics/phrases';
import { dedicatedTo, issuerGroups, negatedInClause } from '../semantics/subjectAndTier';
import { issuersOf } from '../semantics/issuer';
import { sentenceStart } from '../semantics/stance';
import type { Msg } from '../types';
import { defineRule, type RuleContext } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

interface Matter {
  id: 'body' | 'staff' | 'quota' | 'pay' | 'campaign';
  pattern: RegExp;
  /** Titles of documents dedicated to the matter. */
  dedicated: RegExp;
  /** What the demand is called in the message. */
  zh: string;
  en: string;
}

/** A person in a post (网格员, 专干, 社工, 教师 …) whose staffing a document might set. */
const PERSON = '(?:工作人员|人员|干部|[\\u4e00-\\u9fa5]{1,4}员|专干|社工|社会工作者|教师|医生|村医|护士|队员|书记|主任)';
/** Staff of public bodies and the grassroots, whose pay a side demand might set. */
const STAFF = '(?:干部|工作人员|专职人员|编外人员|聘用人员|辅助人员|[\\u4e00-\\u9fa5]{0,3}网格员|协管员|协理员|社区工作者|社工|专干|村医|乡村医生|(?:村|社区)(?:\\(社区\\))?(?:两委)?(?:干部|成员|书记|主任))';

const MATTERS: readonly Matter[] = [
  {
    id: 'body',
    // 设立…办公室 / 成立专门机构 / 单设…工作站 (not 领导小组, 指挥部, 专班: doc.temporary-body).
    pattern: /(?:设立|设置|组建|成立|单设|增设|挂牌成立|独立设置)(?:[^，,。；;、]{0,12}?)(?:专门|专职|独立)?(?:工作)?(?:机构|办公室|工作站|服务站|管理站)/g,
    dedicated: /机构|编制|职能|办公室|工作站|服务站|管理站|体制/,
    zh: '设立机构', en: 'setting up bodies',
  },
  {
    id: 'staff',
    // 配备专职人员 / 配齐专职网格员 / 配备2名工作人员 / 明确1名专职干部.
    // 专门…人员负责 or 明确2名工作人员 designates people for a task; 专职 or 配备N名 staffs a post.
    pattern: new RegExp(`(?:配备|配齐|配强|配足|确定|明确|安排|落实|增配)[^，,。；;]{0,10}?(?:专职|专岗)[^，,。；;]{0,8}?${PERSON}|(?:配备|配齐|配强|配足|增配)[^，,。；;]{0,10}?(?:不少于|至少)?(?:\\d+|[一二两三四五六七八九十])名(?:以上)?[^，,。；;]{0,8}?${PERSON}`, 'g'),
    dedicated: /队伍|人员|干部|人才|编制|配备|工作者|专职|(?<!委|成)员(?!会)/,
    zh: '配备专职人员', en: 'staffing',
  },
  {
    id: 'quota',
    // 编制 as a staffing quota, not the verb (编制规划, 编制预算).
    pattern: /(?:行政|事业|人员|机构|专项|周转)编制|编制(?:数|名额|总量|员额)|(?:核定|核增|增加|增核|调剂|划转|单列|落实|保障|配足)[^，,。；;、]{0,10}?编制(?![规方预计报目清标图工])/g,
    dedicated: /机构|编制|职能|体制/,
    zh: '编制', en: 'staffing quotas (编制)',
  },
  {
    id: 'pay',
    // 落实网格员补贴 / 提高村干部报酬 / 专职人员工资不低于… (the staff of public bodies and the
    // grassroots, not 职工, 离退休人员 or contracted workers, whose pay is policy of its own).
    pattern: new RegExp(`(?:落实|提高|保障|发放|给予|确保|增加|兑现|提升)[^，,。；;]{0,10}?${STAFF}[^，,。；;]{0,6}?(?:工资|薪酬|报酬|补贴|津贴|福利|待遇)|${STAFF}[^，,。；;]{0,6}?(?:工资|薪酬|报酬|补贴|津贴|福利|待遇)[^，,。；;]{0,6}?(?:不低于|不少于|按照?每|每人每月|标准为)`, 'g'),
    // Pay of the staff a document is about (关于加强社区工作者队伍建设的意见) is its own matter.
    dedicated: /工资|薪酬|报酬|待遇|补贴|津贴|福利|激励|关爱|收入|队伍|人才|人员|干部|工作者|(?<!委|成)员(?!会)/,
    zh: '工资福利待遇', en: 'pay and benefits',
  },
  {
    id: 'campaign',
    // 创建示范村 / 每个乡镇创建1个示范点 / 开展达标活动 / 达标率.
    // 达标率 is a performance figure, not a 达标 campaign.
    pattern: /创建[^，,。；;]{0,12}?(?:示范|标准化|星级|先进|品牌)(?:乡镇|街道|村|社区|单位|点|区|县|校|学校|企业|基地)?|争创[^，,。；;]{0,12}?(?:示范|先进)|达标(?:创建|活动|验收|评比)|开展[^，,。；;]{0,10}?达标(?!率)/g,
    dedicated: /创建|示范|达标|评选|评比|表彰|星级|标准化|试点|文明/,
    zh: '创建示范、达标', en: 'model-unit campaigns and compliance targets',
  },
];

/** The demand is on lower levels or the units addressed as a whole. */
const LOWER = /各(?:地|级|区|县|市|乡|镇|街|村|社区|单位|部门|有关|成员|学校|企业|医院)|乡镇|街道|村(?!民)|社区|基层|县级|区县|县\(市、区\)|每个|每村|每镇|每街道|每所/;
/** 议事协调机构 and task forces: doc.temporary-body's business. */
const COORDINATION = /领导小组|指挥部|专班|委员会|联席会议|工作组/;
/** Staffing within what exists, which asks for nothing new: 在核定的编制内调剂, 不新增编制. */
const WITHIN = /(?:现有|核定的?|既有|原有)(?:人员)?编制内|编制总量内|不新增(?:机构|编制)|内部调剂/;
/** A contact or a named person for a task, not staffing: 联络员, 信息员, 联系人, 专人; retirees' pay. */
const CONTACT = /联络员|信息员|联系人|对接人|专人|退休/;
/** The issuer's own arrangement: 市局设立…, 在市发改委设立…, 由市…负责. */
const OWN = /^[^，,。；;各]{0,6}?(?:市|省|自治区|本)[\u4e00-\u9fa5]{0,14}?(?:局|委|厅|办|部|院|中心|政府)(?:内|机关)?(?:设立|成立|将|拟|要(?!求)|负责)|在(?:市|省)[\u4e00-\u9fa5]{1,14}?(?:局|委|厅|办|部|院|中心)/;
/** Bodies whose business these matters are: their documents are 专门文件 on them. */
const COMPETENT = /编办|机构编制|组织部|人力资源和社会保障|人社|人事/;

function dedicated(model: DocModel, ctx: RuleContext, m: Matter): boolean {
  if (dedicatedTo(model, m.dedicated)) return true;
  return m.id !== 'campaign' && issuersOf(model, ctx.names).some((i) => COMPETENT.test(i.name));
}

function demandsOfLower(h: PhraseHit): boolean {
  const t = h.para.key;
  const sentence = sentenceOf(h);
  const written = t.slice(h.start, h.end);
  if (COORDINATION.test(written) || CONTACT.test(written)) return false;
  if (negatedInClause(t, h.start) || WITHIN.test(sentence)) return false;
  if (OWN.test(t.slice(sentenceStart(t, h.start), h.start))) return false;
  return LOWER.test(sentence);
}

function message(m: Matter, written: string): Msg {
  return msg(
    `文件对${m.zh}提出具体要求（“${written}”）；除专门文件外，原则上不对机构编制、干部配备、工资福利待遇、创建示范、达标等事项提出具体要求，请删除或另按专门文件办理`,
    `The document sets a specific demand on ${m.en} ("${written}"); only a document dedicated to the matter should: drop it or leave it to such a document`,
  );
}

export default defineRule({
  id: 'doc.side-requirements',
  title: msg('附带提出机构编制等要求', 'Side demands on bodies, staff and pay'),
  // 除专门文件外，原则上不对机构编制、干部配备、工资福利待遇、创建示范、达标……提出具体要求。 (a summary)
  ...nationalOnly(CITE.documents, ['N3-special'], 'S', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '非专门文件要求下级设立机构、配备专职人员、核定编制、落实工资福利待遇，或创建示范、达标。',
    'A document not dedicated to the matter asks lower levels to set up bodies, staff them, assign 编制, pay or raise benefits, or create model units and reach targets.',
  ),
  options: [],
  check(ctx) {
    const model = ctx.model;
    // 群团组织、国有企事业单位、社会组织 aiming a campaign at the grassroots: doc.compliance-campaign says so.
    const campaignIssuer = issuerGroups(model, ctx.names).length > 0;
    const seen = new Set<string>();
    for (const m of MATTERS) {
      if (dedicated(model, ctx, m)) continue;
      for (const h of findSet(model, m.pattern)) {
        if (m.id === 'campaign' && campaignIssuer) continue;
        const key = `${h.para.start}:${sentenceStart(h.para.key, h.start)}`;
        if (seen.has(key) || !demandsOfLower(h)) continue;
        seen.add(key);
        const written = h.para.text.slice(h.start, h.end);
        ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withCite(message(m, written), CITE.documents) });
      }
    }
  },
});
