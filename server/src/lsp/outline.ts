// The outline (document symbols) and folding ranges, both from the syntax tree: the document,
// its sections by heading level, its meeting arrangements (days > items), itineraries (stops),
// norms, printed documents and attachments.

import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../core/analyze';
import { itemLabel } from '../core/agenda/budget';
import { dayText } from '../core/agenda/days';
import type { Agenda } from '../core/agenda/types';
import { clockText } from '../core/parse/times';
import type { Plan } from '../core/research/types';
import { NODE_NAMES } from '../core/tree/print';
import type { ItineraryRegion, MeetingRegion, Node } from '../core/tree/types';
import { itemExtent } from './agendaFeatures';
import { localize, type LocaleLike } from './locale';

/** Frame parts the outline leaves out: the Document's name says the title; the rest are one-liners. */
const QUIET = new Set<Node['type']>(['Chrome', 'Title', 'IssuerMark', 'DocNumber', 'Recipients', 'Signature', 'IssueDate', 'Note', 'CopyTo', 'PrintedBy', 'AttachmentNote', 'MeetingDay', 'AgendaItem', 'Stop', 'Paragraph']);

const MAX_NAME = 40;

export function documentSymbols(r: AnalysisResult, locale: LocaleLike): DocumentSymbol[] {
  const rangeOf = (start: number, end: number): Range => r.model.lines.rangeAt(start, end);
  const title = r.tree.root.children.find((c) => c.type === 'Title');
  const root: DocumentSymbol = {
    name: r.model.titleText || localize(locale, { zh: '（无标题）', en: '(untitled)' }),
    detail: localize(locale, NODE_NAMES.Document),
    kind: SymbolKind.File,
    range: rangeOf(0, r.model.text.length),
    selectionRange: title ? rangeOf(title.start, title.end) : rangeOf(0, 0),
    children: symbolsOf(r.tree.root, r, locale, rangeOf),
  };
  return [root];
}

function symbolsOf(n: Node, r: AnalysisResult, locale: LocaleLike, rangeOf: (s: number, e: number) => Range): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const c of n.children) {
    if (c.type === 'Body') {
      out.push(...symbolsOf(c, r, locale, rangeOf)); // the sections stand for the body
      continue;
    }
    if (QUIET.has(c.type)) continue;
    if (c.type === 'MeetingArrangement') {
      out.push(regionSymbol(c, meetingChildren((c as MeetingRegion).agenda, locale, rangeOf), SymbolKind.Event, locale, rangeOf));
      continue;
    }
    if (c.type === 'Itinerary') {
      out.push(regionSymbol(c, stopSymbols((c as ItineraryRegion).plan, locale, rangeOf), SymbolKind.Event, locale, rangeOf));
      continue;
    }
    const name = c.label.length > MAX_NAME ? `${c.label.slice(0, MAX_NAME)}…` : c.label;
    const kind = c.type === 'Section' ? SymbolKind.String : c.type === 'Norm' ? SymbolKind.Constant : SymbolKind.Module;
    const range = rangeOf(c.start, c.end);
    const head = c.type === 'Section' ? rangeOf(c.start, Math.min(c.end, c.start + c.label.length)) : range;
    out.push({ name: name || localize(locale, NODE_NAMES[c.type]), detail: c.type === 'Section' ? '' : localize(locale, NODE_NAMES[c.type]), kind, range, selectionRange: head, children: symbolsOf(c, r, locale, rangeOf) });
  }
  return out;
}

function regionSymbol(c: Node, children: DocumentSymbol[], kind: SymbolKind, locale: LocaleLike, rangeOf: (s: number, e: number) => Range): DocumentSymbol {
  const range = rangeOf(c.start, c.end);
  return { name: c.label || localize(locale, NODE_NAMES[c.type]), detail: localize(locale, NODE_NAMES[c.type]), kind, range, selectionRange: children[0]?.selectionRange ?? range, children };
}

/** A meeting's days, each with its items (items of no known day stand alone). */
function meetingChildren(a: Agenda, locale: LocaleLike, rangeOf: (s: number, e: number) => Range): DocumentSymbol[] {
  const groups = new Map<number, DocumentSymbol[]>();
  for (const it of a.items) {
    const { start, end } = itemExtent(it);
    const name = `${it.from !== null ? `${clockText(it.from)}${it.to !== null ? `—${clockText(it.to)}` : ''} ` : ''}${itemLabel(it)}`;
    const detail = it.minutes !== null ? localize(locale, { zh: `${it.minutes} 分钟`, en: `${it.minutes} min` }) : '';
    const list = groups.get(it.dayIndex) ?? [];
    list.push({ name: name || '…', detail, kind: SymbolKind.Event, range: rangeOf(start, end), selectionRange: rangeOf(start, end) });
    groups.set(it.dayIndex, list);
  }
  const out: DocumentSymbol[] = [];
  a.days.forEach((day, i) => {
    const children = groups.get(i) ?? [];
    const at = rangeOf(day.para.origStart(day.start), day.para.origEnd(day.end));
    const last = children[children.length - 1];
    out.push({ name: dayText(day), kind: SymbolKind.Namespace, range: { start: at.start, end: last && last.range.end.line >= at.end.line ? last.range.end : at.end }, selectionRange: at, children });
  });
  out.push(...(groups.get(-1) ?? []));
  return out;
}

/** A plan's stops in route order: 第N站 and the place as written; date, time and mode as detail. */
function stopSymbols(plan: Plan, locale: LocaleLike, rangeOf: (s: number, e: number) => Range): DocumentSymbol[] {
  return plan.stops.map((s, i) => {
    const start = s.para.origStart(s.start);
    const end = Math.max(s.para.origEnd(s.end), s.para.origEnd(s.placeEnd));
    const detail = [s.date ? `${s.date.month}月${s.date.day}日` : '', s.time !== null ? clockText(s.time) : '', s.mode === 'unannounced' ? localize(locale, { zh: '暗访', en: 'unannounced' }) : ''].filter(Boolean).join(' ');
    return {
      name: `${localize(locale, { zh: `第${i + 1}站`, en: `Stop ${i + 1}` })} ${s.place.text}`,
      detail,
      kind: SymbolKind.Event,
      range: rangeOf(Math.min(start, s.para.origStart(s.placeStart)), end),
      selectionRange: rangeOf(s.para.origStart(s.placeStart), s.para.origEnd(s.placeEnd)),
    };
  });
}

/** Folding: every section, region, printed document and attachment that spans lines. */
export function foldingRanges(r: AnalysisResult): FoldingRange[] {
  const out: FoldingRange[] = [];
  const walk = (n: Node): void => {
    for (const c of n.children) {
      if (c.type === 'Section' || c.type === 'MeetingArrangement' || c.type === 'Itinerary' || c.type === 'PrintedDocument' || c.type === 'Attachment') {
        const a = r.model.lines.positionAt(c.start).line;
        // A range that ends at a line start (a whole region) folds up to the line before it.
        const endPos = r.model.lines.positionAt(c.end);
        const b = endPos.character === 0 && endPos.line > a ? endPos.line - 1 : endPos.line;
        if (b > a) out.push({ startLine: a, endLine: b, kind: FoldingRangeKind.Region });
      }
      walk(c);
    }
  };
  walk(r.tree.root);
  return out;
}
