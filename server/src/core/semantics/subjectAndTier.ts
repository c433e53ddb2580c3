// What the national document rules (《整治形式主义为基层减负若干规定》, part 1 and parts 4 and 7)
// ask of a document besides its phrases: what its title is about (a 专门文件 on a matter may set
// that matter), what kind of body issues it (群团组织, 国有企事业单位, 社会组织; above the county
// or not), and whether a demand is negated in its own clause (一般不提出…).

import type { Names } from '../names';
import type { DocModel } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import { issuersOf } from './issuer';
import { clauseStart, sentenceEnd, sentenceStart } from './stance';

/**
 * The title as its subject reads: the main title, which for a 印发/转发 notice names the document
 * it prints (关于印发《…》的通知), and the printed documents' own names.
 */
export function titleSubject(model: DocModel): string {
  // What follows the first 关于 (济南市安全生产委员会关于… names its issuer, not its subject).
  return [model.titleKey, ...model.printedNames].map((t) => t.replace(/^[^《》]*?关于/, '')).join('｜');
}

/**
 * A 专门文件 on the matter: its title is about it (关于签订安全生产责任书的通知, 《…“一票否决制”实施
 * 办法》). `subject` is tested on the title and the names of the documents it prints.
 */
export function dedicatedTo(model: DocModel, subject: RegExp): boolean {
  subject.lastIndex = 0;
  return subject.test(titleSubject(model));
}

/** Bodies of the 群团组织: 工会、共青团、妇联、科协、侨联、文联、残联、红十字会、工商联 …. */
const MASS = /工会|共青团|(?<!集)团(?:中央|省委|市委|县委|区委|委)|妇联|妇女联合会|科协|科学技术协会|侨联|归国华侨联合会|文联|文学艺术界联合会|残联|残疾人联合会|红十字会|工商联|工商业联合会|社科联|社会科学界联合会|作家协会|关工委|关心下一代工作委员会/;
/** 国有企业 and 事业单位 by their names (…集团、…有限公司、…银行；…医院、…中心、…研究院、…学校). */
const STATE_OWNED = /集团|有限(?:责任)?公司|股份公司|总公司|分公司|公司$|银行|医院|卫生院|疾病预防控制中心|疾控中心|研究院|研究所|科学院|大学|学院|学校|出版社|报社|电视台|广播电视台|博物馆|图书馆|[^政务]中心$/;
/** 社会组织: 协会、学会、商会、基金会、促进会、研究会 and the like (not the 群团's 联合会). */
const SOCIAL = /协会|学会|商会|基金会|促进会|研究会|联谊会|联盟$|(?<!妇女|残疾人|归国华侨|工商业|文学艺术界|社会科学界)联合会/;

export type IssuerGroup = 'mass' | 'stateOwned' | 'social';

/** Whether the name is that of a 群团组织, a 国有企事业单位 or a 社会组织 (the first that fits), else null. */
export function issuerGroup(name: string): IssuerGroup | null {
  if (MASS.test(name)) return 'mass';
  if (SOCIAL.test(name)) return 'social';
  if (STATE_OWNED.test(name)) return 'stateOwned';
  return null;
}

/** The groups among the document's issuers (版头, title, 署名). */
export function issuerGroups(model: DocModel, names: Names): IssuerGroup[] {
  const out: IssuerGroup[] = [];
  for (const i of issuersOf(model, names)) {
    const g = issuerGroup(i.name);
    if (g && !out.includes(g)) out.push(g);
  }
  return out;
}

/** Bodies of a province or the centre (and the province's own 厅/局). */
const PROVINCIAL = /^(?:中共中央|中央|国务院|全国|国家|中华人民共和国)|(?:省|自治区)(?:委|人民政府|政府|[\u4e00-\u9fa5]{0,12}?(?:厅|局|委|办|部|会|院|室|中心|小组|指挥部))|部$|总局$/;
/** Bodies of a township, sub-district, village or community. */
const BELOW_COUNTY = /[乡镇](?:人民政府|党委|政府)?$|街道|村(?:委会|民委员会)?$|社区|居委会/;

/**
 * How the issuers sit against the county: 'above' (a city, province or central body), 'county'
 * (a 区县 body, or one below it), or null when no issuer is named or none can be placed.
 * Joint issuers: above when any is above the county (the one that borrows).
 */
