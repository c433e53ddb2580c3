// Comments and tracked changes written into a Word body (word/document.xml). The spans are
// positions in the text the analysis read (wordXml.ts, one line per paragraph); wordTextMap tells
// which XML token each character came from, so a span's ends become cuts between runs
// (runs.ts) and the markup goes exactly there: w:commentRangeStart before the first character,
// w:commentRangeEnd and the w:commentReference run after the last; for a change, the runs in
// between wrapped in w:del (their text as w:delText) and a w:ins run with the new text after them.
// Fields and alternate content are kept whole (fields.ts): a span touching one anchors around it,
// and a change in a field's result replaces the whole field. Nothing else moves, so the text read
// back is the text read before (for changes, Word's text with them pending: the new text).

import { sourceOffset, wordTextMap, type TextSource, type WordTextMap } from '../io/wordXml';
import { fieldBounds, type FieldBounds } from './fields';
import { anchor, anchorInParagraph, cutRuns, runProperties, type Cut } from './runs';
import type { ReviewAuthor, ReviewChange, ReviewComment, Span } from './types';
import { element, parseXml, serialize, type XmlElement, type XmlNode, type XmlRaw, type XmlTree } from './xmlTree';

export interface AnnotateIds {
  /** The w:id of each comment, in order. */
  commentIds: number[];
  /** The first w:id free for w:ins/w:del. */
  firstRevisionId: number;
}

