// Reads a flat ODF text document (.fodt, as LibreOffice writes it) the way a reader sees it: the
// body's paragraphs in order (table cells included; footnotes, comments and tracked-change
// records left out), each character's formatting, where each comment (office:annotation …
// office:annotation-end) starts and ends in that text, and the tracked changes LibreOffice
// recorded. Enough XML for LibreOffice's own output, not a general parser.

/** A point in the body text: paragraph index and UTF-16 offset in it. */
export interface OdfPoint {
  paragraph: number;
  offset: number;
}

export interface OdfAnnotation {
  /** office:name (present when the comment covers a range). */
  name: string | null;
  creator: string;
  date: string;
  /** The comment's own paragraphs. */
  body: string[];
  start: OdfPoint;
  /** Where office:annotation-end is; null for a comment on a point. */
  end: OdfPoint | null;
}

export interface OdfChange {
  id: string;
  kind: 'insertion' | 'deletion' | 'format-change';
  creator: string;
  /** The text a deletion removed (its paragraphs joined by '\n'). */
  deleted: string;
  /** Where the change's marks are in the body: insertions start…end, a deletion at one point. */
  start: OdfPoint | null;
  end: OdfPoint | null;
}

export interface OdfText {
  paragraphs: string[];
  /**
   * Per paragraph, per UTF-16 unit of its text: the formatting LibreOffice gives it, as the
   * properties of the paragraph's and the enclosing spans' styles (style names, which differ
   * from one conversion to the next, resolved to what they set).
   */
  formats: string[][];
  annotations: OdfAnnotation[];
  changes: OdfChange[];
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Elements whose content is no part of the body's running text. */
const APART = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'text:sequence-decls', 'office:forms']);
const PARAGRAPH = new Set(['text:p', 'text:h']);

function attrs(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of s.matchAll(ATTR)) m.set(a[1]!, decode(a[2] ?? a[3] ?? ''));
  return m;
}

function decode(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g, (_a, hex?: string, dec?: string, name?: string) =>
    name ? ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
}

/** Text of a run of XML as ODF reads it inside a paragraph: white space collapsed (text:s, text:tab carry real ones). */
class ParagraphText {
  text = '';
  /** The formatting of each UTF-16 unit of text. */
  formats: string[] = [];
  /** The formatting of what is added now. */
  format = '';
  private lastWasSpace = true; // ODF drops white space at a paragraph's start

  add(raw: string): void {
    for (const ch of decode(raw)) {
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (!this.lastWasSpace) this.push(' ');
        this.lastWasSpace = true;
      } else {
        this.push(ch);
        this.lastWasSpace = false;
      }
    }
  }

  literal(s: string): void {
    this.push(s);
    this.lastWasSpace = false;
  }

  private push(s: string): void {
    this.text += s;
    for (let i = 0; i < s.length; i++) this.formats.push(this.format);
  }
}

const STYLE = /<style:style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/style:style>)/g;
const PROPERTIES = /<style:(?:paragraph|text)-properties\b([^>]*?)\/?>/g;

/**
 * Each named style's properties, its parents' included (attributes sorted; identifiers that differ
 * from one save to the next left out), so two conversions compare by what their styles set.
 */
function styleProperties(xml: string): Map<string, string> {
  const own = new Map<string, { parent: string | undefined; props: Map<string, string> }>();
  for (const m of xml.matchAll(STYLE)) {
    const a = attrs(m[1]!);
    const name = a.get('style:name');
    if (!name) continue;
    const props = new Map<string, string>();
    for (const p of (m[2] ?? '').matchAll(PROPERTIES)) for (const [k, v] of attrs(p[1]!)) if (!/^(?:loext:|officeooo:)/.test(k)) props.set(k, v);
    own.set(name, { parent: a.get('style:parent-style-name'), props });
  }
  const resolved = new Map<string, Map<string, string>>();
  const resolve = (name: string, seen: Set<string>): Map<string, string> => {
    const done = resolved.get(name);
    if (done) return done;
    const s = own.get(name);
    if (!s || seen.has(name)) return new Map();
    seen.add(name);
    const merged = new Map([...(s.parent ? resolve(s.parent, seen) : new Map<string, string>()), ...s.props]);
    resolved.set(name, merged);
    return merged;
  };
  const out = new Map<string, string>();
  for (const name of own.keys()) out.set(name, `{${[...resolve(name, new Set())].map(([k, v]) => `${k}=${v}`).sort().join(';')}}`);
  return out;
}

