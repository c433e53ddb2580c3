// Assigns roles to paragraphs: 版头 and title at the top, 主送, body, 附件说明, 署名 and
// 成文日期, 附注, then what follows the main document — printed or forwarded documents (which
// count as body), attachment sections, and the 版记 (抄送, 印发). Positional reasoning on top
// of the per-paragraph shapes; every step is a single forward or backward walk.

import { parseCount } from '../parse/numerals';
import type { Paragraph } from '../text/paragraph';
import { endsWithTerminal } from '../text/chars';
import { countText } from '../text/count';
import {
  ATTACHMENT_HEADER, ATTACHMENT_NOTE, COPY_TO, HEAD_MARK, HEAD_META, HEADING_START, KEYWORDS, NOTE,
  dateOnly, endsWithGenre, isDocNumberLine, isOrgName, isPrintedByLine, isRecipientsLine, isTitleLike, titleComplete,
} from './shapes';
import type { AttachmentSection, PrintedDocument, Structure } from './types';


const HEAD_LIMIT = 14;
/** 附件2：城市道路设施巡查养护标准 — label and title on one line, after the main document. */
const INLINE_ATTACHMENT_HEADER = /^(附\s*件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：])\s*(\S.*)$/;
const PRINTING_TITLE = /印发|转发|批转|颁发|发布/;
/** A line that is only a quoted name: a page's title above the notice, when the notice's own title or 发文字号 follows. */
const PAGE_TITLE = /^《[^《》]{2,80}》$/;
/** 附： alone on a line: the label a forwarding notice puts above the text it forwards. */
const APPENDED_LABEL = /^附\s*[:：]$/;

/** A label line above an attachment or a forwarded text: 附件, 附件2, 附件：, 附：. */
function isSectionLabel(t: string): boolean {
  return ATTACHMENT_HEADER.test(t) || APPENDED_LABEL.test(t);
}

function shortPlain(t: string): boolean {
  return t.length <= 60 && !/[。；;！!？?：:]/.test(t) && !HEADING_START.test(t);
}

/** A 发文字号 or another title within the two lines under i: the quoted line at i is the page's, not the title. */
function titleBelow(P: Paragraph[], i: number): boolean {
  for (let k = i + 1; k < P.length && k <= i + 2; k++) {
    const t = P[k]!.key;
    if (isDocNumberLine(t) || (isTitleLike(t) && !PAGE_TITLE.test(t))) return true;
  }
  return false;
}

/** 附件2：标题 with a short plain title after the colon (not a sentence that starts 附件2：). */
function inlineLabel(t: string): RegExpExecArray | null {
  if (ATTACHMENT_HEADER.test(t)) return null;
  const m = INLINE_ATTACHMENT_HEADER.exec(t);
  return m && shortPlain(m[2]!) ? m : null;
}

function isTail(t: string): boolean {
  return COPY_TO.test(t) || KEYWORDS.test(t) || isPrintedByLine(t);
}

