// The tree as built from the model (server/src/core/tree/build.ts): the frame in text order, the
// body nested by heading level, the regions under the deepest node that holds them; whether the
// text is official drafting (official.ts); and the tree as printed (print.ts).

import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../../server/src/core/analyze';
import { effectiveConfig } from '../../../server/src/core/config/effective';
import { officialText } from '../../../server/src/core/model/official';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { decideOfficial } from '../../../server/src/core/tree/official';
import { printTree } from '../../../server/src/core/tree/print';
import type { MeetingRegion, Node, Tree } from '../../../server/src/core/tree/types';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';
const run = (text: string): AnalysisResult => analyze(text, effectiveConfig([]).config);
/** The tree as nested [type, label, children] (children left out when none). */
type Shape = [string, string] | [string, string, Shape[]];
const shape = (n: Node): Shape => (n.children.length ? [n.type, n.label, n.children.map(shape)] : [n.type, n.label]);
const textOf = (r: AnalysisResult, n: Node): string => r.model.text.slice(n.start, n.end);
const find = (n: Node, type: string, label: string): Node | undefined => {
  if (n.type === type && n.label === label) return n;
  for (const c of n.children) {
    const f = find(c, type, label);
    if (f) return f;
  }
  return undefined;
};

const FULL = (): string => lines(
  '济南市城市管理局文件',
  '济城管发〔2024〕5号',
  '关于开展背街小巷整治的通知',
  '各区县人民政府：',
  '　　一、整治范围',
  '　　（一）主次干道',
  '　　全市主次干道。',
  '　　（二）背街小巷',
  '　　1.老旧小区',
  '　　二、召开推进会议',
  '　　会议时间：2024年4月9日（星期二）上午9:00',
  '　　会议地点：市政府第一会议室',
  '　　参会人员：各区县分管负责同志',
  '　　三、工作要求',
  '　　各区县要加强组织领导。',
  '　　附件：整治清单',
  '济南市城市管理局',
  '2024年4月1日',
  '（此件公开发布）',
  '抄送：市委办公厅。',
  '济南市城市管理局办公室　　2024年4月1日印发',
);

