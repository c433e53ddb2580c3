// Who issues a document and at what level, read from the 发文机关标志, the title's issuer and the
// 署名 with the default name lists (济南 as the example city): 市委/市政府 and their 办公厅 lead,
// 督查室 inspect, 市…局 are departments, …指挥部/…领导小组 coordination bodies, districts by the
// configured list or the …区/…县 form, townships and anything outside the city are "other".

import * as assert from 'node:assert/strict';
import { DEFAULT_NAMES, type Names } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import { issuedByDepartment, issuersOf, type Issuer } from '../../../server/src/core/semantics/issuer';
import type { Paragraph } from '../../../server/src/core/text/paragraph';

/** The issuers of a one-line title `<name>关于做好防汛工作的通知`. */
function fromTitle(name: string, names: Names = DEFAULT_NAMES): Array<[string, string]> {
  return issuersOf(buildModel(`${name}关于做好防汛工作的通知`), names).map((i) => [i.name, i.level]);
}

describe('semantics/issuer: the level of an issuer', () => {
  const CASES: Array<[string, string, string]> = [
    ['济南市人民政府', 'leadership', 'the city government, the city name dropped'],
    ['中共济南市委', 'leadership', '中共 and the city name dropped'],
    ['济南市人民政府办公厅', 'leadership', 'its 办公厅'],
    ['中国共产党济南市委员会', 'leadership', 'the full name of 市委'],
    ['中共济南市委员会办公室', 'leadership', 'the full name of 市委办公室, not a 委员会办公室 coordination body'],
    ['济南市委督查室', 'inspectionOffice', 'a 督查室 of 市委'],
    ['济南市委市政府督查室', 'inspectionOffice', 'the joint 督查室'],
    ['济南市防汛抗旱指挥部', 'coordination', 'a 指挥部'],
    ['济南市安全生产委员会办公室', 'coordination', 'a 委员会办公室'],
    ['济南市教育局', 'department', 'a city bureau'],
    ['中共济南市委组织部', 'department', 'a department of 市委 is not 市委 itself'],
    ['济南市历城区人民政府', 'district', 'a configured district under the city name'],
    ['平阴县农业农村局', 'district', 'a bureau of a configured county'],
    ['市中区城市管理局', 'district', '市中区 is a district, not 市 + 中区…'],
    ['东湖区人民政府', 'district', 'an unlisted …区人民政府'],
    ['东湖区教育局', 'district', 'a bureau of an unlisted district'],
    ['历城区城市管理局', 'district', '城市 in a district bureau is not a city name'],
    ['东湖区城市管理局', 'district', '城市 in an unlisted district bureau'],
    ['历城区唐冶村委会', 'other', 'a village committee, although in a district'],
    ['历城区唐冶街道办事处', 'other', 'a sub-district office, although in a district'],
    ['唐王镇人民政府', 'other', 'a township government'],
    ['山东省农业农村厅', 'other', 'a province department'],
    ['国务院办公厅', 'other', 'the State Council'],
    ['济南市政府第8次常务会议', 'other', 'a meeting named above a page title issues nothing'],
    ['济南市城市更新联席会议', 'coordination', 'a 联席会议 is a coordination body all the same'],
  ];
  for (const [name, level, why] of CASES) {
    it(`${name} -> ${level} (${why})`, () => assert.deepEqual(fromTitle(name), [[name, level]]));
  }

  it('judges levels with the configured lists', () => {
    const names: Names = { ...DEFAULT_NAMES, districts: ['东湖新区'], coordinationBodies: ['工作专班'], leadership: ['市委', '市政府'], inspectionOffices: ['督查办'] };
    assert.deepEqual(fromTitle('济南市东湖新区管理委员会', names), [['济南市东湖新区管理委员会', 'district']]);
    assert.deepEqual(fromTitle('济南市秋粮收购工作专班', names), [['济南市秋粮收购工作专班', 'coordination']]);
    assert.deepEqual(fromTitle('济南市防汛抗旱指挥部', names), [['济南市防汛抗旱指挥部', 'department']]);
    assert.deepEqual(fromTitle('济南市人民政府办公厅', names), [['济南市人民政府办公厅', 'department']]);
    // An inspection office is matched by the end of its name.
    assert.deepEqual(fromTitle('济南市政府督查办', names), [['济南市政府督查办', 'inspectionOffice']]);
  });
});

