// research.unannounced-share (§14, docs/rules/research.unannounced-share.md): fewer than minShare
// (1/3) of a plan's stops unannounced. Reported on the title (without one, on the first stop),
// with the share in words (三分之一, 二分之一, 四分之一, else a percentage to one decimal) and how
// many stops to change: ⌈n × minShare⌉ − k. One fix per announced stop, the first five.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['research.unannounced-share'];
const TITLE = '关于市民政局赴天桥区调研的安排';
const PLACES = ['北园街道北园社区', '药山街道鹊山村', '桑梓店镇华安村', '大桥街道南殷村', '泺口街道泺口社区', '官扎营街道官扎营社区', '北村街道北村社区', '无影山街道无影山社区', '制锦市街道西门社区'];

/** A plan of `n` stops; the stops numbered in `marked` (1-based) carry （暗访）. */
function plan(n: number, marked: number[] = [], head = `${TITLE}\n调研时间：2024年4月9日\n`): string {
  const stops = PLACES.slice(0, n).map((p, i) => `${i + 1}. ${8 + i}:00 ${p}${marked.includes(i + 1) ? '（暗访）' : ''}，了解养老服务情况。`);
  return head + stops.join('\n') + '\n';
}

const share = (minShare: number) => ({ rules: { 'research.unannounced-share': { minShare } } });

describe('research.unannounced-share', () => {
  it('reports 0 of 7 on the title and offers to mark the first five stops', () => {
    const text = plan(7);
    const { seen } = lint(text, RULE);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.at, TITLE);
    // ⌈7/3⌉ = 3 stops to change.
    assert.equal(seen[0]!.zh, '7 个站点中暗访（“四不两直”）0 个，不足三分之一；暗访式调研应占三分之一以上，可将其中 3 个站点改为暗访（§14）');
    assert.equal(seen[0]!.en, '0 of 7 stops are unannounced, under a third; make 3 more stop(s) unannounced (§14)');
    assert.deepEqual(
      seen[0]!.fixes.map((f) => [f.zh, f.en]),
      PLACES.slice(0, 5).map((p, i) => [`将第 ${i + 1} 站（${p}）标注为暗访`, `Mark stop ${i + 1} (${p}) as unannounced`]),
    );
    // The mark goes right after the place's words.
    assert.equal(seen[0]!.fixes[2]!.text, text.replace('10:00 桑梓店镇华安村，', '10:00 桑梓店镇华安村（暗访），'));
  });

  it('is silent at exactly the share: 1 of 3', () => {
    assert.deepEqual(lint(plan(3, [2]), RULE).seen, []);
  });

  it('offers only the announced stops', () => {
    const { seen } = lint(plan(4, [1]), RULE, share(0.5));
    assert.equal(seen[0]!.zh, '4 个站点中暗访（“四不两直”）1 个，不足二分之一；暗访式调研应占二分之一以上，可将其中 1 个站点改为暗访（§14）');
    assert.deepEqual(seen[0]!.fixes.map((f) => f.en), ['Mark stop 2 (药山街道鹊山村) as unannounced', 'Mark stop 3 (桑梓店镇华安村) as unannounced', 'Mark stop 4 (大桥街道南殷村) as unannounced']);
  });

  // [minShare, stops, marked, Chinese share, English share, stops to change]
  const shares: Array<[number, number, number[], string, string, number]> = [
    [0.5, 4, [], '二分之一', 'half', 2],
    [0.25, 4, [], '四分之一', 'a quarter', 1],
    [0.4, 4, [], '40%', '40%', 2],
    // 3 × 0.35 = 1.05: two stops.
    [0.35, 3, [], '35%', '35%', 2],
    [0.125, 9, [], '12.5%', '12.5%', 2],
    [2 / 3, 3, [1], '66.7%', '66.7%', 1],
  ];
  for (const [min, n, marked, zh, en, need] of shares) {
    it(`names the share ${zh} and asks for ${need} more of ${n}`, () => {
      const { seen } = lint(plan(n, marked), RULE, share(min));
      assert.equal(seen.length, 1);
      assert.equal(seen[0]!.zh, `${n} 个站点中暗访（“四不两直”）${marked.length} 个，不足${zh}；暗访式调研应占${zh}以上，可将其中 ${need} 个站点改为暗访（§14）`);
      assert.equal(seen[0]!.en, `${marked.length} of ${n} stops are unannounced, under ${en}; make ${need} more stop(s) unannounced (§14)`);
    });
  }

  it('without a title, reports on the first stop’s place', () => {
    const { seen } = lint(plan(3, [], '<!-- gongwen kind=research -->\n调研时间：2024年4月9日\n'), RULE);
    assert.deepEqual(seen.map((s) => s.at), ['北园街道北园社区']);
  });

  it('does not check a plan without stops', () => {
    assert.deepEqual(lint(`${TITLE}\n调研时间：2024年4月9日\n调研内容：了解全区养老服务体系建设情况。\n`, RULE).seen, []);
  });
});
