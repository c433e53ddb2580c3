// Heading marks (GB/T 9704 7.3.3): 一、 （一） 1. （1） and the wrong marks written for them,
// read from the start of a paragraph; what a drafter writes in running text is not a heading.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import { canonicalMark, markIsCanonical, readHeading } from '../../../server/src/core/model/headings';
import { Paragraph } from '../../../server/src/core/text/paragraph';

function para(text: string): Paragraph {
  return new Paragraph(0, text, null, null, 0, text.length, false, 0);
}

// [text, level, number, markLength, numeralStart, numeralLength, canonical mark]
const HEADINGS: Array<[string, number, number, number, number, number, string]> = [
  ['一、总体要求', 1, 1, 2, 0, 1, '一、'],
  ['十一、附则', 1, 11, 3, 0, 2, '十一、'],
  ['二十、其他事项', 1, 20, 3, 0, 2, '二十、'],
  ['三．工作步骤', 1, 3, 2, 0, 1, '三、'],
  ['四，保障措施', 1, 4, 2, 0, 1, '四、'],
  ['五.组织领导', 1, 5, 2, 0, 1, '五、'],
  // 、 may be followed by a figure: 一、2024年以来 is a heading.
  ['一、2024年以来工作回顾', 1, 1, 2, 0, 1, '一、'],
  // 一、三季度: only the next numeral (一、二) makes an enumeration.
  ['一、三季度重点任务', 1, 1, 2, 0, 1, '一、'],
  ['（一）工作目标', 2, 1, 3, 1, 1, '（一）'],
  ['(二)基本原则', 2, 2, 3, 1, 1, '（二）'],
  ['（十二）其他', 2, 12, 4, 1, 2, '（十二）'],
  ['（三）、实施步骤', 2, 3, 4, 1, 1, '（三）'],
  ['(四），任务分工', 2, 4, 4, 1, 1, '（四）'],
  ['1.强化组织领导', 3, 1, 2, 0, 1, '1.'],
  ['12、落实经费保障', 3, 12, 3, 0, 2, '12.'],
  ['１．加强宣传', 3, 1, 2, 0, 1, '1.'],
  ['２，加强督导', 3, 2, 2, 0, 1, '2.'],
  ['3，“三线”管理', 3, 3, 2, 0, 1, '3.'],
  ['4,加强督导', 3, 4, 2, 0, 1, '4.'],
  ['200.最后一项', 3, 200, 4, 0, 3, '200.'],
  // A stop may be followed by Latin letters: only a comma needs Han text after it.
  ['1.PPP项目管理', 3, 1, 2, 0, 1, '1.'],
  ['（1）巡查频次', 4, 1, 3, 1, 1, '（1）'],
  ['(2)巡查方式', 4, 2, 3, 1, 1, '（2）'],
  ['（１５）其他', 4, 15, 4, 1, 2, '（15）'],
  ['（3）、记录要求', 4, 3, 4, 1, 1, '（3）'],
];

describe('readHeading: marks at the start of a paragraph', () => {
  for (const [text, level, number, markLength, numeralStart, numeralLength, mark] of HEADINGS) {
    it(`${text} → level ${level}, number ${number}`, () => {
      const p = para(text);
      const h = readHeading(p);
      assert.ok(h, 'a heading');
      assert.equal(h.para, p);
      assert.deepEqual(
        { level: h.level, number: h.number, markLength: h.markLength, numeralStart: h.numeralStart, numeralLength: h.numeralLength, canonicalMark: h.canonicalMark },
        { level, number, markLength, numeralStart, numeralLength, canonicalMark: mark },
      );
    });
  }

  const NOT_HEADINGS: Array<[string, string]> = [
    ['一，2024年完成改造', '一， followed by a figure is running text'],
    ['一.5倍', '一. followed by a figure'],
    ['一、二季度完成验收', 'an enumeration of numerals (一、二季度)'],
    ['三、四月份开展巡查', 'an enumeration of numerals (三、四月份)'],
    ['〇、说明', 'zero is no heading number'],
    ['（〇）说明', 'zero in brackets'],
    ['（0）说明', 'Arabic zero in brackets'],
    ['0.说明', 'Arabic zero'],
    ['0.5亿元资金', 'a decimal fraction'],
    ['3.5亿元资金', 'a decimal fraction'],
    ['201.超出范围', 'more than 200 is not a heading number'],
    ['1，2，3号闸站', 'a list of numbers'],
    ['1,2,3号闸站', 'a list of numbers with half-width commas'],
    ['2，', 'a number and a comma at the end of a wrapped line'],
    ['1, 2号闸站', 'a list of numbers, a space after the half-width comma'],
    ['（十十）说明', 'no number: 十十 is not a numeral'],
    ['十十、说明', 'no number: 十十 is not a numeral'],
    ['（a）说明', 'a letter in brackets'],
    ['（一项工作）', 'no closing bracket after the numeral'],
    ['(注)本表', 'a note in brackets'],
    ['第一条 总则', 'an article, not a heading mark'],
    ['关于做好汛期工作的通知', 'plain text'],
    ['', 'an empty paragraph'],
  ];
  for (const [text, why] of NOT_HEADINGS) {
    it(`${text || '(empty)'} is no heading: ${why}`, () => assert.equal(readHeading(para(text)), null));
  }
});

