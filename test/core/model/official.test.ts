// Official drafting or not (official.ts): 公文, notices, agendas and plans in their many shapes
// and fragments are official; READMEs, blog posts, diaries, chat, club notes, code and
// changelogs are not, nor is a plain paragraph of prose without any frame. Every text here is
// written for the test.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import { officialText } from '../../../server/src/core/model/official';
import { checkText } from '../../../server/src/core/check';
import { effectiveConfig } from '../../../server/src/core/config/effective';

const judge = (text: string, markdown = false) => officialText(buildModel(text, { markdown }));
const lines = (...ls: string[]): string => ls.join('\n');

/** Hard-wraps every paragraph at n characters, as a PDF extraction does. */
function wrap(text: string, n: number): string {
  return text
    .split('\n')
    .map((p) => p.match(new RegExp(`.{1,${n}}`, 'gu'))!.join('\n'))
    .join('\n');
}

interface Case {
  name: string;
  text: () => string;
  markdown?: boolean;
}

const OFFICIAL: Case[] = [
  {
    name: 'a red-head 公文 with 发文字号, 主送, headings, 署名, date and 版记',
    text: () =>
      lines(
        '济南市城乡水务局文件', '济水发〔2024〕12号', '济南市城乡水务局关于做好', '汛期河道巡查工作的通知', '各区县水务局，市直有关单位：',
        '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。', '　　一、明确巡查责任', '　　各区县水务局是本辖区河道巡查的责任主体。',
        '　　二、及时报送情况', '　　请于每月5日前报送上月巡查情况。', '济南市城乡水务局', '2024年5月8日', '（此件公开发布）', '抄送：市防汛抗旱指挥部办公室。',
      ),
  },
  {
    name: 'a fragment of a schedule without a title',
    text: () => lines('9:00—9:30　与会人员签到', '9:30—10:00　市长讲话', '10:00—11:30　分组讨论', '11:30　午餐'),
  },
  {
    name: 'a one-line notice with U+3000 separators',
    text: () => '关于召开全市防汛工作会议的通知　　各区县水务局：　　定于5月10日上午9:00在市水务局三楼会议室召开全市防汛工作会议，请各单位分管负责同志参加。　　特此通知。　　济南市城乡水务局　　2024年5月6日',
  },
  {
    name: 'a PDF-wrapped notice',
    text: () =>
      wrap(
        lines(
          '关于开展城市道路设施安全隐患排查的通知', '各区县城市管理局：',
          '为进一步加强城市道路设施管理，及时消除安全隐患，保障市民出行安全，经研究，决定在全市范围内开展城市道路设施安全隐患排查工作，现将有关事项通知如下。',
          '一、排查范围为全市城市道路、桥梁、隧道及附属设施，重点是雨季易积水路段和老旧桥梁，各区县要逐条道路建立排查台账。',
          '二、各区县要于六月底前完成排查，对发现的问题要明确整改责任人和整改时限，确保整改到位。',
          '济南市城市管理局', '2024年5月20日',
        ),
        28,
      ),
  },
  {
    name: 'a 公文 in Markdown',
    markdown: true,
    text: () =>
      lines(
        '# 关于印发《济南市河道巡查管理办法》的通知', '', '各区县人民政府，市政府各部门：', '',
        '《济南市河道巡查管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '**济南市人民政府办公厅**', '', '2024年5月8日',
      ),
  },
  {
    name: 'a 请示 without 发文字号',
    text: () => lines('关于增拨防汛物资储备经费的请示', '市财政局：', '　　今年汛期形势严峻，我局现有防汛物资不足，拟增加储备经费120万元。妥否，请批示。', '济南市城乡水务局', '2024年5月8日'),
  },
  {
    name: 'a 会议纪要 with headings',
    text: () => lines('全市防汛工作调度会议纪要', '　　5月8日，市政府召开全市防汛工作调度会议，会议听取了各区县汇报，研究部署了下一步工作。', '　　一、会议认为，各区县防汛准备工作总体有序。', '　　二、会议要求，各单位要立即开展隐患排查。'),
  },
  {
    name: 'a research itinerary with a title',
    text: () => lines('市政府领导赴历城区调研行程安排', '8:30　市政府出发', '9:10—10:00　考察唐冶片区防汛设施', '10:10—11:30　召开座谈会，听取区政府工作汇报', '11:40　返回市区'),
  },
  {
    name: 'the middle of a plan: headings only, no title, no date',
    text: () => lines('三、工作要求', '（一）加强组织领导。各单位要高度重视，明确分管负责同志。', '（二）强化督促检查。市检查组将不定期开展抽查。', '（三）及时报送信息。请各单位每周五前报送工作进展。'),
  },
  {
    name: 'a 规定 in articles',
    text: () => lines('济南市河道巡查管理规定', '第一条　为规范河道巡查工作，制定本规定。', '第二条　本规定适用于本市行政区域内河道的巡查。', '第三条　市水行政主管部门负责全市河道巡查的指导和监督。'),
  },
  {
    name: 'a meeting notice with labelled fields',
    text: () => lines('关于召开河长制工作推进会议的通知', '各区县河长办：', '　　会议时间：2024年5月10日上午9:00', '　　会议地点：市水务局三楼会议室', '　　参会人员：各区县河长办主任', '　　请于5月9日前报送参会人员名单。'),
  },
  {
    name: 'a notice in traditional characters with pinyin glosses',
    text: () => lines('關(guān)於做好汛期河道巡查工作的通知', '各區(qū)縣(xiàn)水務(wù)局：', '　　現(xiàn)將(jiāng)有關(guān)事項(xiàng)通知如下。', '濟南市城鄉水務局', '2024年5月8日'),
  },
  {
    name: 'an untitled agenda with Chinese clock times',
    text: () => lines('9时至10时30分', '第一次全体会议', '1.听取区人民政府工作报告', '2.审查区预算执行情况的报告', '10时30分至12时', '代表团会议', '1.审议区人民政府工作报告'),
  },
  {
    name: 'an association\'s notice speaking as 我会, under a 密级 mark',
    text: () =>
      lines(
        '机密★1年', '关于举办2024年会员单位业务培训班的通知', '各会员单位：',
        '　　为提升会员单位业务水平，我会定于6月举办业务培训班。我会将统一安排食宿，我会秘书处负责报名工作。',
        '济南市水利工程协会', '2024年5月8日',
      ),
  },
  {
    name: 'a notice whose page chrome mentions English',
    text: () => lines('首页 > News > 通知公告', '关于做好汛期河道巡查工作的通知', '发布时间：2024-05-06 10:20:33　来源：Jinan Water', '各区县水务局：', '　　现将有关事项通知如下。', 'Copyright © 2024 Jinan Water Bureau. All rights reserved. ICP备05003212号'),
  },
];

