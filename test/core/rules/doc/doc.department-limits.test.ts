// The rules on what a city department may ask of the levels below: doc.inspection-naming (§17),
// doc.directive-scope (§3, §20) and doc.skip-level (§23). Each expectation follows the rule's
// doc page: inspections in the department's own name, demands on the districts' leadership,
// townships reporting past the district.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

function doc(issuer: string, title: string, to: string, lines: string[], date = '2026年3月2日'): string {
  return `${issuer}${title}\n${to}：\n${lines.map((l) => `　　${l}\n`).join('')}${issuer}\n${date}\n`;
}

describe('doc.inspection-naming', () => {
  const RULE = 'doc.inspection-naming';
  const ISSUER = '济南市市场监督管理局';
  const rows = (lines: string[], title = '关于做好农贸市场管理工作的通知') =>
    lint(doc(ISSUER, title, '各区县市场监督管理局', lines), RULE).map((f) => [f.line, f.column, f.text, f.zh]);
  const NAMING = (w: string) => `市直部门的业务性、日常性工作不能冠以“${w}”名义；请改为业务指导或调研（§17）`;

  it('reports a 全市…检查 in the title without a verb, and in the body only when the sentence organises it', () => {
    assert.deepEqual(rows(['全市食品安全检查结果良好。', '组织开展全市农贸市场卫生检查。'], '关于全市农贸市场卫生检查情况的通报'), [
      [1, 13, '全市农贸市场卫生检查', NAMING('全市农贸市场卫生检查')],
      [4, 7, '全市农贸市场卫生检查', NAMING('全市农贸市场卫生检查')],
    ]);
    const f = lint(doc(ISSUER, '关于做好农贸市场管理工作的通知', '各区县市场监督管理局', ['组织开展全市农贸市场卫生检查。']), RULE)[0]!;
    assert.equal(f.en, 'A city department must not call its routine work "全市农贸市场卫生检查"; call it guidance or research (§17)');
    assert.equal(f.severity, 'warning');
  });

  it('leaves professional checks named within four characters before or two after the name', () => {
    assert.deepEqual(rows(['开展全市质量检查工作。', '开展全市饮用水检查检测。']), []);
    // 体检 well before the name is another matter.
    assert.deepEqual(rows(['根据体检结果，全市开展校园卫生检查。']), [[3, 10, '全市开展校园卫生检查', NAMING('全市开展校园卫生检查')]]);
  });

  it('leaves inspections the department only takes part in', () => {
    assert.deepEqual(rows(['配合市委督查室对各区县党委、政府进行督查。', '配合市委督查室开展督查，抽调业务骨干参加。']), []);
  });

  it('reports inspections of the districts\' leadership and staff seconded for them, also to meet an inspection', () => {
    const fs = lint(doc(ISSUER, '关于做好农贸市场管理工作的通知', '各区县市场监督管理局', ['对各区县党委、政府落实情况进行督查。', '为迎接省督查组检查，从各区县抽调工作人员。']), RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en]), [
      [3, 3, '对各区县党委、政府落实情况进行督查', '市直部门不得擅自组织以各级党委、政府为对象的督查考核（§17）', 'A city department must not organise inspections of party committees and governments on its own (§17)'],
      [4, 17, '抽调工作人员', '不得以督查考核为由抽调基层工作人员（§17）', 'Do not second local staff for inspections (§17)'],
    ]);
  });
});

describe('doc.directive-scope', () => {
  const RULE = 'doc.directive-scope';

  it('leaves a sentence that names the districts\' reports as a problem to correct', () => {
    const text = doc('济南市统计局', '关于做好统计数据报送工作的通知', '各区县统计局', ['各区县人民政府报送材料过多的问题，要坚决纠正。', '各区县人民政府要于8月15日前报送统计报表。'], '2026年7月20日');
    assert.deepEqual(lint(text, RULE).map((f) => [f.line, f.column, f.text]), [[4, 3, '各区县人民政府']]);
  });

  it('does not take the districts named deep in a long clause for the ones asked', () => {
    // The clause opens 市统计局将在… more than 24 characters before 各区县人民政府: the bureau reports, with them.
    const text = doc('济南市统计局', '关于做好统计数据报送工作的通知', '各区县统计局', ['市统计局将在完成全市规模以上工业企业统计数据的汇总审核工作后会同各区县人民政府报送统计报表。'], '2026年7月20日');
    assert.deepEqual(lint(text, RULE), []);
  });
});

describe('doc.skip-level', () => {
  const RULE = 'doc.skip-level';

  it('leaves a sentence that forbids the direct report it names', () => {
    const text = doc('济南市民政局', '关于开展城乡社区基本情况统计的通知', '各区县民政局', ['各乡镇（街道）要按时汇总数据，严禁越级直接报送。', '各乡镇（街道）要按时汇总数据，直接报送。'], '2026年7月20日');
    const fs = lint(text, RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [4, 4, '乡镇（街道）', 'warning', '要求乡镇（街道）、村（社区）越过区县直接报送；有关材料应经区县汇总报送，不得越级直报（§23）', 'Asks townships or villages to report straight to the city department; reports go through the district (§23)'],
    ]);
  });

  it('leaves townships named only in a cited title: the district bureaus report', () => {
    const text = doc('济南市民政局', '关于开展城乡社区基本情况统计的通知', '各区县民政局', ['各区县民政局将《乡镇（街道）社区统计表》直接报送市民政局。'], '2026年7月20日');
    assert.deepEqual(lint(text, RULE), []);
  });
});
