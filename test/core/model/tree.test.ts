// The syntax tree (server/src/core/tree): the frame with meetings, itineraries and norms as regions
// inside it, the dominant kind, and which rules visit what.

import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../../server/src/core/analyze';
import { effectiveConfig } from '../../../server/src/core/config/effective';
import { printTree } from '../../../server/src/core/tree/print';
const lines = (...ls: string[]): string => ls.join('\n') + '\n';

const config = () => effectiveConfig([]).config;
const run = (text: string, opts = {}): AnalysisResult => analyze(text, config(), opts);
const rules = (r: AnalysisResult): string[] => [...new Set(r.findings.map((f) => f.rule))].sort();
const regionText = (r: AnalysisResult, i = 0): string => r.model.text.slice(r.tree.meetings[i]!.start, r.tree.meetings[i]!.end);

/** A 通知 about something else that convenes a meeting in one sentence of a prose paragraph. */
const PROSE = lines(
  '关于做好城市道路养护工作的通知',
  '各区县人民政府：',
  '　　截至2024年3月1日，全市已完成道路养护项目120个。为推进后续工作，会议定于2024年3月14日9:00—10:00在市政府第三会议室召开，请各区县分管负责同志准时参加，各区县须于2024年3月20日前报送养护计划。',
  '济南市城市管理局',
  '2024年3月5日',
);

describe('tree: regions inside a document', () => {
  it('a meeting convened in one sentence of a 通知 about something else: the file stays a document, the sentence is a meeting', () => {
    const r = run(PROSE);
    assert.equal(r.kind, 'document');
    assert.equal(r.tree.meetings.length, 1);
    const m = r.tree.meetings[0]!;
    assert.equal(m.basis, 'sentence');
    assert.equal(regionText(r), '会议定于2024年3月14日9:00—10:00在市政府第三会议室召开');
    assert.deepEqual(m.agenda.days.map((d) => d.date), [{ year: 2024, month: 3, day: 14 }]);
    assert.deepEqual(m.agenda.items, [], 'a sentence arranges a day and a time, not a list of items');
  });

  it('meeting rules visit the sentence (3月14日 is a Thursday: 无会日), document rules the frame', () => {
    const r = run(PROSE);
    assert.ok(rules(r).includes('meeting.no-meeting-day'));
    assert.ok(rules(r).includes('doc.disclosure'), 'the 通知 has a 成文日期 and no 公开属性');
    const day = r.findings.find((f) => f.rule === 'meeting.no-meeting-day')!;
    assert.equal(r.model.text.slice(day.start, day.end), '2024年3月14日');
  });

  it('two meetings convened in one run-on clause are two regions; a meeting already held is none', () => {
    const text = lines(
      '关于加强安全生产工作的通知',
      '各区县：',
      '　　此前，我局已于2024年2月20日召开专题会议。会议定于2024年3月12日9:00在东楼召开，请准时参加，会议定于2024年3月19日15:00在西楼召开，请准时参加。',
      '济南市应急管理局',
      '2024年3月1日',
    );
    const r = run(text);
    assert.equal(r.kind, 'document');
    assert.deepEqual(r.tree.meetings.map((_, i) => regionText(r, i)), ['会议定于2024年3月12日9:00在东楼召开', '会议定于2024年3月19日15:00在西楼召开']);
  });

  it('a section that arranges a meeting (三、召开推进会议 with its labels) is a section region', () => {
    const text = lines(
      '关于开展背街小巷整治的通知',
      '各区县人民政府：',
      '　　一、整治范围',
      '　　全市背街小巷。',
      '　　二、召开推进会议',
      '　　会议时间：2024年4月9日（星期二）上午9:00',
      '　　会议地点：市政府第一会议室',
      '　　参会人员：各区县分管负责同志',
      '　　三、工作要求',
      '　　各区县要加强组织领导。',
      '济南市城市管理局',
      '2024年4月1日',
    );
    const r = run(text);
    assert.equal(r.kind, 'document');
    assert.equal(r.tree.meetings.length, 1);
    assert.equal(r.tree.meetings[0]!.basis, 'section');
    assert.match(regionText(r), /^二、召开推进会议[\s\S]*参会人员：各区县分管负责同志$/);
    assert.deepEqual(r.tree.meetings[0]!.agenda.days.map((d) => d.date), [{ year: 2024, month: 4, day: 9 }]);
  });

  it('a 通知 about something else that lays out a visit in one section has an itinerary there, and stays a document', () => {
    const text = lines(
      '关于做好汛期安全工作的通知',
      '各区县人民政府：',
      '　　一、压实责任',
      '　　各区县要落实防汛责任。',
      '　　二、开展督查',
      '　　督查时间：2024年6月12日',
      '　　督查地点：历城区唐王街道娄家村、港沟街道芦南村',
      '　　三、工作要求',
      '　　各区县要加强值守。',
      '济南市应急管理局',
      '2024年6月3日',
    );
    const r = run(text);
    assert.equal(r.kind, 'document');
    assert.deepEqual(r.tree.itineraries.map((i) => [i.basis, i.plan.stops.map((st) => st.place.key)]), [['section', ['历城区|唐王街道|娄家村', '历城区|港沟街道|芦南村']]]);
    assert.match(r.model.text.slice(r.tree.itineraries[0]!.start, r.tree.itineraries[0]!.end), /^二、开展督查[\s\S]*芦南村$/);
  });

  it('a policy text about meetings sets norms and arranges no meeting: no meeting rule fires', () => {
    const text = lines(
      '市政府会议管理办法',
      '　　第一条　市政府全体会议原则上每年召开两次。',
      '　　第二条　会议讲话一般不超过30分钟，汇报发言每人不超过10分钟。',
      '　　第三条　会议定于每月第一周召开，不得在无会日召开会议。',
    );
    const r = run(text);
    assert.equal(r.kind, 'document');
    assert.deepEqual(r.tree.meetings, []);
    assert.equal(r.tree.norms.length, 1);
    assert.deepEqual(rules(r).filter((id) => id.startsWith('meeting.')), []);
  });
});

