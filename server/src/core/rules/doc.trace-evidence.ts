// doc.trace-evidence (§21): 不得简单将有没有领导批示、开会发文、台账记录、工作笔记等作为工作是否
// 落实的标准，不得以微信工作群、政务APP上传工作场景截图或录制视频来代替对实际工作评价；杜绝凡创建
// 工作宣传展板必上墙。
// Fires where the document takes records or media as the measure of work (…照片作为考核依据,
// 以台账记录评分), asks for work photos or videos to be posted to a chat group or an app
// (每日将巡查照片上传至工作群, 在微信群打卡), credits leaders' 批示 (获得市领导批示的加2分), or asks
// for display boards or rules on the wall (展板上墙).
// National pack (option publicityAndNotes): also 获得领导批示 scored as assessment content (每篇计2分),
// publicity counted (在刊物、媒体刊发文章信息、经验做法), and 拍照留痕 or 学习笔记 as criteria of work
// (《若干规定》统筹规范督查检查考核: 不得将获得领导同志批示以及在刊物和媒体刊发文章信息、经验做法等作为
// 督查检查考核内容；不把是否开会发文、拍照留痕、制作学习笔记等作为评判工作优劣的标准).

import { memoSlot, perText } from '../parse/memo';
import { demandParagraphs, sentenceOf, setIn, type PhraseHit } from '../semantics/phrases';
import type { Paragraph } from '../text/paragraph';
import { CITE } from '../national';
import type { Msg } from '../types';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§21';
/** Screenshots, photos or videos (usually uploaded to a chat group or an app). */
const MEDIA = /截图|截屏|照片|图片|视频|录像|影像资料/g;
/** Records taken as the measure of work. */
const RECORDS = /台账|工作笔记|会议记录|开会发文|发文数量|发文件数|会议次数|开会次数|签到表|工作日志/g;
/** 批示 as credit: 获得市领导肯定性批示, 批示数量, 有无领导批示. */
const INSTRUCTION = /(?:获得|得到|获|被|有无|有没有)[^，。；,;]{0,10}?批示|(?:领导)?批示(?:数量|次数|件数|件次)/g;
/** …作为考核依据 / 作为佐证 / 作为落实的标准 / 计入考核 / 以…为准. */
const AS_PROOF = /(?:作为|当作|视为|以此|据此|用于|计入|纳入)[^，。；,;]{0,14}?(?:依据|佐证|证明|凭证|标准|考核|评价|评分|打分|印证|证据|加分)|(?:考核|评价|评分|评比|考评)(?:依据|标准|佐证|内容)|留痕|加\d{1,2}分|加[一二三四五]分|予以加分|以[^，。；,;]{0,16}?(?:截图|照片|视频|台账|批示)[^，。；,;]{0,6}?(?:为准|为依据|代替|替代)/;
/** Posting work media to a chat group or an app (§21: 微信工作群、政务APP上传工作场景截图或录制视频). */
const TO_GROUP = /(?:上传|发送|发至|发到|晒)[^，。；,;]{0,12}?(?:微信群|工作群|政务APP|政务app|APP|app|小程序|朋友圈)|(?:微信群|工作群|APP|app|小程序)[^，。；,;]{0,8}?(?:上传|打卡|晒)|(?:每日|每天|定时)打卡/;
/** Evidence in law enforcement and cases, which the law asks for (执法记录仪视频作为证据). */
const LEGAL = /执法|取证|违法|案件|证据保全|诉讼/;
/** 展板上墙, 制度上墙 (上牆 and 上墻 fold to 上墙). */
const WALL = /(?:展板|制度|图版|牌板|宣传板|工作职责|流程图)[^，。；,;]{0,8}?上墙|上墙(?:展示|公示|张贴)?[^，。；,;]{0,4}?展板/g;
/** National: a score or an item of assessment (信息被采用的每篇计2分, 列为考核事项). */
const SCORE = /[计记赋得积加扣]\d{1,3}(?:\.\d)?分|每(?:篇|条|次|件|期)[^，。；,;]{0,6}?\d{1,3}(?:\.\d)?分|计分|赋分|记分|得分|加分项|(?:考核|督查|检查|考评)(?:指标|事项|项目|内容)/;
/** National: publicity counted (在市级以上媒体刊发经验做法, 信息被省委采用, 刊登文章). */
const PUBLICITY = /(?:在|被|获|经)[^，。；,;]{0,16}?(?:刊物|报刊|媒体|报纸|杂志|简报|专报|内参|电视台|央视|新华社|人民日报|日报|网站|新闻联播)[^，。；,;]{0,12}?(?:刊发|刊登|发表|登载|播发|报道|采用|转载|推广)|(?:刊发|刊登|发表|登载|播发)[^，。；,;]{0,10}?(?:文章|信息|稿件|经验|做法|典型)|(?:信息|稿件|文章|经验做法|经验材料|典型经验)被?[^，。；,;]{0,8}?(?:采用|刊发|刊登|录用)/g;
/** Research output scored by journals (在核心期刊发表论文), not publicity of work. */
const ACADEMIC = /期刊|核心|论文|学术|科研|SCI|CSSCI/;
/** National: photos taken as traces, and study notes (拍照留痕, 学习笔记), judged as work. */
const PHOTOS_NOTES = /拍照(?:留痕|存档|存证|上传)?|(?:学习|读书|手抄|抄写)笔记/g;
/** Notes or photos checked, compared or counted (查阅学习笔记, 笔记展评, 不少于5000字). */
const CHECKED = /查阅|检查|抽查|评比|展评|评选|比拼|字数|不少于\d|篇数|本数/;
/** A training course checks its trainees' notes: learning, not work (stay silent). */
const TRAINING = /学员|培训班|培训期间|结业/;