export function issuerTier(model: DocModel, names: Names): 'above' | 'county' | null {
  let tier: 'above' | 'county' | null = null;
  for (const i of issuersOf(model, names)) {
    const t = tierOf(i.name, i.level);
    if (t === 'above') return 'above';
    if (t) tier = t;
  }
  return tier;
}

function tierOf(name: string, level: string): 'above' | 'county' | null {
  if (level === 'district') return 'county';
  if (BELOW_COUNTY.test(name)) return 'county';
  if (level === 'leadership' || level === 'department' || level === 'coordination' || level === 'inspectionOffice') return 'above';
  if (PROVINCIAL.test(name)) return 'above';
  if (/[县区](?:委|人民政府|政府|党委|[\u4e00-\u9fa5]{0,10}?(?:局|委|办|部))$/.test(name)) return 'county';
  return null;
}

/** Words that negate a demand within its own clause: 一般不提出…, 无需报送…, 不再要求…. */
const CLAUSE_NEGATION = /不|无需|无须|毋须|免于|免予|勿|严禁|禁止|杜绝|避免|防止|取消|停止/;
/** 不 in words that negate nothing: 不断加强, 不少于, 不定期, 不同部门, 落实不力. */
const NOT_NEGATING = /不断|不少于|不低于|不多于|不高于|不超过|不定期|不同|不足|不良|不力|不到位|不规范|不折不扣|不懈/g;

/**
 * The clause before t[i] (back to the last ，；。) negates what follows (一般不提出报送贯彻落实情况的
 * 要求, 无需另行制定实施方案). stanceAt reads a fixed list of verbs after 不; this reads any.
 */
export function negatedInClause(t: string, i: number): boolean {
  const s0 = sentenceStart(t, i);
  const before = t.slice(clauseStart(t, i, s0), i).replace(NOT_NEGATING, '');
  return CLAUSE_NEGATION.test(before);
}

/** 原则上不对…提出具体要求 / 一般不就…作出规定: a rule that forbids demanding what it lists. */
const NO_DEMANDS_ON = /(?:原则上|一般|不得|严禁)?不(?:得)?(?:对|就|再对|再就)[^，,。；;]{0,60}$/;
const DEMAND_AFTER = /^[^。；;]{0,30}?(?:提出|作出|设定|设置)[^。；;]{0,8}?(?:要求|规定)/;

/**
 * The phrase at t[i..j) is one of the matters a sentence forbids demanding (原则上不对机构编制……
 * “一票否决”和签订责任状等事项提出具体要求): stanceAt reads 不得/不要求 before a phrase, not 不对…提出.
 */
export function listedAsNotDemanded(t: string, i: number, j: number): boolean {
  const s0 = sentenceStart(t, i);
  return NO_DEMANDS_ON.test(t.slice(clauseStart(t, i, s0), i)) && DEMAND_AFTER.test(t.slice(j, sentenceEnd(t, j)));
}

/** Where p stands in the model's paragraphs (its own index when the model holds them all). */
export function indexIn(model: DocModel, p: Paragraph): number {
  return model.paragraphs[p.index] === p ? p.index : model.paragraphs.indexOf(p);
}

// ---- Campaigns (doc.compliance-campaign) ----

/** A paragraph shaped as a 公文 title: …关于…的通知 (no sentence inside). */
const TITLE_SHAPE = /^[^，。；;:,]{0,40}?关于[^，。；;:]{2,100}?的(?:通知|通报|方案|意见|决定|函|公告|办法|规定|安排|计划)$/;
/** How far into the text a title misread as body may stand (after a mirror's header lines). */
const TITLE_REACH = 10;

/**
 * The title the document reads under: the title the frame found when it is shaped as one, else the
 * first body paragraph shaped as a title before any sentence (a web copy whose header lines took the
 * title's place: 明升体育app下载 … 关于增报…创建单位有关事项的通知).
 */
export function titleParagraph(model: DocModel): Paragraph | null {
  const t = model.title[0] ?? null;
  if (t && /关于|(?:通知|通报|方案|意见|决定|办法|规定|计划|安排)$/.test(model.titleKey)) return t;
  for (const p of model.paragraphs.slice(0, TITLE_REACH)) {
    if (p.role === 'title') continue;
    if (TITLE_SHAPE.test(p.key)) return p;
    if (/[。；;]/.test(p.key)) break;
  }
  return t;
}
