// The route of a research plan (research/parse.ts) in the layouts plans come in: 第N站 lines,
// time-prefixed lines under date and day-part headings, numbered lists, tables (Markdown rows and
// cells flattened onto lines of their own), labelled routes and run-on prose; what is not a stop
// (departures, returns, meals, meeting rooms, a district alone, a forbidden visit); the date, time
// and mode of each stop; and the plan's leader, visit dates and plan-wide mode.

import * as assert from 'node:assert/strict';
import { hm, planOf, route } from './read';



/** "month/day place" per stop. */
function dated(text: string): string[] {
  return planOf(text).stops.map((s) => `${s.date ? `${s.date.month}/${s.date.day}` : '-'} ${s.place.text}`);
}

const T = '副市长李四赴章丘区调研安排\n\n调研时间：2024年6月14日\n';

describe('research/parse: stop marks and the words after them', () => {
  it('after 第N站 a bare name is a stop; after a time alone it is not', () => {
    // Only a stop mark, a label or a 地点 column vouches for words without a place ending.
    assert.deepEqual(route(`${T}第一站：千佛山\n9:00 千佛山\n`), ['千佛山@-']);
  });

  it('after 第N站 a 区县 alone is a stop; after a time or a verb it is the area of the stops after it', () => {
    const plan = planOf('市应急局调研安排\n\n调研时间：2024年6月14日\n第一站：章丘区\n9:00 赴历城区\n10:00 唐王街道娄家村\n');
    assert.deepEqual(plan.stops.map((s) => s.place.key), ['章丘区||', '历城区|唐王街道|娄家村']);
  });

  it('a time before or after the mark is the stop\'s', () => {
    assert.deepEqual(route(`${T}第一站 9:00 唐王街道娄家村\n9:30 第二站 港沟街道芦南村\n`), ['唐王街道娄家村@9:00', '港沟街道芦南村@9:30']);
  });

  it('marks cut a line that runs on without punctuation', () => {
    assert.deepEqual(route(`${T}第一站唐王街道娄家村第二站港沟街道芦南村第三站千佛山\n`), ['唐王街道娄家村@-', '港沟街道芦南村@-', '千佛山@-']);
  });

  it('where the stop, its place and the mode mark are in the paragraph', () => {
    // 第一站: is 4 characters; the place runs to （, where a mark would go.
    const s = planOf(`${T}第一站：唐王街道娄家村（暗访），察看麦田\n`).stops[0]!;
    assert.deepEqual([s.start, s.placeStart, s.placeEnd, s.markAt], [0, 4, 11, 11]);
    assert.equal(s.para.key.slice(s.start, s.end), '第一站:唐王街道娄家村(暗访),察看麦田');
  });
});