const NOT_OFFICIAL: Case[] = [
  {
    name: 'an English README with a few Chinese words',
    markdown: true,
    text: () =>
      lines(
        '# gongwen-lint', '', 'A linter for 公文 (official documents). It checks headings, dates and attachment notes.', '',
        '## Install', '', 'Run the installer, then open any file in the editor.', '', '## Usage', '', 'Write your 通知 or 会议议程 and save it; findings appear as you type.',
        '', 'Supported kinds: 公文, 会议通知, 调研方案. See the docs for the rules.',
      ),
  },
  {
    name: 'a Chinese blog post',
    text: () =>
      lines(
        '周末去爬山的一点感受', '这个周末我终于去爬了千佛山，天气特别好，心情也跟着好起来了。', '我觉得爬山最大的乐趣就是登顶之后看风景吧，哈哈。',
        '下次我还想约几个小伙伴一起去，顺便拍点照片分享一下。',
      ),
  },
  {
    name: 'casual minutes of a club meeting',
    text: () =>
      lines(
        '读书会第三次活动记录', '时间：周六下午', '地点：老地方咖啡馆', '今天我们聊了《平凡的世界》，大家都觉得孙少平太不容易了。',
        '小王说他哭了两次哈哈，我也差点没忍住。', '下次读啥还没定，群里投票吧~',
      ),
  },
  {
    name: 'a code file with Chinese comments',
    text: () =>
      lines(
        '// 读取配置文件', "import { readFileSync } from 'node:fs';", '', 'export function loadConfig(path: string) {', '  // 解析 JSON', "  const text = readFileSync(path, 'utf8');",
        '  return JSON.parse(text);', '}',
      ),
  },
  {
    name: 'a changelog',
    markdown: true,
    text: () => lines('# 更新日志', '', '## v1.3.0（2024-05-06）', '', '- 新增附件说明检查', '- 修复日期识别的问题', '', '## v1.2.1（2024-04-20）', '', '- 修复空行导致的崩溃'),
  },
  {
    name: 'a diary entry',
    text: () => lines('5月8日　晴', '早上七点起床，我先去公园跑了两圈，感觉腿有点酸。', '中午和同事吃了面，下午开了个会，没什么意思。', '晚上看了会儿书就睡了。'),
  },
  {
    name: 'exported chat notes',
    text: () => lines('[09:15] 张三: 明天的会几点开？', '[09:16] 李四: 九点吧，我再确认一下', '[09:20] 张三: 好的，记得带电脑哈', '[09:21] 李四: 收到~'),
  },
  {
    name: 'a plain paragraph of prose without any frame',
    text: () => '近年来，城市河道的管理越来越受到重视。河道不仅承担着防洪排涝的功能，也是市民休闲的好去处。如何让河道既安全又美丽，是很多城市都在思考的问题。',
  },
  {
    name: 'a first-person blog post with 一、 headings',
    text: () =>
      lines(
        '我的跑步一年', '一、为什么我开始跑步', '去年体检的时候我发现自己胖了不少，感觉再不运动就不行了。', '二、我是怎么坚持下来的',
        '说实话一开始真挺难的，我每天都在打卡群里打卡，哈哈，被大家催着跑。', '三、一年下来的变化', '我瘦了八斤，睡眠也好多了，推荐大家试试呀！',
      ),
  },
];

