// Is this official drafting at all? The rules are written for 公文, meeting notices and
// agendas, and research plans; run over a README, a blog post, a diary, chat notes or code they
// would only raise false alarms. A text is official when it is mostly Chinese and shows the
// frame of one: a 公文 title, a 发文字号, a 主送 line, a 成文日期 under a 署名, GB heading
// marks (一、 （一）), a 版记, or a timetable of meeting or visit items. The drafting register
// (特此通知, 现将…通知如下, 各有关单位) adds weight but is no frame on its own; first-person
// and casual speech (我觉得, 哈哈, 吧), chat lines and code take weight away. When unsure the
// answer is official only with a frame: a plain paragraph of prose is not.

import { findDocNumbers } from '../parse/docNumber';
import { codeAt, isHanCode } from '../text/chars';
import type { Paragraph } from '../text/paragraph';
import { GENRE } from './shapes';
import type { DocModel } from './types';

export interface OfficialVerdict {
  official: boolean;
  /** How sure the verdict is, 0.5 (a toss-up) to 1. */
  confidence: number;
  /** The signals found, for and against (short English notes with the evidence). */
  reasons: string[];
  /** The text reports events (a news dateline, a meeting's write-up): no title makes it drafting. */
  report?: boolean;
}

/** Han characters a Latin word counts as, to compare Chinese and English text. */
const LATIN_WORD = 1.5;
/** Below this share of Han characters (among Han characters and Latin words), the text is not Chinese. */
const MIN_CHINESE_SHARE = 0.6;
/** Fewer Han characters than this say nothing. */
const MIN_HAN = 8;
/** The score at which a text with a frame is official. */
const THRESHOLD = 3;