export default defineRule({
  id: 'doc.trace-evidence',
  title: msg('凡事留痕', 'Traces as proof of work'),
  clause: CLAUSE,
  clauseKeys: ['21'],
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['21'] },
    // 批示 and publicity as assessment content, 拍照留痕 and 学习笔记 as criteria (one digest each).
    // 展板上墙 is the Jinan text's alone: a national finding must not cite the Provisions for it.
    'national-2024': { cite: CITE.inspections, keys: ['N8-trace'], grade: 'D', options: { publicityAndNotes: true, boards: false } },
  },
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '以批示、台账、工作笔记、微信工作群或政务 APP 截图、照片、视频作为工作落实的依据，或要求展板上墙。',
    'Takes 批示, 台账, work notes or chat-group/app screenshots, photos or videos as proof of work, or asks for display boards on walls.',
  ),
  options: [
    {
      name: 'publicityAndNotes',
      type: 'boolean',
      default: false,
      stricter: 'true',
      description: msg(
        '同时检查以获得领导批示、在刊物媒体刊发文章信息和经验做法计分，以及以拍照留痕、学习笔记作为评判标准（全国《若干规定》）',
        'Also check 批示 and publicity (articles, information, practices carried by journals or media) scored in assessments, and photo traces or study notes taken as criteria (national Provisions)',
      ),
    },
    {
      name: 'boards',
      type: 'boolean',
      default: true,
      stricter: 'true',
      description: msg('检查要求展板、制度上墙（济南细则 §21；全国《若干规定》没有这一项）', 'Check demands for display boards or rules on the wall (Jinan §21; the national Provisions have no such item)'),
    },
  ],
  check(ctx) {
    const mode: Mode = { national: ctx.bool('publicityAndNotes'), boards: ctx.bool('boards') };
    // Each paragraph is judged alone: what it comes to is kept by its text (per mode).
    for (const p of demandParagraphs(ctx.model)) {
      for (const s of perText(p, SLOTS[`${mode.national}/${mode.boards}`]!, tracesIn, mode)) {
        const at = ctx.span(p, s.start, s.end);
        ctx.report({ start: at.start, end: at.end, message: s.message });
      }
    }
  },
});

interface Mode {
  national: boolean;
  boards: boolean;
}

/** A paragraph's findings under each combination of the options. */
const SLOTS: Record<string, ReturnType<typeof memoSlot>> = {
  'false/true': memoSlot('traces'),
  'true/true': memoSlot('traces (national, boards)'),
  'true/false': memoSlot('traces (national)'),
  'false/false': memoSlot('traces (no boards)'),
};