export function buildStructure(P: Paragraph[]): Structure {
  const n = P.length;
  const st: Structure = {
    issuerMark: [], docNumber: null, title: [], titleText: '', titleKey: '', recipients: null, body: [],
    attachmentNote: [], signature: [], date: null, otherDates: [], notes: [], attachments: [],
    printed: [], printedNames: [], copyTo: [], printedBy: [],
  };

  // 1. Head: 版头, title, 主送.
  let i = 0;
  // A title line read so far may go on onto the next line (no genre word at its end yet).
  let titleOpen = false;
  while (i < n && i < HEAD_LIMIT) {
    const p = P[i]!;
    const t = p.key;
    if (st.title.length === 0 && HEAD_MARK.test(t)) {
      p.role = 'other'; // 份号, 密级, 紧急程度
      i++;
      continue;
    }
    if ((PAGE_TITLE.test(t) && titleBelow(P, i)) || (st.title.length > 0 && t === joinKey(st.title))) {
      // A web page's title (the name of the document in 《》), or the title said again under it.
      p.role = 'other';
      titleOpen = false;
      i++;
      continue;
    }
    // A web copy puts the 发文字号 in brackets under the title: （浙委办〔2007〕27号）.
    if (isDocNumberLine(t) || (/^[（(].*[）)]$/.test(t) && isDocNumberLine(t.slice(1, -1)))) {
      p.role = 'docNumber';
      st.docNumber ??= p;
      titleOpen = false;
      i++;
      continue;
    }
    if (titleOpen) {
      if (shortPlain(t) && !dateOnly(t) && !isRecipientsLine(t)) {
        p.role = 'title';
        st.title.push(p);
        if (titleComplete(joinKey(st.title))) titleOpen = false;
        i++;
        continue;
      }
      titleOpen = false;
    }
    if (isRecipientsLine(t)) {
      p.role = 'recipients';
      st.recipients = p;
      i++;
      break;
    }
    if (st.title.length === 0) {
      const titleLike = isTitleLike(t) && !/[：:]$/.test(t) && !HEADING_START.test(t);
      if (titleLike || (i <= 2 && shortPlain(t) && !isOrgName(t) && !dateOnly(t) && !NOTE.test(t) && t.length <= 30)) {
        p.role = 'title';
        st.title.push(p);
        titleOpen = !titleComplete(t);
        i++;
        continue;
      }
      if (isOrgName(t)) {
        p.role = 'issuerMark';
        st.issuerMark.push(p);
        i++;
        continue;
      }
    }
    if (dateOnly(t) || (NOTE.test(t) && t.length <= 60) || (t.length <= 80 && HEAD_META.test(t))) {
      p.role = 'other'; // a web page's date or metadata, 签发人, a 题注 such as （…会议通过）
      i++;
      continue;
    }
    break;
  }
  st.titleText = joinText(st.title);
  st.titleKey = joinKey(st.title);
  const bodyStart = i;
  const printing = PRINTING_TITLE.test(st.titleKey);

  // 2. Where the main document ends: its 成文日期, or an attachment label, or the 版记.
  let coverEnd = n;
  let dateIdx = -1;
  for (let j = bodyStart; j < n; j++) {
    const t = P[j]!.key;
    if (isSectionLabel(t) || isTail(t)) {
      coverEnd = j;
      break;
    }
    if (dateOnly(t)) {
      const prevOrg = j > bodyStart && isOrgName(P[j - 1]!.key);
      let k = j + 1;
      while (k < n && NOTE.test(P[k]!.key)) k++;
      const nextT = k < n ? P[k]!.key : '';
      const nextOk = k >= n || isSectionLabel(nextT) || inlineLabel(nextT) !== null || isTail(nextT) || (printing && shortPlain(nextT));
      if (prevOrg || nextOk) {
        dateIdx = j;
        coverEnd = j;
        break;
      }
    }
  }

  // 3. 署名 just above the date (or at the end of the main document when it has no date).
  let sigStart = coverEnd;
  for (let j = coverEnd - 1; j > bodyStart && coverEnd - j <= 4; j--) {
    if (!isOrgName(P[j]!.key)) break;
    if (dateIdx < 0 && j === coverEnd - 1 && !endsSentenceBefore(P, j, bodyStart)) break;
    sigStart = j;
  }
  for (let j = sigStart; j < coverEnd; j++) {
    P[j]!.role = 'signature';
    st.signature.push(P[j]!);
  }

  // 4. 附件说明 between the body and the 署名.
  let noteStart = sigStart;
  for (let j = bodyStart + 1; j < sigStart; j++) {
    if (ATTACHMENT_NOTE.test(P[j]!.key) && !ATTACHMENT_HEADER.test(P[j]!.key)) {
      noteStart = j;
      break;
    }
  }
  for (let j = noteStart; j < sigStart; j++) {
    P[j]!.role = 'attachmentNote';
    st.attachmentNote.push(P[j]!);
  }
  for (let j = bodyStart; j < noteStart; j++) {
    P[j]!.role = 'body';
    st.body.push(P[j]!);
  }

  // 5. 成文日期 and 附注.
  let rest = coverEnd;
  if (dateIdx >= 0) {
    P[dateIdx]!.role = 'date';
    st.date = P[dateIdx]!;
    rest = dateIdx + 1;
    while (rest < n && NOTE.test(P[rest]!.key)) {
      P[rest]!.role = 'note';
      st.notes.push(P[rest]!);
      rest++;
    }
  }

  // 6. What follows: printed documents, attachment sections, 版记.
  if (printing) st.printedNames = quotedNames(st.titleKey);
  parseRest(P, rest, printing, st.printedNames, st);
  return st;
}

