// The parts of a 公文 found in whole documents (GB/T 9704 §7; docs/counting.md "正文包括什么"):
// 版头, title, 主送, body, 附件说明, 署名, 成文日期, 附注, attachment sections, printed documents
// and the 版记, as roles of paragraphs and as the model's fields.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import { sameName } from '../../../server/src/core/model/structure';
import type { DocModel } from '../../../server/src/core/model/types';

const doc = (...lines: string[]): DocModel => buildModel(lines.join('\n'));
const roles = (m: DocModel): Array<[string, string]> => m.paragraphs.map((p) => [p.text, p.role]);
const texts = (ps: Array<{ text: string }>): string[] => ps.map((p) => p.text);

describe('structure: a complete red-head document', () => {
  let m: ReturnType<typeof doc>;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    m = doc(
      '000123',
      '机密★1年',
      '特急',
      '济南市城乡水务局文件',
      '济水发〔2024〕12号',
      '济南市城乡水务局关于做好',
      '汛期河道巡查工作的通知',
      '各区县水务局，市直有关单位：',
      '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。',
      '　　一、巡查范围',
      '　　全市主要河道及支流。',
      '附件：1.河道巡查责任分工方案',
      '2.巡查记录表',
      '济南市城乡水务局',
      '2024年5月8日',
      '（此件公开发布）',
      '附件1',
      '河道巡查责任分工方案',
      '　　各区县水务局是本辖区河道巡查的责任主体，负责组织巡查人员按照规定频次开展巡查，及时发现和处置问题。',
      '附件2：巡查记录表',
      '　　巡查日期、河段、发现问题、处置情况。',
      '抄送：市防汛抗旱指挥部办公室。',
      '济南市城乡水务局办公室　　　　2024年5月8日印发',
    );
  });

  it('gives every paragraph its role', () => {
    assert.deepEqual(roles(m), [
      ['000123', 'other'],
      ['机密★1年', 'other'],
      ['特急', 'other'],
      ['济南市城乡水务局文件', 'issuerMark'],
      ['济水发〔2024〕12号', 'docNumber'],
      ['济南市城乡水务局关于做好', 'title'],
      ['汛期河道巡查工作的通知', 'title'],
      ['各区县水务局，市直有关单位：', 'recipients'],
      ['为做好今年汛期河道巡查工作，现将有关事项通知如下。', 'body'],
      ['一、巡查范围', 'body'],
      ['全市主要河道及支流。', 'body'],
      ['附件：1.河道巡查责任分工方案', 'attachmentNote'],
      ['2.巡查记录表', 'attachmentNote'],
      ['济南市城乡水务局', 'signature'],
      ['2024年5月8日', 'date'],
      ['（此件公开发布）', 'note'],
      ['附件1', 'attachmentHeader'],
      ['河道巡查责任分工方案', 'subtitle'],
      ['各区县水务局是本辖区河道巡查的责任主体，负责组织巡查人员按照规定频次开展巡查，及时发现和处置问题。', 'attachment'],
      ['附件2：巡查记录表', 'attachmentHeader'],
      ['巡查日期、河段、发现问题、处置情况。', 'attachment'],
      ['抄送：市防汛抗旱指挥部办公室。', 'copyTo'],
      ['济南市城乡水务局办公室', 'printedBy'],
      ['2024年5月8日印发', 'printedBy'],
    ]);
  });

  it('fills the fields of the structure', () => {
    assert.deepEqual(texts(m.issuerMark), ['济南市城乡水务局文件']);
    assert.equal(m.docNumber?.text, '济水发〔2024〕12号');
    assert.deepEqual(texts(m.title), ['济南市城乡水务局关于做好', '汛期河道巡查工作的通知']);
    assert.equal(m.titleText, '济南市城乡水务局关于做好汛期河道巡查工作的通知');
    assert.equal(m.titleKey, m.titleText);
    assert.equal(m.recipients?.text, '各区县水务局，市直有关单位：');
    assert.deepEqual(texts(m.body), ['为做好今年汛期河道巡查工作，现将有关事项通知如下。', '一、巡查范围', '全市主要河道及支流。']);
    assert.deepEqual(texts(m.attachmentNote), ['附件：1.河道巡查责任分工方案', '2.巡查记录表']);
    assert.deepEqual(texts(m.signature), ['济南市城乡水务局']);
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(texts(m.notes), ['（此件公开发布）']);
    assert.deepEqual(texts(m.copyTo), ['抄送：市防汛抗旱指挥部办公室。']);
    assert.deepEqual(texts(m.printedBy), ['济南市城乡水务局办公室', '2024年5月8日印发']);
    assert.deepEqual(m.otherDates, []);
    assert.deepEqual(m.printed, []);
    assert.deepEqual(m.printedNames, []);
  });

  it('reads the attachment sections with their labels, numbers and titles', () => {
    assert.deepEqual(m.attachments.map((a) => ({ header: a.header?.text, number: a.number, title: texts(a.title), paragraphs: a.paragraphs.length, section: a.section })), [
      { header: '附件1', number: 1, title: ['河道巡查责任分工方案'], paragraphs: 1, section: 1 },
      // 附件2：标题 on one line: the title is part of the label line.
      { header: '附件2：巡查记录表', number: 2, title: [], paragraphs: 1, section: 2 },
    ]);
    assert.deepEqual(m.paragraphs.map((p) => p.section), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 0, 0, 0]);
    assert.equal(m.attachmentCount, 2);
  });
});

