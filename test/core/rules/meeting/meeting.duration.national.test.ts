// meeting.duration under the national pack (docs/rules/meeting.duration.md, 全国规则包): a meeting with
// 分组讨论 may take a day and a half, any other half a day; the Jinan numbers stay the defaults.
// overDays: a half-day limit lets a boundary day count half when it is known to take only a morning
// or an afternoon.

import * as assert from 'node:assert/strict';
import { agendaOf } from '../../../../server/src/core/agenda';
import { overDays } from '../../../../server/src/core/agenda/budget';
import { analyze } from '../../../../server/src/core/analyze';
import { DEFAULT_NAMES } from '../../../../server/src/core/config/resolve';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import { buildModel } from '../../../../server/src/core/model/build';
import { presetLayers } from '../../../../server/src/config/presets';

const agendaIn = (text: string) => agendaOf(buildModel(text), DEFAULT_NAMES);

function said(text: string, config: ProjectConfig = { preset: 'national-2024' }): string[] {
  const eff = effectiveConfig(presetLayers(config, 'test'));
  return analyze(text, eff.config, { only: ['meeting.duration'] }).findings.map((f) => f.message.zh);
}

const TWO_DAYS = (second: string): string =>
  `全市经济工作会议日程\n3月19日（星期二）\n上午　9:00—11:30　开幕式，市委书记讲话\n下午　2:30—5:00　分组讨论\n3月20日（星期三）\n${second}\n`;

describe('meeting.duration (national pack)', () => {
  describe('overDays', () => {
    it('counts calendar days against a whole-day limit', () => {
      assert.equal(overDays(agendaIn(TWO_DAYS('上午　9:00—11:30　大会交流')), 1), true);
      assert.equal(overDays(agendaIn(TWO_DAYS('上午　9:00—11:30　大会交流')), 2), false);
    });
    it('lets the last day count half against 1.5 days when it takes only a morning', () => {
      assert.equal(overDays(agendaIn(TWO_DAYS('上午　9:00—11:30　大会交流')), 1.5), false);
      assert.equal(overDays(agendaIn(TWO_DAYS('上午　9:00—11:30　大会交流\n下午　2:30—5:00　闭幕式')), 1.5), true);
    });
    it('stays silent when the halves of the days are unknown, and follows a stated 会期', () => {
      assert.equal(overDays(agendaIn('全市经济工作会议日程\n时间：2024年3月19日至20日\n'), 1.5), false);
      assert.equal(overDays(agendaIn('全市经济工作会议日程\n时间：2024年3月19日至20日，会期两天\n'), 1.5), true);
      assert.equal(overDays(agendaIn('全市经济工作会议日程\n时间：2024年3月19日至21日\n'), 1.5), true);
    });
  });

  describe('the group discussions of an agenda', () => {
    it('are read from 分组讨论, 分组审议, 小组讨论, unless denied', () => {
      assert.equal(agendaIn(TWO_DAYS('上午　大会交流')).groupDiscussion, true);
      assert.equal(agendaIn('全县工作会议议程\n一、9:00—10:00　小组讨论\n').groupDiscussion, true);
      assert.equal(agendaIn('全县工作会议议程\n会议不安排分组讨论。\n一、9:00—10:00　县长讲话\n').groupDiscussion, false);
      assert.equal(agendaIn('全县工作会议议程\n一、9:00—10:00　县长讲话\n').groupDiscussion, false);
    });
    it('are not read from a rule about such meetings, nor is a 会期 a rule names', () => {
      const a = agendaIn('关于精简会议的通知\n一、分组讨论的会议原则上不超过1天半。会期两天以上的会议须报县委办公室审核。\n');
      assert.equal(a.groupDiscussion, false);
      assert.equal(a.declaredDays, null);
      assert.equal(agendaIn('全县工作会议议程\n会期两天，具体时间另行通知。\n').declaredDays, 2);
    });
  });

  describe('the rule', () => {
    it('holds a meeting without group discussions to half a day (Jinan: a comprehensive one to a day)', () => {
      const text = `全市经济运行分析会议程\n3月19日（星期二）\n上午\n9:00—11:30　各区县汇报\n下午\n2:30—4:00　市长讲话\n`;
      assert.deepEqual(said(text), ['会议一般安排在半天以内，本次会议从上午开到下午（共 420 分钟），请压缩议程（《若干规定》严格精简会议）']);
      assert.deepEqual(said(text, {}), []);
    });

    it('lets a meeting with group discussions take a day and a half, not two full days', () => {
      assert.deepEqual(said(TWO_DAYS('上午　9:00—11:30　大会交流')), []);
      assert.deepEqual(said(TWO_DAYS('上午　9:00—11:30　大会交流\n下午　2:30—5:00　闭幕式')), [
        '会期 2 天，超过时长要求（有分组讨论的会议原则上不超过1天半），请压缩会期（《若干规定》严格精简会议）',
      ]);
    });

    it('keeps the Jinan wording where the Jinan limit is the one broken (stacked presets)', () => {
      assert.deepEqual(said(TWO_DAYS('上午　9:00—11:30　大会交流'), { preset: ['national-2024', 'jinan-2019'] }), [
        '会期 2 天，超过时长要求（综合性会议一般不超过1天），请压缩会期（§8）',
      ]);
    });

    it('reads a stated time of two ranges (上午…，下午…) as one meeting over both halves', () => {
      const text = `关于召开全市科技创新工作会议的通知\n各区县人民政府：\n　　市政府定于2025年5月8日召开全市科技创新工作会议。\n　　一、会议时间：5月8日上午9:00—12:00，下午2:30—5:00\n`;
      assert.deepEqual(said(text), ['会议一般安排在半天以内，本次会议从上午开到下午（共 480 分钟），请压缩议程（《若干规定》严格精简会议）']);
    });

    it('takes its numbers from the options', () => {
      const text = TWO_DAYS('上午　9:00—11:30　大会交流\n下午　2:30—5:00　闭幕式');
      assert.deepEqual(said(text, { preset: 'national-2024', rules: { 'meeting.duration': { groupDiscussionDays: 2 } } }), []);
      assert.deepEqual(said(text, { rules: { 'meeting.duration': { groupDiscussionDays: 2 } } }), []);
    });
  });
});
