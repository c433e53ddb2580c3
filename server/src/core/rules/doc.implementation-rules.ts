// doc.implementation-rules (national pack; 2019 notice of the General Office, as the official
// release describes it): 除有明确规定外，不再制定贯彻落实意见和实施细则.
// Fires (info) on a document that is itself a 贯彻落实意见 / 实施意见 / 实施细则 / 实施方案 of a
// higher-level document: its title says so (关于贯彻落实《…》的实施意见, 贯彻落实《…》实施方案), or its
// title is an 实施意见 / 实施细则 / 贯彻…意见 and its opening sentence declares it made to carry out a
// higher-level document (为贯彻落实《国务院关于…》精神……制定本实施细则), or its title is an 实施方案
// and its opening names, in 《》, the higher document it carries out (为贯彻落实《浙江省…行动方案》……
// 制定本实施方案). Judged: a 印发 notice by the document it prints, and a draft the file attaches as its
// own (关于…的实施意见（征求意见稿）, 牵头起草了《…》). Silent when the text cites the rule that
// requires it (…明确要求各地制定实施细则, 按照《…》关于制定实施方案的要求, 根据《…》第十二条); a plain
// 根据《…》要求 cites the higher text, not a rule that it be implemented by a document of its own. Silent
// too when the higher text is a law or regulation (《…法》实施细则, 《…条例》实施办法), for a 转发
// notice (the forwarded document is not this issuer's), for a 实施方案 carrying out a document of its own
// place (东阳市…实施方案 根据《东阳市…规划》), and for a 工作方案.

import type { DocModel } from '../model/types';
import type { Names } from '../names';
import { CITE } from '../national';
import { joinKey } from '../model/structure';
import { issuersOf } from '../semantics/issuer';
import { documentAnchor } from './doc.length';
import type { Paragraph } from '../text/paragraph';
import { defineRule, type RuleContext } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/** A title that names the higher document it carries out: 贯彻落实《…》的实施意见, 贯彻…精神的意见. */
const TITLE_NAMES_UPPER = /贯彻(?:落实|执行)?[^｜]{0,80}?(?:[《〈][^》〉]{2,80}[》〉]|(?:通知|意见|决定|规定|方案|纲要|规划)精神)[^｜]{0,20}?的?(?:实施)?(?:意见|细则|方案|办法)$|[《〈][^》〉]{2,80}[》〉]的?实施(?:意见|细则|方案|办法)$/;
/** A title that is an implementing text by its genre (the opening then says what it implements). */
const TITLE_GENRE = /(?:实施意见|实施细则|贯彻(?:落实)?[^｜]{0,40}?的?意见)$/;
/** An 实施方案: implementing only when its opening names the higher document in 《》. */
const PLAN_GENRE = /实施方案$/;
/** What follows a name in brackets: （2023—2025年）, （试行）, （征求意见稿）. */
const QUALIFIER = /\([^()]{1,16}\)$/;
/**
 * The opening sentence declares the document made to carry out a higher one: 为(深入)贯彻落实《…》
 * (精神)……制定本细则 / 提出如下实施意见; 根据《国务院关于…》精神……制定本实施意见.
 */
const DECLARES = /(?:贯彻|落实|根据|按照|依据)[^。]{0,100}?(?:《[^》]{2,80}》|中央|党中央|国务院|省委|省政府|省人民政府|上级)[^。]{0,200}?(?:制定|提出|制订)(?:本|如下|以下)?(?:实施)?(?:意见|细则|办法|方案)/;
/** The same, naming the higher document in 《》 (what an 实施方案 must do); the names are captured. */
const DECLARES_NAMED = /(?:贯彻|落实|根据|按照|依据)[^。]{0,100}?《[^》]{2,80}》[^。]{0,200}?(?:制定|提出|制订)(?:本|如下|以下)?(?:实施)?(?:意见|细则|办法|方案)/;
/** The higher text is a law or regulation: its implementing rules are the law's business. */
const LAW = /[《〈][^》〉]*(?:法|条例|法规|规章)(?:\([^)]*\))?[》〉]/;
/** The kinds of document a rule may require (实施细则、实施意见、配套文件、具体方案 …). */
const REQUIRED_KIND = '(?:实施细则|实施意见|实施办法|实施方案|配套(?:文件|政策|措施|制度)?|具体(?:实施)?方案|具体办法|贯彻落实意见|落实措施)';
/**
 * The text cites the rule that requires an implementing document: the higher text asks the lower
 * levels to make one (明确要求各地结合实际制定实施意见), or names making one as its requirement
 * (按照《…》关于制定实施方案的要求), or an article of it does (第十二条规定), or it grants a power (授权).
 * Not 根据《…》要求，结合我市实际，制定本方案: there the 制定 is the document's own.
 */
