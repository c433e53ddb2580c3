// doc.implementation-report (national pack, 《若干规定》切实精简文件, 加强评估审查): a document
// should in general not ask for 贯彻落实情况 reports or for supporting documents (配套文件).
// Fires where the document asks its recipients to report how it is carried out (将贯彻落实情况于…前
// 报送, 每月报送工作进展情况) or to draw up 配套文件 / 实施方案 / 实施细则 (各区县要结合实际制定实施方案).
// Silent where the text forbids or regulates that (一般不提出…的要求, 不得要求…), quotes it, asks
// for an ordinary return that is no account of carrying the document out (统计数据, 名单, 报名表,
// 预算执行情况, 整改情况), gives a task to one named body (由市发改委制定实施细则), or is itself the
// report (现将落实情况报告如下, 关于…落实情况的报告).

import type { DocModel } from '../model/types';
import { CITE } from '../national';
import { findSet, sentenceOf, type PhraseHit } from '../semantics/phrases';
import { indexIn, negatedInClause } from '../semantics/subjectAndTier';
import { sentenceStart } from '../semantics/stance';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/**
 * An account of carrying the document out: 贯彻落实情况, 落实情况, 工作进展情况, 推进情况 — not the
 * progress of a project or a case, nor a rectification (项目进展情况, 办理进展情况, 整改落实情况),
 * which are returns of their own.
 */
const ACCOUNT = /(?<!项目|工程|建设|改造|预算|资金|合同|办理|案件|整改|问题|计划)(?:贯彻落实|贯彻执行|贯彻|落实|实施|(?:工作)?推进|(?:工作)?进展|进度)情况/g;
/**
 * A report verb after the account, in its clause or in the next one that goes on with the demand
 * (…情况于3月底前报送市政府, …情况及时报市委办公厅, …落实情况，并于…前报送).
 */
const REPORT_AFTER = /^(?:[^。；;，,]{0,30}?|[^。；;，,]{0,12}?[，,](?:请|并|于|在|及时|按时|按月|每月|每季度)[^。；;，,]{0,24}?)(?:报送|上报|报告(?!如下)|反馈|提交|呈报|书面报|报(?=市|省|区|县|州|国|中|党|我|本|各|上级|至|到|给|送|主管|牵头|领导小组|指挥部|办公室))/;
/** …or before it (定期报送工作进展情况, 每季度向市委报告贯彻落实情况). */
const REPORT_BEFORE = /(?:报送|上报|报告|反馈|提交|呈报|书面汇报)[^。；;，,]{0,16}$/;
/** The document is itself the report, or names one: 现将…报告如下, …落实情况的报告, 听取…情况的报告. */
const SELF_REPORT = /现将|报告如下|汇报如下|特此报告|情况报告如下/;
const GENRE_AFTER = /^的?(?:报告|汇报|通报|函|说明)/;
/** The writer reports to its superiors (我市将及时报告落实情况). */
const WE = /我(?:市|县|区|省|局|委|办|厅|部|单位|们|校|院|司|镇|乡)/;

/** Supporting documents asked for: 制定实施方案, 出台配套政策, 研究制定实施细则. */
const SUPPORT = /(?:制定|制订|出台|拟定|起草|细化)[^，,。；;]{0,16}?(?:配套文件|配套政策|配套制度|配套办法|实施方案|实施细则|实施意见|实施办法|贯彻(?:落实)?(?:意见|方案|办法))/g;
/** …or their filing asked for: 实施方案于4月底前报市局备案. */
const SUPPORT_FILED = /(?:配套文件|实施方案|实施细则|实施意见|实施办法)[^，,。；;]{0,20}?(?:报送|上报|报(?:市|省|区|县)[^，,。；;]{0,12}?备案|报备)/g;
/** One supporting document, as SUPPORT matched it: the verb, what lies between, the genre. */
const SUPPORT_PARTS = /^(?:制定|制订|出台|拟定|起草|细化)([^，,。；;]*?)(配套文件|配套政策|配套制度|配套办法|实施方案|实施细则|实施意见|实施办法|贯彻(?:落实)?(?:意见|方案|办法))$/;
/** The document describes itself or what is done already: 制定本方案, 制定如下实施意见, 已制定实施方案 (not 本地区). */
const SELF_OR_DONE = /本(?!地|区|县|市|乡|镇|街|村|辖区|单位|部门|系统|行业|级|领域)|如下|以下|此|已|了/;
/** The demand is another document's, reported: 《…》明确要求各地制定实施方案, 该意见要求…. */
const REPORTED = /(?:》|\)|该(?:意见|通知|文件|办法|规定|方案)|上级文件|文件)[^，,。；;]{0,8}?(?:明确|已)?(?:要求|提出|规定)/;
/** Implementing rules of a law or regulation, which the law asks for (制定相应的实施细则 of 法规). */
const LAW = /法律|法规|条例|立法|规章/;
/** A named body is given the task (由市发改委牵头制定, 市财政局要会同有关部门制定). */
const NAMED_BODY = /由[^，,。；;]{1,24}?(?:牵头|负责|会同|制定|研究)|^[^，,各]{0,6}?(?:市|省|自治区|区|县|国家)[\u4e00-\u9fa5]{1,14}?(?:局|委|厅|办|部|院|中心|公司|政府)(?:要(?!求)|应|须|负责|牵头|会同|抓紧)/;

