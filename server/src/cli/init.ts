// `gongwen init`: writes a commented .gongwen.json in the current folder (its text: initText.ts,
// which the editor's "create or open the team config" command writes too). It never overwrites a
// file.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Pack } from '../core/packs';
import type { Locale } from '../core/types';
import { localize } from '../core/locale';
import { UsageError } from './files';
import { CONFIG_NAME, initText } from './initText';

export { CONFIG_NAME, INIT_PRESET, initText } from './initText';

/** Writes ./.gongwen.json (exit 0), or refuses if one is there (exit 2 through UsageError). */
export function init(dir: string, preset: readonly Pack[], locale: Locale, out: (s: string) => void): number {
  const file = path.join(dir, CONFIG_NAME);
  try {
    // 'wx': fails if the file exists, even one made a moment ago by another process.
    writeFileSync(file, initText(preset, locale), { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new UsageError({ zh: `${file} 已存在，未覆盖（请编辑它，或先删除再运行 gongwen init）`, en: `${file} already exists and was not overwritten (edit it, or delete it and run gongwen init again)` });
    }
    throw new UsageError({ zh: `无法写入 ${file}：${code ?? String(e)}`, en: `cannot write ${file}: ${code ?? String(e)}` });
  }
  out(localize(locale, { zh: `已写入 ${file}（预设 ${preset.join(' + ')}）\n`, en: `wrote ${file} (preset ${preset.join(' + ')})\n` }));
  return 0;
}
