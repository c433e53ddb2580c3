// Page and file furniture (chrome.ts): which lines are chrome on their own, which only next to
// other chrome, the pinyin glosses a mirror inserts, and front matter. The page lines here are
// written for the tests in the shapes portals and news sites use.

import { strict as assert } from 'node:assert';
import { chromeKey, frontMatterLines, glossLength, lineChrome, markChrome, metaFields } from '../../../server/src/core/text/chrome';

describe('chrome: lines that are chrome on their own', () => {
  it('publication stamps, reader counts and text-size buttons', () => {
    const lines = [
      '发布时间：2024-05-06 10:20:33　来源：市水务局　浏览次数：1234',
      '发布日期：2024年5月6日',
      '发表日期:2021-07-06',
      '瀏覽次數(shù):次',
      '字号：大 中 小',
      '【字体：打印',
      '有 312 位读者读过此文',
      '阅读次数 [2156] |',
      '2024-05-06 08:12:45',
    ];
    assert.deepEqual(lines.map(lineChrome), ['stamp', 'stamp', 'stamp', 'stamp', 'stamp', 'stamp', 'stamp', 'stamp', 'stamp']);
  });
  it('breadcrumbs, buttons and page navigation', () => {
    const lines = ['首页 > 政务公开 > 通知公告', '当前位置：', '您现在所在的位置: 网站首页 > 信息公开', '> 政府信息公开 > 通知', '【打印】【关闭】', '【打印本页】 【关闭窗口】', '分享到：', '—分享—', '• 无障碍', '视力保护色:', '朗读', '上一篇：关于做好春季防火工作的通知', '返回网站首页', '第 [1] 页 共[3]页'];
    assert.deepEqual(lines.map(lineChrome), Array(lines.length).fill('nav'));
  });
  it('footers, notes of a mirror site and a horizontal rule', () => {
    assert.deepEqual(
      ['版权所有：济南市城乡水务局', '鲁ICP备05003212号-1', '网站标识码：3701000012', '导语：本文由网友上传，不代表本站观点', '……(未完，全文共2600字，当前仅显示1200字)', '---', '————————'].map(lineChrome),
      ['footer', 'footer', 'footer', 'stamp', 'note', 'rule', 'rule'],
    );
    assert.equal(lineChrome('前言：本站为你精心整理了范文，欢迎参考'), 'note');
  });
  it('a line with two metadata fields, one of them a metadata word', () => {
    assert.equal(lineChrome('名称：关于做好防汛工作的通知 文号：济水发〔2024〕12号'), 'meta');
    assert.equal(lineChrome('发文机关：济南市人民政府　成文日期：2024年4月30日'), 'meta');
  });
  it('leaves the lines of a document alone, web-like words and all', () => {
    const lines = [
      '关于做好防汛工作的通知',
      '各区县人民政府，市政府各部门：',
      '会议时间：2024年5月8日上午9:00',
      '来源：市统计局',
      '成文日期：2024年4月30日',
      '资金来源：市财政安排，实施日期：2024年6月1日',
      '项目名称：河道整治 建设地点：历城区',
      '字体：正文用3号仿宋体字',
      '联系人：张明，联系电话：0531-12345678',
      '9:00—9:30　签到',
      '报名表请登录市政府网站点击查看并下载，填写后于5月10日前报送。',
      '返回',
      '相关文件',
      '请各单位于5月10日前报送，报送方式详情如下：',
      '二、做好物资储备。请各单位于5月10日前报送责任人名单，有问题请联系我们。',
      '2024年5月6日',
    ];
    assert.deepEqual(lines.map(lineChrome), Array(lines.length).fill(null));
  });
  it('counts metadata fields where a field starts, not inside a word', () => {
    assert.equal(metaFields(chromeKey('索引号：113701 主题分类：综合政务', true)), 2);
    assert.equal(metaFields(chromeKey('资金来源：财政，标题：无', true)), 0, 'no field start: 来源 inside 资金来源, 标题 after a comma');
    assert.equal(metaFields(chromeKey('名称：甲 标题：乙', true)), 0, 'two fields, but neither a metadata word');
  });
});