describe('tree build: the frame', () => {
  it('the parts in text order, the body nested by heading level, a section region inside its section', () => {
    const r = run(FULL());
    assert.equal(r.tree.root.type, 'Document');
    assert.equal(r.tree.root.label, '关于开展背街小巷整治的通知');
    assert.deepEqual([r.tree.root.start, r.tree.root.end], [0, r.model.text.length]);
    assert.deepEqual(r.tree.root.children.map((c) => c.type), ['IssuerMark', 'DocNumber', 'Title', 'Recipients', 'Body', 'AttachmentNote', 'Signature', 'IssueDate', 'Note', 'CopyTo', 'PrintedBy']);
    const body = r.tree.root.children[4]!;
    assert.deepEqual(shape(body), ['Body', '正文', [
      ['Section', '一、整治范围', [['Section', '（一）主次干道'], ['Section', '（二）背街小巷', [['Section', '1.老旧小区']]]]],
      ['Section', '二、召开推进会议', [['MeetingArrangement', '召开推进会议', [['MeetingDay', '2024年4月9日']]]]],
      ['Section', '三、工作要求'],
    ]]);
    assert.equal(textOf(r, body.children[0]!), '一、整治范围\n　　（一）主次干道\n　　全市主次干道。\n　　（二）背街小巷\n　　1.老旧小区');
    assert.equal(textOf(r, body.children[0]!.children[0]!), '（一）主次干道\n　　全市主次干道。');
    assert.equal(textOf(r, body.children[2]!), '三、工作要求\n　　各区县要加强组织领导。');
    assert.match(textOf(r, body), /^一、整治范围[\s\S]*组织领导。$/);
    assert.deepEqual(body.children.map((c) => c.facts), [{ level: 1 }, { level: 1 }, { level: 1 }]);
    assert.equal(textOf(r, r.tree.root.children[1]!), '济城管发〔2024〕5号');
    assert.equal(r.tree.root.children[10]!.label, '济南市城市管理局办公室2024年4月1日印发');
  });

  it('the section meeting: span, basis, confidence, facts', () => {
    const r = run(FULL());
    assert.equal(r.kind, 'document');
    assert.equal(r.tree.meetings.length, 1);
    const m = r.tree.meetings[0]!;
    assert.deepEqual([m.basis, m.whole, m.confidence, m.scope], ['section', false, 0.7, null]);
    assert.match(textOf(r, m), /^二、召开推进会议[\s\S]*参会人员：各区县分管负责同志$/);
    assert.deepEqual(m.paragraphs.map((p) => p.text.slice(0, 4)), ['二、召开', '会议时间', '会议地点', '参会人员']);
    assert.deepEqual(m.model.paragraphs, m.paragraphs);
    assert.equal(m.model.body.length, 4);
    assert.deepEqual(m.facts, { venue: '市政府第一会议室', form: null, attendees: '各区县分管负责同志', host: m.agenda.host, convener: m.agenda.convener, headcount: m.agenda.headcount, statutory: null });
    assert.equal(textOf(r, m.children[0]!), '2024年4月9日');
    assert.deepEqual(m.children[0]!.facts, { date: '2024年4月9日' });
  });

  it('a long heading is cut at 30 characters in its Section label', () => {
    const r = run(lines('关于做好道路养护工作的通知', '各区县：', '　　一、全面加强城市主次干道和背街小巷的日常巡查养护以及雨污管网的维修改造工作', '　　各区县要落实。', '市城管局', '2024年3月5日'));
    const sec = r.tree.root.children.find((c) => c.type === 'Body')!.children[0]!;
    assert.equal(sec.label, '一、全面加强城市主次干道和背街小巷的日常巡查养护以及雨污管网…');
    assert.equal(sec.label.length, 31);
    const exact = run(lines('关于做好道路养护工作的通知', '各区县：', '　　一、全面加强城市主次干道和背街小巷的日常巡查养护以及雨污管网', '　　各区县要落实。', '市城管局', '2024年3月5日'));
    assert.equal(exact.tree.root.children.find((c) => c.type === 'Body')!.children[0]!.label, '一、全面加强城市主次干道和背街小巷的日常巡查养护以及雨污管网');
  });

  it('a text without a title: the root says so', () => {
    const r = run(lines('各单位要加强巡查。', '各单位要落实责任。'));
    assert.equal(r.tree.root.label, '（无标题）');
  });
});

