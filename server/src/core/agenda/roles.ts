// Who speaks in an agenda item and in what role (RULES.md, 会议): a principal leader's speech
// (the speaker's title is in names.principalLeaders), the presiding leader's remarks, a report
// (汇报、通报、作…报告、起草说明), another speech (表态、交流、典型发言), or an unbudgeted item
// (审议、学习、观看、颁奖…, and a speech by any other leader).

import type { Names } from '../names';
import type { ItemRole, Principal } from './types';

/** Items about deliberating, watching or moving around: not budgeted, whatever report they name. */
const OTHER_LEAD = /^(?:分组|分团|大会|全体|集中|集体|会议|全体人员)?(?:审议|讨论|表决|学习|观看|收看|宣读|选举|颁奖|颁发|签约|签订|通过|参观|视察|考察|传达|播放|合影|休会|休息|报到|用餐|午餐|晚餐|散会|结束|闭幕|开幕|唱|奏|默哀)/;
/** Verbs that make the named leader the object of the item (传达市委书记讲话精神), not its speaker. */
const RELAYED = /传达|学习|贯彻|听取|宣读|观看|收看|审议|讨论/;
const SPEECH_WORD = /讲话(?!精神)|致辞|作[^，。；]{0,16}?报告|工作报告|部署|动员|总结|强调/;
const HOST_WORD = /主持人|主持会议|主持并|宣布(?:开会|会议开始|会议结束|闭会|散会|大会开幕|开幕)|^主持/;
const HOST_REMARK = /讲话(?!精神)|总结|强调|小结|讲评|主持/;
const REPORT_WORD = /汇报|通报(?!表扬|批评)|作[^，。；]{0,20}?报告|(?:情况|工作)介绍|介绍[^，。；]{0,20}?情况|作[^，。；]{0,20}?说明|起草说明/;
const NOT_REPORT = /辅导|讲座|授课|培训|专家/;
const SPEECH = /发言|经验交流|经验介绍|作交流|交流经验|表态/;

/** The words before the verb: 市委书记张三讲话 -> 市委书记张三; 听取市发展改革委汇报… -> 市发展改革委. */
export function speakerOf(text: string): string {
  const t = text.replace(/^[（(][^）)]{0,12}[）)]/, '').replace(/^(?:请|由|听取)/, '');
  const m = /^(.{1,24}?)(?:同志)?(?:作|做|进行|代表[^，。]{0,10})?(?:总结|重要|动员|部署|表态|交流|典型|经验交流|专题|工作|大会|书面)?(?:讲话|致辞|汇报|发言|主持|讲评|小结|总结|强调|通报|介绍|报告|说明)/.exec(t);
  if (!m) return '';
  // 开幕式：市委书记 / 大会交流，市长: a session name before the speaker; 历下区，市中区: two speakers.
  const lead = /^([^，,：:]{1,8})([，,：:])\s*/.exec(m[1]!);
  const who = lead && !(/[，,]/.test(lead[2]!) && UNIT_END.test(lead[1]!)) ? m[1]!.slice(lead[0].length) : m[1]!;
  // 市长王五作经济工作报告: the speaker ends before 作.
  return who.replace(/(?:分别|依次|共同|先后)$/, '').replace(/(.{2,}?)(?:作|做)[^作做]*$/, '$1').replace(/[：:，,、\s]+$/, '').replace(/同志$/, '');
}

/** The title of a principal leader in s, not as part of 副市长 / 市委副书记. */
export function hasPrincipalTitle(s: string, names: Names): boolean {
  return names.principalLeaders.some((full) => {
    // 市委主要负责同志作动员讲话: the speaker reads 市委主要负责 once 同志 is dropped.
    const title = full.replace(/同志$/, '');
    let at = s.indexOf(title);
    while (at >= 0) {
      if (s[at - 1] !== '副' && !s.startsWith('助理', at + title.length)) return true;
      at = s.indexOf(title, at + 1);
    }
    return false;
  });
}

/** Whether speaker and host name the same person (张三 / 副市长张三 / 市政府副市长张三同志). */
function sameLeader(speaker: string, host: string | null): boolean {
  if (!host || !speaker) return false;
  const h = host.replace(/同志$/, '');
  return h.includes(speaker) || speaker.includes(h);
}

/**
 * Words of a rule, a question or a criticism, not of a step (不搞一般性工作汇报, 严禁…讲话, 是否安排表态发言,
 * 一些地方…依次汇报的现象). A limit on the step itself (汇报不超过10分钟, 原则上每人5分钟) is a step.
 */
const NORM_TEXT = /不得|严禁|禁止|不搞|不(?:再)?安排|杜绝|现象|是否|一般不同时/;

