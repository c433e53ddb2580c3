// research.principal-demand (national pack): the principal leader of the place visited asked to
// escort, report or attend; never the visiting leader, a village's or a company's head, or a
// demand the plan negates, permits, makes conditional or only looks into.

import * as assert from 'node:assert/strict';
import { lint } from '../doc/lint';

const RULE = 'research.principal-demand';
const ON = { config: { rules: { [RULE]: 'warning' as const } } };

/** A city plan (副市长 leads) visiting 历城区, with the given requirement lines. */
function plan(lines: string[], title = '关于副市长李某某赴历城区调研的安排'): string {
  return `${title}\n\n调研时间：2025年5月14日\n第一站：历城区唐王街道娄家村，察看村庄清洁行动\n有关要求：\n${lines.join('\n')}\n`;
}

const found = (lines: string[], title?: string) => lint(plan(lines, title), RULE, ON).map((f) => [f.line, f.text, f.zh.replace(/；.*$/, '')]);

describe('research.principal-demand', () => {
  it('is off without a preset or a setting', () => {
    assert.deepEqual(lint(plan(['请历城区委书记陪同。']), RULE), []);
  });

  it('reports escorting, reporting and attending, each with its own words', () => {
    assert.deepEqual(found(['请历城区委书记、区长全程陪同。', '听取唐王街道党工委书记汇报。', '港沟街道主要负责同志参加座谈。', '要求见唐王街道党工委书记。']), [
      [6, '历城区委书记、区长', '要求被调研地方的“历城区委书记、区长”陪同'],
      [7, '唐王街道党工委书记', '要求被调研地方的“唐王街道党工委书记”汇报'],
      [8, '港沟街道主要负责同志', '要求被调研地方的“港沟街道主要负责同志”到场、出席或参加座谈'],
      [9, '唐王街道党工委书记', '要求被调研地方的“唐王街道党工委书记”到场、出席或参加座谈'],
    ]);
  });

  it('reads a label, and starts a listed name after the person before it', () => {
    assert.deepEqual(found(['陪同人员：区农业农村局局长、唐王街道办事处主任']).map((r) => r[1]), ['唐王街道办事处主任']);
    assert.deepEqual(found(['汇报人：唐王街道党工委书记']).map((r) => r[1]), ['唐王街道党工委书记']);
  });

  it('leaves the visiting leader alone: 带队, 听取, or a level not below the visitor', () => {
    assert.deepEqual(found(['市委书记张某某带队。', '市委主要负责同志听取历城区工作汇报。', '市直有关部门主要负责同志陪同。', '市长陪同。']), []);
    // In a provincial plan the city's secretary is the visited side.
    assert.deepEqual(found(['请市委书记陪同。'], '省农业农村厅调研组赴某市调研行程安排').map((r) => r[1]), ['市委书记']);
  });

  it('leaves negations, permissions, alternatives, conditions and questions alone', () => {
    assert.deepEqual(
      found([
        '不要求历城区主要负责同志陪同。',
        '区委书记、区长不陪同。',
        '街道主要负责同志可视情参加座谈。',
        '由区主要负责同志或分管负责同志汇报。',
        '如区主要负责同志陪同的，陪同人员不超过2人。',
        '区县主要负责同志是否陪同，由区里决定。',
        '一些部门动辄要求主要负责同志陪同的现象必须纠正。',
      ]),
      [],
    );
  });

  it('leaves villages, companies, the visitor\'s own divisions, deputies and topics of the visit alone', () => {
    assert.deepEqual(
      found([
        '村党支部书记介绍村情，社区书记汇报网格化管理。',
        '请企业主要负责人介绍生产经营情况。',
        '相关处室主要负责同志陪同。',
        '副区长陪同，街道办事处副主任汇报。',
        '督查内容：区县主要负责同志参加会议情况。',
        '区县主要负责同志要高度重视，亲自研究部署。',
        '推进城乡长效机制建设。',
      ]),
      [],
    );
  });

  it('needs the visited side when the name has no level and the plan only asks to attend', () => {
    assert.deepEqual(found(['主要负责同志参加座谈。']), []);
    assert.deepEqual(found(['被调研单位主要负责同志参加座谈。', '主要负责同志要亲自汇报。']).map((r) => r[1]), ['被调研单位主要负责同志', '主要负责同志']);
  });
});