describe('tree build: sentence regions', () => {
  it('a sentence deep in a section: its text, a day and no items, under the deepest section', () => {
    const r = run(lines('关于做好城市道路养护工作的通知', '各区县人民政府：', '　　一、总体要求', '　　各区县要落实养护责任。', '　　二、工作安排', '　　各区县要按时报送计划。', '　　截至目前进展顺利，会议定于2024年3月14日9:00在市政府第三会议室召开，请准时参加。', '济南市城市管理局', '2024年3月5日'));
    assert.equal(r.kind, 'document');
    assert.equal(r.tree.meetings.length, 1);
    const m = r.tree.meetings[0]!;
    assert.deepEqual([m.basis, m.whole, m.confidence, m.label], ['sentence', false, 0.6, '会议（2024年3月14日）']);
    assert.equal(textOf(r, m), '会议定于2024年3月14日9:00在市政府第三会议室召开');
    assert.deepEqual(m.paragraphs.map((p) => p.text), ['会议定于2024年3月14日9:00在市政府第三会议室召开']);
    assert.deepEqual(m.agenda.items, []);
    assert.deepEqual(m.children.map((c) => [c.type, c.label]), [['MeetingDay', '2024年3月14日']]);
    assert.equal(m.facts!['venue'], '市政府第三会议室');
    const sec = find(r.tree.root, 'Section', '二、工作安排')!;
    assert.deepEqual(sec.children.map((c) => c.type), ['MeetingArrangement']);
    assert.equal(find(r.tree.root, 'Section', '一、总体要求')!.children.length, 0);
  });

  it('many sections and meetings: each meeting under the deepest section that holds it, as a scan of every section finds', () => {
    const NUM = '一二三四五六七八九十';
    const numeral = (n: number): string => (n <= 10 ? NUM[n - 1]! : `${n >= 20 ? NUM[Math.floor(n / 10) - 1] : ''}十${n % 10 ? NUM[(n % 10) - 1] : ''}`);
    const body: string[] = [];
    for (let n = 1; n <= 24; n++) {
      body.push(`　　${numeral(n)}、第${n}项工作`, `　　各区县要落实第${n}项工作责任。`);
      // A meeting in the section itself (odd sections) or in its sub-section (even ones).
      if (n % 2 === 0) body.push('　　（一）具体安排', '　　各区县要细化任务。');
      body.push(`　　会议定于2024年${(n % 9) + 3}月${n}日9:00在市政府第三会议室召开，请准时参加。`);
    }
    const r = run(lines('关于做好城市道路养护工作的通知', '各区县人民政府：', ...body, '济南市城市管理局', '2024年3月1日'));
    assert.equal(r.tree.meetings.length, 24);
    const holds = (n: Node, m: Node): boolean => n.start <= m.start && m.end <= n.end;
    const frames = (n: Node): Node[] => n.children.filter((c) => c.type === 'Body' || c.type === 'Section');
    let placed = 0;
    const walk = (n: Node): void => {
      for (const c of n.children) {
        if (c.type === 'MeetingArrangement') {
          placed++;
          assert.ok(holds(n, c) && !frames(n).some((f) => holds(f, c)), `${c.label} sits under ${n.label}, the deepest section that holds it`);
        } else walk(c);
      }
    };
    walk(r.tree.root);
    assert.equal(placed, 24);
    assert.equal(find(r.tree.root, 'Section', '二十四、第24项工作')!.children[0]!.children.map((c) => c.type).join(), 'MeetingArrangement');
    assert.equal(find(r.tree.root, 'Section', '二十三、第23项工作')!.children.map((c) => c.type).join(), 'MeetingArrangement');
  });

  it('a labelled section without a meeting heading is named after its day', () => {
    const r = run(lines('关于开展背街小巷整治的通知', '各区县人民政府：', '　　一、整治范围', '　　二、有关安排', '　　会议时间：2024年4月9日上午9:00', '　　会议地点：市政府第一会议室', '　　各区县要加强组织领导。', '济南市城市管理局', '2024年4月1日'));
    assert.deepEqual(r.tree.meetings.map((m) => [m.basis, m.label]), [['section', '会议（2024年4月9日）']]);
  });

  it('sentence and section regions in one document are sorted by place', () => {
    const r = run(lines('关于开展背街小巷整治的通知', '各区县人民政府：', '　　一、前期工作', '　　各区县要摸清底数。', '　　各区县要按时报送计划。', '　　截至目前进展顺利，座谈会定于2024年4月2日在东楼召开，请准时参加。', '　　二、召开推进会议', '　　会议时间：2024年4月9日上午9:00', '　　会议地点：市政府第一会议室', '济南市城市管理局', '2024年4月1日'));
    assert.deepEqual(r.tree.meetings.map((m) => [m.basis, m.agenda.days[0]!.date!.day]), [['sentence', 2], ['section', 9]]);
  });
});

