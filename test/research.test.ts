// Research plans: the route parser on the layouts plans come in, how places are normalised and
// compared, the workspace index, and the cross-plan rules over the fixture workspaces
// (test/fixtures/research-workspaces/: each folder plan against the rest of its workspace, with
// the messages and related information of a shared route checked at both ends). Then the
// workspace's documents and meetings: what the index keeps of every file (meetings with their
// field and the work they deploy, titles, topics, upper documents, clause hashes) and the
// cross-document rules over their fixture workspaces.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { rulesNeeding } from '../server/src/core/rules/registry';

const CROSS_PLAN_RULES = rulesNeeding('workspace');
import { effectiveConfig } from '../server/src/core/config/effective';
import { DEFAULT_NAMES } from '../server/src/core/config/resolve';
import { clauseTable, comparesWithWorkspace, PlanIndex, summarize, summarizeDoc, type DocSummary } from '../server/src/core/research/index';
import { annualKey, clausesOf, deployTopics, normClause, normTopic } from '../server/src/core/research/workspaceDocs';
import { overlap } from '../server/src/core/rules/doc.copy-upper';
import { presetLayers } from '../server/src/config/presets';
import { parsePlace, samePlace } from '../server/src/core/research/place';
import type { Finding } from '../server/src/core/types';
import { listFixtures, readFixture, lint } from './harness/fixtures';
import { checkMember, lintMember, listWorkspaces, workspaceIndex } from './harness/workspaces';

const eff = effectiveConfig([]);
const names = DEFAULT_NAMES;

function planOfText(text: string, markdown = false) {
  const r = analyze(text, eff.config, { markdown });
  assert.equal(r.kind, 'research', `not read as a research plan: ${text.slice(0, 30)}`);
  return { r, plan: r.plan! };
}

/** "place@time" for each stop (time as H:MM, or -), and the mode when unannounced (*). */
function route(text: string, markdown = false): string[] {
  const { plan } = planOfText(text, markdown);
  return plan.stops.map((s) => {
    const t = s.time === null ? '-' : `${Math.floor(s.time / 60)}:${String(s.time % 60).padStart(2, '0')}`;
    return `${s.place.text}@${t}${s.mode === 'unannounced' ? '*' : ''}`;
  });
}

