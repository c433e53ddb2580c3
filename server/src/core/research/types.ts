// The research-plan model: who goes, when, and the stops of the route, each with its place
// normalised into 区县 › 镇/街道 › 村/社区/企业/项目 and its mode (暗访 or announced).

import type { Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';

export interface Place {
  /** 区县 (from the gazetteer, the text, or the previous stop). */
  district: string | null;
  /** 镇 / 街道 / 乡 / 开发区. */
  town: string | null;
  /** 村 / 社区 / 企业 / 项目 … */
  site: string | null;
  /** The most specific level named, for comparing stops: "章丘区|文祖街道|三德范村". */
  key: string;
  /** As written. */
  text: string;
}

export type StopMode = 'unannounced' | 'announced';

export interface Stop {
  para: Paragraph;
  /** Indices in para.text of the stop's text and of its place. */
  start: number;
  end: number;
  placeStart: number;
  placeEnd: number;
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
  dates: Ymd[];
  stops: Stop[];
  /** The plan as a whole says 暗访 / 四不两直 / 不打招呼. */
  unannounced: boolean;
}
