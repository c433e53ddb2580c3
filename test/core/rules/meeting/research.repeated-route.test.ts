// research.repeated-route (§14, docs/rules/research.repeated-route.md): consecutive stops that
// another plan visits one right after the other, in the same order, within windowDays. The
// longest shared run is reported once, from its first stop (same length: the plan nearest in
// time); a stop may end one run and start another; related information points at each of the
// other plan's stops.

import * as assert from 'node:assert/strict';
import { addDays, ymdText } from '../../../../server/src/core/semantics/timeline';
import { lintIn } from './lint';

const RULE = ['research.repeated-route'];
const BASE = { year: 2024, month: 9, day: 10 };
const PLACE: Record<string, string> = { A: '文祖街道三德范村', B: '明水街道眼明泉社区', C: '双山街道三涧溪村', D: '官庄街道石匣村', E: '埠村街道东鹅庄村' };
const NTH = '一二三四五六';

/** A plan visiting the places of `route` (letters of PLACE) in order, `offset` days from BASE. */
function plan(unit: string, offset: number, route: string): string {
  const stops = [...route].map((k, i) => `第${NTH[i]}站：章丘区${PLACE[k]}，了解基层治理情况。`);
  return `关于${unit}赴章丘区调研的行程安排\n调研时间：${ymdText(addDays(BASE, offset))}\n${stops.join('\n')}\n`;
}

const label = (unit: string, offset: number) => `《关于${unit}赴章丘区调研的行程安排》（${ymdText(addDays(BASE, offset))}）`;
const names = (route: string) => [...route].map((k) => `章丘区${PLACE[k]}`).join(' → ');

function check(plans: Record<string, string>, config = {}) {
  const { seen, result } = lintIn(plans, 'self', RULE, config);
  return seen.map((s, k) => ({
    at: s.at,
    zh: s.zh,
    en: s.en,
    // Each related place: the plan's id, the 1-based line of the stop, the message.
    related: result.findings[k]!.related!.map((r) => `${r.id}:${r.range.start.line + 1} ${r.message.zh}`),
  }));
}

describe('research.repeated-route', () => {
  it('reports the longest shared run, even when a shorter one is nearer in time', () => {
    // x shares A→B 10 days after; y shares A→B→C (its stops 2 to 4) 50 days before.
    const got = check({ self: plan('市长张三', 0, 'ABCD'), x: plan('市民政局', 10, 'AB'), y: plan('市农业农村局', -50, 'EABC') });
    const y = label('市农业农村局', -50);
    assert.deepEqual(got, [
      {
        at: '章丘区文祖街道三德范村',
        zh: `线路“${names('ABC')}”（3 站）与${y}的路线相同（相隔 50 天，另有 1 个方案走过其中一段），不得轮番到同一条线路重复调研（§14）`,
        en: `The route "${names('ABC')}" (3 stops) repeats ${y} (50 days apart; 1 more plan(s) share part of it); do not send visits down the same route (§14)`,
        // y's lines: title, date, then its stops from line 3; A is its 2nd stop, on line 4.
        related: [`y:4 ${y}第 2 站`, `y:5 ${y}第 3 站`, `y:6 ${y}第 4 站`],
      },
    ]);
  });

  it('keeps the longest run found first over a shorter, nearer one found after it', () => {
    const got = check({ self: plan('市长张三', 0, 'ABCD'), y: plan('市农业农村局', -50, 'EABC'), x: plan('市民政局', 10, 'AB') });
    assert.equal(got.length, 1);
    assert.ok(got[0]!.zh.startsWith(`线路“${names('ABC')}”（3 站）与${label('市农业农村局', -50)}`), got[0]!.zh);
  });

  it('of two runs as long, keeps the nearer plan found first', () => {
    const got = check({ self: plan('市长张三', 0, 'ABCD'), y: plan('市农业农村局', -5, 'AB'), x: plan('市民政局', 10, 'AB') });
    assert.equal(got.length, 1);
    assert.ok(got[0]!.zh.includes(`与${label('市农业农村局', -5)}的路线相同（相隔 5 天，另有 1 个方案走过其中一段）`), got[0]!.zh);
  });

  it('of two runs as long, names the plan nearer in time', () => {
    const got = check({ self: plan('市长张三', 0, 'ABCD'), x: plan('市民政局', 10, 'AB'), y: plan('市农业农村局', -5, 'AB') });
    assert.equal(got.length, 1);
    const y = label('市农业农村局', -5);
    assert.equal(got[0]!.zh, `线路“${names('AB')}”（2 站）与${y}的路线相同（相隔 5 天，另有 1 个方案走过其中一段），不得轮番到同一条线路重复调研（§14）`);
    assert.deepEqual(got[0]!.related, [`y:3 ${y}第 1 站`, `y:4 ${y}第 2 站`]);
  });

  it('lets a stop end one shared run and start another', () => {
    const got = check({ self: plan('市长张三', 0, 'ABC'), x: plan('市民政局', 10, 'AB'), y: plan('市农业农村局', 20, 'BC') });
    const x = label('市民政局', 10);
    const y = label('市农业农村局', 20);
    assert.deepEqual(
      got.map((g) => [g.at, g.zh]),
      [
        ['章丘区文祖街道三德范村', `线路“${names('AB')}”（2 站）与${x}的路线相同（相隔 10 天），不得轮番到同一条线路重复调研（§14）`],
        ['章丘区明水街道眼明泉社区', `线路“${names('BC')}”（2 站）与${y}的路线相同（相隔 20 天），不得轮番到同一条线路重复调研（§14）`],
      ],
    );
  });

  it('reports a run shared with one plan once, however long', () => {
    const got = check({ self: plan('市长张三', 0, 'ABCDE'), x: plan('市民政局', 30, 'ABCDE') });
    assert.deepEqual(got.map((g) => g.at), ['章丘区文祖街道三德范村']);
    assert.ok(got[0]!.zh.startsWith(`线路“${names('ABCDE')}”（5 站）`), got[0]!.zh);
  });

  it('reads a run to the end of this plan while the other goes on', () => {
    const got = check({ self: plan('市长张三', 0, 'AB'), x: plan('市民政局', 10, 'ABCD') });
    assert.deepEqual(got.map((g) => g.at), ['章丘区文祖街道三德范村']);
    assert.ok(got[0]!.zh.startsWith(`线路“${names('AB')}”（2 站）`), got[0]!.zh);
  });

  it('does not compare with a plan without a date', () => {
    const undated = plan('市民政局', 10, 'AB').replace(/调研时间：.*\n/, '');
    assert.deepEqual(check({ self: plan('市长张三', 0, 'AB'), x: undated }), []);
  });

  it('needs the stops one right after the other', () => {
    assert.deepEqual(check({ self: plan('市长张三', 0, 'ABC'), x: plan('市民政局', 10, 'AEB') }), []);
  });

  it('compares within windowDays of the run’s first stop', () => {
    const plans = { self: plan('市长张三', 0, 'AB'), x: plan('市民政局', 45, 'AB') };
    assert.equal(check(plans).length, 1);
    assert.equal(check(plans, { rules: { 'research.repeated-route': { windowDays: 44 } } }).length, 0);
    assert.equal(check(plans, { rules: { 'research.repeated-route': { windowDays: 45 } } }).length, 1);
  });
});