describe('research plans', () => {
  describe('places', () => {
    it('splits 区县 › 镇/街道 › 村/社区 and drops the city', () => {
      const p = parsePlace('济南市章丘区文祖街道三德范村', names, null)!;
      assert.deepEqual([p.district, p.town, p.site], ['章丘区', '文祖街道', '三德范村']);
      assert.equal(p.key, '章丘区|文祖街道|三德范村');
    });

    it('a stop that names no 区县 takes the one of the stop before (context)', () => {
      const p = parsePlace('文祖街道三德范村', names, '章丘区')!;
      assert.equal(p.district, '章丘区');
      assert.ok(samePlace(p, parsePlace('章丘区文祖街道三德范村', names, null)!));
      assert.ok(!samePlace(parsePlace('文祖街道三德范村', names, '长清区')!, parsePlace('章丘区文祖街道三德范村', names, null)!));
    });

    it('历城区唐王街道 and 唐王街道 match within the district; a village in it is another point', () => {
      const a = parsePlace('历城区唐王街道', names, null)!;
      const b = parsePlace('唐王街道', names, '历城区')!;
      const c = parsePlace('唐王街道', names, null)!;
      assert.ok(samePlace(a, b));
      assert.ok(samePlace(a, c), 'an unknown district matches by the text');
      assert.ok(!samePlace(a, parsePlace('唐王街道娄家村', names, '历城区')!));
      assert.ok(!samePlace(a, parsePlace('唐王街道', names, '章丘区')!));
    });

    it('normalises the forms a place is written in', () => {
      const same = (x: string, y: string, ctx: string | null = null): void => assert.ok(samePlace(parsePlace(x, names, ctx)!, parsePlace(y, names, ctx)!), `${x} = ${y}`);
      same('许商街道常庄村党群服务中心', '许商街道常庄村');
      same('三德范村村委会', '三德范村');
      same('明水街道办事处', '明水街道');
      same('莱芜钢铁集团有限公司', '莱芜钢铁集团');
      same('济南某某科技有限公司', '济南某某科技公司');
      same('山东省济南市历下区泉城路街道', '历下区泉城路街道');
      same('双山街道党工委', '双山街道');
    });

    it('reads 县级市 and unknown 区县 by their own text, and never splits 市中区 or 小区 wrongly', () => {
      assert.equal(parsePlace('邹城市太平镇三官庙村', names, null)!.district, '邹城市');
      assert.equal(parsePlace('鹿城区五马街道', names, null)!.district, '鹿城区');
      assert.equal(parsePlace('市中区七贤街道阳光舜城社区', names, null)!.district, '市中区');
      const x = parsePlace('阳光小区', names, '历下区')!;
      assert.deepEqual([x.district, x.town, x.site], ['历下区', null, '阳光小区']);
      assert.equal(parsePlace('温泉小镇项目', names, null)!.town, null, '特色小镇 is a project, not a town');
    });

    it('categories, meeting rooms and a district alone are not points to compare', () => {
      for (const t of ['2个村', '有关企业', '联建村', '重点项目', '老旧小区', '县委会议室']) {
        const p = parsePlace(t, names, '历城区');
        assert.ok(!p || !p.comparable, `${t} is compared`);
      }
      assert.ok(!parsePlace('章丘区', names, null)!.comparable);
    });
  });

  describe('the route in every layout', () => {
    it('第一站 lines, with a plan-wide 四不两直', () => {
      const text = '市长张三赴章丘区调研安排\n\n调研时间：2024年5月10日\n调研方式：四不两直\n8:30 从市政府出发\n第一站：章丘区文祖街道三德范村，察看乡村振兴工作。\n第二站：明水街道眼明泉社区，了解社区治理情况。\n第三站：趵突泉，座谈交流。\n12:00 返回\n';
      assert.deepEqual(route(text), ['章丘区文祖街道三德范村@-*', '明水街道眼明泉社区@-*', '趵突泉@-*']);
      const { plan } = planOfText(text);
      assert.equal(plan.leader, '市长张三');
      assert.deepEqual(plan.dates, [{ year: 2024, month: 5, day: 10 }]);
      assert.ok(plan.stops.every((s) => s.place.district === '章丘区'));
    });

    it('numbered lists: 出发，前往 A is a stop at A; 返回 is none; （暗访） marks one stop', () => {
      const text = '关于副市长李四赴章丘区调研的行程安排\n\n一、调研时间\n2024年6月14日上午\n二、调研行程\n1. 8:30 出发，前往章丘区文祖街道三德范村，察看村庄建设\n2. 9:30 到明水街道眼明泉社区（暗访），听取社区工作汇报\n3. 10:30 到双山街道山东重工产业园，调研企业生产情况\n4. 11:30 返回市区\n';
      assert.deepEqual(route(text), ['章丘区文祖街道三德范村@-', '明水街道眼明泉社区@9:30*', '双山街道山东重工产业园@10:30']);
    });

    it('time-prefixed lines under day headings, 下午 placing 2:30 in the afternoon', () => {
      const text = '市人大常委会调研组赴商河县调研行程安排\n\n2024年9月10日至11日\n9月10日（星期二）\n上午\n9:30　许商街道常庄村，察看农村饮水安全工程\n下午\n2:30　贾庄镇石家村（不打招呼）\n9月11日（星期三）\n8:30　郑路镇五台村\n';
      const { plan } = planOfText(text);
      assert.deepEqual(route(text), ['许商街道常庄村@9:30', '贾庄镇石家村@14:30*', '郑路镇五台村@8:30']);
      assert.deepEqual(plan.stops.map((s) => s.date?.day), [10, 10, 11]);
      assert.deepEqual(plan.dates.map((d) => d.day), [10, 11]);
    });

    it('a Markdown table: the 地点 column, rows that depart or return skipped, the mode in a later cell', () => {
      const text = '# 副市长王五赴历城区调研行程\n\n调研时间：2024年3月12日\n\n| 时间 | 地点 | 内容 |\n|---|---|---|\n| 8:30 | 市政府 | 乘车出发 |\n| 9:10—9:50 | 唐王街道娄家村 | 察看小麦田间管理（暗访） |\n| 10:00 | 趵突泉 | 察看泉水保护 |\n| 11:40 | | 返回 |\n';
      assert.deepEqual(route(text, true), ['唐王街道娄家村@9:10*', '趵突泉@10:00']);
    });

    it('a table flattened to cells on lines between `|` lines', () => {
      const text = '市委督导组赴济阳区督导检查行程安排\n时间\n|\n地点\n|\n内容\n|\n2024年5月20日上午\n|\n9:00\n|\n济阳区济北街道开元社区\n|\n察看老旧小区改造\n|\n10:00\n|\n回河街道西街村\n|\n暗访农村人居环境整治\n|\n';
      assert.deepEqual(route(text), ['济阳区济北街道开元社区@9:00', '回河街道西街村@10:00*']);
    });

    it('run-on text: 先后到A…，到B…，到C…；下午在会议室 is no stop', () => {
      const text = '关于市委书记赵六同志到莱芜区调研的安排\n\n　　2024年7月8日上午，市委书记赵六同志带队赴莱芜区调研，先后到凤城街道孝义村察看乡村振兴工作，到高庄街道南文字现村了解村集体经济发展情况，到莱芜钢铁集团有限公司调研企业转型升级；下午在区委会议室召开座谈会，听取莱芜区工作汇报。\n';
      assert.deepEqual(route(text), ['凤城街道孝义村@-', '高庄街道南文字现村@-', '莱芜钢铁集团有限公司@-']);
      assert.ok(planOfText(text).plan.stops.every((s) => s.place.district === '莱芜区'));
    });

    it('a whole plan on one line with U+3000 paragraph separators', () => {
      const text = '市长张三赴平阴县调研安排　　调研时间：2024年4月2日　　8:00　从市委大院出发　　9:00　平阴县玫瑰镇玫瑰湖湿地公园　察看生态保护（暗访）　　10:00　东阿镇东阿村　了解乡村振兴　　12:00　返程\n';
      assert.deepEqual(route(text), ['平阴县玫瑰镇玫瑰湖湿地公园@9:00*', '东阿镇东阿村@10:00']);
    });

    it('PDF hard wraps with blank lines, times after a date', () => {
      const text = '市政府调研组赴历下区调研方案\n\n一、调研路线\n\n8月20日上午9:00，调研组到历下区泉城路街道\n\n芙蓉街社区察看老街区改造提升情况；10:00到\n\n解放路街道山大路社区，了解社区网格化管理情\n\n况。\n\n2024年8月1日\n';
      assert.deepEqual(route(text), ['历下区泉城路街道芙蓉街社区@9:00', '解放路街道山大路社区@10:00']);
    });

    it('a labelled route with arrows, the label setting the mode', () => {
      const text = '市政府督查室暗访安排\n\n暗访时间：2024年10月15日\n暗访路线：天桥区北园街道→药山街道鹊山村→桑梓店镇\n';
      assert.deepEqual(route(text), ['天桥区北园街道@-*', '药山街道鹊山村@-*', '桑梓店镇@-*']);
    });

    it('places listed in one clause are stops each; categories are stops that are not compared', () => {
      const text = '市应急局调研安排\n\n调研时间：2024年6月12日\n9:00　先后察看历城区唐王街道娄家村、港沟街道芦南村和彩石街道捎近村\n10:00　随机走访2个村\n';
      const { plan } = planOfText(text);
      assert.deepEqual(plan.stops.map((s) => s.place.text), ['历城区唐王街道娄家村', '港沟街道芦南村', '彩石街道捎近村', '2个村']);
      assert.deepEqual(plan.stops.map((s) => s.place.comparable), [true, true, true, false]);
      assert.equal(plan.stops[3]!.mode, 'unannounced');
    });

    it('明察暗访相结合 is not a plan-wide 暗访; forbidding 暗访 is not either', () => {
      const a = planOfText('市场监管局调研方案\n\n调研时间：2024年12月3日\n调研方式：明察暗访相结合\n第一站：洪家楼农贸市场\n').plan;
      assert.equal(a.unannounced, false);
      const b = planOfText('市场监管局调研方案\n\n调研时间：2024年12月3日\n第一站：洪家楼农贸市场\n本次调研不搞暗访。\n').plan;
      assert.equal(b.unannounced, false);
    });

    it('prose that only talks about visits has no stops', () => {
      const text = '关于开展走访调研活动的方案\n\n一、调研方式\n各调研组要深入基层一线，多到困难地区、偏远地区、问题矛盾多的地方，是否到联建村开展活动，实地查看干部驻村情况。\n二、要求\n不得到企业一线搞层层陪同，到村入户要轻车简从。\n';
      assert.deepEqual(route(text), []);
    });
  });

  describe('the workspace index', () => {
    const plan = (title: string, date: string, stops: string[]): string => `${title}\n\n调研时间：${date}\n${stops.map((s, i) => `第${'一二三四五'[i]}站：${s}`).join('\n')}\n`;
    const add = (index: PlanIndex, id: string, text: string): void => {
      const r = analyze(text, eff.config);
      index.upsert(summarize(id, r.model, r.plan!, r.model.lines));
    };

    it('finds shared stops and steps, and forgets a removed plan', () => {
      const index = new PlanIndex();
      add(index, 'a', plan('甲赴历城区调研安排', '2024年5月1日', ['唐王街道娄家村', '港沟街道芦南村']));
      add(index, 'b', plan('乙赴历城区调研安排', '2024年5月9日', ['历城区唐王街道娄家村', '港沟街道芦南村']));
      const a = index.get('a')!;
      assert.deepEqual(index.sameStops(a.stops[0]!.place, 'a').map((r) => `${r.plan.id}#${r.index}`), ['b#0']);
      assert.deepEqual(index.sameSteps(a.stops[0]!.place, a.stops[1]!.place, 'a').map((r) => r.plan.id), ['b']);
      assert.deepEqual(index.plansIn('历城区').map((p) => p.id).sort(), ['a', 'b']);
      index.remove('b');
      assert.deepEqual(index.sameStops(a.stops[0]!.place, 'a'), []);
      assert.deepEqual(index.plansIn('历城区').map((p) => p.id), ['a']);
      add(index, 'b', plan('乙赴历城区调研安排', '2024年5月9日', ['彩石街道捎近村']));
      assert.deepEqual(index.sameStops(a.stops[0]!.place, 'a'), [], 're-indexing replaces the old route');
      assert.equal(index.size, 2);
    });

    it('reports the unannounced share per leader and year', () => {
      const index = new PlanIndex();
      add(index, 'a', '市长张三赴历城区调研安排\n\n调研时间：2024年5月1日\n第一站：唐王街道娄家村（暗访）\n第二站：港沟街道芦南村\n');
      add(index, 'b', '市长张三赴章丘区调研安排\n\n调研时间：2024年7月1日\n调研方式：四不两直\n第一站：文祖街道三德范村\n');
      add(index, 'c', '市长张三赴章丘区调研安排\n\n调研时间：2025年1月8日\n第一站：明水街道眼明泉社区\n');
      assert.deepEqual(index.leaderShares().map((s) => [s.leader, s.year, s.unannounced, s.stops]), [
        ['市长张三', 2024, 2, 3],
        ['市长张三', 2025, 0, 1],
      ]);
    });
  });

  describe('fixture workspaces (each plan against the rest of its workspace)', () => {
    for (const ws of listWorkspaces()) {
      describe(ws.name, () => {
        it('names at least one rule fixture', () => assert.ok(ws.fixtures.length > 0, `no fixture names research-workspaces/${ws.name}`));
        for (const file of ws.files) {
          it(path.basename(file), () => {
            // Analysed inside the test, not while the file loads (mutation testing swaps code between tests).
            const problem = checkMember(ws, file, workspaceIndex(ws));
            if (problem) throw new Error(problem);
          });
        }
      });
    }
  });

  describe('a three-stop route shared 35 days apart: both ends told', () => {
    const ws = listWorkspaces().find((w) => w.name === 'route-35')!;
    const fx = listFixtures().find((f) => f.rel === 'research.repeated-route/shared-route-35-days.txt')!;
    const planB = ws.files[0]!;
    const lintA = (): Finding[] => lint(readFixture(fx).text, fx).findings;
    const lintB = (): Finding[] => lintMember(ws, planB, workspaceIndex(ws)).findings;

    it('the fixture plan names the other plan and its date, and points at its three stops', () => {
      const a = lintA();
      const r = a.find((f) => f.rule === 'research.repeated-route')!;
      assert.match(r.message.zh, /《关于副市长李四赴章丘区调研的行程安排》（2024年6月14日）/);
      assert.match(r.message.zh, /相隔 35 天/);
      assert.match(r.message.zh, /（3 站）/);
      assert.deepEqual(r.related!.map((x) => `${x.id}@${x.range.start.line + 1}`), ['research-workspaces/route-35/plan-b.txt@7', 'research-workspaces/route-35/plan-b.txt@8', 'research-workspaces/route-35/plan-b.txt@9']);
      const stops = a.filter((f) => f.rule === 'research.repeated-stop');
      assert.equal(stops.length, 3);
      assert.deepEqual(stops.map((f) => f.related![0]!.range.start.line + 1), [7, 8, 9]);
    });

    it('the other plan, unopened in the folder, is told too, naming the fixture plan and its date', () => {
      const r = lintB().find((f) => f.rule === 'research.repeated-route')!;
      assert.match(r.message.zh, /《市长张三赴章丘区调研安排》（2024年5月10日）/);
      assert.match(r.message.zh, /相隔 35 天/);
      assert.deepEqual(r.related!.map((x) => `${x.id}@${x.range.start.line + 1}`), ['rules/research.repeated-route/shared-route-35-days.txt@6', 'rules/research.repeated-route/shared-route-35-days.txt@7', 'rules/research.repeated-route/shared-route-35-days.txt@8']);
    });

    it('200 days apart, the same pair has no cross-plan finding at either end', () => {
      const far = listWorkspaces().find((w) => w.name === 'route-200')!;
      const fx200 = listFixtures().find((f) => f.rel === 'research.repeated-route/same-route-200-days.txt')!;
      const cross = (fs: Finding[]) => fs.filter((f) => CROSS_PLAN_RULES.includes(f.rule));
      assert.deepEqual(cross(lint(readFixture(fx200).text, fx200).findings), []);
      assert.deepEqual(cross(lintMember(far, far.files[0]!, workspaceIndex(far)).findings), []);
    });
  });

  describe('a repeat within one plan points at the earlier stop when the file is known', () => {
    it('related information names the first visit', () => {
      const text = '副市长吴九赴历城区督导安排\n\n督导时间：2024年5月15日\n督导方式：四不两直\n第一站：历城区唐王街道，听取汇报\n第二站：港沟街道，察看物资储备\n第三站：唐王街道，座谈\n';
      const index = new PlanIndex();
      const r = analyze(text, eff.config, { workspace: { index, self: 'file:///plan.txt' } });
      const f = r.findings.find((x) => x.rule === 'research.repeated-stop')!;
      assert.match(f.message.zh, /在本方案第 1 站已安排/);
      assert.deepEqual(f.related!.map((x) => `${x.id}@${x.range.start.line + 1}`), ['file:///plan.txt@5']);
    });
  });

  describe('documents and meetings in the workspace index', () => {
    const national = effectiveConfig(presetLayers({ preset: 'national-2024' }, 'test'));
    const doc = (id: string, text: string): DocSummary => {
      const r = analyze(text, national.config);
      return summarizeDoc(id, r.model, r.tree, r.kind, national.config.names);
    };

    it('reads a comprehensive work meeting by its level and field, not a meeting about one task', () => {
      const key = (name: string): string | null => annualKey(name, ['济南市', '历城区'], ['济南市', '历城区']);
      assert.equal(key('全市教育工作会议'), '市|教育');
      assert.equal(key('2024年全市教育系统工作会议'), '市|教育', '系统 and the year make no other field');
      assert.equal(key('济南市卫生健康工作会议'), '市|卫生健康', 'the issuer\'s own city stands for 全市');
      assert.equal(key('全省防汛抗旱工作电视电话会议'), '省|防汛抗旱');
      assert.equal(key('全区教育工作会议'), '历城区区|教育', 'a district\'s meeting is its own');
      assert.equal(key('全市教育工作会议暨教育综合改革推进会'), '市|教育', 'the part before 暨');
      for (const name of ['全市教育系统安全稳定工作推进会', '全市防汛工作调度会议', '全市教育工作专题会议', '2024年上半年全市教育工作会议', '全市第二季度经济工作会议', '教育工作会议', '市政府常务会议', '全市安全生产工作视频调度会议']) {
        assert.equal(key(name), null, name);
      }
    });

    it('reads the work a deployment meeting deploys and the topic of a document alike', () => {
      assert.deepEqual(deployTopics('全市秸秆禁烧工作推进会议', []), ['秸秆禁烧']);
      assert.deepEqual(deployTopics('2024年全市安全生产工作动员部署会议', []), ['安全生产']);
      assert.deepEqual(deployTopics('全市秸秆禁烧暨大气污染防治工作推进会', []), ['秸秆禁烧', '大气污染防治']);
      assert.deepEqual(deployTopics('全市秸秆禁烧工作总结会议', []), [], 'a summing-up meeting deploys nothing');
      assert.equal(normTopic('关于做好2024年全市秸秆禁烧工作'), '秸秆禁烧');
      assert.equal(normTopic('济南市2024年安全生产', ['济南市']), '安全生产');
      assert.equal(doc('a', '关于印发《济南市2024年安全生产工作要点》的通知\n\n各区县：\n　　现印发给你们。\n\n济南市安全生产委员会办公室\n2024年2月1日\n').topics[0], '安全生产');
      assert.deepEqual(doc('b', '关于2024年秸秆禁烧工作情况的报告\n\n市政府：\n　　现将有关情况报告如下。\n\n济南市农业农村局\n2024年8月1日\n').topics, [], 'a report deploys nothing');
    });

    it('keeps what other files compare: meeting names with their places, titles, upper documents', () => {
      const notice = doc('n', '关于召开全市教育工作会议的通知\n\n各区县教育和体育局：\n　　经研究，定于2024年3月5日（星期二）上午9:00召开全市教育工作会议。\n\n济南市教育局\n2024年2月26日\n');
      assert.equal(notice.kind, 'agenda');
      assert.deepEqual(notice.meetings.map((m) => [m.name, m.annualKey, m.date?.month, m.range.start.line, m.range.start.character]), [['全市教育工作会议', '市|教育', 3, 0, 4]]);
      assert.ok(comparesWithWorkspace(notice));
      const plan = doc('p', '济南市关于贯彻落实《国务院办公厅关于加强农村人居环境整治工作的意见》的实施方案\n\n　　一、各区县要加强组织领导，落实工作责任。\n\n济南市人民政府办公厅\n2024年4月1日\n');
      assert.deepEqual(plan.uppers, ['国务院办公厅关于加强农村人居环境整治工作的意见']);
      assert.ok(comparesWithWorkspace(plan));
      const forwarded = doc('f', '关于转发《国务院办公厅关于加强农村人居环境整治工作的意见》的通知\n\n各区县：\n　　现转发给你们，请贯彻落实。\n\n济南市人民政府办公厅\n2024年4月1日\n');
      assert.deepEqual(forwarded.uppers, [], 'a forwarding notice implements nothing itself');
      assert.ok(forwarded.titleKeys.includes('国务院办公厅关于加强农村人居环境整治工作的意见'), 'it can be cited by the title it prints');
      const quiet = doc('q', '关于做好档案整理工作的通知\n\n各区县：\n　　请做好年度档案整理工作。\n\n济南市档案馆\n2024年3月2日\n');
      assert.ok(!comparesWithWorkspace(quiet), 'a plain notice is not read again in a scan\'s second pass');
    });

    it('files summaries by key, and forgets a removed file', () => {
      const index = new PlanIndex();
      const a = doc('a', '关于召开全市教育工作会议的通知\n\n各区县：\n　　经研究，定于2024年3月5日上午9:00召开全市教育工作会议。\n\n济南市教育局\n2024年2月26日\n');
      const b = doc('b', '关于召开全市教育系统工作会议的通知\n\n各区县：\n　　经研究，定于2024年9月10日下午3:00召开全市教育系统工作会议。\n\n济南市教育局\n2024年9月2日\n');
      index.upsertDoc(a);
      index.upsertDoc(b);
      assert.deepEqual(index.annualMeetings('市|教育', 'b').map((x) => x.doc.id), ['a']);
      assert.equal(index.docCount, 2);
      assert.equal(index.size, 0, 'size counts research plans only');
      index.removeDoc('a');
      assert.deepEqual(index.annualMeetings('市|教育', 'b'), []);
      index.upsertDoc(b);
      assert.equal(index.docCount, 1, 're-indexing replaces the old summary');
    });

    it('compares clauses by hash, after making the level words alike, with quoted words left out', () => {
      assert.equal(normClause('全省各市要加强组织领导'), normClause('全市各区县要加强组织领导'));
      assert.equal(normClause('省级财政统筹相关资金'), normClause('市级财政统筹相关资金'));
      const upper = analyze('关于加快推进农村生活污水治理的实施意见\n\n　　一、各市要建立农村生活污水治理设施第三方运维制度，落实运维经费，运维单位要定期对设施进行巡检，发现问题及时整改，确保设施建成一个、运行一个、见效一个。\n', national.config);
      const table = clauseTable(clausesOf(upper.model), upper.model.lines)!;
      const copy = analyze('关于落实《关于加快推进农村生活污水治理的实施意见》的方案\n\n　　二、各区县要建立农村生活污水治理设施第三方运维制度，落实运维经费，运维单位要定期对设施进行巡检，发现问题及时整改，确保设施建成一个、运行一个、见效一个。\n', national.config);
      const o = overlap(clausesOf(copy.model), table);
      assert.equal(o.run, 60, 'four clauses of 22, 14, 8 and 16 字 (落实运维经费 is too short to count)');
      assert.equal(o.copied, 1);
      const quoted = analyze('关于学习《关于加快推进农村生活污水治理的实施意见》的通知\n\n　　意见要求“各区县要建立农村生活污水治理设施第三方运维制度，落实运维经费，运维单位要定期对设施进行巡检，发现问题及时整改，确保设施建成一个、运行一个、见效一个”。\n', national.config);
      assert.equal(overlap(clausesOf(quoted.model), table).run, 0, 'words in quotation marks are the upper text quoted');
    });

    it('a long copy is found whole, sentence by sentence and as one run (10,000 clauses)', () => {
      const para = (i: number): string => `　　第${i}项，各区县要落实第${i}号农村生活污水治理任务，确保第${i}批设施按期建成。\n`;
      const body = Array.from({ length: 5000 }, (_, i) => para(i)).join('');
      const upper = analyze(`关于某事的实施意见\n\n${body}`, national.config);
      const table = clauseTable(clausesOf(upper.model), upper.model.lines)!;
      const copy = analyze(`关于落实《关于某事的实施意见》的方案\n\n${body}`, national.config);
      const mine = clausesOf(copy.model);
      assert.ok(mine.length >= 10000, `${mine.length} clauses`);
      const o = overlap(mine, table);
      assert.equal(o.copied, o.counted);
      assert.equal(o.counted, 5000);
      assert.deepEqual([o.runFrom, o.runTo, o.upperFrom], [0, mine.length - 1, 0]);
    });
  });

  describe('the cross-document rules at both ends of their fixture workspaces', () => {
    it('a second comprehensive meeting points at the first; the first, unopened, has no finding', () => {
      const ws = listWorkspaces().find((w) => w.name === 'annual-education')!;
      const fx = listFixtures().find((f) => f.rel === 'meeting.annual-comprehensive/second-in-year.txt')!;
      const f = lint(readFixture(fx).text, fx).findings.find((x) => x.rule === 'meeting.annual-comprehensive')!;
      assert.match(f.message.zh, /第 2 次/);
      assert.deepEqual(f.related!.map((x) => `${x.id}@${x.range.start.line + 1}`), ['research-workspaces/annual-education/education-march.txt@5']);
      const march = ws.files.find((x) => x.endsWith('education-march.txt'))!;
      assert.deepEqual(lintMember(ws, march, workspaceIndex(ws)).findings, []);
    });

    it('under the default settings the cross-document rules stay off', () => {
      for (const rel of ['meeting.annual-comprehensive/default-config.txt', 'meeting.already-documented/default-config.txt', 'doc.copy-upper/default-config.txt']) {
        const fx = listFixtures().find((f) => f.rel === rel)!;
        assert.equal(fx.sidecar.config, undefined);
        assert.deepEqual(lint(readFixture(fx).text, fx).findings, [], rel);
      }
    });
  });
});
