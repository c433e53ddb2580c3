// The agenda features of the language server over stdio, as any LSP client drives them: inlay
// hints with each budgeted item's minutes against its limit and the meeting's total after its date,
// hover on a time range (its length and the rule that applies), the outline (days → items), and the
// shorten and move quick fixes applied through textDocument/codeAction.
// Every wait is on a message from the server, never on a fixed sleep.

import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentSymbol, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { ensureBuilt } from './helpers/build';
import { applyLspEdits } from './helpers/edits';
import { actionsFor, changeAndWait, editsFor, hoverText, openAndWait, startServer, type TestServer } from './lsp/client';

/** A 专项 meeting (推进会): 50 minutes for the mayor, 5 for a statement, 10 for a report or the host. */
const AGENDA = [
  '全市优化营商环境工作推进会议程', // 0
  '', // 1
  '时间：2024年3月19日（星期二）上午9:00—10:30', // 2
  '主持人：副市长张三', // 3
  '', // 4
  '一、9:00—9:10　市发展改革委汇报全市营商环境工作进展', // 5  report 10 / 10
  '二、9:10—9:25　历下区作表态发言', // 6  speech 15 / 5
  '三、9:25—10:20　市长王五讲话', // 7  principal 55 / 50
  '四、10:20—10:30　张三同志作总结讲话', // 8  host 10 / 10
  '',
].join('\n');

/** A one-day meeting in March 2024's 无会周 (11–17, the week of the second Monday), weekday written. */
const IN_WEEK = [
  '全市营商环境工作推进会议程',
  '',
  '时间：2024年3月12日（星期二）上午9:00',
  '',
  '一、9:00—9:10　市发展改革委汇报（10分钟）',
  '二、9:10—10:00　市长王五讲话',
  '',
].join('\n');

let seq = 0;
const newUri = (name: string): string => `file:///tmp/gongwen-lsp-agenda/${++seq}-${name}`;