describe('chrome: a date and a clock alone on a line', () => {
  it('is a page stamp when the minute is odd (09:12) or seconds are written, not a meeting day at a round hour', () => {
    assert.deepEqual(markChrome(['关于召开会议的通知', '2010年3月4日 09:12', '各单位：']), [null, 'stamp', null]);
    assert.deepEqual(markChrome(['关于召开会议的通知', '2010年3月4日 9:00:05', '各单位：']), [null, 'stamp', null]);
    assert.deepEqual(markChrome(['关于召开会议的通知', '2021年6月10日 08:30', '各单位：']), [null, 'stamp', null], 'a zero-padded hour');
    assert.deepEqual(markChrome(['全市工作会议议程', '2024年3月5日 9:00', '一、传达精神']), [null, null, null]);
    assert.deepEqual(markChrome(['全市工作会议议程', '2024年3月5日 14:30', '一、传达精神']), [null, null, null]);
  });

  it('the fields of a portal listed as bullets, each value on the next line, are a metadata table', () => {
    assert.deepEqual(markChrome(['• 索引号:', '11370100-2025-00123', '• 发布机构:', '某县人民政府办公室', '关于召开全县防汛工作会议的通知']), ['stamp', 'meta', 'stamp', 'meta', null]);
  });

  it('a QR-code footer (扫描二维码 关注我们) is chrome; a sentence about scanning a code is not', () => {
    assert.deepEqual(markChrome(['二○○一年四月四日', '扫描二维码 关注我们']), [null, 'footer']);
    assert.deepEqual(markChrome(['各单位：', '　　参会人员请于会前扫描二维码签到，并按时入场，不得迟到早退，谢谢配合。']), [null, null]);
    assert.deepEqual(markChrome(['8:30—9:00', '扫描二维码签到']), [null, null]);
  });
});

describe('chrome: lines in context', () => {
  it('a labelled line joins chrome within two lines, and a bare label takes its value', () => {
    const lines = ['索引号：', '113701/2024-00012', '发文机关：', '济南市人民政府办公厅', '成文日期：', '2024年4月30日', '发文字号：', '济政办字〔2024〕9号', '关于做好防汛工作的通知', '各区县人民政府：'];
    assert.deepEqual(markChrome(lines), ['stamp', 'meta', 'meta', 'meta', 'meta', 'meta', 'meta', 'meta', null, null]);
  });
  it('a labelled line with no chrome near it is the document\'s', () => {
    assert.deepEqual(markChrome(['关于做好防汛工作的通知', '来源：市防汛指挥部', '各区县人民政府：', '　　现将有关事项通知如下。']), [null, null, null, null]);
    // Three lines away is too far.
    assert.deepEqual(markChrome(['发布时间：2024-05-06', '关于做好防汛工作的通知', '各区县：', '作者：张明']), ['stamp', null, null, null]);
  });
  it('a bare label never takes a title as its value, except 名称 and 标题', () => {
    assert.deepEqual(markChrome(['索引号：11370', '发文机关：', '关于做好防汛工作的通知']), ['stamp', 'meta', null]);
    assert.deepEqual(markChrome(['索引号：11370', '标题：', '关于做好防汛工作的通知']), ['stamp', 'meta', 'meta']);
  });
  it('a footer label only next to a footer', () => {
    assert.deepEqual(markChrome(['主办单位：济南市水务局', '版权所有：济南市水务局']), ['footer', 'footer']);
    assert.deepEqual(markChrome(['发布时间：2024-05-06 10:20', '地址：济南市历下区']), ['stamp', null]);
  });
  it('a short line between chrome lines: a count always, a site name only after the text began', () => {
    assert.deepEqual(markChrome(['关于做好防汛工作的通知', '来源：市水务局 2024-05-06 10:20:33', '时刻新闻', '—分享—']), [null, 'stamp', 'stamp', 'nav']);
    assert.deepEqual(markChrome(['发表日期：2021-07-06 有', '515', '位读者读过此文']), ['stamp', 'stamp', 'stamp']);
    assert.deepEqual(markChrome(['发布时间：2024-05-06', '防汛简报', '来源：市水务局']), ['stamp', null, 'meta'], 'the first line of text may be a title');
    assert.deepEqual(markChrome(['关于召开会议的说明', '来源：市水务局 2024-05-06 10:20:33', '会议通知', '—分享—']), [null, 'stamp', null, 'nav'], 'a genre word');
  });
  it('a table row with two bare labels is a metadata row, values and all', () => {
    const cells = ['发文机关', '济南市人民政府办公厅', '成文日期', '2024年4月30日', '关于做好防汛工作的通知'];
    assert.deepEqual(markChrome(cells, [3, 3, 3, 3, 5]), ['meta', 'meta', 'meta', 'meta', null]);
    assert.deepEqual(markChrome(cells, [-1, -1, -1, -1, -1]), [null, null, null, null, null], 'not cells: nothing strong');
  });
});