describe('tree: policy texts', () => {
  it('a 会务工作规范 with meeting labels sets norms and is no agenda', () => {
    const r = run(lines('市直机关会务工作规范', '　　一、会议时间：各类会议一般安排在上午9:00召开，时长不超过2小时。', '　　二、参会人员：每个单位参会人员不超过2人。', '　　三、会议议程：主要领导讲话一般不超过40分钟，汇报发言每人不超过10分钟。'));
    assert.equal(r.kind, 'document');
    assert.deepEqual(r.tree.meetings, []);
    assert.equal(r.tree.norms.length, 3);
    assert.deepEqual(rules(r).filter((id) => id.startsWith('meeting.')), []);
  });

  it('a notice printing a 会议管理办法 is a policy text too; one convening a meeting is not', () => {
    const printing = run(lines('关于印发《市政府会议管理办法》的通知', '各区县人民政府：', '　　现将《市政府会议管理办法》印发给你们，请认真贯彻执行。', '　　第一条　会议讲话一般不超过30分钟。', '济南市人民政府办公厅', '2024年5月8日'));
    assert.equal(printing.tree.norms.length, 1);
    assert.deepEqual(printing.tree.meetings, []);
    const convening = run(lines('关于召开会议管理办法培训会的通知', '各区县：', '　　定于2024年6月4日上午9:00召开培训会。', '济南市人民政府办公厅', '2024年5月20日'));
    assert.equal(convening.kind, 'agenda');
    assert.deepEqual(convening.tree.norms, []);
  });
});

