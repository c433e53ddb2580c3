// Page and file furniture around a 公文 copied from the web or kept in a Markdown file:
// publication stamps (发布时间：…　来源：…　浏览次数), the metadata table of a government
// portal (索引号 / 主题分类 / 发文机关 / 成文日期 / 文号), breadcrumbs (首页 > 政务公开 > …),
// buttons (【打印】【关闭】, 分享到), site footers (版权所有, ICP备…), notes a mirror site adds
// (不代表本站观点, 全文共…字), YAML front matter, and the pinyin a mirror inserts after
// characters (會(huì)議). None of it is the document: the splitter keeps these lines out of the
// paragraphs so that no title, body, 成文日期 or 发文字号 is read from them.
//
// Every test here looks at one line's key (chromeKey): width folded, simplified, glosses and
// spaces removed. A line is chrome on its own when its words occur only on web pages; a line
// that starts with a label a document could use too (来源：, 作者：, 发文机关：, 成文日期：) is
// chrome only next to such a line.

import { isHanCode, isSpaceCode, unitsToString } from './chars';
import { simplifiedCodes } from './tradSimp';

/** What a chrome line is. */
export type ChromeKind = 'stamp' | 'meta' | 'nav' | 'footer' | 'note' | 'rule';

/** Traditional forms of chrome words that the general fold (tradSimp) leaves alone. */
const EXTRA_TRAD: Record<string, string> = { 瀏: '浏', 輯: '辑', 語: '语', 輩: '辈', 佈: '布', 覽: '览' };

/** Each key character's simplified form, the general fold's or EXTRA_TRAD's (0: none), by UTF-16 unit. */
const KEY_SIMPLIFIED = keySimplified();

function keySimplified(): Uint16Array {
  const table = simplifiedCodes();
  for (const [t, s] of Object.entries(EXTRA_TRAD)) table[t.charCodeAt(0)] = s.charCodeAt(0);
  return table;
}

/**
 * The line folded for matching: half-width, simplified, without pinyin glosses; whitespace runs
 * removed, or kept as one space when `spaced` (to tell a label that starts a field from the same
 * word inside a sentence). At most `limit` + 1 characters are made: a longer line is text
 * anyway. Runs on every line of every analysis, so it fills a buffer in one pass.
 */
export function chromeKey(line: string, spaced = false, limit = Infinity, long = false): string {
  let buf = KEY_BUFFER;
  let n = 0;
  for (let i = 0; i < line.length && n <= limit; i++) {
    let c = line.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) {
      const g = glossLength(line, i);
      if (g > 0) {
        i += g - 1;
        continue;
      }
    }
    if (c === 0x20 || c === 0x3000 || ((c < 0x21 || (c > 0x7e && c < 0x3000) || c === 0xfeff) && isSpaceCode(c))) {
      let j = i + 1;
      while (j < line.length && isSpaceCode(line.charCodeAt(j))) j++;
      i = j - 1;
      if (!spaced || n === 0 || j >= line.length) continue;
      c = 0x20;
    } else if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII, as foldWidth does
    else if (KEY_SIMPLIFIED[c] !== 0) c = KEY_SIMPLIFIED[c]!; // simplified here, not in a second pass over the key
    if (n === buf.length) {
      const bigger = new Uint16Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    buf[n++] = c;
  }
  // Past the limit a line is text whatever its words: with `long`, no string is made of them
  // (unless a list bullet, which the caller takes off, brings the key back within the limit).
  if (long && n > limit && !LIST_BULLET.test(String.fromCharCode(buf[0]!))) return LONG_LINE;
  return unitsToString(buf, n);
}

/** Longer than this (without spaces and glosses), a line is text, whatever words it holds. */
const MAX_CHROME = 200;

/** The key of a line longer than MAX_CHROME (chromeKey with `long`): no pattern here matches it. */
const LONG_LINE = '\u0000'.repeat(MAX_CHROME + 1);

