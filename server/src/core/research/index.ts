// The workspace's research plans, indexed by place, route step and district, so that a plan is
// checked against every other plan in one lookup per stop (not one comparison per plan).
// Pure: the language server and the CLI fill it from the files they read.

import type { Names } from '../config/resolve';
import type { DocModel } from '../model/types';
import { ymdDays, type Ymd } from '../semantics/timeline';
import type { LineIndex } from '../text/lineIndex';
import { parsePlan, samePlace } from './parse';
import type { Place, Plan } from './types';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface StopSummary {
  place: Place;
  date: Ymd | null;
  unannounced: boolean;
  range: Range;
}

/** What the index keeps of a plan: enough to tell others where and when it goes. */
export interface PlanSummary {
  /** The file (a URI in the editor, a path in the CLI). */
  id: string;
  title: string;
  leader: string | null;
  /** The plan's first date (the dates of its stops are in the stops). */
  date: Ymd | null;
  stops: StopSummary[];
}

const cache = new WeakMap<DocModel, Plan>();

export function planOf(model: DocModel, names: Names): Plan {
  let p = cache.get(model);
  if (!p) {
    p = parsePlan(model, names);
    cache.set(model, p);
  }
  return p;
}

export function summarize(id: string, model: DocModel, names: Names, lines: LineIndex): PlanSummary {
  const plan = planOf(model, names);
  return {
    id,
    title: model.titleText,
    leader: plan.leader,
    date: plan.dates[0] ?? plan.stops.find((s) => s.date)?.date ?? null,
    stops: plan.stops.map((s) => ({
      place: s.place,
      date: s.date,
      unannounced: s.mode === 'unannounced',
      range: { start: lines.positionAt(s.para.origStart(s.placeStart)), end: lines.positionAt(s.para.origEnd(s.placeEnd)) },
    })),
  };
}

export interface StopRef {
  plan: PlanSummary;
  index: number;
}

/** Day distance between two plans (their stops' dates, else the plans' dates). */
export function daysApart(a: Ymd | null, b: Ymd | null): number | null {
  if (!a || !b) return null;
  return Math.abs(ymdDays(a) - ymdDays(b));
}

export class PlanIndex {
  private readonly plans = new Map<string, PlanSummary>();
  private readonly bySite = new Map<string, StopRef[]>();
  private readonly byTown = new Map<string, StopRef[]>();
  private readonly byStep = new Map<string, StopRef[]>();
  private readonly byDistrict = new Map<string, Set<string>>();

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
      if (s.place.site) push(this.bySite, s.place.site, ref);
      else if (s.place.town) push(this.byTown, s.place.town, ref);
      const next = p.stops[index + 1];
      if (next) push(this.byStep, stepKey(s.place, next.place), ref);
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
    const drop = (m: Map<string, StopRef[]>, key: string): void => {
      const list = m.get(key);
      if (!list) return;
      const kept = list.filter((r) => r.plan.id !== id);
      if (kept.length) m.set(key, kept);
      else m.delete(key);
    };
    old.stops.forEach((s, i) => {
      if (s.place.site) drop(this.bySite, s.place.site);
      else if (s.place.town) drop(this.byTown, s.place.town);
      const next = old.stops[i + 1];
      if (next) drop(this.byStep, stepKey(s.place, next.place));
      if (s.place.district) {
        const set = this.byDistrict.get(s.place.district);
        if (set && !old.stops.slice(0, i).some((x) => x.place.district === s.place.district)) {
          set.delete(id);
          if (set.size === 0) this.byDistrict.delete(s.place.district);
        }
      }
    });
  }

  /** Stops of other plans at the same place as `place`. */
  sameStops(place: Place, exceptId: string): StopRef[] {
    const list = place.site ? this.bySite.get(place.site) : place.town ? this.byTown.get(place.town) : undefined;
    if (!list) return [];
    return list.filter((r) => r.plan.id !== exceptId && samePlace(place, r.plan.stops[r.index]!.place));
  }

  /** Other plans' stops where the route goes from `a` straight to `b`. */
  sameSteps(a: Place, b: Place, exceptId: string): StopRef[] {
    const list = this.byStep.get(stepKey(a, b));
    if (!list) return [];
    return list.filter((r) => r.plan.id !== exceptId && samePlace(a, r.plan.stops[r.index]!.place) && samePlace(b, r.plan.stops[r.index + 1]!.place));
  }

  /** Plans that visit a 区县. */
  plansIn(district: string): PlanSummary[] {
    return [...(this.byDistrict.get(district) ?? [])].map((id) => this.plans.get(id)!).filter(Boolean);
  }
}

function stepKey(a: Place, b: Place): string {
  return `${a.site ?? a.town ?? ''}>${b.site ?? b.town ?? ''}`;
}

function push(m: Map<string, StopRef[]>, key: string, ref: StopRef): void {
  const list = m.get(key);
  if (list) list.push(ref);
  else m.set(key, [ref]);
}

/** How a message names another plan: its title (or file) and date. */
export function planLabel(p: PlanSummary): string {
  const name = p.title || p.id.replace(/^.*[\\/]/, '');
  const d = p.date ? `（${p.date.year}年${p.date.month}月${p.date.day}日）` : '';
  return `《${name}》${d}`;
}