/** The document's XML with the comments anchored and the changes tracked. Overlapping changes: the first (by position) wins. */
export function annotateDocument(xml: string, comments: readonly ReviewComment[], changes: readonly ReviewChange[], author: ReviewAuthor, ids: AnnotateIds): string {
  const map = wordTextMap(xml);
  const tree = parseXml(xml);
  const doc = new Locator(xml, map, tree);
  const requests: Request[] = [];
  comments.forEach((c, i) => {
    const id = ids.commentIds[i]!;
    const start = markup(`<w:commentRangeStart w:id="${id}"/>`);
    const end = markup(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    requests.push(...doc.requests(doc.range(c.span), [start], [end], RANK.commentStart, RANK.commentEnd, RANK.point));
  });
  const tracked = trackable(changes.map((c) => doc.wholeFields(doc.range(c.span), c.newText)));
  const pending: Pending[] = [];
  for (const { range, newText } of tracked) {
    const start = markup('');
    const end = markup('');
    pending.push({ newText, start, end, rPr: doc.runPropertiesAt(range) });
    requests.push(...doc.requests(range, [start], [end], RANK.changeStart, RANK.changeEnd, RANK.pointChange));
  }
  requests.sort((a, b) => a.rank - b.rank);
  cutRuns(requests.filter((r) => r.cut).map((r) => r.cut!));
  for (const r of requests) if (r.paragraph) anchorInParagraph(r.paragraph, r.anchors);
  trackChanges(tree, pending, author, ids.firstRevisionId);
  return serialize(tree.root);
}

/** Order of markup at one place: what closes first, then what opens (a comment around a change on the same span). */
const RANK = { changeEnd: 0, commentEnd: 1, commentStart: 2, point: 3, pointChange: 4, changeStart: 5 };

/** [a, b) in the document's text (paragraphs joined by '\n'), within paragraph `line`. */
interface TextRange {
  a: number;
  b: number;
  line: number;
}

interface Request {
  rank: number;
  anchors: XmlRaw[];
  cut?: Cut;
  paragraph?: XmlElement;
}

interface Pending {
  newText: string;
  start: XmlRaw;
  end: XmlRaw;
  /** The properties the inserted text takes (those of the first run of the span, or of the run at the point). */
  rPr: string;
}

function markup(text: string): XmlRaw {
  const a = anchor();
  a.text = text;
  return a;
}

/** The changes that do not overlap an earlier one (Word cannot hold two edits of the same text); two insertions at one point: the first. */
function trackable<T extends { range: TextRange }>(items: T[]): T[] {
  const sorted = [...items].sort((x, y) => x.range.a - y.range.a || x.range.b - y.range.b);
  const kept: T[] = [];
  for (const it of sorted) {
    const last = kept[kept.length - 1]?.range;
    const overlaps = last && (it.range.a < last.b || (it.range.a === last.a && it.range.b === last.b && last.a === last.b));
    if (!overlaps) kept.push(it);
  }
  return kept;
}

/** Spans of the analysed text → characters of the document and the XML they came from. */
class Locator {
  private readonly lines: string[];
  private readonly lineStarts: number[] = [];
  /** The analysed text drops a leading byte order mark (io/textFile stripBom). */
  private readonly bom: number;
  private readonly fields: Map<XmlNode, FieldBounds>;
  /** Each field's text in the document's text. */
  private readonly fieldRanges = new Map<FieldBounds, { a: number; b: number }>();

  constructor(
    private readonly xml: string,
    private readonly map: WordTextMap,
    private readonly tree: XmlTree,
  ) {
    this.lines = map.text.split('\n');
    let at = 0;
    for (const l of this.lines) {
      this.lineStarts.push(at);
      at += l.length + 1;
    }
    this.bom = map.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.fields = fieldBounds(tree.root);
    for (const s of map.sources) {
      const node = tree.byStart.get(s.xmlStart);
      const field = node && this.fields.get(node);
      if (!field) continue;
      const r = this.fieldRanges.get(field);
      this.fieldRanges.set(field, { a: Math.min(r?.a ?? s.at, s.at), b: Math.max(r?.b ?? 0, s.at + s.length) });
    }
  }

  /** The span as [a, b) in the document's text, clamped to its line. */
  range(span: Span): TextRange {
    const line = Math.max(0, Math.min(span.line, this.lines.length - 1));
    const len = this.lines[line]!.length;
    const shift = line === 0 ? this.bom : 0;
    const s = Math.max(0, Math.min(span.start + shift, len));
    const e = Math.max(s, Math.min(span.end + shift, len));
    return { a: this.lineStarts[line]! + s, b: this.lineStarts[line]! + e, line };
  }

  /** Where a span's opening and closing markup go: before its first character and after its last, or both at its point. */
  requests({ a, b, line }: TextRange, open: XmlRaw[], close: XmlRaw[], openRank: number, closeRank: number, pointRank: number): Request[] {
    if (a < b) {
      const first = this.before(a);
      const last = this.after(b - 1);
      if (first && last) return [{ rank: openRank, anchors: open, cut: { ...first, anchors: open } }, { rank: closeRank, anchors: close, cut: { ...last, anchors: close } }];
    }
    const both = [...open, ...close];
    const at = this.before(a) ?? (a > this.lineStarts[line]! ? this.after(a - 1) : null);
    if (at) return [{ rank: pointRank, anchors: both, cut: { ...at, anchors: both } }];
    const p = this.paragraph(line);
    return p ? [{ rank: pointRank, anchors: both, paragraph: p }] : [];
  }

  /** The run properties at the start of a span (as markup), for text inserted there. */
  runPropertiesAt({ a, b }: TextRange): string {
    const at = this.before(a) ?? (b > 0 ? this.after(Math.max(a, b) - 1) : null);
    for (let n: XmlNode | null = at?.node ?? null; n; n = n.parent) {
      if (n.kind === 'element' && n.name === 'w:r') {
        const rPr = runProperties(n);
        return rPr ? serialize(rPr) : '';
      }
    }
    return '';
  }

  /** A change that touches a field replaces the whole field (its markup is kept whole): the range widened to the field's text, the new text with the rest of the field's text around it. */
  wholeFields(range: TextRange, newText: string): { range: TextRange; newText: string } {
    const first = this.fieldText(range.a, range.a < range.b);
    const last = range.a < range.b ? this.fieldText(range.b - 1, true) : first;
    const a = first ? Math.min(first.a, range.a) : range.a;
    const b = last ? Math.max(last.b, range.b) : range.b;
    const text = this.map.text;
    return { range: { a, b, line: range.line }, newText: text.slice(a, range.a) + newText + text.slice(range.b, b) };
  }

  /** The text range of the field holding character c (for a point, only when c is strictly inside it). */
  private fieldText(c: number, isChar: boolean): { a: number; b: number } | null {
    const s = this.source(c);
    const node = s && this.tree.byStart.get(s.xmlStart);
    const field = node ? this.fields.get(node) : undefined;
    const range = field ? this.fieldRanges.get(field) : undefined;
    if (!range || (!isChar && c <= range.a)) return null;
    return range;
  }

  private before(c: number): Omit<Cut, 'anchors'> | null {
    const s = this.source(c);
    return s ? this.cutIn(s, c - s.at, false) : null;
  }

  private after(c: number): Omit<Cut, 'anchors'> | null {
    const s = this.source(c);
    return s ? this.cutIn(s, c - s.at + 1, true) : null;
  }

  private cutIn(s: TextSource, k: number, after: boolean): Omit<Cut, 'anchors'> | null {
    const node = this.tree.byStart.get(s.xmlStart);
    if (!node) return null;
    const field = this.fields.get(node);
    if (field) return after ? { node: field.last, offset: 1, after } : { node: field.first, offset: 0, after };
    const offset = s.kind === 'mark' ? (k > 0 ? 1 : 0) : sourceOffset(this.xml, s, k) - s.xmlStart;
    return { node, offset, after };
  }

  /** The source holding character c, or null (a paragraph break, or past the end). */
  private source(c: number): TextSource | null {
    const src = this.map.sources;
    let lo = 0;
    let hi = src.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = src[mid]!;
      if (c < s.at) hi = mid - 1;
      else if (c >= s.at + s.length) lo = mid + 1;
      else return s;
    }
    return null;
  }

  private paragraph(line: number): XmlElement | null {
    const at = this.map.paragraphXml[line] ?? -1;
    const node = at >= 0 ? this.tree.byStart.get(at) : undefined;
    return node && node.kind === 'element' ? node : null;
  }
}