describe('structure: the head', () => {
  it('a title of one line followed by the body, without 主送', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'body']);
    assert.equal(m.recipients, null);
    assert.equal(m.docNumber, null);
  });

  it('the 发文字号 under the title closes the title', () => {
    const m = doc('关于做好汛期河道巡查', '济水发〔2024〕12号', '工作安排', '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(texts(m.title), ['关于做好汛期河道巡查']);
    assert.equal(m.docNumber?.text, '济水发〔2024〕12号');
    assert.equal(m.paragraphs[2]!.role, 'body');
  });

  it('only the first 发文字号 is the document\'s', () => {
    const m = doc('济水发〔2024〕12号', '济水发〔2024〕13号', '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。');
    assert.equal(m.docNumber?.text, '济水发〔2024〕12号');
    assert.deepEqual(roles(m).map((r) => r[1]), ['docNumber', 'docNumber', 'title', 'body']);
  });

  it('a 印发 title goes on after 《…》 until its own genre word (的通知)', () => {
    const m = doc('关于印发《济南市河道巡查管理办法》', '的通知', '各区县人民政府：', '　　现将办法印发给你们，请认真贯彻执行。');
    assert.equal(m.titleText, '关于印发《济南市河道巡查管理办法》的通知');
    assert.equal(m.recipients?.text, '各区县人民政府：');
  });

  it('an open title ends at a line that is not short and plain', () => {
    const m = doc('关于做好汛期河道巡查', '为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(roles(m), [['关于做好汛期河道巡查', 'title'], ['为做好今年汛期河道巡查工作，现将有关事项通知如下。', 'body']]);
  });

  it('an open title ends at a date line (a web copy\'s publication date)', () => {
    const m = doc('关于做好汛期河道巡查', '2024年5月8日', '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'other', 'body']);
    assert.equal(m.date, null);
  });

  it('an open title ends at the 主送 line', () => {
    const m = doc('关于做好汛期河道巡查', '各区县水务局：', '　　现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'recipients', 'body']);
  });

  it('a title spread over three lines', () => {
    const m = doc('济南市城乡水务局', '关于做好二〇二四年', '汛期河道巡查', '工作的通知', '各区县水务局：', '　　现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['issuerMark', 'title', 'title', 'title', 'recipients', 'body']);
    assert.equal(m.titleText, '关于做好二〇二四年汛期河道巡查工作的通知');
  });

  it('a short plain line among the first three is a title even without a genre word', () => {
    const m = doc('汛期河道巡查', '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(texts(m.title), ['汛期河道巡查']);
  });

  it('from the fourth line on, a title needs 关于, a genre word or 印发', () => {
    const m = doc('000123', '特急', '济南市城乡水务局文件', '汛期河道巡查', '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(m.title, []);
    assert.deepEqual(roles(m).map((r) => r[1]), ['other', 'other', 'issuerMark', 'body', 'body']);
  });

  it('a line of 31 characters is too long to be a title without a title word', () => {
    const m = doc('汛期河道巡查汛期河道巡查汛期河道巡查汛期河道巡查汛期河道巡查汛', '　　现将有关事项通知如下。');
    assert.deepEqual(m.title, []);
    const m30 = doc('汛期河道巡查汛期河道巡查汛期河道巡查汛期河道巡查汛期河道巡查', '　　现将有关事项通知如下。');
    assert.equal(m30.title.length, 1);
  });

  it('a line ending in a colon is no title (a label, 主送 or sentence)', () => {
    const m = doc('关于汛期河道巡查工作的有关事项如下：', '　　一、巡查范围。');
    assert.deepEqual(m.title, []);
    assert.deepEqual(roles(m).map((r) => r[1]), ['body', 'body']);
  });

  it('a heading is no title, even one with 关于', () => {
    const m = doc('一、关于巡查范围的说明', '　　全市主要河道及支流。');
    assert.deepEqual(m.title, []);
  });

  it('web metadata, a bracketed 题注 and 签发人 under the title are neither title nor body', () => {
    const m = doc(
      '济南市河道巡查管理办法',
      '（2024年5月8日市政府第12次常务会议通过）',
      '发布时间：2024-05-10',
      '来源：济南市城乡水务局',
      '签发人：王明',
      '　　第一条　为规范河道巡查工作，制定本办法。',
    );
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'other', 'other', 'body']);
    // The page's stamp is chrome, kept out of the paragraphs.
    assert.deepEqual(m.chrome.map((p) => [p.text, p.role, p.line]), [['发布时间：2024-05-10', 'chrome', 2], ['来源：济南市城乡水务局', 'chrome', 3]]);
  });

  it('a metadata line the structure meets in the head (签发人：, 成文日期： alone) is other', () => {
    const m = doc('济南市河道巡查管理办法', '成文日期：2024年5月8日', '　　第一条　为规范河道巡查工作，制定本办法。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'other', 'body']);
    assert.equal(m.date, null);
  });

  it('a page title in 《》 above the 发文字号 is no title: the 印发 notice under it prints the document', () => {
    const m = doc(
      '《济南市河道巡查管理办法》',
      '济水发〔2024〕12号',
      '关于印发《济南市河道巡查管理办法》的通知',
      '各区县水务局：',
      '　　现将《济南市河道巡查管理办法》印发给你们，请认真贯彻执行。',
      '济南市城乡水务局',
      '2024年5月8日',
      '济南市河道巡查管理办法',
      '　　第一条　为规范河道巡查工作，制定本办法。',
    );
    assert.deepEqual(roles(m).map((r) => r[1]), ['other', 'docNumber', 'title', 'recipients', 'body', 'signature', 'date', 'subtitle', 'body']);
    assert.equal(m.printed.length, 1);
    assert.deepEqual(m.attachments, []);
  });

  it('a title in 《》 with no other title or 发文字号 under it is the title', () => {
    const m = doc('《济南市城乡水务局关于增拨防汛经费的请示》', '市财政局：', '　　现将有关情况报告如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'recipients', 'body']);
  });

  it('份号, 密级 and 紧急程度 only above the title', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '特急', '　　现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'body', 'body']);
  });

  it('the head is read in the first 14 paragraphs only', () => {
    const meta = Array.from({ length: 14 }, (_, i) => `来源：济南市城乡水务局第${'一二三四五六七八九十'[i % 10]}处`);
    const m = doc(...meta, '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。');
    assert.deepEqual(m.title, []);
    assert.equal(m.paragraphs[14]!.role, 'body');
    const m13 = doc(...meta.slice(1), '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。');
    assert.deepEqual(texts(m13.title), ['关于做好汛期河道巡查工作的通知']);
  });

  it('an organisation\'s name above the title is its issuer mark, several lines of them too', () => {
    const m = doc('中共济南市委办公厅', '济南市人民政府办公厅', '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。');
    assert.deepEqual(texts(m.issuerMark), ['中共济南市委办公厅', '济南市人民政府办公厅']);
  });
});

describe('structure: where the main document ends', () => {
  it('a date with no 署名 above it ends the text: it is the 成文日期', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日');
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(m.signature, []);
  });

  it('a date followed by 附注 lines and nothing else', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日', '（此件公开发布）', '（联系人：王明）');
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(texts(m.notes), ['（此件公开发布）', '（联系人：王明）']);
  });

  it('a date line inside the body, with text after it, is body', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　巡查开始日期：', '2024年5月8日', '　　请各单位按时开展巡查工作。', '济南市城乡水务局', '2024年5月9日');
    assert.equal(m.date?.text, '2024年5月9日');
    assert.deepEqual(texts(m.body), ['巡查开始日期：', '2024年5月8日', '请各单位按时开展巡查工作。']);
  });

  it('a date before an attachment label or a 版记 line is the 成文日期', () => {
    const a = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日', '附件', '巡查记录表', '　　巡查日期、河段、发现问题、处置情况。');
    assert.equal(a.date?.text, '2024年5月8日');
    const b = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日', '（此件公开发布）', '抄送：市防汛抗旱指挥部办公室。');
    assert.equal(b.date?.text, '2024年5月8日');
    assert.deepEqual(texts(b.notes), ['（此件公开发布）']);
    assert.deepEqual(texts(b.copyTo), ['抄送：市防汛抗旱指挥部办公室。']);
  });

  it('without a date, an attachment label ends the main document', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '附件1', '巡查记录表', '　　巡查日期、河段、发现问题、处置情况。');
    assert.equal(m.date, null);
    assert.deepEqual(texts(m.body), ['现将有关事项通知如下。']);
    assert.equal(m.attachments.length, 1);
  });

  it('without a date, a 版记 line ends the main document', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '抄送：市防汛抗旱指挥部办公室。');
    assert.deepEqual(texts(m.body), ['现将有关事项通知如下。']);
    assert.deepEqual(texts(m.signature), ['济南市城乡水务局']);
    assert.deepEqual(texts(m.copyTo), ['抄送：市防汛抗旱指挥部办公室。']);
  });

  it('主题词 and the 印发 line are 版记', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日', '主题词：水利　河道　通知', '济南市城乡水务局办公室2024年5月8日印发');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'body', 'date', 'keywords', 'printedBy']);
    assert.deepEqual(texts(m.printedBy), ['济南市城乡水务局办公室2024年5月8日印发']);
  });
});

