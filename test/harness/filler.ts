// Filler text for length fixtures: realistic 公文 sentences, cut to an exact 字数, so that a
// fixture can say "a body of 3,001 字" without pasting three thousand characters.
// The text holds only Han characters (U+4E00–9FFF) and the full-width marks in MARKS, so one
// character is one 字 in the "word" and "chars" modes and `mode: 'han'` counts the Han ones:
// the count is known by construction and checked here without the project's counter, which
// the length fixtures are there to test.

import type { CountMode } from '../../server/src/core/types';

/** The only non-Han characters the sentences use; each is one 字 in word and chars mode. */
const MARKS = new Set(['，', '。', '、', '（', '）']);

const SENTENCES = [
  '各地各部门要坚持以人民为中心的发展思想，把基层减负工作摆在突出位置，切实转变工作作风。',
  '要聚焦群众反映强烈的突出问题，建立健全长效机制，推动各项措施落地见效。',
  '各级领导干部要带头深入一线，掌握真实情况，帮助基层解决实际困难。',
  '要统筹推进城乡基础设施建设，完善公共服务体系，不断提升群众的获得感和幸福感。',
  '牵头单位要加强统筹协调，明确责任分工，定期研究解决工作中遇到的矛盾和问题。',
  '要加大政策宣传解读力度，及时回应社会关切，营造良好的舆论氛围。',
  '各责任单位要细化工作方案，倒排时间节点，确保按期完成目标任务。',
  '要强化资金保障，优化支出结构，提高财政资金使用效益。',
  '要注重总结推广先进经验，发挥典型示范引领作用，以点带面推动整体工作提升。',
  '对工作推进不力、群众反映强烈的，要督促限期整改，确保问题整改到位。',
  '要坚持问题导向和目标导向相统一，突出重点，分类施策，稳步推进。',
  '各区县要结合本地实际，研究制定具体落实措施，切实把各项要求落到实处。',
  '要加强部门之间的信息共享和工作衔接，形成上下联动、齐抓共管的工作格局。',
  '要坚持依法行政，规范工作程序，严格落实重大事项集体决策制度。',
  '要关心关爱基层干部，完善激励保障措施，充分调动干事创业的积极性。',
  '要加快推进数字化转型，整合各类业务系统，减少重复填报和多头报送。',
  '要进一步精简会议活动，提高会议质量，把更多时间和精力用在抓落实上。',
  '有关部门要强化日常监管，完善风险防控机制，守牢安全生产底线。',
  '要健全基层治理体系，发挥村（社区）组织作用，提升为民服务能力。',
  '要统筹发展和安全，做好各类风险隐患排查化解工作，维护社会大局稳定。',
];

function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The 字数 of filler text, by its construction: throws on any character outside U+4E00–9FFF
 * and MARKS; otherwise every code point is 1 字, or in han mode every Han character.
 */
export function fillerCount(text: string, mode: CountMode): number {
  let n = 0;
  for (const ch of text) {
    if (isHan(ch)) n++;
    else if (MARKS.has(ch)) n += mode === 'han' ? 0 : 1;
    else throw new Error(`filler: unexpected character U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
  }
  return n;
}

for (const s of SENTENCES) fillerCount(s, 'word');

export interface FillOptions {
  /** Which sentence to start from (so that two filled paragraphs differ). */
  seed?: number;
  /** Count Han characters only (countMode "han"); otherwise every character counts. */
  mode?: CountMode;
}

/**
 * Exactly `n` 字 of running text ending in 。 (for n ≥ 2), made of whole sentences and, at the
 * end, the Han characters of one more sentence cut short.
 */
export function fill(n: number, opts: FillOptions = {}): string {
  if (n <= 0) return '';
  const han = opts.mode === 'han';
  const weight = (ch: string): number => (han ? (isHan(ch) ? 1 : 0) : 1);
  let out = '';
  let have = 0;
  let k = opts.seed ?? 0;
  for (;;) {
    const s = SENTENCES[k % SENTENCES.length]!;
    k++;
    let w = 0;
    for (const ch of s) w += weight(ch);
    if (have + w <= n) {
      out += s;
      have += w;
      if (have === n) break;
      continue;
    }
    // The last, shortened sentence: Han characters only, then a full stop. A sentence with
    // fewer Han characters than the room left (its commas took the rest) goes on with the
    // next sentence's.
    const room = n - have;
    const stop = han ? 0 : 1;
    let cut = '';
    let got = 0;
    for (let j = k - 1; got < room - stop; j++) {
      for (const ch of SENTENCES[j % SENTENCES.length]!) {
        if (got >= room - stop) break;
        if (!isHan(ch)) continue;
        cut += ch;
        got++;
      }
    }
    out += cut + '。';
    have += got + stop;
    break;
  }
  const mode = opts.mode ?? 'word';
  const check = fillerCount(out, mode);
  if (check !== n) throw new Error(`filler: wanted ${n} 字 (${mode}), produced ${check}`);
  return out;
}

/**
 * Breaks text into lines of `width` characters as a PDF extraction does (hard wraps inside
 * sentences), joined by `eol`, with a blank line after every line when `blank` is set.
 */
export function hardWrap(text: string, width: number, eol: string, blank: boolean): string {
  const chars = Array.from(text);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines.join(blank ? eol + eol : eol);
}
