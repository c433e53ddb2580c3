// The workspace's research plans (research/index.ts): what a plan's summary keeps (dates, ranges,
// modes), how the index files stops and route steps so that a lookup finds every matching stop of
// the other plans exactly once, what removing a plan forgets, the day arithmetic the cross-plan
// rules share, and how messages name another plan.

import * as assert from 'node:assert/strict';
import { DEFAULT_NAMES, type Names } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import {
  dayOf,
  daysApart,
  gapTo,
  nearestPerPlan,
  placeName,
  planLabel,
  PlanIndex,
  stopDate,
  stopDates,
  stopRelated,
  summarize,
  type PlanSummary,
  type StopSummary,
} from '../../../server/src/core/research/index';
import { parsePlan } from '../../../server/src/core/research/parse';
import type { Place } from '../../../server/src/core/research/types';
import { ymdDays, type Ymd } from '../../../server/src/core/semantics/timeline';

const names = DEFAULT_NAMES;
const ymd = (year: number, month: number, day: number): Ymd => ({ year, month, day });
const P = (district: string | null, town: string | null, site: string | null, comparable = true): Place => ({ district, town, site, key: `${district ?? ''}|${town ?? ''}|${site ?? ''}`, text: `${town ?? ''}${site ?? ''}`, comparable });
const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });

function stop(place: Place, date: Ymd | null, unannounced = false, line = 0): StopSummary {
  return { place, date, day: date ? ymdDays(date) : null, unannounced, range: range(line) };
}

function plan(id: string, stops: StopSummary[], date: Ymd | null = stops[0]?.date ?? null, leader: string | null = null, title = `方案${id}`): PlanSummary {
  return { id, title, leader, date, stops };
}

const refs = (xs: Array<{ plan: PlanSummary; index: number }>): string[] => xs.map((r) => `${r.plan.id}#${r.index}`);

describe('research/index: summaries of a plan', () => {
  const text = '市长张三赴历城区调研安排\n\n调研时间：2024年5月10日\n第一站：唐王街道娄家村（暗访）\n第二站：港沟街道芦南村\n';

  it('keeps the title, leader, date and each stop with its day, mode and place range', () => {
    const model = buildModel(text);
    const s = summarize('file:///a.txt', model, parsePlan(model, names), model.lines);
    assert.equal(s.id, 'file:///a.txt');
    assert.equal(s.title, '市长张三赴历城区调研安排');
    assert.equal(s.leader, '市长张三');
    assert.deepEqual(s.date, ymd(2024, 5, 10));
    assert.deepEqual(
      s.stops.map((x) => [x.place.key, x.day, x.unannounced]),
      [
        ['历城区|唐王街道|娄家村', ymdDays(ymd(2024, 5, 10)), true],
        ['历城区|港沟街道|芦南村', ymdDays(ymd(2024, 5, 10)), false],
      ],
    );
    // Lines are 0-based; 第一站： takes 4 characters, 唐王街道娄家村 the next 7.
    assert.deepEqual(s.stops.map((x) => x.range), [
      { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } },
      { start: { line: 4, character: 4 }, end: { line: 4, character: 11 } },
    ]);
  });

  it('a stop under a later date heading keeps its own date; the plan\'s date is the first visit', () => {
    const model = buildModel('副市长李四赴章丘区调研安排\n\n9月10日\n9:00 文祖街道三德范村\n9月12日\n9:00 明水街道眼明泉社区\n\n2024年9月1日\n');
    const plan = parsePlan(model, names);
    assert.deepEqual(stopDates(model, plan), [ymd(2024, 9, 10), ymd(2024, 9, 12)]);
    const s = summarize('b', model, plan, model.lines);
    assert.deepEqual(s.date, ymd(2024, 9, 10));
    assert.deepEqual(s.stops.map((x) => x.date), [ymd(2024, 9, 10), ymd(2024, 9, 12)]);
  });

  it('without a visit date, the plan and its stops take the 成文日期', () => {
    const model = buildModel('市应急局赴历城区调研方案\n\n第一站：唐王街道娄家村\n\n市应急局\n2024年3月8日\n');
    const s = summarize('c', model, parsePlan(model, names), model.lines);
    assert.deepEqual(s.date, ymd(2024, 3, 8));
    assert.deepEqual(s.stops.map((x) => [x.date, x.day]), [[ymd(2024, 3, 8), ymdDays(ymd(2024, 3, 8))]]);
  });

  it('without any date, dates and days are null', () => {
    const model = buildModel('市应急局赴历城区调研方案\n\n第一站：唐王街道娄家村\n');
    const s = summarize('d', model, parsePlan(model, names), model.lines);
    assert.equal(s.date, null);
    assert.deepEqual(s.stops.map((x) => [x.date, x.day]), [[null, null]]);
  });

  it('the plan is read with the name lists of the configuration: 先行区 is a 区县 only in the second', () => {
    const model = buildModel('市应急局调研安排\n\n调研时间：2024年5月10日\n第一站：先行区太平街道\n');
    const own: Names = { ...names, districts: [...names.districts, '先行区'] };
    assert.deepEqual([parsePlan(model, names).stops[0]!.place.district, parsePlan(model, own).stops[0]!.place.district], [null, '先行区']);
  });
});

