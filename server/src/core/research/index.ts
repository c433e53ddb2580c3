// The workspace's research plans, indexed by place, route step and district, so that a plan is
// checked against every other plan in one lookup per stop (not one comparison per plan); and a
// compact summary of every file (titles, 成文日期, meetings with their field and the work they
// deploy, the upper documents it implements, its clauses as hashes), indexed by key, for the
// document and meeting rules that compare files. Pure: the language server, the CLI and the scan
// fill it from the files they read.

import type { Names } from '../names';
import type { DocModel } from '../model/types';
import { fmt, msg } from '../messages';
import { issueDate, ymdDays, ymdText, type Ymd } from '../semantics/timeline';
import type { LineIndex, Range } from '../text/lineIndex';

export type { Range };
import type { Kind, Related } from '../types';
import type { Tree } from '../tree/types';
import { samePlace } from './place';
import type { Place, Plan, Stop } from './types';
import { clausesOf, documentTopic, meetingsOf, placesOf, titleKeysOf, titleYear, upperTitles, type Clause } from './workspaceDocs';


export interface StopSummary {
  place: Place;
  /** The stop's date, else its plan's. */
  date: Ymd | null;
  /** The same as a day number (ymdDays), for cheap comparisons. */
  day: number | null;
  unannounced: boolean;
  /** Where the stop's place is written in its file. */
  range: Range;
}

/** What the index keeps of a plan: enough to tell others where and when it goes. */
export interface PlanSummary {
  /** The file (a URI in the editor, a path in the CLI). */
  id: string;
  title: string;
  leader: string | null;
  /** The plan's first visit date, else its 成文日期 (the dates of its stops are in the stops). */
  date: Ymd | null;
  stops: StopSummary[];
}

/** The plan's date for comparing with others: its first visit date, else its 成文日期. */
function planDate(model: DocModel, plan: Plan): Ymd | null {
  return plan.dates[0] ?? plan.stops.find((s) => s.date)?.date ?? issueDate(model)?.date ?? null;
}

/** Each stop's date: its own, else its plan's (planDate). */
export function stopDates(model: DocModel, plan: Plan): Array<Ymd | null> {
  const fallback = planDate(model, plan);
  return plan.stops.map((s) => s.date ?? fallback);
}

/** Where a stop's place is written in its file. */
export function placeRange(s: Stop, lines: LineIndex): Range {
  return lines.rangeAt(s.para.origStart(s.placeStart), s.para.origEnd(s.placeEnd));
}

/** What the index keeps of a file's itinerary (the tree's, read once per analysis). */
export function summarize(id: string, model: DocModel, plan: Plan, lines: LineIndex): PlanSummary {
  const dates = stopDates(model, plan);
  return {
    id,
    title: model.titleText,
    leader: plan.leader,
    date: planDate(model, plan),
    stops: plan.stops.map((s, i) => ({
      place: s.place,
      date: dates[i]!,
      day: dayOf(dates[i]!),
      unannounced: s.mode === 'unannounced',
      range: placeRange(s, lines),
    })),
  };
}

export interface StopRef {
  plan: PlanSummary;
  index: number;
}

/** Days between two dates (either order); null when either is unknown. */
export function daysApart(a: Ymd | null, b: Ymd | null): number | null {
  if (!a || !b) return null;
  return Math.abs(ymdDays(a) - ymdDays(b));
}

/** The date of another plan's stop: its own, else its plan's. */
export function stopDate(r: StopRef): Ymd | null {
  return r.plan.stops[r.index]!.date ?? r.plan.date;
}

/** Days between a date (as a day number) and another plan's stop; null when either is unknown. */
export function gapTo(day: number | null, r: StopRef): number | null {
  const d = r.plan.stops[r.index]!.day;
  return day === null || d === null ? null : Math.abs(day - d);
}

/** A date as a day number, or null. */
export function dayOf(d: Ymd | null): number | null {
  return d ? ymdDays(d) : null;
}

/**
 * One entry per other plan among `refs`: its stop nearest to `day`, within `window` days (ties
 * keep the first). In the order the plans first appear in `refs`.
 */
