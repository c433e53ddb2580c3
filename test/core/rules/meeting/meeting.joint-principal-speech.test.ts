// meeting.joint-principal-speech (national pack, docs/rules/meeting.joint-principal-speech.md): the
// party and the government principal of one place both give speeches in one agenda. Who is a
// principal, at any level, and who is one person (roles.principalsIn, roles.speakingPrincipals).

import * as assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/core/analyze';
import { principalsIn, speakingPrincipals, speakerOf } from '../../../../server/src/core/agenda/roles';
import { DEFAULT_NAMES, type Names } from '../../../../server/src/core/config/resolve';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import { presetLayers } from '../../../../server/src/config/presets';

const N = DEFAULT_NAMES;
const RULE = 'meeting.joint-principal-speech';

/** Each person the words name: P party, G government, PG both; with level and place when written. */
function people(s: string, several = false, names: Names = N): string[] {
  return principalsIn(s, names, several).map((p) => `${p.party ? 'P' : ''}${p.government ? 'G' : ''}${p.level}${p.place ? `@${p.place}` : ''}`);
}

function said(text: string, config: ProjectConfig = { preset: 'national-2024' }): string[] {
  const eff = effectiveConfig(presetLayers(config, 'test'));
  return analyze(text, eff.config, { only: [RULE] }).findings.map((f) => `${text.slice(f.start, f.end)} | ${f.message.zh}`);
}

const agenda = (...items: string[]): string => `全市重点工作推进会议程\n时间：2025年3月18日（星期二）上午9:00—11:00\n${items.map((x, i) => `${'一二三四五六'[i]}、${x}`).join('\n')}\n`;

