// Does the text *set* a practice where a phrase appears, or does it forbid, limit, criticise,
// question or merely cite it? Phrase rules (一票否决, 责任状, 展板上墙, 精品线路 …) fire only
// where the document itself sets the practice. A regulation like the Jinan rules forbids all
// of them and must stay free of such findings.
//
// The judgement looks at the sentence holding the phrase (back to the previous 。；！？ or
// paragraph start, forward to the next): a prohibition or limiting verb before the phrase, a
// criticism word, a question (是否), or a position inside 《》 (the title of another document)
// makes it "not set". After the phrase, within its clause, a verb that abolishes it (…一律取消,
// …不再保留) or a word that names it a problem (…的做法, …过多过滥) does the same.
//
// A prohibition inside a condition does not forbid what follows the condition: in
// 对不按时报送的，实行一票否决 the 不 belongs to the 的-clause, and the sentence sets the veto.

import { memoSlot, perText } from '../parse/memo';

export type Stance = 'sets' | 'forbids' | 'discusses' | 'cites';

/** Verbs and adverbs that forbid what follows them in the sentence. */
const FORBID = /不(?:得|准|许|能|应|宜|要|再|搞|实行|实施|设置|设立|签|签订|要求|提倡|允许|予|作|将|把|以|另|刻意|纳入|列入|采取|开展|组织|安排|随意|必|需|用)|无需|无须|毋须|严禁|禁止|杜绝|防止|避免|取消|废止|废除|停止|制止|遏制|反对|克服|严防|摒弃|革除|戒除|切忌|谨防|一律不|坚决不|未经[^。；]{0,12}同意/g;
/** Verbs that limit or clean up what they directly govern (规范一票否决事项, 清理责任状). */
const LIMIT = /规范|减少|压减|精简|纠正|严控|严格控制|从严控制|严格规范|控制|清理|整治|纠治|查处/g;
/** A new demand after a comma ends the reach of an earlier prohibition (…不得变更，须签订…). */
const DEMAND = /须|必须|应当|务必|要求|请|需要|一律要/g;
/** Words that show the sentence describes a problem rather than a requirement. */
const CRITICISE = /随意|动辄|变相|滥用|泛化|过多|过滥|过频|泛滥|层层加码|乱象|形式主义|官僚主义|加重基层负担|增加基层负担|基层负担过重|甩锅/g;
const QUESTION = /是否|有没有|有无|能否|可否/g;
/** After the phrase, in its clause: it is abolished or named a problem. */
const AFTER_FORBID = /^[^，,。；;]{0,14}?(?:(?:一律|予以|全部|坚决|一并)(?:取消|废止|清理|停止|禁止|杜绝)|不再(?:实行|保留|设置|执行|签订|要求|作为|开展)|一律不得)/;
const AFTER_PROBLEM = /^[^，,]{0,24}?(?:的(?:做法|现象|问题|情况|行为|倾向|情形)|等(?:做法|现象|问题|情形|行为))/;
/** The sentence ends by calling for what it described to be corrected: …，必须坚决纠正。 */
const CORRECTED = /(?:必须|要|应|应当|坚决|切实|及时|予以|加以|严肃)(?:坚决|严肃|及时)?(?:纠正|整治|整改|杜绝|制止|克服|防止|遏制|查处|问责)[^，,]{0,6}$/;
/** The sentence describes what some units do: 一些地方…, 有的部门…, 个别单位…. */
const SOME_UNITS = /^[^，,]{0,8}?(?:一些|有的|个别|少数|部分)(?:地方|单位|部门|区县|基层|干部|地区|乡镇|街道)/;
const AFTER_CRITICISE = /^[^，,。；;]{0,12}?(?:过多|过滥|过频|泛滥|泛化|滥用|成风)/;

/**
 * Whether UTF-16 unit c ends a sentence: 。！？!?；; or a line break. A code test, not a regex on a
 * one-character string: the sentence bounds are walked character by character for every phrase.
 */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x0a;
}
/**
 * How far a sentence reaches from a phrase at most. Real sentences are shorter; the bound keeps
 * every judgement constant-time in run-on text (a flattened table, a page without 。), so that
 * the rules stay linear in the length of the document.
 */
const MAX_SENTENCE = 250;
/** How far back a 《 may open the title a phrase sits in. */
const MAX_TITLE = 120;

/** Start of the sentence holding index i (just after the previous 。！？；), at most MAX_SENTENCE back. */
export function sentenceStart(t: string, i: number): number {
  const floor = Math.max(0, i - MAX_SENTENCE);
  for (let k = i - 1; k >= floor; k--) if (isSentenceEnd(t.charCodeAt(k))) return k + 1;
  return floor;
}

