// The layouts a real 调研/督查/视察 plan comes in (research/parse.ts), one feature per describe:
// where a paragraph is cut into stops (sentence ends, travel verbs after 、, times glued to the
// words before them, 第N站 marks with a time before or after), the words after a verb or a mark,
// several places in one clause, what is no stop (returns, meals, venues, visits the text forbids),
// date headings and ranges, the part of the day carried from clause to clause, tables and the
// lines after a stop, the plan-wide mode, who leads and the 区县 of the title.
// Expected values are read off the text by the rules in the header of parse.ts; lengths and
// offsets are counted by hand on the paragraph's key (full-width ，；：！？ read as , ; : ! ?).

import * as assert from 'node:assert/strict';
import type { Plan } from '../../../server/src/core/research/types';
import { planOf, route } from './read';



/** The text of each stop (its clause) as the paragraph's key gives it. */
function stopTexts(text: string): string[] {
  return planOf(text).stops.map((s) => s.para.key.slice(s.start, s.end));
}

const ymdText = (p: Plan): string[] => p.dates.map((d) => `${d.year}/${d.month}/${d.day}`);

/** A title and a visit date, then the lines of a test. */
const T = '副市长李四调研安排\n\n调研时间：2024年6月14日\n';

describe('research/layouts: clauses cut at sentence ends and before travel verbs', () => {
  it('。 ; ! ? each end a stop\'s clause in run-on text', () => {
    const text = `${T}先到唐王街道娄家村察看麦田。再到港沟街道芦南村了解防汛；到彩石街道捎近村走访！到华山街道王舍人村察看？到遥墙街道\n`;
    // Each clause runs up to and including its sentence end; 再到 is a connective and a travel verb.
    assert.deepEqual(stopTexts(text), ['先到唐王街道娄家村察看麦田。', '再到港沟街道芦南村了解防汛;', '到彩石街道捎近村走访!', '到华山街道王舍人村察看?', '到遥墙街道']);
    assert.deepEqual(planOf(text).stops.map((s) => s.place.key), ['|唐王街道|娄家村', '|港沟街道|芦南村', '|彩石街道|捎近村', '|华山街道|王舍人村', '|遥墙街道|']);
  });

  it('a travel verb after 、 opens a stop of its own', () => {
    // Without the cut, 到港沟… would be read as a second name after 、 and fail (到 is no name).
    assert.deepEqual(stopTexts(`${T}走访唐王街道娄家村、到港沟街道芦南村\n`), ['走访唐王街道娄家村、', '到港沟街道芦南村']);
  });

  it('a time after a space opens a clause, so two timed stops can share a line', () => {
    assert.deepEqual(route(`${T}9:00 唐王街道娄家村 10:30 港沟街道芦南村\n`), ['唐王街道娄家村@9:00', '港沟街道芦南村@10:30']);
  });

  it('a time right after a list mark opens the stop: the mark is not part of its text', () => {
    // 1. is 2 characters; the stop's text starts at the time.
    assert.deepEqual(planOf(`${T}1.9:00唐王街道娄家村\n`).stops.map((s) => [s.start, s.end, s.placeStart]), [[2, 13, 6]]);
  });

  it('a time after 于 does not open a clause: the stop is the whole sentence', () => {
    assert.deepEqual(stopTexts(`${T}调研组于9:00到历下区泉城路街道芦南村察看\n`), ['调研组于9:00到历下区泉城路街道芦南村察看']);
  });

  it('a time after 至 ends the visit: it is no time standing alone for the next line', () => {
    assert.deepEqual(route(`${T}9:00到唐王街道娄家村察看麦田至10:00\n港沟街道芦南村\n`), ['唐王街道娄家村@9:00']);
  });

  it('a time later in the clause is not the stop\'s, before or after the place', () => {
    // 约9:40 follows the place: the stop has no time, and the place is still read.
    assert.deepEqual(route(`${T}先到唐王街道娄家村察看麦田，约9:40离开\n`), ['唐王街道娄家村@-']);
  });

  it('a time right after a one-character lead word is the clause\'s time', () => {
    assert.deepEqual(route(`${T}约9:00 唐王街道娄家村\n`), ['唐王街道娄家村@9:00']);
  });
});

