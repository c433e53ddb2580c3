// The text of a WordprocessingML body (word/document.xml): one line per paragraph, in one linear
// pass over the markup. It reads what Word shows: runs' text and tabs, tables cell by cell, text
// boxes, hyperlinks and content controls; not deleted or moved-away text, field instructions, or
// the newer half of an mc:AlternateContent (its fallback is read, as older readers do). A
// paragraph whose mark was deleted in tracked changes runs on into the next, as Word shows it.
// Malformed markup never stops it: it reads the text it can find.
// wordTextMap is the same pass keeping where each character came from (the token and the offset
// in it), so a reviewed copy can put markup exactly around a span of this text (review/).

/** Elements whose content is not part of the text a reader sees. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText', 'mc:Choice', 'w:sectPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr']);
/** Markup, comments, CDATA, processing instructions, or text up to the next tag. */
// No part crosses a '<' it did not open, so malformed markup cannot make a scan quadratic.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[?!][^<>]*>?|<(\/?)([^\s/<>]+)[^<>]*?(\/?)>|<|[^<]+/g;

/** Where a stretch of the text came from: the XML token at [xmlStart, xmlEnd) gave the text's characters from `at` on. */
export interface TextSource {
  /** Offset in the text (paragraphs joined by '\n'). */
  at: number;
  /** Characters of the text it gave. */
  length: number;
  xmlStart: number;
  xmlEnd: number;
  /** `text`: character data of a w:t (entities decoded); `cdata`: a CDATA section in a w:t; `mark`: one character an element stands for (w:tab…). */
  kind: 'text' | 'cdata' | 'mark';
}

/** The text and, for every character of it, where it came from in the XML (sources in text order). */
export interface WordTextMap {
  text: string;
  sources: TextSource[];
  /** For each paragraph of the text, the XML offset of the w:p that opened it (-1 when none did). */
  paragraphXml: number[];
}

/** Markup, comments, CDATA, processing instructions, or text up to the next tag (for readers that keep the markup). */
export function xmlTokens(): RegExp {
  return new RegExp(TOKEN.source, 'g');
}

export function wordText(xml: string): string {
  return scanWord(xml, false).text;
}

/** The text as wordText gives it, with where each character came from (for writing back into the XML). */
export function wordTextMap(xml: string): WordTextMap {
  return scanWord(xml, true);
}

/** The raw XML offset of the decoded character `k` of a source (an entity counts from its '&'). */
export function sourceOffset(xml: string, source: TextSource, k: number): number {
  if (source.kind === 'mark') return k <= 0 ? source.xmlStart : source.xmlEnd;
  if (source.kind === 'cdata') return Math.min(source.xmlStart + CDATA_OPEN.length + k, source.xmlEnd);
  let raw = source.xmlStart;
  for (let decoded = 0; decoded < k && raw < source.xmlEnd; ) {
    ENTITY_AT.lastIndex = raw;
    const m = xml.charCodeAt(raw) === 38 /* & */ ? ENTITY_AT.exec(xml) : null;
    if (m) {
      decoded += decodeEntities(m[0]).length;
      raw += m[0].length;
    } else {
      decoded++;
      raw++;
    }
  }
  return raw;
}

const CDATA_OPEN = '<![CDATA[';

function scanWord(xml: string, withSources: boolean): WordTextMap {
  const paragraphs: string[] = [];
  const sources: TextSource[] = [];
  const paragraphXml: number[] = [];
  let openedAt = -1; // XML offset of the w:p that opened the current paragraph
  let base = 0; // offset in the text of the current paragraph
  let current = '';
  let skipDepth = 0; // > 0 inside a skipped element (nested skipped elements count up)
  let skipName = '';
  let inText = false; // inside w:t
  let deletedMark = false; // the open paragraph's mark was deleted
  let pPrDepth = 0;
  const stack: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const tok = m[0];
    if (m[3] !== undefined) {
      const name = m[3];
      const closing = m[2] === '/';
      const selfClosing = m[4] === '/';
      if (skipDepth > 0) {
        if (name === skipName) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
        // A deleted paragraph mark sits in w:pPr/w:rPr, which is otherwise skipped.
        if (pPrDepth > 0 && name === 'w:del' && !closing) deletedMark = true;
        continue;
      }
      if (closing) {
        closeElement(name);
        continue;
      }
      if (SKIPPED.has(name)) {
        if (!selfClosing) {
          skipDepth = 1;
          skipName = name;
        }
        continue;
      }
      if (!selfClosing) stack.push(name);
      openElement(name, selfClosing, m.index);
      continue;
    }
    if (skipDepth > 0) continue;
    if (m[1] !== undefined) {
      if (inText) add(m[1], m.index, 'cdata');
      continue;
    }
    if (tok.charCodeAt(0) === 60 /* < */) continue; // comment, instruction, stray '<'
    if (inText) add(decodeEntities(tok), m.index, 'text');
  }
  if (current !== '') endParagraph();
  return { text: paragraphs.join('\n'), sources, paragraphXml };

  function add(s: string, xmlStart: number, kind: TextSource['kind']): void {
    if (withSources && s !== '') sources.push({ at: base + current.length, length: s.length, xmlStart, xmlEnd: TOKEN.lastIndex, kind });
    current += s;
  }

  function openElement(name: string, selfClosing: boolean, xmlStart: number): void {
    switch (name) {
      case 'w:p':
        if (openedAt < 0) openedAt = xmlStart;
        if (selfClosing) endParagraph();
        else deletedMark = false;
        break;
      case 'w:pPr':
        if (!selfClosing) pPrDepth++;
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        if (stack[stack.length - 1] !== 'w:tabs' && !inside('w:pPr')) add('\t', xmlStart, 'mark');
        break;
      case 'w:noBreakHyphen':
        add('\u2011', xmlStart, 'mark');
        break;
      case 'w:softHyphen':
        add('\u00ad', xmlStart, 'mark');
        break;
    }
  }

  function closeElement(name: string): void {
    // Pop to the matching open element; a stray closing tag is ignored.
    const at = stack.lastIndexOf(name);
    if (at < 0) return;
    stack.length = at;
    if (name === 'w:t') inText = false;
    else if (name === 'w:pPr') pPrDepth = Math.max(0, pPrDepth - 1);
    else if (name === 'w:p') {
      if (deletedMark) deletedMark = false;
      else endParagraph();
    }
  }

  function endParagraph(): void {
    paragraphs.push(current);
    if (withSources) paragraphXml.push(openedAt);
    base += current.length + 1;
    current = '';
    openedAt = -1;
  }

  function inside(name: string): boolean {
    return stack.includes(name);
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const ENTITY_AT = new RegExp(ENTITY.source, 'y');
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  });
}