describe('tree: the dominant kind', () => {
  it('a meeting notice is one meeting over the whole text, and a 公文: its kind is agenda', () => {
    const r = run(lines('关于召开全市防汛工作会议的通知', '各区县：', '　　定于2024年6月4日上午9:00召开全市防汛工作会议。', '济南市应急管理局', '2024年5月20日'));
    assert.equal(r.kind, 'agenda');
    assert.equal(r.tree.meetings.length, 1);
    assert.equal(r.tree.meetings[0]!.whole, true);
    assert.equal(r.tree.meetings[0]!.basis, 'title');
  });

  it('a meeting notes where, in what form and for whom: venue, video, attendees', () => {
    const r = run(lines('关于召开全市防汛视频会议的通知', '各区县：', '　　定于2024年6月4日上午9:00以视频会议形式召开全市防汛工作会议。', '　　会议地点：市政府第一会议室（主会场）', '　　参会人员：各区县分管负责同志。', '济南市应急管理局', '2024年5月20日'));
    const f = r.tree.meetings[0]!.facts!;
    assert.deepEqual([f['venue'], f['form'], f['attendees']], ['市政府第一会议室（主会场）', 'video', '各区县分管负责同志']);
  });

  it('a notice convening two meetings has a region for each: no 会期 2 天, each day checked alone', () => {
    const r = run(lines(
      '关于召开全市安全生产工作会议和防汛工作会议的通知',
      '各区县人民政府：',
      '　　经市政府同意，定于近期召开两个会议，现将有关事项通知如下：',
      '　　一、全市安全生产工作会议',
      '　　会议时间：2024年6月4日（星期二）上午9:00—11:00',
      '　　二、全市防汛工作会议',
      '　　会议时间：2024年6月6日（星期四）下午3:00—5:00',
      '济南市人民政府办公厅',
      '2024年5月28日',
    ));
    assert.equal(r.kind, 'agenda');
    assert.deepEqual(r.tree.meetings.map((m) => [m.label, m.agenda.days.map((d) => d.date!.day)]), [['全市安全生产工作会议', [4]], ['全市防汛工作会议', [6]]]);
    assert.ok(!rules(r).includes('meeting.duration'));
    assert.ok(rules(r).includes('meeting.no-meeting-day'), '6月6日 is a Thursday');
  });

  it('the sessions of one meeting (开幕式, 第二次全体会议) stay one meeting', () => {
    const r = run(lines('市政协第九届委员会第三次会议日程', '一、开幕大会', '2024年1月10日上午9:00', '二、第二次全体会议', '2024年1月11日上午9:00'));
    assert.equal(r.tree.meetings.length, 1);
    assert.equal(r.tree.meetings[0]!.agenda.days.length, 2);
  });

  it('a 通知 without a meeting in its title that opens by convening one is a meeting notice', () => {
    const r = run(lines('通知', '各区县：', '　　经研究，定于2024年6月4日上午9:00召开全市防汛工作会议。现将有关事项通知如下：', '　　一、参会人员', '　　各区县分管负责同志。', '济南市应急管理局', '2024年5月20日'));
    assert.equal(r.kind, 'agenda');
    assert.equal(r.tree.meetings[0]!.basis, 'content');
  });

  it('a schedule copied without its title is an agenda', () => {
    const r = run(lines('9:00—9:30', '第一次全体会议', '1.听取工作报告', '2.审议决议草案'));
    assert.equal(r.kind, 'agenda');
    const r3 = run(lines('8:30　报到', '9:00　开幕式', '9:30　分组讨论', '11:30　散会'));
    assert.equal(r3.kind, 'agenda');
  });

  it('an inspection notice that sends teams out is an itinerary (research)', () => {
    const r = run(lines('关于开展安全生产专项检查的通知', '各单位：', '　　一、检查时间', '　　2024年5月6日至10日。', '　　二、检查方式', '　　由检查组实地查看各单位台账。', '济南市应急管理局', '2024年4月28日'));
    assert.equal(r.kind, 'research');
    assert.equal(r.tree.itineraries.length, 1);
  });

  it('a forced kind makes the whole text one region of it', () => {
    const r = run('<!-- gongwen kind=agenda -->\n' + PROSE);
    assert.equal(r.kind, 'agenda');
    assert.deepEqual(r.tree.meetings.map((m) => [m.whole, m.basis]), [[true, 'forced']]);
  });
});

