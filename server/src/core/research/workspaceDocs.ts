// What the workspace rules compare across documents and meetings (meeting.annual-comprehensive,
// meeting.already-documented, doc.copy-upper), read from a file's model and tree: the meetings it
// convenes (name, the field whose 综合性工作会议 it is, the work it deploys, its first day), the
// titles others cite it by, the work a deploying document is about, the upper documents a
// 配套/实施 document implements, and its body's clauses as hashes. Pure; the workspace index
// (index.ts) keeps a compact copy of each file's, and a rule reads its own file's afresh.

import { fnv1a } from '../text/fnv';
import type { DocModel } from '../model/types';
import type { Names } from '../names';
import { memoSlot, perText } from '../parse/memo';
import { setsAt } from '../semantics/stance';
import type { Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';
import { MIN_CONFIDENCE, type MeetingRegion, type Tree } from '../tree/types';

// ---- titles -------------------------------------------------------------------------------------

/** A title as others cite it: folded, without spaces, quotes, brackets or a draft mark. */
export function titleKey(t: string): string {
  return t
    .replace(/[\s\u3000《》〈〉<>“”"'‘’「」『』]/g, '')
    .replace(/[（(](?:试行|暂行|征求意见稿|送审稿|草案)[）)]/g, '')
    .replace(/[。，,；;：:！!？?]+$/, '');
}

/** The titles a file can be cited by: its own (with and without the issuer before 关于), and those it prints. */
export function titleKeysOf(model: DocModel): string[] {
  const out = new Set<string>();
  const add = (s: string): void => {
    const k = titleKey(s);
    if (k.length >= 4) out.add(k);
  };
  const title = model.titleKey;
  if (title) {
    add(title);
    const at = title.indexOf('关于');
    if (at > 0) add(title.slice(at));
  }
  for (const n of model.printedNames) add(n);
  return [...out];
}

/** A genre a deploying or implementing document ends its title with. */
const POLICY_GENRE = /(?:通知|实施意见|指导意见|意见|实施方案|工作方案|行动方案|方案|工作要点|要点|工作计划|计划|决定|办法|措施|实施细则|细则|规划|安排)$/;
/** Titles that are no document deploying work: meetings, reports, replies, forwarded texts. */
const NOT_DEPLOYING = /会议|大会|例会|推进会|部署会|调度会|动员会|座谈会|纪要|请示|报告|批复|通报|总结|简报|讲话|函$|转发|批转|名单|结果|公示|公告|通告/;

/** The name a 印发 notice prints, else the title itself (关于印发《X》的通知 → X). */
function coreTitle(model: DocModel): string {
  const t = model.titleKey.replace(/\s/g, '');
  if (/印发|颁发|发布/.test(t) && model.printedNames.length) return model.printedNames[0]!.replace(/\s/g, '');
  return t;
}

// ---- topics: the work a document or a meeting is about ------------------------------------------

const YEAR = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})(?:—\d{4})?年度?/;
const LEVEL = /^(?:全国|全省|全市|全州|全区|全县|全盟|全系统|全行业|本市|我市|本省|我省|本区|我区|本县|我县)/;
const OPENING = /^(?:关于|进一步|切实|扎实|全面|深入|持续|加快|加强|做好|抓好|开展|推进|推动|组织|做实|实施|启动|部署|统筹|集中|着力|强化)/;
const CLOSING = /(?:有关工作|相关工作|有关事项|相关事项|有关问题|工作|的)$/;

/** A topic without the year, level, verbs and 工作 around it: 关于做好2024年全市安全生产工作 → 安全生产. */
export function normTopic(s: string, places: readonly string[] = []): string {
  let t = s.replace(/[\s《》〈〉“”"、，,]/g, '');
  for (let guard = 0; guard < 12; guard++) {
    const before = t;
    for (const p of places) if (t.startsWith(p) && t.length > p.length + 1) t = t.slice(p.length);
    t = t.replace(YEAR, '').replace(LEVEL, '').replace(OPENING, '').replace(CLOSING, '');
    if (t === before) break;
  }
  return t;
}

/** Places a file's issuers stand for (济南市, 历城区), read from its 版头, title and 署名. */
export function issuerPlaces(model: DocModel): string[] {
  const out = new Set<string>();
  const raw = [...model.issuerMark.map((p) => p.key), ...model.signature.map((p) => p.key)];
  const head = /^(.{2,40}?)关于/.exec(model.titleKey)?.[1];
  if (head) raw.push(head);
  for (const r of raw) {
    // 济南市历城区教育和体育局: 济南市, then 历城区.
    let rest = r.replace(/\s/g, '').replace(/^(?:中国共产党|中共)/, '');
    for (let k = 0; k < 2; k++) {
      const m = /^([\u4e00-\u9fa5]{1,6}?(?:自治区|省|市|区|县))/.exec(rest);
      if (!m || m[1]!.length < 2 || /^[市区县省]/.test(m[1]!)) break;
      out.add(m[1]!);
      rest = rest.slice(m[1]!.length);
    }
  }
  return [...out];
}

/** Places to drop from the front of a topic: the issuer's, then the configured 区县. */
export function placesOf(model: DocModel, names: Names): string[] {
  return [...new Set([...issuerPlaces(model), ...names.districts])];
}

/** The work a deploying document is about (its topic), or null when it deploys nothing (a 请示, a 会议通知 …). */
export function documentTopic(model: DocModel, places: readonly string[]): string | null {
  const t = model.titleKey.replace(/\s/g, '');
  if (!t || NOT_DEPLOYING.test(t.replace(/《[^》]*》/g, ''))) return null;
  let core = coreTitle(model);
  if (NOT_DEPLOYING.test(core)) return null;
  const at = core.indexOf('关于');
  if (at >= 0) core = core.slice(at);
  // 关于印发〈X〉的通知 quoted inside a longer title: X.
  const printed = /(?:印发|颁发|发布)[《〈]([^《》〈〉]+)[》〉]/.exec(core);
  if (printed) core = printed[1]!;
  core = core.replace(/[》〉]+$/, '').replace(/(?:的)?(?:紧急|补充)通知$/, '通知');
  if (!POLICY_GENRE.test(core)) return null;
  for (let guard = 0; guard < 3 && POLICY_GENRE.test(core); guard++) core = core.replace(POLICY_GENRE, '').replace(/的$/, '');
  const topic = normTopic(core, places);
  return topic.length >= 2 ? topic : null;
}

/** The year a document's title gives its work (关于做好2024年秸秆禁烧工作的通知 → 2024), or null. */
export function titleYear(model: DocModel): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})年度?(?!\d{1,2}月)/.exec(coreTitle(model));
  return m ? Number(m[1]) : null;
}

