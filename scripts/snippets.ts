// The editor's snippets (snippets/gongwen.code-snippets), made from the registry so that the
// rule ids offered never drift from the rules: the kind/scope directive with English and Chinese
// keys and values, and each disable/enable comment. Prefixes in English and Chinese (类型, 忽略),
// as a drafter types either.

import { RULES } from '../server/src/core/rules/registry';

type Snippet = { prefix: string[]; body: string[]; description: string };

export const SNIPPETS_FILE = 'snippets/gongwen.code-snippets';

/** A snippet choice (${n|a,b|}) of the values; commas and pipes in them escaped. */
function choice(n: number, values: readonly string[]): string {
  return `\${${n}|${values.map((v) => v.replace(/([,|\\])/g, '\\$1')).join(',')}|}`;
}

const KINDS_EN = ['document', 'agenda', 'research'];
const KINDS_ZH = ['公文', '议程', '调研'];
const SCOPES_EN = ['comprehensive', 'special'];
const SCOPES_ZH = ['全局性', '专项'];

export function snippets(): Record<string, Snippet> {
  const ids = RULES.map((r) => r.id);
  return {
    'gongwen kind and scope': {
      prefix: ['gongwen-kind', 'kind'],
      body: [`<!-- gongwen kind=${choice(1, KINDS_EN)} scope=${choice(2, SCOPES_EN)} -->`, '$0'],
      description: 'Declare the file\'s kind and scope (在文件前 20 行声明类型和范围)',
    },
    '公文 类型和范围': {
      prefix: ['类型', '范围', 'gongwen-类型'],
      body: [`<!-- gongwen 类型=${choice(1, KINDS_ZH)} 范围=${choice(2, SCOPES_ZH)} -->`, '$0'],
      description: '声明文件类型和范围（写在文件前 20 行）',
    },
    'gongwen disable': {
      prefix: ['gongwen-disable', '忽略'],
      body: [`<!-- gongwen-disable ${choice(1, ids)} -->`, '$0', '<!-- gongwen-enable -->'],
      description: 'Turn a rule off until gongwen-enable (忽略某条规则，直到 gongwen-enable)',
    },
    'gongwen disable next line': {
      prefix: ['gongwen-disable-next-line', '忽略下一行'],
      body: [`<!-- gongwen-disable-next-line ${choice(1, ids)} -->`, '$0'],
      description: 'Turn a rule off for the next line (下一行忽略某条规则)',
    },
    'gongwen disable line': {
      prefix: ['gongwen-disable-line', '忽略本行'],
      body: [`$0 <!-- gongwen-disable-line ${choice(1, ids)} -->`],
      description: 'Turn a rule off for this line (本行忽略某条规则)',
    },
    'gongwen enable': {
      prefix: ['gongwen-enable', '恢复检查'],
      body: ['<!-- gongwen-enable -->', '$0'],
      description: 'Turn the rules back on (恢复检查)',
    },
  };
}
