// Mutations of real text for property tests: inserting random Unicode and tricky fragments,
// deleting, cutting, splicing pieces of other texts, changing line breaks, joining a document
// onto one line with U+3000, and hard-wrapping lines as PDF extraction does.

import fc from 'fast-check';


const FRAGMENTS = [
  '\u3000', '\u3000\u3000', '\r\n', '\r', '\n', '\n\n', '\r\r\n', '|', '\n|\n', '| 时间 | 内容 |\n', '&#8220;', '&#8221;', '&amp;', '&nbsp;', '&#x3000;',
  '&#99999999;', '&#;', '&', '\uFEFF', '\u0000', '\u200b', '—1—', '\n— 2 —\n', '一、', '（一）', '（一）、', '1.', '1、', '(1)', '十一、', '附件：', '附件：1.', '附件1', '附件 2\n',
  '济办发〔2019〕23号', '济办发[2019]第023号', '（2019）', '2019年07月28日', '二〇一九年七月二十八日', '2019.7.28', '二ＯＯ六年', '<!-- gongwen kind=agenda scope=comprehensive -->\n',
  '<!-- gongwen 类型=公文 范围=专项 -->\n', '<!-- gongwen-disable -->', '<!-- gongwen-enable -->', '<!-- gongwen-disable-next-line format.date -->\n', '<!--', '-->', '抄送：', '印发',
  '（此件公开发布）', ',', ';', ':', '?', '!', '(', ')', '（', '）', '“', '”', '《', '》', '9:00—9:10', '# ', '**', '> ', '- ', '`', '\uD83D\uDE00', '\uD840\uDC00', '\uD800', '\uDC00',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
export const randomUnicode = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 12 }) },
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
);

export type Op =
  | { t: 'insert'; at: number; s: string }
  | { t: 'delete'; at: number; len: number }
  | { t: 'cut'; from: number; to: number }
  | { t: 'splice'; other: number; at: number; from: number; to: number }
  | { t: 'eol'; eol: '\r\n' | '\r' | '\n' | 'mixed' }
  | { t: 'oneline' }
  | { t: 'wrap'; width: number };

/** A position as a fraction of the current length (uniform, unlike fc.double's bias towards 0). */
const frac = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((x) => x / 1_000_000);
export const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ t: fc.constant('insert' as const), at: frac, s: randomUnicode }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('delete' as const), at: frac, len: fc.nat({ max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('cut' as const), from: frac, to: frac }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('splice' as const), other: fc.nat(), at: frac, from: frac, to: frac }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('eol' as const), eol: fc.constantFrom('\r\n' as const, '\r' as const, '\n' as const, 'mixed' as const) }) },
  { weight: 1, arbitrary: fc.constant({ t: 'oneline' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('wrap' as const), width: fc.integer({ min: 5, max: 40 }) }) },
);

export function mutate(texts: readonly string[], base: number, ops: readonly Op[]): string {
  let s = texts[base % texts.length]!;
  const pos = (f: number) => Math.floor(f * s.length);
  for (const o of ops) {
    switch (o.t) {
      case 'insert': {
        const i = pos(o.at);
        s = s.slice(0, i) + o.s + s.slice(i);
        break;
      }
      case 'delete': {
        const i = pos(o.at);
        s = s.slice(0, i) + s.slice(i + o.len);
        break;
      }
      case 'cut': {
        const [a, b] = [pos(o.from), pos(o.to)].sort((x, y) => x - y);
        s = s.slice(a!, b!);
        break;
      }
      case 'splice': {
        const other = texts[o.other % texts.length]!;
        const [a, b] = [Math.floor(o.from * other.length), Math.floor(o.to * other.length)].sort((x, y) => x - y);
        const i = pos(o.at);
        s = s.slice(0, i) + other.slice(a!, Math.min(b!, a! + 3000)) + s.slice(i);
        break;
      }
      case 'eol': {
        const lines = s.split(/\r\n|\r|\n/);
        s = o.eol === 'mixed' ? lines.map((l, i) => l + (i === lines.length - 1 ? '' : ['\r\n', '\n', '\r'][i % 3])).join('') : lines.join(o.eol);
        break;
      }
      case 'oneline':
        s = s.split(/\r\n|\r|\n/).join('\u3000\u3000');
        break;
      case 'wrap': {
        // Hard line breaks inside sentences, as text extracted from PDF has them.
        let out = '';
        for (const line of s.split('\n')) {
          for (let i = 0; i < line.length; i += o.width) out += line.slice(i, i + o.width) + '\n';
          if (line.length === 0) out += '\n';
        }
        s = out;
        break;
      }
    }
  }
  return s;
}