// ---- meetings ----------------------------------------------------------------------------------

/** A meeting as the workspace rules compare it. */
export interface MeetingRef {
  /** The name as written (全市教育工作会议). */
  name: string;
  /** Original offsets of the name. */
  start: number;
  end: number;
  /** The field whose 综合性工作会议 it is ("市|教育"), or null. */
  annualKey: string | null;
  /** The work it deploys (部署会、推进会、动员会): normalised topics, or none. */
  topics: string[];
  /** Its first day, when the year is known. */
  date: Ymd | null;
}

/** A meeting's name after the verb that convenes it: 召开全市教育工作会议的通知. */
const NAME_AFTER = /(?:召开|举行|举办)(?:一次|了)?([^，。；;：:、\s“”《》（）()]{2,40}?(?:会议|大会|会))(?=[，。；;、的\s（(]|$)/;
/** A title that is the meeting's name with 议程/日程 after it: 2024年全市教育工作会议议程. */
const NAME_TITLE = /^([^，。；;：:\s“”《》（）()]{2,40}?(?:会议|大会|会))(?:[（(][^（）()]{1,12}[）)])?(?:的)?(?:议程|日程|日程安排|议程安排|会议议程|安排|通知)?$/;
/** Where a notice that is not about the meeting itself is made (补充、延期、取消): the meeting is counted by its own notice. */
const FOLLOW_UP = /补充通知|延期|推迟|改期|取消|调整/;

/** The meetings of a file the rules may compare (confidence as for checking), each with its name where written. */
export function meetingsOf(model: DocModel, tree: Tree, names: Names): MeetingRef[] {
  const out: MeetingRef[] = [];
  if (FOLLOW_UP.test(model.titleKey)) return out;
  for (const m of tree.meetings) {
    if (m.confidence < MIN_CONFIDENCE) continue;
    const r = meetingRef(model, m, names);
    if (r) out.push(r);
  }
  return out;
}

const refs = new WeakMap<MeetingRegion, { names: Names; ref: MeetingRef | null }>();

/** A meeting region's name, field and topics (null when no name is written, or in a follow-up notice). */
export function meetingRef(model: DocModel, m: MeetingRegion, names: Names): MeetingRef | null {
  if (FOLLOW_UP.test(model.titleKey)) return null;
  const hit = refs.get(m);
  if (hit && hit.names === names) return hit.ref;
  const ref = readMeeting(model, m, names);
  refs.set(m, { names, ref });
  return ref;
}

function readMeeting(model: DocModel, m: MeetingRegion, names: Names): MeetingRef | null {
  const at = nameOf(model, m);
  if (!at) return null;
  const name = at.para.key.slice(at.start, at.end);
  const start = at.para.origStart(at.start);
  const end = Math.max(start, at.para.origEnd(at.end));
  const date = m.agenda.days.find((d) => d.date)?.date ?? null;
  const places = placesOf(model, names);
  return { name, start, end, annualKey: annualKey(name, places, issuerPlaces(model)), topics: deployTopics(name, places), date };
}

interface NameAt {
  para: Paragraph;
  start: number;
  end: number;
}

function nameOf(model: DocModel, m: MeetingRegion): NameAt | null {
  if (m.whole) {
    for (const p of model.title) {
      const x = NAME_AFTER.exec(p.key);
      if (x) return { para: p, start: x.index + x[0].length - x[1]!.length, end: x.index + x[0].length };
    }
    if (model.title.length === 1) {
      const p = model.title[0]!;
      const x = NAME_TITLE.exec(p.key);
      if (x) return { para: p, start: 0, end: x[1]!.length };
    }
  } else if (m.basis === 'section') {
    const h = m.paragraphs[0]!;
    if (h.level > 0) {
      const x = NAME_TITLE.exec(h.key.slice(h.markLength).trim());
      if (x && !/^召开/.test(x[1]!)) {
        const start = h.key.indexOf(x[1]!, h.markLength);
        return { para: h, start, end: start + x[1]!.length };
      }
    }
  }
  // The sentence that convenes it, among the region's first paragraphs — one that convenes it, not
  // one that forbids, questions or criticises convening it — and only for a meeting with a day.
  if (m.agenda.days.length === 0) return null;
  let seen = 0;
  for (const p of m.paragraphs) {
    if (p.role !== 'body' && p.role !== 'other') continue;
    const x = NAME_AFTER.exec(p.key);
    if (x) {
      const at = { para: p, start: x.index + x[0].length - x[1]!.length, end: x.index + x[0].length };
      return setsAt(p, x.index, at.end) ? at : null;
    }
    if (++seen >= 3) break;
  }
  return null;
}

/**
 * 综合性工作会议 of a field: 全市教育工作会议, 2024年全省公安工作会议, 济南市卫生健康系统工作会议 — a
 * level (全市, 全省, 某市) and a field right before 工作会议. Meetings about a task within a field
 * (专项、推进、部署、现场、培训、表彰、第二次、季度 …) are not the field's comprehensive meeting.
 */
const ANNUAL = /^(?:全(国|省|市|州|区|县|盟)|(省|市|区|县))([\u4e00-\u9fa5]{2,14}?)(?:系统)?工作(?:电视电话|视频)?(?:会议|大会)$/;
const NOT_ANNUAL = /专项|专题|攻坚|行动|整治|百日|推进|部署|调度|动员|现场|观摩|培训|表彰|总结|座谈|约谈|警示|汇报|会商|联席|季度|半年|月度|第[一二三四五六七八九十\d]|片区|迎检|检查|督查|督导|验收|启动|誓师|常务|全体|专门|紧急|冬季|夏季|春季|秋季|节前|节后|汛前|讲评|点评|交流|经验|研讨|务虚|领导小组|委员会|指挥部|工作组|办公室|重点|集中|会议/;

export function annualKey(name: string, places: readonly string[], issuers: readonly string[]): string | null {
  let first = name.split('暨')[0]!.replace(YEAR, '');
  // 济南市教育工作会议: the issuer's own place stands for its level (市教育工作会议).
  const own = places.find((p) => first.startsWith(p));
  if (own) first = own.slice(-1) + first.slice(own.length).replace(YEAR, '');
  const m = ANNUAL.exec(first);
  if (!m) return null;
  const level = m[1] ?? m[2]!;
  const field = m[3]!.replace(/系统$/, '');
  if (NOT_ANNUAL.test(field) || field.length < 2) return null;
  // A district's or county's meeting is its own: its name (from the issuer) keeps them apart.
  const local = level === '区' || level === '县' ? (own ?? issuers.find((p) => p.endsWith(level)) ?? '') : '';
  return `${local}${level}|${field}`;
}

/** The work a 部署会/推进会/动员会 deploys: 全市秸秆禁烧工作推进会 → 秸秆禁烧 (several when joined by 暨). */
const DEPLOY = /^(.{2,40}?)(?:工作)?(?:动员部署|部署动员|调度推进|现场推进|推进落实|部署|推进|动员)(?:大)?会(?:议)?$/;

export function deployTopics(name: string, places: readonly string[]): string[] {
  const m = DEPLOY.exec(name.replace(/\s/g, ''));
  if (!m) return [];
  const out: string[] = [];
  for (const part of m[1]!.split('暨')) {
    const t = normTopic(part.replace(/(?:工作)?(?:动员部署|部署动员|部署|推进|动员)(?:大)?会(?:议)?$/, ''), places);
    if (t.length >= 2 && !/^(?:各项|重点|有关|年度|全年|当前)$/.test(t)) out.push(t);
  }
  return out;
}

// ---- upper documents ---------------------------------------------------------------------------

/** Words that make a document one that implements another (贯彻落实《X》的实施意见). */
const IMPLEMENTS = /贯彻|落实|配套|细化|实施(?:意见|方案|细则|办法|计划|措施)/;
/** The opening that names the upper document: 为贯彻落实《X》（…号）精神，结合我市实际，制定本方案。 */
const OPENING_CITE = /(?:贯彻落实|贯彻|落实|根据|按照|依据)[^。；;]{0,40}?《([^《》]{4,80})》/;
const MAKES = /结合|制定|制订|现提出|提出(?:如下|以下)|现就|特制|如下(?:实施)?(?:意见|方案|措施)/;

/**
 * The upper documents a 配套/实施 document implements, by title key: cited in its title
 * (关于贯彻落实《X》的实施意见, 印发《Y贯彻〈X〉实施方案》的通知) or in the opening that says it
 * was made to implement them. Forwarded texts (转发、批转) are not the forwarding body's drafting.
 */
export function upperTitles(model: DocModel): string[] {
  const title = model.titleKey.replace(/\s/g, '');
  if (!title || /转发|批转/.test(title)) return [];
  const core = coreTitle(model);
  if (!POLICY_GENRE.test(core.replace(/[》〉]+$/, ''))) return [];
  const out = new Set<string>();
  // In the title: a citation inside the name, next to an implementing word.
  const inner = core === title ? title : core;
  const cites = [...inner.matchAll(/[《〈]([^《》〈〉]{4,80})[》〉]/g)].map((x) => x[1]!);
  if (cites.length && IMPLEMENTS.test(inner.replace(/[《〈][^《》〈〉]*[》〉]/g, ''))) for (const c of cites) out.add(titleKey(c));
  // In the opening of the text it makes (the main text, or the one a 印发 notice prints).
  for (const p of openingParagraphs(model)) {
    const t = p.key;
    const m = OPENING_CITE.exec(t);
    if (!m) continue;
    const end = t.indexOf('。', m.index);
    const sentence = t.slice(m.index, end < 0 ? t.length : end);
    const made = MAKES.exec(sentence);
    if (!made) continue;
    // What it implements is cited before it says what it makes (…，结合实际，制定《本方案》).
    for (const x of sentence.slice(0, made.index).matchAll(/《([^《》]{4,80})》/g)) out.add(titleKey(x[1]!));
  }
  const own = new Set(titleKeysOf(model));
  return [...out].filter((k) => k.length >= 4 && !own.has(k));
}

/** The first two body paragraphs of the main text and of each printed document. */
function openingParagraphs(model: DocModel): Paragraph[] {
  const out: Paragraph[] = [];
  const per = new Map<number, number>();
  for (const p of model.body) {
    const n = per.get(p.section) ?? 0;
    if (n >= 2) continue;
    per.set(p.section, n + 1);
    out.push(p);
  }
  return out;
}

// ---- clauses: the body as hashes, to find text copied from another document --------------------

/** Clauses shorter than this (字, after normalising) are too common to tell copying. */
export const MIN_CLAUSE = 8;

/** One clause of the body that counts: where it is, its hash and its length, and its sentence. */
export interface Clause {
  para: Paragraph;
  /** Indices in para.text. */
  start: number;
  end: number;
  hash: number;
  /** Normalised length (字). */
  len: number;
  /** Sentence number within the file. */
  sentence: number;
}

/**
 * The level words two documents at different levels write the same sentence with: 全国/全省/全市 → 全X,
 * 各省/各市/各区县/各街道 → 各X, 我省/本市 → 我X, 省级/市级 → X级, 党中央/省委/市委 → X委,
 * 国务院/省政府/市人民政府 → X府. One pattern, so a clause is read once.
 */
const LEVEL_WORDS = /全(?:国|省|市|州|区|县|盟)|各省(?:、自治区、直辖市|区市)?|各(?:区县|县区|县市区|市县区|市州|乡镇|镇街|街镇|街道|市|县|区|镇|地区|地)|我(?:国|省|市|区|县)|本(?:省|市|区|县|地区)|(?:国家|省|市|县|区)级|中共中央|党中央|(?:省|市|县|区)委|国务院|(?:省|市|县|区)(?:人民)?政府/g;
/** A quick test: a clause without any of these characters has no level word. */
const LEVEL_CHARS = /[全各我本级委院府]/;

function levelWord(w: string): string {
  if (w.endsWith('级')) return 'X级';
  if (w.endsWith('委') || w === '中共中央' || w === '党中央') return 'X委';
  if (w.endsWith('府') || w === '国务院') return 'X府';
  return `${w[0]}X`;
}

/** Formulas every document repeats from the same source: their words show no copying of the upper document. */
const FORMULA = /习近平新时代中国特色社会主义思想|党的(?:二十|十九|十八)|二十届|十九届|全会精神|两个确立|两个维护|四个意识|四个自信|以人民为中心的发展思想|完整准确全面贯彻新发展理念/;
const HEADING_MARK = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]、?|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/;
/** Where a clause ends, and quotation marks (found in one pass). */
const BREAKS = /[，,。；;！？!?：:“”「」]/g;
const SENTENCE_BREAK = '。；;！？!?';