describe('semantics/issuer: where issuers are read', () => {
  const JOINT = [
    '中共济南市委办公厅济南市人民政府办公厅文件',
    '',
    '济办发〔2026〕5号',
    '',
    '关于进一步规范督查检查工作的通知',
    '',
    '各区县党委、政府：',
    '',
    '　　现将有关事项通知如下。',
    '',
    '中共济南市委办公厅',
    '济南市人民政府办公厅',
    '济南市防汛抗旱指挥部',
    '2026年7月1日',
    '',
  ].join('\n');

  it('splits a joint 发文机关标志, drops 文件, and keeps each name once in the order read', () => {
    const m = buildModel(JOINT);
    const got = issuersOf(m, DEFAULT_NAMES);
    assert.deepEqual(
      got.map((i) => [i.name, i.level]),
      [
        ['中共济南市委办公厅', 'leadership'],
        ['济南市人民政府办公厅', 'leadership'],
        // Only in the 署名: read there, after the 版头's names.
        ['济南市防汛抗旱指挥部', 'coordination'],
      ],
    );
    assert.equal(got[0]!.para, m.issuerMark[0]);
    assert.equal(got[1]!.para, m.issuerMark[0]);
    assert.equal(got[2]!.para, m.signature[2]);
  });

  it('splits names separated by spaces, 、 or commas', () => {
    const m = buildModel('济南市农业农村局　济南市水务局、济南市财政局关于做好防汛工作的通知');
    assert.deepEqual(
      issuersOf(m, DEFAULT_NAMES).map((i) => i.name),
      ['济南市农业农村局', '济南市水务局', '济南市财政局'],
    );
  });

  it('splits a run of names where a 局/厅/委员会/人民政府 is followed by another body', () => {
    const m = buildModel('山东省农业农村厅济南市农业农村局关于做好防汛工作的通知');
    assert.deepEqual(
      issuersOf(m, DEFAULT_NAMES).map((i) => [i.name, i.level]),
      [
        ['山东省农业农村厅', 'other'],
        ['济南市农业农村局', 'department'],
      ],
    );
  });

  it('reads the title issuer before 关于, without a trailing 印发', () => {
    const m = buildModel('济南市人民政府办公厅印发关于进一步规范督查检查工作的意见的通知');
    const [i] = issuersOf(m, DEFAULT_NAMES);
    assert.deepEqual([i!.name, i!.level], ['济南市人民政府办公厅', 'leadership']);
    assert.equal(i!.para, m.title[0]);
  });

  it('keeps short names of two characters', () => {
    assert.deepEqual(fromTitle('市委、市政府'), [
      ['市委', 'leadership'],
      ['市政府', 'leadership'],
    ]);
  });

  it('reads the forwarding body of a 转发 title, not the issuer of the forwarded document', () => {
    assert.deepEqual(fromTitle('济南市农业农村局转发市委办公厅'), [['济南市农业农村局', 'department']]);
    const m = buildModel('济南市农业农村局转发《市委办公厅关于做好防汛工作的通知》的通知');
    assert.deepEqual(
      issuersOf(m, DEFAULT_NAMES).map((i) => [i.name, i.level]),
      [['济南市农业农村局', 'department']],
    );
  });

  it('reads no issuer from a title that opens with 关于, even when it cites another issuer', () => {
    assert.deepEqual(fromTitle('关于转发《省指挥部'), []);
    assert.deepEqual(issuersOf(buildModel('关于做好防汛工作的通知'), DEFAULT_NAMES), []);
  });

  it('reads no issuer from a title whose part before 关于 is a sentence, not a name', () => {
    assert.deepEqual(fromTitle('为做好防汛工作，现'), []);
  });

  it('reads the 署名 lines of a document without a 版头', () => {
    const m = buildModel(['关于做好防汛工作的通知', '', '各区县：', '', '　　现将有关事项通知如下。', '', '济南市农业农村局　　济南市水务局', '2026年7月1日', ''].join('\n'));
    assert.deepEqual(
      issuersOf(m, DEFAULT_NAMES).map((i) => [i.name, i.level]),
      [
        ['济南市农业农村局', 'department'],
        ['济南市水务局', 'department'],
      ],
    );
  });

  it('answers again with the same list for the same names, and anew for other names', () => {
    const m = buildModel('济南市东湖新区管理委员会关于做好防汛工作的通知');
    const a = issuersOf(m, DEFAULT_NAMES);
    assert.equal(issuersOf(m, DEFAULT_NAMES), a);
    assert.equal(a[0]!.level, 'department');
    const other = issuersOf(m, { ...DEFAULT_NAMES, districts: ['东湖新区'] });
    assert.equal(other[0]!.level, 'district');
  });
});

describe('semantics/issuer: issuedByDepartment', () => {
  let para: Paragraph;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    para = buildModel('济南市教育局关于做好防汛工作的通知').paragraphs[0]!;
  });
  const by = (...levels: Issuer['level'][]) => issuedByDepartment(levels.map((level, k) => ({ name: `机关${k}`, level, para })));
  it('is true for city departments and coordination bodies alone', () => {
    assert.equal(by('department'), true);
    assert.equal(by('coordination'), true);
    assert.equal(by('department', 'coordination'), true);
  });
  it('ignores issuers of unknown level beside a department', () => {
    assert.equal(by('department', 'other'), true);
  });
  it('is false when the leadership, an inspection office or a district issues too', () => {
    assert.equal(by('department', 'leadership'), false);
    assert.equal(by('inspectionOffice'), false);
    assert.equal(by('coordination', 'district'), false);
  });
  it('is false with no issuer or none of known level', () => {
    assert.equal(by(), false);
    assert.equal(by('other', 'other'), false);
  });
});

describe('semantics/issuer: issuers kept per head', () => {
  it('a meeting’s view of a document shares the document’s issuers, under the same name lists only', () => {
    const model = buildModel('济南市民政局关于做好养老服务工作的通知\n\n各区县民政局：\n请认真落实。\n');
    const first = issuersOf(model, DEFAULT_NAMES);
    // A view (as a meeting region has) keeps the head, title and 署名 of its document.
    const view = { ...model, paragraphs: model.paragraphs.slice(3, 4) };
    assert.equal(issuersOf(view, DEFAULT_NAMES), first);
    assert.deepEqual(first.map((i) => [i.name, i.level]), [['济南市民政局', 'department']]);
    const asLeadership: Names = { ...DEFAULT_NAMES, leadership: [...DEFAULT_NAMES.leadership, '市民政局'] };
    assert.deepEqual(issuersOf(view, asLeadership).map((i) => i.level), ['leadership']);
    assert.deepEqual(issuersOf(model, DEFAULT_NAMES).map((i) => i.level), ['department']);
    // Another document with the same head is read for itself.
    const other = buildModel('济南市教育局关于做好养老服务工作的通知\n\n各区县教育局：\n请认真落实。\n');
    assert.deepEqual(issuersOf(other, DEFAULT_NAMES).map((i) => i.name), ['济南市教育局']);
  });
});