export function roleOf(text: string, speaker: string, host: string | null, names: Names): ItemRole {
  if (NORM_TEXT.test(text)) return 'other';
  // 开幕式，市委书记讲话 / 大会交流：市长作总结讲话: a short session name, then the step itself.
  const lead = /^([^，,：:；;]{1,8})[，,：:]\s*(\S.*)$/.exec(text);
  if (lead && !/讲话|致辞|汇报|发言|主持|报告|通报/.test(lead[1]!) && !NOT_REPORT.test(lead[1]!)) {
    const rest = lead[2]!;
    const role = roleOf(rest, speakerOf(rest), host, names);
    if (role !== 'other') return role;
  }
  if (OTHER_LEAD.test(text)) return 'other';
  if (RELAYED.test(speaker)) return 'other';
  // The speaker may stand after the verb: 讲话（市委书记张三）, 讲话：市长.
  const principal = speaker ? hasPrincipalTitle(speaker, names) : hasPrincipalTitle(text, names) && !RELAYED.test(text);
  const isHost = sameLeader(speaker, host);
  if (principal && SPEECH_WORD.test(text) && !HOST_WORD.test(text.replace(/主持会议并|主持并/, ''))) return 'principal';
  if (principal && /讲话(?!精神)|致辞/.test(text)) return 'principal';
  if (HOST_WORD.test(text)) return 'host';
  if (isHost && HOST_REMARK.test(text)) return hostIsPrincipal(host, names) && SPEECH_WORD.test(text) ? 'principal' : 'host';
  if (REPORT_WORD.test(text) && !NOT_REPORT.test(text)) return 'report';
  if (SPEECH.test(text)) return principal ? 'principal' : 'speech';
  return 'other';
}

function hostIsPrincipal(host: string | null, names: Names): boolean {
  return !!host && hasPrincipalTitle(host, names);
}

const UNIT_END = /(?:区|县|市|局|委|办|厅|部|院|中心|公司|集团|街道|镇|乡|村|社区|学校|医院|企业|代表|同志|单位|部门)$/;

