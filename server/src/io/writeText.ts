// Writing a text file back as it was read: the same encoding (UTF-8 with or without BOM, UTF-16
// LE/BE with BOM, GB18030 with or without its BOM) and atomically — a temporary file in the same
// folder, then a rename — so a crash or a full disk never leaves half a document. Used by
// `gongwen check --fix` only; the editor and the scans never write files.

import * as path from 'node:path';
import type { Msg } from '../core/types';
import { crypto, fsPromises, iconv } from './lazyNode';
import { decode } from './textFile';

/** GB18030's own byte order mark (U+FEFF), which decode() drops from the text. */
const GB_BOM = [0x84, 0x31, 0x95, 0x33];

/** Whether the bytes (read as `encoding`) began with a byte order mark that the text no longer has. */
export function hadBom(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'utf-8-bom' || encoding === 'utf-16le' || encoding === 'utf-16be') return true;
  return encoding === 'gb18030' && bytes.length >= 4 && GB_BOM.every((b, i) => bytes[i] === b);
}

/**
 * The bytes of `text` in the encoding decode() named (with the BOM the file had), or null when the
 * text cannot be written so that it reads back the same (a character GB18030 lacks, a lone surrogate).
 */
export function encodeText(text: string, encoding: string, bom: boolean): Buffer | null {
  let bytes: Buffer;
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
      break;
    case 'utf-16le':
      bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv().encode(text, 'utf-16le')]);
      break;
    case 'utf-16be':
      bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv().encode(text, 'utf-16be')]);
      break;
    case 'gb18030':
      bytes = iconv().encode((bom ? '\ufeff' : '') + text, 'gb18030');
      break;
    default:
      return null;
  }
  const back = decode(bytes);
  return back.ok && back.text === text ? bytes : null;
}

/**
 * Replaces the file's content with `bytes` through a temporary file in the same folder and a
 * rename, keeping its permissions; a symbolic link is followed (the link stays a link). Nothing is
 * written when the file no longer holds `expected` (changed since it was read). Returns why the
 * file was not written, or null.
 */
export async function writeAtomic(file: string, bytes: Uint8Array, expected: Uint8Array): Promise<Msg | null> {
  const fs = fsPromises();
  let target: string;
  let mode: number;
  try {
    target = await fs.realpath(file);
    const now = await fs.readFile(target);
    if (!now.equals(expected)) return { zh: '文件在修复期间被改动，未写入', en: 'the file changed while it was being fixed; not written' };
    mode = (await fs.stat(target)).mode & 0o7777;
  } catch (e) {
    return cannotWrite(e);
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.gongwen-${process.pid}-${crypto().randomBytes(4).toString('hex')}.tmp`);
  try {
    const h = await fs.open(tmp, 'wx', mode);
    try {
      await h.writeFile(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
    await fs.chmod(tmp, mode); // open() applies the umask
    await fs.rename(tmp, target);
    return null;
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    return cannotWrite(e);
  }
}

function cannotWrite(e: unknown): Msg {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  return { zh: `无法写入：${code}`, en: `cannot write: ${code}` };
}
