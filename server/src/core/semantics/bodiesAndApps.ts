// What the national document rules need beyond the Jinan semantics: who issues a
// document at any level (a 省/市/县 department, not only a city one), the collective 下级党委和政府
// a document addresses, whether a text is a leader's speech, whether a list item sits under a
// prohibiting lead-in (不得有下列情形：（一）…（二）…), and whether a document goes to 基层.

import type { DocModel } from '../model/types';
import type { Names } from '../names';
import { memoSlot, perText } from '../parse/memo';
import type { Paragraph } from '../text/paragraph';
import type { Msg, Severity } from '../types';
import type { PhraseHit } from './phrases';
import { districtLeadership, type Mention } from './addressees';
import { issuersOf, type Issuer } from './issuer';
import { sentenceStart } from './stance';

export type BodyKind = 'leadership' | 'inspectionOffice' | 'department' | 'coordination' | 'other';

/** A place name that ends in its level: 山东省, 济南市, 历城区, 平阴县, 仲宫镇, 泉城路街道. */
const PLACE = '[\\u4e00-\\u9fa5]{0,14}?(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗|乡|镇|街道)';
/** 党委/政府 of any level and their 办公厅（室）: 中共山东省委办公厅, 历城区人民政府, 仲宫街道办事处. */
const LEADERSHIP = new RegExp(
  `^(?:(?:党中央|中共中央|中央|国务院)(?:办公厅)?|${PLACE}(?:委|党委|委员会|人民政府|政府|党工委|工委|办事处)(?:办公厅|办公室)?|${PLACE}委${PLACE}(?:人民)?政府)$`,
);
const INSPECTION_OFFICE = /督查室$|督查考核办公室$|督查办公室$|督查局$/;
/** Not departments of a 党委 or 政府, nor its leadership: the people's congress, the CPPCC, courts. */
const OTHER_ORGAN = /人民代表大会|人大|政协|法院|检察院|监察委员会|纪律检查委员会|纪委|军分区|武装部|管理委员会$|管委会$/;
/** How a department's or a unit's name ends: 局、厅、委、办、部、中心、站、所、院、队. */
const DEPARTMENT_END = /(?:局|厅|委员会|委|办公室|办|部|署|中心|站|所|院|队|处|科)$/;

/** What kind of body an issuer is, whatever its level (names lists first, then its name's shape). */
export function bodyKind(issuer: Issuer, names: Names): BodyKind {
  if (issuer.level === 'leadership' || issuer.level === 'inspectionOffice' || issuer.level === 'coordination') return issuer.level;
  const n = issuer.name.replace(/^中国共产党/, '').replace(/^中共/, '').replace(/文件$/, '');
  if (INSPECTION_OFFICE.test(n)) return 'inspectionOffice';
  if (LEADERSHIP.test(n)) return 'leadership';
  if (names.coordinationBodies.some((x) => n.endsWith(x))) return 'coordination';
  if (OTHER_ORGAN.test(n) || /会议|[()（）]/.test(n)) return 'other';
  if (issuer.level === 'department') return 'department';
  return DEPARTMENT_END.test(n) && n.length >= 3 ? 'department' : 'other';
}

/**
 * Issued only by departments, units and 议事协调机构 of any level: no 党委/政府 (or their office, or a
 * 督查室) among the issuers, and at least one known department or coordination body.
 */
export function issuedByDepartmentAnyLevel(model: DocModel, names: Names): boolean {
  const kinds = issuersOf(model, names).map((i) => bodyKind(i, names)).filter((k) => k !== 'other');
  return kinds.length > 0 && kinds.every((k) => k === 'department' || k === 'coordination');
}

/** A leader's speech: 在…会议上的讲话, …同志在…的讲话, 讲话稿, 讲话提纲. */
const SPEECH_TITLE = /(?:在|于)[^。；;]{2,60}?上的(?:讲话|总结讲话|动员讲话|讲话提纲|主旨讲话|发言|致辞|报告|工作报告|主题报告)(?:\([^)]{0,12}\))?$|(?:讲话|讲话稿|讲话提纲|讲话要点)(?:\([^)]{0,12}\))?$/;

export function isSpeech(model: DocModel): boolean {
  return SPEECH_TITLE.test(model.titleKey);
}

