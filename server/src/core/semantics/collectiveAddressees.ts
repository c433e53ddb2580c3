// Who a document goes to and who issues it, as the national doc.directive-scope reads them beyond
// bodiesAndApps.ts: the lower 党委和政府 named in every collective form real 主送 lines use (各县(市)区
// 党委、政府, 各区(市)县政府, 各市(州)人民政府, 各乡镇(场)党委), a bare collective place standing for
// its 党委和政府 in a 主送 (各乡镇(场)、街道:), and a department known only by its 发文字号 (鞍民发
// 〔2021〕18号 is the 民政局's), when no issuer is named.

import type { DocModel } from '../model/types';
import type { Names } from '../names';
import type { Paragraph } from '../text/paragraph';
import type { Mention } from './addressees';
import { issuersOf } from './issuer';
import { bodyKind, lowerLeadership } from './bodiesAndApps';

/** A level of the administrative division: 省、自治区、市、州、县、区、旗、乡、镇、街道, and 场 (农场、林场). */
const LEVEL = '(?:自治区|直辖市|市辖区|自治州|自治县|地区|街道|苏木|省|市|州|盟|县|区|旗|乡|镇|街|场)';
/** Levels run together, joined by 、 or bracketed (keys fold brackets): 县(市)区, 区(市)县, 市(州), 县(市、区), 乡镇(场). */
const LEVELS = `${LEVEL}(?:、?${LEVEL}|\\(${LEVEL}(?:、${LEVEL})*\\))*`;
/** 党委 and 政府 in their forms: 党委、政府, 委和人民政府, 党(工)委、办事处, 政府(管委会). */
const SUFFIX = '(?:党委|党\\(工\\)委|党工委|委(?![托员派屈婉]))?(?:(?:和|、|及)?(?:人民政府|政府|办事处))?(?:\\(管委会\\))?';
/** 各 + levels + 党委/政府: the lower leadership as a whole. */
const COLLECTIVE = new RegExp(`各${LEVELS}${SUFFIX}`, 'g');
/** The match ends in a 党委 or a 政府 (各市 or 各乡镇 alone names places). */
const ENDS_LEADERSHIP = /(?:党委|党\(工\)委|党工委|委|人民政府|政府|办事处|\(管委会\))$/;
/** What follows a name when it owns a department: 各县(市、区)委组织部, 各区(市)县政府有关部门, …人民政府安委办、. */
const OWNED = /^(?:办公室|办公厅|办(?![理法])|督查室|组织部|宣传部|统战部|政法委|编办|研究室|机关|(?:各|有关|相关|职能|工作|组成|所属|直属)(?:部门|单位)|部门|所属|直属|派出机构)/;
const SHORT_OWNED = /^[\u4e00-\u9fa5]{1,6}?(?:办|局|委|中心|站|所|队|处)(?:[、,;:]|$)/;

/** The collective lower 党委/政府 in a paragraph in the forms bodiesAndApps' list leaves out. */
function collectiveSpans(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  COLLECTIVE.lastIndex = 0;
  for (let m = COLLECTIVE.exec(t); m; m = COLLECTIVE.exec(t)) {
    const end = m.index + m[0].length;
    if (!ENDS_LEADERSHIP.test(m[0]) || OWNED.test(t.slice(end, end + 16)) || SHORT_OWNED.test(t.slice(end, end + 8))) continue;
    out.push([m.index, end]);
  }
  return out;
}

/** 委 opening a word, not ending a name: 各区委托第三方…, 各县委员会. */
const VERB_AFTER = /^委[托员派屈婉]/;

/** A 主送 item that is only a collective place: 各乡镇(场), 各县(市、区), 街道 (after 各乡镇、). */
const BARE_PLACE = new RegExp(`^各?${LEVELS}$`);