/** The body text of a .fodt with its comments and tracked changes. */
export function readFlatOdf(xml: string): OdfText {
  const bodyAt = xml.indexOf('<office:text');
  const styles = styleProperties(bodyAt < 0 ? xml : xml.slice(0, bodyAt));
  const formatOf = (name: string | undefined): string => (name ? (styles.get(name) ?? name) : '');
  const spans: string[] = []; // formatting of the open paragraph and spans, outermost first
  const formats: string[][] = [];
  const paragraphs: string[] = [];
  const annotations: OdfAnnotation[] = [];
  const changes = new Map<string, OdfChange>();
  const openByName = new Map<string, OdfAnnotation>();
  let current: ParagraphText | null = null;
  let depth = 0; // paragraph nesting (a paragraph inside a frame in a paragraph)
  // An element whose content is set apart, and what is collected from it.
  let apart: { name: string; depth: number; into: ApartSink } | null = null;

  const here = (): OdfPoint => ({ paragraph: paragraphs.length, offset: current ? current.text.length : 0 });

  TOKEN.lastIndex = bodyAt < 0 ? xml.length : bodyAt;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [tok, slash, name, attrText, selfClose] = m;
    if (!name) {
      if (tok.startsWith('<')) continue;
      if (apart) apart.into.text(tok);
      else if (current) current.add(tok);
      continue;
    }
    const closing = slash === '/';
    const empty = selfClose === '/';
    const a = closing ? new Map<string, string>() : attrs(attrText ?? '');
    if (apart) {
      if (name === apart.name) apart.depth += closing ? -1 : empty ? 0 : 1;
      if (apart.depth === 0) {
        apart.into.close();
        apart = null;
      } else apart.into.element(name, closing, empty, a);
      continue;
    }
    if (name === 'office:text' && closing) break;
    if (APART.has(name) && !closing) {
      const sink = sinkFor(name, a);
      if (empty) sink.close();
      else apart = { name, depth: 1, into: sink };
      continue;
    }
    if (PARAGRAPH.has(name)) {
      if (closing || empty) {
        if (depth > 0 || empty) {
          if (empty) {
            paragraphs.push('');
            formats.push([]);
          } else if (--depth === 0 && current) {
            paragraphs.push(current.text);
            formats.push(current.formats);
            current = null;
          }
        }
      } else if (depth++ === 0) {
        current = new ParagraphText();
        spans.length = 0;
        spans.push(formatOf(a.get('text:style-name')));
        current.format = spans.join(' > ');
      }
      continue;
    }
    if (name === 'text:span' && current && !empty) {
      if (closing) spans.pop();
      else spans.push(formatOf(a.get('text:style-name')));
      current.format = spans.join(' > ');
      continue;
    }
    if (closing) continue;
    if (name === 'office:annotation-end') {
      const ann = openByName.get(a.get('office:name') ?? '');
      if (ann) ann.end = here();
      continue;
    }
    if (name === 'text:change-start' || name === 'text:change-end' || name === 'text:change') {
      const c = changeFor(a.get('text:change-id') ?? '');
      if (name !== 'text:change-end') c.start = here();
      if (name !== 'text:change-start') c.end = here();
      continue;
    }
    if (!current) continue;
    if (name === 'text:s') current.literal(' '.repeat(Number(a.get('text:c') ?? '1')));
    else if (name === 'text:tab') current.literal('\t');
    else if (name === 'text:line-break') current.literal('\n');
  }
  return { paragraphs, formats, annotations, changes: [...changes.values()] };

  function changeFor(id: string): OdfChange {
    let c = changes.get(id);
    if (!c) changes.set(id, (c = { id, kind: 'format-change', creator: '', deleted: '', start: null, end: null }));
    return c;
  }

  function sinkFor(name: string, a: Map<string, string>): ApartSink {
    if (name === 'office:annotation') {
      const ann: OdfAnnotation = { name: a.get('office:name') ?? null, creator: '', date: '', body: [], start: here(), end: null };
      annotations.push(ann);
      if (ann.name) openByName.set(ann.name, ann);
      return annotationSink(ann);
    }
    if (name === 'text:tracked-changes') return trackedChangesSink(changeFor);
    return { text() {}, element() {}, close() {} };
  }
}

