// Fields are kept whole. A field's result (a date, a page number) is text Word and LibreOffice
// rebuild from the field's code, so markup cut into the middle of it is lost or misplaced
// (LibreOffice drops the comment's text). A span that touches a field's result therefore starts
// before the field and ends after it. Only fields within one paragraph: a table of contents
// spans many, and its entries are ordinary text to anchor on. Alternate content is kept whole
// too: its text is read from the fallback, which Word does not show, so markup there would be
// lost; the comment anchors on the run holding it (a text box, a shape).

import type { XmlElement, XmlNode } from './xmlTree';

export interface FieldBounds {
  /** The field's first element (the run with fldChar begin, or the w:fldSimple). */
  first: XmlNode;
  /** Its last element (the run with fldChar end, or the w:fldSimple). */
  last: XmlNode;
}

/** For each node inside a field or alternate content kept whole, its bounds. */
export function fieldBounds(root: XmlElement): Map<XmlNode, FieldBounds> {
  const found = new Map<XmlNode, FieldBounds>();
  const paragraphOf = paragraphs();
  const open: Array<{ begin: XmlElement; paragraph: XmlElement | null; nodes: XmlNode[] }> = [];
  const todo: XmlNode[] = [root];
  while (todo.length) {
    const n = todo.pop()!;
    if (open.length) open[open.length - 1]!.nodes.push(n);
    if (n.kind !== 'element') continue;
    if ((n.name === 'w:fldSimple' && !n.selfClosing) || n.name === 'mc:AlternateContent') {
      const whole = n.name === 'mc:AlternateContent' ? (enclosingRun(n) ?? n) : n;
      const bounds = { first: whole, last: whole };
      for (const d of descendants(n)) found.set(d, bounds);
      continue;
    }
    if (n.name === 'w:fldChar') {
      const type = /\bw:fldCharType\s*=\s*"([^"]*)"/.exec(n.open)?.[1];
      const run = n.parent && n.parent.name === 'w:r' ? n.parent : null;
      if (type === 'begin' && run) open.push({ begin: run, paragraph: paragraphOf(run), nodes: [] });
      else if (type === 'end' && run && open.length) {
        const field = open.pop()!;
        if (open.length) open[open.length - 1]!.nodes.push(...field.nodes);
        else if (field.paragraph && field.paragraph === paragraphOf(run)) {
          const bounds = { first: field.begin, last: run };
          for (const d of field.nodes) found.set(d, bounds);
        }
      }
    }
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]!);
  }
  return found;
}

/** The run holding alternate content: its parent, in markup as Word writes it. */
function enclosingRun(node: XmlNode): XmlElement | null {
  return node.parent && node.parent.name === 'w:r' ? node.parent : null;
}

/** The paragraph around a node, remembered along the way (so deeply nested markup is walked once). */
function paragraphs(): (node: XmlNode) => XmlElement | null {
  const known = new Map<XmlNode, XmlElement | null>();
  return (node) => {
    const path: XmlNode[] = [];
    let found: XmlElement | null = null;
    for (let n = node.parent; n; n = n.parent) {
      const k = known.get(n);
      if (k !== undefined) {
        found = k;
        break;
      }
      if (n.name === 'w:p') {
        found = n;
        break;
      }
      path.push(n);
    }
    for (const n of path) known.set(n, found);
    return found;
  };
}

function descendants(el: XmlElement): XmlNode[] {
  const out: XmlNode[] = [];
  const todo: XmlNode[] = [...el.children];
  while (todo.length) {
    const n = todo.pop()!;
    out.push(n);
    if (n.kind === 'element') todo.push(...n.children);
  }
  return out;
}
