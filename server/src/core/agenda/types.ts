// The agenda model: the meeting's days, its items with times, minutes, speakers and roles,
// and what it says about participants.

import type { DateMatch } from '../parse/dates';
import type { DurationMatch } from '../parse/durations';
import type { DayPart, TimeMatch } from '../parse/times';
import type { Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';

export interface WeekdayNote {
  para: Paragraph;
  /** Indices in para.text of the whole annotation, e.g. （星期四）. */
  start: number;
  end: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** Another place in the text that names the same day (a second mention, to rewrite when moving it). */
export interface DayMention {
  para: Paragraph;
  match: DateMatch;
  weekdayNote: WeekdayNote | null;
}

export interface MeetingDay {
  /** The full date, when the year is written or known from the document (成文日期, another date). */
  date: Ymd | null;
  /**
   * The date to check against the calendar: `date`, or, when the year is unknown but the weekday
   * is written, a stand-in date with that weekday (see calendar.proxyDate).
   */
  calendarDate: Ymd | null;
  /** The written month and day (kept when the year is unknown). */
  month: number;
  day: number;
  para: Paragraph;
  /** Indices in para.text of the date (for a range 1月14日至17日: of the whole range). */
  start: number;
  end: number;
  match: DateMatch | null;
  weekdayNote: WeekdayNote | null;
  /** The day is one of several written as a range (1月14日至17日). */
  inRange: boolean;
  /** Other mentions of this day in the text (a notice's title and its body, a label and a heading). */
  mentions: DayMention[];
}

/** Roles of RULES.md: principal leader's speech, the presiding leader's remarks, a report, another speech, or unbudgeted. */
export type ItemRole = 'principal' | 'host' | 'report' | 'speech' | 'other';

export interface ItemPart {
  para: Paragraph;
  /** Indices in para.text. */
  start: number;
  end: number;
}

/** One principal leader an item names: the party or the government one (or both: one person holding the two posts). */
export interface Principal {
  party: boolean;
  government: boolean;
  /** 省 市 州 盟 县 区 旗 镇 乡 街道, '' when the title names no level (党委主要负责同志, 管委会主任). */
  level: string;
  /** The place written before the title (章丘 of 章丘区区长, 济南 of 济南市委书记), '' when none. */
  place: string;
}

export interface AgendaItem {
  /** The paragraph holding the item's time (or its first part when it has none). */
  para: Paragraph;
  /** Indices in para.text of the item's text in that paragraph (one paragraph may hold several items). */
  start: number;
  end: number;
  /** Every piece of the item: one, or the cells of a table row / a time line and the line after it. */
  parts: ItemPart[];
  /** The item's text (parts joined by a space). */
  text: string;
  /** The item's words without its time, for messages and the outline. */
  label: string;
  /** Index into Agenda.days, or -1 when the item's day is unknown. */
  dayIndex: number;
  dayPart: DayPart | null;
  time: TimeMatch | null;
  /** Minutes since midnight, when known. */
  from: number | null;
  to: number | null;
  /** The end was taken from the next item's start (or the end of the meeting's stated time). */
  toInferred: boolean;
  duration: DurationMatch | null;
  /** The paragraph holding the duration (a table row keeps it in another cell). */
  durationPara: Paragraph | null;
  /** Number of speakers or units sharing the item, when more than one is written (6人, 历下区、章丘区). */
  speakers: number | null;
  /** Per speaker or unit, when the item is an allotment (每个单位约5分钟) or shared by several speakers. */
  perSpeaker: number | null;
  /** The whole item's length in minutes (time range, or duration), when known. */
  length: number | null;
  /** Length that its budget is checked against (per speaker for allotments). */
  minutes: number | null;
  speaker: string;
  role: ItemRole;
  /** A session line whose range holds the items after it (9:00—11:30 全体会议：…). */
  container: boolean;
  /**
   * The principal leaders of any level who give a speech of their own in the item (names.partyPrincipals,
   * names.governmentPrincipals; see roles.speakingPrincipals). Set by the parser; absent means none.
   */
  principals?: Principal[];
  /** The item is the meeting's main report (作…工作报告, 主报告, 主题报告), whoever gives it. */
  mainReport?: boolean;
}

/** The meeting's own time as a label line states it (时间：3月12日上午9:00—11:30). */
export interface MeetingWindow {
  dayIndex: number;
  from: number;
  to: number | null;
}

export interface Agenda {
  days: MeetingDay[];
  items: AgendaItem[];
  /** The presiding leader (主持人：… / 由…主持), if named. */
  host: string | null;
  /** 副市级 leader convening the meeting (由…副市长召集), when no principal leader takes part. */
  convener: string | null;
  headcount: number | null;
  departments: number | null;
  /** The meeting carries out an important higher-level meeting (exempt from 无会日/无会周). */
  implementsHigher: boolean;
  /** A statutory session (人民代表大会、政协全体会议、党代会…): not governed by §6 and §8. */
  statutory: boolean;
  /** 会期四天 / 会期半天: the length the text states, in days. */
  declaredDays: number | null;
  window: MeetingWindow | null;
  /** The meeting holds group discussions (分组讨论, 分组审议, 小组讨论 …). Set by the parser; absent means none. */
  groupDiscussion?: boolean;
}
