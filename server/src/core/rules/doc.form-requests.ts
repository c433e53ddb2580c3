// doc.form-requests (national pack only; 《若干规定》统筹规范督查检查考核: 不得频繁要求基层填表格报材料,
// two digests; 压缩提供材料的文字量, summary).
// In a document sent to 基层 (its 主送 names 区县, 乡镇（街道）, 村（社区） or 基层 bodies): a warning
// where it demands periodic reports (日报, 周报, 旬报, 每日报送, 一周一报); an info where it has more
// than `maxForms` forms (…表) to fill among its attachments, or sets a minimum length for
// materials (不少于3000字, 5页以上). Silent where it forbids or criticises these, in statistical
// surveys run under the statistics law (统计调查制度, 统计报表), and in emergencies (防汛, 应急值守),
// where daily reports are the rule.

import type { AttachmentNoteItem, DocModel } from '../model/types';
import { CITE } from '../national';
import { demandParagraphs, findSet, sentenceOf, setIn, type PhraseHit } from '../semantics/phrases';
import { firstPerSentence, toGrassroots, underProhibitingLead, type Found } from '../semantics/bodiesAndApps';
import type { Paragraph } from '../text/paragraph';
import { defineRule, type RuleContext } from './rule';
import { nationalOnly } from './kit/national';
import { fmt, msg, withCite } from './kit/util';

