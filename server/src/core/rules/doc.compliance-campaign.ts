// doc.compliance-campaign (national pack, 《若干规定》规范创建示范和达标活动; the wording known only
// as a summary, and the 2019 notice as the official release describes it: 对涉及城市评选评比表彰的
// 各类创建活动进行集中清理).
// Fires (warning) where a 群团组织, 国有企事业单位 or 社会组织 (by the issuer's name in the frame)
// launches a 达标 / 创建 / 评比 / 认定 of models aimed at 乡镇（街道）, 村（社区） or 学校 (开展“五星级社区”
// 创建, 评选示范村, 科普示范社区认定, 达标学校验收): at the title when the title launches the round for
// those objects (关于申报…社区微型科普馆的通知), else at the clause. Fires (info), whoever issues it, at
// the title of a document that launches a 创建 activity, a 城市 评选评比表彰 (关于开展全国文明城市创建
// 工作的通知) or the designation of model units of a lower level (申报推荐…科普示范社区, 示范村评选), once.
// A title misread as body (a web copy whose header lines took its place) still counts as the title.
// Silent on texts that regulate, clean up or forbid campaigns (关于规范创建示范活动的通知, 不得开展…
// 达标活动), that announce results (关于命名…示范村的通知, 公布…名单, 公示), that only cite one (《…》),
// on a title that names 示范 or 创建 only as a place or a project (示范区建设, 做好示范村建设), and on
// 认定 of anything but a model or a grade (残疾等级认定).

import { CITE } from '../national';
import { issuersOf } from '../semantics/issuer';
import { findSet, type PhraseHit } from '../semantics/phrases';
import { issuerGroups, negatedInClause, titleParagraph, type IssuerGroup } from '../semantics/subjectAndTier';
import { clauseEnd, clauseStart, sentenceStart, setsAt } from '../semantics/stance';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/**
 * A campaign: 达标 (活动, 验收, 创建), 创建 of models or grades, 评比, 评选, the 认定 of a model or a
 * grade (科普示范社区认定, 社区微型科普馆认定 — not 工伤认定), 命名、授牌.
 */
const CAMPAIGN = /达标(?:创建|活动|验收|评比|考核|升级)?|创建|争创|评比|评选|星级评定|示范(?:村|社区|乡镇|街道|镇|校|学校)(?:创建|评选|认定)?|(?<=(?:示范|先进|星级|达标|标准化|规范化|模范|文明|样板|标杆|品牌|特色|优秀|五好|红旗|基地|科普馆|之家)[^，。；,;]{0,6}?)认定|命名[、和]?授牌|授牌|挂牌命名|命名挂牌/g;
/** Its objects: 乡镇（街道）、村（社区）、学校. */
const GRASSROOTS = /乡镇|街道|[^农]村|^村|社区|学校|校园|中小学|幼儿园|(?:示范|达标|星级|先进|文明)(?:村|镇|校)/;
/** A title that launches one: 关于开展…创建工作的通知, …创建实施方案, 评选…的通知, 申报…认定. */
const LAUNCH_TITLE = /(?:开展|组织|启动|部署|推进|做好|申报|推荐|增报|遴选)[^｜]{0,40}?(?:创建|评比|评选|达标|认定|命名)|(?:创建|争创)[^｜]{0,40}?(?:工作|活动|行动)?(?:的)?(?:通知|方案|意见|计划|安排)$|评比|评选/;
/** The verb of a title that launches an application round or a campaign (its first word, for the span). */
const LAUNCH_VERB = /开展|组织|启动|部署|推进|做好|申报|推荐|增报|遴选|评选|评比|认定|创建|争创/;
/**
 * Titles that regulate, clean up or announce results (关于命名…, 公布…名单, 公示), or convene a
 * meeting on a running campaign: not launch. 命名 launches where it is the work (开展…认定命名工作).
 */