/** The genre word of a title, or a title's own shape (关于…的通知, …议程). */
const GENRE_TITLE =
  /(?:通知|通报|意见|决定|决议|命令|公告|通告|公报|报告|请示|批复|函|复函|纪要|议案|方案|办法|细则|规定|规划|制度|条例|要点|安排|议程|日程|计划|预案|准则|规则|章程|指引|措施|须知|指南|规程|实施意见|工作要点|行程)[》”"]?$/;
/** A title names the issuer or the matter in the drafting way. */
const FORMAL_TITLE = /^关于|关于.{2,60}的|人民政府|委员会|办公厅|办公室|党委|党组|[省市县区镇乡]委|[局厅委办院部]关于|印发|转发|召开/;

/** Phrases of official drafting; each distinct one found counts once. */
const REGISTER = [
  /(?:通知|报告|请示|批复)如下/, /特此(?:通知|函告|报告|批复|公告|通告)|此复|专此/, /妥否|请(?:批示|审示|审定|审议)/,
  /现将.{0,30}(?:印发|转发|通知|报告)/, /印发给你们|转发给你们/, /认真(?:贯彻|组织|落实|执行|做好|研究)/, /遵照执行|贯彻执行|抓好落实|贯彻落实/,
  /经(?:研究|.{1,12}同意|.{1,12}批准)/, /根据.{1,40}(?:要求|规定|精神|部署|安排|通知|意见)/, /为(?:进一步|切实|深入|全面|加快|推动|做好)/,
  /各(?:有关)?(?:单位|部门|区县|县市区|乡镇|街道|学院|科室|处室)|市直(?:各)?(?:有关)?(?:单位|部门)/, /(?:工作|相关|有关)要求/, /组织领导|高度重视|统筹协调|责任分工/,
  /(?:牵头|责任|承办|主办)单位|责任人/, /报送|上报|备案/, /联系人|联系电话/, /此件(?:公开发布|不公开)|抄送|印发/, /领导小组|指挥部|工作专班/,
  /出席|列席|参会|与会|参加人员|参会人员/, /主持(?:人)?[:：]|主持人/, /会议(?:时间|地点|议程|内容|要求)|会期|报到/, /督查|督导|调研|检查组|考察/, /(?:调研|督查|检查|考察)(?:时间|地点|方式|对象|内容|路线)|陪同(?:人员)?/,
  /人民政府|委员会|办公厅|党委|党组|政协|人大常委会/, /同志|县(?:（|\()市、区(?:）|\))|各级/,
];

/** A clock time or a time range as agendas and itineraries write them. */
const CLOCK =
  /(?:^|[^\d:：])(?:[01]?\d|2[0-3])[:：][0-5]\d|\d{1,2}时(?:\d{1,2}分|半)?(?:[至到\-—－–~～]|$)|[上下]午\d{1,2}(?:[:：]\d\d|时|点)|\d{1,2}月\d{1,2}日(?:[（(](?:星期|周).[）)])?(?:上午|下午|晚上|全天)|[一二三四五六七八九十]{1,3}时(?:[一二三四五六七八九十]{1,3}分|半)?(?:至|到|[—\-－–])|\d{1,2}点(?:\d{1,2}分|半)/;
/** An agenda item with its length: （10分钟）. */
const TIMED_ITEM = /[（(]\s*(?:约|不超过)?\s*\d{1,3}\s*分钟\s*[）)]/;
/** A stop of an itinerary: 第一站 / 第2站. */
const STOP = /^第[一二三四五六七八九十\d]{1,3}站/;
/** What the timed lines of an agenda or an itinerary hold. */
const SCHEDULE_WORD = /会|议|主持|讲话|致辞|报告|发言|汇报|报到|签到|开幕|闭幕|座谈|调研|考察|视察|参观|检查|督查|用餐|午餐|晚餐|就餐|乘车|出发|抵达|返回|入住|集合|审议|表决|选举|讨论|培训|授课/;

/**
 * A line of chat as exported: [09:15] 张三: …, 2024-05-06 09:15:22 张三, 张三 09:15. Read on the raw
 * lines (the paragraphs drop the spaces next to Chinese); an agenda's 9:00—9:30 has none of these shapes.
 */
const CHAT_LINE =
  /^\s*\[(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*)?\d{1,2}:\d\d(?::\d\d)?\]\s*\S{1,16}\s*[:：]|^\s*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d\d:\d\d\s+\S{1,16}\s*(?:[:：]|$)|^\s*[\u4e00-\u9fa5A-Za-z_]{1,12}\s+(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d\d(?::\d\d)?\s*$/;
/** Personal 我 (not 我市, 我省, 我局, 我会 …, the collective voice of an institution) and casual speech (emoji, not ★ of a 密级). */
const PERSONAL = /我(?![市省区县局委办院校国部司厅镇乡们州旗盟所站队处科室中会行公])|咱(?:们)?|俺/g;
const CASUAL = /哈哈|嘿嘿|呵呵|吧[。！!？?，,~～\s]|呢[。！!？?，,~～\s]|啊[。！!？?，,~～\s]|嘛[。！!？?，,~～\s]|呀[。！!？?，,~～\s]|哦|啦|(?<![\d:：])[~～](?![\d])|!{2,}|！{2,}|[\u{1F300}-\u{1FAFF}\u{263A}\u{2764}]|感觉|觉得|今天|昨天|小伙伴|打卡|吐槽|分享一下|安利|记录一下|心情/gu;
/** A line of code. */
const CODE_LINE =
  /^\s*(?:import\s|export\s|from\s\S+\simport|const\s|let\s|var\s|function\b|def\s|class\s|return\b|if\s*\(|for\s*\(|while\s*\(|public\s|private\s|#include|package\s|using\s|fn\s|func\s|\}|\{|\/\/|\/\*|\*\/|<\/?[a-z][\w-]*[\s>])|[;{]\s*$|=>|\)\s*\{/;
/** CODE_LINE at the start of any line of a text (codeShare's first test). */
const CODE_ANYWHERE = new RegExp(CODE_LINE.source, 'm');
/**
 * A news story's dateline or byline: 新华社北京8月6日电, 本报讯, 南都讯 记者李玲, 记者张三 发自北京,
 * (通讯员 王五). A report of what was decided or said is not the drafting itself.
 */
const NEWS_LEAD = /新华社[^。，,]{0,10}?\d{1,2}月\d{1,2}日电|(?:本报|本台|本网|[\u4e00-\u9fa5]{1,6}网)讯|[\u4e00-\u9fa5]{1,6}讯[(（]?(?:记者|通讯员)|(?:记者|通讯员)[\u4e00-\u9fa5]{2,4}(?:发自|报道)|[(（](?:记者|通讯员)[\u4e00-\u9fa5]{2,4}[)）]/;
/** A paragraph of a meeting's write-up: 会议指出, 会议强调…. A 纪要 says the same, so it is told apart by its title. */
const WRITE_UP = /^(?:[^，,。]{0,12}?)?会议(?:指出|强调|要求|认为|听取|审议|传达|研究|决定|号召)/;
/** How many paragraphs from the top a dateline may stand (after a page's header lines). */
const NEWS_LEAD_REACH = 10;
/** Version headings of a changelog or release notes: ## [1.2.0], v2.3.1. */
const VERSION = /(?:^|\s|\[|v)\d+\.\d+\.\d+/;

interface Tally {
  score: number;
  frame: boolean;
  reasons: string[];
  report?: boolean;
}

function add(t: Tally, weight: number, reason: string, frame = false): void {
  t.score += weight;
  t.reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  if (frame) t.frame = true;
}

/** Whether the model's text is official drafting, how sure, and why. */
export function officialText(model: DocModel): OfficialVerdict {
  const ps = model.paragraphs;
  // The head and the tail of a long text tell what it is as well as the whole does, and the
  // verdict then costs the same on 5,000 字 as on 1,000,000.
  const body = sampleKeys(ps);
  const han = hanCount(body);
  // A Latin word weighs about as much as a word of one or two Han characters.
  const latin = (body.match(/[A-Za-z]+/g) ?? []).length * LATIN_WORD;
  const share = han + latin > 0 ? han / (han + latin) : 0;
  const t: Tally = { score: 0, frame: false, reasons: [] };

  if (han < MIN_HAN) return verdict(false, 0.9, [`not Chinese: ${han} Han characters`]);
  const code = codeShare(sample(model.text));
  if (code >= 0.3) return verdict(false, 0.95, [`code: ${Math.round(code * 100)}% of lines`]);
  if (share < MIN_CHINESE_SHARE) return verdict(false, 0.9, [`not mostly Chinese: ${Math.round(share * 100)}% Han`]);

  frameSignals(model, t);
  // A strong frame (a 公文 title with its 发文字号 and 主送 …) decides alone: the wording need not be read.
  if (t.score < STRONG_FRAME) {
    registerSignal(body, t);
    scheduleSignal(ps, t);
    againstSignals(model, body, han, t);
  }

  if (!t.frame) t.reasons.push('no frame: no title, 发文字号, 主送, date, headings or schedule');
  const official = t.frame && t.score >= THRESHOLD;
  // Distance from the threshold, squashed into 0.5–1.
  const margin = official ? t.score - THRESHOLD + 1 : Math.max(THRESHOLD - t.score, t.frame ? 0 : 2);
  const confidence = Math.min(0.99, 0.5 + margin / (2 * (Math.abs(margin) + 3)));
  return { ...verdict(official, confidence, t.reasons), ...(t.report && !official ? { report: true } : {}) };
}

function verdict(official: boolean, confidence: number, reasons: string[]): OfficialVerdict {
  return { official, confidence: Math.round(confidence * 100) / 100, reasons };
}

/** 关于…通知 right before 各…(人民政府|单位|部门…)…： — not a title quoted in running text (《关于…》). */
const GLUED_HEAD = /(?<![《“"])关于[^。《》“”]{2,60}?(?:通知|意见|方案|决定|请示|报告|函|批复)各[^。：:]{1,60}?(?:人民政府|政府|单位|部门|办事处|机关|党委|党组|局|委|办)[^。：:]{0,40}?[:：]/;

/** The parts of a 公文 the structure parser found, and GB heading marks. */
function frameSignals(m: DocModel, t: Tally): void {
  const title = titleOf(m);
  if (title) {
    const formal = FORMAL_TITLE.test(title);
    if (GENRE_TITLE.test(title) || (formal && GENRE.test(title))) add(t, formal ? 4 : 3, `title: ${title.slice(0, 30)}`, true);
  }
  const head = m.paragraphs.slice(0, 8);
  if (m.docNumber || head.some((p) => findDocNumbers(p.key, p.text).length > 0 && p.key.length <= 60)) add(t, 4, 'docNumber', true);
  if (m.recipients) add(t, 3, `recipients: ${m.recipients.text.slice(0, 20)}`, true);
  else {
    // A page flattened onto one line: the title glued to its 主送 (关于开展…的通知各乡、镇人民政府,…:).
    const glued = head.find((p) => GLUED_HEAD.test(p.key.slice(0, 240)));
    if (glued) add(t, 3, `title and recipients on one line: ${glued.text.slice(0, 20)}`, true);
  }
  if (m.date && m.signature.length) add(t, 3, `date under a signature: ${m.date.text}`, true);
  else if (m.date) add(t, 2, `date: ${m.date.text}`, true);
  if (m.attachmentNote.length) add(t, 2, 'attachment note', true);
  if (m.copyTo.length || m.printedBy.length) add(t, 3, '版记', true);
  const h1 = m.headings.filter((h) => h.level === 1).length;
  const h2 = m.headings.filter((h) => h.level === 2).length;
  const articles = m.paragraphs.filter((p) => /^第[一二三四五六七八九十百]+条/.test(p.key)).length;
  if (h1 + h2 + articles >= 2) add(t, Math.min(3, 1 + Math.floor((h1 + h2 + articles) / 2)), `GB headings: ${h1} 一、, ${h2} （一）, ${articles} 第…条`, true);
  else {
    const sections = m.paragraphs.filter((p) => SECTION_HEADING.test(p.key)).length;
    if (sections >= 2) add(t, 2, `section headings: ${sections}`, true);
  }
}

/** A plan's bare section heading: 督查时间, 检查重点, 工作要求 (short, unpunctuated). */
const SECTION_HEADING = /^[\u4e00-\u9fa5]{2,6}(?:时间|地点|分组|重点|要求|内容|范围|方式|对象|安排|步骤|任务|目标|原则|措施|职责|分工|程序|纪律)$/;

/** The title the structure found, or a short first line ending with a genre word. */
function titleOf(m: DocModel): string {
  // （征求意见稿）, （试行）, （草案） after the genre word.
  if (m.titleKey) return m.titleKey.replace(/[（(][^（）()]{1,10}[）)]$/, '');
  const first = m.paragraphs[0];
  return first && first.key.length <= 60 && !/[。；！？]/.test(first.key) ? first.key : '';
}

function registerSignal(body: string, t: Tally): void {
  let n = 0;
  for (const re of REGISTER) if (re.test(body)) n++;
  if (n >= 2) add(t, Math.min(4, n - 1), `drafting register: ${n} phrases`);
}

/** Timed lines with meeting or visit items: an agenda, a 日程, an itinerary (with or without title). */
function scheduleSignal(ps: Paragraph[], t: Tally): void {
  let timed = 0;
  let items = 0;
  for (let i = 0; i < ps.length; i++) {
    const k = ps[i]!.key;
    if (!CLOCK.test(k)) continue;
    timed++;
    // The item is on the timed line or on the line under it (9:00—9:30 / 签到).
    if (SCHEDULE_WORD.test(k) || SCHEDULE_WORD.test(ps[i + 1]?.key ?? '')) items++;
  }
  if (timed >= 2 && items >= 2) add(t, timed >= 3 ? 4 : 3, `schedule: ${items} timed items`, true);
  const lengths = ps.filter((p) => TIMED_ITEM.test(p.key)).length;
  if (timed < 2 && lengths >= 2) add(t, 3, `agenda: ${lengths} items with their length`, true);
  const stops = ps.filter((p) => STOP.test(p.key)).length;
  if (stops >= 2) add(t, 3, `itinerary: ${stops} stops`, true);
}

function againstSignals(m: DocModel, body: string, han: number, t: Tally): void {
  const perThousand = (n: number): number => (n * 1000) / Math.max(han, 1);
  const personal = (body.match(PERSONAL) ?? []).length;
  const casual = (body.match(CASUAL) ?? []).length;
  const chat = m.paragraphs.filter((p) => CHAT_LINE.test(p.key)).length;
  if (personal >= 2 && perThousand(personal) >= 4) add(t, -Math.min(6, 2 + Math.floor(perThousand(personal) / 8)), `first person: ${personal}`);
  if (casual >= 2 && perThousand(casual) >= 3) add(t, -Math.min(6, 1 + Math.floor(perThousand(casual) / 6)), `casual speech: ${casual}`);
  if (chat >= 3 && chat * 3 >= m.paragraphs.length) add(t, -6, `chat lines: ${chat}`);
  const lead = m.paragraphs.slice(0, NEWS_LEAD_REACH).find((p) => NEWS_LEAD.test(p.key));
  if (lead) {
    add(t, -5, `news dateline or byline: ${NEWS_LEAD.exec(lead.key)![0]}`);
    t.report = true;
  }
  const writeUp = m.paragraphs.filter((p) => WRITE_UP.test(p.key)).length;
  if (writeUp >= 2 && !/纪要/.test(m.paragraphs.slice(0, NEWS_LEAD_REACH).map((p) => p.key).join('\n'))) {
    add(t, -4, `a meeting's write-up: ${writeUp} paragraphs of 会议指出/强调/要求`);
    t.report = true;
  }
  const versions = m.paragraphs.filter((p) => VERSION.test(p.key)).length;
  if (versions >= 2) add(t, -4, `version numbers: ${versions} lines`);
}

/** Han characters (one per code point: a supplementary ideograph's high surrogate counts it). */
function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Common Han, most of a Chinese text, without the surrogate and range tests.
    if ((c >= 0x4e00 && c <= 0x9fff) || isHanCode(codeAt(s, i))) n++;
  }
  return n;
}

/** A frame score at which the wording is not read: three of title, 发文字号, 主送, 署名 with date. */
const STRONG_FRAME = 10;

/** Characters of a long text the verdict reads: its head and its tail. */
const HEAD = 16_000;
const TAIL = 4_000;

function sample(s: string): string {
  return s.length <= HEAD + TAIL ? s : s.slice(0, HEAD) + '\n' + s.slice(s.length - TAIL);
}

/**
 * sample() of the paragraphs' keys joined by line breaks, made from the paragraphs at the two
 * ends only: a text of a million lines is not joined into one string to keep 20,000 characters.
 */
function sampleKeys(ps: readonly Paragraph[]): string {
  let total = -1;
  for (let i = 0; i < ps.length; i++) total += ps[i]!.key.length + 1;
  if (total <= HEAD + TAIL) return ps.map((p) => p.key).join('\n');
  let head = ps[0]!.key;
  for (let i = 1; head.length < HEAD; i++) head += '\n' + ps[i]!.key;
  let tail = ps[ps.length - 1]!.key;
  for (let i = ps.length - 2; tail.length < TAIL; i--) tail = ps[i]!.key + '\n' + tail;
  return head.slice(0, HEAD) + '\n' + tail.slice(tail.length - TAIL);
}

/** Share of the non-blank lines that look like code. */
function codeShare(text: string): number {
  // No line of code without a CODE_LINE match in the whole text (where a match may also span lines):
  // most texts are not cut into lines at all.
  if (!CODE_ANYWHERE.test(text)) return 0;
  let lines = 0;
  let code = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    lines++;
    // A Chinese line that ends with a half-width ; (a web copy's punctuation) is no code.
    if (CODE_LINE.test(line) && hanCount(line) * 3 < line.trim().length) code++;
  }
  return lines ? code / lines : 0;
}
