// Place names of research stops, read into 区县 › 镇/街道 › 村/社区/企业/项目 and normalised so
// that two plans naming the same point compare equal:
//   - 区县 from the gazetteer (names.districts), else a name ending in 区/县/旗 that is not a
//     generic area (小区, 园区, 景区 …), else a 县级市 before a 镇/街道; a leading 省/市 is dropped
//     when a 区县 follows (济南市历城区唐王街道 -> 历城区 › 唐王街道);
//   - 镇/街道/乡/开发区, with 街道办事处 -> 街道 and the town's own offices (党工委, 人民政府, 便民
//     服务中心) counted as the town;
//   - the site: a 村 or 社区 (its committee, 党群服务中心 or other facility counts as the village),
//     else a company (its legal form dropped: 有限公司, 股份有限公司), else the longest name that
//     ends like a place (…产业园, …医院, …项目, …景区 …);
//   - categories (2个村, 有关企业, 联建村, 重点项目, 老旧小区) and meeting rooms are not points
//     one can visit twice: they are read but not compared.
// Names the lists do not know still work by their own text (unknown 区县, bare names after 第N站).

import type { Names } from '../names';
import type { Place } from './types';

export type PlaceLevel = 'district' | 'town' | 'site' | 'bare';

export interface ReadPlace {
  place: Place;
  /** Characters of the run that name the place (the rest is the activity or a description). */
  len: number;
  /** The most specific level named: bare = words without a place ending. */
  level: PlaceLevel;
  /** A meeting room, hotel or canteen: where a meeting sits, not a point of the route. */
  venue: boolean;
}

const PROVINCE = /^[\u4e00-\u9fa5]{2,3}省/;
const CITY = /^[\u4e00-\u9fa5]{2,3}市/;
const GENERIC_DISTRICT = /^[\u4e00-\u9fa5]{2,4}?(?:区|县|旗)/;
/** Words ending in 区/县 that name a kind of area, not a 区县. */
const NOT_A_DISTRICT = /^(?:[\u4e00-\u9fa5]{0,3}(?:开发|园|景|社|小|片|辖|校|厂|郊|库|街|功能|示范|保护|高新|经济|工业|农业|服务|保税|试验|自贸|商业|住宅|生活|矿|灾|林|牧|营|展|核心|集聚|先行|风景|旅游|度假|产业)区|(?:老|主|中心|新)?城区|市区|山区|新区|[\u4e00-\u9fa5]{0,2}(?:区县|县区|县市|市县)[\u4e00-\u9fa5]{0,2})$/;
const TOWN = /^[\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道办|街道|镇|乡|经济技术开发区|经济开发区|开发区|工业园区|管理区)/;
/** A 镇/乡 that is part of a word, not a town: 特色小镇, 古镇, 城镇, 村镇银行, 城乡, 家乡. */
const NOT_A_TOWN = /^(?:城镇|村镇|乡镇|各乡)$|(?:小镇|古镇|城乡|家乡|故乡|下乡|老乡|返乡|回乡|美丽乡|异乡|水乡|他乡)$/;
const TOWN_OFFICE = /^(?:党工委|党委|人民政府|政府|办事处|便民服务中心|为民服务中心|综合服务中心)/;
const DISTRICT_OFFICE = /^(?:委|政府|人民政府|党委|人大常委会|人大|政协|法院|人民法院|检察院|人民检察院)/;
const VILLAGE_ADMIN = /^(?:村民委员会|民委员会|村委会|居民委员会|居委会|党支部|党总支|两委)/;
const LEGAL_FORM = /^(?:股份有限公司|有限责任公司|有限公司|股份公司)/;
/** Place endings, longest first within each length; single characters only for names of 3+. */
const SITE_ENDINGS = [
  '经济技术开发区', '便民服务中心', '党群服务中心', '新时代文明实践站', '综合服务中心',
  '产业园', '工业园', '科技园', '软件园', '物流园', '示范园', '示范区', '示范点', '幼儿园', '卫生院', '卫生室', '养老院', '敬老院', '幸福院',
  '博物馆', '纪念馆', '图书馆', '体育馆', '文化馆', '服务中心', '服务站', '合作社', '示范基地',
  '项目', '基地', '园区', '学校', '中学', '小学', '大学', '学院', '医院', '中心', '工厂', '农场', '牧场', '林场', '景区', '街区', '市场',
  '小区', '码头', '车间', '工地', '超市', '广场', '公园', '水库', '河道', '驿站', '书院', '工程', '展厅', '展馆', '大厦', '商场',
  '集团', '公司', '企业', '银行', '车站', '机场', '港口', '湿地', '大棚', '工区', '隧道', '大桥', '枢纽', '路段', '服务区', '收费站',
  '站', '所', '馆', '场', '园', '厂', '庄', '屯', '寨', '峪', '坞', '湖', '泉', '岛', '桥', '湾', '局', '院', '店', '堂', '港',
];
const SITE_ENDING_SET = new Set(SITE_ENDINGS);
const MAX_ENDING = 7;
/** Characters before 村 that make a word, not a village name: 驻村, 进村, 农村, 乡村, 全村 … */
const NOT_BEFORE_VILLAGE = new Set([...'驻进下包联住入到回返离出农乡全本该各每邻同外一此']);
/** Characters after 村 that make a word: 村级, 村庄, 村落, 村镇, 村务 … */
const NOT_AFTER_VILLAGE = new Set([...'级庄落镇务容貌干组']);
/** Categories and unnamed places: not a point one could visit twice. */
const VAGUE = /^(?:有关|相关|部分|若干|个别|一些|周边|附近|辖区|所在|当地|该|本|基层|各|某|随机|其他|其它|老旧|新建|在建|重点|示范|典型|先进|后进|薄弱|贫困|困难|联建|包保|所驻|包驻|联系|帮扶|帮包|结对|试点|一般|普通|沿线|[0-9一二两三四五六七八九十几多]{1,3}(?:个|家|处|所|座|名|户|条|类|批))/;
/** A number of places of a kind: 2个村, 三家企业, 若干个社区. */
const COUNTED = /^(?:[0-9一二两三四五六七八九十几多若干]{1,3}(?:个|家|处|所|座|条|类|批)|若干|部分|多个|几个)[\u4e00-\u9fa5]{0,6}?(?:村|社区|企业|项目|学校|单位|工地|市场|小区|街道|镇|乡|点位|点|场所)/;
const VENUE = /(?:会议室|会议中心|会客室|报告厅|礼堂|宾馆|酒店|饭店|餐厅|食堂|招待所|大院|机关)$/;

