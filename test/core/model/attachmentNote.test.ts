// 附件说明 (GB 7.3.4): "附件：1.XXX" and the items on the following lines, a single unnumbered
// "附件：XXX", and long names that wrap onto the next line.

import * as assert from 'node:assert/strict';
import { readAttachmentNote } from '../../../server/src/core/model/attachmentNote';
import { buildModel } from '../../../server/src/core/model/build';
import type { AttachmentNoteItem } from '../../../server/src/core/model/types';
import { Paragraph } from '../../../server/src/core/text/paragraph';

/** A notice whose 附件说明 is the given lines, between the body and the 署名. */
function notice(...note: string[]): ReturnType<typeof buildModel> {
  return buildModel([
    '关于报送河道巡查情况的通知',
    '各区县水务局：',
    '　　请于5月20日前报送巡查情况。',
    ...note,
    '济南市城乡水务局',
    '2024年5月8日',
  ].join('\n'));
}

/** The fields a rule reads, with the paragraphs as their text. */
function view(it: AttachmentNoteItem) {
  return { para: it.para.text, number: it.number, markStart: it.markStart, markEnd: it.markEnd, nameStart: it.nameStart, endPara: it.endPara.text, nameEnd: it.nameEnd, name: it.name, printed: it.printed };
}

function paras(...texts: string[]): Paragraph[] {
  return texts.map((t, i) => new Paragraph(i, t, null, null, 0, t.length, false, i));
}