describe('research/layouts: 第N站 marks with times', () => {
  it('a time after the mark (with or without ：and spaces, any numeral) keeps the mark: bare names are stops', () => {
    const text = `${T}第一站 9:00 千佛山\n第二站：10:00 趵突泉公园\n第三站11:00 大明湖\n第4站： 11:30 芙蓉街\n第12站 12:00 百花洲\n`;
    assert.deepEqual(route(text), ['千佛山@9:00', '趵突泉公园@10:00', '大明湖@11:00', '芙蓉街@11:30', '百花洲@12:00']);
    // The mark's clause starts at the mark, not at the time.
    assert.deepEqual(planOf(text).stops.map((s) => s.start), [0, 0, 0, 0, 0]);
  });

  it('a mark after a place opens the next stop; a mark right after a time belongs to the time', () => {
    const text = `${T}第一站 9:00 唐王街道娄家村 第二站 9:30 港沟街道芦南村\n9:40第三站彩石街道捎近村\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@9:30', '彩石街道捎近村@9:40']);
    // 第一站 9:00 唐王街道娄家村 is 14 characters (the space before 第二站 is folded away).
    assert.deepEqual(planOf(text).stops.map((s) => [s.start, s.end]), [[0, 14], [14, 28], [0, 14]]);
  });

  it('marks and times in a later clause of the line', () => {
    const text = `${T}第一站：9:00 唐王街道娄家村；第二站：9:30 港沟街道芦南村\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@9:30']);
  });

  it('a connective before the travel verb after a mark is skipped', () => {
    assert.deepEqual(planOf(`${T}第二站：随后前往港沟街道芦南村\n`).stops.map((s) => s.place.key), ['|港沟街道|芦南村']);
  });

  it('a two-character bare name after a mark is a stop', () => {
    assert.deepEqual(route(`${T}第一站：华山\n`), ['华山@-']);
  });

  it('a later time in the mark\'s line opens a stop of its own (lines a PDF copy joined)', () => {
    const text = `${T}第一站：9:00 唐王街道娄家村察看麦田，10:00 港沟街道芦南村了解防汛\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@10:00']);
  });

  it('a time with its own 下午 after a mark sets the part of the day for the lines after it', () => {
    assert.deepEqual(route(`${T}第一站：下午3:00到华山街道王舍人村\n4:00到遥墙街道\n`), ['华山街道王舍人村@15:00', '遥墙街道@16:00']);
  });
});

describe('research/layouts: the words after a verb', () => {
  it('a space after the verb; an activity word inside a name from its third character', () => {
    // 区调度中心: 调度 at the second character does not end the name; 研究院: 研究 at the first.
    assert.deepEqual(route(`${T}9:00 到区调度中心\n9:30 到研究院察看\n9:50 到 唐王街道娄家村\n`), ['区调度中心@9:00', '研究院@9:30', '唐王街道娄家村@9:50']);
  });

  it('an inspection verb after a time is not part of the place', () => {
    assert.deepEqual(route(`${T}9:30 察看港沟街道芦南村\n`), ['港沟街道芦南村@9:30']);
  });

  it('after a time, who goes is not part of the place: the place follows 到', () => {
    assert.deepEqual(route(`${T}9:00 调研组到鲁兴公司察看\n`), ['鲁兴公司@9:00']);
  });

  it('a comma after the time; a connective before a travel verb that is no inspection word', () => {
    assert.deepEqual(route(`${T}9:00，彩石街道捎近村\n10:00 随后转场至华山街道王舍人村\n`), ['彩石街道捎近村@9:00', '华山街道王舍人村@10:00']);
  });

  it('after a mark, a bare name after a town is the site; later names in the list are not read bare', () => {
    const plan = planOf(`${T}第一站：港沟街道芙蓉街、唐王街道曲水亭街\n`);
    assert.deepEqual(plan.stops.map((s) => s.place.key), ['|港沟街道|芙蓉街', '|唐王街道|']);
  });

  it('a 区县 carries to the next place of the list', () => {
    assert.deepEqual(planOf(`${T}9:00 到历城区唐王街道娄家村、港沟街道芦南村\n`).stops.map((s) => s.place.key), ['历城区|唐王街道|娄家村', '历城区|港沟街道|芦南村']);
  });

  it('words after the place do not stop the list after 、', () => {
    assert.deepEqual(route(`${T}9:30 走访唐王街道娄家村困难群众、港沟街道芦南村\n`), ['唐王街道娄家村@9:30', '港沟街道芦南村@9:30']);
  });
});

describe('research/layouts: places joined by 和', () => {
  it('a town after 和 is a stop; people after 和 are not', () => {
    assert.deepEqual(planOf(`${T}10:00 到唐王街道娄家村和港沟街道察看\n10:30 到唐王街道娄家村和党员群众座谈\n`).stops.map((s) => s.place.key), ['|唐王街道|娄家村', '|港沟街道|', '|唐王街道|娄家村']);
  });

  it('a school after 和 is a stop of its own, not part of the village', () => {
    const plan = planOf(`${T}11:30 到三德范村和三德范小学察看\n`);
    // 11:30到 is 6 characters; 三德范村 ends at 10, where its mark goes (before 和).
    assert.deepEqual(plan.stops.map((s) => [s.place.text, s.placeStart, s.placeEnd, s.markAt]), [['三德范村', 6, 10, 10], ['三德范小学', 11, 16, 16]]);
  });

  it('a hotel after 和 is where a meeting sits, not a stop; nor is the village\'s name extended by it', () => {
    assert.deepEqual(route(`${T}11:00 到港沟街道芦南村和鲁兴宾馆\n`), ['港沟街道芦南村@11:00']);
  });
});

describe('research/layouts: what is no stop', () => {
  it('a meeting in a hotel; leaving a village; a meal after a comma', () => {
    assert.deepEqual(route(`${T}15:00 在鲁兴宾馆召开座谈会\n16:00 离开唐王街道娄家村\n12:00 到唐王街道娄家村，用餐\n`), []);
  });

  it('a visit the text forbids or leaves open, found inside the sentence, is no stop', () => {
    const text = '市委调研安排\n\n调研时间：2024年7月8日\n各调研组严禁到唐王街道娄家村搞层层陪同。\n是否到港沟街道芦南村视情况而定。\n';
    assert.deepEqual(route(text), []);
  });

  it('a later travel verb in the sentence when the first finds no place', () => {
    // 深入田间 and 察看麦田后… name no place; 到彩石街道捎近村 does (调研组 is no verb).
    assert.deepEqual(route('市委调研安排\n\n调研时间：2024年7月8日\n调研组深入田间察看麦田后到彩石街道捎近村座谈\n'), ['彩石街道捎近村@-']);
  });

  it('a time alone, then a line that is no place: the time is spent, the bare line after it is no stop', () => {
    assert.deepEqual(route('副市长李四调研安排\n\n6月14日\n走访唐王街道娄家村\n11:00\n听取汇报\n彩石街道捎近村\n'), ['唐王街道娄家村@-']);
  });
});

describe('research/layouts: lines after a stop', () => {
  it('an inspection line after a date heading is a stop (no stop before it to describe)', () => {
    assert.deepEqual(route('副市长李四调研安排\n\n6月14日\n走访唐王街道娄家村\n'), ['唐王街道娄家村@-']);
  });

  it('an inspection line after a day-part heading or after a line that is no stop is a stop', () => {
    assert.deepEqual(route(`${T}下午\n走访唐王街道娄家村\n听取区农业农村局汇报。\n走访港沟街道芦南村\n`), ['唐王街道娄家村@-', '港沟街道芦南村@-']);
  });

  it('in a table, the cell after a number cell of a new row is no description', () => {
    const text = '# 副市长王五调研行程\n\n调研时间：2024年3月12日\n\n| 序号 | 内容 |\n|---|---|\n| 1 | 走访唐王街道娄家村 |\n';
    assert.deepEqual(route(text, true), ['唐王街道娄家村@-']);
  });

  it('an inspection line after a stop describes it, a number in it or not', () => {
    // 3个大棚 holds a digit, but the line opens with no list mark.
    assert.deepEqual(route(`${T}9:00 唐王街道娄家村\n察看港沟街道芦南村3个大棚\n`), ['唐王街道娄家村@9:00']);
  });

  it('only the first clause of the line after a stop describes it', () => {
    assert.deepEqual(route(`${T}9:00 唐王街道娄家村\n听取村党支部汇报；察看港沟街道芦南村高标准农田\n`), ['唐王街道娄家村@9:00', '港沟街道芦南村@-']);
  });
});

describe('research/layouts: the mode of each stop', () => {
  it('a clause\'s （暗访） is its own stop\'s, not the next clause\'s', () => {
    const plan = planOf(`${T}9:00到唐王街道娄家村（暗访）；10:00到港沟街道芦南村\n`);
    assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [['unannounced', true], ['announced', false]]);
    assert.equal(plan.unannounced, false);
  });

  it('a 暗访 in a route list is the part\'s; the other parts stay announced', () => {
    const plan = planOf('市农业农村局调研方案\n\n调研地点：唐王街道娄家村（暗访）、港沟街道芦南村、千佛山\n');
    assert.deepEqual(plan.stops.map((s) => [s.place.text, s.mode, s.modeStated]), [
      ['唐王街道娄家村', 'unannounced', true],
      ['港沟街道芦南村', 'announced', false],
      ['千佛山', 'announced', false],
    ]);
    assert.equal(plan.unannounced, false);
  });
});

describe('research/layouts: the plan\'s mode', () => {
  it('a sentence right after a stop\'s clause that sets 不打招呼 is the plan\'s', () => {
    const plan = planOf(`${T}9:00到唐王街道娄家村；不打招呼、直奔现场。\n10:00到港沟街道芦南村\n`);
    assert.equal(plan.unannounced, true);
    assert.deepEqual(plan.stops.map((s) => [s.mode, s.modeStated]), [['unannounced', false], ['unannounced', false]]);
  });

  const CASES: Array<[string, boolean, string]> = [
    ['调研方式：暗访和明察相结合。', false, '明察 after 暗访 in the same sentence'],
    ['调研方式：暗访结合明察', false, '明察 at the very end of a paragraph without 。'],
    ['各组随机抽取点位。重点单位明察。', true, '明察 in the next sentence does not undo 随机'],
  ];
  for (const [line, want, why] of CASES) {
    it(`${want ? 'unannounced' : 'announced'}: ${why}`, () => {
      assert.equal(planOf(`市农业农村局调研方案\n\n${line}\n第一站：唐王街道娄家村\n`).unannounced, want);
    });
  }

  it('a 主题词 line is no practice the plan sets', () => {
    assert.equal(planOf('市委调研安排\n\n带队领导：王五\n第一站：唐王街道娄家村\n\n主题词：暗访 调研 方案\n').unannounced, false);
  });
});

describe('research/layouts: the part of the day', () => {
  it('上午/下午 opening a clause carry to the times after them; a time\'s own 下午 carries too', () => {
    const text = `${T}上午到唐王街道娄家村；下午到港沟街道芦南村；5:00到彩石街道捎近村。\n下午3:00到华山街道王舍人村\n4:00到遥墙街道\n`;
    assert.deepEqual(route(text), ['唐王街道娄家村@-', '港沟街道芦南村@-', '彩石街道捎近村@17:00', '华山街道王舍人村@15:00', '遥墙街道@16:00']);
  });
});

describe('research/layouts: date headings', () => {
  it('a heading after a list mark 1、 or （一） sets the day and its part; a heading without a part clears it', () => {
    for (const [a, b] of [['1、', '2、'], ['（一）', '（二）']]) {
      const text = `副市长李四调研安排\n\n${a}2024年6月14日下午\n2:30 唐王街道娄家村\n${b}6月15日\n9:00 港沟街道芦南村\n`;
      assert.deepEqual(route(text), ['唐王街道娄家村@14:30', '港沟街道芦南村@9:00'], a);
      assert.deepEqual(planOf(text).stops.map((s) => s.date?.day), [14, 15], a);
    }
  });

  it('a heading with 星期六 before the part of the day, brackets or none', () => {
    const text = '副市长李四调研安排\n\n2024年6月14日上午\n9:00 唐王街道娄家村\n6月15日星期六下午\n2:30 港沟街道芦南村\n';
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@14:30']);
  });

  it('a time alone with its weekday, in brackets or not, belongs to the next line', () => {
    const text = '副市长李四调研安排\n\n2024年6月14日\n9:00（周五）\n唐王街道娄家村\n9:30 周五\n港沟街道芦南村\n';
    assert.deepEqual(route(text), ['唐王街道娄家村@9:00', '港沟街道芦南村@9:30']);
  });

  it('a line that starts with a date and goes on is no heading: 前往 after the date is no deadline', () => {
    const plan = planOf('副市长李四调研安排\n\n2024年6月14日上午前往唐王街道娄家村调研\n');
    assert.deepEqual(ymdText(plan), ['2024/6/14']);
    assert.deepEqual(plan.stops.map((s) => s.date?.day), [14]);
  });
});

describe('research/layouts: the dates of the visit', () => {
  const CASES: Array<[string, string[], string]> = [
    ['2024年6月14日至16日', ['2024/6/14', '2024/6/16'], 'a range adds its last day'],
    ['2024年6月14日（星期五）至16日（星期日）', ['2024/6/14', '2024/6/16'], 'weekdays in brackets between'],
    ['2024年6月14日—16日', ['2024/6/14', '2024/6/16'], 'a dash'],
    ['2024年6月30日至31日', ['2024/6/30'], 'a day the month does not have is no date'],
    ['2024年6月14日、7月14日、2025年6月14日', ['2024/6/14', '2024/7/14', '2025/6/14'], 'the same day of another month or year is another date'],
    ['材料最迟于2024年6月10日报送，调研定于2024年6月14日。', ['2024/6/14'], 'a deadline earlier in the line does not drop a later visit date'],
  ];
  for (const [line, want, why] of CASES) {
    it(`${line}: ${why}`, () => assert.deepEqual(ymdText(planOf(`副市长李四调研安排\n\n调研时间：${line}\n`)), want));
  }

  it('a month and day with no year anywhere is no date', () => {
    assert.deepEqual(planOf('6月14日副市长李四调研安排\n\n9:00 唐王街道娄家村\n').dates, [], 'in the title');
    const plan = planOf('副市长李四调研安排\n\n6月14日\n走访唐王街道娄家村\n');
    assert.deepEqual(plan.dates, []);
    assert.deepEqual(plan.stops.map((s) => s.date), [null]);
  });
});

describe('research/layouts: tables', () => {
  it('a 考察地点 header is a place column but no stop; a later table without one reads no bare names', () => {
    const text = '# 副市长王五调研行程\n\n调研时间：2024年3月12日\n\n| 时间 | 考察地点 | 内容 |\n|---|---|---|\n| 9:10 | 唐王街道娄家村 | 察看 |\n\n说明\n\n| 时间 | 内容 |\n|---|---|\n| 10:00 | 千佛山 |\n';
    assert.deepEqual(route(text, true), ['唐王街道娄家村@9:10']);
  });

  it('a tab or an ideographic space before a cell still makes it a cell', () => {
    const text = '# 副市长王五调研行程\n\n调研时间：2024年3月12日\n\n| 时间 | 地点 | 内容 |\n|---|---|---|\n| 9:10 |\t千佛山 | 察看 |\n| 9:40 |\u3000趵突泉 | 察看 |\n';
    assert.deepEqual(route(text, true), ['千佛山@9:10', '趵突泉@9:40']);
  });
});

describe('research/layouts: who leads', () => {
  const CASES: Array<[string, string, string]> = [
    ['市农业农村局调研方案\n\n带队：副市长李四\n', '副市长李四', '带队 alone as the label'],
    ['市农业农村局调研方案\n\n带队领导：副市长李四 （分管农业）\n', '副市长李四', 'the space before the bracket trimmed'],
    ['市农业农村局调研方案\n\n本次调研由市农业农村局主要领导带队。\n', '市农业农村局主要领导', 'ending in 领导 still names someone'],
    ['市农业农村局调研方案\n\n本次调研由领导小组组长带队。\n', '领导小组组长', 'starting with 领导 still names someone'],
    ['市农业农村局调研方案\n\n本次调研由市应急局局长带队。\n', '市应急局局长', '应 inside a name is no request'],
    ['2024年10月市长张三赴章丘区调研安排\n\n9:00 到唐王街道娄家村\n', '市长张三', 'a two-digit month without a day'],
    ['市委第一督查组督查安排\n\n9:00 到唐王街道娄家村\n', '市委第一督查组', 'the title\'s 督查组, not cut at the first 督查'],
    ['2024年市委督查组赴章丘区督查安排\n\n9:00 到唐王街道娄家村\n', '市委督查组', 'a year alone before the leader'],
    ['6月14日副市长李四调研安排\n\n9:00 唐王街道娄家村\n', '副市长李四', 'a month and day without a year before the leader'],
    ['市政府办公室关于副市长李四赴章丘区调研的安排\n\n9:00 到唐王街道娄家村\n', '副市长李四', 'the 事由 after 关于 names the leader, not the issuing body'],
    ['市委督查室关于开展专项督查的通知\n\n9:00 到唐王街道娄家村\n', '市委督查室', 'the issuing body when the 事由 names nobody'],
    ['市农业农村局关于开展乡村振兴调研的通知\n\n9:00 到唐王街道娄家村\n', '市农业农村局', 'the issuing body before 关于, whatever its ending'],
    ['市乡村振兴工作队行程安排\n\n9:00 到唐王街道娄家村\n', '市乡村振兴工作队', 'the title\'s 工作队, with no verb after it'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${want} (${why})`, () => assert.equal(planOf(text).leader, want));
  }
});

describe('research/layouts: the 区县 of the title', () => {
  it('a 区县 of the lists anywhere in the title, without 赴', () => {
    assert.deepEqual(planOf('市委章丘区乡村振兴调研安排\n\n9:00 到唐王街道娄家村\n').stops.map((s) => s.place.district), ['章丘区']);
  });
});