describe('tree build: whole-text regions', () => {
  it('several meetings per notice: one section region each, the last reaching to the end of the body', () => {
    const r = run(lines(
      '关于召开全市安全生产工作会议和防汛工作会议的通知',
      '各区县人民政府：',
      '　　经市政府同意，定于近期召开两个会议，现将有关事项通知如下：',
      '　　一、全市安全生产工作会议',
      '　　会议时间：2024年6月4日上午9:00',
      '　　二、全市防汛工作会议',
      '　　会议时间：2024年6月6日下午3:00',
      '　　会议地点：市政府第一会议室',
      '济南市人民政府办公厅',
      '2024年5月28日',
    ));
    assert.equal(r.kind, 'agenda');
    assert.deepEqual(r.tree.meetings.map((m) => [m.basis, m.whole, m.confidence, m.label]), [['section', false, 0.7, '全市安全生产工作会议'], ['section', false, 0.7, '全市防汛工作会议']]);
    assert.equal(textOf(r, r.tree.meetings[0]!), '一、全市安全生产工作会议\n　　会议时间：2024年6月4日上午9:00');
    assert.equal(textOf(r, r.tree.meetings[1]!), '二、全市防汛工作会议\n　　会议时间：2024年6月6日下午3:00\n　　会议地点：市政府第一会议室');
    assert.equal(r.tree.meetings[1]!.facts!['venue'], '市政府第一会议室');
    assert.equal(r.tree.meetings[0]!.facts!['venue'], null);
    assert.equal(find(r.tree.root, 'Section', '一、全市安全生产工作会议')!.children[0]!.type, 'MeetingArrangement');
  });

  it('one dated meeting section among others stays one meeting over the whole text', () => {
    const r = run(lines(
      '关于召开全市防汛工作会议的通知',
      '各区县人民政府：',
      '　　一、全市防汛工作会议',
      '　　会议时间：2024年6月6日下午3:00',
      '　　二、全市防汛调度会议',
      '　　具体时间另行通知。',
      '济南市人民政府办公厅',
      '2024年5月28日',
    ));
    assert.deepEqual(r.tree.meetings.map((m) => [m.basis, m.whole, m.confidence, m.label, m.start, m.end]), [['title', true, 0.9, '关于召开全市防汛工作会议的通知', 0, r.model.text.length]]);
    assert.deepEqual(r.tree.root.children[0]!.type, 'MeetingArrangement');
  });

  it('facts: venue from 在…召开, video form, attendees', () => {
    const r = run(lines('关于召开全市防汛工作会议的通知', '各区县：', '　　定于2024年6月4日上午9:00在市应急局三楼以电视电话会议形式召开全市防汛工作会议。', '　　出席对象：各区县应急局局长。', '济南市应急管理局', '2024年5月20日'));
    const f = r.tree.meetings[0]!.facts!;
    assert.deepEqual([f['venue'], f['form'], f['attendees']], ['市应急局三楼以电视电话会议形式', 'video', '各区县应急局局长']);
    const plain = run(lines('关于召开全市防汛工作会议的通知', '各区县：', '　　定于2024年6月4日上午9:00召开全市防汛工作会议。', '济南市应急管理局', '2024年5月20日'));
    assert.deepEqual([plain.tree.meetings[0]!.facts!['venue'], plain.tree.meetings[0]!.facts!['form'], plain.tree.meetings[0]!.facts!['attendees']], [null, null, null]);
  });

  it('a policy text: norms under the sections that hold them, labels cut at 40 characters', () => {
    const r = run(lines('市会务工作规范', '　　一、会议安排', '　　每次会议时长控制在90分钟以内。', '　　二、讲话要求', '　　主要领导讲话一般不超过三十分钟，其他同志发言一般不超过十分钟，书面交流材料一般不超过三页。'));
    assert.equal(r.kind, 'document');
    assert.deepEqual(r.tree.meetings, []);
    assert.deepEqual(r.tree.norms.map((n) => n.label), ['每次会议时长控制在90分钟以内。', '主要领导讲话一般不超过三十分钟，其他同志发言一般不超过十分钟，书面交流材料一般不…']);
    assert.deepEqual(find(r.tree.root, 'Section', '一、会议安排')!.children.map((c) => c.type), ['Norm']);
    assert.equal(textOf(r, r.tree.norms[0]!), '每次会议时长控制在90分钟以内。');
  });

  it('a policy title printed by a notice (with or without 的, 召开 inside its quotes) sets norms and convenes nothing', () => {
    for (const title of ['关于印发《会务工作规则》的通知', '关于印发会务工作规则通知', '关于印发《关于召开会议的若干规定》的通知']) {
      const r = run(lines(title, '各单位：', '　　会议定于2024年6月4日在东楼召开，讲话不超过20分钟。', '市政府办公厅', '2024年5月20日'));
      assert.deepEqual([r.kind, r.tree.meetings.length, r.tree.norms.length], ['document', 0, 1], title);
    }
  });

  it('an inspection title with a team sent out is one itinerary over the text; without one, a document', () => {
    const r = run(lines('关于开展燃气安全专项检查的通知', '各单位：', '　　一、检查时间', '　　2024年5月6日至10日。', '　　二、检查方式', '　　由检查组实地查看各单位台账。', '市城管局', '2024年4月28日'));
    assert.deepEqual(r.tree.itineraries.map((i) => [i.basis, i.whole, i.confidence, i.label, i.start, i.end]), [['content', true, 0.75, '关于开展燃气安全专项检查的通知', 0, r.model.text.length]]);
    assert.equal(r.kind, 'research');
    const none = run(lines('关于开展燃气安全专项检查的通知', '各单位：', '　　各单位要对照清单自查自纠。', '市城管局', '2024年4月28日'));
    assert.deepEqual([none.kind, none.tree.itineraries.length], ['document', 0]);
  });

  it('a titled visit plan: one itinerary with its stops', () => {
    const r = run(lines('市长王一赴历城区调研安排', '调研时间：2024年5月10日', '第一站：唐王街道娄家村', '第二站：港沟街道芦南村'));
    const it0 = r.tree.itineraries[0]!;
    assert.deepEqual([r.kind, it0.basis, it0.confidence, it0.label], ['research', 'title', 0.9, '市长王一赴历城区调研安排']);
    assert.deepEqual(it0.children.map((c) => [c.type, c.label, c.facts!['date']]), [['Stop', '唐王街道娄家村', '2024年5月10日'], ['Stop', '港沟街道芦南村', '2024年5月10日']]);
    assert.equal(it0.facts!['stops'], 2);
    assert.equal(it0.facts!['dates'], '2024年5月10日');
  });

  it('the itinerary section of a titled notice about something else', () => {
    const r = run(lines('关于做好汛期安全工作的通知', '各区县人民政府：', '　　一、压实责任', '　　各区县要落实防汛责任。', '　　二、开展督查', '　　督查时间：2024年6月12日', '　　督查地点：历城区唐王街道娄家村', '　　三、工作要求', '　　各区县要加强值守。', '济南市应急管理局', '2024年6月3日'));
    const it0 = r.tree.itineraries[0]!;
    assert.deepEqual([r.kind, it0.basis, it0.whole, it0.confidence, it0.label], ['document', 'section', false, 0.7, '调研行程']);
    assert.equal(textOf(r, it0), '二、开展督查\n　　督查时间：2024年6月12日\n　　督查地点：历城区唐王街道娄家村');
    assert.deepEqual(find(r.tree.root, 'Section', '二、开展督查')!.children.map((c) => c.type), ['Itinerary']);
  });
});