/** Speakers listed in one item (历下区、章丘区作表态发言; 张三、李四同志发言): their number when more than one. */
export function listedSpeakers(speaker: string): number | null {
  // Only 、 and commas separate speakers: 和 / 及 also join the words of one name (市工业和信息化局).
  if (!/[、，,]/.test(speaker)) return null;
  const pieces = speaker.split(/[、，,]/).map((x) => x.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  const ok = pieces.every((x) => UNIT_END.test(x) || /^[\u4e00-\u9fa5]{2,3}$/.test(x));
  return ok ? pieces.length : null;
}

// ── Principals of any level (the national rules: 地方党政主要负责同志) ─────────────────────────

/** Chars a title's 长 may begin a place name with (济南市长清区, 湖南省长沙市), or a word (全县长期). */
const AFTER_CHANG = /^(?:[\u4e00-\u9fa5]{1,2}(?:区|县|市|镇|乡|州|旗|街道)|[期效远])/;
/** What ends a place written before a title: punctuation, space, a bracket. */
const PLACE_STOP = /[、，,：:；;（）()\s|]/;
const LEVEL_CHARS = '省市州盟县区旗镇乡';

/** A title of either list found in a text, with the place written before it. */
interface TitleHit {
  party: boolean;
  /** Where the place written before the title starts, the title itself, and its end. */
  from: number;
  at: number;
  end: number;
  level: string;
  place: string;
}

function levelOf(title: string): string {
  if (title.startsWith('自治区')) return '省';
  if (title.startsWith('街道')) return '街道';
  return LEVEL_CHARS.includes(title[0]!) && /委|长|政府/.test(title.slice(1, 3)) ? title[0]! : '';
}

/** Whether the title at s[at..end) is a principal's, not 副市长, 团市委书记, 市长助理, 机关党工委书记 or 济南市长清区. */
function titleStands(s: string, title: string, at: number, end: number): boolean {
  const before = s[at - 1] ?? '';
  if (before === '副' || before === '团') return false;
  if (s.startsWith('助理', end)) return false;
  if (title === '党工委书记' && s.slice(Math.max(0, at - 2), at) === '机关') return false;
  if (title.endsWith('长') && AFTER_CHANG.test(s.slice(end, end + 4))) return false;
  return true;
}

/** Where the place before a title starts: back to punctuation (or the title before it), at most 10 chars. */
function placeStart(s: string, at: number, floor: number): number {
  let from = at;
  while (from > floor && at - from < 10 && !PLACE_STOP.test(s[from - 1]!)) from--;
  return from;
}

/** The place as compared: 中共 and an acting 代 left out, the title's own level char dropped (章丘区区长 → 章丘). */
function placeName(raw: string, level: string): string {
  const place = raw.replace(/^中共/, '').replace(/代$/, '');
  return level && level !== '街道' && place.endsWith(level) ? place.slice(0, -1) : place;
}

function titleHits(s: string, names: Names): TitleHit[] {
  const lists: Array<[boolean, string[]]> = [[true, names.partyPrincipals], [false, names.governmentPrincipals]];
  const hits: TitleHit[] = [];
  for (let i = 0; i < s.length; i++) {
    // The longest title at i (街道党工委书记 before 党工委书记).
    let best: { party: boolean; title: string } | null = null;
    for (const [party, list] of lists) {
      for (const full of list) {
        const t = full.replace(/同志$/, '');
        if (t && s.startsWith(t, i) && (!best || t.length > best.title.length)) best = { party, title: t };
      }
    }
    if (!best || !titleStands(s, best.title, i, i + best.title.length)) continue;
    const from = placeStart(s, i, hits.length ? hits[hits.length - 1]!.end : 0);
    const level = levelOf(best.title);
    hits.push({ party: best.party, from, at: i, end: i + best.title.length, level, place: placeName(s.slice(from, i), level) });
    i += best.title.length - 1;
  }
  return hits;
}

/** The same level and place, as far as both are written (市委书记 and 济南市市长; not 历下区委书记 and 章丘区区长). */
export function samePost(a: Pick<Principal, 'level' | 'place'>, b: Pick<Principal, 'level' | 'place'>): boolean {
  return (!a.level || !b.level || a.level === b.level) && (!a.place || !b.place || a.place.endsWith(b.place) || b.place.endsWith(a.place));
}

/**
 * The principal leaders (of any level) a speaker's words name, one per person: 镇党委书记、镇长张三 is one
 * person holding both posts, 市委书记张三、市长李四 two (a name closes a person), and so is a list the
 * item shares out (`several`: 市委书记、市长分别讲话).
 */
export function principalsIn(s: string, names: Names, several = false): Principal[] {
  const out: Principal[] = [];
  let prevEnd = -1;
  for (const h of titleHits(s, names)) {
    const last = out[out.length - 1];
    // Only punctuation (or 兼) between two titles: one person's titles; a name between them closes a person.
    const between = prevEnd >= 0 ? s.slice(prevEnd, h.from).replace(/[、，,\s]|同志|兼/g, '') : '';
    if (last && !several && between === '' && samePost(last, h)) {
      last.party ||= h.party;
      last.government ||= !h.party;
      last.level ||= h.level;
      last.place ||= h.place;
    } else out.push({ party: h.party, government: !h.party, level: h.level, place: h.place });
    prevEnd = h.end;
  }
  return out;
}

/** A speech of one's own (讲话, 致辞, 作…报告, 作部署), not a relayed one (传达…讲话精神) nor a 发言. */
const OWN_SPEECH = /讲话(?!精神|稿|材料|要点)|致辞|作[^，。；]{0,16}?报告|部署/;
const NOT_OWN = /传达|学习|贯彻|听取|宣读|观看|收看|审议|讨论|解读|精神/;

/** Who gives the speech: the speaker before the verb, else the words after it (讲话（市委书记赵六）, | 讲话 | 市委书记 |). */
function speechGiver(text: string, speaker: string, host: string | null): string {
  if (speaker === '主持人' && host) return host;
  if (speaker) return speaker;
  // 市长王五部署全年工作: the words before 部署 (speakerOf reads no 部署).
  const deploys = /^(.{2,20}?)(?:同志)?(?:作)?(?:动员|安排|工作)?部署/.exec(text.replace(/^[（(][^）)]{0,12}[）)]/, ''));
  if (deploys) return deploys[1]!;
  return /(?:讲话|致辞|报告)[\s:：（(]*([^（）()]{2,30})/.exec(text)?.[1] ?? '';
}

/**
 * The principal leaders of any level (names.partyPrincipals, names.governmentPrincipals) who speak in
 * an item: its words are a speech of their own, not a 发言, not relayed or studied, not only presiding.
 */
export function speakingPrincipals(text: string, speaker: string, role: ItemRole, host: string | null, names: Names): Principal[] {
  if (role === 'speech' || !OWN_SPEECH.test(text) || OTHER_LEAD.test(text) || NOT_OWN.test(speaker) || NORM_TEXT.test(text)) return [];
  // 主持人宣布… / 主持会议: presiding only; 主持会议并讲话 speaks.
  if (role === 'host' && !/讲话(?!精神)|致辞/.test(text)) return [];
  const giver = speechGiver(text, speaker, host);
  if (!giver || NOT_OWN.test(giver)) return [];
  return principalsIn(giver, names, /分别|先后|依次|共同|各自/.test(text));
}

/** The meeting's main report (会议主报告): 作…工作报告, 主报告, 主题报告, 主旨报告. */
const MAIN_REPORT = /主报告|主题报告|主旨报告|(?:作|做)[^，。；、]{0,20}?工作报告/;

export function isMainReport(text: string, role: ItemRole): boolean {
  return (role === 'report' || role === 'principal') && MAIN_REPORT.test(text) && !NOT_REPORT.test(text);
}
