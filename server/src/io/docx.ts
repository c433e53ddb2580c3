// Word documents (.docx): their text, one paragraph per line, read with mammoth. Findings in a
// .docx are reported by paragraph number and a quoted snippet, since no editor can show them
// in place. The file is only read.

import mammoth from 'mammoth';
import type { Msg } from '../core/types';
import { stripBom } from './textFile';

export type DocxText = { ok: true; text: string } | { ok: false; reason: Msg };

export async function readDocx(path: string): Promise<DocxText> {
  try {
    const r = await mammoth.extractRawText({ path });
    // mammoth ends each paragraph with a blank line; one paragraph per line keeps numbering simple.
    const paragraphs = r.value.split(/\n\n/).map((p) => p.replace(/\n/g, ' ').replace(/\s+$/, ''));
    while (paragraphs.length && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
    return { ok: true, text: stripBom(paragraphs.join('\n')) };
  } catch (e) {
    return { ok: false, reason: { zh: `无法读取的 Word 文档：${(e as Error).message}`, en: `not a readable Word document: ${(e as Error).message}` } };
  }
}

export function isDocx(path: string): boolean {
  return /\.docx$/i.test(path);
}