/** Report regimes: 实行日报制度, 报送周报, 旬报表, 一日一报. A newspaper (人民日报, 《济南日报》) is none. */
const PERIODIC =
  /(?:实行|执行|建立|落实|坚持|实施|启动|推行|报送|上报|填报|报)(?:每日|每周)?(?:日报|周报|旬报)|(?<![\u4e00-\u9fa5\d《“"])(?:日报|周报|旬报)(?:制度|制|表)|一日一报|一周一报|一旬一报|一周两报|每(?:日|天|周|星期|旬|两天|三天|五天)[^，。；,;]{0,20}?(?:报送|上报|报告|填报|反馈|报至|报市|报区|报县)/g;
/** A minimum length for materials: 不少于3000字, 字数不低于2000, 5页以上. */
const MIN_LENGTH = /(?:不少于|不低于|不得少于|至少|最少)\d{1,5}(?:个)?(?:字|页)|\d{1,5}(?:字|页)(?:以上|及以上)|字数(?:不少于|不低于|不得少于|在)\d{1,5}/g;
/** What materials are: 报告、总结、材料、心得、笔记、方案. */
const MATERIAL = /材料|报告|总结|心得|体会|方案|汇报|稿|经验|案例|情况说明|调研/;
/** Contests and scholarship, where a length is the entrant's business: 征文, 论文. */
const NOT_MATERIAL = /征文|投稿|论文|作品|参赛|毕业|学位|申报书|课题|报名|应聘|考生|申请人/;
/** Surveys the statistics law governs, and emergencies where daily reports are the rule. */
const STATISTICS = /统计调查|统计报表|统计制度|统计法|统计局/;
const EMERGENCY = /应急|防汛|汛期|抗旱|抢险|救灾|疫情|突发|值班|值守|森林防火|安全生产事故|零报告/;
/** A form the recipients fill in: …统计表, …登记表, …一览表, …报表. */
const FORM = /表(?:\([^)]{0,12}\))?$/;
/** The body asks for forms to be filled or sent. */
const FILL = /填写|填报|报送|上报|汇总后报|报至|报市|报区|报县/g;

export default defineRule({
  id: 'doc.form-requests',
  title: msg('频繁填表报材料', 'Frequent forms and reports'),
  ...nationalOnly(CITE.inspections, ['N8', 'N8-materials'], 'Q', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '发往基层的文件要求日报、周报、旬报等定期报送；附表多于上限，或对材料规定最低字数、页数。',
    'A document sent to 基层 demands daily, weekly or ten-day reports; has more forms to fill than the limit, or sets a minimum length for materials.',
  ),
  options: [
    { name: 'maxForms', type: 'integer', default: 3, minimum: 0, stricter: 'lower', description: msg('发往基层的文件附表（需填写的表格）上限', 'Most forms to fill that a document sent to 基层 may attach') },
  ],
  check(ctx) {
    const m = ctx.model;
    if (!toGrassroots(m)) return;
    for (const p of demandParagraphs(m)) {
      const found: Found[] = [];
      for (const h of setIn(p, PERIODIC)) if (periodic(h)) found.push({ h, message: PERIODIC_MSG });
      for (const h of setIn(p, MIN_LENGTH)) if (minLength(h)) found.push({ h, message: LENGTH_MSG(written(h)), severity: 'info' });
      for (const f of firstPerSentence(found)) {
        if (underProhibitingLead(m, p, f.h.start)) continue;
        ctx.report({ ...ctx.span(p, f.h.start, f.h.end), severity: f.severity, message: withCite(f.message, CITE.inspections) });
      }
    }
    reportForms(ctx, m);
  },
});

function written(h: PhraseHit): string {
  return h.para.text.slice(h.start, h.end);
}

/** Reporting what happens when it happens (每日巡查发现问题及时上报), a meeting hearing reports, or office hours (每天9:00至17:00受理报送) are no report regime. */
const ON_EVENT = /发现|如有|遇有|出现|及时|立即|一旦|随时|即时|听取|召开|会议|例会|受理|办理|咨询|开放|工作时间|办公时间/;

function periodic(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  return !STATISTICS.test(sentence) && !EMERGENCY.test(sentence) && !ON_EVENT.test(h.para.key.slice(h.start, h.end));
}

function minLength(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  return MATERIAL.test(sentence) && !NOT_MATERIAL.test(sentence);
}

/** The forms among the attachments, by the 附件说明 or, without one, by the attachments' titles. */
function forms(m: DocModel): Array<{ para: Paragraph; start: number; end: number }> {
  const noted = m.attachmentNoteItems.filter((i: AttachmentNoteItem) => !i.printed && FORM.test(i.name));
  if (m.attachmentNoteItems.length) {
    return noted.map((i) => ({ para: i.para, start: i.nameStart, end: i.endPara === i.para ? i.nameEnd : i.para.text.length }));
  }
  return m.attachments.flatMap((a) => {
    const t = a.title[0];
    return t && FORM.test(t.key) ? [{ para: t, start: 0, end: t.text.length }] : [];
  });
}

/** Info at the first form over the limit, when the body asks for them to be filled or sent. */
function reportForms(ctx: RuleContext, m: DocModel): void {
  const max = ctx.num('maxForms');
  const all = forms(m);
  if (all.length <= max || !findSet(m, FILL).length) return;
  const over = all[max]!;
  ctx.report({
    ...ctx.span(over.para, over.start, over.end),
    severity: 'info',
    message: withCite(
      msg(
        `文件要求基层填写附表 ${fmt(all.length)} 张，超过 ${fmt(max)} 张；请合并精简表格，能从已有数据取得的不再要求填报`,
        `The document asks 基层 to fill in ${fmt(all.length)} forms, more than ${fmt(max)}; merge or drop forms, and do not ask for data already at hand`,
      ),
      CITE.inspections,
    ),
  });
}

const PERIODIC_MSG = msg(
  '文件要求基层按日、周、旬定期报送，属于频繁要求基层填表格报材料；请改为按需报送或由上级从已有渠道获取',
  'The document asks 基层 for daily, weekly or ten-day reports, a frequent reporting burden; ask only when needed, or take the figures from existing channels',
);
const LENGTH_MSG = (what: string) =>
  msg(
    `文件对材料规定了最低篇幅（${what}）；应压缩提供材料的文字量，请删除篇幅下限`,
    `The document sets a minimum length for materials (${what}); materials should be short: drop the minimum`,
  );