export function nearestPerPlan(refs: Iterable<StopRef>, day: number | null, window: number): Array<{ r: StopRef; gap: number }> {
  const byPlan = new Map<string, { r: StopRef; gap: number }>();
  for (const r of refs) {
    const gap = gapTo(day, r);
    if (gap === null || gap > window) continue;
    const cur = byPlan.get(r.plan.id);
    if (!cur || gap < cur.gap) byPlan.set(r.plan.id, { r, gap });
  }
  return [...byPlan.values()];
}

/** Unannounced stops per leader and year, for the scan report (target: at least a third). */
export interface LeaderShare {
  leader: string;
  year: number;
  stops: number;
  unannounced: number;
  share: number;
}

/**
 * Where stops are filed: every comparable stop under its name (site, else town) within its 区县,
 * or under no 区县 when it has none, and under "any 区县" in any case. A lookup with a 区县 reads
 * its own list and the district-less one; a lookup without one reads "any". Route steps are filed
 * the same way by the first stop's 区县. The lists are then filtered with samePlace, so the
 * shelves only have to hold a superset of the matches.
 */
const NO_DISTRICT = '';
/** Not a 区县's name (those are never empty and never hold U+0000). */
const ANY_DISTRICT = '\u0000';
const ANY_ONLY: readonly string[] = [ANY_DISTRICT];

function lookupScopes(p: Place): readonly string[] {
  return p.district ? [p.district, NO_DISTRICT] : ANY_ONLY;
}

/**
 * Stop lists by scope (a 区县, none or any) and name: a map in a map, so that filing the 60,000
 * stops of 2,000 plans makes no key string for each of them.
 */
class StopShelf {
  private readonly scopes = new Map<string, Map<string, StopRef[]>>();

  /** Files a stop under its own 区县 (or none) and under any. */
  file(p: Place, name: string, ref: StopRef): void {
    this.add(p.district || NO_DISTRICT, name, ref);
    this.add(ANY_DISTRICT, name, ref);
  }

  /** Takes plan `id`'s stops off the shelves `file` put them on. */
  unfile(p: Place, name: string, id: string): void {
    this.drop(p.district || NO_DISTRICT, name, id);
    this.drop(ANY_DISTRICT, name, id);
  }

  get(scope: string, name: string): readonly StopRef[] {
    return this.scopes.get(scope)?.get(name) ?? NO_REFS;
  }

  private add(scope: string, name: string, ref: StopRef): void {
    let names = this.scopes.get(scope);
    if (!names) this.scopes.set(scope, (names = new Map()));
    const list = names.get(name);
    if (list) list.push(ref);
    else names.set(name, [ref]);
  }

  private drop(scope: string, name: string, id: string): void {
    const names = this.scopes.get(scope);
    const list = names?.get(name);
    if (!names || !list) return;
    const kept = list.filter((r) => r.plan.id !== id);
    if (kept.length) names.set(name, kept);
    else names.delete(name);
  }
}

const NO_REFS: readonly StopRef[] = [];

// ---- documents and meetings (every file, not only plans) -----------------------------------------

/** A meeting of a file as other files see it. */
export interface MeetingSummary {
  name: string;
  /** The field whose 综合性工作会议 it is ("市|教育"), or null. */
  annualKey: string | null;
  /** The work it deploys (部署会、推进会), normalised. */
  topics: string[];
  /** Its first day (year known), else null. */
  date: Ymd | null;
  day: number | null;
  /** Where its name is written. */
  range: Range;
}

/**
 * The body's clauses as hashes (doc.copy-upper), in typed arrays: a few kilobytes for a document
 * of 5,000 字. `para` numbers each clause's paragraph; `paraPos` holds each such paragraph's range
 * as four numbers (start line, character, end line, character).
 */
export interface ClauseTable {
  hash: Uint32Array;
  len: Uint8Array;
  para: Uint32Array;
  paraPos: Uint32Array;
}

/** What the index keeps of every file: titles, 成文日期, meetings, what it implements, clause hashes. */
export interface DocSummary {
  id: string;
  kind: Kind;
  title: string;
  /** Where the title is written (null without one). */
  titleRange: Range | null;
  /** 成文日期. */
  date: Ymd | null;
  /** The titles others may cite it by (titleKey). */
  titleKeys: string[];
  /** A deploying document's topics (normalised), else none. */
  topics: string[];
  /** The year its title gives its work (2024年…工作), or null. */
  topicYear: number | null;
  /** Upper documents it implements (title keys). */
  uppers: string[];
  meetings: MeetingSummary[];
  /** Null for files that are not documents, or when dropped (nobody cites the file). */
  clauses: ClauseTable | null;
}

