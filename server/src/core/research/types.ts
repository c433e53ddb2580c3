// The research-plan model: who goes, when, and the stops of the route, each with its place
// normalised into 区县 › 镇/街道 › 村/社区/企业/项目 and its mode (暗访 or announced).

import type { Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';

export interface Place {
  /** 区县 (from the gazetteer, the text, or the previous stop / the title). */
  district: string | null;
  /** 镇 / 街道 / 乡 / 开发区, normalised (街道办事处 -> 街道). */
  town: string | null;
  /**
   * 村 / 社区 / 企业 / 项目 …, normalised for comparing: a village's facility counts as the
   * village (常庄村党群服务中心 -> 常庄村), a company without its legal form
   * (莱芜钢铁集团有限公司 -> 莱芜钢铁集团, 某某科技有限公司 -> 某某科技公司).
   */
  site: string | null;
  /** District, town and site joined for display and equality: "章丘区|文祖街道|三德范村". */
  key: string;
  /** As written (the words that name the place). */
  text: string;
  /**
   * Definite enough to compare with other stops: a town or a site that is not a category
   * (2个村, 有关企业, 联建村, 老旧小区). A district alone is the area of the visit, not a point.
   */
  comparable: boolean;
}

export type StopMode = 'unannounced' | 'announced';

export interface Stop {
  para: Paragraph;
  /** Indices in para.text of the stop's text (its clause, row cell or line) and of its place. */
  start: number;
  end: number;
  placeStart: number;
  placeEnd: number;
  /** Where a mode mark such as （暗访） belongs: after the words that name the place. */
  markAt: number;
  place: Place;
  /** The mode the stop itself states, else the plan's. */
  mode: StopMode;
  /** The stop states its mode itself (（暗访） / 明察). */
  modeStated: boolean;
  date: Ymd | null;
  /** Minutes since midnight, when a time is written. */
  time: number | null;
}

export interface Plan {
  /** 带队领导 or 调研组, as written (市长张三, 市委督查组). */
  leader: string | null;
  /** The dates of the visit, in order of appearance (not the 成文日期 or deadlines). */
  dates: Ymd[];
  stops: Stop[];
  /** The plan as a whole says 暗访 / 四不两直 / 不打招呼. */
  unannounced: boolean;
}
