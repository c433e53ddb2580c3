// The cross-plan helpers of research/index.ts that research.repeated-stop and
// research.concentration share: one entry per other plan at its visit nearest in time (ties keep
// the first), the related information pointing at that stop, and the stops of a 区县.

import * as assert from 'node:assert/strict';
import { nearestPerPlan, PlanIndex, stopRelated, type PlanSummary, type StopRef } from '../../server/src/core/research/index';
import type { Place } from '../../server/src/core/research/types';
import { ymdDays, type Ymd } from '../../server/src/core/semantics/timeline';

const place = (district: string, site: string): Place => ({ district, town: null, site, key: `${district}||${site}`, text: site, comparable: true });
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } };

function plan(id: string, title: string, date: Ymd, stops: Array<[Place, Ymd]>): PlanSummary {
  return { id, title, leader: null, date, stops: stops.map(([p, d]) => ({ place: p, date: d, day: ymdDays(d), unannounced: false, range })) };
}

const A = place('历城区', '娄家村');
const B = place('历城区', '港沟村');
const d = (day: number): Ymd => ({ year: 2024, month: 5, day });

describe('research index: nearest visit per plan', () => {
  let p1: ReturnType<typeof plan>;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    p1 = plan('p1', '方案一', d(10), [[A, d(10)], [B, d(12)], [A, d(14)]]);
  });
  let p2: ReturnType<typeof plan>;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    p2 = plan('p2', '方案二', d(1), [[A, d(1)]]);
  });
  let refs: StopRef[];
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    refs = [
      { plan: p1, index: 0 },
      { plan: p1, index: 2 },
      { plan: p2, index: 0 },
    ];
  });

  it('keeps each plan once, at its nearest stop; a tie keeps the first', () => {
    // Day 12: p1's stops on the 10th and the 14th are both 2 days away; the first stays.
    const got = nearestPerPlan(refs, ymdDays(d(12)), 90).map((o) => [o.r.plan.id, o.r.index, o.gap]);
    assert.deepEqual(got, [
      ['p1', 0, 2],
      ['p2', 0, 11],
    ]);
  });

  it('leaves out stops beyond the window and dates unknown', () => {
    assert.deepEqual(nearestPerPlan(refs, ymdDays(d(14)), 5).map((o) => [o.r.plan.id, o.r.index, o.gap]), [['p1', 2, 0]]);
    assert.deepEqual(nearestPerPlan(refs, null, 90), []);
  });

  it('points related information at the other plan\'s stop', () => {
    assert.deepEqual(stopRelated({ plan: p1, index: 2 }, 3), {
      id: 'p1',
      range,
      message: { zh: '《方案一》（2024年5月10日）第 3 站，相隔 3 天', en: '《方案一》（2024年5月10日）, stop 3, 3 days apart' },
    });
  });

  it('lists the stops of other plans in a 区县', () => {
    const index = new PlanIndex();
    index.upsert(p1);
    index.upsert(p2);
    index.upsert(plan('p3', '方案三', d(2), [[place('章丘区', '三德范村'), d(2)]]));
    assert.deepEqual(index.stopsIn('历城区', 'p2').map((r) => [r.plan.id, r.index]), [
      ['p1', 0],
      ['p1', 1],
      ['p1', 2],
    ]);
    assert.deepEqual(index.stopsIn('章丘区', 'p3'), []);
  });
});
