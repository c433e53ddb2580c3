// agendaOf: the agenda is read once per document model and shared by the meeting rules; dates
// without a year take the 成文日期's year, not that of another date written earlier in the text.

import * as assert from 'node:assert/strict';
import { agendaOf } from '../../../server/src/core/agenda';
import { DEFAULT_NAMES } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';

const NOTICE = [
  '关于召开全市河湖管护工作会议的通知',
  '',
  '各区县人民政府，市有关部门：',
  '　　根据2022年6月1日印发的河湖管护工作方案，经市政府同意，定于3月19日在市政府第二会议室召开全市河湖管护工作会议。',
  '',
  '济南市水务局',
  '2024年3月1日',
  '',
].join('\n');

describe('agendaOf', () => {
  it('reads a model once: the same model gives the same agenda object', () => {
    const m = buildModel(NOTICE);
    const a = agendaOf(m, DEFAULT_NAMES);
    assert.equal(agendaOf(m, DEFAULT_NAMES), a);
    // Another model of the same text is read afresh.
    assert.notEqual(agendaOf(buildModel(NOTICE), DEFAULT_NAMES), a);
  });

  it('gives a date without a year the year of the 成文日期, not of an earlier date in the text', () => {
    const d = agendaOf(buildModel(NOTICE), DEFAULT_NAMES).days;
    assert.equal(d.length, 1);
    assert.deepEqual(d[0]!.date, { year: 2024, month: 3, day: 19 });
  });
});