describe('structure: 署名', () => {
  it('up to four lines of names above the date', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知',
      '　　现将有关事项通知如下。',
      '济南市城乡水务局',
      '济南市财政局',
      '济南市应急管理局',
      '济南市自然资源和规划局',
      '济南市生态环境局',
      '2024年5月8日',
    );
    assert.deepEqual(texts(m.signature), ['济南市财政局', '济南市应急管理局', '济南市自然资源和规划局', '济南市生态环境局']);
    assert.deepEqual(texts(m.body), ['现将有关事项通知如下。', '济南市城乡水务局']);
  });

  it('the first paragraph of the body is never a 署名', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '济南市城乡水务局', '2024年5月8日');
    assert.deepEqual(texts(m.body), ['济南市城乡水务局']);
    assert.deepEqual(m.signature, []);
    assert.equal(m.date?.text, '2024年5月8日');
  });

  it('without a date, a name after a finished sentence is the 署名', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局');
    assert.deepEqual(texts(m.signature), ['济南市城乡水务局']);
    assert.deepEqual(texts(m.body), ['现将有关事项通知如下。']);
  });

  it('without a date, 特此通知 before the name also ends the text', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下', '　　特此通知', '济南市城乡水务局');
    assert.deepEqual(texts(m.signature), ['济南市城乡水务局']);
  });

  it('without a date, a name after an unfinished line is body (a list of units)', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　参加巡查的单位有', '济南市城乡水务局');
    assert.deepEqual(m.signature, []);
    assert.deepEqual(texts(m.body), ['参加巡查的单位有', '济南市城乡水务局']);
  });

  it('without a date, two names at the end are both 署名', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下', '济南市城乡水务局', '济南市财政局');
    assert.deepEqual(texts(m.signature), ['济南市城乡水务局', '济南市财政局']);
  });

  it('with a date, names above it are 署名 whatever the line before them', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下', '济南市城乡水务局', '2024年5月8日');
    assert.deepEqual(texts(m.signature), ['济南市城乡水务局']);
  });
});