/**
 * The bare collective places of a 主送 line that stand for their 党委和政府: 各乡镇(场)、街道. Items
 * joined by 、 share what ends the last one (各县(市、区)、开发区民政局 are 民政局), so a group counts
 * only when its last item is a bare place too; and the place must be collective (各…, or an item
 * after a 各… item), not one named zone or town.
 */
function bareSpans(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const group of splitOutside(t.replace(/[:：]\s*$/, ''), ',;', 0)) {
    const items = splitOutside(group.text, '、', group.start);
    const last = items[items.length - 1];
    if (!last || !BARE_PLACE.test(last.text)) continue;
    let collective = false;
    for (const it of items) {
      const bare = BARE_PLACE.test(it.text);
      if (bare && (it.text.startsWith('各') || collective)) out.push([it.start, it.start + it.text.length]);
      collective = bare && (it.text.startsWith('各') || collective);
    }
  }
  return out;
}

interface Piece {
  text: string;
  start: number;
}

/** Splits at the separators outside brackets (县(市、区) stays one item); offsets from `base`. */
function splitOutside(t: string, seps: string, base: number): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (i === t.length || (depth === 0 && seps.includes(c!))) {
      const raw = t.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ text, start: base + from + lead });
      from = i + 1;
    }
  }
  return out;
}

/**
 * The lower 党委/政府 a paragraph names, at any level: bodiesAndApps' list, the collective forms it
 * leaves out, and, in the 主送 line (`recipients`), bare collective places.
 */
export function lowerLeadershipWide(p: Paragraph, names: Names, recipients: boolean): Mention[] {
  const out = lowerLeadership(p, names).filter((m) => !VERB_AFTER.test(p.key.slice(m.end - 1, m.end + 1)));
  const more = collectiveSpans(p.key);
  if (recipients) more.push(...bareSpans(p.key));
  for (const [start, end] of more) {
    if (!out.some((o) => o.start < end && start < o.end)) out.push({ para: p, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The bracket that opens the year of a 发文字号. */
const YEAR_BRACKET = /[〔\[【(〖{﹝]/;
/**
 * A department's or a coordination body's code after the place's one or two characters: 民 (民政),
 * 教, 财, 卫健, 人社, 农, 公 (公安), 住建, 自然资, 应急, 市监, 发改, 组 (组织部), 宣 (宣传部), 安委
 * (安委会) … A 党委's or 政府's code (发, 办发, 政发, 政办发, 委办发, 府发) holds none of them.
 */
const DEPARTMENT_CODE =
  /^[\u4e00-\u9fa5]{1,2}?(?:民政?|教育?|财政?|卫健?|卫生|人社|农业?|农农|公安?|交通?|住建|城建|建|环保?|生态|文旅|文广|商务?|科技?|工信|经信|发改|自然资|国土|应急|安监|市监|市场|工商|质监|审计?|统计?|水利?|林业?|司法?|医保|退役|体育?|组通?|宣|统战|人防|粮|能源|旅游?|民宗|编办|信访|国资|金融|数据|安委|安办|防指|爱卫|双拥|文明办|综治)[\u4e00-\u9fa5]{0,2}?(?:发|字|函)$/;

/** The 发文字号 names a department (鞍民发, 冀人社发, 鲁教基字), judged by its 机关代字. */
export function departmentByNumber(model: DocModel): boolean {
  const key = model.docNumber?.key.trim();
  if (!key) return false;
  const at = key.search(YEAR_BRACKET);
  return at > 0 && DEPARTMENT_CODE.test(key.slice(0, at).trim());
}

/**
 * Issued only by departments, units and 议事协调机构 of any level (bodiesAndApps' reading of the named
 * issuers); when no issuer is named at all (the copy starts at the 发文字号), the 发文字号's code.
 */
export function issuedByDepartmentWide(model: DocModel, names: Names): boolean {
  const kinds = issuersOf(model, names).map((i) => bodyKind(i, names)).filter((k) => k !== 'other');
  if (kinds.length) return kinds.every((k) => k === 'department' || k === 'coordination');
  return departmentByNumber(model);
}
