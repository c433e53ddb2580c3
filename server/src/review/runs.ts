// Cutting runs so that markup can go exactly between two characters. A comment's range or a
// tracked change must start and end at run boundaries, but a finding's span starts and ends
// anywhere: inside a run's text, between a tab and the text after it. So the run is split there
// into two runs, each with a copy of the run's properties (w:rPr) so the formatting is kept, and
// the markup (an "anchor", raw markup filled in later) goes between them. Text is never moved:
// the halves keep their characters in order and a split w:t keeps its spaces (xml:space).

import { cloneNode, raw, replaceNode, withChildren, type XmlElement, type XmlNode, type XmlRaw } from './xmlTree';

/** Where markup goes: at `offset` in a text node's markup (0…length), or before (0) / after (1) an element that stands for a character (w:tab). */
export interface Cut {
  node: XmlNode;
  offset: number;
  /** Whether the place is after a character (else before one): where the anchors go when the run is not cut. */
  after: boolean;
  /** Markup to put there, in order (filled in later, so its text may still change). */
  anchors: XmlRaw[];
}

/** Places each cut's anchors, splitting the runs the cuts fall inside. Cuts at the same place keep the given order. */
export function cutRuns(cuts: readonly Cut[]): void {
  const byRun = new Map<XmlElement, RunCut[]>();
  const after = new Map<XmlNode, XmlRaw[]>(); // anchors placed after a node so far, so the next go after them
  for (const c of cuts) {
    const run = enclosingRun(c.node);
    if (!run) {
      placeBeside(c, after);
      continue;
    }
    const list = byRun.get(run) ?? [];
    list.push({ path: pathFrom(run, c.node), offset: c.offset, anchors: c.anchors });
    byRun.set(run, list);
  }
  for (const [run, list] of byRun) splitRun(run, list);
}

/** Puts anchors inside a paragraph that has no character to attach them to (after its properties). */
export function anchorInParagraph(p: XmlElement, anchors: XmlRaw[]): void {
  if (p.selfClosing) {
    p.open = p.open.replace(/\s*\/>$/, '>');
    p.close = `</${p.name}>`;
    p.selfClosing = false;
  }
  const at = p.children.findIndex((c) => c.kind === 'element' && c.name === 'w:pPr') + 1;
  for (const a of anchors) a.parent = p;
  p.children.splice(at, 0, ...anchors);
}

export function anchor(): XmlRaw {
  return raw('', null);
}

interface RunCut {
  /** Child indexes from the run down to the node. */
  path: number[];
  offset: number;
  anchors: XmlRaw[];
}

/** A character's text sits in w:t in w:r: a few levels. Deeper is malformed markup, not cut into (cutting copies every level). */
const MAX_RUN_DEPTH = 8;

function enclosingRun(node: XmlNode): XmlElement | null {
  let depth = 0;
  for (let n = node.parent; n && n.name !== 'w:p' && n.name !== '' && depth < MAX_RUN_DEPTH; n = n.parent, depth++) if (n.name === 'w:r') return n;
  return null;
}

function pathFrom(top: XmlElement, node: XmlNode): number[] {
  const path: number[] = [];
  for (let n: XmlNode = node; n !== top && n.parent; n = n.parent) path.unshift(n.parent.children.indexOf(n));
  return path;
}

/** Splits the run at every cut, right to left (so the paths of the cuts left of it stay true). */
function splitRun(run: XmlElement, cuts: RunCut[]): void {
  const ordered = [...cuts].sort((a, b) => compareCuts(b, a)); // stable: cuts at one place keep their order
  const seq: XmlNode[] = [];
  let rest: XmlElement | null = run;
  for (let i = 0; i < ordered.length; ) {
    const cut = ordered[i]!;
    // Cuts at the same place: their anchors in the given order.
    const same: XmlRaw[] = [];
    for (; i < ordered.length && compareCuts(ordered[i]!, cut) === 0; i++) same.push(...ordered[i]!.anchors);
    if (rest) {
      const [left, right] = splitAt(rest, cut.path, cut.offset);
      if (right) seq.unshift(right);
      rest = left;
    }
    seq.unshift(...same);
  }
  if (rest) seq.unshift(rest);
  replaceNode(run, seq);
}

