// buildModel: the number of attachments (§2: the larger of the 附件说明 list and the sections
// present, less the items that name a printed document), Markdown, comments.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';

const doc = (...lines: string[]) => buildModel(lines.join('\n'));
const HEAD = ['关于做好汛期河道巡查工作的通知', '　　现将有关事项通知如下。'];
const SIGN = ['济南市城乡水务局', '2024年5月8日'];

describe('buildModel: attachmentCount', () => {
  it('more items listed than sections present: the list counts', () => {
    const m = doc(...HEAD, '附件：1.巡查记录表', '2.问题清单', '3.整改台账', ...SIGN, '附件1', '巡查记录表', '　　巡查日期、河段。');
    assert.equal(m.attachmentNoteItems.length, 3);
    assert.equal(m.attachments.length, 1);
    assert.equal(m.attachmentCount, 3);
  });

  it('more sections present than items listed: the sections count', () => {
    const m = doc(
      ...HEAD, '附件：巡查记录表', ...SIGN,
      '附件1', '巡查记录表', '　　巡查日期、河段。',
      '附件2', '问题清单', '　　问题、整改。',
    );
    assert.equal(m.attachmentNoteItems.length, 1);
    assert.equal(m.attachmentCount, 2);
  });

  it('no list, no sections: none', () => {
    assert.equal(doc(...HEAD, ...SIGN).attachmentCount, 0);
  });

  it('an item naming the printed document, with a full stop after it, is not counted', () => {
    // The title names 河道巡查制度; the printed document's own title is longer; the item names
    // that title with a 。 after it.
    const m = doc(
      '关于印发河道巡查制度的通知',
      '　　现将制度印发给你们，请遵照执行。',
      '附件：济南市城乡水务局河道巡查工作制度。',
      ...SIGN,
      '济南市城乡水务局河道巡查工作制度',
      '　　一、巡查人员应当熟悉所负责河段的基本情况。',
    );
    assert.deepEqual(m.printedNames, ['河道巡查制度']);
    assert.equal(m.printed.length, 1);
    assert.deepEqual(m.attachmentNoteItems.map((it) => [it.name, it.printed]), [['济南市城乡水务局河道巡查工作制度。', true]]);
    assert.equal(m.attachmentCount, 0);
  });

  it('an item naming the printed document by the name in the title is not counted', () => {
    const m = doc(
      '关于印发《河道巡查管理办法》的通知',
      '　　现将办法印发给你们，请遵照执行。',
      '附件：1.河道巡查管理办法；',
      '2.巡查记录表',
      ...SIGN,
    );
    assert.deepEqual(m.attachmentNoteItems.map((it) => it.printed), [true, false]);
    assert.equal(m.attachmentCount, 1);
  });

  it('a notice printing two documents: an item naming either is not counted', () => {
    const m = doc(
      '关于印发《河道巡查管理办法》《河道保洁管理办法》的通知',
      '　　现将两个办法印发给你们，请遵照执行。',
      '附件：1.河道巡查管理办法',
      '2.河道保洁管理办法',
      '3.巡查记录表',
      ...SIGN,
    );
    assert.deepEqual(m.attachmentNoteItems.map((it) => it.printed), [true, true, false]);
    assert.equal(m.attachmentCount, 1);
  });

  it('in an ordinary notice no item is a printed document', () => {
    const m = doc('关于贯彻落实河道巡查管理办法的通知', '　　现将有关事项通知如下。', '附件：河道巡查管理办法', ...SIGN);
    assert.deepEqual(m.printedNames, []);
    assert.deepEqual(m.attachmentNoteItems.map((it) => it.printed), [false]);
    assert.equal(m.attachmentCount, 1);
  });

  it('an item with another name than the printed document is counted', () => {
    const m = doc('关于印发《河道巡查管理办法》的通知', '　　现将办法印发给你们。', '附件：河道保洁管理办法', ...SIGN);
    assert.deepEqual(m.attachmentNoteItems.map((it) => it.printed), [false]);
    assert.equal(m.attachmentCount, 1);
  });
});

describe('buildModel: the text', () => {
  it('plain text by default: # is text', () => {
    const m = buildModel('# 关于做好汛期河道巡查工作的通知\n');
    assert.equal(m.paragraphs[0]!.text.startsWith('#'), true);
    assert.equal(buildModel('# 关于做好汛期河道巡查工作的通知\n', { markdown: true }).titleText, '关于做好汛期河道巡查工作的通知');
  });

  it('keeps the text, its lines and its comments', () => {
    const text = '<!-- gongwen kind=document -->\n关于做好汛期河道巡查工作的通知\n　　现将有关事项通知如下。\n';
    const m = buildModel(text);
    assert.equal(m.text, text);
    assert.equal(m.lines.lineOf(text.indexOf('现将')), 2);
    assert.deepEqual(m.comments.map((c) => [c.line, c.body]), [[0, 'gongwen kind=document']]);
    assert.equal(m.wrapped, false);
    assert.equal(m.titleText, '关于做好汛期河道巡查工作的通知');
  });
});
