// The getting-started walkthrough as the manifest declares it: four steps in order, each with
// its texts in both languages, a picture from docs/images that the .vsix ships, buttons and
// completion events that name the extension's own commands; and the example draft its first
// step opens shows the findings the step promises. (That VS Code registers and opens it is
// proved in the extension-host suite, test/e2e/suite/walkthrough.test.ts.)

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { EXAMPLE_DRAFT } from '../client/src/exampleDraft';
import { analyze } from '../server/src/core/analyze';
import { effectiveConfig } from '../server/src/core/config/effective';
import { readJson, ROOT } from './helpers/paths';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image: string; altText: string };
  completionEvents?: string[];
}

const pkg = readJson('package.json') as { contributes: { walkthroughs: Array<{ id: string; title: string; description: string; steps: Step[] }>; commands: Array<{ command: string }> } };
const en = readJson('package.nls.json') as Record<string, string>;
const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;
const nlsKey = (v: string) => /^%(.+)%$/.exec(v)?.[1];

describe('getting-started walkthrough (package.json)', () => {
  const walkthroughs = pkg.contributes.walkthroughs;
  const steps = walkthroughs[0]!.steps;
  const commands = new Set(pkg.contributes.commands.map((c) => c.command));

  it('one walkthrough, gettingStarted, with the four steps in order', () => {
    assert.deepEqual(walkthroughs.map((w) => w.id), ['gettingStarted']);
    assert.deepEqual(steps.map((s) => s.id), ['openExample', 'kindScope', 'scan', 'report']);
  });

  it('every title, description and alt text is an nls key with an English and a Chinese text', () => {
    const texts = [walkthroughs[0]!.title, walkthroughs[0]!.description, ...steps.flatMap((s) => [s.title, s.description, s.media.altText])];
    for (const v of texts) {
      const key = nlsKey(v);
      assert.ok(key, `${v} is not a %key%`);
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json lacks ${key}`);
      assert.match(zh[key]!, /\p{Script=Han}/u, `${key}: the Chinese text has Chinese`);
    }
    assert.equal(zh['walkthrough.title'], '公文检查入门');
  });

  it('each step shows a PNG from docs/images, under 200 KB, that the .vsix ships (.vscodeignore keeps docs/**)', () => {
    // .vscodeignore: the last pattern matching a path decides (a leading ! includes it again).
    const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const shipped = (file: string) => lines.reduce((inc, l) => (picomatch(l.replace(/^!/, ''), { dot: true })(file) ? l.startsWith('!') : inc), true);
    assert.ok(!shipped('client/src/walkthrough.ts'), 'the check tells what is left out');
    for (const s of steps) {
      assert.ok(shipped(s.media.image), `${s.media.image} is in the .vsix`);
      assert.match(s.media.image, /^docs\/images\/[a-z-]+\.png$/, s.id);
      const file = path.join(ROOT, s.media.image);
      assert.ok(existsSync(file), `${s.media.image} exists`);
      const head = readFileSync(file).subarray(0, 8);
      assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${s.media.image} is a PNG`);
      assert.ok(statSync(file).size <= 200 * 1024, `${s.media.image} is ${statSync(file).size} bytes`);
    }
  });

  it('buttons and completion events name the commands the steps are about, all contributed', () => {
    const linked = (key: string) => [...(en[key] ?? '').matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]!);
    assert.deepEqual(
      steps.map((s) => ({ id: s.id, buttons: linked(nlsKey(s.description)!), events: s.completionEvents })),
      [
        { id: 'openExample', buttons: ['gongwen.openExample'], events: ['onCommand:gongwen.openExample'] },
        // No button: a walkthrough page has no text editor to explain; the status bar item runs it.
        { id: 'kindScope', buttons: [], events: ['onCommand:gongwen.explainCount'] },
        { id: 'scan', buttons: ['gongwen.scanWorkspace'], events: ['onCommand:gongwen.scanWorkspace'] },
        { id: 'report', buttons: ['gongwen.showReport'], events: ['onCommand:gongwen.showReport'] },
      ],
    );
    for (const s of steps) {
      for (const e of s.completionEvents ?? []) assert.ok(commands.has(e.replace(/^onCommand:/, '')), `${e} is a contributed command`);
      const key = nlsKey(s.description)!;
      assert.deepEqual(linked(key), [...(zh[key] ?? '').matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]!), `${key}: the same buttons in both languages`);
    }
  });

  it('the kind step shows the directive the 类型 snippet writes', () => {
    const snippets = readJson('snippets/gongwen.code-snippets') as Record<string, { prefix: string[]; body: string[] }>;
    const zhSnippet = Object.values(snippets).find((s) => s.prefix.includes('类型'));
    assert.ok(zhSnippet, 'a snippet with the prefix 类型');
    assert.match(zhSnippet.body[0]!, /^<!-- gongwen 类型=\$\{1\|公文,.*\} 范围=\$\{2\|全局性,专项\|\} -->$/);
    for (const t of [en['walkthrough.kindScope.description']!, zh['walkthrough.kindScope.description']!]) {
      assert.ok(t.includes('`类型`') && t.includes('`<!-- gongwen 类型=公文 范围=专项 -->`'), t);
    }
  });
});

describe('the walkthrough example draft (gongwen.openExample)', () => {
  it('is read as a 公文 and shows the findings the step describes: 发文字号, punctuation, heading number, date', () => {
    const r = analyze(EXAMPLE_DRAFT, effectiveConfig([]).config);
    assert.equal(r.kind, 'document');
    const lines = EXAMPLE_DRAFT.split('\n');
    const at = (offset: number) => EXAMPLE_DRAFT.slice(0, offset).split('\n').length;
    assert.deepEqual(
      r.findings.map((f) => `${f.rule}@${at(f.start)}`),
      ['format.doc-number@3', 'format.punctuation@8', 'format.punctuation@9', 'format.heading-sequence@12', 'doc.disclosure@16', 'format.date@16'],
    );
    assert.equal(lines[2], '示区农发[2026]第05号');
  });
});
