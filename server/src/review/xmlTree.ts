// WordprocessingML as a tree that keeps every byte: each node holds its markup as written, so a
// document serializes back to exactly the input until something is changed, and a change touches
// only the nodes it edits. Tokens are wordXml.ts's, so this tree and the text read from the same
// XML agree on where each token starts (the offsets tie a character of the text to its node).
// Malformed markup is kept as it is: a stray closing tag is raw text, an unclosed element has no
// closing markup.

import { xmlTokens } from '../io/wordXml';

export interface XmlElement {
  kind: 'element';
  name: string;
  /** The opening tag as written (the whole tag when self-closing). */
  open: string;
  /** The closing tag as written; '' when self-closing or never closed. */
  close: string;
  selfClosing: boolean;
  children: XmlNode[];
  parent: XmlElement | null;
  /** XML offset of the opening tag in the parsed text; -1 for nodes made later. */
  start: number;
}

/** Character data, CDATA, comments, processing instructions, stray markup; or markup inserted later. */
export interface XmlRaw {
  kind: 'raw';
  text: string;
  cdata: boolean;
  parent: XmlElement | null;
  start: number;
}

export type XmlNode = XmlElement | XmlRaw;

export interface XmlTree {
  root: XmlElement;
  /** By XML offset: the nodes a character of the text or a paragraph can come from (text, CDATA, w:tab…, w:p). */
  byStart: Map<number, XmlNode>;
}

/** Elements looked up by offset: paragraphs and those that stand for a character (wordXml.ts). */
const LOOKED_UP = new Set(['w:p', 'w:tab', 'w:noBreakHyphen', 'w:softHyphen']);

export function parseXml(xml: string): XmlTree {
  const root = element('', '', null, -1);
  const byStart = new Map<number, XmlNode>();
  const stack: XmlElement[] = [root];
  const token = xmlTokens();
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const parent = stack[stack.length - 1]!;
    const name = m[3];
    if (name !== undefined && m[2] === '/') {
      const at = findOpen(stack, name);
      if (at > 0) {
        stack[at]!.close = m[0];
        stack.length = at;
        continue;
      }
    } else if (name !== undefined) {
      const el = element(name, m[0], parent, m.index);
      el.selfClosing = m[4] === '/';
      parent.children.push(el);
      if (LOOKED_UP.has(name)) byStart.set(m.index, el);
      if (!el.selfClosing) stack.push(el);
      continue;
    }
    const node: XmlRaw = { kind: 'raw', text: m[0], cdata: m[1] !== undefined, parent, start: m.index };
    parent.children.push(node);
    if (node.cdata || m[0].charCodeAt(0) !== 60 /* < */) byStart.set(m.index, node);
  }
  return { root, byStart };
}

function findOpen(stack: XmlElement[], name: string): number {
  for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.name === name) return i;
  return -1;
}

export function element(name: string, open: string, parent: XmlElement | null, start = -1): XmlElement {
  return { kind: 'element', name, open, close: '', selfClosing: false, children: [], parent, start };
}

export function raw(text: string, parent: XmlElement | null): XmlRaw {
  return { kind: 'raw', text, cdata: false, parent, start: -1 };
}

/** The markup of a node and everything in it (iterative: malformed markup can nest deeply). */
export function serialize(node: XmlNode): string {
  const out: string[] = [];
  const todo: Array<XmlNode | string> = [node];
  while (todo.length) {
    const n = todo.pop()!;
    if (typeof n === 'string') out.push(n);
    else if (n.kind === 'raw') out.push(n.text);
    else {
      out.push(n.open);
      todo.push(n.close);
      for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]!);
    }
  }
  return out.join('');
}

/** The nearest enclosing element named `name` (the node itself included), or null. */
export function ancestor(node: XmlNode, name: string): XmlElement | null {
  for (let n: XmlNode | null = node; n; n = n.parent) if (n.kind === 'element' && n.name === name) return n;
  return null;
}

/** Replaces `old` in its parent by `nodes` (their parent set). */
export function replaceNode(old: XmlNode, nodes: XmlNode[]): void {
  const parent = old.parent!;
  const at = parent.children.indexOf(old);
  for (const n of nodes) n.parent = parent;
  parent.children.splice(at, 1, ...nodes);
}

/** A copy of an element with other children (same tags); a self-closing one gains a closing tag. */
export function withChildren(el: XmlElement, children: XmlNode[]): XmlElement {
  const copy = element(el.name, el.open, el.parent);
  if (el.selfClosing) copy.open = el.open.replace(/\s*\/>$/, '>');
  copy.close = el.close || `</${el.name}>`;
  copy.children = children;
  for (const c of children) c.parent = copy;
  return copy;
}

/** A deep copy (for run properties given to both halves of a split run). */
export function cloneNode(node: XmlNode, parent: XmlElement | null): XmlNode {
  if (node.kind === 'raw') return { ...node, parent, start: -1 };
  const copy: XmlElement = { ...node, parent, start: -1, children: [] };
  copy.children = node.children.map((c) => cloneNode(c, copy));
  return copy;
}