describe('structure: 附件说明', () => {
  it('starts at the 附件： line after the body\'s first paragraph and runs to the 署名', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '附件：1.巡查记录表', '2.问题清单', '济南市城乡水务局', '2024年5月8日');
    assert.deepEqual(texts(m.attachmentNote), ['附件：1.巡查记录表', '2.问题清单']);
    assert.deepEqual(texts(m.body), ['现将有关事项通知如下。']);
  });

  it('a 附件： line as the first body paragraph is body', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '附件：巡查记录表', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日');
    assert.deepEqual(m.attachmentNote, []);
    assert.deepEqual(texts(m.body), ['附件：巡查记录表', '现将有关事项通知如下。']);
  });

  it('the first 附件： line starts it', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '附件：1.巡查记录表', '附件：2.问题清单', '济南市城乡水务局', '2024年5月8日');
    assert.deepEqual(texts(m.attachmentNote), ['附件：1.巡查记录表', '附件：2.问题清单']);
  });
});

describe('structure: attachment sections', () => {
  it('附件二 and 附件 3： labels: numbers in Chinese or with a colon', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件二', '巡查记录表', '　　巡查日期、河段、发现问题、处置情况。',
      '附件3：', '问题清单', '　　问题描述、责任单位、整改时限。',
      '附件', '整改台账', '　　整改事项、整改措施、完成情况。',
    );
    assert.deepEqual(m.attachments.map((a) => [a.header?.text, a.number, texts(a.title), a.section]), [
      ['附件二', 2, ['巡查记录表'], 1],
      ['附件3：', 3, ['问题清单'], 2],
      ['附件', null, ['整改台账'], 3],
    ]);
  });

  it('a title of two lines under the label ends at its genre word', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1', '济南市河道巡查', '责任分工方案', '　　各区县水务局负责本辖区巡查。',
    );
    assert.deepEqual(texts(m.attachments[0]!.title), ['济南市河道巡查', '责任分工方案']);
    assert.deepEqual(m.paragraphs.slice(4, 6).map((p) => [p.role, p.section]), [['subtitle', 1], ['subtitle', 1]]);
    assert.deepEqual(texts(m.attachments[0]!.paragraphs), ['各区县水务局负责本辖区巡查。']);
  });

  it('short lines under the label without a genre word: only the first is the title', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1', '河道巡查人员', '王明 李华', '　　以上人员负责本辖区巡查。',
    );
    assert.deepEqual(texts(m.attachments[0]!.title), ['河道巡查人员']);
    assert.deepEqual(texts(m.attachments[0]!.paragraphs), ['王明李华', '以上人员负责本辖区巡查。']);
    assert.equal(m.paragraphs[5]!.role, 'attachment');
  });

  it('a title is at most three lines', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1', '济南市', '河道巡查', '责任分工', '方案', '　　各区县水务局负责本辖区巡查。',
    );
    assert.deepEqual(texts(m.attachments[0]!.title), ['济南市']);
  });

  it('a label with no title under it: the text follows directly', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件', '　　巡查日期、河段、发现问题、处置情况，由巡查人员逐项填写。',
    );
    assert.deepEqual(m.attachments.map((a) => [a.title.length, texts(a.paragraphs)]), [[0, ['巡查日期、河段、发现问题、处置情况，由巡查人员逐项填写。']]]);
  });

  it('text after the main document without a label, with a title and 50 Han characters, is an attachment', () => {
    const body = '各区县水务局是本辖区河道巡查的责任主体负责组织巡查人员按照规定频次开展巡查及时发现和处置问题确保河道安全度汛';
    assert.equal(body.length, 54);
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '河道巡查责任分工方案', `　　${body}`);
    assert.deepEqual(m.attachments.map((a) => [a.header, texts(a.title), texts(a.paragraphs), a.section]), [[null, ['河道巡查责任分工方案'], [body], 1]]);
    assert.equal(m.attachmentCount, 1);
  });

  it('an unlabelled leftover under 50 Han characters is not counted anywhere (a web page footer)', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '河道巡查责任分工方案', '　　各区县水务局是本辖区河道巡查的责任主体。');
    assert.deepEqual(m.attachments, []);
    assert.deepEqual(roles(m).slice(4), [['河道巡查责任分工方案', 'other'], ['各区县水务局是本辖区河道巡查的责任主体。', 'other']]);
  });

  it('an unlabelled leftover without a title is not an attachment, however long', () => {
    const long = '本页面内容由市城乡水务局信息中心负责维护更新如对页面内容有疑问请与管理人员联系我们将在三个工作日内答复处理结果';
    assert.ok(long.length >= 50);
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', `　　${long}。`);
    assert.deepEqual(m.attachments, []);
    assert.equal(m.paragraphs[4]!.role, 'other');
  });

  it('50 Han characters exactly is enough; 49 is not', () => {
    // 50 Han characters, no punctuation (countText in han mode counts them all).
    const fifty = '各区县水务局是本辖区河道巡查的责任主体负责组织巡查人员按照规定频次开展巡查及时发现和处置问题确保河道安全度汛'.slice(0, 50);
    assert.equal(fifty.length, 50);
    const at = (t: string): number => doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '河道巡查责任分工方案', `　　${t}`).attachments.length;
    assert.equal(at(fifty), 1);
    assert.equal(at(fifty.slice(1)), 0);
  });

  it('the 版记 between and after attachment sections is no attachment text', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1', '巡查记录表', '　　巡查日期、河段、发现问题、处置情况。',
      '抄送：市防汛抗旱指挥部办公室。',
      '主题词：水利　通知',
    );
    assert.deepEqual(texts(m.attachments[0]!.paragraphs), ['巡查日期、河段、发现问题、处置情况。']);
    assert.deepEqual(roles(m).slice(6).map((r) => r[1]), ['copyTo', 'keywords']);
  });
});

