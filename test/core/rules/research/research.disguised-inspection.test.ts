// research.disguised-inspection (national pack): only a plan that calls itself research is
// checked; in it, scoring, ranking, assessment, ledger checks and rectification orders are
// reported where the plan sets them, not where it forbids them or makes them the topic.

import * as assert from 'node:assert/strict';
import { lint } from '../doc/lint';

const RULE = 'research.disguised-inspection';
const ON = { config: { rules: { [RULE]: 'warning' as const } } };

function plan(title: string, lines: string[]): string {
  return `${title}\n\n调研时间：2025年9月9日\n第一站：历下区政务服务中心，了解“一网通办”推进情况\n${lines.join('\n')}\n`;
}

const found = (title: string, lines: string[]) => lint(plan(title, lines), RULE, ON).map((f) => f.text);

describe('research.disguised-inspection', () => {
  const SCORING = ['调研组现场打分，按得分进行排名。'];

  it('is off without a preset or a setting', () => {
    assert.deepEqual(lint(plan('市发展改革委赴历下区调研方案', SCORING), RULE), []);
  });

  it('reports in a plan whose title names research and no inspection', () => {
    assert.deepEqual(found('市发展改革委赴历下区调研方案', SCORING), ['现场打分', '进行排名']);
    assert.deepEqual(found('市人大代表视察养老服务工作安排', SCORING), ['现场打分', '进行排名']);
  });

  it('leaves a plan that declares an inspection, in its title or its body, and one that says neither', () => {
    assert.deepEqual(found('市发展改革委营商环境督查方案', SCORING), []);
    assert.deepEqual(found('市发展改革委赴历下区调研方案', ['组成调研督导组。', ...SCORING]), []);
    assert.deepEqual(found('市发展改革委赴历下区调研方案', ['督查组现场打分。']), []);
    assert.deepEqual(found('关于《营商环境考核办法》执行情况的调研方案', SCORING), ['现场打分', '进行排名']);
    assert.deepEqual(found('市发展改革委赴历下区工作安排', SCORING), []);
  });

  it('reports assessment, ledger checks and rectification orders', () => {
    assert.deepEqual(
      found('市民政局赴历城区调研方案', ['调研情况纳入年度考核。', '查阅各社区养老服务台账。', '检查补贴发放资料。', '反馈问题并提出整改意见，限期整改。', '排名情况予以通报。']),
      ['纳入年度考核', '查阅各社区养老服务台账', '检查补贴发放资料', '反馈问题并提出整改意见', '限期整改', '予以通报'],
    );
  });

  it('leaves negations, prohibitions, topics, questions, existing ledgers and ordinary research methods', () => {
    assert.deepEqual(
      found('市民政局赴历城区调研方案', [
        '调研不打分、不排名、不通报，不作为考核依据。',
        '严禁查阅台账、检查资料。',
        '了解各街道考核打分机制运行情况。',
        '是否纳入考核另行研究。',
        '查阅社区现有台账，查阅资料，调阅统计数据。',
        '形成情况通报，提出建议。',
      ]),
      [],
    );
  });
});