/** What the index keeps of a file for the document and meeting rules (read once per analysis). */
export function summarizeDoc(id: string, model: DocModel, tree: Tree, kind: Kind, names: Names): DocSummary {
  const lines = model.lines;
  // A text that is no official drafting (a README, a news story) convenes, deploys and implements nothing.
  const official = tree.official.official;
  const places = placesOf(model, names);
  const topic = kind === 'document' && official ? documentTopic(model, places) : null;
  const title = model.title;
  return {
    id,
    kind,
    title: model.titleText,
    titleRange: title.length ? lines.rangeAt(title[0]!.origStart(0), title[title.length - 1]!.end) : null,
    date: issueDate(model)?.date ?? null,
    titleKeys: titleKeysOf(model),
    topics: topic ? [topic] : [],
    topicYear: topic ? titleYear(model) : null,
    uppers: official && kind === 'document' ? upperTitles(model) : [],
    meetings: official ? meetingsOf(model, tree, names).map((m) => ({ name: m.name, annualKey: m.annualKey, topics: m.topics, date: m.date, day: dayOf(m.date), range: lines.rangeAt(m.start, m.end) })) : [],
    // (An upper document copied from a web page is still the text a 配套 document may copy.)
    clauses: kind === 'document' ? clauseTable(clausesOf(model), lines) : null,
  };
}

/** Clauses packed into typed arrays (see ClauseTable). */
export function clauseTable(cs: readonly Clause[], lines: LineIndex): ClauseTable | null {
  if (cs.length === 0) return null;
  const hash = new Uint32Array(cs.length);
  const len = new Uint8Array(cs.length);
  const para = new Uint32Array(cs.length);
  const pos: number[] = [];
  let last: Clause['para'] | null = null;
  cs.forEach((c, i) => {
    hash[i] = c.hash;
    len[i] = c.len;
    if (c.para !== last) {
      last = c.para;
      const r = lines.rangeAt(c.para.origStart(0), c.para.end);
      pos.push(r.start.line, r.start.character, r.end.line, r.end.character);
    }
    para[i] = pos.length / 4 - 1;
  });
  return { hash, len, para, paraPos: Uint32Array.from(pos) };
}

/** The range of the paragraph a table's clause i is in. */
export function clauseParagraph(t: ClauseTable, i: number): Range {
  const k = t.para[i]! * 4;
  const p = t.paraPos;
  return { start: { line: p[k]!, character: p[k + 1]! }, end: { line: p[k + 2]!, character: p[k + 3]! } };
}

/** Whether a file can have findings of the document and meeting rules that need the workspace. */
export function comparesWithWorkspace(d: DocSummary): boolean {
  return d.uppers.length > 0 || d.meetings.some((m) => m.topics.length > 0 || (m.annualKey !== null && m.date !== null));
}

/** How a message names another file: 《title》（成文日期）, or the file name. */
export function docLabel(d: { id: string; title: string; date: Ymd | null }): string {
  // A title that quotes another (关于印发《…》的通知) quotes it in 〈〉 inside the 《》.
  const name = (d.title || fileName(d.id)).replace(/《/g, '〈').replace(/》/g, '〉');
  return `《${name}》${d.date ? `（${ymdText(d.date)}）` : ''}`;
}

/** Ids filed under keys (a key may hold several files, a file several keys). */
class KeyedIds {
  private readonly m = new Map<string, Set<string>>();

  add(key: string, id: string): void {
    let s = this.m.get(key);
    if (!s) this.m.set(key, (s = new Set()));
    s.add(id);
  }

  delete(key: string, id: string): void {
    const s = this.m.get(key);
    if (!s) return;
    s.delete(id);
    if (s.size === 0) this.m.delete(key);
  }

  get(key: string): ReadonlySet<string> {
    return this.m.get(key) ?? NO_IDS;
  }

  has(key: string): boolean {
    return this.m.has(key);
  }
}

const NO_IDS: ReadonlySet<string> = new Set();