describe('structure: 印发 and 转发 notices', () => {
  it('the printed document under an 附件 label is body, and its 附件说明 item is no attachment', () => {
    const m = doc(
      '济南市人民政府办公厅',
      '关于印发《济南市河道巡查管理办法》的通知',
      '各区县人民政府，市政府各部门：',
      '　　《济南市河道巡查管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '附件：济南市河道巡查管理办法',
      '济南市人民政府办公厅',
      '2024年5月8日',
      '（此件公开发布）',
      '附件',
      '济南市河道巡查管理办法',
      '　　第一条　为规范河道巡查工作，制定本办法。',
      '　　第二条　本办法自2024年6月1日起施行。',
    );
    assert.deepEqual(m.printedNames, ['济南市河道巡查管理办法']);
    assert.deepEqual(m.printed.map((d) => ({ header: d.header?.text, number: d.number, title: texts(d.title), paragraphs: texts(d.paragraphs), section: d.section })), [
      { header: '附件', number: null, title: ['济南市河道巡查管理办法'], paragraphs: ['第一条为规范河道巡查工作，制定本办法。', '第二条本办法自2024年6月1日起施行。'], section: 1 },
    ]);
    assert.deepEqual(m.attachments, []);
    assert.deepEqual(texts(m.body), [
      '《济南市河道巡查管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '第一条为规范河道巡查工作，制定本办法。',
      '第二条本办法自2024年6月1日起施行。',
    ]);
    assert.deepEqual(m.attachmentNoteItems.map((it) => [it.name, it.printed]), [['济南市河道巡查管理办法', true]]);
    assert.equal(m.attachmentCount, 0);
  });

  it('a 转发 notice: the forwarded document\'s 主送, 署名, date and 附注 are not body', () => {
    const m = doc(
      '济南市人民政府办公厅',
      '关于转发《市水务局关于加强河道巡查工作的意见》的通知',
      '各区县人民政府，市政府各部门：',
      '　　市水务局《关于加强河道巡查工作的意见》已经市政府同意，现转发给你们，请认真贯彻执行。',
      '济南市人民政府办公厅',
      '2024年5月8日',
      '市水务局关于加强河道巡查工作的意见',
      '各区县水务局：',
      '　　为加强河道巡查工作，提出如下意见。',
      '　　一、明确巡查责任。',
      '济南市城乡水务局',
      '2024年4月20日',
      '（此件依申请公开）',
    );
    assert.deepEqual(roles(m).slice(4), [
      ['济南市人民政府办公厅', 'signature'],
      ['2024年5月8日', 'date'],
      ['市水务局关于加强河道巡查工作的意见', 'subtitle'],
      ['各区县水务局：', 'recipients'],
      ['为加强河道巡查工作，提出如下意见。', 'body'],
      ['一、明确巡查责任。', 'body'],
      ['济南市城乡水务局', 'signature'],
      ['2024年4月20日', 'date'],
      ['（此件依申请公开）', 'note'],
    ]);
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(texts(m.otherDates), ['2024年4月20日']);
    assert.deepEqual(texts(m.signature), ['济南市人民政府办公厅']);
    assert.deepEqual(m.printed.map((d) => [d.header, texts(d.title), texts(d.paragraphs), d.section]), [
      [null, ['市水务局关于加强河道巡查工作的意见'], ['为加强河道巡查工作，提出如下意见。', '一、明确巡查责任。'], 1],
    ]);
    assert.deepEqual(texts(m.body).slice(1), ['为加强河道巡查工作，提出如下意见。', '一、明确巡查责任。']);
    assert.equal(m.paragraphs[8]!.level, 0);
    assert.equal(m.paragraphs[9]!.level, 1);
  });

  it('the date of a 印发 notice is followed by the printed title', () => {
    // No 署名 above the date and text after it: the printed title right below makes it the 成文日期.
    const m = doc(
      '关于印发《河道巡查工作细则》的通知',
      '　　现将《河道巡查工作细则》印发给你们，请遵照执行。',
      '2024年5月8日',
      '河道巡查工作细则',
      '　　一、巡查人员应当熟悉所负责河段的基本情况。',
    );
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(texts(m.printed[0]!.paragraphs), ['一、巡查人员应当熟悉所负责河段的基本情况。']);
  });

  it('the same layout in an ordinary notice leaves the date in the body', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知',
      '　　巡查开始日期为',
      '2024年5月8日',
      '河道巡查工作细则',
      '　　一、巡查人员应当熟悉所负责河段的基本情况。',
    );
    assert.equal(m.date, null);
    assert.equal(m.body.length, 4);
  });

  it('two printed documents without labels: the second starts at its title', () => {
    const m = doc(
      '关于印发《河道巡查工作细则》《河道保洁工作细则》的通知',
      '　　现将两个细则印发给你们，请遵照执行。',
      '济南市城乡水务局',
      '2024年5月8日',
      '河道巡查工作细则',
      '　　一、巡查人员应当熟悉所负责河段的基本情况。',
      '河道保洁工作细则',
      '　　一、保洁人员应当按时清理河道垃圾。',
    );
    assert.deepEqual(m.printedNames, ['河道巡查工作细则', '河道保洁工作细则']);
    assert.deepEqual(m.printed.map((d) => [texts(d.title), texts(d.paragraphs), d.section]), [
      [['河道巡查工作细则'], ['一、巡查人员应当熟悉所负责河段的基本情况。'], 1],
      [['河道保洁工作细则'], ['一、保洁人员应当按时清理河道垃圾。'], 2],
    ]);
  });

  it('an 印发 title without 《》 names the document between 印发 and 的通知', () => {
    const m = doc('关于印发济南市河道巡查管理办法的通知', '　　现将办法印发给你们。', '2024年5月8日');
    assert.deepEqual(m.printedNames, ['济南市河道巡查管理办法']);
  });

  it('a notice that prints nothing has no printed names, even with 《》 in the title', () => {
    const m = doc('关于贯彻落实《济南市河道巡查管理办法》的通知', '　　现将有关事项通知如下。', '2024年5月8日');
    assert.deepEqual(m.printedNames, []);
  });

  it('an attachment label over another document of a 印发 notice stays an attachment', () => {
    const m = doc(
      '关于印发《河道巡查工作细则》的通知',
      '　　现将《河道巡查工作细则》印发给你们，请遵照执行。',
      '附件：1.河道巡查工作细则',
      '2.巡查记录表',
      '济南市城乡水务局',
      '2024年5月8日',
      '附件1',
      '河道巡查工作细则',
      '　　一、巡查人员应当熟悉所负责河段的基本情况。',
      '附件2',
      '巡查记录表',
      '　　巡查日期、河段、发现问题、处置情况。',
    );
    assert.deepEqual(m.printed.map((d) => [d.header?.text, d.number, d.section]), [['附件1', 1, 1]]);
    assert.deepEqual(m.attachments.map((a) => [a.header?.text, a.number, a.section]), [['附件2', 2, 2]]);
    assert.deepEqual(m.attachmentNoteItems.map((it) => it.printed), [true, false]);
    assert.equal(m.attachmentCount, 1);
  });
});