describe('chrome: a mirror\'s table of contents', () => {
  it('目录 and the heading entries under it, up to the leaders line', () => {
    const lines = ['目录/提纲：……', '一、严格控制会议数量', '二、严格控制会议规模', '……', '各区县人民政府：', '一、严格控制会议数量'];
    assert.deepEqual(markChrome(lines), ['nav', 'nav', 'nav', 'nav', null, null]);
  });
  it('not a 目录 line with a title under it, nor one with a single entry', () => {
    assert.deepEqual(markChrome(['目录', '关于严格控制会议数量的意见', '一、严格控制会议数量', '二、严格控制会议规模']), [null, null, null, null]);
    assert.deepEqual(markChrome(['目录', '一、严格控制会议数量', '各区县人民政府：']), [null, null, null]);
  });
  it('page numbers after leaders are entries too', () => {
    assert.deepEqual(markChrome(['目  录', '总则……1', '工作要求……3', '关于严格控制会议数量的意见']), ['nav', 'nav', 'nav', null]);
  });
});

describe('chrome: more page furniture', () => {
  it('a link group framed by dashes, and 收藏《…》', () => {
    assert.deepEqual(['--国家部门网站--', '—相关链接—', '收藏《关于做好防汛工作的通知》)'].map(lineChrome), ['nav', 'nav', 'nav']);
    assert.equal(lineChrome('——以高质量发展为主线'), null, 'a subtitle opens with a dash but is not framed');
  });
});

describe('chrome: pinyin glosses', () => {
  it('a toned syllable in brackets right after a Han character', () => {
    assert.equal(glossLength('會(huì)議', 1), 5);
    assert.equal(glossLength('会（huì）议', 1), 5);
    assert.equal(glossLength('现(xiàn zài)在', 1), 10, 'two syllables');
    assert.equal(glossLength('號(hào)', 1), 5);
  });
  it('not a bracket after anything else, nor without a tone mark, nor unclosed', () => {
    assert.equal(glossLength('(huì)', 0), 0);
    assert.equal(glossLength('2(huì)', 1), 0);
    assert.equal(glossLength('会议(hui)', 2), 0);
    assert.equal(glossLength('会议(一)', 2), 0);
    assert.equal(glossLength('会议(B2)', 2), 0);
    assert.equal(glossLength('会(huì', 1), 0);
  });
  it('chromeKey drops glosses and spaces and folds width and script', () => {
    assert.equal(chromeKey('瀏覽次數(shù)：　次'), '浏览次数:次');
    assert.equal(chromeKey('发布时间： 2024-05-06  10:20', true), '发布时间: 2024-05-06 10:20');
  });
});

describe('chrome: front matter', () => {
  it('a YAML block at the top, up to its closing fence', () => {
    assert.equal(frontMatterLines(['---', 'title: 关于做好防汛工作的通知', 'tags:', '  - 公文', '---', '正文']), 5);
    assert.equal(frontMatterLines(['', '+++', 'title = "通知"', '+++']), 4);
  });
  it('not a rule line above text, nor an unclosed or empty block', () => {
    assert.equal(frontMatterLines(['---', '各区县人民政府：', '---']), 0);
    assert.equal(frontMatterLines(['---', 'title: 通知']), 0);
    assert.equal(frontMatterLines(['---', '---']), 0);
    assert.equal(frontMatterLines(['正文', '---', 'a: b', '---']), 0);
  });
});