interface ApartSink {
  text(raw: string): void;
  element(name: string, closing: boolean, empty: boolean, a: Map<string, string>): void;
  close(): void;
}

/** Collects a comment's author, date and paragraphs. */
function annotationSink(ann: OdfAnnotation): ApartSink {
  let field: 'dc:creator' | 'dc:date' | 'text:p' | null = null;
  let para: ParagraphText | null = null;
  return {
    text(raw) {
      if (field === 'dc:creator') ann.creator += decode(raw);
      else if (field === 'dc:date') ann.date += decode(raw);
      else if (para) para.add(raw);
    },
    element(name, closing, empty, a) {
      if (name === 'dc:creator' || name === 'dc:date') field = closing || empty ? null : name;
      else if (name === 'text:p' || name === 'text:h') {
        if (closing || empty) {
          ann.body.push(para?.text ?? '');
          para = null;
        } else para = new ParagraphText();
      } else if (para && !closing && name === 'text:s') para.literal(' '.repeat(Number(a.get('text:c') ?? '1')));
    },
    close() {},
  };
}

/** Collects text:changed-region records: the kind, the author, and a deletion's text. */
function trackedChangesSink(changeFor: (id: string) => OdfChange): ApartSink {
  let change: OdfChange | null = null;
  let inCreator = false;
  let para: ParagraphText | null = null;
  let deletedParas: string[] = [];
  return {
    text(raw) {
      if (!change) return;
      if (inCreator) change.creator += decode(raw);
      else if (para) para.add(raw);
    },
    element(name, closing, empty, a) {
      if (name === 'text:changed-region' && !closing) {
        change = changeFor(a.get('text:id') ?? a.get('xml:id') ?? '');
        deletedParas = [];
      } else if (name === 'text:changed-region' && closing) {
        if (change?.kind === 'deletion') change.deleted = deletedParas.join('\n');
        change = null;
      } else if (change && !closing && (name === 'text:insertion' || name === 'text:deletion' || name === 'text:format-change')) {
        change.kind = name.slice('text:'.length) as OdfChange['kind'];
      } else if (name === 'dc:creator') inCreator = !closing && !empty;
      else if (name === 'text:p' || name === 'text:h') {
        if (closing || empty) {
          deletedParas.push(para?.text ?? '');
          para = null;
        } else para = new ParagraphText();
      } else if (para && !closing && name === 'text:s') para.literal(' '.repeat(Number(a.get('text:c') ?? '1')));
    },
    close() {},
  };
}

/** The text a comment is anchored on (paragraphs it spans joined by '\n'); '' for a comment on a point. */
export function anchoredText(doc: OdfText, a: OdfAnnotation): string {
  if (!a.end) return '';
  const { start, end } = a;
  if (start.paragraph === end.paragraph) return (doc.paragraphs[start.paragraph] ?? '').slice(start.offset, end.offset);
  const parts = [(doc.paragraphs[start.paragraph] ?? '').slice(start.offset)];
  for (let p = start.paragraph + 1; p < end.paragraph; p++) parts.push(doc.paragraphs[p] ?? '');
  parts.push((doc.paragraphs[end.paragraph] ?? '').slice(0, end.offset));
  return parts.join('\n');
}
