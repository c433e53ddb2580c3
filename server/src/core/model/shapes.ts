// What a single paragraph looks like, judged on its own: a 发文字号, a date line, an
// organisation's name, a title, a 主送 line, an attachment label … The structure parser
// combines these with position to assign roles.

import { DOC_NUMBER_LINE } from '../parse/docNumber';
import { findDates } from '../parse/dates';

/** Genre words that end a title (文种 and the names of plans, agendas, rules). */
export const GENRE = /(?:通知|通报|意见|决定|决议|命令|令|公告|通告|公报|报告|请示|批复|函|复函|纪要|议案|方案|办法|细则|规定|规划|制度|条例|要点|安排|议程|日程|计划|总结|讲话|预案|准则|规则|章程|标准|指引|清单|目录|说明|守则|措施|意见稿|征求意见稿|表|名单|须知|提纲|指南|规程|导则)[》”"]?$/;

const ORG_SUFFIX = /(?:办公厅|办公室|人民政府|政府|委员会|党委|党组|工委|市委|县委|区委|省委|局|厅|委|办|部|院|署|中心|小组|指挥部|集团|公司|协会|学会|联合会|研究室|督查室|专班|文件|支队|大队|处|科|所|站|馆|学校|党支部|支部|团委|妇联|工会|政协|军区|国务院)$/;
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;

// The functions below take a paragraph's folded key (Paragraph.key): full-width digits and
// punctuation are already half-width.

export function isDocNumberLine(text: string): boolean {
  return text.length <= 40 && DOC_NUMBER_LINE.test(text);
}

/** The paragraph is exactly one date with a year (成文日期 candidate); `printed` when it ends in 印发. */
export function dateOnly(text: string): { start: number; end: number } | null {
  if (text.length > 24) return null;
  const ds = findDates(text);
  if (ds.length !== 1) return null;
  const d = ds[0]!;
  if (d.year === null || d.start !== 0 || d.end !== text.length) return null;
  return { start: d.start, end: d.end };
}

/** …办公厅 2019年7月28日印发 */
export function isPrintedByLine(text: string): boolean {
  if (!/印发$|印$/.test(text) || text.length > 60) return false;
  return findDates(text).some((d) => d.year !== null);
}

/** A short name of an organisation (or several, joined by 、 or spaces), no sentence punctuation. */
export function isOrgName(text: string): boolean {
  if (text.length < 2 || text.length > 48 || SENTENCE_PUNCT.test(text)) return false;
  if (/[0-9０-９]/.test(text)) return false;
  return ORG_SUFFIX.test(text.replace(/[（(][^）)]*[）)]$/, ''));
}

/** Looks like (part of) a title: no full stop, not too long, and 关于/genre word/《…》. */
export function isTitleLike(text: string): boolean {
  if (text.length > 90 || /[。；;！!？?]/.test(text)) return false;
  return text.includes('关于') || GENRE.test(text) || /印发|转发|批转|颁发/.test(text);
}

/** What may follow a title's genre word in brackets: （2023—2025年）, （试行）, （征求意见稿）. */
const TITLE_QUALIFIER = /\((?:[^()]{0,6}\d{4}[^()]{0,10}|试行|暂行|修订|修订稿|修订版|征求意见稿|送审稿|草案|讨论稿|代拟稿)\)$/;

/** A title (of a printed document or an attachment) ends with its genre word, or with it and a bracketed qualifier. */
export function endsWithGenre(text: string): boolean {
  return GENRE.test(text) || GENRE.test(text.replace(TITLE_QUALIFIER, ''));
}

/** 印发《…办法》 / 关于《…规划》: the genre word belongs to the quoted name; 的通知 / 的批复 follows. */
const QUOTED_TAIL = /(?:关于|印发|转发|批转|颁发|发布)\s*《[^《》]{1,80}》$/;

/** A (possibly multi-line) document title is complete: it ends with its own genre word. */
export function titleComplete(text: string): boolean {
  return GENRE.test(text) && !QUOTED_TAIL.test(text);
}

/** A name in a 主送 list: 各…, …人民政府, …部门, …单位, 八届政协委员 … */
const RECIPIENT_PART = /(?:^各.*|政府|党委|党组|党组织|工委|部门|单位|机构|机关|团体|组织|委员会|委员|代表|同志|负责人|办公厅|办公室|局|厅|委|办|院|部|署|中心|小组|组|指挥部|公司|集团|企业|学校|高校|村|社区|街道|镇|乡|县|区|市|省|自治区|直辖市|军区|国务院|支部|站|所|队|室|处|科|会|社|馆|校|团)(?:[（(][^）)]{0,12}[）)])?$/;

/** 主送 line: ends with a colon and is a list of bodies (no full stop, no sentence). */
export function isRecipientsLine(text: string): boolean {
  if (text.length > 400 || text.length < 2) return false;
  if (!/[：:]$/.test(text) || /[。！？!?]/.test(text)) return false;
  if (HEADING_START.test(text)) return false;
  const parts = text.slice(0, -1).split(/[，,、；;]/).map((x) => x.trim()).filter(Boolean);
  if (parts.length === 0) return false;
  let org = 0;
  for (const part of parts) if (part.length <= 40 && RECIPIENT_PART.test(part)) org++;
  return org / parts.length >= 0.6;
}

/** Any heading mark at the start of a paragraph (used to keep headings out of other roles). */
export const HEADING_START = /^(?:[一二三四五六七八九十百〇零]{1,4}[、.．，,]|[（(][一二三四五六七八九十百〇零]{1,4}[）)]|[0-9０-９]{1,3}[.．、，,](?![0-9０-９])|[（(][0-9０-９]{1,3}[）)]|第[一二三四五六七八九十百〇零0-9]{1,4}[章节条部分])/;

/** 附件 / 附件1 / 附件 2： on a line of its own (the label above an attachment section). */
export const ATTACHMENT_HEADER = /^附\s*件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$/;
/** 附件：1.… (附件说明), with the list on the same paragraph or following ones. */
export const ATTACHMENT_NOTE = /^附\s*件\s*[:：]/;
export const COPY_TO = /^(?:抄\s*送|抄\s*报|分\s*送|发\s*送)\s*[:：]/;
export const KEYWORDS = /^主\s*题\s*词\s*[:：]/;
/** 版头 marks above the issuer (GB 7.2.1–7.2.3): 份号 000123, 密级 机密★1年, 紧急程度 特急. */
export const HEAD_MARK = /^(?:[0-9０-９]{1,8}|(?:绝密|机密|秘密)\s*(?:[★☆*]\s*[^，。；：\s]{0,10})?|(?:特急|加急|特提|平急|急件))$/;

/**
 * Lines of the head that are neither title nor 主送: 签发人 (上行文) and the metadata a web copy
 * puts above the text (发布时间：…, 来源：…, 索引号：…).
 */
export const HEAD_META = /^(?:签\s*发\s*人|发布(?:时间|日期|机构|单位)|发文(?:日期|机关|单位)|成文日期|生效日期|信息来源|来\s*源|作\s*者|索\s*引\s*号|主题分类|所属主题|分\s*类|文\s*号|发文字号|浏览次数|点击(?:数|次数)?|阅读(?:数|次数)?|字\s*[号体])\s*[:：]/;
/** （此件公开发布） and other bracketed notes under the date. */
export const NOTE = /^[（(][^（()）]{1,60}[）)]$/;
export const DISCLOSURE = /此件(?:公开发布|依申请公开|不予公开)|本件(?:公开发布|依申请公开|不予公开)/;
