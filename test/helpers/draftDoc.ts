// A long 公文 draft with the slips real drafts have, for the editor latency benchmark and the
// incremental-analysis tests: the clean generated document of sample.ts, with meeting notices in
// no-meeting weeks, report deadlines too close to the 成文日期, half-width punctuation, 一票否决
// items, 发文字号 in wrong brackets and misnumbered headings written into it by a seeded generator
// (same seed, same text). Hundreds of findings on 100,000 字, about one per 165 字.

import { rng, sampleDocument } from './sample';

/** mulberry32: a small seeded PRNG (sample.ts's). */
export const seeded = rng;

const pickOf = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;

const PLACES = ['市民中心三楼会议室', '行政中心东楼报告厅', '综合楼二楼会议室', '政务服务大厅'];
const MATERIALS = ['工作进展情况', '问题整改台账', '典型案例材料', '联系人名单'];
const OFFICES = ['市应急局', '市民政局', '市住房城乡建设局', '市农业农村局'];

/** One sentence with a slip the rules report (the date of issue is in the year `year`). */
export function slipSentence(r: () => number, year: number): string {
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  switch (Math.floor(r() * 7)) {
    case 0:
    case 1:
      return `会议定于${year}年${m}月${d}日9:00—11:30在${pickOf(r, PLACES)}召开，请各单位主要负责同志准时参加。`;
    case 2:
      return `请于${year - 1}年${m}月${d}日前将${pickOf(r, MATERIALS)}报送${pickOf(r, OFFICES)}。`;
    case 3:
      return `对工作推进不力的单位,实行一票否决。`;
    case 4:
      return `各单位要加强协调(配合),确保按期完成。`;
    case 5:
      return `依据济政发[${year - 1}]${1 + Math.floor(r() * 90)}号文件要求,${pickOf(r, OFFICES)}负责统筹。`;
    default:
      return `请各单位于收到通知后1日内将${pickOf(r, MATERIALS)}报送${pickOf(r, OFFICES)}。`;
  }
}

export interface DraftOptions {
  /** Body 字数 with the slips (about: the clean document is made a little shorter). */
  chars: number;
  seed: number;
  /** Share of paragraphs that get a slip (default 0.6). */
  rate?: number;
}

/** The generated 公文 of about `chars` 字 with slips in about `rate` of its paragraphs. */
export function draftDocument(o: DraftOptions): string {
  const r = seeded(o.seed ^ 0x5eed);
  const rate = o.rate ?? 0.6;
  const lines = sampleDocument({ chars: Math.round(o.chars * 0.89), seed: o.seed }).text.split('\n');
  // A notice of work, not of a policy (关于印发《…办法》的通知 convenes no meeting).
  lines[0] = lines[0]!.replace(/关于印发《(.+?)》的通知$/, '关于做好$1有关工作的通知');
  const year = Number(/^(\d{4})年\d{1,2}月\d{1,2}日$/.exec(lines.find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l)) ?? '')?.[1] ?? 2024);
  return lines
    .map((line, i) => {
      if (i < 4 || line.length < 20 || r() >= rate) return line;
      // A slip at a sentence end inside the paragraph, or a 1、 heading mark now and then.
      if (/^\d\./.test(line) && r() < 0.3) return line.replace(/^(\d)\./, '$1、');
      const ends = [...line.matchAll(/。/g)].map((x) => x.index! + 1);
      const at = ends.length ? ends[Math.floor(r() * ends.length)]! : line.length;
      return line.slice(0, at) + slipSentence(r, year) + line.slice(at);
    })
    .join('\n');
}
