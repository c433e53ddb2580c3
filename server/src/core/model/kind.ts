// Which kind of text this is (公文 / 会议议程 / 调研方案) and its scope, when neither the
// in-file directive nor the settings say so. The title decides first; the content only
// when the title is absent or says nothing (a bare 通知).

import { foldWidth } from '../text/chars';
import type { Paragraph } from '../text/paragraph';
import { foldTraditional } from '../text/tradSimp';
import type { Kind, Scope } from '../types';

/** Policy texts about meetings or research are documents: 会议制度, 调研工作办法, 实施细则. */
const DOCUMENT_GENRE = /(?:制度|办法|细则|规定|规则|条例|意见|决定|决议|规划|批复|请示|报告|函|纪要|通报|公告|通告|要点|总结|准则|指引|措施|章程)[》”"]?$/;
const AGENDA_TITLE = /议程|日程|会议安排|会议通知|召开[^，。]{0,40}会议|召开[^，。]{0,40}会的(?:补充|预备)?通知|会议[^，。]{0,10}的通知|会议的(?:补充)?通知/;
const RESEARCH_TITLE = /(?:调研|走访|督导|督查|视察|考察|暗访|检查)[^，。]{0,12}(?:方案|安排|行程|路线|计划|日程)/;
/** Words that put a meeting in a title: 会议, 座谈, and the kinds of …会 a drafter convenes. */
const MEETING_WORD = /会议|座谈|论坛|研讨|(?:大|全|年|例|推进|调度|现场|协调|交流|培训|动员|部署|总结|表彰|报告|发布|汇报|观摩|联席|分析|评审|启动)会/;
const PRINTING = /^(?:.*?)(?:印发|转发|批转)/;

const AGENDA_CONTENT = /会议议程|会议日程|议程如下|日程如下|议程安排|会议(?:定|拟)?于[^。]{0,30}(?:召开|举行)|参会人员|出席人员|出席会议人员|报到时间|会期[一二三两半0-9]/;
const RESEARCH_CONTENT = /调研(?:时间|路线|行程|安排|对象|地点|方式)|督查(?:时间|内容|对象|方式|范围)|督导(?:时间|内容|对象|方式)|第一站|行程安排|四不两直|暗访/;

export interface KindDecision {
  kind: Kind;
  scope: Scope | null;
  /** What decided: the title, the opening of the content, or nothing (a document by default). */
  basis: 'title' | 'content' | 'none';
}

export function detectKind(titleText: string, paragraphs: Paragraph[]): KindDecision {
  // Matching on folded text: full-width ASCII and traditional characters read as their plain forms.
  const title = foldTraditional(foldWidth(titleText));
  if (title) {
    // 印发/转发 notices are documents whatever they print.
    if (PRINTING.test(title) && !AGENDA_TITLE.test(title.replace(/《[^》]*》/g, ''))) return { kind: 'document', scope: null, basis: 'title' };
    // 会议议程、日程, and a meeting's list of topics (市政府常务会议议题).
    // A 调研/检查日程安排 with no meeting in it is a visit schedule, not a meeting's agenda.
    if (/日程/.test(title) && RESEARCH_TITLE.test(title) && !MEETING_WORD.test(title) && !DOCUMENT_GENRE.test(title)) return { kind: 'research', scope: null, basis: 'title' };
    if (/议程|日程|会议议题(?:安排)?$|议题安排$/.test(title) && !DOCUMENT_GENRE.test(title)) return { kind: 'agenda', scope: detectAgendaScope(title), basis: 'title' };
    if (RESEARCH_TITLE.test(title) && !DOCUMENT_GENRE.test(title)) return { kind: 'research', scope: null, basis: 'title' };
    if (AGENDA_TITLE.test(title) && !DOCUMENT_GENRE.test(title)) return { kind: 'agenda', scope: detectAgendaScope(title), basis: 'title' };
    if (DOCUMENT_GENRE.test(title)) return { kind: 'document', scope: null, basis: 'title' };
  }
  // No decisive title: look at the opening of the content.
  let agenda = 0;
  let research = 0;
  const limit = Math.min(paragraphs.length, 40);
  for (let i = 0; i < limit; i++) {
    const t = paragraphs[i]!.key;
    if (AGENDA_CONTENT.test(t)) agenda++;
    if (RESEARCH_CONTENT.test(t)) research++;
  }
  if (research > agenda && research >= 1) return { kind: 'research', scope: null, basis: 'content' };
  if (agenda >= 1) return { kind: 'agenda', scope: detectAgendaScope(title), basis: 'content' };
  return { kind: 'document', scope: null, basis: 'none' };
}

/** 全体会议, 经济工作会议 … are comprehensive; 专项工作会议, 推进会 … special. */
function detectAgendaScope(title: string): Scope | null {
  if (/专项|推进会|调度会|现场会|座谈会|协调会|培训/.test(title)) return 'special';
  if (/全体会议|经济工作会议|全会|代表大会|综合/.test(title)) return 'comprehensive';
  return null;
}
