// meeting.principal-speech under the national pack (docs/rules/meeting.principal-speech.md, 全国规则包):
// 60 minutes whatever the scope, the 会议主报告 whoever gives it (mainReport), the principals of any
// level (anyLevel); the editor's limits and tooltips follow the packs in force (budgets.ts, agendaFeatures.ts).

import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../../../server/src/core/analyze';
import type { AgendaItem } from '../../../../server/src/core/agenda/types';
import { effectiveConfig, type ProjectConfig } from '../../../../server/src/core/config/effective';
import type { ResolvedConfig } from '../../../../server/src/core/config/resolve';
import { presetLayers } from '../../../../server/src/config/presets';
import { budgetOf, citeInForce } from '../../../../server/src/core/rules/kit/budgets';
import { inlayHints } from '../../../../server/src/lsp/agendaFeatures';

const RULE = 'meeting.principal-speech';

function configOf(config: ProjectConfig): ResolvedConfig {
  return effectiveConfig(presetLayers(config, 'test')).config;
}

function run(text: string, config: ProjectConfig, only: string[] = [RULE]): AnalysisResult {
  return analyze(text, configOf(config), { only });
}

function said(text: string, config: ProjectConfig = { preset: 'national-2024' }): string[] {
  return run(text, config).findings.map((f) => f.message.zh);
}

const NATIONAL = { preset: 'national-2024' } as const;
const SPECIAL = '<!-- gongwen 类型=议程 范围=专项 -->\n全市安全生产专项整治推进会议程\n';
const COMPREHENSIVE = '全市经济工作会议议程\n';

describe('meeting.principal-speech (national pack)', () => {
  it('holds a principal to 60 minutes at a comprehensive meeting (Jinan: 90)', () => {
    const text = `${COMPREHENSIVE}一、9:00—10:10　市委书记周明远讲话\n`;
    assert.deepEqual(said(text), ['“市委书记周明远讲话”70 分钟，超过主要领导讲话上限 60 分钟，请压缩（《若干规定》严格精简会议）']);
    assert.deepEqual(said(text, {}), []);
  });

  it('holds a principal to 60 minutes at a special meeting too (Jinan: 50)', () => {
    const text = `${SPECIAL}一、9:00—9:55　市长王立新讲话\n`;
    assert.deepEqual(said(text), []);
    assert.equal(said(text, {}).length, 1);
  });

  it('holds the main report to the same limit, whoever gives it, only with mainReport', () => {
    const text = `${COMPREHENSIVE}一、9:00—10:20　市委常委、组织部部长陈思远作全市组织工作报告\n`;
    assert.deepEqual(said(text), ['“市委常委、组织部部长陈思远作全市组织工作报告”80 分钟，超过会议主报告上限 60 分钟，请压缩（《若干规定》严格精简会议）']);
    assert.deepEqual(said(text, { preset: 'national-2024', rules: { [RULE]: { mainReport: false } } }), []);
    assert.deepEqual(said(text, {}), []);
  });

  it('does not take a department report, an expert lecture or a relayed report for the main report', () => {
    assert.deepEqual(said(`${COMPREHENSIVE}一、9:00—10:20　市发展改革委汇报全市经济运行情况\n二、10:20—11:40　市委党校教授作专题辅导报告\n三、11:40—13:00　听取市政府工作报告\n`), []);
  });

  it('holds principals of any level with anyLevel, not their 发言 or a 常务副县长', () => {
    const text = `全县乡村振兴工作推进会议程\n一、8:40—9:50　县委书记李国强讲话\n二、9:50—11:00　各镇党委书记作表态发言\n三、11:00—12:10　常务副县长黄海讲话\n`;
    assert.deepEqual(said(text), ['“县委书记李国强讲话”70 分钟，超过主要领导讲话上限 60 分钟，请压缩（《若干规定》严格精简会议）']);
    assert.deepEqual(said(text, { preset: 'national-2024', rules: { [RULE]: { anyLevel: false } } }), []);
  });

  it('cites only the packs whose limit a speech breaks under stacked presets', () => {
    const text = (minutes: number): string => `${SPECIAL}一、9:00—${9 + Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}　市长王立新讲话\n`;
    assert.match(said(text(55), { preset: ['national-2024', 'jinan-2019'] })[0]!, /上限 50 分钟，请压缩（§8）$/);
    assert.match(said(text(65), { preset: ['national-2024', 'jinan-2019'] })[0]!, /上限 50 分钟，请压缩（《若干规定》严格精简会议；§8）$/);
  });

  describe('the editor: limits and the clause in force', () => {
    const AGENDA = `${COMPREHENSIVE}时间：2025年1月9日（星期四）上午9:00—11:00\n一、9:00—9:10　市发展改革委汇报经济运行情况\n二、9:10—10:20　副市长刘晓峰作全市经济工作报告\n三、10:20—11:00　市委书记周明远讲话\n`;
    const item = (r: AnalysisResult, words: string): AgendaItem => r.agenda!.items.find((x) => x.label.includes(words))!;

    it('gives the main report the 60-minute limit under national-2024, the 10-minute report limit without a preset', () => {
      const r = run(AGENDA, NATIONAL, []);
      assert.deepEqual(budgetOf(item(r, '经济工作报告'), null, configOf(NATIONAL).rules), { rule: RULE, limit: 60 });
      assert.deepEqual(budgetOf(item(r, '经济工作报告'), null, configOf({}).rules), { rule: 'meeting.report-time', limit: 10 });
      // Stacked: both rules hold it; the lower limit shows.
      assert.deepEqual(budgetOf(item(r, '经济工作报告'), null, configOf({ preset: ['national-2024', 'jinan-2019'] }).rules), { rule: 'meeting.report-time', limit: 10 });
    });

    it('cites the packs in force in the inlay hints', () => {
      const tooltips = (config: ProjectConfig): string[] => {
        const c = configOf(config);
        return inlayHints(analyze(AGENDA, c, { only: [] }), c, 'zh-cn').map((h) => `${h.label as string} · ${h.tooltip as string}`);
      };
      assert.deepEqual(tooltips(NATIONAL), [
        // A report: the national pack sets it no limit (meeting.report-time is Jinan's).
        '10 分钟 · undefined',
        '70 分钟 / 上限 60 · meeting.principal-speech · 《若干规定》严格精简会议',
        '40 分钟 / 上限 60 · meeting.principal-speech · 《若干规定》严格精简会议',
        '会议 120 分钟 / 上限 240 分钟（半天） · meeting.duration · 《若干规定》严格精简会议',
      ]);
      assert.deepEqual(tooltips({}), [
        '10 分钟 / 上限 10 · meeting.report-time · §8',
        '70 分钟 / 上限 10 · meeting.report-time · §8',
        '40 分钟 / 上限 90 · meeting.principal-speech · §8',
        '会议 120 分钟 / 上限 1 天 · meeting.duration · §8',
      ]);
    });

    it('joins the citations of stacked presets in their order', () => {
      assert.deepEqual(citeInForce('meeting.duration', ['national-2024', 'jinan-2019']), { zh: '《若干规定》严格精简会议；§8', en: 'National Provisions part 2, meetings; §8' });
      assert.deepEqual(citeInForce('meeting.speech-time', ['national-2024']), { zh: '§8', en: '§8' });
    });
  });
});