describe('structure: a 成文日期 without 署名 before an inline attachment label', () => {
  it('附件1：标题 right under a bare date ends the main document', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1：巡查记录表', '　　巡查日期、河段、发现问题、处置情况。',
      '附件2：请各单位于5月20日前报送。',
    );
    assert.equal(m.date?.text, '2024年5月8日');
    assert.deepEqual(texts(m.body), ['现将有关事项通知如下。']);
    // 附件2： followed by a sentence is no label: it stays in the first attachment.
    assert.deepEqual(m.attachments.map((a) => [a.header?.text, a.number, texts(a.paragraphs)]), [
      ['附件1：巡查记录表', 1, ['巡查日期、河段、发现问题、处置情况。', '附件2：请各单位于5月20日前报送。']],
    ]);
  });

  it('a sentence starting 附件1： under a date in the body does not end it', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　巡查开始日期为', '2024年5月8日', '附件1：请各单位于5月20日前报送。', '　　请按时报送。');
    assert.equal(m.date, null);
    assert.equal(m.body.length, 4);
  });
});

describe('structure: more of the head', () => {
  it('a web copy\'s title said twice, and its 发文字号 in brackets under it', () => {
    const m = doc('河道巡查工作事项', '河道巡查工作事项', '（济水发〔2024〕12号）', '各区县水务局：', '　　现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'other', 'docNumber', 'recipients', 'body']);
    assert.equal(m.titleText, '河道巡查工作事项');
    assert.equal(m.docNumber?.text, '（济水发〔2024〕12号）');
  });

  it('a bracketed sentence with a 发文字号 in it is no 发文字号 line', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '（根据济水发〔2024〕12号文件精神制定）', '　　现将有关事项通知如下。');
    assert.equal(m.docNumber, null);
  });

  it('a title line of 60 characters goes on an open title; one of 61 does not', () => {
    const line60 = '汛期河道巡查'.repeat(10);
    const m60 = doc('关于做好汛期河道巡查', line60, '　　现将有关事项通知如下。');
    assert.deepEqual(m60.title.map((p) => p.text.length), [10, 60]);
    const m61 = doc('关于做好汛期河道巡查', `${line60}汛`, '　　现将有关事项通知如下。');
    assert.deepEqual(m61.title.map((p) => p.text.length), [10]);
    assert.equal(m61.paragraphs[1]!.role, 'body');
  });

  it('a long title (over 60 characters) under the 发文字号', () => {
    const title = `关于做好${'汛期河道巡查'.repeat(10)}工作的通知`;
    const m = doc('济水发〔2024〕12号', title, '各区县水务局：', '　　现将有关事项通知如下。');
    assert.equal(m.titleText, title);
    assert.equal(m.recipients?.text, '各区县水务局：');
  });

  it('an organisation\'s name under the 发文字号 is no title', () => {
    const m = doc('济水发〔2024〕12号', '济南市城乡水务局', '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。');
    assert.deepEqual(roles(m).map((r) => r[1]), ['docNumber', 'issuerMark', 'title', 'body']);
  });

  it('a complete title is not continued by a short line below it', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '汛期河道巡查', '　　现将有关事项通知如下。');
    assert.deepEqual(texts(m.title), ['关于做好汛期河道巡查工作的通知']);
    assert.deepEqual(texts(m.body), ['汛期河道巡查', '现将有关事项通知如下。']);
  });

  it('a colon inside a title does not stop it being one', () => {
    const m = doc('济南市城乡水务局', '汛期河道巡查：实施方案', '　　现将有关事项通知如下。');
    assert.deepEqual(texts(m.title), ['汛期河道巡查：实施方案']);
  });

  it('the third line may still be a title without a title word', () => {
    const m = doc('000123', '特急', '汛期河道巡查', '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。');
    assert.deepEqual(texts(m.title), ['汛期河道巡查']);
  });

  it('a bracketed line of 61 characters or a metadata line of 81 is no head line', () => {
    const note = `（${'汛'.repeat(59)}）`;
    assert.equal(doc('济南市河道巡查管理办法', note, '　　现将有关事项通知如下。').paragraphs[1]!.role, 'body');
    assert.equal(doc('济南市河道巡查管理办法', `（${'汛'.repeat(58)}）`, '　　现将有关事项通知如下。').paragraphs[1]!.role, 'other');
    const meta = `来源：${'济南市城乡水务局'.repeat(9)}办公室`;
    assert.equal(meta.length, 78);
    assert.equal(doc('济南市河道巡查管理办法', meta, '　　现将有关事项通知如下。').paragraphs[1]!.role, 'other');
    assert.equal(doc('济南市河道巡查管理办法', `${meta}信息科`, '　　现将有关事项通知如下。').paragraphs[1]!.role, 'body');
    assert.equal(doc('济南市河道巡查管理办法', `${meta}信息`, '　　现将有关事项通知如下。').paragraphs[1]!.role, 'other');
  });
});

