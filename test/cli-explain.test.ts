// `gongwen explain FILE`: the tree the checker read, the resolved dates, times and durations, and
// the findings — text in Chinese or English, or JSON.

import * as assert from 'node:assert/strict';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { TempTree } from './helpers/tempTree';

const NOTICE = [
  '关于召开全市防汛工作会议的通知',
  '各区县：',
  '　　定于下周四下午2:00—4:00在市政府第一会议室召开全市防汛工作会议，每个单位发言5分钟。',
  '济南市应急管理局',
  '2024年5月20日',
  '',
].join('\n');

/** A built CLI and a fresh temporary folder per test (t.dir inside a test). */
function tempFolders(): { readonly dir: TempTree } {
  const box = { dir: null as unknown as TempTree };
  before(() => ensureBuilt());
  beforeEach(() => {
    box.dir = new TempTree();
  });
  afterEach(() => box.dir.remove());
  return box;
}

describe('gongwen explain, and what gongwen check does not check', function () {
  this.timeout(60_000);
  const t = tempFolders();

  it('prints the frame, the meeting with its confidence, the resolved relative date, then the findings', () => {
    const file = t.dir.write('notice.txt', NOTICE);
    const r = runCli(['explain', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^文件 类型=会议/);
    assert.match(r.stdout, /会议安排 1:1–6:1 「关于召开全市防汛工作会议的通知」 \[把握 0\.90, 据标题, 检查\]/);
    assert.match(r.stdout, /会议日期 3:5–3:8 「下周四」 date=2024年5月30日/);
    assert.match(r.stdout, /3:8 Time 「下午2:00—4:00」 → 14:00—16:00/);
    assert.match(r.stdout, /3:45 Duration 「5分钟」 → 5 分钟（每人）/);
    assert.match(r.stdout, /3:5 warning meeting\.no-meeting-day 会议日期 2024年5月30日 是星期四/);
  });

  it('speaks English with --locale en, and JSON with --format json', () => {
    const file = t.dir.write('notice.txt', NOTICE);
    const en = runCli(['explain', file, '--locale', 'en']);
    assert.match(en.stdout, /^Document kind=agenda official drafting/);
    assert.match(en.stdout, /MeetingArrangement 1:1–6:1 .* \[confidence 0\.90, from the title, checked\]/);
    const json = JSON.parse(runCli(['explain', file, '--format', 'json']).stdout);
    assert.equal(json.kind, 'agenda');
    assert.deepEqual(json.tree.children.map((c: { type: string }) => c.type), ['MeetingArrangement', 'Title', 'Recipients', 'Body', 'Signature', 'IssueDate']);
    assert.deepEqual(json.findings.map((f: { rule: string }) => f.rule), ['meeting.no-meeting-day', 'doc.disclosure']);
  });

  it('takes one existing file', () => {
    assert.equal(runCli(['explain']).status, 2);
    const missing = runCli(['explain', t.dir.path('gone.txt')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /无法读取 .*gone\.txt：没有这个文件/);
  });

  it('gongwen check beside it: an English README and a Chinese blog post beside a notice: only the notice is checked, and JSON says which is official', () => {
    t.dir.write('docs/README.md', '# Tools\n\nRun the checker, then read its report, and fix what it says.\n');
    t.dir.write('docs/周末.md', '周末随记\n\n今天天气不错,我和朋友去了趟植物园,拍了好多照片,哈哈。\n');
    t.dir.write('docs/notice.txt', NOTICE);
    const r = runCli(['check', t.dir.path('docs'), '--format', 'json', '--fail-on', 'none']);
    assert.equal(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; official: boolean; diagnostics: unknown[] }>;
    const byName = new Map(files.map((f) => [f.path.replace(/^.*[\\/]/, ''), f]));
    assert.deepEqual([byName.get('README.md')!.official, byName.get('周末.md')!.official, byName.get('notice.txt')!.official], [false, false, true]);
    assert.deepEqual([byName.get('README.md')!.diagnostics, byName.get('周末.md')!.diagnostics], [[], []]);
    assert.ok(byName.get('notice.txt')!.diagnostics.length > 0);
  });
});


describe('gongwen check: output that a CI runner reads safely', function () {
  this.timeout(60_000);
  const t = tempFolders();

  it('a file name with a line break cannot start a workflow command in text output', () => {
    const name = 'x\n::error file=a::forged.txt';
    t.dir.write(`names/${name}`, NOTICE.replace('发言5分钟。', '发言5分钟,请准时参加。'));
    const r = runCli(['check', t.dir.path('names'), '--fail-on', 'none', '-f', 'text']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 0);
    for (const line of r.stdout.split('\n')) assert.ok(!line.startsWith('::'), JSON.stringify(line));
    assert.match(r.stdout, /x\\n::error file=a::forged\.txt:3:\d+ /);
    // The default, grouped report names the file in a heading line: no line of it starts a command either.
    const grouped = runCli(['check', t.dir.path('names'), '--fail-on', 'none']);
    assert.ok(grouped.stdout.length > 0);
    for (const line of grouped.stdout.split('\n')) assert.ok(!line.startsWith('::'), JSON.stringify(line));
  });

  it('SARIF lists the skipped files as notifications of an unsuccessful run', () => {
    t.dir.write('mixed/notice.txt', NOTICE);
    t.dir.write('mixed/blob.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0xff, 0x00, 0x01, 0x02]));
    const r = runCli(['check', t.dir.path('mixed'), '--format', 'sarif', '--fail-on', 'none']);
    const run = JSON.parse(r.stdout).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.equal(run.invocations[0].toolExecutionNotifications.length, 1);
    assert.match(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, /blob\.txt$/);
    const clean = JSON.parse(runCli(['check', t.dir.path('mixed/notice.txt'), '--format', 'sarif', '--fail-on', 'none']).stdout).runs[0];
    assert.deepEqual(clean.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });
});