/** Wraps each change's runs in w:del and puts the w:ins after them. */
function trackChanges(tree: XmlTree, pending: readonly Pending[], author: ReviewAuthor, firstId: number): void {
  if (!pending.length) return;
  const runs = runsBetween(tree.root, pending);
  let id = firstId;
  const attrs = (): string => `w:id="${id++}" w:author="${escapeXml(author.name)}" w:date="${wordDate(author.date)}"`;
  for (const p of pending) {
    const covered = runs.get(p) ?? [];
    for (const group of siblingGroups(covered)) wrapDeleted(group, `<w:del ${attrs()}>`);
    const rPr = covered.length ? serializeRunProperties(covered[0]!) : p.rPr;
    if (p.newText !== '') p.end.text = `<w:ins ${attrs()}><w:r>${rPr}${textMarkup(p.newText)}</w:r></w:ins>`;
  }
}

function serializeRunProperties(run: XmlElement): string {
  const rPr = runProperties(run);
  return rPr ? serialize(rPr) : '';
}

/** The runs between each change's start and end anchors, in document order (deleted text left out). */
function runsBetween(root: XmlElement, pending: readonly Pending[]): Map<Pending, XmlElement[]> {
  const starts = new Map(pending.map((p) => [p.start, p]));
  const ends = new Set(pending.map((p) => p.end));
  const found = new Map<Pending, XmlElement[]>();
  let active: Pending | null = null;
  const todo: XmlNode[] = [root];
  while (todo.length) {
    const n = todo.pop()!;
    if (n.kind === 'raw') {
      const s = starts.get(n);
      if (s) active = s;
      else if (active && ends.has(n) && n === active.end) active = null;
      continue;
    }
    if (n.name === 'w:del' || n.name === 'w:moveFrom') continue;
    if (n.name === 'w:r' && active) {
      const list = found.get(active) ?? [];
      list.push(n);
      found.set(active, list);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]!);
  }
  return found;
}

/** Runs next to each other under one parent (only white space between) form one group. */
function siblingGroups(runs: XmlElement[]): XmlElement[][] {
  const groups: XmlElement[][] = [];
  for (const r of runs) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && prev.parent === r.parent && onlySpaceBetween(prev, r)) g.push(r);
    else groups.push([r]);
  }
  return groups;
}

function onlySpaceBetween(a: XmlElement, b: XmlElement): boolean {
  const kids = a.parent!.children;
  const i = kids.indexOf(a);
  const j = kids.indexOf(b);
  if (i < 0 || j < i) return false;
  return kids.slice(i + 1, j).every((k) => k.kind === 'raw' && k.text.trim() === '' && !k.cdata);
}

function wrapDeleted(group: XmlElement[], open: string): void {
  const parent = group[0]!.parent!;
  const i = parent.children.indexOf(group[0]!);
  const j = parent.children.indexOf(group[group.length - 1]!);
  const del = element('w:del', open, parent);
  del.close = '</w:del>';
  del.children = parent.children.splice(i, j - i + 1, del);
  for (const k of del.children) {
    k.parent = del;
    renameDeletedText(k);
  }
}

/** Deleted text is w:delText (and a field's code w:delInstrText), or Word shows it as kept. */
function renameDeletedText(node: XmlNode): void {
  const todo: XmlNode[] = [node];
  while (todo.length) {
    const n = todo.pop()!;
    if (n.kind !== 'element') continue;
    const to = n.name === 'w:t' ? 'w:delText' : n.name === 'w:instrText' ? 'w:delInstrText' : null;
    if (to) {
      n.open = n.open.replace(n.name, to);
      if (n.close) n.close = `</${to}>`;
      n.name = to;
    }
    todo.push(...n.children);
  }
}

/** Text as run content: tabs as w:tab, the rest in w:t keeping its spaces. */
function textMarkup(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .split('\t')
    .map((part) => (part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
    .join('<w:tab/>');
}

/** Text as XML character data or an attribute value; characters XML cannot hold (controls, lone surrogates) become `invalid` (left out by default). */
export function escapeXml(s: string, invalid = ''): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, invalid)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** w:date: ISO 8601 without fractions of a second, as Word writes it. */
export function wordDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