describe('structure: more of the 版记 and what follows the main document', () => {
  it('without a date, 主题词 or a 印发 line ends the main document', () => {
    const a = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '主题词：水利　通知');
    assert.deepEqual(roles(a).map((r) => r[1]), ['title', 'body', 'keywords']);
    const b = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局办公室2024年5月8日印发');
    assert.deepEqual(roles(b).map((r) => r[1]), ['title', 'body', 'printedBy']);
  });

  it('印发机关 and 印发日期 on two lines: only the dated line is the 印发 line', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '济南市城乡水务局办公室', '2024年5月8日印发');
    assert.deepEqual(roles(m).slice(4), [['济南市城乡水务局办公室', 'other'], ['2024年5月8日印发', 'printedBy']]);
  });

  it('attachment labels with two-digit and compound Chinese numbers', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件12', '巡查记录表', '　　巡查日期、河段、发现问题、处置情况。',
      '附件十一', '问题清单', '　　问题描述、责任单位、整改时限。',
    );
    assert.deepEqual(m.attachments.map((a) => a.number), [12, 11]);
  });

  it('an inline label\'s title is on its line: a short line below it is text', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1：巡查记录表', '填表说明', '　　巡查日期、河段、发现问题、处置情况。',
    );
    assert.deepEqual(roles(m).slice(3).map((r) => r[1]), ['attachmentHeader', 'attachment', 'attachment']);
  });

  it('the title under a label ends at its genre word: a 填表说明 line after it is text', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日',
      '附件1', '巡查记录表', '填表说明', '　　巡查日期、河段、发现问题、处置情况。',
    );
    assert.deepEqual(texts(m.attachments[0]!.title), ['巡查记录表']);
    assert.deepEqual(texts(m.attachments[0]!.paragraphs), ['填表说明', '巡查日期、河段、发现问题、处置情况。']);
  });

  it('a label at the very end, with a short line under it', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '2024年5月8日', '附件1', '巡查记录');
    assert.deepEqual(m.attachments.map((a) => [a.number, texts(a.title), a.paragraphs.length]), [[1, ['巡查记录'], 0]]);
  });

  it('short lines of a web page footer after the main document are not counted', () => {
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '网站导航', '意见征集');
    assert.deepEqual(roles(m).slice(4), [['网站导航', 'other'], ['意见征集', 'other']]);
  });

  it('a site footer after the main document is chrome: no attachment, not in the paragraphs', () => {
    const m = doc(
      '关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日',
      '网站地图', '联系我们', '主办单位：济南市城乡水务局', '版权所有：济南市城乡水务局　鲁ICP备12345678号',
    );
    assert.deepEqual(roles(m).map((r) => r[1]), ['title', 'body', 'signature', 'date']);
    assert.deepEqual(m.chrome.map((p) => p.line), [4, 5, 6, 7]);
    assert.deepEqual(m.attachments, []);
  });

  it('unlabelled text needs a title ending in a genre word to count as an attachment', () => {
    const long = '　　各区县水务局是本辖区河道巡查的责任主体，负责组织巡查人员按照规定频次开展巡查，及时发现和处置问题，确保河道安全度汛。';
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '有关情况', long);
    assert.deepEqual(m.attachments, []);
    assert.deepEqual(roles(m).slice(4).map((r) => r[1]), ['other', 'other']);
  });

  it('a 发布 title that names no document has no printed names', () => {
    const m = doc('关于发布2024年汛期河道巡查结果的公告', '　　现将巡查结果公告如下。', '济南市城乡水务局', '2024年5月8日');
    assert.deepEqual(m.printedNames, []);
    assert.deepEqual(texts(m.body), ['现将巡查结果公告如下。']);
  });

  it('a printed document signs with at most three names above its date', () => {
    const m = doc(
      '关于转发《河道巡查工作意见》的通知',
      '　　现将《河道巡查工作意见》转发给你们，请认真贯彻执行。',
      '济南市人民政府办公厅',
      '2024年5月8日',
      '河道巡查工作意见',
      '　　一、明确巡查责任。',
      '济南市城乡水务局',
      '济南市财政局',
      '济南市应急管理局',
      '济南市生态环境局',
      '2024年4月20日',
    );
    assert.deepEqual(roles(m).slice(5), [
      ['一、明确巡查责任。', 'body'],
      ['济南市城乡水务局', 'body'],
      ['济南市财政局', 'signature'],
      ['济南市应急管理局', 'signature'],
      ['济南市生态环境局', 'signature'],
      ['2024年4月20日', 'date'],
    ]);
    assert.deepEqual(texts(m.printed[0]!.paragraphs), ['一、明确巡查责任。', '济南市城乡水务局']);
  });
});