const NOT_LAUNCH = /规范|清理|整治|精简|压减|减少|取消|撤销|关于(?:命名|授予|认定|确定)|命名[^｜]{0,30}?为|公布|公示|表彰[^｜]{0,10}?决定|通报表扬|结果|名单|复核|复查|召开|会议|推进会|座谈会|培训班/;
/** A model or graded unit of a lower level the title designates: 科普示范社区, 示范村, 先进乡镇, 文明校园. */
const DESIGNATED_UNIT = /(?:示范|先进|星级|达标|模范|文明|样板|标杆|标准化)(?:县|乡镇|乡|镇|街道|村镇|村|社区|学校|校园|校)(?!卫生|级|委|民|医|部|务)/;
/** A 城市 评选评比表彰 (T19): 文明城市, 卫生城市, 园林城市, 森林城市 …. */
const CITY = /(?:文明|卫生|园林|森林|生态|宜居|智慧|节水|健康|安全发展示范|双拥模范|食品安全示范|旅游)城市|城市[^｜]{0,6}?(?:评选|评比|创建)/;

const GROUP: Record<IssuerGroup, Msg> = {
  mass: msg('群团组织', 'a mass organisation'),
  stateOwned: msg('国有企事业单位', 'a state-owned enterprise or public institution'),
  social: msg('社会组织', 'a social organisation'),
};

/** A school's own document says 学校 of itself (学校决定开展文明宿舍评比): only 乡镇、村、社区 are objects then. */
const SCHOOL = /学校|大学|学院|中学|小学|幼儿园/;
const NOT_SCHOOL = /乡镇|街道|[^农]村|^村|社区/;

/** The campaign's clause (or the title) names 乡镇（街道）、村（社区） or 学校 as its objects. */
function targetsGrassroots(h: PhraseHit, school: boolean): boolean {
  const t = h.para.key;
  if (negatedInClause(t, h.start)) return false;
  const s0 = sentenceStart(t, h.start);
  const clause = t.slice(clauseStart(t, h.start, s0), clauseEnd(t, h.end, t.length));
  return (school ? NOT_SCHOOL : GRASSROOTS).test(clause);
}

/** A designating verb: the unit is applied for, put forward, rated or named. */
const DESIGNATE_VERB = /申报|推荐|增报|遴选|评选|评比|认定|命名|创建|争创/;

/** The model unit a title designates when a designating verb goes with it (not 做好示范村建设). */
function designationIn(key: string): RegExpExecArray | null {
  return DESIGNATE_VERB.test(key) ? DESIGNATED_UNIT.exec(key) : null;
}

/** What the finding calls the activity: the hit's word, or for a bare 示范社区 the body's verb (认定). */
function activityWord(hit: PhraseHit, hits: readonly PhraseHit[]): string {
  const text = (h: PhraseHit) => h.para.text.slice(h.start, h.end);
  const hasVerb = (h: PhraseHit) => /创建|评选|评比|认定|达标|争创|命名|授牌/.test(h.para.key.slice(h.start, h.end));
  if (hasVerb(hit)) return text(hit);
  const verb = hits.find(hasVerb);
  return verb ? text(verb) : text(hit);
}

/** The end of what a title launches: before its 的通知 (方案, 意见 …). */
const GENRE_END = /的?(?:有关事项的)?(?:通知|方案|意见|计划|安排|函)$/;

/**
 * The title's launch of the campaign for grassroots objects, from its verb to its genre word
 * (申报2020年社区微型科普馆(科普基地)), or null when the title launches nothing for them.
 */
function titleAnchor(title: Paragraph, school: boolean): PhraseHit | null {
  const t = title.key;
  const v = LAUNCH_VERB.exec(t);
  if (!v) return null;
  const end = Math.max(v.index + v[0].length, t.search(GENRE_END) < 0 ? t.length : t.search(GENRE_END));
  if (!(school ? NOT_SCHOOL : GRASSROOTS).test(t.slice(v.index, end)) || !setsAt(title, v.index, v.index + v[0].length)) return null;
  return { para: title, start: v.index, end };
}

