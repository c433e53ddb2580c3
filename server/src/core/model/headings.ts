// Heading marks at the start of paragraphs (GB/T 9704 7.3.3): 一、 （一） 1. （1）, and the
// wrong marks people write for them: 一. 一， (一) （一）、 1、 1， （1）、 (1).

import type { Paragraph } from '../text/paragraph';
import { parseSmallNumber, toChineseSmall } from '../parse/numerals';
import type { Heading } from './types';

const CN = '[一二三四五六七八九十百〇零]{1,4}';
const L1 = new RegExp(`^(${CN})([、.．，,])`);
const L2 = new RegExp(`^([（(])(${CN})([）)])([、.．，,]?)`);
const L3 = /^([0-9０-９]{1,3})([.．、，,])(?![0-9０-９])/;
const L4 = /^([（(])([0-9０-９]{1,3})([）)])([、.．，,]?)/;

export function canonicalMark(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseSmall(n)}、`;
    case 2:
      return `（${toChineseSmall(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

function arabic(s: string): number {
  return parseInt(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10);
}

/** The heading at the start of a paragraph, or null. */
export function readHeading(p: Paragraph): Heading | null {
  const t = p.text;
  const c0 = t.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c0 === 0xff08 || c0 === 0x28) {
    if ((m = L2.exec(t))) {
      const n = parseSmallNumber(m[2]!);
      if (n === null || n === 0) return null;
      return mk(p, 2, n, m[0].length, 1, m[2]!.length);
    }
    if ((m = L4.exec(t))) {
      const n = arabic(m[2]!);
      if (n === 0) return null;
      return mk(p, 4, n, m[0].length, 1, m[2]!.length);
    }
    return null;
  }
  if ((m = L1.exec(t))) {
    // 一，二 … in running text ("一是") have no mark; 十、 alone is fine, 百 rarely used.
    const n = parseSmallNumber(m[1]!);
    if (n === null || n === 0) return null;
    if (m[2] !== '、' && t.length > m[0].length && /[0-9０-９]/.test(t[m[0].length]!)) return null;
    // 一、二季度 / 三、四月份 / 一、二、三产业: an enumeration of numerals, not a heading.
    if (t.startsWith(toChineseSmall(n + 1), m[0].length)) return null;
    return mk(p, 1, n, m[0].length, 0, m[1]!.length);
  }
  if ((m = L3.exec(t))) {
    const n = arabic(m[1]!);
    if (n === 0 || n > 200) return null;
    // "1，2，3" lists and "2，" at the start of a wrapped line are not headings.
    if ((m[2] === '，' || m[2] === ',') && !/^[\u4e00-\u9fa5“"《]/.test(t.slice(m[0].length))) return null;
    return mk(p, 3, n, m[0].length, 0, m[1]!.length);
  }
  return null;
}

function mk(p: Paragraph, level: 1 | 2 | 3 | 4, n: number, markLength: number, numeralStart: number, numeralLength: number): Heading {
  return { para: p, level, number: n, markLength, numeralStart, numeralLength, canonicalMark: canonicalMark(level, n) };
}

/**
 * Whether the mark as written is the canonical one for its level (（一） not (一) or （一）、).
 * Full-width digits and the full-width stop (１．, （２）) are the same marks in another font
 * width, as in 发文字号 and dates.
 */
export function markIsCanonical(h: Heading): boolean {
  const written = h.para.text.slice(0, h.markLength);
  if (written === h.canonicalMark) return true;
  if (h.level === 3) return /^[0-9０-９]{1,3}[.．]$/.test(written);
  if (h.level === 4) return /^（[0-9０-９]{1,3}）$/.test(written);
  return false;
}
