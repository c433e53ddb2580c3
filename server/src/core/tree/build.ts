// Model -> tree: the frame from the structure parser's parts, the body by heading level, and the
// regions (meetings, itineraries, norms) placed inside the node that holds them. Built once per
// analysis; the rules visit its regions.

import { parseAgenda, parseSentenceAgenda } from '../agenda/parse';
import { itemLabel } from '../agenda/budget';
import type { Agenda, WeekdayNote } from '../agenda/types';
import { detectKind } from '../model/kind';
import type { DocModel } from '../model/types';
import type { Names } from '../names';
import { parsePlan } from '../research/parse';
import type { Plan } from '../research/types';
import { keyDates } from '../parse/dates';
import { keyMatches, memoSlot, perText, testSlot } from '../parse/memo';
import { clockText } from '../parse/times';
import { issueDate, ymdDays, ymdText, type Ymd } from '../semantics/timeline';
import type { Paragraph } from '../text/paragraph';
import type { Kind, Scope } from '../types';
import { decideOfficial } from './official';
import { ITINERARY_LABEL, itineraryLabelCount, isSchedule, labelledSections, meetingLabelCount, meetingSentences, normParagraphs, opensWithMeeting, POLICY_TITLE, type SentenceAnchor } from './regions';
import { sliceParagraph } from './slice';
import type { ItineraryRegion, MeetingRegion, Node, NodeType, NormNode, RegionBasis, Tree } from './types';

export interface TreeOptions {
  names: Names;
  /** A kind the directive or the settings force: the whole text is one region of it. */
  forcedKind?: Kind | null;
  /** The text is official drafting whatever it looks like (a file of the gongwen language). */
  official?: boolean;
}

const INSPECTION_TITLE = /(?:督查|督导|检查|调研|视察|暗访|考察|巡查|验收)[^，。]{0,24}(?:通知|安排)$/;
const VISIT_WORDS = /(?:督查|检查|调研|督导|视察|考察|暗访|巡查)(?:小)?组|实地(?:查看|察看|检查|督查|调研|走访|抽查)|现场检查|到各单位|深入[^，。]{1,12}(?:调研|检查|督查)|赴[^，。]{1,12}(?:调研|检查|督查)/;
const ARRANGED = /具体安排|时间安排|日程安排|活动安排|工作安排|调研(?:时间|对象|内容|方式)|督查(?:时间|对象|内容|方式)/;
const CONFIDENCE: Record<RegionBasis, number> = { forced: 1, title: 0.9, content: 0.75, section: 0.7, sentence: 0.6 };

export function buildTree(model: DocModel, opts: TreeOptions): Tree {
  const detected = detectKind(model.titleText, model.paragraphs);
  const layout = decideLayout(model, detected.kind, detected.basis, opts.forcedKind ?? null);
  const meetings: MeetingRegion[] = [];
  const itineraries: ItineraryRegion[] = [];
  const issue = issueDate(model)?.date ?? null;
  const several = layout.whole === 'agenda' && layout.basis !== 'forced' ? meetingSections(model) : [];
  if (several.length >= 2) {
    // One notice convening several meetings (一、全市安全生产工作会议 … 二、全市防汛工作会议 …): one region each.
    for (const [from, to] of several) {
      const ps = model.paragraphs.slice(from, to);
      meetings.push(meetingRegion(model, viewOf(model, ps), ps, false, 'section', detected.scope, issue, opts.names));
    }
  } else if (layout.whole === 'agenda') meetings.push(meetingRegion(model, model, model.paragraphs, true, layout.basis, detected.scope, issue, opts.names));
  else if (layout.whole === 'research') itineraries.push(itineraryRegion(model, model, model.paragraphs, true, layout.basis, opts.names));
  else if (layout.embedded) findEmbedded(model, issue, opts.names, meetings, itineraries);
  const norms = layout.policy ? normParagraphs(model).map(normNode) : [];
  const root = frameOf(model);
  placeAll(root, [...meetings, ...itineraries, ...norms]);
  return { root, kind: layout.kind, scope: layout.kind === 'agenda' || layout.kind === detected.kind ? detected.scope : null, meetings, itineraries, norms, official: decideOfficial(model, [...meetings, ...itineraries].map((r) => r.basis), opts.forcedKind != null, opts.official === true) };
}

