// research.extra-burden: the national option `forms` adds forms and written materials demanded
// of the units visited; without it (the default, the Jinan reading) nothing changes.

import * as assert from 'node:assert/strict';
import { lint } from '../doc/lint';

const RULE = 'research.extra-burden';
const FORMS = { config: { rules: { [RULE]: { severity: 'warning' as const, forms: true } } } };

function plan(lines: string[]): string {
  return `市卫生健康委赴莱芜区调研基层医疗工作安排\n\n调研时间：2025年8月19日\n第一站：莱芜区凤城街道社区卫生服务中心，了解家庭医生签约服务\n${lines.join('\n')}\n`;
}

describe('research.extra-burden (forms)', () => {
  const DEMANDS = ['请各街道填写《基层医疗机构情况表》，每周报送报表，将自查报告报送市卫生健康委。', '请各街道提供情况报告。'];

  it('reports forms and written materials only with the option', () => {
    assert.deepEqual(lint(plan(DEMANDS), RULE).map((f) => f.text), []);
    assert.deepEqual(lint(plan(DEMANDS), RULE, FORMS).map((f) => f.text), ['填写《基层医疗机构情况表》', '报送报表', '将自查报告报送', '提供情况报告']);
    // The team hands the form out; the units fill it in.
    assert.deepEqual(lint(plan(['由调研组统一发放调查表，请各街道如实填写调查表。']), RULE, FORMS).map((f) => f.text), ['如实填写调查表']);
  });

  it('cites §15 under the option alone, and reports a Jinan finding once', () => {
    const fs = lint(plan(['请凤城街道准备书面汇报材料，报送书面材料。']), RULE, FORMS);
    assert.deepEqual(fs.map((f) => [f.text, f.zh]), [
      ['准备书面汇报材料', '要求“准备书面汇报材料”增加基层负担；应充分利用调研对象现有材料，不提与调研无关的要求（§15）'],
      ['报送书面材料', '要求“报送书面材料”增加基层负担；调研和督查检查考核不应要求基层填表格、报材料，应利用现有材料（§15）'],
    ]);
  });

  it('leaves existing material, the team\'s own report, negations, criticism and questions', () => {
    const quiet = [
      '不要求填写表格，无需另行报送书面材料。',
      '由街道提供现有统计表和已有台账资料，提供书面材料。',
      '调研组形成书面报告报送市委、市政府。',
      '一些部门频繁要求基层填表报数的现象必须纠正。',
      '是否需要填写调查表，由街道决定。',
      '对表现突出的单位予以表彰。',
    ];
    assert.deepEqual(lint(plan(quiet), RULE, FORMS).map((f) => f.text), []);
  });
});
