// doc.directive-scope (§3, §20): 未经市委、市政府同意，市直各部门各单位、议事协调机构不得向区县
// 党委、政府印发指令性公文，不得要求区县党委、政府报文、发文；任何部门不得要求区县党委、政府填写
// 表格、报送材料。
// Fires on a document issued only by city departments or 议事协调机构 (names.leadership and
// names.coordinationBodies decide) that does not state 经市委、市政府同意: at the 主送 when it names
// 区县党委/政府, and in the body where a sentence asks them to report, issue documents, fill in
// forms or send materials.
// National pack (《若干规定》第1条: 议事协调机构、部门和单位不得向下级党委和政府发布指令性公文或者在公文中
// 提出指令性要求): no 经…同意 exception (consentException false), at every level — a province's,
// a city's or a county's departments to the 党委/政府 below them (anyLevel), and any directive
// sentence addressed to them, not only report demands (directiveSentences: 各区县党委、政府要…).
// At any level the lower 党委/政府 are read in their bracketed collective forms (各县(市)区党委、政府),
// a bare 各乡镇(场)、街道 in the 主送 stands for them, and a copy naming no issuer is read by its
// 发文字号 (鞍民发: a 民政局) — see semantics/lowerLeadership.ts.

import type { DocModel } from '../model/types';
import type { Names } from '../names';
import { CITE } from '../national';
import { districtLeadership, type Mention } from '../semantics/addressees';
import { issuedByDepartment, issuersOf } from '../semantics/issuer';
import { issuedByDepartmentWide, lowerLeadershipWide } from '../semantics/collectiveAddressees';
import { demandParagraphs, sentenceOf, statesConsent } from '../semantics/phrases';
import { clauseStart, sentenceEnd, sentenceStart, stanceAt } from '../semantics/stance';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { readMark, type MarkOptions } from '../text/marks';
import { defineRule, type RuleContext } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§3, §20';
/** What a department may not ask of the districts: 报文、发文、填表、报送材料. */
const DEMAND = /报文|发文|印发|(?:填写|填好|填制)[^，。；,;]{0,8}?表|填报|报送|上报|报至|呈报|反馈[^，。；,;]{0,6}?(?:情况|意见|材料|表)|提交[^，。；,;]{0,8}?(?:材料|报告|表|情况|方案|总结)|报告[^，。；,;]{0,4}?(?:情况|材料)|报(?:市|我)/;
/**
 * The districts are the ones asked when they open the clause (各区县党委、政府要…, 请各区县人民政府…,
 * 由各区县人民政府汇总后报送), not when the clause only names them (报区县政府同意, 会同各区县政府,
 * 加盖区县人民政府公章).
 */
const SUBJECT_LEAD = /^(?:请|由|要求|责成|并|同时|此外|另外)?$/;
/** A list mark may open the clause before them: 一、 1. (1) (keys are half-width). */
const SUBJECT_MARKS: MarkOptions = { chinese: { stops: '、.' }, arabic: { stops: '.、', length: 2 }, brackets: { mixed: true } };
/** How far before the mention its clause may start for the mention to open it. */
const LEAD_REACH = 24;
/** A directive after the subject (各区县党委、政府要…, 务必…, 于5月20日前完成…), not 主要, 相应: national (b). */
const DIRECTIVE = /^[^。；;!?！？]{0,16}?(?:(?<![主重纪摘概提简扼需])要(?![求点素件害闻案])|须|务必|必须|应当|(?<![相对反供适响效理])应(?![急用对届])|需要|抓紧|立即|尽快|确保|切实|认真|于\d{1,2}月\d{1,2}日前)/;
/** The directive is asked of them: 请各区县政府…, 要求各区县政府…. */
const ASKED_LEAD = /(?:请|要求|责成)$/;

function isSubject(h: Mention): boolean {
  const t = h.para.key;
  const reach = h.start - LEAD_REACH;
  // One character further back tells a clause that starts at the reach from a longer one.
  const k = clauseStart(t, h.start, Math.max(0, reach - 1));
  if (k < reach) return false;
  const lead = t.slice(k, h.start);
  const m = readMark(lead, 0, SUBJECT_MARKS);
  return SUBJECT_LEAD.test(m ? lead.slice(m.end) : lead);
}

export default defineRule({
  id: 'doc.directive-scope',
  title: msg('向区县发文范围', 'Directives to the districts'),
  clause: CLAUSE,
  clauseKeys: ['3', '20'],
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['3', '20'] },
    // 议事协调机构、部门和单位不得向下级党委和政府发布指令性公文或者在公文中提出指令性要求。
    'national-2024': { cite: CITE.item1, keys: ['N1'], grade: 'V', options: { consentException: false, anyLevel: true, directiveSentences: true } },
  },
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '市直部门或议事协调机构未经市委、市政府同意，向区县党委、政府主送文件，或要求其报文、发文、填表、报送材料。',
    'A city department or coordination body, without the stated consent of 市委/市政府, addresses the district party committees and governments or asks them to report, issue documents, fill in forms or send materials.',
  ),
  options: [
    {
      name: 'consentException',
      type: 'boolean',
      default: true,
      stricter: 'false',
      description: msg('写明“经市委、市政府同意”的文件不报告（全国《若干规定》无此例外）', 'Documents that state the consent of 市委/市政府 are not reported (the national Provisions have no such exception)'),
    },
    {
      name: 'anyLevel',
      type: 'boolean',
      default: false,
      stricter: 'true',
      description: msg('检查各级部门、单位和议事协调机构向下级党委和政府发文，不只市直部门对区县', 'Check departments, units and coordination bodies of every level writing to the party committees and governments below them, not only city departments to the districts'),
    },
    {
      name: 'directiveSentences',
      type: 'boolean',
      default: false,
      stricter: 'true',
      description: msg('正文中对下级党委、政府提出的任何指令性要求（“各区县党委、政府要……”）都报告，不只报文、发文、填表、报送材料', 'Report any directive addressed to the lower party committees and governments in the body (各区县党委、政府要…), not only demands to report, issue documents, fill in forms or send materials'),
    },
  ],
  check(ctx) {
    const m = ctx.model;
    const how = modeOf(ctx);
    if (!issuedBy(m, ctx.names, how) || (how.consentException && statesConsent(m))) return;
    const words = wordsFor(how);
    if (m.recipients) {
      const hit = leadershipIn(m.recipients, ctx.names, how, true)[0];
      if (hit) ctx.report({ ...ctx.span(m.recipients, hit.start, hit.end), message: withClause(words.recipients, CLAUSE) });
    }
    for (const p of demandParagraphs(m)) {
      for (const hit of bodyDemands(p, ctx.names, how)) {
        ctx.report({ ...ctx.span(p, hit.start, hit.end), message: withClause(hit.directive ? words.directive : words.demand, CLAUSE) });
      }
    }
  },
});