/**
 * The 下级党委和政府 as a whole, at any level: 各省、自治区、直辖市党委和人民政府, 各市人民政府,
 * 各县（市、区）党委和政府, 各乡镇人民政府, 各街道党工委、办事处 (keys fold brackets to half-width).
 */
const LOWER_LEADERSHIP =
  /各(?:省(?:、自治区)?(?:、直辖市)?|(?:市|州)、县(?:\(市、区\))?|县市区|县区|市县区|市县|县\(市区\)|县\(市\)|(?:设区的)?市(?:、州)?|区|县|旗|乡(?:、|\()?镇(?:\)|\(街道\))?|乡镇(?:\(街道\))?|镇(?:\(街道\))?|镇、街道|街道)(?:党委|党\(工\)委|党工委|委)?(?:(?:和|、|及)?(?:人民政府|政府|办事处))?/g;

/** What follows a name when it owns a department (各乡镇人民政府办公室, 各市政府有关部门): not the leadership. */
const OWNED = /^(?:办公室|办公厅|办(?![理法])|督查室|组织部|宣传部|统战部|政法委|编办|研究室|机关|(?:各|有关|相关|职能|工作|组成|所属|直属)(?:部门|单位)|部门|所属|直属|派出机构)/;

const LOWER = memoSlot('lower leadership');

/** The lower 党委/政府 named in a paragraph at any level, and the districts by the names lists. */
export function lowerLeadership(p: Paragraph, names: Names): Mention[] {
  const spans = perText(p, LOWER, lowerSpans);
  const out: Mention[] = spans.map(([start, end]) => ({ para: p, start, end }));
  for (const m of districtLeadership(p, names)) {
    if (!out.some((o) => o.start < m.end && m.start < o.end) && !SHORT_OWNED.test(p.key.slice(m.end, m.end + 8))) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A short office name attached to the government before a list separator: 各区县人民政府安委办、…. */
const SHORT_OWNED = /^[\u4e00-\u9fa5]{1,6}?(?:办|局|委|中心|站|所|队|处)(?:[、,;:]|$)/;

function lowerSpans(p: Paragraph): Array<readonly [number, number]> {
  const t = p.key;
  const out: Array<readonly [number, number]> = [];
  LOWER_LEADERSHIP.lastIndex = 0;
  for (let m = LOWER_LEADERSHIP.exec(t); m; m = LOWER_LEADERSHIP.exec(t)) {
    const end = m.index + m[0].length;
    // 各市 or 各乡镇 alone names places, not their 党委/政府: the name must end in one.
    if (!/(?:党委|党\(工\)委|党工委|[省市区县旗镇道]委|人民政府|政府|办事处)$/.test(m[0])) continue;
    if (OWNED.test(t.slice(end, end + 16)) || SHORT_OWNED.test(t.slice(end, end + 8))) continue;
    out.push([m.index, end]);
  }
  return out;
}

/** Where a document goes to 基层: 区县 (and their departments), 乡镇（街道）, 村（社区）, 基层单位. */
const GRASSROOTS = /区县|县区|县\(市、区\)|县\(区\)|县\(市\)|县市区|各县|各区|乡镇|乡\(镇\)|镇\(街道\)|各镇|街道|村\(社区\)|各村|社区|村居|基层/;

/** The document's 主送 names 基层 bodies (or, without a 主送, its demands open with them). */
export function toGrassroots(model: DocModel): boolean {
  if (model.recipients) return GRASSROOTS.test(model.recipients.key);
  return false;
}

/** A sentence that names 基层 bodies. */
export function namesGrassroots(sentence: string): boolean {
  return GRASSROOTS.test(sentence);
}

/** A list item's mark at the start of a paragraph or after a ； (（一） 1. ① 一是). */
const ITEM_MARK = /^(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十]{1,3}[、.是]|\d{1,2}[、.．)]|[①-⑳])/;
/** A lead-in that introduces what is forbidden or named a problem: 不得有下列情形：, 以下问题：. */
const PROHIBITING_LEAD = /不得|严禁|禁止|杜绝|防止|避免|纠正|整治|纠治|清理|不再|负面清单|(?:下列|以下|如下)[^，。；,;:]{0,8}?(?:情形|行为|问题|现象|做法|情况)|突出问题|形式主义/;
/** How many list items back the lead-in may be. */
const MAX_ITEMS = 20;

