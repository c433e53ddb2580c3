// The tree as text, for `gongwen explain`: every node with its place (line:column, 1-based), its
// words and what was resolved in it (dates, times, minutes, places), and each region's confidence
// and how it was found — so a user can see why a rule fired or did not.

import type { LineIndex } from '../text/lineIndex';
import type { Locale, Msg } from '../types';
import { MIN_CONFIDENCE, type ItineraryRegion, type MeetingRegion, type Node, type NodeType, type Tree } from './types';

export const NODE_NAMES: Record<NodeType, Msg> = {
  Document: { zh: '文件', en: 'Document' },
  Chrome: { zh: '网页或文件附带内容', en: 'Chrome' },
  IssuerMark: { zh: '发文机关标志', en: 'IssuerMark' },
  DocNumber: { zh: '发文字号', en: 'DocNumber' },
  Title: { zh: '标题', en: 'Title' },
  Recipients: { zh: '主送机关', en: 'Recipients' },
  Body: { zh: '正文', en: 'Body' },
  Section: { zh: '层次', en: 'Section' },
  Paragraph: { zh: '段落', en: 'Paragraph' },
  AttachmentNote: { zh: '附件说明', en: 'AttachmentNote' },
  Signature: { zh: '署名', en: 'Signature' },
  IssueDate: { zh: '成文日期', en: 'IssueDate' },
  Note: { zh: '附注', en: 'Note' },
  Attachment: { zh: '附件', en: 'Attachment' },
  PrintedDocument: { zh: '印发（转发）的文件', en: 'PrintedDocument' },
  CopyTo: { zh: '抄送机关', en: 'CopyTo' },
  PrintedBy: { zh: '印发机关和印发日期', en: 'PrintedBy' },
  MeetingArrangement: { zh: '会议安排', en: 'MeetingArrangement' },
  Itinerary: { zh: '调研行程', en: 'Itinerary' },
  Norm: { zh: '规范性要求', en: 'Norm' },
  MeetingDay: { zh: '会议日期', en: 'MeetingDay' },
  AgendaItem: { zh: '议程', en: 'AgendaItem' },
  Stop: { zh: '调研点', en: 'Stop' },
};

const KIND_NAMES: Record<Tree['kind'], Msg> = {
  document: { zh: '公文', en: 'document' },
  agenda: { zh: '会议', en: 'agenda' },
  research: { zh: '调研', en: 'research' },
};

const BASIS_NAMES: Record<MeetingRegion['basis'], Msg> = {
  forced: { zh: '指令或设置指定', en: 'forced by directive or settings' },
  title: { zh: '据标题', en: 'from the title' },
  content: { zh: '据内容', en: 'from the content' },
  section: { zh: '文中一节', en: 'a section of the text' },
  sentence: { zh: '文中一句', en: 'a sentence of the text' },
};

const MAX_LABEL = 36;

export function printTree(tree: Tree, lines: LineIndex, locale: Locale): string[] {
  const en = locale === 'en';
  const pick = (m: Msg): string => (en ? m.en : m.zh);
  const o = tree.official;
  const head = `${pick(NODE_NAMES.Document)} ${pick({ zh: '类型', en: 'kind' })}=${pick(KIND_NAMES[tree.kind])}` +
    ` ${o.official ? pick({ zh: '公文', en: 'official drafting' }) : pick({ zh: '非公文（不检查）', en: 'not official drafting (not checked)' })}` +
    ` (${o.confidence.toFixed(2)}: ${o.reasons.join(', ')})`;
  const out = [head];
  const walk = (n: Node, prefix: string): void => {
    n.children.forEach((c, i) => {
      const last = i === n.children.length - 1;
      out.push(`${prefix}${last ? '└─ ' : '├─ '}${describe(c, lines, pick)}`);
      walk(c, prefix + (last ? '   ' : '│  '));
    });
  };
  walk(tree.root, '');
  return out;
}

function describe(n: Node, lines: LineIndex, pick: (m: Msg) => string): string {
  const at = place(lines, n.start, n.end);
  const label = n.label.length > MAX_LABEL ? n.label.slice(0, MAX_LABEL) + '…' : n.label;
  const parts = [pick(NODE_NAMES[n.type]), at, label ? `「${label.replace(/\s+/g, ' ')}」` : ''];
  if (n.type === 'MeetingArrangement' || n.type === 'Itinerary') parts.push(regionFacts(n as MeetingRegion | ItineraryRegion, pick));
  if (n.facts) {
    const facts = Object.entries(n.facts).filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${k}=${v}`);
    if (facts.length) parts.push(facts.join(' '));
  }
  return parts.filter(Boolean).join(' ');
}

function regionFacts(r: MeetingRegion | ItineraryRegion, pick: (m: Msg) => string): string {
  const checked = r.confidence >= MIN_CONFIDENCE ? pick({ zh: '检查', en: 'checked' }) : pick({ zh: '不检查', en: 'not checked' });
  return `[${pick({ zh: '把握', en: 'confidence' })} ${r.confidence.toFixed(2)}, ${pick(BASIS_NAMES[r.basis])}, ${checked}]`;
}

/** 3:5–3:20 (1-based line:column), or 3:5 for a point. */
function place(lines: LineIndex, start: number, end: number): string {
  const a = lines.positionAt(start);
  const b = lines.positionAt(end);
  const from = `${a.line + 1}:${a.character + 1}`;
  return end > start ? `${from}–${b.line + 1}:${b.character + 1}` : from;
}