describe('research/index: days between visits', () => {
  it('daysApart is the distance either way, null when a date is unknown', () => {
    assert.equal(daysApart(ymd(2024, 2, 27), ymd(2024, 3, 2)), 4, '2024 is a leap year: 27, 28, 29 Feb, 1 Mar, 2 Mar');
    assert.equal(daysApart(ymd(2024, 3, 2), ymd(2024, 2, 27)), 4);
    assert.equal(daysApart(null, ymd(2024, 3, 2)), null);
    assert.equal(daysApart(ymd(2024, 3, 2), null), null);
  });

  it('dayOf and gapTo compare day numbers; unknown days give null', () => {
    assert.equal(dayOf(null), null);
    assert.equal(dayOf(ymd(2024, 1, 2))! - dayOf(ymd(2023, 12, 31))!, 2);
    const p = plan('x', [stop(P(null, '唐王街道', null), ymd(2024, 5, 10)), stop(P(null, '港沟街道', null), null)]);
    assert.equal(gapTo(ymdDays(ymd(2024, 5, 1)), { plan: p, index: 0 }), 9);
    assert.equal(gapTo(ymdDays(ymd(2024, 5, 19)), { plan: p, index: 0 }), 9);
    assert.equal(gapTo(null, { plan: p, index: 0 }), null);
    assert.equal(gapTo(ymdDays(ymd(2024, 5, 19)), { plan: p, index: 1 }), null);
  });

  it('stopDate is the stop\'s own date, else its plan\'s', () => {
    const p = plan('x', [stop(P(null, '唐王街道', null), ymd(2024, 5, 12)), stop(P(null, '港沟街道', null), null)], ymd(2024, 5, 10));
    assert.deepEqual(stopDate({ plan: p, index: 0 }), ymd(2024, 5, 12));
    assert.deepEqual(stopDate({ plan: p, index: 1 }), ymd(2024, 5, 10));
  });

  it('nearestPerPlan keeps a stop exactly at the window and drops one a day beyond', () => {
    const p = plan('x', [stop(P(null, '唐王街道', null), ymd(2024, 5, 10))]);
    const day = ymdDays(ymd(2024, 8, 8)); // 90 days after 10 May: 21 + 30 + 31 + 8
    assert.deepEqual(nearestPerPlan([{ plan: p, index: 0 }], day, 90).map((o) => o.gap), [90]);
    assert.deepEqual(nearestPerPlan([{ plan: p, index: 0 }], day + 1, 90), []);
  });

  it('nearestPerPlan replaces a plan\'s entry by a nearer later stop', () => {
    const p = plan('x', [stop(P(null, '唐王街道', null), ymd(2024, 5, 1)), stop(P(null, '唐王街道', null), ymd(2024, 5, 9))]);
    const got = nearestPerPlan([{ plan: p, index: 0 }, { plan: p, index: 1 }], ymdDays(ymd(2024, 5, 10)), 90);
    assert.deepEqual(got.map((o) => [o.r.index, o.gap]), [[1, 1]]);
  });
});

describe('research/index: how another plan is named', () => {
  it('by its title and date', () => {
    assert.equal(planLabel(plan('file:///x/a.txt', [], ymd(2024, 6, 14), null, '副市长李四赴章丘区调研安排')), '《副市长李四赴章丘区调研安排》（2024年6月14日）');
  });

  it('without a date, by its title alone', () => {
    assert.equal(planLabel(plan('a', [], null, null, '调研安排')), '《调研安排》');
  });

  it('without a title, by its file name, decoded from a URI', () => {
    assert.equal(planLabel(plan('file:///d/%E8%B0%83%E7%A0%94.txt', [], null, null, '')), '《调研.txt》');
    assert.equal(planLabel(plan('C:\\plans\\行程.md', [], null, null, '')), '《行程.md》');
    // A stray % is no escape: the name is kept as written.
    assert.equal(planLabel(plan('file:///d/100%完成.txt', [], null, null, '')), '《100%完成.txt》');
  });

  it('related information: the other plan\'s stop, numbered from 1, and the gap with thousands separators', () => {
    const p = plan('file:///b.txt', [stop(P(null, '唐王街道', null), ymd(2024, 5, 10), false, 6), stop(P(null, '港沟街道', null), null, false, 7)], ymd(2024, 5, 10), null, '乙方案');
    assert.deepEqual(stopRelated({ plan: p, index: 1 }, 1200), {
      id: 'file:///b.txt',
      range: range(7),
      message: { zh: '《乙方案》（2024年5月10日）第 2 站，相隔 1,200 天', en: '《乙方案》（2024年5月10日）, stop 2, 1,200 days apart' },
    });
  });
});

