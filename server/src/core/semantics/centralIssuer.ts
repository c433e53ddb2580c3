// Whether a document is issued at the centre (中共中央, 国务院, their general offices, the
// ministries and commissions of the State Council, the central Party departments) or locally.
// The 2019 notice holds 中央印发的政策性文件 to 10 pages and asks 地方和部门 to keep to it
// strictly (doc.page-estimate). The city name lists (config `names`) know only local bodies, so
// the centre is told by the names themselves.

import type { DocModel } from '../model/types';
import type { Names } from '../names';
import { issuersOf } from './issuer';

/** A place in a name (山东省…, 济南市…, 历城区…, …州, …旗): the body is local. 市场, 城市, 城乡 are no places. */
const PLACE = /[省市县区州盟旗]/;
const NOT_PLACES = /市场|城市|超市|城区/g;
/** Bodies of a unit (学院党委, 校团委, 大学宣传部, 集团公司): local whatever their name. */
const UNIT_BODY = /党委|党工委|党组|团委|纪委|工委|管委|居委会|村委会|学院|大学|学校|中学|小学|公司|集团|医院|协会|学会|研究[院所]|中心/;
/** 教育部, 国家发展改革委, 海关总署, 市场监管总局, with their 办公厅. */
const MINISTRY = /^[\u4e00-\u9fa5]{2,14}?(?:部|委员会|委|总局|总署|署|局)(?:办公厅|办公室)?$/;
/** Central document numbers: 国发、国办发、国办函、国函、中发、中办发、厅字. */
const CENTRAL_NUMBER = /^(?:国发|国办发|国办函|国函|中发|中办发|厅字)\s*[〔［\[（(]/;

/** Whether one issuer's name is a central body. */
export function isCentralName(raw: string): boolean {
  const n = raw.replace(/文件$/, '').replace(/^中国共产党/, '中共');
  if (/^(?:中共)?中央/.test(n) || /^国务院/.test(n) || /^全国(?:人大|政协)/.test(n)) return true;
  if (/^(?:中国人民银行|最高人民法院|最高人民检察院)/.test(n)) return !PLACE.test(n.replace(NOT_PLACES, '').slice(4));
  if (PLACE.test(n.replace(NOT_PLACES, '')) || UNIT_BODY.test(n)) return false;
    // A bare …局 is a local bureau with its place left out (公安局); 总局 and 国家/中国…局 are central.
  return /^(?:国家|中国)/.test(n) ? MINISTRY.test(n) : MINISTRY.test(n) && !/(?:^|[^总])局(?:办公厅|办公室)?$/.test(n);
}

/**
 * The document's issuer is central: the first issuer named (版头, title, 署名) is a central body,
 * or, when none is named, the 发文字号 is a central one (国发〔2024〕5号).
 */
export function centralIssuer(model: DocModel, names: Names): boolean {
  const issuers = issuersOf(model, names);
  if (issuers.length) return isCentralName(issuers[0]!.name);
  return !!model.docNumber && CENTRAL_NUMBER.test(model.docNumber.key.trim());
}