/** Characters that do not occur in place names but do in the words around them (调研组到…, 要在…). */
const NOT_IN_NAME = /[到赴在去往从于的了是为对将把被要请]/;

function han(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return x >= 0x4e00 && x <= 0x9fa5;
}

/** 区县 at the start of s: the gazetteer first, then a generic name. Returns its length or 0. */
function districtAt(s: string, names: Names): { name: string; len: number } | null {
  for (const d of names.districts) if (d && s.startsWith(d)) return { name: d, len: d.length };
  const m = GENERIC_DISTRICT.exec(s);
  if (m && !NOT_A_DISTRICT.test(m[0]) && !NOT_IN_NAME.test(m[0]) && !/[和与及组]/.test(m[0])) return { name: m[0], len: m[0].length };
  return null;
}

function townAt(s: string): { name: string; len: number } | null {
  const m = TOWN.exec(s);
  if (!m) return null;
  const w = m[0];
  if (NOT_A_TOWN.test(w) || VAGUE.test(w) || NOT_IN_NAME.test(w)) return null;
  if (w.endsWith('乡') && /^[村镇土愁情贤亲音里]/.test(s.slice(w.length))) return null;
  if (w.endsWith('镇') && /^(?:化|银行)/.test(s.slice(w.length))) return null; // 城镇化, 村镇银行
  const name = w.replace(/办事处$|办$/, '');
  return { name, len: w.length };
}

/** Length of a place ending that finishes exactly at i (s[..i)), or 0. */
function endingBefore(s: string, i: number): number {
  for (let n = Math.min(MAX_ENDING, i); n >= 1; n--) if (SITE_ENDING_SET.has(s.slice(i - n, i))) return n;
  return 0;
}

/** The village or community the run starts with (2+ characters before 村, 1+ before 社区). */
function villageAt(s: string): { name: string; len: number } | null {
  const max = Math.min(s.length, 12);
  for (let i = 1; i < max; i++) {
    if (!han(s[i - 1]) || NOT_IN_NAME.test(s[i - 1]!)) return null;
    if (s.startsWith('社区', i)) return { name: s.slice(0, i + 2), len: i + 2 };
    if (s[i] !== '村' || i < 2) continue;
    if (NOT_BEFORE_VILLAGE.has(s[i - 1]!)) continue;
    const next = s[i + 1];
    if (next !== undefined && NOT_AFTER_VILLAGE.has(next)) continue;
    if (next === '民' && !s.startsWith('民委员会', i + 1)) continue;
    return { name: s.slice(0, i + 1), len: i + 1 };
  }
  return null;
}

/** A company or group: the name up to 集团/公司 (legal form dropped), and its length as written. */
function companyAt(s: string): { name: string; len: number } | null {
  const max = Math.min(s.length, 24);
  for (let i = 2; i < max; i++) {
    if (NOT_IN_NAME.test(s[i - 1]!)) return null;
    if (s.startsWith('集团', i)) {
      let len = i + 2;
      const lf = LEGAL_FORM.exec(s.slice(len));
      if (lf) len += lf[0].length;
      return { name: s.slice(0, i + 2), len };
    }
    const lf = LEGAL_FORM.exec(s.slice(i));
    if (lf) return { name: `${s.slice(0, i)}公司`, len: i + lf[0].length };
    if (s.startsWith('公司', i)) return { name: s.slice(0, i + 2), len: i + 2 };
    if (!han(s[i])) break;
  }
  return null;
}

