// What the national document rules (group B) read beyond the Jinan semantics: the kind of body an
// issuer is at any level, the 下级党委和政府 a text addresses as a whole, a leader's speech, a list
// under a prohibiting lead-in, and a document sent to 基层.

import * as assert from 'node:assert/strict';
import { DEFAULT_NAMES } from '../../../server/src/core/config/resolve';
import { buildModel } from '../../../server/src/core/model/build';
import { issuersOf } from '../../../server/src/core/semantics/issuer';
import {
  bodyKind,
  isSpeech,
  issuedByDepartmentAnyLevel,
  lowerLeadership,
  toGrassroots,
  underProhibitingLead,
} from '../../../server/src/core/semantics/bodiesAndApps';

/** The kinds of the issuers of a one-line title `<name>关于做好防汛工作的通知`. */
function kinds(name: string): string[] {
  return issuersOf(buildModel(`${name}关于做好防汛工作的通知`), DEFAULT_NAMES).map((i) => bodyKind(i, DEFAULT_NAMES));
}

/** The lower leadership named in a one-paragraph text. */
function lower(text: string): string[] {
  const m = buildModel(`关于做好防汛工作的通知\n${text}\n`);
  return m.paragraphs.flatMap((p) => lowerLeadership(p, DEFAULT_NAMES).map((x) => p.key.slice(x.start, x.end)));
}

describe('semantics/bodiesAndApps: bodies at any level', () => {
  const CASES: Array<[string, string]> = [
    ['山东省人民政府办公厅', 'leadership'],
    ['中共平阴县委', 'leadership'],
    ['平阴县人民政府', 'leadership'],
    ['历城区仲宫街道办事处', 'leadership'],
    ['国务院办公厅', 'leadership'],
    ['国务院办公厅督查室', 'inspectionOffice'],
    ['山东省农业农村厅', 'department'],
    ['平阴县教育和体育局', 'department'],
    ['中共平阴县委组织部', 'department'],
    ['教育部办公厅', 'department'],
    ['济南市教育局', 'department'],
    ['平阴县防汛抗旱指挥部', 'coordination'],
    ['平阴县人民代表大会常务委员会', 'other'],
    ['济南高新技术产业开发区管理委员会', 'other'],
  ];
  for (const [name, kind] of CASES) {
    it(`${name} is ${kind}`, () => assert.deepEqual(kinds(name), [kind]));
  }

  it('a document of departments only, of any level; a joint one with a government is not', () => {
    assert.equal(issuedByDepartmentAnyLevel(buildModel('山东省农业农村厅关于做好春耕工作的通知'), DEFAULT_NAMES), true);
    assert.equal(issuedByDepartmentAnyLevel(buildModel('平阴县人民政府办公室　平阴县教育和体育局关于做好招生工作的通知'), DEFAULT_NAMES), false);
    assert.equal(issuedByDepartmentAnyLevel(buildModel('关于做好招生工作的通知'), DEFAULT_NAMES), false);
  });
});

describe('semantics/bodiesAndApps: the lower 党委和政府 as a whole', () => {
  it('names them at every level', () => {
    assert.deepEqual(lower('各市、县人民政府，省直各部门：'), ['各市、县人民政府']);
    assert.deepEqual(lower('各县市区人民政府，市直机关各单位：'), ['各县市区人民政府']);
    assert.deepEqual(lower('各乡镇人民政府、街道办事处，县直各部门：'), ['各乡镇人民政府']);
    assert.deepEqual(lower('各镇（街道）党（工）委、政府：'), ['各镇(街道)党(工)委、政府']);
    assert.deepEqual(lower('各区县党委和人民政府，市直各部门：'), ['各区县党委和人民政府']);
    assert.deepEqual(lower('各省、自治区、直辖市人民政府，国务院各部委：'), ['各省、自治区、直辖市人民政府']);
  });

  it('not their offices and departments, nor the places alone', () => {
    assert.deepEqual(lower('各市人民政府办公室，各区县农业农村局：'), []);
    assert.deepEqual(lower('各区县人民政府安委办，市安委会各成员单位：'), []);
    assert.deepEqual(lower('各乡镇（街道）：'), []);
    assert.deepEqual(lower('各市直部门：'), []);
  });

  it('keeps a government followed by its directive (no office name attached)', () => {
    assert.deepEqual(lower('各乡镇人民政府要加强与县农业农村局的沟通。'), ['各乡镇人民政府']);
  });
});

describe('semantics/bodiesAndApps: speeches, 基层 and prohibiting lists', () => {
  it('a speech by its title', () => {
    assert.equal(isSpeech(buildModel('在全市民营经济发展大会上的讲话\n同志们：\n')), true);
    assert.equal(isSpeech(buildModel('市长在全市安全生产工作会议上的讲话（摘要）\n同志们：\n')), true);
    assert.equal(isSpeech(buildModel('关于印发市长讲话精神学习方案的通知\n各单位：\n')), false);
  });

  it('基层 by the 主送', () => {
    assert.equal(toGrassroots(buildModel('济南市商务局关于做好监测工作的通知\n各区县商务主管部门：\n　　正文。\n')), true);
    assert.equal(toGrassroots(buildModel('济南市商务局关于做好监测工作的通知\n各街道办事处：\n　　正文。\n')), true);
    assert.equal(toGrassroots(buildModel('济南市商务局关于做好监测工作的通知\n市直有关部门：\n　　正文。\n')), false);
  });

  function led(text: string, phrase: string): boolean {
    const m = buildModel(text);
    const p = m.paragraphs.find((q) => q.key.includes(phrase))!;
    return underProhibitingLead(m, p, p.key.indexOf(phrase));
  }

  it('an item under 不得出现以下情形： in the same paragraph or in the item paragraphs below it', () => {
    assert.equal(led('通知\n　　不得出现以下情形：（一）随意填表；（二）设置打卡签到。\n', '打卡签到'), true);
    const list = '通知\n　　政务应用程序不得出现以下情形：\n　　（一）随意或重复要求基层填表；\n　　（二）设置打卡签到等强制性功能。\n';
    assert.equal(led(list, '打卡签到'), true);
  });

  it('not an item under a neutral lead-in, nor a paragraph that is no item', () => {
    assert.equal(led('通知\n　　工作要求如下：\n　　（一）设置打卡签到。\n', '打卡签到'), false);
    assert.equal(led('通知\n　　不得出现以下情形：\n　　（一）随意填表。\n　　各单位要每日打卡签到。\n', '打卡签到'), false);
  });
});
