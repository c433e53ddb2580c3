// The addressees §3, §20 and §23 speak of: 区县党委、政府 (by the generic names or a configured
// district's 区委/区政府), townships and sub-districts, villages and communities. A department or
// office a name owns (各区县人民政府办公室, 区县政府有关部门) is not the body itself.

import * as assert from 'node:assert/strict';
import { DEFAULT_NAMES, type Names } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import { districtLeadership, townships, villages, type Mention } from '../../../server/src/core/semantics/addressees';
import type { Paragraph } from '../../../server/src/core/text/paragraph';

function para(text: string): Paragraph {
  const p = buildModel(text).paragraphs[0]!;
  assert.equal(p.text, text);
  return p;
}

/** The mentions as the written text they cover. */
const written = (ms: readonly Mention[]) => ms.map((m) => m.para.text.slice(m.start, m.end));

describe('semantics/addressees: 区县党委、政府', () => {
  const CASES: Array<[string, string[], string]> = [
    ['各区县党委、政府：', ['各区县党委、政府'], 'the 主送 line'],
    ['各区县党委和人民政府，市直各部门：', ['各区县党委和人民政府'], '党委和人民政府'],
    ['各区县人民政府：', ['各区县人民政府'], 'the government alone'],
    ['全市各县（市、区）党委和人民政府：', ['全市各县（市、区）党委和人民政府'], 'full-width brackets, matched folded'],
    ['各区县（功能区）党（工）委、政府：', ['各区县（功能区）党（工）委、政府'], 'functional areas with their 党工委'],
    ['请区县党委督促落实。', ['区县党委'], 'the party committee alone, in a sentence'],
    ['各区县人民政府办公室：', [], 'an office the government owns'],
    ['各区县政府有关部门：', [], 'departments of the district governments'],
    ['各区县党委组织部：', [], 'a department of the party committees'],
    ['由各区县政府办理。', ['各区县政府'], '办理 is a verb, not an office (办)'],
    ['各区县政府，各区县政府办公室：', ['各区县政府'], 'the body kept, its office dropped'],
    ['历下区委、区政府：', ['历下区委'], 'a configured district 区委'],
    ['历下区人民政府，章丘区党委：', ['历下区人民政府', '章丘区党委'], 'configured districts, in order'],
    ['历下区和区政府', ['历下区和区政府'], 'a district and its 区政府'],
    ['历下区教育局：', [], 'a district bureau'],
    ['历下区人民政府办公室：', [], 'the office of a district government'],
    ['历下区委、各区县党委：', ['历下区委', '各区县党委'], 'both kinds, sorted by position'],
    ['各区县党委、历下区委：', ['各区县党委', '历下区委'], 'both kinds, the generic first'],
    ['历下区政府，历下区党委：', ['历下区政府', '历下区党委'], 'a district named twice'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${text} (${why})`, () => assert.deepEqual(written(districtLeadership(para(text), DEFAULT_NAMES)), want));
  }

  it('judges ownership from the words right after the name', () => {
    // An 办公室 later in the sentence belongs to another phrase.
    assert.deepEqual(written(districtLeadership(para('各区县政府要会同市直有关部门和单位的办公室做好工作。'), DEFAULT_NAMES)), ['各区县政府']);
  });

  it('records the paragraph and offsets in its text', () => {
    const p = para('现通知各区县人民政府如下');
    const [m] = districtLeadership(p, DEFAULT_NAMES);
    assert.deepEqual([m!.para, m!.start, m!.end], [p, 3, 10]);
  });

  it('answers again from the same list for the same names, and anew for other names', () => {
    const p = para('东湖区委、区政府：');
    const first = districtLeadership(p, DEFAULT_NAMES);
    assert.deepEqual(written(first), []);
    assert.equal(districtLeadership(p, DEFAULT_NAMES), first);
    const names: Names = { ...DEFAULT_NAMES, districts: ['东湖区'] };
    assert.deepEqual(written(districtLeadership(p, names)), ['东湖区委']);
  });
});

describe('semantics/addressees: townships and villages', () => {
  const CASES: Array<[string, string[], string[]]> = [
    ['各乡镇（街道）、村（社区）：', ['乡镇（街道）'], ['村（社区）']],
    ['各镇（街道）：', ['各镇（街道）'], []],
    ['各乡镇、各街道：', ['乡镇', '各街道'], []],
    ['唐冶街道办事处：', ['街道办事处'], []],
    ['各村（社区）、社区居委会：', [], ['各村（社区）', '社区居委会']],
    ['各村、各社区、村委会、村民委员会', [], ['各村', '各社区', '村委会', '村民委员会']],
    ['村居、居委会', [], ['村居', '居委会']],
    ['各区县人民政府：', [], []],
  ];
  for (const [text, ts, vs] of CASES) {
    it(`${text}`, () => {
      const p = para(text);
      assert.deepEqual(written(townships(p)), ts);
      assert.deepEqual(written(villages(p)), vs);
    });
  }

  it('gives offsets in the paragraph text', () => {
    const p = para('请乡镇（街道）督促村（社区）落实。');
    assert.deepEqual(townships(p).map((m) => [m.start, m.end]), [[1, 7]]);
    assert.deepEqual(villages(p).map((m) => [m.para, m.start, m.end]), [[p, 9, 14]]);
  });
});
