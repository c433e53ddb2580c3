// Who speaks in an item and in what role (RULES.md 会议; docs/rules/meeting.principal-speech.md,
// 角色): the speaker is the words before the verb; the principal leaders are those whose title is
// in names.principalLeaders, not 副市长 / 市委副书记 / 市长助理; relayed or studied speeches and
// other leaders' speeches are not budgeted.

import * as assert from 'node:assert/strict';
import { hasPrincipalTitle, listedSpeakers, roleOf, speakerOf } from '../../../server/src/core/agenda/roles';
import { DEFAULT_NAMES, type Names } from '../../../server/src/core/config/resolve';

const N = DEFAULT_NAMES;
const role = (text: string, host: string | null = null, names: Names = N): string => roleOf(text, speakerOf(text), host, names);

describe('agenda roles', () => {
  describe('speakerOf', () => {
    const table: Array<[string, string, string]> = [
      ['市委书记张三讲话', '市委书记张三', 'the words before the verb'],
      ['副市长李四同志讲话', '副市长李四', '同志 before the verb is dropped'],
      ['李四同志 讲话', '李四', '同志 kept by the match (a space before the verb) is dropped at the end'],
      ['（9:00）副市长李四讲话', '副市长李四', 'a short bracket at the start is not the speaker'],
      ['听取市发展改革委汇报全市经济运行情况', '市发展改革委', '听取 is not part of the speaker'],
      ['由副市长赵强主持', '副市长赵强', '由 is not part of the speaker'],
      ['请市财政局介绍预算执行情况', '市财政局', '请 is not part of the speaker'],
      ['市长王五作经济工作报告', '市长王五', 'the speaker ends before 作'],
      ['市委书记张三作动员讲话', '市委书记张三', '作 + 动员 before the verb'],
      ['开幕式：市委书记讲话', '市委书记', 'a short session name and a colon are not the speaker'],
      ['历下区、章丘区分别作表态发言', '历下区、章丘区', '分别 is not part of the speaker'],
      ['市财政局、汇报', '市财政局', 'punctuation before the verb is dropped'],
      ['历下区，市中区，槐荫区作表态发言', '历下区，市中区，槐荫区', 'units parted by commas are all speakers, not a session name and one speaker'],
      ['历下区代表全体区县作表态发言', '历下区', '代表… before the verb is not the speaker'],
      ['市自由贸易区管委会汇报', '市自由贸易区管委会', '由 inside a name stays'],
      ['（书面）市统计局通报', '市统计局', 'a bracket at the start goes, whatever it holds'],
      ['市水务局（河长办）汇报', '市水务局（河长办）', 'a bracket inside the name stays'],
      ['市作家协会发言', '市作家协会', 'a 作 inside the name does not end it'],
      ['分组讨论', '', 'no speaking verb, no speaker'],
      ['观看专题片', '', 'no speaking verb, no speaker'],
    ];
    for (const [text, want, why] of table) it(`${text} → “${want}” (${why})`, () => assert.equal(speakerOf(text), want));
  });

  describe('hasPrincipalTitle', () => {
    const table: Array<[string, boolean, string]> = [
      ['市委书记张三', true, '市委书记'],
      ['市长王五', true, '市长'],
      ['市政府市长王五', true, '市长 after the organ'],
      ['市委主要负责同志', true, 'the title without its 同志 matches'],
      ['市委主要负责', true, 'a speaker read without 同志'],
      ['市政府主要负责同志', true, '市政府主要负责同志'],
      ['副市长李四', false, '副市长 is not 市长'],
      ['常务副市长孙七', false, '常务副市长 is not 市长'],
      ['市委副书记赵六', false, '市委副书记 does not contain 市委书记'],
      ['市长助理周八', false, '市长助理 is not 市长'],
      ['副市长李四、市长王五', true, 'a second mention after a 副市长 counts'],
      ['市长助理周八、市长王五', true, 'a second mention after a 市长助理 counts'],
      ['市发展改革委', false, 'no title'],
      ['', false, 'nothing'],
    ];
    for (const [s, want, why] of table) it(`${s || '(empty)'} → ${want} (${why})`, () => assert.equal(hasPrincipalTitle(s, N), want));

    it('reads the titles from the names given', () => {
      const names: Names = { ...N, principalLeaders: ['区委书记'] };
      assert.equal(hasPrincipalTitle('区委书记陈刚', names), true);
      assert.equal(hasPrincipalTitle('市委书记张三', names), false);
      assert.equal(hasPrincipalTitle('市委书记张三', { ...N, principalLeaders: [] }), false);
    });
  });

  describe('roleOf', () => {
    const table: Array<[string, string | null, string, string]> = [
      ['市委书记张三讲话', null, 'principal', 'a principal leader speaks'],
      ['市委书记张三致辞', null, 'principal', '致辞 is a speech'],
      ['市长王五作经济工作报告', null, 'principal', 'a principal leader’s 作…报告'],
      ['市委书记张三作动员部署', null, 'principal', '部署 by a principal leader'],
      ['讲话（市委书记赵六）', null, 'principal', 'the speaker after the verb'],
      ['开幕式，市委书记讲话', null, 'principal', 'a session name, then the speech'],
      ['大会交流：市长作总结讲话', null, 'principal', 'a session name and a colon, then the speech'],
      ['副市长李四讲话', null, 'other', 'another leader’s speech is not budgeted'],
      ['市长助理周八讲话', null, 'other', '市长助理 is not 市长'],
      ['学习市委书记张三在市委全会上的讲话', null, 'other', 'studying a speech'],
      ['传达市委书记讲话精神', null, 'other', 'relaying a speech'],
      ['副市长李四传达市委书记张三讲话要求', null, 'other', 'the principal leader is what the speaker relays'],
      ['市发展改革委汇报全市经济运行情况', null, 'report', '汇报'],
      ['市统计局通报一季度主要经济指标', null, 'report', '通报'],
      ['市财政局作预算草案说明', null, 'report', '作…说明'],
      ['市生态环境局介绍大气污染防治情况', null, 'report', '介绍…情况'],
      ['市应急局通报表扬先进单位', null, 'other', '通报表扬 is not a report'],
      ['专家作专题辅导报告', null, 'other', 'an expert’s lecture is not a report'],
      ['历下区作表态发言', null, 'speech', '表态发言'],
      ['张三、李四同志发言', null, 'speech', '发言'],
      ['市中区作经验交流', null, 'speech', '经验交流'],
      ['副市长李四主持会议', null, 'host', '主持会议'],
      ['主持人宣布会议开始', null, 'host', '宣布会议开始'],
      ['分组审议工作报告', null, 'other', '审议 leads the item, whatever report it names'],
      ['集体观看警示教育片', null, 'other', '观看'],
      ['颁发荣誉证书', null, 'other', '颁发'],
      ['会议结束', null, 'other', 'nothing to budget'],
      ['颁奖仪式，市长王五致辞', null, 'principal', 'the session’s name (颁奖…) is not the step'],
      ['工作介绍：市水务局', null, 'report', 'a session name with nothing budgeted after it: the whole is read'],
      ['专题辅导：市委党校教授作报告', null, 'other', 'a lecture session, whatever follows'],
      ['讲话（副市长李四）', null, 'other', 'another leader named after the verb'],
      ['致辞', null, 'other', 'no speaker at all'],
      ['市长王五宣布开会并讲话', null, 'principal', 'a principal leader opening the meeting and speaking: the speech counts'],
      ['表决通过市政府工作报告', null, 'other', '表决 leads the item, whatever report it names'],
      ['市长王五发言', null, 'principal', 'a principal leader’s 发言 is a principal speech'],
    ];
    for (const [text, host, want, why] of table) it(`${text} → ${want} (${why})`, () => assert.equal(role(text, host), want));

    it('the presiding leader’s remarks are host remarks', () => {
      assert.equal(role('副市长李四作总结讲话', '副市长李四'), 'host');
      assert.equal(role('李四同志讲话', '副市长李四'), 'host');
      assert.equal(role('李四同志小结', '副市长李四同志'), 'host');
      // Someone else's words are not the host's.
      assert.equal(role('副市长赵强讲话', '副市长李四'), 'other');
    });

    it('a principal leader presiding: his speech is a principal speech, his presiding host remarks', () => {
      assert.equal(role('王五同志讲话', '市长王五'), 'principal');
      assert.equal(role('王五同志小结', '市长王五'), 'host');
      assert.equal(role('市长王五主持会议', '市长王五'), 'host');
      assert.equal(role('市长王五主持会议并讲话', '市长王五'), 'principal');
    });

    it('takes the principal titles from the names given', () => {
      const names: Names = { ...N, principalLeaders: ['区委书记'] };
      assert.equal(role('区委书记陈刚讲话', null, names), 'principal');
      assert.equal(role('市委书记张三讲话', null, names), 'other');
    });
  });

  describe('listedSpeakers', () => {
    const table: Array<[string, number | null, string]> = [
      ['历下区、章丘区', 2, 'two districts'],
      ['历下区，市中区，槐荫区', 3, 'commas separate too'],
      ['张三、李四', 2, 'two names of two or three characters'],
      ['张三、李四、王小五', 3, 'three names'],
      [' 历下区 、 市中区 ', 2, 'white space around the pieces'],
      ['市工业和信息化局', null, '和 joins the words of one name'],
      ['历下区', null, 'one speaker'],
      ['历下区、', null, 'one piece after dropping the empty one'],
      ['历下区、、市中区', 2, 'a doubled 、 parts no third speaker'],
      ['历下区、有关企业负责人', null, 'a piece that is neither a unit nor a name'],
      ['张三、欧阳明月', null, 'a four-character piece that is not a unit'],
      ['市科技局、市第一人民医院', 2, 'a bureau and a hospital'],
    ];
    for (const [s, want, why] of table) it(`${s} → ${want} (${why})`, () => assert.equal(listedSpeakers(s), want));
  });
});