function compareCuts(a: RunCut, b: RunCut): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) if (a.path[i] !== b.path[i]) return a.path[i]! - b.path[i]!;
  return a.path.length - b.path.length || a.offset - b.offset;
}

/** The element's content before and after the cut, each as a copy of the element, or null when empty. */
function splitAt(el: XmlElement, path: number[], offset: number): [XmlElement | null, XmlElement | null] {
  const i = path[0]!;
  const child = el.children[i]!;
  let left: XmlNode | null;
  let right: XmlNode | null;
  if (path.length > 1 && child.kind === 'element') [left, right] = splitAt(child, path.slice(1), offset);
  else if (child.kind === 'raw') [left, right] = splitText(child, offset);
  else [left, right] = offset <= 0 ? [null, child] : [child, null];
  const leftKids = [...el.children.slice(0, i), ...(left ? [left] : [])];
  const rightKids = [...(right ? [right] : []), ...el.children.slice(i + 1)];
  return [hasContent(el, leftKids) ? half(el, leftKids, false) : null, hasContent(el, rightKids) ? half(el, rightKids, true) : null];
}

function splitText(node: XmlRaw, offset: number): [XmlRaw | null, XmlRaw | null] {
  const open = node.cdata ? '<![CDATA['.length : 0;
  const close = node.cdata && node.text.endsWith(']]>') ? 3 : 0;
  if (offset <= open) return [null, node];
  if (offset >= node.text.length - close) return [node, null];
  const l = node.text.slice(0, offset) + (node.cdata ? ']]>' : '');
  const r = (node.cdata ? '<![CDATA[' : '') + node.text.slice(offset);
  return [{ ...raw(l, node.parent), cdata: node.cdata }, { ...raw(r, node.parent), cdata: node.cdata }];
}

function hasContent(el: XmlElement, kids: XmlNode[]): boolean {
  if (el.name === 'w:t') return kids.some((k) => k.kind === 'raw' && k.text !== '');
  if (el.name === 'w:r') return kids.some((k) => (k.kind === 'element' ? k.name !== 'w:rPr' : k.text.trim() !== ''));
  return kids.length > 0;
}

/** One half of a split element: a run's second half gets a copy of its properties; a text's halves keep their spaces. */
function half(el: XmlElement, kids: XmlNode[], second: boolean): XmlElement {
  const rPr = el.name === 'w:r' && second ? runProperties(el) : null;
  const copy = withChildren(el, rPr && !kids.includes(rPr) ? [cloneNode(rPr, null), ...kids] : kids);
  if (el.name === 'w:t') copy.open = /\sxml:space\s*=/.test(copy.open) ? copy.open.replace(/(\sxml:space\s*=\s*)(["'])[^"']*\2/, '$1"preserve"') : copy.open.replace(/^<w:t\b/, '<w:t xml:space="preserve"');
  return copy;
}

/** The run's w:rPr, if it has one. */
export function runProperties(run: XmlElement): XmlElement | null {
  return (run.children.find((c) => c.kind === 'element' && c.name === 'w:rPr') as XmlElement | undefined) ?? null;
}

/** Beside an element that is not cut (a field kept whole, or markup without a run around it): the anchors go before or after the outermost element under the paragraph. */
function placeBeside(c: Cut, after: Map<XmlNode, XmlRaw[]>): void {
  let top: XmlNode = c.node;
  while (top.parent && top.parent.name !== 'w:p' && top.parent.name !== '' && top.parent.parent) top = top.parent;
  const parent = top.parent!;
  for (const a of c.anchors) a.parent = parent;
  if (!c.after) {
    parent.children.splice(parent.children.indexOf(top), 0, ...c.anchors);
    return;
  }
  const placed = after.get(top) ?? [];
  const last = placed.length ? placed[placed.length - 1]! : top;
  parent.children.splice(parent.children.indexOf(last) + 1, 0, ...c.anchors);
  after.set(top, [...placed, ...c.anchors]);
}