describe('research/index: the name a place is filed under', () => {
  it('its site, else its town; nothing for a place not compared', () => {
    assert.equal(placeName(P('历城区', '唐王街道', '娄家村')), 's:娄家村');
    assert.equal(placeName(P('历城区', '唐王街道', null)), 't:唐王街道');
    assert.equal(placeName(P('历城区', '唐王街道', '娄家村', false)), null);
    assert.equal(placeName(P('历城区', null, null)), null);
  });
});

describe('research/index: the PlanIndex', () => {
  const may = (day: number): Ymd => ymd(2024, 5, day);
  const LJ = P('历城区', '唐王街道', '娄家村');
  const LN = P('历城区', '港沟街道', '芦南村');

  it('finds a stop of another plan whether or not either side names the 区县, once each', () => {
    const index = new PlanIndex();
    index.upsert(plan('withD', [stop(LJ, may(1))]));
    index.upsert(plan('noD', [stop(P(null, null, '娄家村'), may(2))]));
    index.upsert(plan('otherD', [stop(P('章丘区', null, '娄家村'), may(3))]));
    // With a 区县: its own stops and the district-less ones, not another district's.
    assert.deepEqual(refs(index.sameStops(P('历城区', null, '娄家村'), 'self')), ['withD#0', 'noD#0']);
    // Without one: every plan's, each once.
    assert.deepEqual(refs(index.sameStops(P(null, null, '娄家村'), 'self')).sort(), ['noD#0', 'otherD#0', 'withD#0']);
    // A town-level lookup does not find sites.
    assert.deepEqual(index.sameStops(P('历城区', '唐王街道', null), 'self'), []);
    // The plan asking is left out; a place not compared finds nothing.
    assert.deepEqual(refs(index.sameStops(P('历城区', null, '娄家村'), 'withD')), ['noD#0']);
    assert.deepEqual(index.sameStops(P('历城区', null, '娄家村', false), 'self'), []);
  });

  it('removes a plan that names the same place twice', () => {
    const index = new PlanIndex();
    index.upsert(plan('a', [stop(LJ, may(1)), stop(LJ, may(2))]));
    // The second stop's keys are gone with the first's: removing must not trip over them.
    index.remove('a');
    assert.equal(index.size, 0);
    assert.deepEqual(index.sameStops(LJ, 'self'), []);
    assert.deepEqual(index.plansIn('历城区'), []);
  });

  it('files towns by name too', () => {
    const index = new PlanIndex();
    index.upsert(plan('a', [stop(P('历城区', '唐王街道', null), may(1)), stop(P(null, '唐王街道', null), may(1))]));
    assert.deepEqual(refs(index.sameStops(P('历城区', '唐王街道', null), 'self')), ['a#0', 'a#1']);
  });

  it('finds route steps that go from a straight to b, in that order', () => {
    const index = new PlanIndex();
    index.upsert(plan('ab', [stop(LJ, may(1)), stop(LN, may(1)), stop(P('历城区', '彩石街道', null), may(1))]));
    index.upsert(plan('ba', [stop(LN, may(2)), stop(LJ, may(2))]));
    index.upsert(plan('gap', [stop(LJ, may(3)), stop(P('历城区', '彩石街道', null), may(3)), stop(LN, may(3))]));
    index.upsert(plan('noD', [stop(P(null, null, '娄家村'), may(4)), stop(P(null, '港沟街道', '芦南村'), may(4))]));
    assert.deepEqual(refs(index.sameSteps(LJ, LN, 'self')), ['ab#0', 'noD#0']);
    assert.deepEqual(refs(index.sameSteps(P(null, null, '娄家村'), P(null, null, '芦南村'), 'self')).sort(), ['ab#0', 'noD#0']);
    assert.deepEqual(refs(index.sameSteps(LJ, LN, 'ab')), ['noD#0']);
    assert.deepEqual(refs(index.sameSteps(LN, LJ, 'self')), ['ba#0']);
    assert.deepEqual(index.sameSteps(LJ, P('历城区', null, null), 'self'), [], 'no name, no step');
    assert.deepEqual(index.sameSteps(P('历城区', null, null), LN, 'self'), []);
  });

  it('a step must match at both ends by place, not only by name', () => {
    const index = new PlanIndex();
    index.upsert(plan('other', [stop(LJ, may(1)), stop(P('历城区', '唐王街道', '芦南村'), may(1))]));
    // Same names, but the second stop is in another town.
    assert.deepEqual(index.sameSteps(LJ, LN, 'self'), []);
  });

  it('lists the plans and stops in a 区县, and forgets what a removed plan filed', () => {
    const index = new PlanIndex();
    index.upsert(plan('a', [stop(LJ, may(1)), stop(LN, may(1)), stop(P('章丘区', '明水街道', null), may(1))]));
    index.upsert(plan('b', [stop(LJ, may(5)), stop(LN, may(5))]));
    assert.equal(index.size, 2);
    assert.deepEqual(index.plansIn('历城区').map((p) => p.id), ['a', 'b']);
    assert.deepEqual(refs(index.stopsIn('历城区', 'b')), ['a#0', 'a#1']);
    assert.deepEqual(refs(index.stopsIn('章丘区', 'x')), ['a#2']);
    assert.deepEqual(index.plansIn('商河县'), []);

    index.remove('a');
    assert.equal(index.size, 1);
    assert.equal(index.get('a'), undefined);
    assert.deepEqual([...index.all()].map((p) => p.id), ['b']);
    assert.deepEqual(index.plansIn('章丘区'), []);
    assert.deepEqual(index.plansIn('历城区').map((p) => p.id), ['b']);
    // b's entries under the same keys are kept.
    assert.deepEqual(refs(index.sameStops(LJ, 'x')), ['b#0']);
    assert.deepEqual(refs(index.sameSteps(LJ, LN, 'x')), ['b#0']);

    index.remove('b');
    assert.equal(index.size, 0);
    assert.deepEqual(index.sameStops(LJ, 'x'), []);
    assert.deepEqual(index.sameSteps(LJ, LN, 'x'), []);
    assert.deepEqual(index.plansIn('历城区'), []);
    index.remove('b');
    assert.equal(index.size, 0, 'removing an unknown plan does nothing');

    // Filed again after the lists emptied: found again.
    index.upsert(plan('c', [stop(LJ, may(9)), stop(LN, may(9))]));
    assert.deepEqual(refs(index.sameSteps(LJ, LN, 'x')), ['c#0']);
    assert.deepEqual(index.plansIn('历城区').map((p) => p.id), ['c']);
  });

  it('upserting a plan again replaces its stops', () => {
    const index = new PlanIndex();
    index.upsert(plan('a', [stop(LJ, may(1)), stop(LN, may(1))]));
    index.upsert(plan('a', [stop(P('章丘区', '明水街道', null), may(2))]));
    assert.equal(index.size, 1);
    assert.deepEqual(index.sameStops(LJ, 'x'), []);
    assert.deepEqual(index.sameSteps(LJ, LN, 'x'), []);
    assert.deepEqual(index.plansIn('历城区'), []);
    assert.deepEqual(index.plansIn('章丘区').map((p) => p.id), ['a']);
  });

  it('the unannounced share per leader and year, sorted by leader then year', () => {
    const index = new PlanIndex();
    index.upsert(plan('a', [stop(LJ, ymd(2025, 1, 3), true), stop(LN, ymd(2024, 12, 30), false)], ymd(2025, 1, 3), '市长张三'));
    // Stops without a date of their own take the plan's; a plan without any date is left out.
    index.upsert(plan('b', [stop(LJ, null, true), stop(LN, null, true), stop(LN, null, false)], ymd(2024, 3, 1), '副市长李四'));
    index.upsert(plan('c', [stop(LJ, null, true)], null, '副市长李四'));
    index.upsert(plan('d', [stop(LN, ymd(2024, 6, 1), false)], ymd(2024, 6, 1), null));
    const got = index.leaderShares().map((s) => [s.leader, s.year, s.unannounced, s.stops, s.share]);
    // Sorted by UTF-16 code units: 副 (U+526F) < 市 (U+5E02) < （ (U+FF08).
    assert.deepEqual(got, [
      ['副市长李四', 2024, 2, 3, 2 / 3],
      ['市长张三', 2024, 0, 1, 0],
      ['市长张三', 2025, 1, 1, 1],
      ['（未注明）', 2024, 0, 1, 0],
    ]);
  });
});