/** The paragraph's findings, in indices of its text: one per sentence, at the first thing it names. */
function tracesIn(p: Paragraph, { national, boards }: Mode): Array<{ start: number; end: number; message: Msg }> {
  const found: Array<{ h: PhraseHit; zh: string; en: string }> = [];
  const report = (h: PhraseHit, zh: string, en: string): void => {
    found.push({ h, zh, en });
  };
  // Every finding but a wall's needs one of these words in its sentence, so in its paragraph: a
  // paragraph without any is not searched for media, records or 批示 at all.
  const judged = AS_PROOF.test(p.key) || TO_GROUP.test(p.key) || (national && (SCORE.test(p.key) || CHECKED.test(p.key)));
  if (judged) proofTraces(p, national, report);
  if (boards) for (const h of setIn(p, WALL)) report(h, '要求展板、制度上墙，应杜绝“凡创建必上墙”', 'Asks for boards or rules on the wall; drop the requirement');
  if (national && judged) nationalTraces(p, report);
  // One finding per sentence, at the first thing it names (以台账和照片作为依据: at 台账).
  const seen = new Set<string>();
  const out: Array<{ start: number; end: number; message: Msg }> = [];
  found.sort((a, b) => a.h.start - b.h.start);
  for (const { h, zh, en } of found) {
    const sentence = sentenceOf(h);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    out.push({ start: h.start, end: h.end, message: withClause(msg(zh, en), CLAUSE) });
  }
  return out;
}

type Collect = (h: PhraseHit, zh: string, en: string) => void;

/** Media, records and 批示 taken as proof of work (or media posted to a group). */
function proofTraces(p: Paragraph, national: boolean, report: Collect): void {
  for (const h of setIn(p, MEDIA)) {
    const sentence = sentenceOf(h);
    if (LEGAL.test(sentence)) continue;
    const what = h.para.text.slice(h.start, h.end);
    if (AS_PROOF.test(sentence)) report(h, `以“${what}”作为工作落实的依据属于凡事留痕，应以实际工作成效评价`, `Taking "${what}" as proof of work is box-ticking; judge the work by its results`);
    else if (TO_GROUP.test(sentence)) report(h, `要求在微信工作群、政务 APP 上传“${what}”属于凡事留痕，不得以此代替对实际工作的评价`, `Asks for "${what}" to be posted to a chat group or an app; that does not show the work done`);
  }
  for (const h of setIn(p, RECORDS)) {
    if (!AS_PROOF.test(sentenceOf(h))) continue;
    const what = h.para.text.slice(h.start, h.end);
    report(h, `以“${what}”作为工作落实的依据属于凡事留痕，应以实际工作成效评价`, `Taking "${what}" as proof of work is box-ticking; judge the work by its results`);
  }
  for (const h of setIn(p, INSTRUCTION)) {
    const sentence = sentenceOf(h);
    if (!AS_PROOF.test(sentence) && !(national && SCORE.test(sentence))) continue;
    report(h, '不得将有没有领导批示作为工作是否落实的标准，应以实际工作成效评价', 'Do not measure work by whether leaders endorsed it (批示); judge it by its results');
  }
}

/** The national pack's further traces: publicity counted, photo traces and study notes as criteria. */
function nationalTraces(p: Paragraph, report: Collect): void {
  for (const h of setIn(p, PUBLICITY)) {
    const sentence = sentenceOf(h);
    if (ACADEMIC.test(sentence) || (!AS_PROOF.test(sentence) && !SCORE.test(sentence))) continue;
    report(h, '将在刊物、媒体刊发文章信息或经验做法作为督查检查考核内容，属于凡事留痕，应以实际工作成效评价', 'Counts articles, information or practices carried by journals or media as assessment content; judge the work by its results');
  }
  for (const h of setIn(p, PHOTOS_NOTES)) {
    const sentence = sentenceOf(h);
    if (LEGAL.test(sentence) || TRAINING.test(sentence) || (!AS_PROOF.test(sentence) && !SCORE.test(sentence) && !CHECKED.test(sentence))) continue;
    const what = h.para.text.slice(h.start, h.end);
    report(h, `以“${what}”作为评判工作优劣的标准属于凡事留痕，应以实际工作成效评价`, `Taking "${what}" as the measure of work is box-ticking; judge the work by its results`);
  }
}
