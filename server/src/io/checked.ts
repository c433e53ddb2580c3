// Which files gongwen checks and why one is not: no file system here, so the language server
// shares them in any host (a Node process or a web worker), as do the walkers and the scans.

import { fmt } from '../core/messages';
import type { Msg } from '../core/types';

/** Why a file over maxFileSize is not checked (the editor and the scans say the same). */
export function tooLarge(size: number, limit: number): Msg {
  return { zh: `文件过大：${fmt(size)} 字符，超过上限 ${fmt(limit)}`, en: `too large: ${fmt(size)} characters, over the limit of ${fmt(limit)}` };
}

/** The text files gongwen reads (Word documents aside). */
const TEXT_EXTENSION_NAMES = ['txt', 'md', 'markdown', 'gw', 'gongwen'];
export const TEXT_EXTENSIONS = new RegExp(`\\.(${TEXT_EXTENSION_NAMES.join('|')})$`, 'i');
/** What a walk of a folder checks: the text files and Word documents. */
export const CHECKED_EXTENSIONS = new RegExp(`\\.(${[...TEXT_EXTENSION_NAMES, 'docx'].join('|')})$`, 'i');
/** The text files as one file-watcher glob. */
export const TEXT_GLOB = `**/*.{${TEXT_EXTENSION_NAMES.join(',')}}`;
