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

/** Verbs and adverbs that forbid what follows them in the sentence. */
const FORBID = /不(?:得|准|许|能|应|宜|要|再|搞|实行|实施|设置|设立|签|签订|要求|提倡|允许|予|作|将|把|以|另|刻意|纳入|列入|采取|开展|组织|安排|随意|必|需|用)|无需|无须|毋须|严禁|禁止|杜绝|防止|避免|取消|废止|废除|停止|制止|遏制|反对|克服|严防|摒弃|革除|戒除|切忌|谨防|一律不|坚决不|未经[^。；]{0,12}同意/g;
/** Verbs that limit what they directly govern (规范一票否决事项, 减少报送材料). */
const LIMIT = /规范|减少|压减|精简|纠正|严控|严格控制|从严控制|严格规范|控制/g;
/** A new demand after a comma ends the reach of an earlier prohibition (…不得变更，须签订…). */
const DEMAND = /须|必须|应当|务必|要求|请|需要|一律要/g;
/** Words that show the sentence describes a problem rather than a requirement. */
const CRITICISE = /随意|动辄|变相|滥用|泛化|过多|过滥|过频|层层加码|乱象|形式主义|官僚主义|加重基层负担|增加基层负担|甩锅/g;
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
  const f = lastMatchBefore(FORBID, before);
  if (f >= 0) {
    const d = lastMatchBefore(DEMAND, before);
    const renewed = d > f && /[，,]/.test(before.slice(f, d));
    if (!renewed) return 'forbids';
  }
  if (lastMatchBefore(LIMIT, before.slice(-8)) >= 0) return 'forbids';
  if (lastMatchBefore(QUESTION, before) >= 0) return 'discusses';
  const after = t.slice(j, sentenceEnd(t, j));
  // "…一票否决的做法必须纠正" / "…签订责任状的现象" : the verb comes after the phrase.
  if (/^[^，,]{0,16}(?:的(?:做法|现象|问题|情况|行为)|等(?:做法|现象|问题|情形))/.test(after)) return 'discusses';
  if (lastMatchBefore(CRITICISE, before) >= 0) return 'discusses';
  return 'sets';
}
