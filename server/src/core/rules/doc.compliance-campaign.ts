// doc.compliance-campaign (national pack, 《若干规定》规范创建示范和达标活动; the wording known only
// as a summary, and the 2019 notice as the official release describes it: 对涉及城市评选评比表彰的
// 各类创建活动进行集中清理).
// Fires (warning) where a 群团组织, 国有企事业单位 or 社会组织 (by the issuer's name in the frame)
// launches a 达标 / 创建 / 评比 aimed at 乡镇（街道）, 村（社区） or 学校 (开展“五星级社区”创建, 评选
// 示范村, 达标学校验收). Fires (info), whoever issues it, on a document that launches a 创建 activity
// or a 城市 评选评比表彰 (关于开展全国文明城市创建工作的通知, 国家卫生城市创建实施方案), once, at the title.
// Silent on texts that regulate, clean up or forbid campaigns (关于规范创建示范活动的通知, 不得开展…
// 达标活动), that announce results (关于命名…示范村的决定, 公布…名单), that only cite one (《…》), and
// on a title that names 示范 or 创建 only as a place or a project (示范区建设, 创建的成果).

import { CITE } from '../national';
import { issuersOf } from '../semantics/issuer';
import { findSet, type PhraseHit } from '../semantics/phrases';
import { issuerGroups, negatedInClause, type IssuerGroup } from '../semantics/nationalDocA';
import { clauseEnd, clauseStart, sentenceStart, setsAt } from '../semantics/stance';
import type { Msg } from '../types';
import { defineRule } from './rule';
import { msg, withCite } from './kit/util';

/** A campaign: 达标 (活动, 验收, 创建), 创建 of models or grades, 评比, 评选. */
const CAMPAIGN = /达标(?:创建|活动|验收|评比|考核|升级)?|创建|争创|评比|评选|星级评定|示范(?:村|社区|乡镇|街道|镇|校|学校)(?:创建|评选|认定)?/g;
/** Its objects: 乡镇（街道）、村（社区）、学校. */
const GRASSROOTS = /乡镇|街道|[^农]村|^村|社区|学校|校园|中小学|幼儿园|(?:示范|达标|星级|先进|文明)(?:村|镇|校)/;
/** A title that launches one: 关于开展…创建工作的通知, …创建实施方案, 评选…的通知. */
const LAUNCH_TITLE = /(?:开展|组织|启动|部署|推进|做好|申报|推荐)[^｜]{0,40}?(?:创建|评比|评选|达标)|(?:创建|争创)[^｜]{0,40}?(?:工作|活动|行动)?(?:的)?(?:通知|方案|意见|计划|安排)$|评比|评选/;
/** Titles that regulate, clean up or announce results, or convene a meeting on a running campaign: not launch. */
const NOT_LAUNCH = /规范|清理|整治|精简|压减|减少|取消|撤销|命名|公布|表彰[^｜]{0,10}?决定|通报表扬|结果|名单|复核|复查|召开|会议|推进会|座谈会|培训班/;
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

export default defineRule({
  id: 'doc.compliance-campaign',
  title: msg('创建示范和达标活动', 'Model-unit campaigns and compliance drives'),
  clause: CITE.campaigns.zh,
  clauseKeys: ['N-campaigns', 'T19-campaigns'],
  packs: {
    // 群团组织、国有企事业单位、社会组织不得开展以乡镇（街道）、村（社区）、学校为对象的达标活动 (a summary);
    // 对涉及城市评选评比表彰的各类创建活动进行集中清理 (2019, the official release).
    'national-2024': { cite: CITE.campaigns, keys: ['N-campaigns', 'T19-campaigns'], grade: 'S', severity: 'warning' },
  },
  visits: ['Document'],
  defaultSeverity: 'off',
  fixable: false,
  description: msg(
    '群团组织、国有企事业单位、社会组织开展以乡镇（街道）、村（社区）、学校为对象的达标、创建、评比活动；任何机关开展城市评选评比表彰或创建活动（提示）。',
    'A mass organisation, state-owned unit or social organisation runs compliance, model-unit or rating drives aimed at townships, villages or schools; any body launching a city rating or a 创建 campaign (info).',
  ),
  options: [],
  check(ctx) {
    const model = ctx.model;
    const title = model.title[0] ?? null;
    const titleKey = model.titleKey;
    const regulates = NOT_LAUNCH.test(titleKey);
    const launches = !!title && LAUNCH_TITLE.test(titleKey) && !regulates && /创建|评比|评选|达标|争创/.test(titleKey);
    const groups = issuerGroups(model, ctx.names);
    if (groups.length && !regulates) {
      const school = issuersOf(model, ctx.names).some((i) => SCHOOL.test(i.name));
      const hit = findSet(model, CAMPAIGN).find((h) => targetsGrassroots(h, school));
      if (hit && (launches || hit.para.role !== 'title')) {
        const who = GROUP[groups[0]!];
        ctx.report({
          ...ctx.span(hit.para, hit.start, hit.end),
          message: withCite(
            msg(
              `${who.zh}开展以乡镇（街道）、村（社区）或学校为对象的“${hit.para.text.slice(hit.start, hit.end)}”活动；不得开展以乡镇（街道）、村（社区）、学校为对象的达标活动，请取消或报经批准纳入创建示范活动目录`,
              `${who.en.replace(/^./, (c) => c.toUpperCase())} runs a "${hit.para.text.slice(hit.start, hit.end)}" drive aimed at townships, villages or schools; such drives are not to be run: drop it, or have it approved and listed`,
            ),
            CITE.campaigns,
          ),
        });
        return;
      }
    }
    // Any issuer: a 创建 campaign, or a 城市 评选评比 (a unit's own 评比 of its dormitories is neither).
    const city = CITY.test(titleKey);
    if (!launches || !title || !(city || /创建|争创/.test(titleKey))) return;
    // The title itself must set the campaign (not forbid or cite it).
    const at = (city ? /创建|争创|评比|评选/ : /创建|争创/).exec(title.key);
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
