// One wording for configuration problems, shared by the language server (window/showMessage
// and its log) and the CLI (stderr), so both say the same thing: where (the config file with
// line and column, or the setting), which key, and what is wrong.

import { localize, type LocaleLike } from '../core/locale';
import { lineCol, type LocatedProblem } from './parsed';

export type ProblemLocale = LocaleLike;

/** One problem however often it is found: its file (or source), key and message. */
export function problemKey(p: LocatedProblem): string {
  return `${p.file ?? p.source}:${p.key}:${p.message.en}`;
}

/**
 * `FILE:LINE:COL: KEY: PROBLEM` for a config file (positions 1-based, as compilers print them),
 * `setting gongwen.KEY: PROBLEM` for the editor settings. `text` is the config file's text, to
 * turn the problem's offset into a line and column.
 */
export function problemText(p: LocatedProblem, locale: ProblemLocale, text?: string): string {
  const message = localize(locale, p.message);
  const where = p.file ?? p.source;
  if (!where || where === 'settings') return `${localize(locale, { zh: '设置', en: 'setting' })} gongwen.${p.key}: ${message}`;
  let pos = '';
  if (text !== undefined && p.offset !== undefined) {
    const { line, col } = lineCol(text, p.offset);
    pos = `:${line}:${col}`;
  }
  return `${where}${pos}: ${p.key ? `${p.key}: ` : ''}${message}`;
}

/** The editor's notification for a problem: the same text as the CLI prints, with a lead-in. */
export function problemNotice(p: LocatedProblem, locale: ProblemLocale, text?: string): string {
  const body = problemText(p, locale, text);
  return localize(locale, { zh: `公文检查配置有误：${body}（其余配置照常生效）`, en: `gongwen configuration problem: ${body} (the rest of the configuration applies)` });
}
