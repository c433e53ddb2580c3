// doc.secondment (national pack, 《若干规定》规范借调干部): 上级机关、单位原则上不得从县及以下单位借调干部
// (one news digest; 县及以下 takes in the county itself).
// Fires where a document issued above the county (a city, province or central body) borrows or
// draws staff from the county or below: 从各区县抽调业务骨干, 借调乡镇干部, 各区县各抽调2名同志到
// 市专班集中办公. The issuer comes from the frame (版头, title, 署名); a file that names none counts
// as above the county when the staff come from 各区县 / 县（市、区）, which only a higher body asks of.
// Silent where the text forbids or limits secondment (不得从基层借调, 严格控制借调), for a county that
// draws on its own townships, and for staff drawn from the issuer's own units (市局抽调精干力量).

import { CITE } from '../national';
import { findSet, sentenceOf } from '../semantics/phrases';
import { issuerTier, negatedInClause } from '../semantics/subjectAndTier';
import { clauseEnd, clauseStart, sentenceStart } from '../semantics/stance';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/**
 * 借调 / 抽调 / 借用 of people (抽调 of files or samples is none), and borrowing under another name:
 * 选调…到市直机关跟班学习, 选派…集中办公.
 */
const BORROW = /借调|抽调|借用|抽借|(?:选调|选派|抽派)(?=[^。；;]{0,30}?(?:跟班学习|集中办公|帮助工作|协助工作|驻点办公))/g;
/** Units at the county or below (县及以下), as the source of the staff. */
const BELOW = '(?:区县|县区|县\\(市、区\\)|县\\(市\\)|县\\(区\\)|区\\(县\\)|县级|县直|区直|县(?:委|政府|人民政府)|[\\u4e00-\\u9fa5]{1,4}(?<!市|省)县(?!城|两级|级以上)|乡镇|街道|镇\\(街道?\\)|村\\(社区\\)|村(?:居|级|委会|干部)|社区|基层|各县|各区(?!域))';
/** 从各区县抽调 / 从乡镇（街道）借调: the source before the verb, in its clause. */
const FROM_BELOW = new RegExp(`从[^从，,。；;]{0,24}?${BELOW}[^，,。；;]{0,16}$`);
/** 各区县（要）抽调… / 由各乡镇借调…: they are the subject who sends the staff. */
const BELOW_SENDS = new RegExp(`^(?:[一二三四五六七八九十]{1,3}、|\\(?[0-9一二三四五六七八九十]{1,2}[).、]\\)?)?(?:请|由|要求|并|同时)?${BELOW}`);
/** 借调乡镇干部 / 抽调县区业务骨干: the source named with the staff after the verb. */
const BELOW_STAFF = new RegExp(`^[^，,。；;]{0,12}?${BELOW}[^，,。；;]{0,10}?(?:干部|人员|工作人员|同志|骨干|力量|专家)`);
/** Units that only a body above the county addresses as a whole. */
const DISTRICTS_AS_A_WHOLE = /各区县|各县区|各县\(市、区\)|县\(市、区\)|各县|各区(?!域)|区县/;
/** People: staff, cadres, backbones, N名. */
const STAFF = /干部|人员|工作人员|同志|骨干|力量|专家|\d+名|[一二两三四五六七八九十]名/;

export default defineRule({
  id: 'doc.secondment',
  title: msg('从基层借调干部', 'Secondment from the county and below'),
  // 上级机关、单位原则上不得从县及以下单位借调干部。 (one news digest)
  ...nationalOnly(CITE.secondment, ['N-secondment'], 'D', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '县级以上机关的文件从县及以下单位（区县、乡镇街道、村社区）借调、抽调干部。',
    'A document of a body above the county borrows or draws staff from the county and below (区县, 乡镇（街道）, 村（社区）).',
  ),
  options: [],
  check(ctx) {
    const tier = issuerTier(ctx.model, ctx.names);
    if (tier === 'county') return;
    const seen = new Set<string>();
    for (const h of findSet(ctx.model, BORROW)) {
      const t = h.para.key;
      const s0 = sentenceStart(t, h.start);
      const key = `${h.para.start}:${s0}`;
      if (seen.has(key)) continue;
      const sentence = sentenceOf(h);
      const before = t.slice(clauseStart(t, h.start, s0), h.start);
      const after = t.slice(h.end, clauseEnd(t, h.end, t.length));
      if (!STAFF.test(after.slice(0, 24))) continue;
      if (!FROM_BELOW.test(before) && !BELOW_SENDS.test(before) && !BELOW_STAFF.test(after)) continue;
      if (negatedInClause(t, h.start)) continue;
      // Without a named issuer, only 各区县 as the source shows a higher body asking.
      if (tier === null && !DISTRICTS_AS_A_WHOLE.test(sentence)) continue;
      seen.add(key);
      ctx.report({
        ...ctx.span(h.para, h.start, h.end),
        message: withCite(
          msg(
            `文件从县及以下单位${h.para.text.slice(h.start, h.end)}干部；上级机关、单位原则上不得从县及以下单位借调干部，请改由本级力量承担或通过购买服务等方式解决`,
            'The document draws staff from the county level or below; higher bodies should in principle not borrow cadres from the county and below: use their own staff instead',
          ),
          CITE.secondment,
        ),
      });
    }
  },
});