/** End of the sentence holding index i (just after its 。！？；), at most MAX_SENTENCE ahead. */
export function sentenceEnd(t: string, i: number): number {
  const ceil = Math.min(t.length, i + MAX_SENTENCE);
  for (let k = i; k < ceil; k++) if (isSentenceEnd(t.charCodeAt(k))) return k + 1;
  return ceil;
}

/** Whether UTF-16 unit c ends a clause: ，,。；;！？!?:： (a code test, as isSentenceEnd). */
function isClauseEnd(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x3a || c === 0xff1a;
}

/** Start of the clause holding index i (just after the previous ，。；：！？), at most back to floor. */
export function clauseStart(t: string, i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (isClauseEnd(t.charCodeAt(k))) return k + 1;
  return floor;
}

/** End of the clause holding index i (at its ，。；：！？, which it does not include), at most ceil. */
export function clauseEnd(t: string, i: number, ceil: number): number {
  for (let k = i; k < ceil; k++) if (isClauseEnd(t.charCodeAt(k))) return k;
  return ceil;
}

/** Where the 《…》 around index i opens (a cited title), or -1. */
function titleQuoteOpen(t: string, from: number, i: number): number {
  // Only the outermost 《 still open matters: count the depth instead of keeping a stack.
  let depth = 0;
  let first = -1;
  for (let k = from; k < i; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x300a) {
      if (depth++ === 0) first = k;
    } else if (c === 0x300b && depth > 0) depth--;
  }
  return depth > 0 ? first : -1;
}

/**
 * Verbs that demand the form a title names (签订《安全生产责任状》, 填写《统计表》): the title is then
 * the thing asked for, not another document cited.
 */
const FORM_VERB = /(?:签订|签署|签|递交|填写|填报|报送|提交|上传|制作|印制|使用)$/;

function lastMatchBefore(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/** The prohibition at f (in `before`) closes inside a condition: 对不按时报送的，… / 凡未完成的，… */
function insideCondition(before: string, f: number): boolean {
  const rest = before.slice(f);
  return /的[，,]|的情况下|(?<!同)时[，,]|者[，,]/.test(rest);
}

/**
 * The stance of the text towards the phrase at t[i..j).
 * `sets` only when nothing in the sentence before the phrase forbids, limits, criticises or
 * questions it, nothing right after it abolishes or criticises it, and the phrase is not inside
 * a cited title.
 */
export function stanceAt(t: string, i: number, j: number): Stance {
  const s0 = sentenceStart(t, i);
  const q = titleQuoteOpen(t, Math.max(0, i - MAX_TITLE), i);
  if (q >= 0) {
    if (!FORM_VERB.test(t.slice(Math.max(0, q - 4), q))) return 'cites';
    return stanceAt(t, q, j); // the demanded form: judge the sentence from the verb
  }
  const before = t.slice(s0, i);
  const f = lastMatchBefore(FORBID, before);
  if (f >= 0 && !insideCondition(before, f)) {
    const d = lastMatchBefore(DEMAND, before);
    const renewed = d > f && /[，,]/.test(before.slice(f, d));
    if (!renewed) return 'forbids';
  }
  // A limiting verb governs the phrase only from within its clause, not from a condition (对清理不力的，…).
  const near = before.slice(-8).split(/[，,]/).pop()!;
  const l = lastMatchBefore(LIMIT, near);
  if (l >= 0 && !near.slice(l).includes('的')) return 'forbids';
  if (lastMatchBefore(QUESTION, before) >= 0) return 'discusses';
  const after = t.slice(j, sentenceEnd(t, j));
  if (AFTER_FORBID.test(after)) return 'forbids';
  // "…一票否决的做法必须纠正" / "…签订责任状的现象" : the verb comes after the phrase.
  if (AFTER_PROBLEM.test(after) || AFTER_CRITICISE.test(after)) return 'discusses';
  if (lastMatchBefore(CRITICISE, before) >= 0) return 'discusses';
  if (SOME_UNITS.test(before) || CORRECTED.test(t.slice(s0, sentenceEnd(t, j)).replace(/[。！？!?；;\n]$/, ''))) return 'discusses';
  return 'sets';
}

const SETS = memoSlot('sets');

function byPlaces(): Map<number, boolean> {
  return new Map();
}

/**
 * Whether the paragraph sets the practice at key[start..end) (stanceAt is 'sets'): kept by the
 * paragraph's text and the place, since the rules ask it of every paragraph on every keystroke.
 */
export function setsAt(p: { readonly text: string; readonly key: string }, start: number, end: number): boolean {
  // A phrase is short: its start and length make one number (a longer one is judged afresh).
  if (end - start >= 4096) return stanceAt(p.key, start, end) === 'sets';
  const byPlace = perText(p, SETS, byPlaces);
  const place = start * 4096 + (end - start);
  let sets = byPlace.get(place);
  if (sets === undefined) byPlace.set(place, (sets = stanceAt(p.key, start, end) === 'sets'));
  return sets;
}