describe('tree build: printed documents, attachments, agendas and plans, as printed', () => {
  const printed = (r: AnalysisResult): string[] => printTree(r.tree, r.model.lines, 'zh-cn').slice(1);

  it('a printed document holds its own body, and a meeting sentence inside it', () => {
    const r = run(lines('关于印发《道路养护工作方案》的通知', '各区县人民政府：', '　　现将《道路养护工作方案》印发给你们，请认真贯彻执行。', '济南市城市管理局', '2024年3月5日', '道路养护工作方案', '　　一、工作目标', '　　全面提升道路品质。', '　　二、工作措施', '　　会议定于2024年3月14日在东楼召开，请准时参加。'));
    assert.deepEqual(printed(r), [
      '├─ 标题 1:1–1:18 「关于印发《道路养护工作方案》的通知」',
      '├─ 主送机关 2:1–2:9 「各区县人民政府：」',
      '├─ 正文 3:3–3:29 「正文」',
      '├─ 署名 4:1–4:9 「济南市城市管理局」',
      '├─ 成文日期 5:1–5:10 「2024年3月5日」',
      '└─ 印发（转发）的文件 6:1–10:29 「道路养护工作方案」',
      '   └─ 正文 7:3–10:29 「正文」',
      '      ├─ 层次 7:3–8:12 「一、工作目标」 level=1',
      '      └─ 层次 9:3–10:29 「二、工作措施」 level=1',
      '         └─ 会议安排 10:3–10:22 「会议（2024年3月14日）」 [把握 0.60, 文中一句, 检查] venue=东楼',
      '            └─ 会议日期 10:7–10:17 「2024年3月14日」 date=2024年3月14日',
    ]);
  });

  it('an attachment is a part of its own, holding the meeting written in it', () => {
    const r = run(lines('关于做好道路养护工作的通知', '各区县：', '　　请认真做好道路养护工作。', '　　附件：1.养护清单', '济南市城市管理局', '2024年3月5日', '附件1', '养护清单', '　　会议定于2024年3月14日在东楼召开，请准时参加。'));
    assert.deepEqual(printed(r), [
      '├─ 标题 1:1–1:14 「关于做好道路养护工作的通知」',
      '├─ 主送机关 2:1–2:5 「各区县：」',
      '├─ 正文 3:3–3:15 「正文」',
      '├─ 附件说明 4:3–4:12 「附件：1.养护清单」',
      '├─ 署名 5:1–5:9 「济南市城市管理局」',
      '├─ 成文日期 6:1–6:10 「2024年3月5日」',
      '└─ 附件 7:1–9:29 「附件1 养护清单」',
      '   └─ 会议安排 9:3–9:22 「会议（2024年3月14日）」 [把握 0.60, 文中一句, 检查] venue=东楼',
      '      └─ 会议日期 9:7–9:17 「2024年3月14日」 date=2024年3月14日',
    ]);
  });

  it('an agenda over the whole text: its items with times, minutes, role and speaker, before the frame', () => {
    const r = run(lines('全市防汛工作会议议程', '主持人：副市长李四', '9:00—9:20　市应急局通报防汛形势', '9:20—9:40　各区县汇报', '9:40　市长讲话'));
    assert.deepEqual(printed(r), [
      '├─ 会议安排 1:1–6:1 「全市防汛工作会议议程」 [把握 0.90, 据标题, 检查] host=副市长李四',
      '│  ├─ 议程 3:1–3:21 「市应急局通报防汛形势」 from=9:00 to=9:20 minutes=20 role=report speaker=市应急局',
      '│  ├─ 议程 4:1–4:16 「各区县汇报」 from=9:20 to=9:40 minutes=20 role=report speaker=各区县',
      '│  └─ 议程 5:1–5:10 「市长讲话」 from=9:40 role=principal speaker=市长',
      '├─ 标题 1:1–1:11 「全市防汛工作会议议程」',
      '└─ 正文 2:1–5:10 「正文」',
    ]);
  });

  it('without a title: visit labels and a team, a team timed schedule, a page of meeting labels', () => {
    const labels = run(lines('督查时间：2024年5月6日', '督查组实地查看各单位台账。'));
    assert.deepEqual([labels.kind, ...printed(labels)], ['research', '├─ 调研行程 1:1–3:1 「调研行程」 [把握 0.75, 据内容, 检查] dates=2024年5月6日 stops=0', '└─ 正文 1:1–2:14 「正文」']);
    const team = run(lines('9:00 督查小组到市城管局', '10:00 督查小组到市园林局', '11:00 督查小组到市水务局'));
    assert.deepEqual([team.kind, team.tree.itineraries.map((i) => i.basis), team.tree.meetings.length], ['research', ['content'], 0]);
    const page = run(lines('会议时间：2024年4月9日上午9:00', '会议地点：东楼', '参会人员：各区县分管负责同志'));
    assert.deepEqual([page.kind, ...printed(page)], ['agenda',
      '├─ 会议安排 1:1–4:1 「会议（2024年4月9日）」 [把握 0.75, 据内容, 检查] venue=东楼 attendees=各区县分管负责同志',
      '│  └─ 会议日期 1:6–1:15 「2024年4月9日」 date=2024年4月9日',
      '└─ 正文 1:1–3:15 「正文」']);
  });

  it('an inspection notice with visit labels is one itinerary from the content, with its stop', () => {
    const r = run(lines('关于开展燃气安全检查的通知', '各单位：', '　　请各单位于2024年5月6日前完成自查。', '　　督查时间：2024年5月6日', '　　督查地点：历城区唐王街道娄家村', '市城管局', '2024年4月28日'));
    assert.equal(r.kind, 'research');
    assert.deepEqual(printed(r).slice(0, 2), [
      '├─ 调研行程 1:1–8:1 「关于开展燃气安全检查的通知」 [把握 0.75, 据内容, 检查] dates=2024年5月6日 stops=1',
      '│  └─ 调研点 5:8–5:18 「历城区唐王街道娄家村」 place=历城区|唐王街道|娄家村 date=2024年5月6日 mode=announced',
    ]);
  });
});

