// The text `gongwen init` writes: a commented .gongwen.json, a team's starting point: the preset,
// the 专项/会议/调研 folders as an example of `kinds`, and the name lists as commented examples
// (the defaults, ready to be uncommented and edited). It validates against
// schemas/gongwen.schema.json (test/cli-init.test.ts). Pure, so the editor's "create or open the
// team config" command writes the very same file.

import { NAME_LIST_TEXT } from '../config/nameLists';
import { DEFAULT_NAMES, type Names } from '../core/names';
import type { Pack } from '../core/packs';
import type { Locale } from '../core/types';
import { localize } from '../core/locale';

export const CONFIG_NAME = '.gongwen.json';

/** The preset `gongwen init` starts from without --preset: what a folder without configuration gets. */
export const INIT_PRESET: readonly Pack[] = ['jinan-2019'];


/** The text of the commented .gongwen.json for the preset(s), its comments in the locale. */
export function initText(preset: readonly Pack[], locale: Locale): string {
  const say = (zh: string, en: string): string => localize(locale, { zh, en });
  const presetValue = preset.length === 1 ? JSON.stringify(preset[0]) : JSON.stringify(preset).replace(/,/g, ', ');
  const names = Object.entries(DEFAULT_NAMES).map(([key, list], i, all) => {
    const label = localize(locale, NAME_LIST_TEXT[key as keyof Names].summary);
    const comma = i < all.length - 1 ? ',' : '';
    return `    // ${label}\n    // ${JSON.stringify(key)}: ${JSON.stringify(list).replace(/","/g, '", "')}${comma}`;
  });
  return `// ${say('gongwen 配置（JSON，可写注释）。由 gongwen init 生成；各项说明见 schemas/gongwen.schema.json 和 README。', 'gongwen configuration (JSON with comments), written by gongwen init; every key is described in schemas/gongwen.schema.json and the README.')}
// ${say('编辑器和命令行都读取离文件最近的 .gongwen.json；子文件夹可用 "extends": "../.gongwen.json" 继承本文件。', 'The editor and the command line both read the .gongwen.json nearest to a file; a subfolder can build on this one with "extends": "../.gongwen.json".')}
{
  // ${say('规则包：jinan-2019（济南细则 2019）、national-2024（全国《若干规定》2024），或 ["national-2024", "jinan-2019"] 两者叠加。', 'Rule pack: jinan-2019 (the Jinan rules, 2019), national-2024 (the national Provisions, 2024), or ["national-2024", "jinan-2019"] for both.')}
  "preset": ${presetValue},

  // ${say('规则 id → 级别（error、warning、info、hint、off）或 { "severity": …, 选项 }；gongwen rules 列出全部规则。', 'Rule id → severity (error, warning, info, hint, off) or { "severity": …, options }; gongwen rules lists them all.')}
  "rules": {
    // "format.punctuation": "off",
    // "doc.length": { "severity": "error" }
  },

  // ${say('按路径模式（相对于仓库根目录）指定文档类型和范围：专项文件夹中的文件按专项工作文件检查（字数上限等）。', 'Kind and scope by glob (relative to the repository root): files in the 专项 folders are checked as special-work documents (their length limit and so on).')}
  "kinds": {
    "专项/**": { "kind": "document", "scope": "special" },
    "**/专项工作/**": { "kind": "document", "scope": "special" },
    "会议/**": "agenda",
    "调研/**": "research"
  },

  // ${say('不检查的文件（路径模式），例如归档文件夹。', 'Files not to check (globs), an archive folder for example.')}
  "exclude": ["**/node_modules/**", "**/.git/**", "归档/**"],

  // ${say('规则用来识别发文机关、主送单位和领导的名单；写出的名单整体替换默认名单。下面注释掉的是默认名单，去掉 // 后按本单位修改。', 'The name lists the rules match against; a list given here replaces the default one. The commented lists below are the defaults: remove the // and edit them for your own office.')}
  "names": {
${names.join('\n')}
  },

  // ${say('检查结果的语言：zh-cn 或 en。', 'Language of the findings: zh-cn or en.')}
  "locale": ${JSON.stringify(locale)}
}
`;
}
