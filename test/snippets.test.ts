// The editor's snippets (snippets/gongwen.code-snippets, generated from the registry): each one,
// expanded with any of its choices, is a comment the analysis reads as meant: the directive sets
// the kind and scope, a disable comment silences exactly its rule where it says.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { checkText } from '../server/src/core/check';
import { effectiveConfig } from '../server/src/core/config/effective';
import { RULES } from '../server/src/core/rules/registry';
import { ROOT } from './helpers/paths';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const SNIPPETS = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'gongwen.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** The snippet's text as the editor inserts it, with choice n taken as picks[n] (else the first) and tab stops empty. */
function expand(s: Snippet, picks: Record<number, string> = {}): string {
  return s.body
    .join('\n')
    .replace(/\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g, (_, n: string, list: string) => picks[Number(n)] ?? list.split(/(?<!\\),/)[0]!.replace(/\\(.)/g, '$1'))
    .replace(/\$\d+/g, '');
}

/** The choices of tab stop n. */
function choices(s: Snippet, n: number): string[] {
  const m = new RegExp(`\\$\\{${n}\\|((?:[^|\\\\]|\\\\.)*)\\|\\}`).exec(s.body.join('\n'));
  return m ? m[1]!.split(/(?<!\\),/).map((v) => v.replace(/\\(.)/g, '$1')) : [];
}

const eff = effectiveConfig([]);
const NOTICE = ['关于做好档案整理工作的通知', '各区县档案馆：', '请按照有关规定做好年度档案整理工作。', '济南市档案馆'];
const DATE_LINE = '2026年03月02日';

function findingsOn(text: string, rule: string): number[] {
  return checkText(text, 'draft.txt', eff).findings.filter((f) => f.rule === rule).map((f) => text.slice(0, f.start).split('\n').length);
}

function snippet(name: string): Snippet {
  const s = SNIPPETS[name];
  assert.ok(s, `no snippet "${name}"`);
  return s;
}

describe('snippets', () => {
  it('have English and Chinese prefixes (类型, 忽略)', () => {
    const prefixes = Object.values(SNIPPETS).flatMap((s) => s.prefix);
    for (const p of ['gongwen-kind', '类型', '范围', 'gongwen-disable', '忽略', 'gongwen-disable-next-line', 'gongwen-disable-line', 'gongwen-enable']) assert.ok(prefixes.includes(p), p);
  });

  it('the directive, in both spellings, sets every kind and scope it offers', () => {
    for (const name of ['gongwen kind and scope', '公文 类型和范围']) {
      const s = snippet(name);
      const kinds = choices(s, 1);
      const scopes = choices(s, 2);
      assert.equal(kinds.length, 3, name);
      assert.equal(scopes.length, 2, name);
      const seen = new Set<string>();
      for (const k of kinds) {
        for (const sc of scopes) {
          const r = checkText(`${expand(s, { 1: k, 2: sc })}\n${NOTICE.join('\n')}`, 'draft.txt', eff);
          seen.add(`${r.kind}/${r.scope}`);
        }
      }
      assert.deepEqual([...seen].sort(), ['agenda/comprehensive', 'agenda/special', 'document/comprehensive', 'document/special', 'research/comprehensive', 'research/special']);
    }
  });

  it('the disable comments offer every rule and silence exactly it, where they say', () => {
    const plain = [...NOTICE, DATE_LINE].join('\n');
    assert.deepEqual(findingsOn(plain, 'format.date'), [5]);
    for (const name of ['gongwen disable', 'gongwen disable next line', 'gongwen disable line']) assert.deepEqual(choices(snippet(name), 1), RULES.map((r) => r.id), name);
    const nextLine = [...NOTICE, expand(snippet('gongwen disable next line'), { 1: 'format.date' }).trimEnd(), DATE_LINE].join('\n');
    assert.deepEqual(findingsOn(nextLine, 'format.date'), []);
    const otherRule = [...NOTICE, expand(snippet('gongwen disable next line'), { 1: 'doc.length' }).trimEnd(), DATE_LINE].join('\n');
    assert.deepEqual(findingsOn(otherRule, 'format.date'), [6]);
    const sameLine = [...NOTICE, DATE_LINE + expand(snippet('gongwen disable line'), { 1: 'format.date' })].join('\n');
    assert.deepEqual(findingsOn(sameLine, 'format.date'), []);
    // disable … (the tab stop inside) … enable: silenced inside the block, told again after it.
    const block = (inside: string) => expand(snippet('gongwen disable'), { 1: 'format.date' }).replace('\n\n', `\n${inside}\n`);
    assert.deepEqual(findingsOn([...NOTICE, block(DATE_LINE)].join('\n'), 'format.date'), []);
    const after = [...NOTICE, block('请各单位抓好落实。'), DATE_LINE].join('\n');
    assert.deepEqual(findingsOn(after, 'format.date'), [after.split('\n').length]);
  });

  it('are contributed for the gongwen, Markdown and plain-text languages and shipped in the .vsix', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: Array<{ language: string; path: string }> } };
    assert.deepEqual(pkg.contributes.snippets.map((s) => s.language).sort(), ['gongwen', 'markdown', 'plaintext']);
    for (const s of pkg.contributes.snippets) assert.equal(path.resolve(ROOT, s.path), path.join(ROOT, 'snippets', 'gongwen.code-snippets'));
    const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    let shipped = true;
    for (const l of lines) if (picomatch(l.replace(/^!/, ''), { dot: true })('snippets/gongwen.code-snippets')) shipped = l.startsWith('!');
    assert.ok(shipped);
  });
});