export class PlanIndex {
  private readonly plans = new Map<string, PlanSummary>();
  private readonly byPlace = new StopShelf();
  private readonly byStep = new StopShelf();
  private readonly byDistrict = new Map<string, Set<string>>();
  private readonly docs = new Map<string, DocSummary>();
  private readonly byAnnual = new KeyedIds();
  private readonly byTitle = new KeyedIds();
  /** Deploying documents by topic, and meetings deploying a topic, by topic. */
  private readonly byTopic = new KeyedIds();
  private readonly byDeploy = new KeyedIds();
  private readonly byUpper = new KeyedIds();

  /** Research plans indexed (documents and meetings are counted by docCount). */
  get size(): number {
    return this.plans.size;
  }

  get(id: string): PlanSummary | undefined {
    return this.plans.get(id);
  }

  all(): IterableIterator<PlanSummary> {
    return this.plans.values();
  }

  upsert(p: PlanSummary): void {
    this.remove(p.id);
    this.plans.set(p.id, p);
    p.stops.forEach((s, index) => {
      const ref = { plan: p, index };
      const name = placeName(s.place);
      if (name) this.byPlace.file(s.place, name, ref);
      const next = p.stops[index + 1];
      const nextName = next ? placeName(next.place) : null;
      if (name && nextName) this.byStep.file(s.place, `${name}>${nextName}`, ref);
      if (s.place.district) {
        let set = this.byDistrict.get(s.place.district);
        if (!set) this.byDistrict.set(s.place.district, (set = new Set()));
        set.add(p.id);
      }
    });
  }

  remove(id: string): void {
    const old = this.plans.get(id);
    if (!old) return;
    this.plans.delete(id);
    old.stops.forEach((s, i) => {
      const name = placeName(s.place);
      if (name) this.byPlace.unfile(s.place, name, id);
      const next = old.stops[i + 1];
      const nextName = next ? placeName(next.place) : null;
      if (name && nextName) this.byStep.unfile(s.place, `${name}>${nextName}`, id);
      if (s.place.district) {
        const set = this.byDistrict.get(s.place.district);
        if (set) {
          set.delete(id);
          if (set.size === 0) this.byDistrict.delete(s.place.district);
        }
      }
    });
  }

  /** Stops of other plans at the same place as `place`. */
  sameStops(place: Place, exceptId: string): StopRef[] {
    const name = placeName(place);
    if (!name) return [];
    const out: StopRef[] = [];
    for (const scope of lookupScopes(place)) {
      for (const r of this.byPlace.get(scope, name)) if (r.plan.id !== exceptId && samePlace(place, r.plan.stops[r.index]!.place)) out.push(r);
    }
    return out;
  }

  /** Other plans' stops where the route goes from `a` straight to `b`. */
  sameSteps(a: Place, b: Place, exceptId: string): StopRef[] {
    const na = placeName(a);
    const nb = placeName(b);
    if (!na || !nb) return [];
    const out: StopRef[] = [];
    const step = `${na}>${nb}`;
    for (const scope of lookupScopes(a)) {
      for (const r of this.byStep.get(scope, step)) {
        if (r.plan.id !== exceptId && samePlace(a, r.plan.stops[r.index]!.place) && samePlace(b, r.plan.stops[r.index + 1]!.place)) out.push(r);
      }
    }
    return out;
  }

  /** Stops of other plans in a 区县. */
  stopsIn(district: string, exceptId: string): StopRef[] {
    const out: StopRef[] = [];
    for (const p of this.plansIn(district)) {
      if (p.id === exceptId) continue;
      p.stops.forEach((x, index) => {
        if (x.place.district === district) out.push({ plan: p, index });
      });
    }
    return out;
  }

  /** Plans that visit a 区县. */
  plansIn(district: string): PlanSummary[] {
    const out: PlanSummary[] = [];
    for (const id of this.byDistrict.get(district) ?? []) {
      const p = this.plans.get(id);
      if (p) out.push(p);
    }
    return out;
  }

  // ---- documents and meetings ----

  get docCount(): number {
    return this.docs.size;
  }

  getDoc(id: string): DocSummary | undefined {
    return this.docs.get(id);
  }

  allDocs(): IterableIterator<DocSummary> {
    return this.docs.values();
  }

  upsertDoc(d: DocSummary): void {
    this.removeDoc(d.id);
    this.docs.set(d.id, d);
    this.fileDoc(d, (idx, key) => idx.add(key, d.id));
  }

  removeDoc(id: string): void {
    const old = this.docs.get(id);
    if (!old) return;
    this.docs.delete(id);
    this.fileDoc(old, (idx, key) => idx.delete(key, id));
  }