interface Mode {
  consentException: boolean;
  anyLevel: boolean;
  directiveSentences: boolean;
}

function modeOf(ctx: RuleContext): Mode {
  return { consentException: ctx.bool('consentException'), anyLevel: ctx.bool('anyLevel'), directiveSentences: ctx.bool('directiveSentences') };
}

function issuedBy(m: DocModel, names: Names, how: Mode): boolean {
  return how.anyLevel ? issuedByDepartmentWide(m, names) : issuedByDepartment(issuersOf(m, names));
}

/** The lower leadership named; in the 主送 line (`recipients`) a bare 各乡镇、街道 stands for it too (any level only). */
function leadershipIn(p: Paragraph, names: Names, how: Mode, recipients = false): readonly Mention[] {
  return how.anyLevel ? lowerLeadershipWide(p, names, recipients) : districtLeadership(p, names);
}

/** The sentences of a paragraph that ask the lower leadership for something: one per sentence, at the first subject. */
function bodyDemands(p: Paragraph, names: Names, how: Mode): Array<Mention & { directive: boolean }> {
  const out: Array<Mention & { directive: boolean }> = [];
  // (Made at the first mention: most paragraphs name no district leadership.)
  let seen: Set<number> | null = null;
  for (const hit of leadershipIn(p, names, how)) {
    const s0 = sentenceStart(p.key, hit.start);
    if (seen?.has(s0) || !isSubject(hit)) continue;
    const demand = DEMAND.test(sentenceOf(hit));
    const directive = !demand && how.directiveSentences && directs(hit);
    if (!demand && !directive) continue;
    if (stanceAt(p.key, hit.start, hit.end) !== 'sets') continue;
    (seen ??= new Set()).add(s0);
    out.push({ ...hit, directive });
  }
  return out;
}

/** The subject is told what to do: a modal after it, or 请/要求 before it. */
function directs(h: Mention): boolean {
  const t = h.para.key;
  if (DIRECTIVE.test(t.slice(h.end, sentenceEnd(t, h.end)))) return true;
  return ASKED_LEAD.test(t.slice(Math.max(0, h.start - 4), h.start).replace(/^.*[，,。；;:]/, ''));
}

interface Words {
  recipients: Msg;
  demand: Msg;
  directive: Msg;
}

const JINAN_WORDS: Words = {
  recipients: msg(
    '市直部门（议事协调机构）未经市委、市政府同意，不得向区县党委、政府印发指令性公文；请改为主送区县有关部门，或报经市委、市政府同意并在文中写明',
    'Without the consent of 市委/市政府, a city department may not send directives to the district party committees and governments; address the district departments instead, or obtain and state that consent',
  ),
  demand: msg('未经市委、市政府同意，不得要求区县党委、政府报文、发文、填写表格、报送材料；请改由区县有关部门报送', 'Without the consent of 市委/市政府, do not ask the district party committees and governments to report, issue documents, fill in forms or send materials; ask the district departments'),
  directive: msg('未经市委、市政府同意，市直部门不得在公文中向区县党委、政府提出指令性要求；请改为对区县有关部门提出', 'Without the consent of 市委/市政府, a city department may not give directives to the district party committees and governments in its documents; address the district departments'),
};

/** The national wording: any level, and no consent that would make it right. */
const NATIONAL_WORDS: Words = {
  recipients: msg(
    '议事协调机构、部门和单位不得向下级党委和政府发布指令性公文；请改为主送下级有关部门，确需下级党委、政府办理的，由本级党委、政府或其办公厅（室）发文',
    'Coordination bodies, departments and units may not send directives to the party committees and governments below them; address the departments below, or have the party committee or government (or its office) issue it',
  ),
  demand: msg(
    '议事协调机构、部门和单位不得在公文中要求下级党委和政府报文、发文、填表、报送材料；请改由下级有关部门办理',
    'Coordination bodies, departments and units may not ask the party committees and governments below them to report, issue documents, fill in forms or send materials; ask the departments below',
  ),
  directive: msg(
    '议事协调机构、部门和单位不得在公文中对下级党委和政府提出指令性要求；请改为对下级有关部门提出',
    'Coordination bodies, departments and units may not give directives to the party committees and governments below them in their documents; address the departments below',
  ),
};

/** The Jinan wording for the Jinan numbers; the national wording once any national number is set. */
function wordsFor(how: Mode): Words {
  return how.consentException && !how.anyLevel ? JINAN_WORDS : NATIONAL_WORDS;
}
