// Where a research or inspection plan asks the principal leader of the place visited (主要负责同志,
// 区委书记, 镇长, 一把手 …) to escort the team, report to it or attend its meetings — the national
// rules' 不得动辄要求见主要负责同志 (research.principal-demand).
//
// A principal leader is named; then the plan must ask something of them:
// - a demand verb in the same clause after the name (区委书记陪同, 主要负责同志要亲自汇报,
//   由镇党委书记介绍情况, 与区县主要负责同志座谈), with no negation, question or permission
//   between (主要负责同志不陪同, 可视情陪同);
// - or a label the name is listed under (陪同人员：区委书记、区长), or 见 right before it (要求见…).
// The leader must be on the visited side. The visiting leader is never reported: a name followed
// by 带队, 一行, 主持, 调研, 听取 … is the visitor, and a name whose level (省, 市, 区县, 镇街) is
// not below the visiting body's level (from the plan's leader and the document's issuers) is not
// taken for the visited place's. 村/社区 leaders are the people on the ground, not the
// 主要负责同志 the national rule means, and are left out. Without a level the name is the visited
// side's when the plan calls it so (被调研单位, 各单位, 所在…) or when it is to escort or report
// (a visitor neither escorts nor reports); attending alone (出席, 参加) then decides nothing.
// Enterprises, schools, hospitals visited are what the visit is about, not the 地方 the rule
// protects: their heads are left out too.

import type { DocModel } from '../model/types';
import type { Names } from '../names';
import type { Plan } from '../research/types';
import type { Paragraph } from '../text/paragraph';
import { issuersOf } from './issuer';
import { findSet, type PhraseHit } from './phrases';

/** What the plan asks of the principal leader. */
export type PrincipalAsk = 'escort' | 'report' | 'attend';

export interface PrincipalDemand {
  para: Paragraph;
  /** Indices in para.text: the leader as named, with the words that qualify the name (各区县, 章丘区). */
  start: number;
  end: number;
  ask: PrincipalAsk;
}

/** A principal leader's title (in the folded text: 党(工)委). 党委副书记, 副区长 do not match or are dropped below. */
const PRINCIPAL = /(?:党政)?(?:主要负责同志|主要负责人|主要领导同志|主要领导|一把手)|(?:党委|党工委|党\(工\)委|党组|[省市区县镇乡]委|镇街|乡镇|街道)书记|[市区县镇乡]长|(?:办事处|管委会)主任/g;
/** Before a …长 title: words ending in 区 that name no district (社区长, 园区长), 城市长, 城乡长效. */
const NOT_HEAD_BEFORE = /[社园片景校库林矿厂小营辖河湖]$/;
const CITY_BEFORE = /城$/;
/** After a …长: 长效, 长期 … (城乡长效机制) are other words. */
const NOT_TITLE_AFTER = /^(?:效|期|远|度|久|足|处|短|廊|跑|线|城|沙|江)/;

/** Where a clause ends, around a name. */
const CLAUSE_STOP = /[，,。；;！!？?：:|\n]/;
/** How far a qualifier, a verb or a label is looked for. */
const BACK = 16;
const AHEAD = 16;