describe('meeting.joint-principal-speech', () => {
  describe('principalsIn: the principals a speaker names, one per person', () => {
    const table: Array<[string, string[], string]> = [
      ['市委书记周明远', ['P市'], 'the city party secretary'],
      ['市长王立新', ['G市'], 'the mayor'],
      ['市委副书记、市长王立新', ['G市'], '副书记 is not a principal; the mayor is'],
      ['常务副县长黄海', [], '常务副县长 is not the 县长'],
      ['市长助理陈平', [], '市长助理 is not the 市长'],
      ['团县委书记', [], '团县委 is the youth league, not the 县委'],
      ['市纪委书记', [], 'the discipline commission is not the 市委'],
      ['镇党委书记、镇长张志军', ['PG镇'], 'one person holding both posts'],
      ['镇党委书记、代镇长张志军', ['PG镇'], 'an acting 镇长 is the 镇长; still one person'],
      ['区委副书记、代区长徐磊', ['G区'], '代区长 before a name'],
      ['区委书记赵文斌、区长孙海涛', ['P区', 'G区'], 'a name closes a person'],
      ['历下区委书记', ['P区@历下'], 'the place before the title'],
      ['章丘区区长', ['G区@章丘'], 'the level char of the place is dropped'],
      ['历下区委书记、章丘区区长', ['P区@历下', 'G区@章丘'], 'two places, two persons'],
      ['济南市长清区委书记', ['P区@济南市长清'], '市长 of 济南市长清区 is part of a place name'],
      ['湖南省长沙市市长', ['G市@湖南省长沙'], '省长 of 湖南省长沙市 is part of a place name'],
      ['县政府主要负责同志', ['G县'], 'the generic title, without 同志 as read'],
      ['高新区党工委书记、管委会主任', ['PG@高新区'], 'a development zone: both titles, no level'],
      ['市发展改革委', [], 'no title'],
    ];
    for (const [s, want, why] of table) it(`${s} → ${want.join(' ') || '—'} (${why})`, () => assert.deepEqual(people(s), want));

    it('shares an item out between the titles it lists (分别讲话)', () => {
      assert.deepEqual(people('市委书记、市长'), ['PG市']);
      assert.deepEqual(people('市委书记、市长', true), ['P市', 'G市']);
    });

    it('reads the titles from the names given', () => {
      const names: Names = { ...N, partyPrincipals: ['党组书记'], governmentPrincipals: ['局长'] };
      assert.deepEqual(people('市委书记', false, names), []);
      assert.deepEqual(people('党组书记张三、局长李四', false, names), ['P', 'G']);
    });
  });

  describe('speakingPrincipals: only a speech of their own', () => {
    const speaks = (text: string, role: Parameters<typeof speakingPrincipals>[2], host: string | null = null): number =>
      speakingPrincipals(text, speakerOf(text), role, host, N).length;
    it('counts 讲话, 作…报告 and 部署', () => {
      assert.equal(speaks('县委书记李国强讲话', 'other'), 1);
      assert.equal(speaks('县长王五作政府工作报告', 'report'), 1);
      assert.equal(speaks('市长王立新部署下一阶段重点任务', 'other'), 1);
      assert.equal(speaks('讲话（县委书记赵六）', 'other'), 1);
    });
    it('leaves out a 发言, a relayed speech, presiding alone and a norm', () => {
      assert.equal(speaks('历下区委书记作交流发言', 'speech'), 0);
      assert.equal(speaks('学习市委书记在市委全会上的讲话精神', 'other'), 0);
      assert.equal(speaks('市长王立新主持会议', 'host'), 0);
      assert.equal(speaks('严禁在会议议程中同时安排书记、市长讲话', 'other'), 0);
    });
    it('reads 主持人讲话 as the presiding leader speaking', () => {
      assert.equal(speaks('主持人讲话', 'host', '市委副书记、市长王立新'), 1);
      assert.equal(speaks('主持人讲话', 'host', null), 0);
    });
  });

  describe('the rule', () => {
    it('reports the later of the two speeches, quoting both', () => {
      assert.deepEqual(said(agenda('9:00—9:40　县长陈建国讲话', '9:40—10:30　县委书记李国强讲话')), [
        '县委书记李国强讲话 | 党委和政府主要负责同志在本次会议都安排了讲话（“县委书记李国强讲话”和“县长陈建国讲话”）；党政主要负责同志同时参加的会议一般不同时讲话，请只安排一位讲话（《若干规定》严格精简会议）',
      ]);
    });

    it('reports once per meeting, however many speeches', () => {
      assert.equal(said(agenda('9:00—9:30　市长王立新讲话', '9:30—10:00　市委书记周明远讲话', '10:00—10:30　市长王立新作总结讲话')).length, 1);
    });

    it('stays silent when the mayor presides and the secretary speaks', () => {
      assert.deepEqual(said(`全市重点工作推进会议程\n主持人：市委副书记、市长王立新\n一、9:00—9:05　主持人宣布会议开始\n二、9:05—10:00　市委书记周明远讲话\n三、10:00　主持人宣布散会\n`), []);
    });

    it('stays silent for principals of different places, and for one person holding both posts', () => {
      assert.deepEqual(said(agenda('9:00—9:20　历下区委书记讲话', '9:20—9:40　章丘区区长讲话')), []);
      assert.deepEqual(said(agenda('9:00—9:20　镇党委书记、镇长张志军讲话', '9:20—9:40　镇长张志军作总结讲话')), []);
    });

    it('leaves a 致辞 alone (a ceremony greeting)', () => {
      assert.deepEqual(said(agenda('9:00—9:10　市长王立新致辞', '9:10—9:20　市委书记周明远致辞')), []);
    });

    it('is off without a preset and under jinan-2019, on under national-2024 and stacked presets', () => {
      const text = agenda('9:00—9:40　市长王立新讲话', '9:40—10:30　市委书记周明远讲话');
      assert.equal(said(text, {}).length, 0);
      assert.equal(said(text, { preset: 'jinan-2019' }).length, 0);
      assert.equal(said(text, { preset: 'national-2024' }).length, 1);
      assert.equal(said(text, { preset: ['jinan-2019', 'national-2024'] }).length, 1);
    });

    it('does not check a statutory session', () => {
      assert.deepEqual(said(`某某市第十八届人民代表大会第四次会议日程\n一、9:00—10:00　市长王立新作政府工作报告\n二、10:00—10:30　市委书记周明远讲话\n`), []);
    });
  });
});