describe('research/parse: time-prefixed lines', () => {
  it('list marks before the time: 1.  （2）  ②  -  二、  •', () => {
    const text = `${T}1. 9:00 到唐王街道娄家村，察看麦田\n（2）9:30到港沟街道芦南村\n② 10:00 彩石街道捎近村\n- 10:30 走访鲁兴公司\n二、11:00 考察山东重工产业园\n• 11:30 在华山街道\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@9:30', '彩石街道捎近村@10:00', '鲁兴公司@10:30', '山东重工产业园@11:00', '华山街道@11:30']);
  });

  it('a time alone on its line belongs to the place on the next; a date heading in between drops it', () => {
    const text = `${T}9:00\n唐王街道娄家村\n10:00（星期五）\n港沟街道芦南村\n11:00\n6月15日\n彩石街道捎近村\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@10:00']);
  });

  it('departures, returns, meals and meeting rooms are no stops; 出发前往 A is a stop at A', () => {
    const text = `${T}8:30 从市政府出发\n9:00 出发前往唐王街道娄家村\n10:00 乘车出发\n10:30 港沟街道芦南村\n12:00 在三德范村用餐\n14:00 在区委会议室召开座谈会\n15:00 到鲁兴宾馆休息\n16:00 返回\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@10:30']);
  });

  it('places listed with 、 and 和 are stops each, at the clause\'s time', () => {
    const plan = planOf(`${T}9:00 唐王街道娄家村、港沟街道芦南村、2个村\n10:00 随后前往彩石街道捎近村和鲁兴公司察看\n`);
    assert.deepEqual(
      plan.stops.map((s) => [s.place.text, hm(s.time), s.placeStart, s.placeEnd, s.markAt]),
      [
        // 9:00 is 4 characters; each place is followed by 、 (its mark goes before it).
        ['唐王街道娄家村', '9:00', 4, 11, 11],
        ['港沟街道芦南村', '9:00', 12, 19, 19],
        ['2个村', '9:00', 20, 23, 23],
        // 10:00随后前往 is 9 characters; the mark of the first goes before 和, of the second before 察看.
        ['彩石街道捎近村', '10:00', 9, 16, 16],
        ['鲁兴公司', '10:00', 17, 21, 21],
      ],
    );
  });
});

describe('research/parse: lines after a stop', () => {
  it('an inspection line right after a stop describes it; numbered, it is a stop of its own', () => {
    const text = `${T}9:00 唐王街道娄家村\n察看港沟街道芦南村\n1. 10:00 彩石街道捎近村\n2. 察看华山街道王舍人村\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '彩石街道捎近村@10:00', '华山街道王舍人村@-']);
  });

  it('a mode on the line right after a stop is the stop\'s; one line later it is the plan\'s', () => {
    const plan = planOf(`${T}9:00 唐王街道娄家村\n（暗访）\n10:00 港沟街道芦南村\n察看麦田\n（不打招呼）\n`);
    assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [['unannounced', true], ['unannounced', false]]);
    assert.equal(plan.unannounced, true);
  });

  it('a stop that states 明察 keeps it under a plan-wide 四不两直', () => {
    const plan = planOf(`${T}9:00 唐王街道娄家村\n明察\n10:00 港沟街道芦南村\n调研方式：四不两直\n`);
    assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [['announced', true], ['unannounced', false]]);
  });
});

describe('research/parse: labelled lines', () => {
  it('调研地点 lists stops, even bare names; 调研内容 and 陪同人员 do not', () => {
    const text = `${T}调研内容：到唐王街道娄家村察看麦田\n调研地点：港沟街道芦南村、千佛山\n陪同人员：唐王街道党工委书记\n`;
    assert.deepEqual(route(text), ['港沟街道芦南村@-', '千佛山@-']);
  });

  it('a route with arrows: a verb before the first place, a mode after one, the 区县 carried on', () => {
    const plan = planOf('市政府督查室安排\n\n时间：2024年10月15日\n调研路线：乘车前往天桥区北园街道→药山街道鹊山村（明察）→桑梓店镇\n');
    assert.deepEqual(
      plan.stops.map((s) => [s.place.key, s.mode, s.modeStated, s.placeStart, s.placeEnd]),
      [
        // 调研路线: is 5 characters, 乘车前往 4 more.
        ['天桥区|北园街道|', 'announced', false, 9, 16],
        ['天桥区|药山街道|鹊山村', 'announced', true, 17, 24],
        ['天桥区|桑梓店镇|', 'announced', false, 29, 33],
      ],
    );
  });

  it('a route split by -> —> and ，; an inspection verb after a split', () => {
    assert.deepEqual(route('市政府督查室安排\n\n时间：2024年10月15日\n调研线路：天桥区北园街道->药山街道鹊山村—>桑梓店镇，察看鲁兴公司\n'), ['天桥区北园街道@-', '药山街道鹊山村@-', '桑梓店镇@-', '鲁兴公司@-']);
  });

  it('a label that says 暗访 makes its stops unannounced, stated', () => {
    const plan = planOf(`${T}暗访点位：彩石街道捎近村；王舍人街道（明察）\n`);
    assert.deepEqual(plan.stops.map((s) => [s.place.text, s.mode, s.modeStated]), [
      ['彩石街道捎近村', 'unannounced', true],
      ['王舍人街道', 'announced', true],
    ]);
  });
});

