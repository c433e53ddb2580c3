// doc.implementation-rules (national pack; 2019 notice of the General Office, as the official
// release describes it): 除有明确规定外，不再制定贯彻落实意见和实施细则.
// Fires (info) on a document that is itself a 贯彻落实意见 / 实施意见 / 实施细则 of a higher-level
// document: its title says so (关于贯彻落实《…》的实施意见, 贯彻落实《…》实施方案), or its title is an
// 实施意见 / 实施细则 / 贯彻…意见 and its opening sentence declares it made to carry out a
// higher-level document (为贯彻落实《国务院关于…》精神……制定本实施细则). A 印发 notice is judged by
// the document it prints. Silent when the text cites the rule that requires it (…明确要求各地制定
// 实施细则, 根据《…》第十二条), when the higher text is a law or regulation (《…法》实施细则,
// 《…条例》实施办法), and for a plain 实施方案 or 工作方案 whose title names no higher document.

import type { DocModel } from '../model/types';
import { CITE } from '../national';
import { documentAnchor } from './doc.length';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withCite } from './kit/util';

/** A title that names the higher document it carries out: 贯彻落实《…》的实施意见, 贯彻…精神的意见. */
const TITLE_NAMES_UPPER = /贯彻(?:落实|执行)?[^｜]{0,80}?(?:[《〈][^》〉]{2,80}[》〉]|(?:通知|意见|决定|规定|方案|纲要|规划)精神)[^｜]{0,20}?的?(?:实施)?(?:意见|细则|方案|办法)$|[《〈][^》〉]{2,80}[》〉]的?实施(?:意见|细则|方案|办法)$/;
/** A title that is an implementing text by its genre (the opening then says what it implements). */
const TITLE_GENRE = /(?:实施意见|实施细则|贯彻(?:落实)?[^｜]{0,40}?的?意见)$/;
/**
 * The opening sentence declares the document made to carry out a higher one: 为(深入)贯彻落实《…》
 * (精神)……制定本细则 / 提出如下实施意见; 根据《国务院关于…》精神……制定本实施意见.
 */
const DECLARES = /(?:贯彻(?:落实|执行)?|根据|按照)[^。]{0,100}?(?:《[^》]{2,80}》|中央|党中央|国务院|省委|省政府|省人民政府|上级)[^。]{0,200}?(?:制定|提出|制订)(?:本|如下|以下)?(?:实施)?(?:意见|细则|办法|方案)/;
/** The higher text is a law or regulation: its implementing rules are the law's business. */
const LAW = /[《〈][^》〉]*(?:法|条例|法规|规章)(?:\([^)]*\))?[》〉]/;
/** The text cites the rule that requires an implementing document. */
const REQUIRED = /(?:明确要求|规定|要求|授权)[^。]{0,30}?(?:制定|出台|制订)[^。]{0,20}?(?:实施细则|实施意见|实施办法|实施方案|配套|贯彻落实意见)|第[一二三四五六七八九十百零\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:的)?规定|授权/;

/** The names to judge: the printed document's (a 印发 notice), else the title's. */
function subjects(model: DocModel): string[] {
  return model.printedNames.length ? model.printedNames : model.titleKey ? [model.titleKey] : [];
}

/** The first body paragraphs of the document that bears the name (the printed one, or this one). */
function opening(model: DocModel): Paragraph[] {
  const section = model.printed[0]?.section ?? 0;
  return model.body.filter((p) => p.section === section).slice(0, 4);
}

function implementsUpper(model: DocModel): boolean {
  const names = subjects(model);
  if (names.some((n) => TITLE_NAMES_UPPER.test(n))) return true;
  if (!names.some((n) => TITLE_GENRE.test(n))) return false;
  // The opening sentence may run over several paragraphs (a PDF copy's hard wraps).
  return DECLARES.test(opening(model).map((p) => p.key).join(''));
}

/** The text (title, opening, body) names a requiring rule, or the higher text is a law. */
function exempt(model: DocModel): boolean {
  if (subjects(model).some((n) => LAW.test(n))) return true;
  const head = opening(model).map((p) => p.key).join('');
  if (LAW.test(head) && !/《[^》]*(?:意见|通知|决定|方案|规划|纲要)》/.test(head)) return true;
  return model.body.some((p) => REQUIRED.test(p.key));
}

export default defineRule({
  id: 'doc.implementation-rules',
  title: msg('贯彻落实意见和实施细则', 'Implementing opinions and rules'),
  clause: CITE.notice2019.zh,
  clauseKeys: ['T19-rules'],
  packs: {
    // 地方各级、基层单位贯彻落实中央和上级文件……除有明确规定外，不再制定贯彻落实意见和实施细则。
    'national-2024': { cite: CITE.notice2019, keys: ['T19-rules'], grade: 'O', severity: 'info' },
  },
  visits: ['Document'],
  defaultSeverity: 'off',
  fixable: false,
  description: msg(
    '文件本身是贯彻落实上级文件的意见、实施意见或实施细则，且未写明要求制定它的明确规定。',
    'The document is itself an implementing opinion or implementing rules for a higher-level document, and cites no rule that requires it.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (ctx.kind !== 'document' || !m.title.length) return;
    if (!implementsUpper(m) || exempt(m)) return;
    ctx.report({
      ...documentAnchor(m),
      message: withCite(
        msg(
          '本文件是贯彻落实上级文件的意见或实施细则；除有明确规定外，不再制定贯彻落实意见和实施细则，可结合实际直接提出务实管用的举措，或写明要求制定的规定',
          'This is an implementing opinion or set of implementing rules for a higher-level document; unless a rule requires one, none should be made: take practical measures directly, or cite the rule that requires it',
        ),
        CITE.notice2019,
      ),
    });
  },
});
