// The model of documents in the layouts the web and other files give them: wrapped in page
// chrome (stamps, a portal's metadata table, breadcrumbs, footers), with front matter, with
// pinyin glosses, or flattened onto one line. The chrome's dates and 发文字号 are never the
// document's own.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import type { DocModel } from '../../../server/src/core/model/types';

const roles = (m: DocModel): string[] => m.paragraphs.map((p) => p.role);

describe('model: a document inside a web page', () => {
  it('the portal\'s metadata table gives neither the 成文日期 nor the 发文字号', () => {
    const m = buildModel(
      [
        '您现在的位置：首页 > 政府信息公开 > 通知公告',
        '索引号：11370100/2024-00031　主题分类：城乡建设',
        '发文机关：济南市城乡水务局　成文日期：2024年4月30日',
        '发文字号：济水发〔2024〕12号　发布日期：2024年5月6日',
        '关于做好汛期河道巡查工作的通知',
        '发布时间：2024-05-06 10:20:33　来源：市城乡水务局　浏览次数：1234　字号：大 中 小',
        '各区县水务局：',
        '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。',
        '　　一、各区县要明确巡查责任人。',
        '济南市城乡水务局',
        '2024年5月8日',
        '【打印本页】【关闭窗口】',
        '主办单位：济南市城乡水务局　　版权所有　鲁ICP备05003212号',
      ].join('\n'),
    );
    assert.equal(m.titleText, '关于做好汛期河道巡查工作的通知');
    assert.equal(m.docNumber, null);
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(roles(m), ['title', 'recipients', 'body', 'body', 'signature', 'date']);
    assert.deepEqual([...new Set(m.chrome.map((p) => p.line))], [0, 1, 2, 3, 5, 11, 12]);
    assert.equal(m.headings.length, 1);
  });

  it('a metadata table as a Markdown table, and front matter, in a Markdown file', () => {
    const m = buildModel(
      [
        '---',
        'title: 防汛通知',
        'date: 2024-05-06',
        '---',
        '',
        '| 索引号 | 11370100/2024-00031 | 主题分类 | 城乡建设 |',
        '| --- | --- | --- | --- |',
        '| 发文字号 | 济水发〔2024〕12号 | 成文日期 | 2024年4月30日 |',
        '',
        '# 关于做好汛期河道巡查工作的通知',
        '',
        '各区县水务局：',
        '',
        '为做好今年汛期河道巡查工作，现将有关事项通知如下。',
        '',
        '济南市城乡水务局',
        '',
        '2024年5月8日',
      ].join('\n'),
      { markdown: true },
    );
    assert.equal(m.titleText, '关于做好汛期河道巡查工作的通知');
    assert.equal(m.docNumber, null);
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(roles(m), ['title', 'recipients', 'body', 'signature', 'date']);
  });

  it('the document\'s own 发文字号 under the chrome is read', () => {
    const m = buildModel(['发布时间：2024-05-06 10:20:33', '济水发〔2024〕12号', '关于做好汛期河道巡查工作的通知', '各区县水务局：', '　　现将有关事项通知如下。'].join('\n'));
    assert.equal(m.docNumber?.text, '济水发〔2024〕12号');
    assert.equal(m.titleText, '关于做好汛期河道巡查工作的通知');
  });

  it('pinyin glosses are read past, in the 发文字号 too, and findings still map to the source', () => {
    const text = ['济水發(fā)〔2024〕12號(hào)', '关于做好巡查工作的通知', '各區(qū)縣(xiàn)水务局：', '　　现将有关事项通知如下。'].join('\n');
    const m = buildModel(text);
    assert.equal(m.docNumber?.key, '济水发〔2024〕12号');
    const r = m.recipients!;
    assert.equal(r.text, '各區縣水务局：');
    assert.equal(text.slice(r.origStart(2), r.origEnd(3)), '縣');
  });
});

describe('model: a document on one line', () => {
  it('paragraphs separated by two spaces: every part in its role, the 附件说明 items apart', () => {
    const line = [
      '关于做好汛期河道巡查工作的通知',
      '各区县水务局，市直有关单位：',
      '为切实做好今年汛期河道巡查工作，保障人民群众生命财产安全，现将有关事项通知如下。',
      '一、加强组织领导。各区县要成立巡查工作专班，明确责任人。',
      '二、做好物资储备。各单位要按照防汛预案要求备足抢险物资。',
      '附件：1.巡查责任人名单 2.物资储备清单',
      '济南市城乡水务局',
      '2024年5月8日',
    ].join('  ');
    const m = buildModel(line);
    assert.deepEqual(roles(m), ['title', 'recipients', 'body', 'body', 'body', 'attachmentNote', 'attachmentNote', 'signature', 'date']);
    assert.equal(m.attachmentCount, 2);
    assert.deepEqual(m.headings.map((h) => h.number), [1, 2]);
  });

  it('paragraphs separated by single spaces, with a forwarded text under 附：', () => {
    const line = [
      '济南市人民政府办公厅转发市水务局关于汛期河道巡查情况的通报的通知',
      '各区县人民政府，市政府各部门：',
      '现将市水务局《关于汛期河道巡查情况的通报》转发给你们，请结合实际认真贯彻落实。',
      '二〇二四年五月八日',
      '附：',
      '关于汛期河道巡查情况的通报',
      '各区县水务局：',
      '今年入汛以来，各区县认真开展河道巡查，及时发现并处置了一批问题，现将有关情况通报如下。',
    ].join(' ');
    const m = buildModel(line);
    assert.equal(m.titleText, '济南市人民政府办公厅转发市水务局关于汛期河道巡查情况的通报的通知');
    assert.equal(m.recipients?.text, '各区县人民政府，市政府各部门：');
    assert.equal(m.date?.text, '二〇二四年五月八日');
    assert.equal(m.printed.length, 1);
  });

  it('a 附件说明 with items separated by ； counts its items', () => {
    const m = buildModel(['关于做好汛期河道巡查工作的通知', '各区县水务局：', '　　现将有关事项通知如下。', '附件：1.巡查责任人名单；2.物资储备清单；3.联系方式', '济南市城乡水务局', '2024年5月8日'].join('\n'));
    assert.equal(m.attachmentCount, 3);
    assert.deepEqual(m.attachmentNoteItems.map((it) => it.number), [1, 2, 3]);
  });
});
