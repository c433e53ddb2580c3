// research.symposium-size (§15, docs/rules/research.symposium-size.md): a 座谈会 the plan sets
// with more than maxSymposium (15) participants, the number read from the clauses of its
// sentence that name it or who attends, else from a participants' line right after it; ranges
// count by their upper end, numbers per unit (每村2名, 各部门1人) are not the size; one
// finding per sentence.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = ['research.symposium-size'];
const HEAD = '关于市委组织部赴莱芜区调研的安排\n调研时间：2024年7月16日\n';

/** The head counts reported for a plan body, in order. */
function sizes(body: string, config = {}): number[] {
  return lint(`${HEAD}${body}\n`, RULE, config).seen.map((s) => {
    // The finding underlines the 座谈会 (or 座谈) itself.
    assert.ok(s.at === '座谈会' || s.at === '座谈', s.at);
    return Number(/约 (\d+) 人/.exec(s.zh)![1]);
  });
}

describe('research.symposium-size', () => {
  it('says how many, over what limit, in both languages', () => {
    const { seen } = lint(`${HEAD}第一站：莱芜区凤城街道，召开座谈会，参加人员约25人。\n`, RULE);
    assert.deepEqual(seen.map((s) => [s.at, s.zh, s.en]), [['座谈会', '座谈会参加人员约 25 人，超过 15 人；应严格控制规模和参会人员范围（§15）', 'The symposium has about 25 participants, over 15; keep it small (§15)']]);
  });

  const cases: Array<[string, string, number[]]> = [
    ['a range counts by its upper end', '第一站：莱芜区凤城街道，召开座谈会，邀请15—20名群众代表参加。', [20]],
    ['Chinese numerals', '第一站：莱芜区凤城街道，召开座谈会，参加人员二十人。', [20]],
    ['名 as well as 人, just over the limit', '第一站：莱芜区凤城街道，召开座谈会，参加人员16名。', [16]],
    ['at the limit: silent', '第一站：莱芜区凤城街道，召开座谈会，参加人员15人。', []],
    ['numbers per unit are not the size', '第一站：莱芜区凤城街道，召开座谈会，每个村2名代表、各部门1人参加。', []],
    ['a number per unit over the limit is not the size either', '第一站：莱芜区凤城街道，召开座谈会，参加人员为每村20名群众代表。', []],
    ['各 further before the number does not make it per unit', '第一站：莱芜区凤城街道，召开座谈会，参加人员为各社区推荐的群众代表共25人。', [25]],
    ['the largest of two numbers in a clause, the larger first', '第一站：莱芜区凤城街道，召开座谈会，邀请20名群众代表和5名村干部参加。', [20]],
    ['the largest of two numbers in a clause, the larger last', '第一站：莱芜区凤城街道，召开座谈会，邀请5名村干部和20名群众代表参加。', [20]],
    ['the largest of two attendance clauses, the larger first', '第一站：莱芜区凤城街道，召开座谈会，邀请20名群众代表参加，参会村干部5人。', [20]],
    ['the largest of two attendance clauses, the larger last', '第一站：莱芜区凤城街道，召开座谈会，参会村干部5人，邀请20名群众代表参加。', [20]],
    ['a sentence starting right after the last one is read', '第一站：莱芜区凤城街道，召开座谈会，参加人员25人。座谈会参加人员：群众代表30人。', [25, 30]],
    ['a participants’ line without a number keeps the count of the sentence', '第一站：莱芜区凤城街道，召开座谈会，参加人员约20人。参加人员：社区干部和居民代表。', [20]],
    ['only the first sentence of the next paragraph is the participants’ line', '第一站：莱芜区凤城街道，召开座谈会。\n参加人员：社区干部和居民代表。会后走访慰问20名困难群众。', []],
    ['the largest head count of the attendance clauses', '第一站：莱芜区凤城街道，召开座谈会，参加人员控制在20人以内，其中群众代表8人。', [20]],
    ['a clause about others is not the size', '第一站：莱芜区凤城街道，召开座谈会，慰问20名困难群众。', []],
    ['one finding for two mentions in a sentence', '第一站：莱芜区凤城街道，召开座谈会，座谈交流，参加人员25人。', [25]],
    ['one finding per sentence', '第一站：莱芜区凤城街道，召开座谈会，参加人员25人。第二站：鹏泉街道，召开座谈会，参加人员30人。', [25, 30]],
    ['the participants’ sentence after it', '第一站：莱芜区凤城街道，召开座谈会。参加人员：街道、社区干部和群众代表，共二十余人。', [20]],
    ['the participants’ line after it, numbered', '第一站：莱芜区凤城街道，召开座谈会。\n（一）参加人员：街道干部、群众代表30人。', [30]],
    ['a sentence after it that is not a participants’ line', '第一站：莱芜区凤城街道，召开座谈会。了解基层党建情况，共25人。', []],
    ['no number anywhere', '第一站：莱芜区凤城街道，召开座谈会', []],
    // The line names the 座谈会 itself: read whole, on its own, as the line after one is.
    ['a participants’ line that names the 座谈会', '第一站：莱芜区凤城街道，召开座谈会。\n座谈会参加人员：街道、社区干部和群众代表，共25人。', [25]],
    ['a meeting the plan forbids', '有关要求：严禁召开50人以上的大型座谈会。', []],
  ];
  for (const [name, body, want] of cases) it(name, () => assert.deepEqual(sizes(body), want));

  it('follows maxSymposium', () => {
    const body = '第一站：莱芜区凤城街道，召开座谈会。\n参加人员：街道干部、群众代表30人。';
    assert.deepEqual(sizes(body), [30]);
    assert.deepEqual(sizes(body, { rules: { 'research.symposium-size': { maxSymposium: 30 } } }), []);
    const { seen } = lint(`${HEAD}${body}\n`, RULE, { rules: { 'research.symposium-size': { maxSymposium: 29 } } });
    assert.equal(seen[0]!.zh, '座谈会参加人员约 30 人，超过 29 人；应严格控制规模和参会人员范围（§15）');
  });
});