/** The paragraph before j ends a sentence (so a name at j is a signature, not body text). */
function endsSentenceBefore(P: Paragraph[], j: number, bodyStart: number): boolean {
  if (j - 1 < bodyStart) return false;
  const t = P[j - 1]!.key;
  return endsWithTerminal(t) || /特此(?:通知|批复|报告|函告|公告)$|此复$|专此批复$/.test(t) || isOrgName(t);
}

export function joinText(ps: Paragraph[]): string {
  let s = '';
  for (const p of ps) s += p.text;
  return s;
}

/** The folded text of paragraphs joined (for matching; see Paragraph.key). */
export function joinKey(ps: Paragraph[]): string {
  let s = '';
  for (const p of ps) s += p.key;
  return s;
}

/** The name after 印发/转发 in a title that does not quote it: 关于印发济南市××办法的通知. */
const UNQUOTED_PRINTED = /(?:印发|转发|批转|颁发|发布)([^《》]{2,80}?)的?(?:通知|决定|意见|函)$/;

/**
 * The documents a 印发/转发 notice prints, as its title names them: every name in 《》, or
 * else the words between 印发 and 的通知.
 */
function quotedNames(title: string): string[] {
  const out: string[] = [];
  const re = /《([^《》]{2,80})》/g;
  for (let m = re.exec(title); m; m = re.exec(title)) out.push(m[1]!);
  if (out.length === 0) {
    const m = UNQUOTED_PRINTED.exec(title);
    if (m) out.push(m[1]!);
  }
  return out;
}

type Container = { kind: 'printed'; doc: PrintedDocument } | { kind: 'attachment'; att: AttachmentSection };

function parseRest(P: Paragraph[], from: number, printing: boolean, printedNames: string[], st: Structure): void {
  const n = P.length;
  let section = 0;
  let cur: Container | null = null;
  let j = from;
  while (j < n) {
    const p = P[j]!;
    const t = p.key;
    if (COPY_TO.test(t)) {
      p.role = 'copyTo';
      st.copyTo.push(p);
      j++;
      continue;
    }
    if (KEYWORDS.test(t)) {
      p.role = 'keywords';
      j++;
      continue;
    }
    if (isPrintedByLine(t)) {
      p.role = 'printedBy';
      st.printedBy.push(p);
      j++;
      continue;
    }
    // 印发机关 and 印发日期 share one line, split apart by a run of U+3000:
    // 济南市××局办公室　　　　2024年6月3日印发
    if (j + 1 < n && P[j + 1]!.line === p.line && isOrgName(t) && isPrintedByLine(P[j + 1]!.key)) {
      p.role = 'printedBy';
      st.printedBy.push(p);
      j++;
      continue;
    }
    // 附件1 on a line of its own, or 附件1：标题 with the title on the label's line (web copies).
    const inline = inlineLabel(t);
    if (inline || isSectionLabel(t)) {
      finish(cur, st);
      const label = inline ? inline[1]! : t;
      const num = /(\d+|[一二三四五六七八九十]+)/.exec(label);
      p.role = 'attachmentHeader';
      section++;
      const att: AttachmentSection = { header: p, number: num ? parseCount(num[1]!) : null, title: [], paragraphs: [], section };
      p.section = section;
      if (inline) j++;
      else j = readTitle(P, j + 1, att.title, 'subtitle', section);
      const titleText = inline ? inline[2]! : joinKey(att.title);
      if (printing && printedNames.some((nm) => sameName(nm, titleText))) {
        const doc: PrintedDocument = { header: p, number: att.number, title: att.title, section, paragraphs: [] };
        cur = { kind: 'printed', doc };
      } else {
        cur = { kind: 'attachment', att };
      }
      continue;
    }
    // Content without a label: a new printed document (or appended text) starts at a title.
    const startsNew = cur === null || (cur.kind === 'printed' && cur.doc.paragraphs.length > 0 && titleAhead(P, j));
    if (startsNew) {
      finish(cur, st);
      section++;
      const title: Paragraph[] = [];
      const k = titleAhead(P, j) ? readTitle(P, j, title, 'subtitle', section) : j;
      if (printing) cur = { kind: 'printed', doc: { header: null, number: null, title, section, paragraphs: [] } };
      else cur = { kind: 'attachment', att: { header: null, number: null, title, paragraphs: [], section } };
      j = k;
      continue;
    }
    p.section = section;
    if (cur!.kind === 'printed') {
      p.role = 'body';
      cur!.doc.paragraphs.push(p);
    } else {
      p.role = 'attachment';
      cur!.att.paragraphs.push(p);
    }
    j++;
  }
  finish(cur, st);
}