interface Layout {
  kind: Kind;
  /** One region over the whole text, of this kind. */
  whole: 'agenda' | 'research' | null;
  basis: RegionBasis;
  /** Look for meetings and visits inside a document. */
  embedded: boolean;
  /** A policy text: its limits are norms. */
  policy: boolean;
}

/** The dominant kind, and whether it is one region over the whole text or a frame with regions inside. */
function decideLayout(model: DocModel, kind: Kind, basis: 'title' | 'content' | 'none', forced: Kind | null): Layout {
  if (forced) return { kind: forced, whole: forced === 'document' ? null : forced, basis: 'forced', embedded: false, policy: false };
  const title = model.titleKey;
  // A policy text first: 关于印发…会议管理办法的通知 names a meeting in its title and convenes none.
  if (isPolicy(title)) return { kind: 'document', whole: null, basis: 'title', embedded: false, policy: true };
  if (kind === 'agenda' && basis === 'title') return { kind, whole: 'agenda', basis: 'title', embedded: false, policy: false };
  if (kind === 'research' && basis === 'title') return { kind, whole: 'research', basis: 'title', embedded: false, policy: false };
  // An inspection notice (关于开展…专项检查的通知) that sends a team out is an itinerary.
  if (basis !== 'title' && INSPECTION_TITLE.test(title) && model.paragraphs.some((p) => p.role === 'body' && (keyMatches(p, VISIT_WORDS) || keyMatches(p, ARRANGED)))) return { kind: 'research', whole: 'research', basis: 'content', embedded: false, policy: false };
  // The content: a notice that opens by convening a meeting, a schedule, or a page of meeting labels.
  // A plan copied without its title (四、时间安排 五、督查分组 … 各督查组): its labels and its teams.
  // Visit words in the content: the whole text is a plan, unless a titled 通知 about something else
  // lays the visit out in one section of its own (二、开展督查 with 督查时间：… 督查地点：…).
  const visitSection = !!model.titleText && labelledSections(model, ITINERARY_LABEL).length > 0;
  if (kind === 'research' && basis === 'content' && !visitSection) return { kind, whole: 'research', basis: 'content', embedded: false, policy: false };
  if (!model.titleText && itineraryLabelCount(model) >= 1 && visitParagraphs(model) >= 1) return { kind: 'research', whole: 'research', basis: 'content', embedded: false, policy: false };
  const opens = opensWithMeeting(model);
  // A timed schedule of a team's visits (督查小组 … 9:00 到某单位) is an itinerary, not an agenda.
  if (basis !== 'title' && !opens && visitParagraphs(model) >= 1 && isSchedule(model)) return { kind: 'research', whole: 'research', basis: 'content', embedded: false, policy: false };
  if (opens || isSchedule(model) || (meetingLabelCount(model) >= 2 && !model.docNumber && !model.titleText)) return { kind: 'agenda', whole: 'agenda', basis: 'content', embedded: false, policy: false };
  if (kind === 'agenda' && basis === 'content' && meetingLabelCount(model) >= 2 && labelledSections(model).length === 0) return { kind, whole: 'agenda', basis: 'content', embedded: false, policy: false };
  return { kind: 'document', whole: null, basis: 'content', embedded: true, policy: false };
}

/**
 * A policy text: its title names a genre that sets rules (会务工作规范, 调研工作办法), itself or as
 * the text a 印发/转发 notice prints (关于印发《会议管理办法》的通知) — and convenes nothing.
 */