describe('tree build: forced kinds', () => {
  it('kind=research: the whole text is one itinerary; kind=document: the frame only', () => {
    const text = lines('关于做好城市道路养护工作的通知', '各区县：', '　　会议定于2024年3月14日在东楼召开，请准时参加。', '市城管局', '2024年3月5日');
    const research = run('<!-- gongwen kind=research -->\n' + text);
    assert.deepEqual(research.tree.itineraries.map((i) => [i.basis, i.whole, i.confidence]), [['forced', true, 1]]);
    assert.deepEqual([research.kind, research.tree.meetings.length], ['research', 0]);
    const doc = run('<!-- gongwen kind=document -->\n' + text);
    assert.deepEqual([doc.kind, doc.tree.meetings.length, doc.tree.itineraries.length], ['document', 0, 0]);
    assert.deepEqual(doc.tree.official, { official: true, confidence: 1, reasons: ['kind forced by directive or settings'] });
    const two = run('<!-- gongwen kind=agenda -->\n' + lines('关于召开两个会议的通知', '各区县：', '　　一、全市安全生产工作会议', '　　会议时间：2024年6月4日上午9:00', '　　二、全市防汛工作会议', '　　会议时间：2024年6月6日下午3:00', '市政府办公厅', '2024年5月28日'));
    assert.deepEqual(two.tree.meetings.map((m) => [m.basis, m.whole]), [['forced', true]], 'forced: one meeting, not one per section');
    const agenda = run('<!-- gongwen kind=agenda -->\n' + text);
    assert.deepEqual(agenda.tree.meetings.map((m) => [m.basis, m.whole, m.confidence, m.label]), [['forced', true, 1, '关于做好城市道路养护工作的通知']]);
  });
});

