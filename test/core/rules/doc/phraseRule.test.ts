// phraseRule: the shared shape of the phrase rules. In research plans a negation right before
// the phrase (无需准备…, 不用提前准备…) forbids it, and a phrase naming only what lies outside it
// (到“精品线路”以外的地方) does not set it; the document rules (doc.one-vote-veto,
// doc.responsibility-pledge) go by the sentence's stance alone.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const PLAN = '关于开展农村供水保障专题调研的方案\n调研时间：2026年5月12日\n调研方式：四不两直\n第一站：章丘区官庄街道石匣村，察看供水站运行\n工作要求：\n';

describe('phraseRule: negation and outside in research plans', () => {
  it('skips a phrase right after a negation, also one of the few words a negation may carry', () => {
    const text = `${PLAN}一、基层无需准备汇报材料。\n二、基层准备汇报材料。\n三、不用提前准备汇报材料。\n四、不，提前准备汇报材料。\n无需准备汇报材料。\n`;
    const fs = lint(text, 'research.extra-burden');
    // Line 7 sets it; line 9's comma ends the negation's reach; line 10 starts with the negation.
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text]), [[7, 5, '准备汇报材料'], [9, 7, '准备汇报材料']]);
    assert.equal(fs[0]!.zh, '要求“准备汇报材料”增加基层负担；应充分利用调研对象现有材料，不提与调研无关的要求（§15）');
    assert.equal(fs[0]!.severity, 'warning');
  });

  it('skips a phrase that names only what lies outside it, quoted or not', () => {
    const text = `${PLAN}一、调研组到“精品线路”以外的地方随机察看。\n二、调研组到精品线路之外的村随机察看。\n三、调研组走精品线路。\n四、调研组到“精品线路”附近以外的地方察看。\n`;
    const fs = lint(text, 'research.showcase');
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text]), [[8, 7, '精品线路'], [9, 8, '精品线路']]);
    assert.equal(fs[0]!.zh, '“精品线路”属于作秀式调研；调研应坚持“四不两直”，到困难多、问题多的地方去（§14）');
    assert.equal(fs[0]!.en, '"精品线路" makes the visit a show; research should be unannounced and go where the problems are (§14)');
  });
});