/** The longest prefix of s that ends like a place (a facility, a project, a scenic spot …). */
function facilityAt(s: string): number {
  for (let i = Math.min(s.length, 24); i >= 2; i--) {
    const n = endingBefore(s, i);
    if (n === 0) continue;
    if (i - n < 1) continue; // the ending alone (企业, 项目) names nothing
    if (n === 1 && i < 3) continue;
    if (NOT_IN_NAME.test(s.slice(0, i))) continue;
    return i;
  }
  return 0;
}

function trimName(s: string): string {
  return s.replace(/^[“”"'‘’「」]+|[“”"'‘’「」]+$/g, '');
}

/**
 * Reads the place a run of words names. `contextDistrict` is the 区县 of the stop before (or of
 * the title), used when the run names none. Returns null when nothing in it reads as a place.
 */
export function readPlace(run: string, names: Names, contextDistrict: string | null, lenient = false): ReadPlace | null {
  const body = trimName(run);
  const lead = run.length - run.replace(/^[“”"'‘’「」]+/, '').length;
  let s = body;
  let at = 0;
  const prov = PROVINCE.exec(s);
  if (prov && s.length > prov[0].length) {
    s = s.slice(prov[0].length);
    at += prov[0].length;
  }
  let district: string | null = null;
  let d = districtAt(s, names);
  if (!d) {
    const city = CITY.exec(s);
    if (city && s.length > city[0].length) {
      const rest = s.slice(city[0].length);
      if (districtAt(rest, names)) {
        s = rest;
        at += city[0].length;
        d = districtAt(s, names);
      } else if (townAt(rest)) d = { name: city[0], len: city[0].length }; // a 县级市
    }
  }
  if (d) {
    district = d.name;
    s = s.slice(d.len);
    at += d.len;
  }
  let town: string | null = null;
  const t = townAt(s);
  const office = t ? TOWN_OFFICE.exec(s.slice(t.len)) : district ? DISTRICT_OFFICE.exec(s) : null;
  if (t) {
    town = t.name;
    s = s.slice(t.len);
    at += t.len;
  }
  if (office) {
    s = s.slice(office[0].length);
    at += office[0].length;
  }
  let site: string | null = null;
  let siteLen = 0;
  let level: PlaceLevel = town ? 'town' : district ? 'district' : 'bare';
  let named = false; // the site has a village, company or place ending
  const counted = COUNTED.exec(s);
  if (counted && !town) {
    // 2个村, 三家企业: how many, not which.
    site = counted[0];
    siteLen = counted[0].length;
    named = true;
    level = 'site';
  } else if (s.length >= 2 && han(s[0])) {
    const v = villageAt(s);
    const c = v ? null : companyAt(s);
    if (v) {
      site = v.name;
      siteLen = v.len;
      const admin = VILLAGE_ADMIN.exec(s.slice(siteLen));
      if (admin) siteLen += admin[0].length;
    } else if (c) {
      site = c.name;
      siteLen = c.len;
    } else {
      const f = facilityAt(s);
      if (f) {
        site = s.slice(0, f);
        siteLen = f;
      }
    }
    if (site) {
      named = true;
      level = 'site';
      // A facility inside the village or company (党群服务中心, 生产车间) is part of the words;
      // one after 和/及/与 is a place of its own (三德范村和三德范小学).
      const rest = s.slice(siteLen);
      const more = /^[和及与]/.test(rest) ? 0 : facilityAt(rest);
      if (more && !villageAt(rest) && !companyAt(rest)) siteLen += more;
    } else if ((!town && !district) || lenient) {
      // Bare words: a name without a place ending (趵突泉 after 第一站, a table's 地点 cell).
      if (s.length <= 16) {
        site = s;
        siteLen = s.length;
      }
    }
  }
  if (!district && !town && !site) return null;
  const written = s.slice(0, siteLen);
  const venue = site !== null && VENUE.test(written) && !(named && (villageAt(s) || companyAt(s)));
  const vague = (site !== null && VAGUE.test(site)) || (town !== null && VAGUE.test(town));
  const dist = district ?? contextDistrict;
  const len = lead + at + siteLen;
  const comparable = !vague && !venue && (town !== null || site !== null);
  return {
    place: { district: dist, town, site, key: `${dist ?? ''}|${town ?? ''}|${site ?? ''}`, text: run.slice(0, len), comparable },
    len,
    level,
    venue,
  };
}

/** 章丘区文祖街道三德范村 -> 章丘区 › 文祖街道 › 三德范村 (the whole text as one place). */
export function parsePlace(text: string, names: Names, contextDistrict: string | null): Place | null {
  return readPlace(text.trim(), names, contextDistrict)?.place ?? null;
}

/**
 * Two stops name the same point: the same site (and no different town or district), or the
 * same town when neither names a site. 历城区唐王街道 and 唐王街道 (district from context or
 * unknown) match; 唐王街道 and 唐王街道娄家村 do not (a town is not a village in it).
 */
export function samePlace(a: Place, b: Place): boolean {
  if (!a.comparable || !b.comparable) return false;
  if (a.district && b.district && a.district !== b.district) return false;
  if (a.site && b.site) return a.site === b.site && (a.town === b.town || !a.town || !b.town);
  if (!a.site && !b.site && a.town && b.town) return a.town === b.town;
  return false;
}