const REQUIRED = new RegExp(
  `(?:明确要求|明确规定|要求|规定)(?:各地|各级|地方|下级|有关地方|省级|市级|县级|各[\u4e00-\u9fa5()、]{1,10}?)[^。；;]{0,30}?(?:制定|出台|制订)(?!本|如下|以下)[^。；;]{0,20}?${REQUIRED_KIND}` +
    `|(?:制定|出台|制订)[^。，,；;]{0,20}?${REQUIRED_KIND}[”"’]?(?:的|等)?(?:要求|规定)` +
    '|第[一二三四五六七八九十百零\\d]+条(?:第[一二三四五六七八九十\\d]+款)?(?:的)?规定|授权',
);
/** 转发 a document: it is not the issuer's own. */
const FORWARDS = /^[^《]*转发/;
/** A draft the file puts out as its own: （征求意见稿）, （送审稿）, （草案）. */
const DRAFT = /征求意见稿|送审稿|草案|讨论稿|代拟稿|修改稿/;
/** The main text says the issuer made the attached document: 起草了《…》, 研究制定了, 修订形成. */
const MADE = /起草|草拟|拟定|制定|制订|修订|形成|编制/;
/** A place at the start of a name: 东阳市, 浙江省, 中共鞍山市委 (中共 dropped). */
const PLACE = /^(?:中共)?((?:(?!关于|印发|转发|全[省市县区])[\u4e00-\u9fa5]){2,8}?(?:自治区|自治州|自治县|省|市|州|县|区|盟|旗))/;

/** One document the file makes, as the rule judges it. */
interface Subject {
  /** Its names (folded), without a trailing （…） qualifier. */
  names: string[];
  /** Its first body paragraphs: where the opening sentence is. */
  opening: Paragraph[];
  /** Every paragraph of its own, where a requiring rule may be cited. */
  own: Paragraph[];
  anchor: { start: number; end: number };
}

function bare(name: string): string {
  let n = name.trim();
  while (QUALIFIER.test(n)) n = n.replace(QUALIFIER, '').trim();
  return n;
}

/** The documents to judge: the printed one (a 印发 notice) or this one, and the drafts it attaches as its own. */
function subjectsOf(model: DocModel): Subject[] {
  const out: Subject[] = [];
  const printing = model.printedNames.length > 0;
  if (!printing || !FORWARDS.test(model.titleKey)) {
    const section = model.printed[0]?.section ?? 0;
    const own = model.body.filter((p) => p.section === section);
    const names = printing ? model.printedNames : model.titleKey ? [model.titleKey] : [];
    if (names.length) out.push({ names: names.map(bare), opening: own.slice(0, 4), own, anchor: documentAnchor(model) });
  }
  for (const att of model.attachments) {
    if (!att.title.length || !ownDraft(model, att.title, att.paragraphs)) continue;
    // A bracketed line under the title (（征求意见稿）) is part of the name, not the opening.
    const paras = att.paragraphs.filter((p, i) => !(i === 0 && QUALIFIER.test(p.key.trim()) && p.key.trim().startsWith('(')));
    const last = att.title[att.title.length - 1]!;
    out.push({ names: [bare(joinKey(att.title))], opening: paras.slice(0, 4), own: paras, anchor: { start: att.title[0]!.start, end: last.end } });
  }
  return out;
}

