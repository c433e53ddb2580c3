// Where the regions of a text are (server/src/core/tree/regions.ts): the opening that convenes a
// meeting, a timed schedule, meeting and visit labels, meeting sentences, labelled sections and norms.

import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { effectiveConfig } from '../../../server/src/core/config/effective';
import type { DocModel } from '../../../server/src/core/model/types';
import { ITINERARY_LABEL, POLICY_TITLE, isSchedule, itineraryLabelCount, labelledSections, meetingLabelCount, meetingSentences, normParagraphs, opensWithMeeting } from '../../../server/src/core/tree/regions';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';
const model = (...ls: string[]): DocModel => analyze(lines(...ls), effectiveConfig([]).config).model;
const sentences = (m: DocModel, taken: number[] = []): Array<[number, string]> =>
  meetingSentences(m, new Set(taken)).map((a) => [a.para.index, a.para.key.slice(a.start, a.end)]);

describe('tree regions: opensWithMeeting', () => {
  it('the second plain paragraph may convene the meeting', () => {
    const m = model('通知', '各单位：', '　　为做好春季防火工作，现提出以下要求。', '　　经研究，定于2024年3月12日上午9:00在市林业局二楼召开春季防火工作会议。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(m), true);
  });

  it('a meeting convened in the third paragraph is not the notice purpose', () => {
    const m = model('通知', '各单位：', '　　为做好春季防火工作，现提出以下要求。', '　　各单位要加强巡查。', '　　经研究，定于2024年3月12日上午9:00召开春季防火工作会议。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(m), false);
  });

  it('a later sentence counts only when the paragraph announces the arrangements', () => {
    const announces = model('通知', '各单位：', '　　为做好春季防火工作，现将有关事项通知如下：会议定于2024年3月12日上午9:00召开春季防火会议。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(announces), true);
    const plain = model('通知', '各单位：', '　　为做好春季防火工作。会议定于2024年3月12日上午9:00召开春季防火会议。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(plain), false);
  });

  it('an announcing paragraph: a meeting in its second sentence; a date before the verb is not the meeting day', () => {
    const announces = model('通知', '各单位：', '　　为做好春季防火工作，现将有关事项通知如下。会议定于2024年3月12日上午9:00召开春季防火会议。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(announces), true);
    const undated = model('通知', '各单位：', '　　根据2024年3月1日的部署，会议定于近期在东楼召开。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(undated), false);
  });

  it('a heading that convenes a meeting does not open the notice', () => {
    const m = model('通知', '各单位：', '　　一、定于2024年3月12日上午9:00召开春季防火会议。', '　　二、各单位要加强巡查。', '市林业局', '2024年3月1日');
    assert.equal(opensWithMeeting(m), false);
  });
});

describe('tree regions: isSchedule', () => {
  it('three lines opening with a clock time are a schedule; two are not', () => {
    assert.equal(isSchedule(model('8:30　报到', '9:00　开幕式', '9:30　分组讨论')), true);
    assert.equal(isSchedule(model('8:30　报到', '9:00　开幕式', '散会')), false);
  });

  it('numbered lines (1. 8:30 报到) count as opening with a time', () => {
    assert.equal(isSchedule(model('1. 8:30　报到', '2. 9:00　开幕式', '3. 9:30　分组讨论')), true);
    assert.equal(isSchedule(model('12. 8:30　报到', '13. 9:00　开幕式', '14. 9:30　分组讨论')), true);
  });

  it('a time one character into the line, a numbered line without a space, a title line: all count', () => {
    assert.equal(isSchedule(model('约8:30报到', '约9:00开幕式', '约9:30分组讨论')), true);
    assert.equal(isSchedule(model('1.8:30报到', '2.9:00开幕式', '3.9:30分组讨论')), true);
    assert.equal(isSchedule(model('9:00—9:30 听取报告', '9:30 审议', '10:00 闭幕')), true);
  });

  it('a range line may carry two more characters or a bracketed part of the day', () => {
    assert.equal(isSchedule(model('9:00—9:30 开幕', '第一次全体会议')), true);
    assert.equal(isSchedule(model('9:00—9:30（上午）', '第一次全体会议')), true);
  });

  it('a time late in the line does not open it', () => {
    assert.equal(isSchedule(model('上午报到8:30', '随后开幕9:00', '分组讨论9:30')), false);
  });

  it('a line that is only a time range, with a meeting named under it', () => {
    assert.equal(isSchedule(model('9:00—9:30', '第一次全体会议')), true);
    assert.equal(isSchedule(model('9:00—9:30', '参观展览', '合影留念')), false);
    assert.equal(isSchedule(model('9:00—9:30', '参观展览', '合影留念', '闭幕式')), false, 'the meeting must be within two lines');
    assert.equal(isSchedule(model('9:00', '第一次全体会议')), false, 'a single time is no range');
    assert.equal(isSchedule(model('9:00—9:30 听取报告', '第一次全体会议')), false, 'the range line says more');
  });
});

describe('tree regions: label counts', () => {
  it('counts meeting labels and visit labels in the content', () => {
    const m = model('会议时间：2024年4月9日上午9:00', '会议地点：市政府第一会议室', '参会人员：各区县分管负责同志', '督查时间：2024年5月6日', '督查地点：历城区', '第一站：港沟街道');
    assert.equal(meetingLabelCount(m), 3);
    assert.equal(itineraryLabelCount(m), 3);
  });

  it('a label needs its colon or the end of the line', () => {
    const m = model('关于做好会务工作的通知', '各单位：', '　　会议时间定在上午。', '　　会议地点', '　　调研路线较长。', '　　调研路线：东线', '市城管局', '2024年4月1日');
    assert.equal(meetingLabelCount(m), 1);
    assert.equal(itineraryLabelCount(m), 1);
  });
});

describe('tree regions: meetingSentences', () => {
  it('finds the clauses that convene a meeting on a day, not one already held, a norm or an event without a meeting', () => {
    const m = model('关于加强道路养护的通知', '各区县：', '　　我局已于2024年2月20日召开专题会议；推进会于2024年3月5日召开，请准时参加；全市拟于2024年3月18日举行演练；会议原则上定于2024年3月20日召开；会议定于2024年3月25日在东楼召开，请准时参加。', '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(m), [[2, '推进会于2024年3月5日召开'], [2, '会议定于2024年3月25日在东楼召开']]);
  });

  it('a bare 于 counts only right after the meeting it dates', () => {
    const m = model('关于加强道路养护的通知', '各区县：', '　　各单位于2024年3月5日召开座谈会，请准时参加。', '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(m), []);
  });

  it('a clause without a day, or with the date far from the verb, convenes nothing', () => {
    const m = model('关于加强道路养护的通知', '各区县：', '　　会议定于近期在东楼召开，请准时参加。', '　　会议定于下一阶段全市道路养护任务与桥梁维修任务全部完成以后的适当时间即2024年9月1日召开，请准时参加。', '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(m), []);
  });

  it('the date at most 29 characters after the verb', () => {
    const near = model('关于加强道路养护的通知', '各区县：', '　　会议定于一二三四五六七八九十一二三四五六七八九十一二三四五六七2024年3月25日召开，请准时参加。', '市城管局', '2024年3月1日');
    assert.equal(sentences(near).length, 1);
    const far = model('关于加强道路养护的通知', '各区县：', '　　会议定于一二三四五六七八九十一二三四五六七八九十一二三四五六七八2024年3月25日召开，请准时参加。', '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(far), []);
  });

  it('one clause: the held meeting before it, a later 于 without a meeting verb, an undated second convening are left out', () => {
    const m = model('关于加强道路养护的通知', '各区县：',
      '　　我局已于2024年2月20日召开专题会议，会议定于2024年3月25日在东楼召开，请准时参加。',
      '　　会议定于2024年4月2日在西楼召开，材料将于3月20日印发。',
      '　　会议定于2024年4月9日召开，培训会定于近期召开。',
      '　　会议定于2024年4月16日在南楼召开专题会议，请准时参加。',
      '　　推进会已确定于2024年4月23日在北楼召开，请准时参加。',
      '　　各参会单位于2024年3月5日召开座谈会，请准时参加。',
      '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(m), [
      [2, '会议定于2024年3月25日在东楼召开'],
      [3, '会议定于2024年4月2日在西楼召开'],
      [4, '会议定于2024年4月9日召开'],
      [5, '会议定于2024年4月16日在南楼召开专题会议'],
      [6, '推进会已确定于2024年4月23日在北楼召开'],
    ]);
  });

  it('a clause without a closing mark still counts; ； ends a clause', () => {
    const m = model('关于加强道路养护的通知', '各区县：', '　　工程定于2024年3月25日开工；会议资料请在东楼召开前报送。', '　　会议定于2024年3月28日在东楼召开', '市城管局', '2024年3月1日');
    const got = sentences(m);
    assert.equal(got.length, 1);
    assert.equal(got[0]![0], 3);
    assert.match(got[0]![1], /^会议定于2024年3月28日在东楼召开/);
  });

  it('skips the paragraphs already taken by a region', () => {
    const m = model('关于加强道路养护的通知', '各区县：', '　　会议定于2024年3月25日在东楼召开，请准时参加。', '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(m), [[2, '会议定于2024年3月25日在东楼召开']]);
    assert.deepEqual(sentences(m, [2]), []);
  });

  it('a clause ends at 。 or ；: a meeting named in the next clause does not make a date a meeting', () => {
    const m = model('关于加强道路养护的通知', '各区县：', '　　工程定于2024年3月25日开工。会议资料请在东楼召开前报送。', '市城管局', '2024年3月1日');
    assert.deepEqual(sentences(m), []);
  });
});

describe('tree regions: labelledSections', () => {
  it('a run of two labels with a date, with the heading right above it', () => {
    const m = model('关于开展背街小巷整治的通知', '各区县人民政府：', '　　一、整治范围', '　　全市背街小巷。', '　　二、召开推进会议', '　　会议时间：2024年4月9日上午9:00', '　　会议地点：市政府第一会议室', '　　三、工作要求', '　　各区县要加强组织领导。', '济南市城市管理局', '2024年4月1日');
    const heads = m.paragraphs.map((p) => p.text);
    assert.deepEqual(labelledSections(m).map(([a, b]) => [heads[a], heads[b - 1]]), [['二、召开推进会议', '会议地点：市政府第一会议室']]);
  });

  it('a heading that names no meeting is not taken; a plain line between two labels continues the run', () => {
    const m = model('关于开展背街小巷整治的通知', '各区县人民政府：', '　　一、整治范围', '　　二、有关安排', '　　会议时间：2024年4月9日上午9:00', '　　请各区县提前十分钟到场。', '　　会议地点：市政府第一会议室', '　　各区县要加强组织领导。', '济南市城市管理局', '2024年4月1日');
    const heads = m.paragraphs.map((p) => p.text);
    assert.deepEqual(labelledSections(m).map(([a, b]) => [heads[a], heads[b - 1]]), [['会议时间：2024年4月9日上午9:00', '会议地点：市政府第一会议室']]);
  });

  it('one label, or labels without a day, make no section', () => {
    const one = model('关于开展背街小巷整治的通知', '各区县：', '　　会议时间：2024年4月9日上午9:00', '　　各区县要加强组织领导。', '济南市城市管理局', '2024年4月1日');
    assert.deepEqual(labelledSections(one), []);
    const undated = model('关于开展背街小巷整治的通知', '各区县：', '　　会议时间：另行通知', '　　会议地点：市政府第一会议室', '济南市城市管理局', '2024年4月1日');
    assert.deepEqual(labelledSections(undated), []);
  });

  it('a heading between two labels ends the run; a plain last line of the text continues it', () => {
    const split = model('关于加强道路养护的通知', '各单位：', '　　会议时间：2024年4月9日', '　　三、其他事项', '　　会议地点：东楼', '市城管局', '2024年3月1日');
    assert.deepEqual(labelledSections(split), []);
    const last = model('关于加强道路养护的通知', '各单位：', '　　会议时间：2024年4月9日', '　　会议地点：东楼', '　　请准时参加。');
    assert.deepEqual(labelledSections(last), [[2, 4]]);
  });

  it('whether a line is a label is kept by its text for each pattern: an edit reads it again', () => {
    const text = (label: string) => ['关于加强道路养护的通知', '各单位：', `　　${label}：2024年4月9日`, '　　会议地点：东楼', '市城管局', '2024年3月1日'];
    assert.deepEqual(labelledSections(model(...text('会议时间'))), [[2, 4]]);
    assert.deepEqual(labelledSections(model(...text('会议时间')), ITINERARY_LABEL), [], 'the same texts under the other pattern');
    assert.deepEqual(labelledSections(model(...text('开会时间'))), [], 'no longer a label: one label left');
    assert.deepEqual(labelledSections(model(...text('会议时间'))), [[2, 4]]);
  });

  it('a month without a day is no date', () => {
    const m = model('关于加强道路养护的通知', '各单位：', '　　会议时间：2024年4月中旬', '　　参会人员：2024年4月新入职人员', '市城管局', '2024年3月1日');
    assert.deepEqual(labelledSections(m), []);
  });

  it('the date may be on a later label of the run', () => {
    const m = model('关于开展背街小巷整治的通知', '各区县：', '　　会议地点：市政府第一会议室', '　　会议时间：2024年4月9日上午9:00', '济南市城市管理局', '2024年4月1日');
    assert.deepEqual(labelledSections(m), [[2, 4]]);
  });

  it('visit labels with ITINERARY_LABEL', () => {
    const m = model('会议时间：2024年4月9日上午9:00', '会议地点：市政府第一会议室', '参会人员：各区县分管负责同志', '督查时间：2024年5月6日', '督查地点：历城区', '第一站：港沟街道');
    assert.deepEqual(labelledSections(m), [[0, 3]]);
    assert.deepEqual(labelledSections(m, ITINERARY_LABEL), [[3, 6]]);
  });
});

describe('tree regions: normParagraphs and POLICY_TITLE', () => {
  it('a limit on meetings, speeches or papers is a norm; a limit on something else is not', () => {
    const m = model('市会务工作规范', '　　一、每次会议时长控制在90分钟以内。', '　　二、讲话不超过三十分钟。', '　　三、文件篇幅不超过10页。', '　　四、参加人数不超过多数。', '　　五、道路长度不超过5公里。', '　　六、汇报材料不得超过 8 页。', '　　七、道路养护不超过3天。');
    assert.deepEqual(normParagraphs(m).map((p) => p.index), [1, 2, 3, 6]);
  });

  it('only body paragraphs are norms; a limit with words between (控制在每人10分钟) is one', () => {
    const m = model('会议讲话不超过30分钟的规定', '　　一、发言时间控制在每人10分钟以内。');
    assert.deepEqual(normParagraphs(m).map((p) => p.index), [1]);
  });

  it('policy genres end the title, a closing quote allowed', () => {
    assert.ok(POLICY_TITLE.test('市政府会议管理办法'));
    assert.ok(POLICY_TITLE.test('《会务工作规范》'));
    assert.ok(!POLICY_TITLE.test('会议管理办法培训会'));
    assert.ok(!POLICY_TITLE.test('关于召开全市防汛工作会议的通知'));
  });
});

describe('tree regions: where a clause and a meeting sentence end', () => {
  it('a full-width ！ or ？ ends a clause, as 。 does (the key folds them to ! and ?)', () => {
    const m = model('关于某事的通知', '各单位：', '　　工程定于2024年3月25日开工！会议资料请在东楼召开前报送。', '某单位', '2024年3月1日');
    assert.deepEqual(sentences(m), []);
  });

  it('a meeting sentence stops before the sentence end mark', () => {
    const m = model('关于某事的通知', '各单位：', '　　会议定于2024年3月28日在东楼召开。', '某单位', '2024年3月1日');
    assert.deepEqual(sentences(m).map(([, s]) => s), ['会议定于2024年3月28日在东楼召开']);
  });

  it('the opening of a notice stands before its first heading: a meeting convened under 一、 is the body\'s', () => {
    const m = model('关于做好防汛工作的通知', '各区县：', '　　一、总体要求', '　　会议定于2024年6月4日上午9:00召开，请准时参加。', '某单位', '2024年5月28日');
    assert.equal(opensWithMeeting(m), false);
  });
});
