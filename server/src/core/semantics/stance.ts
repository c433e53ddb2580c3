// Does the text *set* a practice where a phrase appears, or does it forbid, limit, criticise,
// question or merely cite it? Phrase rules (一票否决, 责任状, 展板上墙, 精品线路 …) fire only
// where the document itself sets the practice. A regulation like the Jinan rules forbids all
// of them and must stay free of such findings.
//
// The judgement looks at the sentence holding the phrase (back to the previous 。；！？ or
// paragraph start, forward to the next): a prohibition or limiting verb before the phrase, a
// criticism word, a question (是否), or a position inside 《》 (the title of another document)
// makes it "not set".

export type Stance = 'sets' | 'forbids' | 'discusses' | 'cites';

/** Verbs and adverbs that forbid or limit what follows them in the sentence. */
const FORBID = /不得|不准|不许|不能|不应|不宜|不要|不再|不搞|不要求|不提倡|不允许|不予|不作|不将|不以|不把|不另|不刻意|无需|无须|毋须|严禁|禁止|杜绝|防止|避免|取消|废止|废除|停止|纠正|整治|清理|清除|制止|遏制|反对|克服|减少|压减|精简|严控|严格控制|严防|摒弃|革除|戒除|切忌|谨防|一律不|坚决不|未经.{0,12}同意[，,]?(?:任何|一律)?/g;
/** Words that show the sentence describes a problem rather than a requirement. */
const CRITICISE = /随意|动辄|变相|滥用|泛化|过多|过滥|过频|层层加码|乱象|现象|问题|形式主义|官僚主义|加重基层负担|增加基层负担|甩锅/g;
const QUESTION = /是否|有没有|有无|能否|可否/g;

const SENTENCE_END = /[。！？!?；;\n]/;

/** Start of the sentence holding index i (just after the previous 。！？；). */
export function sentenceStart(t: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (SENTENCE_END.test(t[k]!)) return k + 1;
  return 0;
}

export function sentenceEnd(t: string, i: number): number {
  for (let k = i; k < t.length; k++) if (SENTENCE_END.test(t[k]!)) return k + 1;
  return t.length;
}

/** Whether index i sits inside 《…》 (a cited title). */
function insideTitleQuote(t: string, from: number, i: number): boolean {
  let depth = 0;
  for (let k = from; k < i; k++) {
    const c = t[k];
    if (c === '《') depth++;
    else if (c === '》' && depth > 0) depth--;
  }
  return depth > 0;
}

function lastMatchBefore(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/**
 * The stance of the text towards the phrase at t[i..j).
 * `sets` only when nothing in the sentence before the phrase forbids, limits, criticises or
 * questions it, and the phrase is not inside a cited title.
 */
export function stanceAt(t: string, i: number, j: number): Stance {
  const s0 = sentenceStart(t, i);
  if (insideTitleQuote(t, 0, i)) return 'cites';
  const before = t.slice(s0, i);
  if (lastMatchBefore(FORBID, before) >= 0) return 'forbids';
  if (lastMatchBefore(QUESTION, before) >= 0) return 'discusses';
  const after = t.slice(j, sentenceEnd(t, j));
  // "…一票否决的做法必须纠正" / "…签订责任状的现象" : the verb comes after the phrase.
  if (/^[^，,]{0,16}(?:的(?:做法|现象|问题|情况|行为)|等(?:做法|现象|问题|情形))/.test(after)) return 'discusses';
  if (lastMatchBefore(CRITICISE, before) >= 0) return 'discusses';
  return 'sets';
}
