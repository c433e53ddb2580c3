// A reviewed copy of a Word file: the same package with comments anchored in the body
// (annotate.ts) and, on request, tracked changes. Around the body: the comments part
// (word/comments.xml, kept with its comments when the file has one, new ones numbered after
// them), its relationship and its content type, each added once. The archive is read with the
// same limits as reading a .docx for checking (io/docx.ts); every other part is copied as stored.

import { errorText } from '../core/errors';
import { readDocxArchive } from '../io/docx';
import { annotateDocument, escapeXml, wordDate } from './annotate';
import type { ReviewAuthor, ReviewChange, ReviewComment, ReviewResult } from './types';
import { writeArchive } from './zipWrite';

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const CONTENT_TYPES = '[Content_Types].xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ReviewDocxOptions {
  /** The character limit the XML parts are measured against (the config's maxFileSize). */
  maxChars?: number;
}

export async function reviewDocx(bytes: Uint8Array, comments: ReviewComment[], changes: ReviewChange[], author: ReviewAuthor, options: ReviewDocxOptions = {}): Promise<ReviewResult> {
  const archive = await readDocxArchive(bytes, partsToRead, options.maxChars);
  if (!archive.ok) return { ok: false, reason: archive.reason };
  const body = archive.parts.get(archive.mainPart)!;
  const types = archive.parts.get(CONTENT_TYPES) ?? '';
  if (/macroEnabled/i.test(types) || archive.entries.some((e) => /vbaProject\.bin$/i.test(e.entry.fileName))) {
    return { ok: false, reason: { zh: '含宏的 Word 文档（.docm）不生成审阅版', en: 'a macro-enabled Word document (.docm) is not reviewed' } };
  }
  const relsName = relsPartOf(archive.mainPart);
  const rels = archive.parts.get(relsName) ?? null;
  const target = commentsTarget(rels);
  const commentsName = commentsPartName(archive.mainPart, rels);
  const existing = archive.parts.get(commentsName) ?? null;

  const firstComment = Math.max(highestId(existing, /<w:comment\b[^>]*?\bw:id\s*=\s*"(-?\d+)"/g), highestId(body, /<w:comment(?:RangeStart|RangeEnd|Reference)\b[^>]*?\bw:id\s*=\s*"(-?\d+)"/g)) + 1;
  const commentIds = comments.map((_, i) => firstComment + i);
  const firstRevisionId = Math.max(highestId(body, /\bw:id\s*=\s*"(-?\d+)"/g), highestId(existing, /\bw:id\s*=\s*"(-?\d+)"/g), firstComment + comments.length - 1) + 1;
  let newBody: string;
  try {
    newBody = annotateDocument(body, comments, changes, author, { commentIds, firstRevisionId });
  } catch (e) {
    // Markup nested past what the writer walks (a hostile file): refused, never half-written.
    return { ok: false, reason: { zh: `无法写出审阅版：${errorText(e)}`, en: `cannot write the reviewed copy: ${errorText(e)}` } };
  }

  const rewritten = new Map<string, string>([[archive.mainPart, newBody]]);
  const added = new Map<string, string>();
  if (comments.length) {
    const part = commentsPart(existing, comments, commentIds, author);
    (existing === null ? added : rewritten).set(commentsName, part);
    if (target === null) (rels === null ? added : rewritten).set(relsName, withCommentsRelationship(rels));
    if (!hasOverride(types, commentsName)) rewritten.set(CONTENT_TYPES, withCommentsOverride(types, commentsName));
  }
  // A part both rewritten and absent (no [Content_Types].xml at all) is added instead.
  const names = new Set(archive.entries.map((e) => e.entry.fileName));
  for (const [name, text] of rewritten) if (!names.has(name)) added.set(name, text);
  try {
    return { ok: true, bytes: writeArchive(archive.entries, rewritten, added, author.date) };
  } catch (e) {
    // An entry past what a plain zip holds (4 GiB declared): copied as stored, it cannot be described.
    return { ok: false, reason: { zh: `无法写出审阅版：${errorText(e)}`, en: `cannot write the reviewed copy: ${errorText(e)}` } };
  }
}

/** The parts rewritten: the content types, the body, its relationships, and the comments part they name. */
function partsToRead(main: string, read: ReadonlyMap<string, string>): string[] {
  const rels = relsPartOf(main);
  return [CONTENT_TYPES, main, rels, commentsPartName(main, read.get(rels) ?? null)];
}

function commentsPartName(main: string, rels: string | null): string {
  return resolvePart(main, commentsTarget(rels) ?? 'comments.xml');
}

/** word/document.xml → word/_rels/document.xml.rels */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to the part's folder (or absolute from the package root) as an entry name. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function commentsTarget(rels: string | null): string | null {
  for (const m of (rels ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    if (target && type === COMMENTS_TYPE) return target;
  }
  return null;
}

function withCommentsRelationship(rels: string | null): string {
  const xml = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = new Set([...xml.matchAll(/\bId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return insertBefore(xml, '</Relationships>', `<Relationship Id="rId${n}" Type="${COMMENTS_TYPE}" Target="comments.xml"/>`);
}

function hasOverride(types: string, part: string): boolean {
  return [...types.matchAll(/<Override\b[^>]*>/g)].some((m) => /\bPartName\s*=\s*"([^"]*)"/.exec(m[0])?.[1]?.replace(/^\//, '').toLowerCase() === part.toLowerCase());
}

function withCommentsOverride(types: string, part: string): string {
  const xml = types || '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
  return insertBefore(xml, '</Types>', `<Override PartName="/${part}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`);
}

/** The comments part with the new comments after any already there. */
function commentsPart(existing: string | null, comments: readonly ReviewComment[], ids: readonly number[], author: ReviewAuthor): string {
  const date = wordDate(author.date);
  const attrs = `w:author="${escapeXml(author.name)}" w:date="${date}" w:initials="${escapeXml(author.initials)}"`;
  const added = comments.map((c, i) => `<w:comment w:id="${ids[i]}" ${attrs}>${commentParagraphs(c.paragraphs)}</w:comment>`).join('');
  if (existing !== null && /<\/w:comments\s*>/.test(existing)) return insertBefore(existing, '</w:comments', added);
  if (existing !== null && /<w:comments\b[^>]*\/>/.test(existing)) return existing.replace(/<w:comments\b([^>]*?)\s*\/>/, (_, a: string) => `<w:comments${a}>${added}</w:comments>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${added}</w:comments>`;
}

/** One w:p per paragraph of the note; the first carries the mark Word numbers the comment by. */
function commentParagraphs(paragraphs: readonly string[]): string {
  const list = paragraphs.length ? paragraphs : [''];
  return list
    .map((p, i) => {
      const ref = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
      const text = p === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(p.replace(/[\r\n]+/g, ' '))}</w:t></w:r>`;
      return `<w:p>${ref}${text}</w:p>`;
    })
    .join('');
}

function highestId(xml: string | null, re: RegExp): number {
  let max = -1;
  for (const m of (xml ?? '').matchAll(re)) max = Math.max(max, Number(m[1]));
  return max;
}

/** `text` inserted before the last occurrence of `marker` (at the end when there is none). */
function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.lastIndexOf(marker);
  return at < 0 ? xml + text : xml.slice(0, at) + text + xml.slice(at);
}