/** An attachment is the file's own document: a draft, or one the main text says the issuer made. */
function ownDraft(model: DocModel, title: readonly Paragraph[], paragraphs: readonly Paragraph[]): boolean {
  const name = bare(joinKey([...title]));
  if (DRAFT.test(joinKey([...title])) || DRAFT.test(paragraphs[0]?.key ?? '')) return true;
  const main = model.body.filter((p) => p.section === 0);
  return main.some((p) => {
    const at = p.key.indexOf(name.slice(0, Math.min(12, name.length)));
    return at >= 0 && MADE.test(p.key.slice(Math.max(0, at - 12), at));
  });
}

/** The places of the document's own level: its issuers' and its title's (东阳市). */
function ownPlaces(model: DocModel, names: Names, s: Subject): Set<string> {
  const out = new Set<string>();
  for (const raw of [...s.names, ...issuersOf(model, names).map((i) => i.name)]) {
    const m = PLACE.exec(raw);
    if (m) out.add(m[1]!);
  }
  return out;
}

/** The opening names, in 《》, a document of another place (or of none: 《国务院关于…》, 《关于…的通知》). */
function namesUpper(opening: string, own: Set<string>): boolean {
  const m = DECLARES_NAMED.exec(opening);
  if (!m) return false;
  const cited = [...m[0].matchAll(/《([^》]{2,80})》/g)].map((x) => x[1]!);
  return cited.some((c) => {
    const place = PLACE.exec(c)?.[1];
    return !place || !own.has(place);
  });
}

function implementsUpper(model: DocModel, names: Names, s: Subject): boolean {
  if (s.names.some((n) => TITLE_NAMES_UPPER.test(n))) return true;
  // The opening sentence may run over several paragraphs (a PDF copy's hard wraps).
  const opening = s.opening.map((p) => p.key).join('');
  if (s.names.some((n) => TITLE_GENRE.test(n))) return DECLARES.test(opening);
  if (s.names.some((n) => PLAN_GENRE.test(n))) return namesUpper(opening, ownPlaces(model, names, s));
  return false;
}

/** The text (title, opening, its own paragraphs, the notice's) names a requiring rule, or the higher text is a law. */
function exempt(model: DocModel, s: Subject): boolean {
  if (s.names.some((n) => LAW.test(n))) return true;
  const head = s.opening.map((p) => p.key).join('');
  if (LAW.test(head) && !/《[^》]*(?:意见|通知|决定|方案|规划|纲要)》/.test(head)) return true;
  return [...s.own, ...model.body].some((p) => REQUIRED.test(p.key));
}

export default defineRule({
  id: 'doc.implementation-rules',
  title: msg('贯彻落实意见和实施细则', 'Implementing opinions and rules'),
  // 地方各级、基层单位贯彻落实中央和上级文件……除有明确规定外，不再制定贯彻落实意见和实施细则。
  ...nationalOnly(CITE.notice2019, ['T19-rules'], 'O', 'info'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '文件本身是贯彻落实上级文件的意见、实施意见或实施细则，且未写明要求制定它的明确规定。',
    'The document is itself an implementing opinion or implementing rules for a higher-level document, and cites no rule that requires it.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (ctx.kind !== 'document') return;
    for (const s of subjectsOf(m)) {
      if (implementsUpper(m, ctx.names, s) && !exempt(m, s)) report(ctx, s);
    }
  },
});

function report(ctx: RuleContext, s: Subject): void {
  ctx.report({
    ...s.anchor,
    message: withCite(
      msg(
        '本文件是贯彻落实上级文件的意见或实施细则；除有明确规定外，不再制定贯彻落实意见和实施细则，可结合实际直接提出务实管用的举措，或写明要求制定的规定',
        'This is an implementing opinion or set of implementing rules for a higher-level document; unless a rule requires one, none should be made: take practical measures directly, or cite the rule that requires it',
      ),
      CITE.notice2019,
    ),
  });
}