describe('officialText: official drafting', () => {
  for (let i = 0; i < OFFICIAL.length; i++) {
    it(`official: case ${i + 1}`, () => {
      const c = OFFICIAL[i]!;
      const v = judge(c.text(), c.markdown);
      assert.equal(v.official, true, `${c.name}: ${v.reasons.join('; ')}`);
      assert.ok(v.confidence >= 0.5 && v.confidence <= 1, `${c.name}: confidence ${v.confidence}`);
    });
  }
  it('gives its reasons, the frame first', () => {
    const v = judge(lines('关于做好汛期河道巡查工作的通知', '各区县水务局：', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日'));
    assert.ok(v.reasons[0]!.includes('title'), v.reasons.join('; '));
    assert.ok(v.reasons.some((r) => r.includes('recipients')));
    assert.ok(v.reasons.some((r) => r.includes('date under a signature')));
  });
  it('is surer of a full 公文 than of a bare schedule fragment', () => {
    const full = judge(OFFICIAL[0]!.text());
    const fragment = judge(OFFICIAL[1]!.text());
    assert.ok(full.confidence > fragment.confidence, `${full.confidence} vs ${fragment.confidence}`);
    assert.ok(full.confidence >= 0.85);
  });
});

describe('officialText: a page flattened onto one line', () => {
  it('a title glued to its 主送 is a frame; a title quoted in a news sentence is not', () => {
    const page = '您好，欢迎访问本站 当前位置：首页 > 办公文档\n关于开展安全生产大检查的通知各乡、镇人民政府，街道办事处，区安委会有关成员单位：为切实抓好当前安全生产工作，经研究，决定开展一次大检查，现将有关事项通知如下。';
    assert.equal(judge(page).official, true);
    assert.match(judge(page).reasons.join(' '), /title and recipients on one line/);
    const news = '本报讯　近日，市政府办公厅印发《关于开展安全生产大检查的通知》各区县：要抓好落实。记者了解到，我们这次去现场看了看，感觉挺好的。';
    assert.doesNotMatch(judge(news).reasons.join(' '), /title and recipients on one line/);
  });
});

describe('officialText: other text', () => {
  for (let i = 0; i < NOT_OFFICIAL.length; i++) {
    it(`not official: case ${i + 1}`, () => {
      const c = NOT_OFFICIAL[i]!;
      const v = judge(c.text(), c.markdown);
      assert.equal(v.official, false, `${c.name}: ${v.reasons.join('; ')}`);
      assert.ok(v.confidence >= 0.5 && v.confidence <= 1, `${c.name}: confidence ${v.confidence}`);
    });
  }
  it('says why: too little Chinese, code, first person, chat', () => {
    assert.match(judge(NOT_OFFICIAL[0]!.text(), true).reasons.join(';'), /not mostly Chinese/);
    assert.match(judge(NOT_OFFICIAL[3]!.text()).reasons.join(';'), /code/);
    assert.match(judge(NOT_OFFICIAL[8]!.text()).reasons.join(';'), /first person/);
    assert.match(judge(NOT_OFFICIAL[6]!.text()).reasons.join(';'), /chat lines/);
  });
  it('an empty text or a few characters are not official', () => {
    assert.equal(judge('').official, false);
    assert.equal(judge('通知').official, false);
  });
});

describe('officialText: reports of events', () => {
  it('a news story with a dateline or a byline reports a document; it is not the drafting', () => {
    const story = lines(
      '某省出台新规为基层减负', '新华社某地3月2日电（记者王某某）日前，某省委办公厅印发通知，要求各地区各部门精简文件和会议。',
      '通知要求，各级各部门要严格控制发文数量，确保发至基层的文件减少三分之一以上。', '通知强调，各地要认真贯彻落实，确保各项措施落到实处。',
    );
    const v = judge(story);
    assert.equal(v.official, false);
    assert.equal(v.report, true);
    assert.ok(v.reasons.some((r) => r.includes('news dateline')), v.reasons.join('; '));
    const byline = lines('某某县推进秸秆综合利用', '本报讯 记者张某 通讯员李某　近日，某某县召开秸秆综合利用工作推进会，各乡镇分管负责同志参加。', '会上，县农业农村局通报了各乡镇工作进展情况，各乡镇要认真抓好落实。');
    assert.equal(judge(byline).official, false);
  });

  it('a meeting\'s write-up (会议指出…会议强调…) is a report; a 纪要 saying the same is drafting', () => {
    const writeUp = lines(
      '某某县召开县政府第12次常务会议', '5月6日，县长张某主持召开县政府第12次常务会议，传达学习上级有关会议精神，研究部署近期重点工作。',
      '会议指出，要认真贯彻落实上级关于为基层减负的部署要求，切实减少文件会议数量。', '会议强调，各乡镇、各部门要压实责任，确保各项工作落到实处。', '会议要求，要严格文件审核把关，坚决减少发文数量。',
    );
    const v = judge(writeUp);
    assert.equal(v.official, false);
    assert.equal(v.report, true);
    const minutes = lines(
      '某某县人民政府常务会议纪要', '〔2024〕12号', '5月6日，县长张某主持召开县政府第12次常务会议。现纪要如下：',
      '会议指出，要认真贯彻落实上级关于为基层减负的部署要求。', '会议强调，各乡镇、各部门要压实责任。', '会议议定，由县政府办公室牵头制定具体措施。', '某某县人民政府办公室', '2024年5月7日',
    );
    assert.equal(judge(minutes).official, true);
    // Its headline names a meeting, which would make a notice's title official; a report stays unchecked.
    const r = checkText(writeUp.replace(/，/g, ','), 'a.txt', effectiveConfig([]));
    assert.equal(r.tree.official.official, false);
    assert.deepEqual(r.findings, []);
  });
});