/** The first verb after the name: a demand (group 1–3) or what a visitor does (group 4). */
const VERB = /(陪同|陪访|作陪|一同|随同|全程|接待|迎接)|(汇报|介绍)|(出席|参加|参会|列席|座谈|见面|等候|到场|在场|在岗)|(带队|率队|领队|一行|牵头|带领|主持|调研|视察|考察|督查|检查|督导|听取|讲话|指导|部署)/;
/** Between the name and its verb: a negation, a question, a permission or an alternative (或分管负责同志) means no demand. */
const NO_DEMAND = /不|无需|无须|免|勿|毋|没有|未|是否|能否|可|视情|酌情|根据需要|自愿|另行|或/;
/** A label the names are listed under: 陪同人员：…, 汇报人：…, 参加座谈人员为…. */
const LABEL = /(陪同|陪访|汇报|介绍|座谈|访谈|参加|参会|出席|列席|接待)[\u4e00-\u9fa5]{0,4}?(?:人员|领导|对象|人|单位)(?:名单)?\s*(?:[:：]|为|是|包括)\s*[^。；;：:]{0,30}$/;
/** The clause names what is looked into, not what is asked. */
const QUESTION_AFTER = /是否|怎样|如何|有无/;
const TOPIC_END = /(?:情况|次数|比例)$/;
const TOPIC_LABEL = /(?:内容|重点|范围|主题|目的)\s*[:：][^。；;：:]{0,30}$/;
/** 见 right before the name: 要求见…, 约见…. */
const MEET_BEFORE = /(?:要求|安排|约|会)?见$/;
/** Words that cut the qualifier off from what comes before it (请区县…, 由镇党委书记…). */
const QUALIFIER_CUT = /.*(?:请|由|安排|要求|邀请|听取|与|同|向|组织|通知|须|需|应|将|在|并|要|届时|期间|时|后|前|见|[0-9一二三四五六七八九十]+[、.．)）]|[（(][0-9一二三四五六七八九十]+[）)])/;
/** A person named before the leader in a list: everything up to the last 、 after a title. */
const ANOTHER_PERSON = /.*(?:长|主任|同志|负责人|书记|成员|人员|秘书|干部)、/;
const CONDITION = /^(?:如|如果|若|凡|如需|确需|因)/;
const LIST_MARK = /^\s*(?:[0-9一二三四五六七八九十]{1,3}[、.．)）]|[（(][0-9一二三四五六七八九十]{1,3}[）)])?\s*/;
/** Several names joined: 区委书记、区长 / 镇党委书记和镇长. */
const JOIN = /^[、和及与或][^，,。；;！!？?：:、]{0,6}$/;

/** Levels, highest office first: 省 1, 市 2, 区县 3, 镇街 4, 村社区 5. */
const LEVEL_MARK = /(社区|村|小区|居委会|网格)|(街道|镇|(?<!城)乡(?!村))|(县|(?<![社小园景片辖校营库矿林城])区(?!域|别|分|间|划))|(市(?!场|民))|(省)/g;
const LEVEL_OF_GROUP = [0, 5, 4, 3, 2, 1];
/**
 * Enterprises, schools and the like: the one visited is the subject of the visit, not a 地方; and
 * the visiting body's own divisions (相关处室, 本局), who travel with their leader.
 */
const NOT_LOCAL = /企业|公司|集团|合作社|学校|医院|工厂|厂|车间|项目|商户|协会|农户|大户|处室|科室|本局|本委|本部门|我局|我委|我办/;
/** The plan says the leader is the visited place's. */
const VISITED = /被调研|被督查|被检查|被考核|被督导|受检|调研对象|督查对象|检查对象|考核对象|调研点|检查点|点位|所在|当地|属地|各单位|各部门|本单位|该单位|各地|基层|下级|对口/;

/** The level a text names, the last or the first mark (a district name holding 市 counts as 区). */
function levelIn(text: string, names: Names, last: boolean): number | null {
  let t = text;
  for (const d of names.districts) if (d.includes('市') && t.includes(d)) t = t.split(d).join('区');
  let found: number | null = null;
  LEVEL_MARK.lastIndex = 0;
  for (let m = LEVEL_MARK.exec(t); m; m = LEVEL_MARK.exec(t)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    found = LEVEL_OF_GROUP[g]!;
    if (!last) return found;
  }
  return found;
}

/** The visiting side's level: the highest office among the plan's leader and the document's issuers. */
export function visitorLevel(plan: Plan, document: DocModel, names: Names): number | null {
  const who = [plan.leader ?? '', ...issuersOf(document, names).map((i) => i.name)];
  let best: number | null = null;
  for (const w of who) {
    const l = w ? levelIn(w, names, false) : null;
    if (l !== null && (best === null || l < best)) best = l;
  }
  return best;
}

/** Start of the clause holding i, at most BACK characters back. */
function clauseBack(t: string, i: number): number {
  const floor = Math.max(0, i - BACK);
  for (let k = i - 1; k >= floor; k--) if (CLAUSE_STOP.test(t[k]!)) return k + 1;
  return floor;
}