export default defineRule({
  id: 'doc.compliance-campaign',
  title: msg('创建示范和达标活动', 'Model-unit campaigns and compliance drives'),
  // 群团组织、国有企事业单位、社会组织不得开展以乡镇（街道）、村（社区）、学校为对象的达标活动 (a summary);
  // 对涉及城市评选评比表彰的各类创建活动进行集中清理 (2019, the official release).
  ...nationalOnly(CITE.campaigns, ['N-campaigns', 'T19-campaigns'], 'S', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '群团组织、国有企事业单位、社会组织开展以乡镇（街道）、村（社区）、学校为对象的达标、创建、评比、认定活动；任何机关开展城市评选评比表彰、创建活动或评定下级示范单位（提示）。',
    'A mass organisation, state-owned unit or social organisation runs compliance, model-unit, rating or recognition drives aimed at townships, villages or schools; any body launching a city rating, a 创建 campaign or the designation of lower-level model units (info).',
  ),
  options: [],
  check(ctx) {
    const model = ctx.model;
    const title = titleParagraph(model);
    const titleKey = !title ? '' : title === model.title[0] ? model.titleKey : title.key;
    const regulates = NOT_LAUNCH.test(titleKey);
    // A title launches a campaign (开展…创建工作) or the designation of model units (申报…科普示范社区).
    const launches = !!title && !regulates && ((LAUNCH_TITLE.test(titleKey) && /创建|评比|评选|达标|争创|认定|命名/.test(titleKey)) || designationIn(titleKey) !== null);
    const groups = issuerGroups(model, ctx.names);
    if (groups.length && !regulates) {
      const school = issuersOf(model, ctx.names).some((i) => SCHOOL.test(i.name));
      const hits = findSet(model, CAMPAIGN).filter((h) => targetsGrassroots(h, school));
      const hit = hits[0];
      if (hit && (launches || hit.para.role !== 'title')) {
        const who = GROUP[groups[0]!];
        const word = activityWord(hit, hits);
        // The title launches the round for the same objects (关于申报…社区微型科普馆的通知): the activity as a whole.
        const at = (title && hit.para !== title && titleAnchor(title, school)) || hit;
        ctx.report({
          ...ctx.span(at.para, at.start, at.end),
          message: withCite(
            msg(
              `${who.zh}开展以乡镇（街道）、村（社区）或学校为对象的“${word}”活动；不得开展以乡镇（街道）、村（社区）、学校为对象的达标活动，请取消或报经批准纳入创建示范活动目录`,
              `${who.en.replace(/^./, (c) => c.toUpperCase())} runs a "${word}" drive aimed at townships, villages or schools; such drives are not to be run: drop it, or have it approved and listed`,
            ),
            CITE.campaigns,
          ),
        });
        return;
      }
    }
    if (!title || regulates) return;
    // Any issuer: a 创建 campaign, a 城市 评选评比 (a unit's own 评比 of its dormitories is neither), or
    // the designation of model units of a lower level (申报推荐…科普示范社区, 示范村评选).
    const city = CITY.test(titleKey);
    const at = launches && (city || /创建|争创/.test(titleKey)) ? (city ? /创建|争创|评比|评选/ : /创建|争创/).exec(title.key) : designationIn(title.key);
    // The title itself must set the campaign (not forbid or cite it).
    if (!at || !setsAt(title, at.index, at.index + at[0].length)) return;
    ctx.report({
      ...ctx.span(title, at.index, at.index + at[0].length),
      severity: 'info',
      message: withCite(
        city
          ? msg('文件开展涉及城市评选评比表彰的创建活动；此类创建活动已集中清理，请确认该活动在保留的创建示范项目目录内并经批准', 'The document launches a city rating or award campaign; such campaigns were cleaned up: make sure this one is on the approved list')
          : msg('文件开展创建示范活动；创建示范活动应从严控制、经批准并纳入目录管理，不得以乡镇（街道）、村（社区）、学校为对象开展达标活动', 'The document launches a model-unit campaign (创建); such campaigns need approval and listing, and must not target townships, villages or schools'),
        CITE.campaigns,
      ),
    });
  },
});
