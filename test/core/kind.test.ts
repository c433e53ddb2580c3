// Kind detection from the title: the cases a drafter would name by the title alone, including
// the visit schedules (调研/检查日程安排) that read like agendas but are research plans.

import * as assert from 'node:assert/strict';
import { detectKind } from '../../server/src/core/model/kind';

const CASES: Array<[string, string]> = [
  ['关于全市安全生产执法检查的日程安排', 'research'],
  ['市委主要领导赴县区调研日程安排', 'research'],
  ['督导检查日程', 'research'],
  ['全市调研工作座谈会日程安排', 'agenda'],
  ['社会治理现场推进会议程', 'agenda'],
  ['市政府第十二次全体会议议程', 'agenda'],
  ['关于召开全市安全生产工作会议的通知', 'agenda'],
  ['关于开展乡村振兴专题调研的方案', 'research'],
  ['关于印发《调研工作日程管理办法》的通知', 'document'],
  ['调研工作办法', 'document'],
  ['关于进一步加强安全生产工作的意见', 'document'],
];

describe('kind detection from the title', () => {
  for (const [title, kind] of CASES) {
    it(`${title} → ${kind}`, () => assert.equal(detectKind(title, []).kind, kind));
  }
});
