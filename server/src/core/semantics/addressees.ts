// To whom: the 区县 party committees and governments (§3, §20), townships and sub-districts
// (乡镇（街道）) and villages or communities (村（社区）) (§23), in the 主送 line or named in a
// sentence. Matching runs on each paragraph's folded key (full-width digits and brackets,
// traditional characters folded).

import type { Names } from '../names';
import { memoSlot, perTextFor } from '../parse/memo';
import type { Paragraph } from '../text/paragraph';

/** 各区县 / 全市各县（市、区） / 区（县） / 区县（功能区）: the districts as a whole (brackets folded). */
const DISTRICTS = '(?:各|全市各)?(?:区县|县区|区、县|县\\(市、区\\)|区\\(县\\)|区县\\(功能区\\))';
/** 各区县党委、政府 / 各区县党委和人民政府 / 各区县人民政府 / 各县（市、区）党委和人民政府 / 区县党委政府 … */
const DISTRICT_LEADERSHIP = new RegExp(
  `${DISTRICTS}(?:\\([^)]{0,8}\\))?(?:党委|党\\(工\\)委|党工委)(?:和|、|及|与)?(?:人民)?政府|${DISTRICTS}(?:人民)?政府|${DISTRICTS}党委`,
  'g',
);
/** 乡镇（街道）、各乡镇、街道办事处、各镇（街道）。 */
const TOWNSHIP = /乡镇(?:\(街道\))?|各镇(?:\(街道\))?|镇\(街道\)|街道办事处|各街道/g;
/** 村（社区）、各村、村居、社区居委会、村委会。 */
const VILLAGE = /村\(社区\)|各村(?:\(社区\))?|各社区|村居|社区居委会|村民委员会|村委会|居委会/g;

export interface Mention {
  para: Paragraph;
  start: number;
  end: number;
}

function all(re: RegExp, p: Paragraph): Mention[] {
  const out: Mention[] = [];
  // Brackets are folded to half-width in the key, so patterns use ( ).
  const t = p.key;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) out.push({ para: p, start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * What follows a name when it is only the owner of a department or an office: 各区县人民政府办公室,
 * 区县党委组织部, 各区县政府有关部门, 区县政府所属单位 — those are not 区县党委、政府 themselves.
 */
const OWNED = /^(?:办公室|办公厅|办(?![理法])|督查室|督查考核办公室|组织部|宣传部|统战部|政法委|编办|研究室|机关|(?:各|有关|相关|职能|工作|组成|所属|直属)(?:部门|单位)|部门|所属|直属|派出机构)/;

function owner(t: string, end: number): boolean {
  return OWNED.test(t.slice(end, end + 12));
}

type Spans = ReadonlyArray<readonly [number, number]>;
const NONE: readonly Mention[] = [];
/** A paragraph text's mentions, by name lists. */
const LEADERSHIP = memoSlot('district leadership');

/**
 * 区县党委/政府 named in the paragraph, or one of the configured districts' 区委/区政府. Found once
 * per paragraph text and name lists (the 主送 line is asked by several rules, every paragraph on
 * every keystroke).
 */
export function districtLeadership(p: Paragraph, names: Names): readonly Mention[] {
  const spans = perTextFor(p, LEADERSHIP, names, spansOf, names);
  return spans.length ? spans.map(([start, end]) => ({ para: p, start, end })) : NONE;
}

const NO_SPANS: Spans = [];

function spansOf(p: Paragraph, names: Names): Spans {
  const spans = leadershipSpans(p.key, names);
  return spans.length ? spans : NO_SPANS;
}

function leadershipSpans(t: string, names: Names): Spans {
  const out: Array<[number, number]> = [];
  DISTRICT_LEADERSHIP.lastIndex = 0;
  for (let m = DISTRICT_LEADERSHIP.exec(t); m; m = DISTRICT_LEADERSHIP.exec(t)) out.push([m.index, m.index + m[0].length]);
  for (const d of names.districts) {
    let at = t.indexOf(d);
    while (at >= 0) {
      const rest = t.slice(at + d.length, at + d.length + 6);
      const m = /^(?:委|党委|人民政府|政府|党工委|管委会)/.exec(rest) ?? /^[、和](?:[区县])?(?:政府|人民政府)/.exec(rest);
      if (m) out.push([at, at + d.length + m[0].length]);
      at = t.indexOf(d, at + d.length);
    }
  }
  return out.sort((a, b) => a[0] - b[0]).filter(([, end]) => !owner(t, end));
}

export function townships(p: Paragraph): Mention[] {
  return all(TOWNSHIP, p);
}

export function villages(p: Paragraph): Mention[] {
  return all(VILLAGE, p);
}