/** Whether t[i..j) is a principal's title (not 副区长, 社区长, 城市长, 长效). */
function isTitle(t: string, i: number, j: number): boolean {
  const before = t.slice(Math.max(0, i - 1), i);
  if (before === '副') return false;
  if (t[j - 1] !== '长') return true;
  if (NOT_HEAD_BEFORE.test(before) || (t[i] !== '区' && t[i] !== '县' && CITY_BEFORE.test(before))) return false;
  return !NOT_TITLE_AFTER.test(t.slice(j, j + 2));
}

/** Hits of the titles the plan sets, merged where names are joined (区委书记、区长). */
function nameGroups(model: DocModel): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const h of findSet(model, PRINCIPAL)) {
    const t = h.para.key;
    if (!isTitle(t, h.start, h.end)) continue;
    const prev = out[out.length - 1];
    if (prev && prev.para === h.para && JOIN.test(t.slice(prev.end, h.start)) && !VERB.test(t.slice(prev.end, h.start))) prev.end = h.end;
    else out.push({ ...h });
  }
  return out;
}

/** What the clause asks of the names at t[i..j) (qualified from q), or null. */
function askOf(t: string, q: number, i: number, j: number): PrincipalAsk | null {
  let e = j;
  const ceil = Math.min(t.length, j + AHEAD);
  while (e < ceil && !CLAUSE_STOP.test(t[e]!)) e++;
  const after = t.slice(j, e);
  // What the visit looks into (督查内容：…; 主要负责同志参加会议情况; 是否陪同) asks nothing of anyone.
  if (QUESTION_AFTER.test(after) || TOPIC_LABEL.test(t.slice(Math.max(0, i - 40), i))) return null;
  const v = VERB.exec(after);
  if (v) {
    if (v[4] !== undefined || NO_DEMAND.test(after.slice(0, v.index))) return null;
    // 汇报…情况 is what the report is about; 陪同…情况, 参加会议情况 is a topic.
    if (v[2] === undefined && TOPIC_END.test(after)) return null;
    return v[1] !== undefined ? 'escort' : v[2] !== undefined ? 'report' : 'attend';
  }
  const before = t.slice(Math.max(0, i - 40), i);
  const label = LABEL.exec(before);
  if (label) {
    const w = label[1]!;
    return /陪同|陪访|接待/.test(w) ? 'escort' : /汇报|介绍/.test(w) ? 'report' : 'attend';
  }
  return MEET_BEFORE.test(t.slice(Math.max(0, q - 3), q)) ? 'attend' : null;
}

/** Whether the names at t[q..j) (qualifier and titles) are the visited place's. */
function visitedSide(t: string, clause: number, q: number, j: number, ask: PrincipalAsk, visitor: number | null, names: Names): boolean {
  const named = t.slice(q, j);
  const level = levelIn(named, names, true);
  if (level === 5 || NOT_LOCAL.test(named)) return false;
  if (VISITED.test(t.slice(clause, j))) return true;
  if (level !== null) return visitor !== null ? level > visitor : level >= 3;
  return ask !== 'attend';
}

/**
 * The plan's demands on the principal leaders of the places visited. `visitor`: the visiting
 * side's level (visitorLevel), or null when the plan does not say.
 */
export function principalDemands(model: DocModel, visitor: number | null, names: Names): PrincipalDemand[] {
  const out: PrincipalDemand[] = [];
  for (const g of nameGroups(model)) {
    const t = g.para.key;
    const clause = clauseBack(t, g.start);
    const cut = QUALIFIER_CUT.exec(t.slice(clause, g.start));
    let q = clause + (cut ? cut[0].length : 0);
    // In a list of people (区农业农村局局长、街道办事处主任) the name starts after the person before it.
    const person = ANOTHER_PERSON.exec(t.slice(q, g.start));
    if (person) q += person[0].length;
    while (q < g.start && /[\s、，,.．)）(（]/.test(t[q]!)) q++;
    // A condition (如主要负责同志陪同的，…; 确需…的) sets nothing.
    if (CONDITION.test(t.slice(clause, g.start).replace(LIST_MARK, ''))) continue;
    const ask = askOf(t, q, g.start, g.end);
    if (!ask || !visitedSide(t, clause, q, g.end, ask, visitor, names)) continue;
    out.push({ para: g.para, start: q, end: g.end, ask });
  }
  return out;
}
