// The text of a WordprocessingML body (word/document.xml): one line per paragraph, in one linear
// pass over the markup. It reads what Word shows: runs' text and tabs, tables cell by cell, text
// boxes, hyperlinks and content controls; not deleted or moved-away text, field instructions, or
// the newer half of an mc:AlternateContent (its fallback is read, as older readers do). A
// paragraph whose mark was deleted in tracked changes runs on into the next, as Word shows it.
// Malformed markup never stops it: it reads the text it can find.

/** Elements whose content is not part of the text a reader sees. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText', 'mc:Choice', 'w:sectPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr']);
/** Markup, comments, CDATA, processing instructions, or text up to the next tag. */
// No part crosses a '<' it did not open, so malformed markup cannot make a scan quadratic.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[?!][^<>]*>?|<(\/?)([^\s/<>]+)[^<>]*?(\/?)>|<|[^<]+/g;

export function wordText(xml: string): string {
  const paragraphs: string[] = [];
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
      openElement(name, selfClosing);
      continue;
    }
    if (skipDepth > 0) continue;
    if (m[1] !== undefined) {
      if (inText) current += m[1];
      continue;
    }
    if (tok.charCodeAt(0) === 60 /* < */) continue; // comment, instruction, stray '<'
    if (inText) current += decodeEntities(tok);
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n');

  function openElement(name: string, selfClosing: boolean): void {
    switch (name) {
      case 'w:p':
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
        if (stack[stack.length - 1] !== 'w:tabs' && !inside('w:pPr')) current += '\t';
        break;
      case 'w:noBreakHyphen':
        current += '\u2011';
        break;
      case 'w:softHyphen':
        current += '\u00ad';
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
    current = '';
  }

  function inside(name: string): boolean {
    return stack.includes(name);
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  });
}
