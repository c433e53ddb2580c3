// The Chinese README stays a faithful twin of the English one where they must agree: each links
// the other at the top, the two front-door commands are the same commands, the rule table is
// generated from the registry with the Chinese titles, both show the same pictures (PNG files
// in docs/images, under 200 KB), and every relative link of the Chinese README leads somewhere.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { readmeRuleTable, TARGETS } from '../scripts/generate';
import { RULES } from '../server/src/core/rules/registry';
import { ROOT } from './helpers/paths';

const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const en = read('README.md');
const zh = read('README.zh-CN.md');

/** The commands of the first ```sh block after a heading, comments dropped. */
function frontDoor(readme: string, heading: RegExp): string[] {
  const at = readme.search(heading);
  assert.ok(at >= 0, `heading ${heading.source}`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
  return block.split('\n').filter(Boolean).map((l) => l.replace(/\s+#.*$/, '').trim());
}

const images = (readme: string) => [...readme.matchAll(/!\[[^\]]+\]\((docs\/images\/[^)]+)\)/g)].map((m) => m[1]!);

describe('README.zh-CN.md', () => {
  it('each README links the other in its first lines', () => {
    assert.match(en.split('\n').slice(0, 4).join('\n'), /\[简体中文\]\(README\.zh-CN\.md\)/);
    assert.match(zh.split('\n').slice(0, 4).join('\n'), /\[English\]\(README\.md\)/);
  });

  it('shows the same two front-door commands as the English README', () => {
    const commands = frontDoor(en, /^## The two commands$/m);
    assert.deepEqual(commands, ['npm ci && npx gongwen check examples', 'npm test']);
    assert.deepEqual(frontDoor(zh, /^## 两条命令$/m), commands);
  });

  it('its rule table is generated (a target of npm run generate) in Chinese, every rule with its Chinese title', () => {
    assert.ok(TARGETS.some((t) => t.file === 'README.zh-CN.md'), 'README.zh-CN.md is a generated target');
    const table = readmeRuleTable('zh');
    assert.ok(zh.includes(table), 'the table in README.zh-CN.md is the generated one');
    assert.match(table, /^\| 规则 \| 中文名称 \|.*\| 检查对象 \| 默认级别 \| 快速修复 \| 选项（默认值） \|$/m);
    for (const r of RULES) {
      const row = table.split('\n').find((l) => l.startsWith(`| [\`${r.id}\`](docs/rules/${r.id}.md) |`));
      assert.ok(row, r.id);
      assert.ok(row.includes(`| ${r.title.zh} |`), `${r.id}: ${r.title.zh}`);
      assert.doesNotMatch(row, /\bMeetingArrangement\b|\bItinerary\b|\(needs /, `${r.id}: the row is worded in Chinese`);
    }
  });

  it('both READMEs show the same pictures, each a PNG of docs/images under 200 KB', () => {
    assert.ok(images(en).length >= 6, `${images(en).length} pictures`);
    assert.deepEqual(images(zh), images(en));
    for (const f of images(en)) {
      const file = path.join(ROOT, f);
      assert.ok(existsSync(file), f);
      assert.equal(readFileSync(file).subarray(1, 4).toString('latin1'), 'PNG', f);
      assert.ok(statSync(file).size <= 200 * 1024, `${f}: ${statSync(file).size} bytes`);
    }
  });

  it('every relative link leads to a file of the repository', () => {
    for (const m of zh.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/.test(target)) continue;
      assert.ok(existsSync(path.join(ROOT, target)), `README.zh-CN.md links ${target}`);
    }
  });
});