/** Scratch space for chromeKey (a line's key is built here, then read out as a string). */
const KEY_BUFFER = new Uint16Array(1024);

// ── Pinyin glosses ────────────────────────────────────────────────────────────────────────

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN_LETTER = /[a-zü]/;
const MAX_GLOSS = 24;

function isPinyinLetter(ch: string): boolean {
  return PINYIN_LETTER.test(ch) || TONED.includes(ch);
}

/**
 * Length of a pinyin gloss that starts at i — "(huì)" or "（huì）" right after a Han character,
 * one or more syllables with a tone mark — or 0. A bracket that holds anything else (a list
 * mark, an English word without tone marks) is not a gloss.
 */
export function glossLength(text: string, i: number): number {
  const open = text.charCodeAt(i);
  if (open !== 0x28 && open !== 0xff08) return 0;
  if (i === 0 || !isHanCode(text.charCodeAt(i - 1))) return 0;
  let toned = false;
  let letters = 0;
  for (let j = i + 1; j < text.length && j <= i + MAX_GLOSS; j++) {
    const ch = text[j]!;
    const c = ch.charCodeAt(0);
    if (c === 0x29 || c === 0xff09) return toned && letters > 0 ? j + 1 - i : 0;
    if (TONED.includes(ch)) toned = true;
    else if (ch === ' ') continue;
    else if (!isPinyinLetter(ch)) return 0;
    letters++;
  }
  return 0;
}

// ── Lines that are chrome on their own ───────────────────────────────────────────────────