describe('research/parse: tables', () => {
  it('the 地点 column takes bare names and 区县; rows that depart or return are skipped; a later cell gives the mode', () => {
    const text = '# 副市长王五调研行程\n\n调研时间：2024年3月12日\n\n| 时间 | 调研地点 | 内容 |\n|---|---|---|\n| 8:30 | 市政府 | 乘车出发 |\n| 9:10 | 千佛山 | 察看泉水保护（暗访） |\n| 10:00 | 章丘区 | 听取汇报 |\n| 10:30 | 唐王街道娄家村 | 明察 |\n| 11:40 | | 返回 |\n';
    const plan = planOf(text, true);
    assert.deepEqual(
      plan.stops.map((s) => [s.place.key, hm(s.time), s.mode, s.modeStated]),
      [
        ['||千佛山', '9:10', 'unannounced', true],
        // 章丘区 in the place column is the area of the rows after it.
        ['章丘区|唐王街道|娄家村', '10:30', 'announced', true],
      ],
    );
  });

  it('without a 地点 column, bare names are no stops; places after a time cell are', () => {
    const text = '# 副市长王五调研行程\n\n调研时间：2024年3月12日\n\n| 时间 | 内容 | 备注 |\n|---|---|---|\n| 9:10 | 千佛山 | 察看 |\n| 10:00 | 唐王街道娄家村 | 不打招呼 |\n';
    assert.deepEqual(route(text, true), ['唐王街道娄家村@10:00*']);
  });
});

describe('research/parse: dates of the visit', () => {
  it('deadlines are no visit dates; a range adds both days; a heading dates the stops below it', () => {
    const plan = planOf('副市长李四调研安排\n\n请各单位于6月8日前报送材料，截至6月9日汇总。\n6月14日至15日\n6月14日\n9:00 唐王街道娄家村\n6月15日下午\n2:30 港沟街道芦南村\n\n2024年6月1日\n');
    assert.deepEqual(plan.dates, [{ year: 2024, month: 6, day: 14 }, { year: 2024, month: 6, day: 15 }]);
    // The heading 6月15日下午 places 2:30 in the afternoon.
    assert.deepEqual(route('副市长李四调研安排\n\n6月14日\n9:00 唐王街道娄家村\n6月15日下午\n2:30 港沟街道芦南村\n\n2024年6月1日\n'), ['唐王街道娄家村@9:00', '港沟街道芦南村@14:30']);
    assert.deepEqual(dated('副市长李四调研安排\n\n6月14日\n9:00 唐王街道娄家村\n6月15日下午\n2:30 港沟街道芦南村\n\n2024年6月1日\n'), ['6/14 唐王街道娄家村', '6/15 港沟街道芦南村']);
  });

  it('a new day starts without the part of the day before it', () => {
    const text = '副市长李四调研安排\n\n9月10日\n下午\n2:30 贾庄镇石家村\n9月11日\n2:30 郑路镇五台村\n\n2024年9月1日\n';
    assert.deepEqual(route(text), ['贾庄镇石家村@14:30', '郑路镇五台村@2:30']);
  });

  it('a date inside a line applies from where it is written', () => {
    const text = '副市长李四调研安排\n\n6月14日9:00到唐王街道娄家村；6月15日9:00到港沟街道芦南村。\n\n2024年6月1日\n';
    assert.deepEqual(dated(text), ['6/14 唐王街道娄家村', '6/15 港沟街道芦南村']);
  });

  it('the title\'s date is a visit date', () => {
    const plan = planOf('2024年5月10日调研安排\n\n9:00 唐王街道娄家村\n');
    assert.deepEqual(plan.dates, [{ year: 2024, month: 5, day: 10 }]);
    assert.deepEqual(dated('2024年5月10日调研安排\n\n9:00 唐王街道娄家村\n'), ['5/10 唐王街道娄家村']);
  });

  it('without a visit date the stops take the 成文日期; without any date, none', () => {
    assert.deepEqual(dated('副市长李四调研安排\n\n第一站：唐王街道娄家村\n\n市农业农村局\n2024年6月1日\n'), ['6/1 唐王街道娄家村']);
    assert.deepEqual(planOf('副市长李四调研安排\n\n第一站：唐王街道娄家村\n\n市农业农村局\n2024年6月1日\n').dates, []);
    assert.deepEqual(dated('副市长李四调研安排\n\n第一站：唐王街道娄家村\n'), ['- 唐王街道娄家村']);
  });
});