describe('canonicalMark', () => {
  it('writes each level as GB/T 9704 does', () => {
    assert.deepEqual(
      [canonicalMark(1, 12), canonicalMark(2, 3), canonicalMark(3, 4), canonicalMark(4, 5), canonicalMark(1, 10), canonicalMark(2, 21)],
      ['十二、', '（三）', '4.', '（5）', '十、', '（二十一）'],
    );
  });
});

describe('markIsCanonical', () => {
  const CASES: Array<[string, boolean]> = [
    ['一、任务', true],
    ['一．任务', false],
    ['一，任务', false],
    ['（一）任务', true],
    ['(一)任务', false],
    ['（一)任务', false],
    ['（一）、任务', false],
    ['1.任务', true],
    // Full-width digits and stop are the same mark in another width.
    ['１．任务', true],
    ['1．任务', true],
    ['1、任务', false],
    // Two full-width digits are as good as one.
    ['12．任务', true],
    ['1，任务', false],
    ['（1）任务', true],
    ['（１）任务', true],
    ['（１２）任务', true],
    ['(1)任务', false],
    ['（1)任务', false],
    ['（1）、任务', false],
  ];
  for (const [text, canonical] of CASES) {
    it(`${text} ${canonical ? 'is' : 'is not'} canonical`, () => {
      const h = readHeading(para(text));
      assert.ok(h);
      assert.equal(markIsCanonical(h), canonical);
    });
  }
});

describe('headings in the document model', () => {
  const text = [
    '济南市城乡水务局',
    '关于做好汛期河道巡查工作的通知',
    '各区县水务局：',
    '　　为做好今年汛期河道巡查工作，现将有关事项通知如下。',
    '　　一、巡查范围',
    '　　（一）主要河道。',
    '　　1.小清河干流。',
    '　　（1）城区段。',
    '附件：1.河道巡查责任分工方案',
    '2.巡查记录表',
    '济南市城乡水务局',
    '2024年5月8日',
    '附件1',
    '河道巡查责任分工方案',
    '　　一、责任主体',
    '　　各区县水务局是本辖区河道巡查的责任主体，负责组织巡查人员按照规定频次开展巡查，及时发现和处置问题。',
  ].join('\n');
  let model: ReturnType<typeof buildModel>;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    model = buildModel(text);
  });

  it('reads the headings of the body and of the attachments, in order', () => {
    assert.deepEqual(model.headings.map((h) => [h.para.text, h.level, h.number]), [
      ['一、巡查范围', 1, 1],
      ['（一）主要河道。', 2, 1],
      ['1.小清河干流。', 3, 1],
      ['（1）城区段。', 4, 1],
      ['一、责任主体', 1, 1],
    ]);
    assert.equal(model.headings[4]!.para.role, 'attachment');
  });

  it('records the level and the mark length on the paragraph', () => {
    const byText = new Map(model.paragraphs.map((p) => [p.text, p]));
    assert.deepEqual([byText.get('一、巡查范围')!.level, byText.get('一、巡查范围')!.markLength], [1, 2]);
    assert.deepEqual([byText.get('（一）主要河道。')!.level, byText.get('（一）主要河道。')!.markLength], [2, 3]);
    assert.deepEqual([byText.get('（1）城区段。')!.level, byText.get('（1）城区段。')!.markLength], [4, 3]);
  });

  it('a 附件说明 item "2.巡查记录表" is not a heading', () => {
    const item = model.paragraphs.find((p) => p.text === '2.巡查记录表')!;
    assert.equal(item.role, 'attachmentNote');
    assert.equal(item.level, 0);
    assert.equal(item.markLength, 0);
    assert.ok(!model.headings.some((h) => h.para === item));
  });
});