describe('tree official: decideOfficial', () => {
  const BLOG = (): string => lines('周末随记', '今天天气不错,我和朋友去了趟植物园,拍了好多照片,哈哈。', '下午三点我们在湖边坐了一会儿,聊了聊最近的工作,感觉挺放松的。');

  it('forced: official whatever the text', () => {
    const m = run(BLOG()).model;
    assert.deepEqual(decideOfficial(m, [], true), { official: true, confidence: 1, reasons: ['kind forced by directive or settings'] });
  });

  it('a title region makes a text official; other bases pass the verdict through', () => {
    const m = run(BLOG()).model;
    const verdict = officialText(m);
    assert.equal(verdict.official, false);
    assert.deepEqual(decideOfficial(m, ['title'], false), { official: true, confidence: 0.7, reasons: ['title names a meeting or a visit', ...verdict.reasons] });
    assert.deepEqual(decideOfficial(m, ['content', 'sentence'], false), verdict);
  });

  it('an official verdict is returned as it is', () => {
    const m = run(FULL()).model;
    assert.deepEqual(decideOfficial(m, ['title'], false), officialText(m));
    assert.equal(officialText(m).official, true);
  });
});

describe('tree print: printTree', () => {
  const TEXT = (): string => '第一行文字\n第二行　文字\n';
  const tree = (confidence: number, official = true): Tree => {
    const meeting = { type: 'MeetingArrangement', start: 6, end: 12, label: '会议  安排', children: [{ type: 'MeetingDay', start: 6, end: 6, label: '', children: [], facts: { date: '2024年3月14日', minutes: 0, role: '', speaker: null, flag: false } }], basis: 'section', confidence } as unknown as MeetingRegion;
    const body: Node = { type: 'Body', start: 0, end: 12, label: '正文', children: [{ type: 'Section', start: 0, end: 5, label: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七', children: [] }, meeting] };
    return { root: { type: 'Document', start: 0, end: 13, label: 'x', children: [body, { type: 'Signature', start: 12, end: 13, label: '署\n名', children: [] }] }, kind: 'agenda', scope: null, meetings: [meeting], itineraries: [], norms: [], official: { official, confidence: 0.756, reasons: ['a', 'b'] } };
  };

  it('prints places 1-based, labels cut at 36 characters, facts without empty values, the tree drawing', () => {
    const out = printTree(tree(0.5), new LineIndex(TEXT()), 'zh-cn');
    assert.deepEqual(out, [
      '文件 类型=会议 公文 (0.76: a, b)',
      '├─ 正文 1:1–2:7 「正文」',
      '│  ├─ 层次 1:1–1:6 「一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六…」',
      '│  └─ 会议安排 2:1–2:7 「会议 安排」 [把握 0.50, 文中一节, 检查]',
      '│     └─ 会议日期 2:1 date=2024年3月14日 minutes=0 flag=false',
      '└─ 署名 2:7–3:1 「署 名」',
    ]);
  });

  it('in English, a region below 0.5 is not checked, a text not official says so', () => {
    const out = printTree(tree(0.49, false), new LineIndex(TEXT()), 'en');
    assert.equal(out[0], 'Document kind=agenda not official drafting (not checked) (0.76: a, b)');
    assert.equal(out[3], '│  └─ MeetingArrangement 2:1–2:7 「会议 安排」 [confidence 0.49, a section of the text, not checked]');
    assert.equal(out[1], '├─ Body 1:1–2:7 「正文」');
    const zh = printTree(tree(0.49, false), new LineIndex(TEXT()), 'zh-cn');
    assert.equal(zh[0], '文件 类型=会议 非公文（不检查） (0.76: a, b)');
    assert.match(zh[3]!, /\[把握 0\.49, 文中一节, 不检查\]$/);
    assert.equal(printTree(tree(0.9), new LineIndex(TEXT()), 'en')[0], 'Document kind=agenda official drafting (0.76: a, b)');
  });

  it('an itinerary shows its confidence and basis too', () => {
    const t = tree(0.75);
    t.root.children[1] = { type: 'Itinerary', start: 12, end: 13, label: '调研行程', children: [], basis: 'content', confidence: 0.75, facts: { stops: 0 } } as unknown as Node;
    assert.equal(printTree(t, new LineIndex(TEXT()), 'en')[5], '└─ Itinerary 2:7–3:1 「调研行程」 [confidence 0.75, from the content, checked] stops=0');
  });

  it('a label of exactly 36 characters is kept whole', () => {
    const t = tree(0.9);
    t.root.children[0]!.children[0]!.label = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六';
    assert.equal(printTree(t, new LineIndex(TEXT()), 'zh-cn')[2], '│  ├─ 层次 1:1–1:6 「一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六」');
  });
});