describe('tree: text that is not official drafting', () => {
  const README = lines('# gongwen', '', 'A linter for Chinese official documents, with a language server.', '', '## Install', '', 'Run npm ci, then npx gongwen check examples,2024年3月14日 release.');
  const BLOG = lines('周末随记', '今天天气不错,我和朋友去了趟植物园,拍了好多照片,哈哈。', '下午三点我们在湖边坐了一会儿,聊了聊最近的工作,感觉挺放松的。');

  it('an English README and a Chinese blog post get no findings; the tree says why', () => {
    for (const text of [README, BLOG]) {
      const r = run(text);
      assert.equal(r.tree.official.official, false, text.slice(0, 10));
      assert.deepEqual(r.findings, []);
      assert.ok(r.tree.official.reasons.length > 0);
    }
    const r = run(BLOG);
    assert.match(printTree(r.tree, r.model.lines, 'zh-cn')[0]!, /非公文（不检查）/);
  });

  it('a kind directive has them checked all the same', () => {
    const r = run('<!-- gongwen kind=document -->\n' + BLOG);
    assert.equal(r.tree.official.official, true);
    assert.ok(rules(r).includes('format.punctuation'), 'the half-width commas of the blog');
  });

  it('a bare meeting agenda with its title is official drafting', () => {
    const r = run(lines('全市安全生产工作会议议程', '9:00—9:20　市应急局通报全市安全生产形势', '9:20—9:40　副市长讲话'));
    assert.equal(r.tree.official.official, true);
  });
});

describe('tree: rules that need the workspace', () => {
  const PLAN = lines('市长张三赴历城区调研安排', '调研时间：2024年5月10日', '第一站：唐王街道娄家村', '第二站：港沟街道芦南村', '第三站：唐王街道娄家村');

  it('run alone, they read the plan itself (a stop visited twice)', () => {
    assert.ok(rules(run(PLAN)).includes('research.repeated-stop'));
  });

  it('a first pass defers them; a workspace-only pass runs them and nothing else, on the same tree', () => {
    const first = run(PLAN, { deferWorkspace: true });
    assert.ok(!rules(first).includes('research.repeated-stop'));
    assert.ok(rules(first).length > 0, 'the other rules ran');
    const second = run(PLAN, { workspaceOnly: true, model: first.model, tree: first.tree });
    assert.deepEqual(rules(second), ['research.repeated-stop']);
    assert.equal(second.tree, first.tree);
  });
});

describe('tree: the printer', () => {
  it('shows each node with its place, the regions with their confidence and basis, in either language', () => {
    const r = run(PROSE);
    const zh = printTree(r.tree, r.model.lines, 'zh-cn').join('\n');
    assert.match(zh, /^文件 类型=公文/);
    assert.match(zh, /├─ 标题 1:1–1:16 「关于做好城市道路养护工作的通知」/);
    assert.match(zh, /会议安排 3:\d+–3:\d+ 「会议（2024年3月14日）」 \[把握 0\.60, 文中一句, 检查\]/);
    assert.match(zh, /会议日期 3:\d+–3:\d+ 「2024年3月14日」 date=2024年3月14日/);
    const en = printTree(r.tree, r.model.lines, 'en').join('\n');
    assert.match(en, /MeetingArrangement .* \[confidence 0\.60, a sentence of the text, checked\]/);
    // The meeting sits inside the body, where it is written.
    assert.match(zh, /├─ 正文 [^\n]*\n│  └─ 会议安排/);
  });
});