describe('readAttachmentNote', () => {
  it('reads numbered items on the 附件 line and the lines below, with their offsets', () => {
    const m = notice('附件：1.巡查情况统计表', '2、问题清单');
    assert.deepEqual(m.attachmentNoteItems.map(view), [
      // 附件： is 3 characters, 1. is 2: the name starts at 5.
      { para: '附件：1.巡查情况统计表', number: 1, markStart: 3, markEnd: 5, nameStart: 5, endPara: '附件：1.巡查情况统计表', nameEnd: 12, name: '巡查情况统计表', printed: false },
      { para: '2、问题清单', number: 2, markStart: 0, markEnd: 2, nameStart: 2, endPara: '2、问题清单', nameEnd: 6, name: '问题清单', printed: false },
    ]);
    assert.equal(m.attachmentCount, 2);
  });

  it('reads full-width numbers and stops (１．) as numbers', () => {
    const m = notice('附件：１．巡查情况统计表', '２．问题清单');
    assert.deepEqual(m.attachmentNoteItems.map((it) => [it.number, it.name]), [[1, '巡查情况统计表'], [2, '问题清单']]);
  });

  it('a number directly followed by the name is a list mark (3整改台账)', () => {
    const m = notice('附件：1.巡查情况统计表', '2.问题清单', '3整改台账');
    const third = m.attachmentNoteItems[2]!;
    assert.deepEqual([third.number, third.markStart, third.markEnd, third.name], [3, 0, 1, '整改台账']);
  });

  it('a single unnumbered item: the name follows 附件：', () => {
    const m = notice('附件：汛期河道巡查工作方案');
    assert.deepEqual(m.attachmentNoteItems.map(view), [
      { para: '附件：汛期河道巡查工作方案', number: null, markStart: 3, markEnd: 3, nameStart: 3, endPara: '附件：汛期河道巡查工作方案', nameEnd: 13, name: '汛期河道巡查工作方案', printed: false },
    ]);
    assert.equal(m.attachmentCount, 1);
  });

  it('a name that begins with a year is no numbered item (2024年…)', () => {
    const m = notice('附件：2024年度河道巡查计划');
    assert.deepEqual(m.attachmentNoteItems.map((it) => [it.number, it.name]), [[null, '2024年度河道巡查计划']]);
  });

  it('a long name wraps onto the next line: one item ending on that line', () => {
    // The first name is 22 characters: it filled its line, so 实施方案 continues it.
    const m = notice('附件：1.济南市二〇二四年汛期河道巡查工作责任分工', '实施方案', '2.巡查记录表');
    assert.deepEqual(m.attachmentNoteItems.map(view), [
      { para: '附件：1.济南市二〇二四年汛期河道巡查工作责任分工', number: 1, markStart: 3, markEnd: 5, nameStart: 5, endPara: '实施方案', nameEnd: 4, name: '济南市二〇二四年汛期河道巡查工作责任分工实施方案', printed: false },
      { para: '2.巡查记录表', number: 2, markStart: 0, markEnd: 2, nameStart: 2, endPara: '2.巡查记录表', nameEnd: 7, name: '巡查记录表', printed: false },
    ]);
    assert.equal(m.attachmentCount, 2);
  });

  it('a short name did not wrap: an unnumbered line after it is an item of its own', () => {
    const m = notice('附件：1.巡查情况统计表', '问题清单');
    assert.deepEqual(m.attachmentNoteItems.map((it) => [it.number, it.name, it.para.text]), [
      [1, '巡查情况统计表', '附件：1.巡查情况统计表'],
      [null, '问题清单', '问题清单'],
    ]);
    assert.equal(m.attachmentCount, 2);
  });

  it('the line length that counts as full is 15 characters of name', () => {
    // 14 characters of name: not full, the next line is another item.
    const short = readAttachmentNote(paras('附件：1.一二三四五六七八九十一二三四', '汇总表'));
    assert.equal(short.length, 2);
    // 15 characters: full, the next line continues it.
    const full = readAttachmentNote(paras('附件：1.一二三四五六七八九十一二三四五', '汇总表'));
    assert.deepEqual(full.map((it) => it.name), ['一二三四五六七八九十一二三四五汇总表']);
  });

  it('a name wrapped over three lines goes on while each line is full', () => {
    // The second line has 16 characters: full from its own start (the 附件：1. mark is on the first).
    const items = readAttachmentNote(paras(
      '附件：1.济南市城乡水务局关于河道巡查工作的',
      '责任分工和巡查人员管理办法及汇编',
      '目录',
      '2.巡查记录表',
    ));
    assert.deepEqual(items.map((it) => [it.number, it.name, it.endPara.index, it.nameEnd]), [
      [1, '济南市城乡水务局关于河道巡查工作的责任分工和巡查人员管理办法及汇编目录', 2, 2],
      [2, '巡查记录表', 3, 7],
    ]);
  });

  it('a continuation line measured from its own start: a short second line ends the name', () => {
    const items = readAttachmentNote(paras('附件：1.济南市城乡水务局关于河道巡查工作的', '责任分工', '问题清单'));
    assert.deepEqual(items.map((it) => [it.number, it.name]), [
      [1, '济南市城乡水务局关于河道巡查工作的责任分工'],
      [null, '问题清单'],
    ]);
  });

  it('white space around the number is part of the mark', () => {
    const items = readAttachmentNote(paras('附件： 1 . 巡查表'));
    assert.deepEqual(items.map(view), [
      { para: '附件： 1 . 巡查表', number: 1, markStart: 4, markEnd: 8, nameStart: 8, endPara: '附件： 1 . 巡查表', nameEnd: 11, name: '巡查表', printed: false },
    ]);
  });

  it('two digits directly followed by the name are a list mark (12巡查记录表)', () => {
    assert.deepEqual(readAttachmentNote(paras('附件：12巡查记录表')).map((it) => [it.number, it.name]), [[12, '巡查记录表']]);
  });

  it('a bare number without separator or name is the name itself', () => {
    const items = readAttachmentNote(paras('附件：12'));
    assert.deepEqual(items.map((it) => [it.number, it.name]), [[null, '12']]);
  });

  it('needs 附件： on the first paragraph', () => {
    assert.deepEqual(readAttachmentNote(paras('说明：1.巡查表', '2.记录表')), []);
    assert.deepEqual(readAttachmentNote([]), []);
  });

  it('附件： alone on its line: the items are on the lines below', () => {
    const items = readAttachmentNote(paras('附件：', '1.巡查情况统计表', '2.问题清单'));
    assert.deepEqual(items.map((it) => [it.number, it.name, it.markStart]), [[1, '巡查情况统计表', 0], [2, '问题清单', 0]]);
  });

  it('an unnumbered line that follows 附件： alone is the first item, not a continuation', () => {
    const items = readAttachmentNote(paras('附件：', '济南市城乡水务局关于河道巡查工作的实施方案'));
    assert.deepEqual(items.map((it) => [it.number, it.name]), [[null, '济南市城乡水务局关于河道巡查工作的实施方案']]);
  });
});