/** Labels used only by web pages: 发布时间, 浏览次数, 索引号 … (followed by a colon, a bracket or a number). */
const PAGE_LABEL =
  /^[【\[(]?(?:发布(?:时间|日期|机构|单位)|发表(?:时间|日期)|更新(?:时间|日期)|上传(?:时间|日期)|录入(?:时间|日期)|(?:浏览|阅读|点击|访问)(?:次数|量|数)|点击率|索引号|主题分类|组配分类|体裁分类|服务对象(?:分类)?|信息分类|所属主题|信息来源|文章来源|稿件来源|新闻来源|责任编辑|责编|文章作者|导语)(?:[:：\[【(]|\d|$)/;

/** 字号：大 中 小 / 字体：[ ] / 【字体：打印 — the text-size buttons. */
const FONT_BUTTONS = /^[【\[]?字[号体][:：]?(?:[\[【(]?(?:大|中|小|默认|\]|】|打印|$))/;

/** A date with a clock time as web pages stamp it: 2022-03-26 06:55:00, 2019/07/12 16:30. */
const WEB_STAMP = /(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(\d{1,2}:\d\d)(:\d\d)?/;

const CN_STAMP = /^(?:19|20)\d\d年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日(\d{1,2}):(\d\d)(:\d\d)?$/;
const ROUND_MINUTES = new Set(['00', '10', '15', '20', '30', '40', '45', '50']);

/** Where the page is: 当前位置：…, 您现在所在的位置：…, 首页 > 政务公开 > … */
const BREADCRUMB = /^(?:当前位置|当前页面|所在位置|您(?:现在|当前)?(?:所在)?的?位置)[:：]?|首页(?:>|»|›|&gt;|→|\/)|^首页$|^网站首页|^[>»›][^>»›]{1,20}[>»›]/;

/** Buttons, menus and links of the page. */
const BUTTON =
  /^[•·▪◆\-*]?(?:无障碍(?:浏览|阅读)?|视力保护色|长辈版|关怀版|适老(?:化|版)|繁体(?:版)?|简体(?:版)?|朗读|语音播报|听全文|分享(?:到)?|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|纠错|返回顶部|返回列表|网站地图|联系我们|相关(?:文章|链接|阅读|新闻|稿件)|推荐阅读|热点(?:推荐|新闻)|上一篇|下一篇|阅读下一篇|阅读上一篇|直播介绍|扫一扫(?:在手机(?:上)?(?:打开|查看|阅读)当前页)?)[:：]?$/;
const BUTTON_START = /^(?:上一篇|下一篇|分享到|直播回放|扫一扫在手机|返回\S{0,12}首页|收藏《)/;
/** --国家部门网站--, —相关链接—: a link group's name framed by dashes. */
const FRAMED = /^(?:--|——|—|-)[^-—\s]{2,12}(?:--|——|—|-)$/;
/** 【打印】【关闭】, 【发表评论】 【互动社区】: a line of bracketed buttons only. */
const BRACKET_BUTTONS = /^(?:【[^【】]{1,8}】|\[[^[\]]{1,8}\])+$/;
/** —分享— */
const SHARE = /^[-—–=]*分享[-—–=]*$/;

/** Notes a mirror or a document site adds. */
const SITE_NOTE =
  /本站(?:为你|为您|观点|整理|精心|编辑)|网友上传|不代表本站|正式会员|会员(?:可)?(?:完整)?阅读|全文共\d+字|当前仅显示|省略\d+字|免责声明|转载请注明|发布.{0,80}详情如下[:：]?$/;
/** A link to the rest of the text: a short line that ends with it (a notice may say 点击查看 in a sentence). */
const MORE_LINK = /(?:点击此处|点击查看|查看全文)[^。；，]{0,8}$/;

/** 有515位读者读过此文, 阅读 123 次 … */
const READER_COUNT = /\d+位读者|位读者读过|读过此文|\d+人(?:次)?(?:阅读|浏览|看过)|(?:阅读|浏览)\d+次/;

/** 第 [1] 页 共[2]页, 上一页 下一页, 首页 上一页 1 2 3 尾页 */
const PAGER = /^第\[?\d+\]?页[,，]?共\[?\d+\]?页$|^(?:首页)?上一页.*下一页(?:尾页|末页)?$/;

/** Site footers. */
const FOOTER = /版权所有|copyright|©|ICP[备证]|公网安备|网站标识码|网站识别码|建议使用.{0,30}浏览器|分辨率\d|^(?:请)?(?:扫描|扫一扫|扫)二维码(?:[,，、\s]*(?:关注|分享|下载)|$)|^关注我们$|^扫码关注|^微信扫一扫(?:[,，、\s]*(?:关注|分享)|$)/i;

/** 法搜网--中国法律信息搜索网: a site's name in its header. */
const SITE_NAME = /^\S{1,15}网(?:--|——|-|_|\||｜)\S{1,20}网$/;

/** A horizontal rule: ---, ***, ———— (Markdown or plain). */
const RULE_LINE = /^(?:[-*_=]{3,}|[—─━]{2,})$/;

/** The kind of chrome a line is on its own, or null. */
export function lineChrome(line: string): ChromeKind | null {
  return keyChrome(chromeKey(line, false, MAX_CHROME, true), line);
}

/** A line's key as markChrome reads it: without a list bullet (a portal lists its fields as • 索引号:), or LONG_LINE. */
function lineKey(line: string): string {
  const key = chromeKey(line, false, MAX_CHROME, true);
  return key === LONG_LINE ? key : key.replace(LIST_BULLET, '');
}

/** The kind of chrome of a line from its key; `line` (as written) gives the spaced key when it is needed. */
function keyChrome(key: string, line: string): ChromeKind | null {
  if (key.length === 0 || key.length > MAX_CHROME) return null;
  if (RULE_LINE.test(key)) return 'rule';
  if (PAGE_LABEL.test(key) || FONT_BUTTONS.test(key)) return 'stamp';
  if (key.length <= 120 && webStamp(key, line)) return 'stamp';
  if (BREADCRUMB.test(key)) return 'nav';
  if (key.length <= 40 && (BUTTON.test(key) || BUTTON_START.test(key) || BRACKET_BUTTONS.test(key) || SHARE.test(key) || FRAMED.test(key) || PAGER.test(key))) return 'nav';
  if (key.length <= 40 && READER_COUNT.test(key)) return 'stamp';
  if ((key.length <= 160 && SITE_NOTE.test(key)) || (key.length <= 40 && MORE_LINK.test(key))) return 'note';
  if (key.length <= 150 && FOOTER.test(key)) return 'footer';
  if (key.length <= 40 && key.includes('网') && SITE_NAME.test(key)) return 'footer'; // (网: a quick test first)
  if (key.indexOf(':') !== key.lastIndexOf(':') && metaFields(chromeKey(line, true)) >= 2) return 'meta';
  return null;
}

/** A clock with seconds, or a date-and-clock alone or next to a label (来源, 编辑 …): a page's timestamp. */
function webStamp(key: string, line: string): boolean {
  // 2010年3月4日 09:12 alone under a page's title: a clock at an odd minute, with a zero-padded
  // hour or with seconds is a machine's timestamp; a meeting's day and time (2024年3月5日 9:00,
  // 14:30) is written by hand.
  const cn = CN_STAMP.exec(key);
  if (cn && cn[0].length === key.length && (cn[3] !== undefined || cn[1]!.startsWith('0') || !ROUND_MINUTES.has(cn[2]!))) return true;
  const m = WEB_STAMP.exec(key);
  if (!m) return false;
  return m[2] !== undefined || m[0].length === key.length || (key.includes(':') && metaFields(chromeKey(line, true)) >= 1);
}

// ── Labels that need a neighbour ─────────────────────────────────────────────────────────

/**
 * Fields of a portal's metadata table or a news page's byline. A document may use some of the
 * words itself (来源：, 名称：), and a 公文 writes its own 成文日期 and 发文字号 without labels,
 * so a line is chrome by its fields alone only when it holds two of them, one a metadata word.
 */
const META_FIELD =
  /(?:来源|出处|作者|编辑|撰稿|审核|摄影|记者|通讯员|发文机关|发文单位|发布机关|成文日期|发文日期|文号|发文字号|名称|标题|有效性|时效性|效力状态|公开方式|公开范围|公开时限|生效日期|废止日期|失效日期|分类|浏览次数|字体|字号|发布时间|发布日期|发布机构|索引号|主题分类|组配分类)[:：]/g;
const META_WORD = /来源|发文机关|成文日期|发文日期|文号|有效性|效力状态|公开方式|浏览|字体|字号|发布|索引号|分类/;

const LIST_BULLET = /^[•·●◆■▪*-]\s*/;

/** A label at the start of a line, with its value (possibly empty) after the colon. */
const LEADING_LABEL =
  /^(?:来源|出处|作者(?:\/出处)?|编辑|撰稿|审核|校对|摄影|记者|通讯员|发文机关|发文单位|发布机关|成文日期|发文日期|印发日期|文号|发文字号|名称|标题|有效性|时效性|效力状态|公开方式|公开范围|公开时限|生效日期|实施日期|废止日期|失效日期|关键词|分类)(?:[:：]|$)/;

/** Footer labels: chrome only next to a footer line. */
const FOOTER_LABEL = /^(?:主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|运维(?:单位)?|维护(?:单位)?|技术支持|地址|通讯地址|邮编|邮政编码|电话|传真|电子邮箱|E-?mail)(?:[:：]|$)/i;

/**
 * How many metadata fields the line holds (索引号：… 主题分类：… on one line), counting a label
 * only where a field starts: at the start of the line or after a space or a non-Han character,
 * not inside a word (资金来源：) — and 0 unless one of them is a metadata word.
 */
export function metaFields(spaced: string): number {
  let n = 0;
  let strong = false;
  META_FIELD.lastIndex = 0;
  for (let m = META_FIELD.exec(spaced); m; m = META_FIELD.exec(spaced)) {
    const before = m.index === 0 ? 0 : spaced.charCodeAt(m.index - 1);
    if (before !== 0 && before !== 0x20 && (isHanCode(before) || /[，。；、,;]/.test(spaced[m.index - 1]!))) continue;
    n++;
    if (META_WORD.test(m[0])) strong = true;
  }
  return strong ? n : 0;
}

/** The line starts with a label that marks chrome next to other chrome; 'bare' when no value follows. */
function leadingLabel(key: string): 'value' | 'bare' | null {
  const m = LEADING_LABEL.exec(key) ?? FOOTER_LABEL.exec(key);
  if (!m) return null;
  return m[0].length === key.length ? 'bare' : 'value';
}

// ── Lines in context ─────────────────────────────────────────────────────────────────────

/** How far (in lines) a labelled line may sit from other chrome and still be chrome. */
const NEAR = 2;
/** A short line between two chrome lines (a site's name, a reader count) is chrome too. */
const SANDWICH_MAX = 8;
const SENTENCE = /[，。；！？,;!?：:]/;
/** Ends like a title or an organisation: such a line between chrome lines is the document's. */
const DOCUMENT_LIKE = /(?:通知|意见|方案|办法|规定|决定|报告|请示|批复|函|纪要|通报|公告|通告|议程|日程|安排|要点|制度|规则|细则|计划|政府|委员会|办公室|办公厅|局|厅|委|办|部|院|中心|小组)$|^关于|年.{1,3}月.{1,3}日$/;

/** A label with nothing after it (索引号, 发文机关：): a table cell or a line whose value comes next. */
function bareLabel(key: string): boolean {
  return leadingLabel(key) === 'bare' || (PAGE_LABEL.test(key) && /^[【\[(]?[\u4e00-\u9fa5]{2,6}[:：]?$/.test(key));
}

const TITLE_LIKE = /^关于|(?:通知|意见|方案|办法|规定|决定|报告|请示|批复|函|纪要|通报|公告|通告|议程|日程|安排|要点|制度|规则|细则|计划)[》”"]?$/;

/**
 * Which of the lines (in order, blank lines left out) are chrome. A line that is chrome on its
 * own marks itself; a labelled line (来源：…, 发文机关：…) joins chrome within two lines of it,
 * a footer label (主办单位：) only a footer, and a bare label (发文机关：) takes its value on the
 * next line along; a short line between two chrome lines (时刻新闻, a reader count 515) is
 * chrome too. `rows` gives, for the cells of a table, the physical line of each (-1 for text
 * that is not a cell): a row with two bare labels (| 发文机关 | … | 成文日期 | … |) is a
 * metadata table's row, all of it.
 */
export function markChrome(lines: readonly string[], rows?: readonly number[]): (ChromeKind | null)[] {
  const n = lines.length;
  // A key is read no further than MAX_CHROME + 1 characters: a longer line is text.
  // A portal lists its fields as bullets (• 索引号:): the bullet is no part of the line's words.
  const keys = lines.map(lineKey);
  const out = keys.map((k, i) => keyChrome(k, lines[i]!));
  const label = keys.map((k) => (k.length <= 160 ? leadingLabel(k) : null));
  const bare = keys.map(bareLabel);
  if (rows) markMetaRows(rows, bare, out);
  markContents(keys, out);
  // Chrome spreads along a run of labelled lines: repeat until nothing changes.
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (out[i] || !label[i]) continue;
      const footer = FOOTER_LABEL.test(keys[i]!);
      if (nearChrome(out, i, footer)) {
        out[i] = footer ? 'footer' : 'meta';
        changed = true;
      }
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    if (!out[i] || out[i] === 'rule' || !bare[i] || out[i + 1] || label[i + 1]) continue;
    const v = keys[i + 1]!;
    // The value of 名称 / 标题 is the document's title again; of any other label, never a title.
    if (v.length <= 80 && (/^(?:名称|标题)/.test(keys[i]!) || !TITLE_LIKE.test(v))) out[i + 1] = 'meta';
  }
  // A short line between two chrome lines: a reader count (515) anywhere; a site's name only
  // after the document has begun, for the first line of text may be a short title.
  let begun = false;
  for (let i = 1; i + 1 < n; i++) {
    if (!out[i - 1] && keys[i - 1]!.length >= SANDWICH_MAX) begun = true;
    if (out[i] || !out[i - 1] || !out[i + 1] || out[i - 1] === 'rule' || out[i + 1] === 'rule') continue;
    const k = keys[i]!;
    if (/^\d{1,9}$/.test(k) || (begun && k.length <= SANDWICH_MAX && !SENTENCE.test(k) && !DOCUMENT_LIKE.test(k))) out[i] = 'stamp';
  }
  return out;
}

/** 目录 / 目录/提纲：…… opening a mirror's table of contents. */
const CONTENTS = /^(?:目录|提纲|目录\/提纲)[:：]?[…．.·]*$/;
/** An entry of a table of contents: a heading mark, or a page number after leaders. */
const CONTENTS_ENTRY = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分篇]|\d{1,2}[.．、](?!\d))[^。；]{1,36}$|[…．.·]{2,}\d{1,3}$/;

/**
 * A table of contents a mirror puts above the text (目录/提纲：…… then the headings, then ……):
 * the headings again, not the document's. Only entries that carry a heading mark or a page
 * number are taken, so the title under a bare 目录 line stays the document's.
 */
function markContents(keys: readonly string[], out: (ChromeKind | null)[]): void {
  for (let i = 0; i < keys.length; i++) {
    if (!CONTENTS.test(keys[i]!)) continue;
    let j = i + 1;
    while (j < keys.length && CONTENTS_ENTRY.test(keys[j]!)) j++;
    if (j - i - 1 < 2) continue;
    for (let k = i; k < j; k++) out[k] ??= 'nav';
    if (j < keys.length && /^[…．.·]+$/.test(keys[j]!)) out[j] ??= 'nav';
    i = j;
  }
}

/** Every cell of a table row that has two bare labels (or one already chrome) is chrome. */
function markMetaRows(rows: readonly number[], bare: readonly boolean[], out: (ChromeKind | null)[]): void {
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j] === rows[i]) j++;
    if (rows[i]! >= 0 && j - i >= 2) {
      let labels = 0;
      for (let k = i; k < j; k++) if (bare[k] || (out[k] && out[k] !== 'rule')) labels++;
      if (labels >= 2) for (let k = i; k < j; k++) out[k] ??= 'meta';
    }
    i = j;
  }
}

/** Chrome within NEAR lines of i (a footer label looks for a footer only; a rule line counts for nothing). */
function nearChrome(out: readonly (ChromeKind | null)[], i: number, footer: boolean): boolean {
  for (let d = 1; d <= NEAR; d++) {
    for (const k of [out[i - d], out[i + d]]) {
      if (!k || k === 'rule') continue;
      if (!footer || k === 'footer') return true;
    }
  }
  return false;
}

// ── Front matter ─────────────────────────────────────────────────────────────────────────

const YAML_LINE = /^(?:[A-Za-z_\u4e00-\u9fa5][\w\u4e00-\u9fa5 .-]*:(?:\s|$)|\s+\S|-\s|#|\s*$)/;
const FRONT_MATTER_MAX_LINES = 60;

/**
 * Lines of a YAML (---) or TOML (+++) front matter block at the top of the text: the number of
 * lines it takes, closing fence included, or 0. Every line inside must look like key: value.
 */
export function frontMatterLines(lines: readonly string[]): number {
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  const fence = lines[first]?.replace(/^\uFEFF/, '').trim();
  if (fence !== '---' && fence !== '+++') return 0;
  const toml = fence === '+++';
  let keyed = 0;
  for (let i = first + 1; i < lines.length && i <= first + FRONT_MATTER_MAX_LINES; i++) {
    const t = lines[i]!;
    if (t.trim() === fence || (!toml && t.trim() === '...')) return keyed > 0 ? i + 1 : 0;
    if (toml ? !/^\s*(?:[\w.-]+\s*=|\[|#|$)/.test(t) : !YAML_LINE.test(t)) return 0;
    if (/\S/.test(t)) keyed++;
  }
  return 0;
}