describe('sameName', () => {
  it('two names of one document: equal, or one ends with the other, without 《》, quotes and spaces', () => {
    assert.equal(sameName('《济南市河道巡查管理办法》', '济南市河道巡查管理办法'), true);
    assert.equal(sameName('河道巡查管理办法', '济南市河道巡查管理办法'), true);
    assert.equal(sameName('济南市河道巡查管理办法', '“河道巡查 管理办法”'), true);
    assert.equal(sameName('济南市河道巡查管理办法', '济南市河道'), false);
    assert.equal(sameName('济南市河道', '济南市河道巡查管理办法'), false);
    assert.equal(sameName('河道保洁管理办法', '河道巡查管理办法'), false);
  });

  it('an empty name names nothing', () => {
    assert.equal(sameName('', '河道巡查管理办法'), false);
    assert.equal(sameName('河道巡查管理办法', '《》'), false);
    assert.equal(sameName('', ''), false);
  });
});

describe('structure: cases found by mutation testing', () => {
  it('a title completed on its second line is not continued by a short plain line below it', () => {
    // 的通知 closes the title on its second line; the line after it is the body's first, even
    // with no punctuation (a drafter's missing 。).
    const m = doc('济南市城乡水务局关于做好', '汛期河道巡查工作的通知', '现将有关事项通知如下', '　　各区县水务局要加强河道巡查。');
    assert.deepEqual(texts(m.title), ['济南市城乡水务局关于做好', '汛期河道巡查工作的通知']);
    assert.equal(m.paragraphs[2]!.role, 'body');
  });

  it('an open title closed by a date line stays closed: a short line after the date is body', () => {
    // 关于做好 leaves the title open; the web copy's date line stops it, and what follows is text.
    const m = doc('济南市城乡水务局关于做好', '2024年5月8日', '汛期河道巡查工作安排如下', '　　各区县水务局要加强河道巡查。');
    assert.deepEqual(texts(m.title), ['济南市城乡水务局关于做好']);
    assert.equal(m.paragraphs[1]!.role, 'other');
    assert.equal(m.paragraphs[2]!.role, 'body');
  });

  // Without a date, a name ends the text only after a finished sentence; a line that merely
  // contains 特此通知, 此复 (据此复核) or 专此批复 in its middle does not finish one.
  for (const line of ['请各区县水务局据此复核', '特此通知的事项请各单位落实', '专此批复的事项请各单位落实']) {
    it(`a name after "${line}" (no date) is body, not 署名`, () => {
      const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', `　　${line}`, '济南市城乡水务局');
      assert.deepEqual(m.signature, []);
      assert.equal(m.paragraphs[3]!.role, 'body');
    });
  }

  it('an unlabelled title spread over two lines after the date starts an attachment', () => {
    const body = '各区县水务局是本辖区河道巡查的责任主体负责组织巡查人员按照规定频次开展巡查及时发现和处置问题确保河道安全度汛';
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '济南市城乡水务局河道巡查', '责任分工方案', `　　${body}`);
    assert.deepEqual(m.attachments.map((a) => [texts(a.title), texts(a.paragraphs)]), [[['济南市城乡水务局河道巡查', '责任分工方案'], [body]]]);
  });

  it('four short lines ending in a genre word are no title (three at most): the text is no attachment', () => {
    const body = '各区县水务局是本辖区河道巡查的责任主体负责组织巡查人员按照规定频次开展巡查及时发现和处置问题确保河道安全度汛';
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '城区河道', '汛期巡查', '责任分工', '实施方案', `　　${body}`);
    assert.deepEqual(m.attachments, []);
    assert.deepEqual(m.paragraphs.slice(4).map((p) => p.role), ['other', 'other', 'other', 'other', 'other']);
  });

  it('the 50-character floor counts Han characters only, not punctuation or figures', () => {
    // 48 Han characters, 5 marks and the figure 2024: 54 in the word count, but 48 Han, under 50.
    const text = '各区县水务局是本辖区河道巡查的责任主体，负责组织巡查人员按照规定频次开展巡查，及时发现、处置问题，共计2024处。';
    const m = doc('关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。', '济南市城乡水务局', '2024年5月8日', '河道巡查责任分工方案', `　　${text}`);
    assert.deepEqual(m.attachments, []);
  });

  it('a printed document with only its title under the label (the text left out)', () => {
    const m = doc(
      '济南市人民政府办公厅',
      '关于印发《济南市河道巡查管理办法》的通知',
      '各区县人民政府，市政府各部门：',
      '　　现将《济南市河道巡查管理办法》印发给你们，请认真贯彻执行。',
      '济南市人民政府办公厅',
      '2024年5月8日',
      '附件',
      '济南市河道巡查管理办法',
    );
    assert.deepEqual(m.printed.map((d) => [texts(d.title), texts(d.paragraphs)]), [[['济南市河道巡查管理办法'], []]]);
  });

  it('a printed document of only its 署名 and date has no body', () => {
    const m = doc(
      '济南市人民政府办公厅',
      '关于印发《济南市河道巡查管理办法》的通知',
      '各区县人民政府，市政府各部门：',
      '　　现将《济南市河道巡查管理办法》印发给你们，请认真贯彻执行。',
      '济南市人民政府办公厅',
      '2024年5月8日',
      '附件',
      '济南市河道巡查管理办法',
      '济南市城乡水务局',
      '2024年5月6日',
    );
    assert.deepEqual(m.printed.map((d) => texts(d.paragraphs)), [[]]);
    assert.deepEqual(roles(m).slice(8), [['济南市城乡水务局', 'signature'], ['2024年5月6日', 'date']]);
    assert.deepEqual(texts(m.otherDates), ['2024年5月6日']);
  });
});
