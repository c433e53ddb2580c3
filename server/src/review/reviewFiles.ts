// Reviewed copies of drafts: each file checked as `gongwen check` checks it (the same scan, so the
// same findings), then written as `<name>.审阅.docx` (English: `<name>.reviewed.docx`) with a
// comment at every finding. A .docx keeps its own text and formatting; a plain-text draft becomes
// a new Word document first (textDocx.ts). The original is only read. Shared by the CLI
// (`gongwen review`) and the editor's "Export Reviewed Copy".

import { closeSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Effective } from '../core/config/effective';
import { DEFAULT_REVIEW_AUTHOR } from '../core/config/effective';
import { localize } from '../core/locale';
import type { Locale, Msg } from '../core/types';
import { isDocx } from '../io/docx';
import { CHECKED_EXTENSIONS } from '../io/walk';
import { readBytesSync } from '../io/textFile';
import { scanFiles, type ScanInput, type ScannedFile } from '../scan/engine';
import { readTextAgain } from '../scan/fileCheck';
import type { Concurrency } from '../scan/pool';
import { reviewChanges, reviewComments, titleSpan } from './comments';
import { reviewDocx } from './docxReview';
import { textToDocx } from './textDocx';
import type { ReviewAuthor } from './types';

export interface ReviewOptions {
  effectiveFor(path: string): Effective;
  /** Where the copies go; null: beside each file. */
  outDir: string | null;
  /** --suggest: safe fixes as tracked changes. */
  suggest: boolean;
  /** The comments' date. */
  now: Date;
  concurrency?: Concurrency;
}

export interface Written {
  /** The input as shown. */
  display: string;
  out: string;
  comments: number;
  changes: number;
  locale: Locale;
}

export interface Refused {
  display: string;
  /** Why, in the file's language. */
  reason: string;
}

/** The copy's file name: `通知.docx` → `通知.审阅.docx`, `draft.txt` → `draft.reviewed.docx` in English. */
export function reviewedName(file: string, locale: Locale): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  return `${base || path.basename(file)}${locale === 'en' ? '.reviewed' : '.审阅'}.docx`;
}

/** A copy this command wrote before (found again by a walk): not reviewed once more. */
export function isReviewedCopy(file: string): boolean {
  return /\.(审阅|reviewed)\.docx$/i.test(file);
}

/**
 * Initials for the comments: the first two characters of a Chinese name (公文减负助手 → 公文,
 * 张三 → 张三), else the first letter of each word, at most three (Li Ming → LM).
 */
export function initialsOf(name: string): string {
  const t = name.trim();
  if (/^[\u3400-\u9fff\uf900-\ufaff]/.test(t)) return [...t].slice(0, 2).join('');
  const letters = t.split(/[\s._-]+/).filter(Boolean).map((w) => [...w][0]!.toUpperCase());
  return letters.slice(0, 3).join('') || [...t].slice(0, 2).join('');
}

export function authorOf(eff: Effective, now: Date): ReviewAuthor {
  const name = eff.reviewAuthor ?? DEFAULT_REVIEW_AUTHOR;
  return { name, initials: initialsOf(name), date: now };
}

/** The first bytes of an OLE compound file: an encrypted (password-protected) Office file, or an old .doc. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const MACROS: Msg = {
  zh: '不审阅启用宏的 Word 文档（.docm）：请在 Word 中另存为 .docx 后再审阅',
  en: 'macro-enabled Word documents (.docm) are not reviewed: save it as .docx in Word, then review that',
};
const ENCRYPTED: Msg = {
  zh: '无法审阅加密（受密码保护）的文档或旧版 .doc 文件：请在 Word 中取消密码并另存为 .docx 后再审阅',
  en: 'cannot review an encrypted (password-protected) document or an old .doc file: remove the password in Word and save it as .docx, then review that',
};
const NOT_A_DRAFT: Msg = {
  zh: '只审阅 .docx、.txt、.md、.markdown、.gw 和 .gongwen 文件',
  en: 'only .docx, .txt, .md, .markdown, .gw and .gongwen files are reviewed',
};

/** Why a file is refused before it is read as a draft (null: it may be reviewed). */
export function refusal(file: string): Msg | null {
  if (/\.docm$/i.test(file)) return MACROS;
  if (!CHECKED_EXTENSIONS.test(path.basename(file))) return NOT_A_DRAFT;
  if (isDocx(file) && startsWith(file, OLE_MAGIC)) return ENCRYPTED;
  return null;
}