/** Two names of one document: equal, or one ends with the other, ignoring 《》, quotes and spaces. */
export function sameName(a: string, b: string): boolean {
  const strip = (s: string): string => s.replace(/[《》“”"\s]/g, '');
  const x = strip(a);
  const y = strip(b);
  return x.length > 0 && y.length > 0 && (x === y || x.endsWith(y) || y.endsWith(x));
}

/** A title starts at j: up to three short plain lines, the last ending in a genre word. */
function titleAhead(P: Paragraph[], j: number): boolean {
  let s = '';
  for (let k = j; k < P.length && k < j + 3; k++) {
    const t = P[k]!.key;
    if (!shortPlain(t) || dateOnly(t) || isOrgName(t)) return false;
    s += t;
    if (endsWithGenre(s)) return true;
  }
  return false;
}

function readTitle(P: Paragraph[], j: number, into: Paragraph[], role: 'subtitle', section: number): number {
  let s = '';
  let k = j;
  const limit = Math.min(P.length, j + 3);
  while (k < limit) {
    const t = P[k]!.key;
    if (!shortPlain(t) || dateOnly(t)) break;
    s += t;
    into.push(P[k]!);
    k++;
    if (endsWithGenre(s)) break;
  }
  if (!endsWithGenre(s) && into.length > 1) {
    // Not a recognisable multi-line title: keep only the first line as the title.
    into.length = 1;
    k = j + 1;
  }
  for (const p of into) {
    p.role = role;
    p.section = section;
  }
  return k;
}

/** Closes a container: a printed document gets its own 主送, 署名 and date out of its body. */
function finish(c: Container | null, st: Structure): void {
  if (!c) return;
  if (c.kind === 'attachment') {
    const a = c.att;
    // Unlabelled leftovers (web page footers and the like) are not attachments.
    if (!a.header && (a.title.length === 0 || a.paragraphs.reduce((s, p) => s + countText(p.text, 'han'), 0) < 50)) {
      for (const p of [...a.title, ...a.paragraphs]) p.role = 'other';
      return;
    }
    st.attachments.push(a);
    return;
  }
  const d = c.doc;
  const ps = d.paragraphs;
  if (ps.length && isRecipientsLine(ps[0]!.key)) {
    ps[0]!.role = 'recipients';
    ps.shift();
  }
  // Trailing 署名 + date of the printed document.
  let end = ps.length;
  while (end > 0 && NOTE.test(ps[end - 1]!.key)) {
    ps[end - 1]!.role = 'note';
    end--;
  }
  if (end > 0 && dateOnly(ps[end - 1]!.key)) {
    ps[end - 1]!.role = 'date';
    st.otherDates.push(ps[end - 1]!);
    end--;
    let k = end;
    while (k > 0 && end - k < 3 && isOrgName(ps[k - 1]!.key)) k--;
    for (let x = k; x < end; x++) ps[x]!.role = 'signature';
    end = k;
  }
  d.paragraphs = ps.slice(0, end);
  for (const p of d.paragraphs) st.body.push(p);
  st.printed.push(d);
}
