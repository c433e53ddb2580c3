// The bundled examples are the README's front door (`npx gongwen check examples`): each shows a
// family of rules, and this test keeps what they show true as the rules change.

import * as assert from 'node:assert/strict';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import type { FileRecord } from '../server/src/cli/check';

/** Findings per rule in each example, as a careful reviewer counts them. */
const EXPECTED: Record<string, Record<string, number>> = {
  'examples/attachments.txt': { 'format.attachment-note': 6, 'doc.attachment-count': 1, 'doc.attachment-length': 1 },
  'examples/clean-notice.gw': {},
  'examples/format-errors.txt': { 'format.doc-number': 1, 'format.punctuation': 6, 'format.heading-sequence': 5, 'format.date': 1 },
  'examples/long-special.txt': { 'doc.length': 1 },
  // A meeting notice is a 公文 too: the document rules read its frame (it has a 成文日期 and no 公开属性).
  'examples/meeting-agenda.txt': { 'doc.disclosure': 1, 'meeting.no-meeting-day': 1, 'meeting.no-meeting-week': 1, 'meeting.report-time': 1, 'meeting.speech-time': 1 },
  'examples/notice-deadline.txt': {
    'doc.directive-scope': 2, 'doc.responsibility-pledge': 1, 'doc.one-vote-veto': 1, 'doc.trace-evidence': 1, 'doc.report-deadline': 1, 'doc.principal-signature': 1,
  },
  'examples/pdf-copy.txt': { 'doc.length': 1, 'format.punctuation': 9 },
  // The two plans share a three-stop route 35 days apart: both are told.
  'examples/research/early-summer-visit.txt': { 'research.unannounced-share': 1, 'research.repeated-route': 1, 'research.repeated-stop': 3 },
  'examples/research/spring-visit.txt': { 'research.unannounced-share': 1, 'research.repeated-route': 1, 'research.repeated-stop': 3, 'research.escort': 1, 'research.extra-burden': 1 },
  // examples/national/.gongwen.json names the national preset: the national rules and numbers.
  'examples/national/app-and-secondment.txt': {
    'doc.directive-scope': 1, 'doc.app-mandate': 2, 'doc.inspection-setting': 1, 'doc.secondment': 1, 'doc.form-requests': 1,
  },
  'examples/national/county-work-meeting.txt': {
    'meeting.duration': 1, 'meeting.escort-attendance': 1, 'meeting.principal-speech': 1, 'meeting.joint-principal-speech': 1, 'meeting.routine-reports': 2, 'meeting.untimed-item': 1,
  },
  // examples/team/.gongwen.json turns format.punctuation off and adds custom.qita.
  'examples/team/work-notice.txt': { 'custom.qita': 1 },
};

describe('bundled examples', () => {
  before(() => ensureBuilt());

  it('`gongwen check examples` reports what each example is there to show, and exits 0 (warnings only)', () => {
    const r = runCli(['check', 'examples', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as { files: FileRecord[] }).files;
    const got: Record<string, Record<string, number>> = {};
    for (const f of files) {
      const counts: Record<string, number> = {};
      for (const d of f.diagnostics) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
      got[f.path] = counts;
    }
    assert.deepEqual(got, EXPECTED);
    // Under the national preset a finding cites the national text, not the Jinan one.
    const national = files.filter((f) => f.path.startsWith('examples/national/')).flatMap((f) => f.diagnostics);
    assert.ok(national.every((d) => /（(?:《若干规定》|2019年中办减负通知)[^（）]*）$/.test(d.message)), national.map((d) => d.message).join('\n'));
    assert.deepEqual(files.map((f) => [f.path, f.kind]).filter(([, k]) => k !== 'document'), [
      ['examples/meeting-agenda.txt', 'agenda'],
      ['examples/national/county-work-meeting.txt', 'agenda'],
      ['examples/research/early-summer-visit.txt', 'research'],
      ['examples/research/spring-visit.txt', 'research'],
    ]);
  });
});