function isPolicy(title: string): boolean {
  if (!title || /召开|举行|举办/.test(title.replace(/《[^》]*》/g, ''))) return false;
  const printed = /(?:印发|转发|批转)(.*?)(?:的)?通知$/.exec(title);
  const core = (printed ? printed[1]! : title).replace(/[《》“”"]/g, '');
  return POLICY_TITLE.test(core);
}

/** Paragraphs that send a team out (督查组, 实地查看, 赴…调研). */
function visitParagraphs(model: DocModel): number {
  let n = 0;
  const slot = testSlot(VISIT_WORDS);
  for (const p of model.paragraphs) if ((p.role === 'body' || p.role === 'other') && keyMatches(p, VISIT_WORDS, slot)) n++;
  return n;
}

/** Meetings arranged in a section (三、召开推进会议 with 会议时间：… 参会人员：…) or a sentence of a document. */
function findEmbedded(model: DocModel, issue: Ymd | null, names: Names, meetings: MeetingRegion[], itineraries: ItineraryRegion[]): void {
  const taken = new Set<number>();
  for (const [from, to] of labelledSections(model)) {
    const ps = model.paragraphs.slice(from, to);
    for (const p of ps) taken.add(p.index);
    meetings.push(meetingRegion(model, viewOf(model, ps), ps, false, 'section', null, issue, names));
  }
  // A section that lays out a visit (三、督查安排 with 督查时间：… 督查地点：…) is an itinerary.
  for (const [from, to] of labelledSections(model, ITINERARY_LABEL)) {
    const ps = model.paragraphs.slice(from, to).filter((p) => !taken.has(p.index));
    if (!ps.length) continue;
    for (const p of ps) taken.add(p.index);
    itineraries.push(itineraryRegion(model, viewOf(model, ps), ps, false, 'section', names));
  }
  for (const a of meetingSentences(model, taken)) {
    const p = sliceParagraph(a.para, a.start, a.end, model.lines);
    meetings.push(meetingRegion(model, viewOf(model, [p]), [p], false, 'sentence', null, issue, names, a));
  }
  meetings.sort((x, y) => x.start - y.start);
}

const SESSION_HEADING = /全体会议|开幕|闭幕|分组|第[一二三四五六七八九十\d]{1,3}次|预备会议|大会发言|主席团/;

/** A first-level heading that names a meeting of its own (二、全市防汛工作会议). */
const MEETING_HEADING = /(?:会议|大会|座谈会|推进会|调度会|现场会|协调会|培训会|论坛|报告会|动员会|部署会)(?:的?(?:安排|有关事项))?$/;

/**
 * The first-level sections of a notice that each name a meeting and give it a day: index ranges
 * [from, to) of paragraphs, or fewer than two when the notice convenes one meeting.
 */
function meetingSections(model: DocModel): Array<[number, number]> {
  const ps = model.paragraphs;
  const heads: number[] = [];
  for (let i = 0; i < ps.length; i++) if (ps[i]!.role === 'body' && ps[i]!.level === 1) heads.push(i);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < heads.length; k++) {
    const from = heads[k]!;
    const to = heads[k + 1] ?? sectionEnd(ps, from);
    const head = ps[from]!.key.slice(ps[from]!.markLength).trim();
    // Sessions of one meeting (开幕式, 第二次全体会议, 分组讨论) are its parts, not meetings of their own.
    if (SESSION_HEADING.test(head)) return [];
    if (!MEETING_HEADING.test(head)) continue;
    if (ps.slice(from, to).some((p) => keyDates(p).some((d) => d.day !== null))) out.push([from, to]);
  }
  return out.length >= 2 ? out : [];
}

/** Where a last section ends: at the first paragraph after it that is no body text. */
function sectionEnd(ps: readonly Paragraph[], from: number): number {
  let i = from + 1;
  while (i < ps.length && ps[i]!.role === 'body') i++;
  return i;
}

/** The frame as a region's rules read it: the same parts, only the region's paragraphs. */
function viewOf(model: DocModel, paragraphs: Paragraph[]): DocModel {
  return { ...model, paragraphs, body: paragraphs.filter((p) => p.role === 'body') };
}

/**
 * `anchor`: the sentence a one-sentence meeting (basis 'sentence', ps its one piece) was cut
 * from, whose reading is kept by the paragraph's text (sentenceMeeting).
 */
function meetingRegion(model: DocModel, view: DocModel, ps: Paragraph[], whole: boolean, basis: RegionBasis, scope: Scope | null, issue: Ymd | null, names: Names, anchor?: SentenceAnchor): MeetingRegion {
  // A meeting arranged in one sentence has a day and a time, not a list of items.
  const read = anchor && ps.length === 1 ? sentenceMeeting(anchor, ps[0]!, view, issue) : null;
  const agenda = read ? read.agenda : basis === 'sentence' ? parseSentenceAgenda(view, issue) : parseAgenda(view, issue, names);
  const { start, end } = spanOf(model, ps, whole);
  // A region inside a document with no day and no item arranges nothing that can be checked.
  const confidence = whole || agenda.days.length || agenda.items.length ? CONFIDENCE[basis] : 0.3;
  const facts = read ? { ...read.facts } : meetingFacts(ps, agenda);
  return { type: 'MeetingArrangement', start, end, label: basis === 'section' && !whole ? sectionLabel(ps[0]!) ?? meetingLabel(model, agenda, whole) : meetingLabel(model, agenda, whole), children: meetingParts(agenda), facts, paragraphs: ps, model: view, whole, basis, confidence, agenda, scope };
}

/** A one-sentence meeting as first read: its agenda (about that piece) and its facts. */
interface SentenceRead {
  piece: Paragraph;
  agenda: Agenda;
  facts: Node['facts'];
}

const SENTENCE_MEETINGS = memoSlot('one-sentence meetings');

function readsByCase(): Map<string, SentenceRead> {
  return new Map();
}

/**
 * The agenda and facts of a meeting arranged in one sentence, `piece` (the sentence cut from
 * anchor.para). They depend on the piece's text and role and on the 成文日期 alone (the view holds
 * the piece only), so they are kept by the paragraph's text, the sentence's place in it, the role
 * and the 成文日期; a later piece gets the same reading about itself.
 */
function sentenceMeeting(anchor: SentenceAnchor, piece: Paragraph, view: DocModel, issue: Ymd | null): { agenda: Agenda; facts: Node['facts'] } {
  const byCase = perText(anchor.para, SENTENCE_MEETINGS, readsByCase);
  const key = `${anchor.start}:${anchor.end}:${piece.role}:${issue ? ymdDays(issue) : ''}`;
  const kept = byCase.get(key);
  if (kept && kept.piece.text === piece.text) return { agenda: agendaAbout(kept.agenda, piece), facts: kept.facts };
  const agenda = parseSentenceAgenda(view, issue);
  const facts = meetingFacts([piece], agenda);
  if (onlyAbout(agenda, piece)) byCase.set(key, { piece, agenda, facts });
  return { agenda, facts };
}

/** The agenda refers to no paragraph but `piece` (a one-sentence agenda has days, no items). */
function onlyAbout(a: Agenda, piece: Paragraph): boolean {
  if (a.items.length) return false;
  const about = (note: WeekdayNote | null): boolean => !note || note.para === piece;
  return a.days.every((d) => d.para === piece && about(d.weekdayNote) && d.mentions.every((m) => m.para === piece && about(m.weekdayNote)));
}

/** A copy of a one-sentence agenda (onlyAbout an equal piece) that refers to `to` instead. */
function agendaAbout(a: Agenda, to: Paragraph): Agenda {
  const note = (n: WeekdayNote | null): WeekdayNote | null => (n ? { ...n, para: to } : null);
  return {
    ...a,
    days: a.days.map((d) => ({ ...d, para: to, weekdayNote: note(d.weekdayNote), mentions: d.mentions.map((m) => ({ ...m, para: to, weekdayNote: note(m.weekdayNote) })) })),
    items: [],
  };
}

const VENUE_LABEL = /(?:会议|活动)?地点\s*[:：]\s*([^，。；\n]{2,30})/;
const VENUE_HELD = /在([^，。；\n在]{2,30}?)(?:召开|举行|举办)/;
const ATTENDEES = /(?:参会|参加|出席|与会)(?:人员|对象|范围)\s*[:：]?\s*([^。；\n]{2,40})/;
const VIDEO = /视频会议|电视电话会议|网络视频|视频连线|线上召开|线上会议|腾讯会议|云会议/;

/** What a reader notes of a meeting: where, in what form, who attends, who presides or convenes. */
function meetingFacts(ps: readonly Paragraph[], a: Agenda): Node['facts'] {
  // The written text (the folded key would print half-width commas back to the reader).
  const text = ps.map((p) => p.text).join('\n');
  const venue = VENUE_LABEL.exec(text)?.[1] ?? VENUE_HELD.exec(text)?.[1] ?? null;
  return {
    venue: venue?.trim() ?? null,
    form: VIDEO.test(text) ? 'video' : null,
    attendees: ATTENDEES.exec(text)?.[1]?.trim() ?? null,
    host: a.host,
    convener: a.convener,
    headcount: a.headcount,
    statutory: a.statutory || null,
  };
}

function itineraryRegion(model: DocModel, view: DocModel, ps: Paragraph[], whole: boolean, basis: RegionBasis, names: Names): ItineraryRegion {
  const plan = parsePlan(view, names);
  const { start, end } = spanOf(model, ps, whole);
  return { type: 'Itinerary', start, end, label: whole ? model.titleText || '调研行程' : '调研行程', children: stopParts(plan), facts: { leader: plan.leader, dates: plan.dates.map(ymdText).join('、') || null, unannounced: plan.unannounced || null, stops: plan.stops.length }, paragraphs: ps, model: view, whole, basis, confidence: CONFIDENCE[basis], plan };
}

function spanOf(model: DocModel, ps: Paragraph[], whole: boolean): { start: number; end: number } {
  if (whole || !ps.length) return { start: 0, end: model.text.length };
  return { start: ps[0]!.origStart(0), end: ps[ps.length - 1]!.end };
}

/** A section's heading without its mark (二、全市防汛工作会议 → 全市防汛工作会议), when it is one. */
function sectionLabel(p: Paragraph): string | null {
  return p.level > 0 ? p.text.slice(p.markLength).trim() || null : null;
}

function meetingLabel(model: DocModel, a: Agenda, whole: boolean): string {
  if (whole && model.titleText) return model.titleText;
  const d = a.days[0];
  return d ? `会议（${d.date ? ymdText(d.date) : `${d.month}月${d.day}日`}）` : '会议';
}

function meetingParts(a: Agenda): Node[] {
  const out: Node[] = [];
  for (const d of a.days) {
    const start = d.para.origStart(d.start);
    out.push({ type: 'MeetingDay', start, end: d.para.origEnd(d.end), label: d.para.text.slice(d.start, d.end), children: [], facts: { date: d.date ? ymdText(d.date) : null } });
  }
  for (const it of a.items) {
    const start = it.para.origStart(it.start);
    out.push({
      type: 'AgendaItem',
      start,
      end: Math.max(start, it.para.origEnd(it.end)),
      label: itemLabel(it),
      children: [],
      facts: { from: it.from === null ? null : clockText(it.from), to: it.to === null ? null : clockText(it.to), minutes: it.minutes, role: it.role, speaker: it.speaker || null },
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

function stopParts(plan: Plan): Node[] {
  return plan.stops.map((s) => ({
    type: 'Stop' as const,
    start: s.para.origStart(s.placeStart),
    end: s.para.origEnd(s.placeEnd),
    label: s.place.text,
    children: [],
    facts: { place: s.place.key, date: s.date ? ymdText(s.date) : null, mode: s.mode },
  }));
}

function normNode(p: Paragraph): NormNode {
  return { type: 'Norm', start: p.origStart(0), end: p.end, label: p.text.length > 40 ? p.text.slice(0, 40) + '…' : p.text, children: [] };
}

/** The frame: the structure parser's parts in text order, the body nested by heading level. */
function frameOf(model: DocModel): Node {
  const parts: Node[] = [];
  const add = (type: NodeType, ps: readonly Paragraph[], label?: string): void => {
    if (!ps.length) return;
    parts.push({ type, start: ps[0]!.origStart(0), end: ps[ps.length - 1]!.end, label: label ?? ps.map((p) => p.text).join(''), children: [] });
  };
  for (const p of model.paragraphs) if (p.role === 'other' || (p.role as string) === 'chrome') add('Chrome', [p]);
  add('IssuerMark', model.issuerMark);
  if (model.docNumber) add('DocNumber', [model.docNumber]);
  add('Title', model.title, model.titleText);
  if (model.recipients) add('Recipients', [model.recipients]);
  // (The body itself when it is all the main document's: no second list of a long body.)
  const main = model.body.every((p) => p.section === 0) ? model.body : model.body.filter((p) => p.section === 0);
  if (main.length) parts.push(bodyOf(main));
  add('AttachmentNote', model.attachmentNote);
  add('Signature', model.signature);
  if (model.date) add('IssueDate', [model.date]);
  add('Note', model.notes);
  for (const d of model.printed) {
    const ps = [...(d.header ? [d.header] : []), ...d.title, ...d.paragraphs];
    if (!ps.length) continue;
    const n: Node = { type: 'PrintedDocument', start: ps[0]!.origStart(0), end: ps[ps.length - 1]!.end, label: d.title.map((p) => p.text).join('') || '印发的文件', children: [] };
    if (d.paragraphs.length) n.children.push(bodyOf(d.paragraphs));
    parts.push(n);
  }
  for (const a of model.attachments) {
    const ps = [...(a.header ? [a.header] : []), ...a.title, ...a.paragraphs];
    if (!ps.length) continue;
    parts.push({ type: 'Attachment', start: ps[0]!.origStart(0), end: ps[ps.length - 1]!.end, label: [a.header?.text, a.title.map((p) => p.text).join('')].filter(Boolean).join(' ') || '附件', children: [] });
  }
  add('CopyTo', model.copyTo);
  add('PrintedBy', model.printedBy);
  parts.sort((a, b) => a.start - b.start);
  return { type: 'Document', start: 0, end: model.text.length, label: model.titleText || '（无标题）', children: parts };
}

/** Body paragraphs nested into sections by heading level (一、 > （一） > 1. > （1）). */
function bodyOf(ps: readonly Paragraph[]): Node {
  const body: Node = { type: 'Body', start: ps[0]!.origStart(0), end: ps[ps.length - 1]!.end, label: '正文', children: [] };
  const stack: Array<{ level: number; node: Node }> = [{ level: 0, node: body }];
  for (const p of ps) {
    if (p.level > 0) {
      while (stack.length > 1 && stack[stack.length - 1]!.level >= p.level) stack.pop();
      const sec: Node = { type: 'Section', start: p.origStart(0), end: p.end, label: p.text.length > 30 ? p.text.slice(0, 30) + '…' : p.text, children: [], facts: { level: p.level } };
      stack[stack.length - 1]!.node.children.push(sec);
      stack.push({ level: p.level, node: sec });
    }
    // A section reaches to the end of its last paragraph.
    for (const s of stack) s.node.end = Math.max(s.node.end, p.end);
  }
  return body;
}

/**
 * Puts each region under the deepest frame node that holds it, then sorts each node's children
 * once (a text of thousands of norms would otherwise sort a long list thousands of times).
 */
function placeAll(root: Node, regions: readonly Node[]): void {
  const frames = new Map<Node, Frames>();
  const framesOf = (n: Node): Frames => {
    let f = frames.get(n);
    if (!f) frames.set(n, (f = framesIn(n)));
    return f;
  };
  const touched = new Set<Node>();
  for (const r of regions) {
    let at = root;
    for (;;) {
      const inner = holderOf(framesOf(at), r);
      if (!inner) break;
      at = inner;
    }
    at.children.push(r);
    touched.add(at);
  }
  for (const n of touched) n.children.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A node's frame children, and whether they follow one another without overlapping. */
interface Frames {
  list: Node[];
  disjoint: boolean;
}

function framesIn(n: Node): Frames {
  const list = n.children.filter(isFrame);
  let disjoint = true;
  for (let i = 1; i < list.length && disjoint; i++) disjoint = list[i - 1]!.end <= list[i]!.start;
  return { list, disjoint };
}

/**
 * The first frame that holds the region. Frames in order without overlap (a body's sections) are
 * searched by halves: a long text has hundreds of sections and thousands of meetings, and a scan
 * of the list for each would grow with their product.
 */
function holderOf(f: Frames, r: Node): Node | undefined {
  if (!f.disjoint) return f.list.find((c) => c.start <= r.start && r.end <= c.end);
  let lo = 0;
  let hi = f.list.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (f.list[mid]!.start <= r.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const c = at >= 0 ? f.list[at]! : undefined;
  return c && r.end <= c.end ? c : undefined;
}

function isFrame(n: Node): boolean {
  return n.type === 'Body' || n.type === 'Section' || n.type === 'PrintedDocument' || n.type === 'Attachment';
}