function labelOf(h: InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

const rules = (ds: Diagnostic[]): string[] => ds.map((d) => `${String(d.code)}@${d.range.start.line}`).sort();

describe('agenda features over stdio', function () {
  this.timeout(30000);
  let s: TestServer;
  before(async () => {
    ensureBuilt();
    s = await startServer();
  });
  after(async () => {
    await s?.stop();
  });

  it('publishes the time findings of the agenda, each at its time range', async () => {
    const uri = newUri('agenda.txt');
    const p = await openAndWait(s, uri, AGENDA);
    assert.deepEqual(rules(p.diagnostics), ['meeting.principal-speech@7', 'meeting.speech-time@6']);
    const speech = p.diagnostics.find((d) => d.code === 'meeting.speech-time')!;
    assert.deepEqual(speech.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 11 } });
    assert.match(String(speech.message), /15 分钟.*上限 5 分钟.*§8/);
  });

  it('inlay hints: minutes against the limit after each budgeted item, the meeting total after its date', async () => {
    const uri = newUri('agenda.txt');
    await openAndWait(s, uri, AGENDA);
    const hints = (await s.conn.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
    })) as InlayHint[];
    const got = hints.map((h) => [h.position.line, h.position.character, labelOf(h)]).sort((a, b) => (a[0] as number) - (b[0] as number));
    assert.deepEqual(got, [
      [2, 13, '会议 90 分钟 / 上限 240 分钟（专项，半天）'],
      [5, 11, '10 分钟 / 上限 10'],
      [6, 11, '15 分钟 / 上限 5'],
      [7, 12, '55 分钟 / 上限 50'],
      [8, 13, '10 分钟 / 上限 10'],
    ]);
    for (const h of hints) assert.equal(h.paddingLeft, true);
    assert.match(String(hints.find((h) => h.position.line === 7)!.tooltip), /meeting\.principal-speech/);
    // Only the hints inside the requested range.
    const some = (await s.conn.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } },
    })) as InlayHint[];
    assert.deepEqual(some.map((h) => h.position.line), [6]);
  });

  it('hover on a time range: its minutes and the rule with its limit', async () => {
    const uri = newUri('agenda.txt');
    await openAndWait(s, uri, AGENDA);
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 5 } })) as Hover;
    assert.ok(h, 'no hover on the time range');
    const text = hoverText(h);
    assert.match(text, /市长王五讲话/);
    assert.match(text, /9:25—10:20/);
    assert.match(text, /55 分钟/);
    assert.match(text, /主要领导讲话时长：上限 50 分钟（§8，`meeting\.principal-speech`）/);
    assert.match(text, /超出/);
    assert.deepEqual(h.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 12 } });
    // A report at its limit: the rule without "over".
    const report = hoverText((await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } })) as Hover);
    assert.match(report, /10 分钟/);
    assert.match(report, /meeting\.report-time/);
    assert.doesNotMatch(report, /超出/);
    // Outside any time: no agenda hover.
    assert.equal(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
  });

  it('document symbols follow the tree: the document, its meeting, the day, then its items with their times and minutes', async () => {
    const uri = newUri('agenda.txt');
    await openAndWait(s, uri, AGENDA);
    const docs = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(docs.map((d) => [d.name, d.detail]), [['全市优化营商环境工作推进会议程', '文件']]);
    const meetings = docs[0]!.children!.filter((c) => c.detail === '会议安排');
    assert.equal(meetings.length, 1);
    const syms = meetings[0]!.children!;
    assert.equal(syms.length, 1);
    assert.equal(syms[0]!.name, '2024年3月19日');
    assert.deepEqual(syms[0]!.selectionRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 13 } });
    const items = syms[0]!.children!.map((c) => [c.name, c.detail, c.range.start.line]);
    assert.deepEqual(items, [
      ['9:00—9:10 市发展改革委汇报全市营商环境工作进展', '10 分钟', 5],
      ['9:10—9:25 历下区作表态发言', '15 分钟', 6],
      ['9:25—10:20 市长王五讲话', '55 分钟', 7],
      ['10:20—10:30 张三同志作总结讲话', '10 分钟', 8],
    ]);
    // The day's range holds its items.
    assert.equal(syms[0]!.range.end.line, 8);
  });

  it('folding ranges follow the tree: the meeting and each section that spans lines', async () => {
    const uri = newUri('fold.txt');
    await openAndWait(s, uri, ['关于召开防汛工作会议的通知', '', '各区县：', '　　定于2024年6月4日（星期二）上午9:00召开全市防汛工作会议。', '　　一、参会人员', '　　各区县分管负责同志。', '　　二、有关要求', '　　请准时参加。', '', '济南市应急管理局', '2024年5月20日', ''].join('\n'));
    const ranges = (await s.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as Array<{ startLine: number; endLine: number }>;
    const pairs = ranges.map((f) => [f.startLine, f.endLine]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    assert.deepEqual(pairs, [[0, 10], [4, 5], [6, 7]]);
  });

  it('the shorten fix rewrites the end time; the finding goes and the hint follows', async () => {
    const uri = newUri('agenda.txt');
    const first = await openAndWait(s, uri, AGENDA);
    const speech = first.diagnostics.find((d) => d.code === 'meeting.speech-time')!;
    const fix = (await actionsFor(s, uri, speech)).find((a) => a.title === '压缩至 5 分钟');
    assert.ok(fix, 'no shorten fix offered');
    assert.equal(fix.kind, 'quickfix');
    const text = applyLspEdits(AGENDA, editsFor(fix, uri));
    assert.equal(text.split('\n')[6], '二、9:10—9:15　历下区作表态发言');
    const after = await changeAndWait(s, uri, text, 2);
    assert.deepEqual(rules(after.diagnostics), ['meeting.principal-speech@7']);
    const hints = (await s.conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } } })) as InlayHint[];
    assert.deepEqual(hints.map(labelOf), ['5 分钟 / 上限 5']);
    // The principal speech: its end moves to 10:15.
    const principal = after.diagnostics.find((d) => d.code === 'meeting.principal-speech')!;
    const fix2 = (await actionsFor(s, uri, principal)).find((a) => a.title === '压缩至 50 分钟')!;
    assert.equal(applyLspEdits(text, editsFor(fix2, uri)).split('\n')[7], '三、9:25—10:15　市长王五讲话');
  });

  it('the 无会周 finding offers two moves; the later one rewrites the date and its weekday', async () => {
    const uri = newUri('week.txt');
    const p = await openAndWait(s, uri, IN_WEEK);
    assert.deepEqual(rules(p.diagnostics), ['meeting.no-meeting-week@2']);
    const actions = (await actionsFor(s, uri, p.diagnostics[0]!)).filter((a) => a.kind === 'quickfix' && /提前到|推后到/.test(a.title));
    assert.deepEqual(actions.map((a) => a.title), ['提前到 2024年3月8日（星期五）', '推后到 2024年3月18日（星期一）']);
    const later = applyLspEdits(IN_WEEK, editsFor(actions[1]!, uri));
    assert.equal(later.split('\n')[2], '时间：2024年3月18日（星期一）上午9:00');
    const earlier = applyLspEdits(IN_WEEK, editsFor(actions[0]!, uri));
    assert.equal(earlier.split('\n')[2], '时间：2024年3月8日（星期五）上午9:00');
    const after = await changeAndWait(s, uri, later, 2);
    assert.deepEqual(after.diagnostics, []);
  });
});
