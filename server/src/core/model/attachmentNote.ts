// 附件说明: "附件：1.XXX" with further items "2.YYY" on the following lines, or a single
// "附件：XXX". Items are read per paragraph; a paragraph without a number continues the
// previous item's name when that name filled its line (a long name wrapped onto the next
// line, GB 7.3.4), and is an item whose number was left out otherwise.

import type { Paragraph } from '../text/paragraph';
import type { AttachmentNoteItem } from './types';

const LEAD = /^附\s*件\s*[:：]\s*/;
const ITEM = /^([0-9０-９]{1,2})\s*([.．、，,:：]?)\s*/;

/**
 * Characters of a name that fill an item's line: 版心 28 characters less the indent, 附件：
 * and the number leave about 22; a name shorter than this had no reason to wrap.
 */
const WRAPPED_NAME = 15;

function wrapsOn(it: AttachmentNoteItem): boolean {
  const line = it.endPara;
  const from = line === it.para ? it.nameStart : 0;
  return line.text.length - from >= WRAPPED_NAME;
}

export function readAttachmentNote(ps: Paragraph[]): AttachmentNoteItem[] {
  const items: AttachmentNoteItem[] = [];
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k]!;
    let at = 0;
    if (k === 0) {
      const m = LEAD.exec(p.text);
      if (!m) return items;
      at = m[0].length;
    }
    const rest = p.text.slice(at);
    if (!rest) continue;
    const m = ITEM.exec(rest);
    // A bare number is a list mark only when a separator or a name follows it.
    if (m && (m[2] || /^[0-9０-９]{1,2}\s*[\u4e00-\u9fa5《“]/.test(rest))) {
      const num = parseInt(m[1]!.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10);
      items.push({
        para: p,
        number: num,
        markStart: at,
        markEnd: at + m[0].length,
        nameStart: at + m[0].length,
        endPara: p,
        nameEnd: p.text.length,
        name: p.text.slice(at + m[0].length),
        printed: false,
      });
    } else if (k === 0 || items.length === 0 || !wrapsOn(items[items.length - 1]!)) {
      // No number: the first (or only) item, or an item whose number was left out.
      items.push({ para: p, number: null, markStart: at, markEnd: at, nameStart: at, endPara: p, nameEnd: p.text.length, name: rest, printed: false });
    } else {
      // Continuation of the previous name.
      const prev = items[items.length - 1]!;
      prev.name += rest;
      prev.endPara = p;
      prev.nameEnd = p.text.length;
    }
  }
  return items;
}
