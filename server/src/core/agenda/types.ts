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

export interface MeetingDay {
  date: Ymd | null;
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
}

/** Roles of RULES.md: principal leader's speech, the presiding leader's remarks, a report, another speech, or unbudgeted. */
export type ItemRole = 'principal' | 'host' | 'report' | 'speech' | 'other';

export interface AgendaItem {
  para: Paragraph;
  /** Indices in para.text of the item's text (one paragraph may hold several items). */
  start: number;
  end: number;
  text: string;
  /** Index into Agenda.days, or -1 when the item's day is unknown. */
  dayIndex: number;
  dayPart: DayPart | null;
  time: TimeMatch | null;
  /** Minutes since midnight, when known. */
  from: number | null;
  to: number | null;
  /** The end was taken from the next item's start. */
  toInferred: boolean;
  duration: DurationMatch | null;
  /** Per speaker or unit, when the item is an allotment (每个单位约5分钟 / (6人)(60分钟)). */
  perSpeaker: number | null;
  /** Length that its budget is checked against (per speaker for allotments). */
  minutes: number | null;
  speaker: string;
  role: ItemRole;
}

export interface Agenda {
  days: MeetingDay[];
  items: AgendaItem[];
  /** The presiding leader (主持人：… / 由…主持), if named. */
  host: string | null;
  /** 副市级 leader convening the meeting (由…副市长召集). */
  convener: string | null;
  headcount: number | null;
  departments: number | null;
  /** The meeting carries out an important higher-level meeting (exempt from 无会日/无会周). */
  implementsHigher: boolean;
  /** A statutory session (人民代表大会、政协全体会议、党代会…): not governed by §6 and §8. */
  statutory: boolean;
}