describe('research/parse: run-on prose', () => {
  it('先后到 A …，随后前往 B …，再到 C: each a stop, in the 区县 the text goes to', () => {
    const text = '市委调研安排\n\n　　2024年7月8日上午，市委书记赵六同志带队赴莱芜区调研，先后到凤城街道孝义村察看乡村振兴工作，随后前往高庄街道南文字现村了解情况，再到鲁兴公司调研；下午在区委会议室召开座谈会。\n';
    assert.deepEqual(planOf(text).stops.map((s) => s.place.key), ['莱芜区|凤城街道|孝义村', '莱芜区|高庄街道|南文字现村', '莱芜区||鲁兴公司']);
  });

  it('a 区县 named after a time and a travel verb is the area of the stops after it', () => {
    assert.deepEqual(planOf('市委调研安排\n\n调研时间：2024年7月8日\n8:30 出发前往莱芜区\n9:00 凤城街道孝义村\n').stops.map((s) => s.place.key), ['莱芜区|凤城街道|孝义村']);
  });

  it('a visit the text forbids or asks about is no stop', () => {
    const text = '市委调研安排\n\n调研时间：2024年7月8日\n调研中不得到唐王街道娄家村搞层层陪同，是否到港沟街道芦南村视情况而定。\n9:00 走访彩石街道捎近村\n';
    assert.deepEqual(route(text), ['彩石街道捎近村@9:00']);
  });

  it('a time inside the clause before the place is the stop\'s', () => {
    assert.deepEqual(route('市委调研安排\n\n调研时间：2024年7月8日\n调研组于9:00到历下区泉城路街道芦南村察看\n'), ['历下区泉城路街道芦南村@9:00']);
  });

  it('a time glued to the words before it opens a clause, unless after 于/在/至…', () => {
    // PDF copies join lines: …麦田10:30港沟街道… is two stops.
    assert.deepEqual(route(`${T}9:00 唐王街道娄家村察看麦田10:30港沟街道芦南村了解防汛\n`), ['唐王街道娄家村@9:00', '港沟街道芦南村@10:30']);
  });
});

describe('research/parse: the plan\'s mode', () => {
  const stopLine = '\n第一站：唐王街道娄家村\n';
  const CASES: Array<[string, boolean, string]> = [
    ['市农业农村局调研方案\n\n调研方式：采取不打招呼、直奔现场的方式', true, 'a way of working the plan sets'],
    ['市农业农村局暗访安排\n', true, 'a title with 暗访'],
    ['市农业农村局调研方案\n\n严禁搞暗访变明访。', false, 'a practice it forbids'],
    ['市农业农村局调研方案\n\n调研方式：明察暗访相结合。', false, '明察 and 暗访 mixed in one sentence'],
    ['市农业农村局调研方案\n\n本次调研坚持明察。各组随机抽取点位。', true, '明察 in another sentence does not undo it'],
    ['市农业农村局调研方案\n', false, 'nothing said'],
  ];
  for (const [head, want, why] of CASES) {
    it(`${want ? 'unannounced' : 'announced'}: ${why}`, () => {
      const plan = planOf(head + stopLine);
      assert.equal(plan.unannounced, want);
      assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [[want ? 'unannounced' : 'announced', false]]);
    });
  }

  it('a stop\'s own 暗访 is not the plan\'s', () => {
    const plan = planOf('市农业农村局调研方案\n\n第一站：唐王街道娄家村（暗访）\n第二站：港沟街道芦南村\n');
    assert.equal(plan.unannounced, false);
    assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [['unannounced', true], ['announced', false]]);
  });
});