  private fileDoc(d: DocSummary, f: (idx: KeyedIds, key: string) => void): void {
    for (const k of d.titleKeys) f(this.byTitle, k);
    for (const t of d.topics) f(this.byTopic, t);
    for (const u of d.uppers) f(this.byUpper, u);
    for (const m of d.meetings) {
      if (m.annualKey) f(this.byAnnual, m.annualKey);
      for (const t of m.topics) f(this.byDeploy, t);
    }
  }

  private docsOf(ids: ReadonlySet<string>, exceptId: string): DocSummary[] {
    const out: DocSummary[] = [];
    for (const id of ids) {
      const d = this.docs.get(id);
      if (d && id !== exceptId) out.push(d);
    }
    return out;
  }

  /** Other files' meetings that are the 综合性工作会议 of a field (annualKey). */
  annualMeetings(key: string, exceptId: string): Array<{ doc: DocSummary; meeting: MeetingSummary }> {
    const out: Array<{ doc: DocSummary; meeting: MeetingSummary }> = [];
    for (const doc of this.docsOf(this.byAnnual.get(key), exceptId)) for (const meeting of doc.meetings) if (meeting.annualKey === key) out.push({ doc, meeting });
    return out;
  }

  /** Other files that can be cited by this title key. */
  docsTitled(key: string, exceptId: string): DocSummary[] {
    return this.docsOf(this.byTitle.get(key), exceptId);
  }

  /** Other deploying documents on a topic. */
  docsOnTopic(topic: string, exceptId: string): DocSummary[] {
    return this.docsOf(this.byTopic.get(topic), exceptId);
  }

  /** Other files with a meeting that deploys a topic. */
  meetingsDeploying(topic: string, exceptId: string): DocSummary[] {
    return this.docsOf(this.byDeploy.get(topic), exceptId);
  }

  /** Other files that implement a document cited by this title key. */
  implementers(key: string, exceptId: string): DocSummary[] {
    return this.docsOf(this.byUpper.get(key), exceptId);
  }

  /**
   * Drops the clause hashes of files no file implements (a scan, once every file is indexed):
   * only upper documents are compared by their clauses.
   */
  dropUncitedClauses(): void {
    for (const d of this.docs.values()) if (d.clauses && !d.titleKeys.some((k) => this.byUpper.has(k))) d.clauses = null;
  }

  /** The share of unannounced stops per leader (as written, else （未注明）) and year of the stops. */
  leaderShares(): LeaderShare[] {
    const m = new Map<string, LeaderShare>();
    for (const p of this.plans.values()) {
      for (const s of p.stops) {
        const d = s.date ?? p.date;
        if (!d) continue;
        const leader = p.leader ?? '（未注明）';
        const k = `${leader}\u0000${d.year}`;
        let e = m.get(k);
        if (!e) m.set(k, (e = { leader, year: d.year, stops: 0, unannounced: 0, share: 0 }));
        e.stops++;
        if (s.unannounced) e.unannounced++;
      }
    }
    const out = [...m.values()];
    for (const e of out) e.share = e.unannounced / e.stops;
    return out.sort((a, b) => (a.leader < b.leader ? -1 : a.leader > b.leader ? 1 : a.year - b.year));
  }
}

/** The name a comparable place is filed under: its site, else its town; null when not comparable. */
export function placeName(p: Place): string | null {
  if (!p.comparable) return null;
  return p.site ? `s:${p.site}` : p.town ? `t:${p.town}` : null;
}

/** How a message names another plan: its title (or file name) and date. */
export function planLabel(p: PlanSummary): string {
  const name = p.title || fileName(p.id);
  const d = p.date ? `（${ymdText(p.date)}）` : '';
  return `《${name}》${d}`;
}

/** Related information pointing at another plan's stop: its plan, stop number and distance in days. */
export function stopRelated(r: StopRef, gap: number): Related {
  return {
    id: r.plan.id,
    range: r.plan.stops[r.index]!.range,
    message: msg(`${planLabel(r.plan)}第 ${r.index + 1} 站，相隔 ${fmt(gap)} 天`, `${planLabel(r.plan)}, stop ${r.index + 1}, ${fmt(gap)} days apart`),
  };
}

function fileName(id: string): string {
  const base = id.replace(/^.*[\\/]/, '');
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}
