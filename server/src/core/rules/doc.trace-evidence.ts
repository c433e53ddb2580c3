// doc.trace-evidence (§21): 不得简单将有没有领导批示、开会发文、台账记录、工作笔记等作为工作是否
// 落实的标准，不得以微信工作群、政务APP上传工作场景截图或录制视频来代替对实际工作评价；杜绝凡创建
// 工作宣传展板必上墙。

import { findSet, sentenceOf } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './util';

const CLAUSE = '§21';
/** Screenshots, photos or videos (usually uploaded to a chat group or an app). */
const MEDIA = /截图|截屏|照片|图片|视频|录像|影像资料/g;
/** Records taken as the measure of work. */
const RECORDS = /领导批示|批示|台账|工作笔记|会议记录|开会发文|发文数量|会议次数/g;
/** …作为考核依据 / 作为佐证 / 作为落实的标准 / 计入考核. */
const AS_PROOF = /(?:作为|当作|视为|以此|据此|用于|计入|纳入)[^，。；,;]{0,14}?(?:依据|佐证|证明|凭证|标准|考核|评价|评分|打分|印证|证据)|(?:考核|评价|评分)(?:依据|标准|佐证)|留痕|以[^，。；,;]{0,16}?(?:截图|照片|视频|台账|批示)[^，。；,;]{0,6}?(?:为准|为依据|代替|替代)/;
/** 展板上墙, 制度上墙. */
const WALL = /(?:展板|制度|图版|牌板|宣传板|工作职责)[^，。；,;]{0,8}?上墙|上墙(?:展示|公示|张贴)?[^，。；,;]{0,4}?展板/g;

export default defineRule({
  id: 'doc.trace-evidence',
  title: msg('凡事留痕', 'Traces as proof of work'),
  clause: CLAUSE,
  clauseKeys: ['21'],
  kinds: ['document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '以批示、台账、工作笔记、微信工作群或政务 APP 截图、照片、视频作为工作落实的依据，或要求展板上墙。',
    'Takes 批示, 台账, work notes or chat-group/app screenshots, photos or videos as proof of work, or asks for display boards on walls.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const seen = new Set<string>();
    const report = (h: { para: typeof m.paragraphs[number]; start: number; end: number }, zh: string, en: string): void => {
      const key = `${h.para.index}:${h.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report({ ...ctx.span(h.para, h.start, h.end), message: withClause(msg(zh, en), CLAUSE) });
    };
    for (const h of [...findSet(m, MEDIA), ...findSet(m, RECORDS)]) {
      if (!AS_PROOF.test(sentenceOf(h))) continue;
      const what = h.para.text.slice(h.start, h.end);
      report(h, `以“${what}”作为工作落实的依据属于凡事留痕，应以实际工作成效评价`, `Taking "${what}" as proof of work is box-ticking; judge the work by its results`);
    }
    for (const h of findSet(m, WALL)) report(h, '要求展板、制度上墙，应杜绝“凡创建必上墙”', 'Asks for boards or rules on the wall; drop the requirement');
  },
});
