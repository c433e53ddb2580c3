// A whole document on one line (flatLine.ts, through splitParagraphs): where a flattened line
// is cut into paragraphs and where it is not, and a 附件说明 on one line.

import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { splitParagraphs } from '../../../server/src/core/text/paragraphs';

function texts(text: string): string[] {
  return splitParagraphs(text, new LineIndex(text), { markdown: false }).paragraphs.map((p) => p.text);
}

const BODY = '为切实做好今年汛期河道巡查工作，保障人民群众生命财产安全，经研究，现将有关事项通知如下。';
const ITEM1 = '一、加强组织领导。各区县要成立巡查工作专班，明确责任人和联系人，确保巡查工作落到实处。';
const ITEM2 = '二、做好物资储备。各单位要按照防汛预案要求备足抢险物资，并于五月底前完成清点。';

describe('flatLine: a document on one line', () => {
  it('cuts at runs of two or more spaces', () => {
    const line = ['关于做好汛期河道巡查工作的通知', '各区县人民政府，市政府各部门：', BODY, ITEM1, ITEM2, '济南市城乡水务局', '2024年5月8日'].join('  ');
    assert.deepEqual(texts(line), ['关于做好汛期河道巡查工作的通知', '各区县人民政府，市政府各部门：', BODY, ITEM1, ITEM2, '济南市城乡水务局', '2024年5月8日']);
  });
  it('cuts at single spaces where paragraphs end: heading marks, sentence ends, a 主送 colon, between Han words', () => {
    const line = ['关于做好汛期河道巡查工作的通知', '各区县人民政府，市政府各部门：', BODY, ITEM1, ITEM2, '济南市城乡水务局', '2024年5月8日'].join(' ');
    assert.deepEqual(texts(line), ['关于做好汛期河道巡查工作的通知', '各区县人民政府，市政府各部门：', BODY, ITEM1, ITEM2, '济南市城乡水务局', '2024年5月8日']);
  });
  it('does not cut a long line at one or two stray single spaces', () => {
    const line = `${BODY} ${ITEM1.slice(2)} ${ITEM2.slice(2)}`;
    assert.deepEqual(texts(line), [line.replace(/ /g, '')]);
  });
  it('does not cut a short line, whatever its spaces', () => {
    assert.deepEqual(texts('联 系 人：张明   联系电话：0531-12345678'), ['联系人：张明联系电话：0531-12345678']);
  });
  it('does not cut after a comma, before a digit or between letter-spaced characters', () => {
    const line = `${BODY} 2024年5月8日至10日, 各区县 要组织 巡查。 ${'中 共 济 南 市 委 '.repeat(3)}${ITEM1} ${ITEM2} 三、其他事项。 四、联系方式。`;
    const got = texts(line);
    assert.equal(got[0], `${BODY}`);
    assert.ok(got.some((t) => t.startsWith('2024年5月8日至10日,各区县')), got.join(' | '));
    assert.ok(got.some((t) => t.includes('中共济南市委')), got.join(' | '));
  });
});

describe('flatLine: a 附件说明 on one line', () => {
  it('cuts before each item after a space', () => {
    assert.deepEqual(texts('附件：1.巡查责任人名单 2.物资储备清单 3.联系方式'), ['附件：1.巡查责任人名单', '2.物资储备清单', '3.联系方式']);
  });
  it('cuts after a ； and keeps the ； with its item', () => {
    assert.deepEqual(texts('附件：1.巡查责任人名单；2.物资储备清单'), ['附件：1.巡查责任人名单；', '2.物资储备清单']);
  });
  it('only numbers in order, and only after a separator', () => {
    assert.deepEqual(texts('附件：1.2024年巡查计划 3.物资清单'), ['附件：1.2024年巡查计划3.物资清单']);
    assert.deepEqual(texts('附件：1.第2.5版巡查标准'), ['附件：1.第2.5版巡查标准']);
    assert.deepEqual(texts('附件：巡查责任人名单 2.物资储备清单'), ['附件：巡查责任人名单2.物资储备清单']);
  });
});