function accountMessage(what: string): Msg {
  return msg(
    `文件要求报送“${what}”；地方和部门制发文件一般不提出报送贯彻落实情况的要求，请删除，确需了解进展的改为调研或在已有渠道中掌握`,
    `The document asks for a report on "${what}"; documents should in general not ask for reports on how they are carried out: drop the demand, or learn the progress through existing channels`,
  );
}

function supportMessage(what: string): Msg {
  return msg(
    `文件要求制定“${what}”等配套文件；地方和部门制发文件一般不提出制定配套文件的要求，请删除，需要的具体措施直接写入本文件`,
    `The document asks for "${what}" (a supporting document); documents should in general not ask for supporting documents: drop the demand and put the measures needed into this document`,
  );
}

/** A line of a flattened table (| 报送内容 | 报送时间 |): its cells are paragraphs of their own. */
const TABLE_LINE = /^\s*\|/;
const REPORT_HEADER = /报送|上报|提交|报告|报备/;

function inTable(model: DocModel, p: Paragraph): boolean {
  return TABLE_LINE.test(model.lines.lineText(p.line));
}

/** The hit is a cell of a table whose cells above it name reporting (| 报送内容 | 报送时间 |). */
function inReportTable(model: DocModel, h: PhraseHit): boolean {
  if (!inTable(model, h.para)) return false;
  const ps = model.paragraphs;
  for (let i = indexIn(model, h.para) - 1, n = 0; i >= 0 && n < 12 && inTable(model, ps[i]!); i--, n++) {
    if (REPORT_HEADER.test(ps[i]!.key)) return true;
  }
  return false;
}

/** The account hit is a demand to report it to the issuer. */
function asksForAccount(h: PhraseHit): boolean {
  const t = h.para.key;
  const after = t.slice(h.end);
  if (GENRE_AFTER.test(after)) return false;
  const sentence = sentenceOf(h);
  if (SELF_REPORT.test(sentence) || WE.test(sentence)) return false;
  if (negatedInClause(t, h.start)) return false;
  const a = REPORT_AFTER.exec(after);
  if (a) return !negatedInClause(t, h.end + a[0].length - 1);
  return REPORT_BEFORE.test(t.slice(sentenceStart(t, h.start), h.start));
}

/** The genre of supporting document asked for, or null when the match asks for none. */
function asksForSupport(h: PhraseHit): string | null {
  const t = h.para.key;
  const parts = SUPPORT_PARTS.exec(t.slice(h.start, h.end));
  if (!parts || SELF_OR_DONE.test(parts[1]!) || /[已了]/.test(t.slice(Math.max(0, h.start - 2), h.start))) return null;
  if (LAW.test(sentenceOf(h))) return null;
  const before = t.slice(sentenceStart(t, h.start), h.start);
  if (negatedInClause(t, h.start) || NAMED_BODY.test(before) || REPORTED.test(before)) return null;
  return parts[2]!;
}

export default defineRule({
  id: 'doc.implementation-report',
  title: msg('报送落实情况和配套文件', 'Implementation reports and supporting documents'),
  // （加强评估审查）……一般不提出报送贯彻落实情况、制定配套文件的要求。 (one news digest)
  ...nationalOnly(CITE.documents, ['N3'], 'D', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '文件要求报送贯彻落实情况、进展情况，或要求制定配套文件、实施方案、实施细则。',
    'The document asks for reports on how it is carried out (贯彻落实情况, 进展情况) or for supporting documents (配套文件, 实施方案, 实施细则).',
  ),
  options: [],
  check(ctx) {
    const found: Array<{ h: PhraseHit; message: Msg }> = [];
    const accounts = findSet(ctx.model, ACCOUNT, '情').filter((h) => asksForAccount(h) || (inReportTable(ctx.model, h) && !negatedInClause(h.para.key, h.start)));
    // A title that asks for the report (关于报送…落实情况的通知) is the finding; the body only repeats it.
    const titled = accounts.filter((h) => h.para.role === 'title');
    for (const h of titled.length ? titled.slice(0, 1) : accounts) found.push({ h, message: accountMessage(h.para.text.slice(h.start, h.end)) });
    for (const h of findSet(ctx.model, SUPPORT)) {
      const genre = asksForSupport(h);
      if (genre) found.push({ h, message: supportMessage(h.para.text.slice(h.end - genre.length, h.end)) });
    }
    for (const h of findSet(ctx.model, SUPPORT_FILED)) {
      if (negatedInClause(h.para.key, h.start) || NAMED_BODY.test(h.para.key.slice(sentenceStart(h.para.key, h.start), h.start))) continue;
      const genre = /^[^，,。；;]*?(配套文件|实施方案|实施细则|实施意见|实施办法)/.exec(h.para.key.slice(h.start, h.end))![1]!;
      found.push({ h, message: supportMessage(h.para.text.slice(h.start, h.start + genre.length)) });
    }
    // One finding per sentence, at the first demand it makes.
    found.sort((a, b) => a.h.para.start - b.h.para.start || a.h.start - b.h.start);
    const seen = new Set<string>();
    for (const { h, message } of found) {
      const key = `${h.para.start}:${sentenceStart(h.para.key, h.start)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withCite(message, CITE.documents) });
    }
  },
});