function startsWith(file: string, magic: readonly number[]): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(magic.length);
    const n = readSync(fd, head, 0, magic.length, 0);
    return n === magic.length && magic.every((b, i) => head[i] === b);
  } catch {
    // Unreadable: the scan says why.
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Checks the inputs (one scan, as `gongwen check` does) and writes a reviewed copy of each. A file
 * that cannot be reviewed is refused with the reason; the others are still written. No copy is
 * ever written over an input, nor two copies to one path.
 */
export async function reviewInputs(inputs: readonly ScanInput[], opts: ReviewOptions): Promise<{ written: Written[]; refused: Refused[] }> {
  const refused: Refused[] = [];
  const say = (input: ScanInput, m: Msg): string => localize(opts.effectiveFor(input.path).config.locale, m);
  const ok = inputs.filter((i) => {
    const why = refusal(i.path);
    if (why) refused.push({ display: i.display, reason: say(i, why) });
    return !why;
  });
  const result = await scanFiles(ok, { effectiveFor: opts.effectiveFor, keep: true, concurrency: opts.concurrency ?? 'off' });
  for (const s of result.skipped) refused.push({ display: s.path, reason: s.reason });
  const written: Written[] = [];
  const taken = new Set(inputs.map((i) => path.resolve(i.path)));
  const byPath = new Map(ok.map((i) => [i.path, i]));
  for (const f of result.files) {
    const input = byPath.get(f.path)!;
    const out = path.join(opts.outDir ?? path.dirname(f.path), reviewedName(f.path, f.locale));
    if (taken.has(path.resolve(out))) {
      refused.push({ display: f.display, reason: say(input, { zh: `${out} 已是本次的输入或另一份审阅版，未覆盖`, en: `${out} is an input or another reviewed copy of this run; not overwritten` }) });
      continue;
    }
    const done = await reviewOne(f, input, out, opts);
    if ('reason' in done) refused.push({ display: f.display, reason: say(input, done.reason) });
    else {
      taken.add(path.resolve(out));
      written.push(done);
    }
  }
  return { written, refused };
}

/** One file's copy: its comments (and changes) written into its Word document, saved at `out`. */
async function reviewOne(f: ScannedFile, input: ScanInput, out: string, opts: ReviewOptions): Promise<Written | { reason: Msg }> {
  const eff = opts.effectiveFor(input.path);
  const text = await readTextAgain(input, eff);
  if (text === null) return { reason: { zh: '文件在检查后已无法读取', en: 'the file could no longer be read after it was checked' } };
  const markdown = f.docx ? false : undefined;
  const title = titleSpan(text, input.rel, eff, markdown);
  const comments = reviewComments(f.diagnostics, text, title, f.locale, eff.config.packs);
  const changes = opts.suggest ? reviewChanges(f.diagnostics) : [];
  let bytes: Uint8Array;
  if (f.docx) {
    const read = readBytesSync(input.path);
    if (!read.ok) return { reason: read.reason };
    bytes = read.bytes;
  } else bytes = textToDocx(text);
  const reviewed = await reviewDocx(bytes, comments, changes, authorOf(eff, opts.now), { maxChars: eff.maxFileSize });
  if (!reviewed.ok) return { reason: reviewed.reason };
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, reviewed.bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { reason: { zh: `无法写入 ${out}：${code}`, en: `cannot write ${out}: ${code}` } };
  }
  return { display: f.display, out, comments: comments.length, changes: changes.length, locale: f.locale };
}