/**
 * Whether the text at key index i of p sits in a list introduced by a prohibiting lead-in: after
 * 不得出现以下情形： in the same paragraph (items joined by ；), or in an item paragraph under a
 * paragraph that ends with such a lead-in. The lists of a regulation (the 2026 办法's 不得出现…：
 * （一）…（二）…) forbid what their items name although the items hold no 不得 of their own.
 */
export function underProhibitingLead(model: DocModel, p: Paragraph, i: number): boolean {
  const t = p.key;
  // The lead-in in the same paragraph: the last colon before the item, with no 。 between.
  const colon = t.lastIndexOf(':', i);
  if (colon >= 0 && !t.slice(colon, i).includes('。')) return PROHIBITING_LEAD.test(t.slice(sentenceStart(t, colon), colon));
  if (!ITEM_MARK.test(t)) return false;
  const ps = model.paragraphs;
  const at = ps[p.index] === p ? p.index : ps.indexOf(p);
  for (let k = at - 1; k >= 0 && at - k <= MAX_ITEMS; k--) {
    const key = ps[k]!.key.trimEnd();
    if (key.endsWith(':')) return PROHIBITING_LEAD.test(key.slice(sentenceStart(key, key.length - 1)));
    if (!ITEM_MARK.test(key)) return false;
  }
  return false;
}

/** A finding to be: the phrase and what to say about it. */
export interface Found {
  h: PhraseHit;
  message: Msg;
  severity?: Severity;
}

/** One finding per sentence, at the first thing it names (a sentence asks once, however it words it). */
export function firstPerSentence(found: readonly Found[]): Found[] {
  const seen = new Set<number>();
  const out: Found[] = [];
  for (const f of [...found].sort((a, b) => a.h.start - b.h.start)) {
    const s0 = sentenceStart(f.h.para.key, f.h.start);
    if (seen.has(s0)) continue;
    seen.add(s0);
    out.push(f);
  }
  return out;
}

// ---- Apps (doc.app-mandate) ----

/**
 * Government apps by their brand: the provinces' 政务服务 apps and the study platforms a unit is
 * asked to push (粤省事, 浙里办, 赣服通, 学习兴税 …). A generic “XX”平台 is left out: a 平台 is as
 * often a work system (“互联网+监管”平台) as an app pushed onto users.
 */
const GOV_APPS =
  '粤省事|粤商通|粤政易|浙里办|浙政钉|赣服通|赣政通|皖事通|随申办|苏服办|闽政通|鄂汇办|渝快办|豫事办|冀时办|辽事通|吉事办|蒙速办|甘快办|陇政通|青松办|新湘事成|湘易办|爱山东|三晋通|秦务员|天府通办|贵人服务|一部手机办事通|北京通|津心办|学习兴税';

/** An app, a mini program, an official account or a named study or service platform (full-width letters fold to ASCII in keys). */
export const APP_WORD = `(?:学习强国[”"」]?(?:APP|App|app|学习平台|平台)?|(?:${GOV_APPS})[”"」]?(?:APP|App|app|平台|小程序)?|[“"][^”"，。；,;]{1,12}[”"]学习平台|APP|App|app|客户端|小程序|公众号|服务号|订阅号|视频号|政务号|应用程序)`;
const APP_NAMED = new RegExp(APP_WORD);
/** What makes an opening paragraph about the app it names: it is pushed, used or signed up for. */
const PUSHED = /推广|下载|安装|注册|关注|订阅|用好|使用/;

/** A text names an app. */
export function namesApp(text: string): boolean {
  return APP_NAMED.test(text);
}

const appSubjects = new WeakMap<DocModel, boolean>();

/**
 * The document is about an app: its title names one (关于推广使用“泉城社区通”APP的通知), or one of its
 * first two body paragraphs names one as pushed or used (为持续加大“学习强国”学习平台推广使用力度…). Its
 * figures (积分, 注册率, 日均分) and its 下载注册 are then the app's, though a criterion names no app.
 */
export function appSubject(model: DocModel): boolean {
  let v = appSubjects.get(model);
  if (v === undefined) {
    v = namesApp(model.titleKey) || model.body.slice(0, 2).some((p) => namesApp(p.key) && PUSHED.test(p.key));
    appSubjects.set(model, v);
  }
  return v;
}