export function normClause(s: string): string {
  const t = LEVEL_CHARS.test(s) ? s.replace(LEVEL_WORDS, levelWord) : s;
  return t.replace(/[^\u4e00-\u9fa5A-Za-z0-9]/g, '');
}

const CLAUSES = memoSlot('clause hashes');

/**
 * A paragraph's clauses that count, five numbers each (start, end, hash, length, sentence within
 * the paragraph), and its number of sentences last. Kept by the paragraph's text.
 */
function paragraphClauses(p: Paragraph): readonly number[] {
  const t = p.key;
  const out: number[] = [];
  let sentence = 0;
  let quoted = 0;
  // A heading's number (二、 （三） 4.) is the document's own order, not its words.
  let from = HEADING_MARK.exec(t)?.[0].length ?? 0;
  const formulas = FORMULA.test(t);
  const close = (end: number): void => {
    // Words in quotation marks quote another text; they are not this one's drafting.
    if (quoted === 0 && end - from >= MIN_CLAUSE) {
      const raw = t.slice(from, end);
      if (!formulas || !FORMULA.test(raw)) {
        const n = normClause(raw);
        if (n.length >= MIN_CLAUSE) out.push(from, end, fnv1a(n), Math.min(n.length, 255), sentence);
      }
    }
  };
  BREAKS.lastIndex = from;
  for (let m = BREAKS.exec(t); m; m = BREAKS.exec(t)) {
    const i = m.index;
    const c = m[0];
    if (c === '“' || c === '「') {
      close(i);
      quoted++;
      from = i + 1;
    } else if ((c === '”' || c === '」') && quoted > 0) {
      quoted--;
      from = i + 1;
    } else if (c !== '”' && c !== '」') {
      close(i);
      from = i + 1;
      if (SENTENCE_BREAK.includes(c)) sentence++;
    }
  }
  close(t.length);
  out.push(sentence + 1);
  return out;
}

/** The body's clauses that count, in order (headings and short or quoted clauses left out). */
export function clausesOf(model: DocModel): Clause[] {
  const out: Clause[] = [];
  let sentences = 0;
  for (const p of model.body) {
    const xs = perText(p, CLAUSES, paragraphClauses);
    for (let k = 0; k + 5 <= xs.length - 1; k += 5) {
      out.push({ para: p, start: xs[k]!, end: xs[k + 1]!, hash: xs[k + 2]!, len: xs[k + 3]!, sentence: sentences + xs[k + 4]! });
    }
    sentences += xs[xs.length - 1]!;
  }
  return out;
}