describe('research/parse: who leads', () => {
  const CASES: Array<[string, string | null, string]> = [
    ['市农业农村局调研方案\n\n带队领导：副市长李四（分管农业）\n', '副市长李四', '带队领导: up to the bracket'],
    ['市农业农村局调研方案\n\n调研组长: 王五\n', '王五', '调研组长'],
    ['市农业农村局调研方案\n\n本次调研由叶和平副主席带队，9:00到唐王街道娄家村。\n', '叶和平副主席', '由…带队 in the text'],
    ['市农业农村局调研方案\n\n叶和平同志带队，9:00到唐王街道娄家村。\n', '叶和平', '…同志带队 at the start'],
    ['市农业农村局调研方案\n\n抽调人员组成联合督查组，9:00到唐王街道娄家村。\n', '联合督查组', '组成…督查组'],
    ['市农业农村局调研方案\n\n由各区县带队。\n', '市农业农村局', 'not 各区县: the title\'s body then'],
    ['关于市委督查组赴各区督查的安排\n\n9:00 到唐王街道娄家村\n', '市委督查组', 'the title\'s 督查组, without 关于'],
    ['市政协主席调研安排\n\n9:00 到唐王街道娄家村\n', '市政协主席', 'the title\'s …调研'],
    ['张三一行赴章丘区调研安排\n\n9:00 到唐王街道娄家村\n', '张三', '一行 dropped'],
    ['李四同志带队赴章丘区调研安排\n\n9:00 到唐王街道娄家村\n', '李四', '同志带队 dropped'],
    ['关于“市长带队”赴章丘区调研的安排\n\n9:00 到唐王街道娄家村\n', '市长', 'quotes dropped'],
    ['关于开展走访调研的方案\n\n9:00 到唐王街道娄家村\n', null, 'an action, not a leader'],
    ['2024年5月10日调研安排\n\n9:00 唐王街道娄家村\n', null, 'a date is not a leader'],
    ['市委调研安排\n\n带队人：王五\n', '王五', '带队人'],
    ['市委调研安排\n\n督查组长：赵六，成员：钱七\n', '赵六', '督查组长, up to the comma'],
    ['市委调研安排\n\n组  长：孙八\n', '孙八', '组长 with spaces'],
    ['市委调研安排\n\n调研领导：周九、吴十\n', '周九', '调研领导, the first named'],
    ['市委调研安排\n\n局领导带队，9:00到唐王街道娄家村。\n', '市委', '局领导 names nobody'],
    ['市委调研安排\n\n请有关领导带队。\n', '市委', 'a request names nobody'],
    ['市委调研安排\n\n要分别带队深入一线。\n', '市委', 'a duty names nobody'],
    ['2024年5月10日市长张三赴章丘区调研安排\n\n9:00 唐王街道娄家村\n', '市长张三', 'the name after the date'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${want ?? 'none'} (${why})`, () => assert.equal(planOf(text).leader, want));
  }
});

describe('research/parse: the 区县 of the title', () => {
  const CASES: Array<[string, string | null, string]> = [
    ['市委赴莒南县调研安排', '莒南县', 'a 区县 the lists do not know, after 赴'],
    ['市委深入莒南县调研', '莒南县', 'after 深入'],
    ['市委赴各县区调研安排', null, '各县区 is every district'],
    ['市委赴章丘区、历城区调研安排', null, 'two districts: neither'],
    ['市委赴章丘区调研安排', '章丘区', 'a district of the lists'],
  ];
  for (const [title, want, why] of CASES) {
    it(`${title}: ${want ?? 'none'} (${why})`, () => {
      assert.deepEqual(planOf(`${title}\n\n9:00 大店镇北沟村\n`).stops.map((s) => s.place.district), [want]);
    });
  }
});

describe('research/parse: modes in later cells and lines', () => {
  it('in a table, a mode cell after a description cell of the same row is still the stop\'s', () => {
    const text = '# 副市长王五调研行程\n\n调研时间：2024年3月12日\n\n| 时间 | 地点 | 内容 | 方式 |\n|---|---|---|---|\n| 9:10 | 千佛山 | 察看泉水保护 | 暗访 |\n| 10:00 | 唐王街道娄家村 | 察看麦田 | |\n';
    const plan = planOf(text, true);
    assert.deepEqual(plan.stops.map((s) => [s.place.text, s.mode, s.modeStated]), [
      ['千佛山', 'unannounced', true],
      ['唐王街道娄家村', 'announced', false],
    ]);
  });

  it('a line with a time of its own is not the stop before it: its mode is the plan\'s', () => {
    const plan = planOf(`${T}9:00 唐王街道娄家村\n10:00（暗访）\n`);
    assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [['unannounced', false]]);
    assert.equal(plan.unannounced, true);
  });

  it('CRLF line ends read as LF ones', () => {
    const crlf = '副市长李四调研安排\r\n\r\n调研时间：2024年6月14日\r\n9:00 唐王街道娄家村\r\n第二站：港沟街道芦南村\r\n';
    assert.deepEqual(route(crlf), ['唐王街道娄家村@9:00', '港沟街道芦南村@-']);
  });
});
