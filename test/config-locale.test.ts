// Language and trust: rule links land on the English section of a rule's page when locale is
// `en` (every page has the `## English` heading the link points at); the extension's own texts
// (commands, settings, the status bar bundle) exist in English and Chinese; and the extension
// declares untrusted workspaces supported, with the README saying why.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules/registry';
import { docsHref, ENGLISH_ANCHOR, TEAM_RULES_ANCHOR } from '../server/src/lsp/docsLink';
import { readJson, ROOT } from './helpers/paths';

const DOCS = path.join(ROOT, 'docs', 'rules');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

describe('locale: rule documentation links', () => {
  it('every rule page has one `## English` section, which the English link points at', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
    assert.deepEqual(pages.sort(), RULES.map((r) => `${r.id}.md`).sort(), 'one page per rule');
    for (const page of pages) {
      const lines = readFileSync(path.join(DOCS, page), 'utf8').split('\n');
      const headings = lines.filter((l) => /^##\s/.test(l) && slug(l.replace(/^##\s+/, '')) === ENGLISH_ANCHOR);
      assert.equal(headings.length, 1, `${page}: needs exactly one "## English" heading (the English rule link lands on #${ENGLISH_ANCHOR})`);
      const at = lines.indexOf(headings[0]!);
      const body = lines.slice(at + 1).find((l) => l.trim() !== '');
      assert.ok(body && /[A-Za-z]{3,}/.test(body) && !/^#/.test(body), `${page}: the English section is empty`);
    }
  });

  it('docsHref: the page in Chinese, its English section in English, from the published site, the shipped docs or a base URL', () => {
    const id = RULES[0]!.id;
    // Unset base: the site named by package.json `homepage` (docs/ published as it is).
    assert.match(docsHref(id), new RegExp(`^https://.*/rules/${id.replace('.', '\\.')}\\.html$`));
    assert.equal(docsHref(id, undefined, 'zh-cn'), docsHref(id));
    // "local": the pages shipped beside the bundle, the editor's offline fallback.
    assert.match(docsHref(id, 'local'), new RegExp(`^file://.*/docs/rules/${id.replace('.', '\\.')}\\.md$`));
    assert.equal(docsHref(id, 'local', 'en'), `${docsHref(id, 'local')}#${ENGLISH_ANCHOR}`);
    assert.equal(docsHref(id, undefined, 'en'), `${docsHref(id)}#${ENGLISH_ANCHOR}`);
    const base = 'https://example.org/gongwen/blob/main/docs/rules/';
    assert.equal(docsHref(id, base, 'zh-cn'), `https://example.org/gongwen/blob/main/docs/rules/${id}.md`);
    assert.equal(docsHref(id, base, 'en'), `https://example.org/gongwen/blob/main/docs/rules/${id}.md#english`);
  });

  it('team rules link to the README’s section on sharing rules, which exists', () => {
    assert.match(docsHref('custom.no-jargon', 'local'), new RegExp(`^file://.*/README\\.md#${TEAM_RULES_ANCHOR}$`));
    assert.match(docsHref('custom.no-jargon'), new RegExp(`^https://.*/#${TEAM_RULES_ANCHOR}$`), 'the site\'s index page has the section too');
    assert.equal(docsHref('custom.no-jargon', 'https://example.org/gongwen/blob/main/docs/rules', 'en'), `https://example.org/gongwen/blob/main/README.md#${TEAM_RULES_ANCHOR}`);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.split('\n').some((l) => /^##\s/.test(l) && slug(l.replace(/^##\s+/, '')) === TEAM_RULES_ANCHOR), `README has no heading for #${TEAM_RULES_ANCHOR}`);
  });
});

describe('locale: the extension’s own texts in English and Chinese', () => {
  const pkg = readJson('package.json');
  const en = readJson('package.nls.json') as Record<string, string>;
  const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;

  it('commands, categories, settings descriptions and the extension’s name are nls placeholders, not fixed text', () => {
    const contributes = pkg['contributes'] as Record<string, unknown>;
    const fixed: string[] = [];
    const check = (where: string, v: unknown) => {
      if (typeof v === 'string' && !/^%[^%]+%$/.test(v)) fixed.push(`${where}: ${v}`);
    };
    check('displayName', pkg['displayName']);
    check('description', pkg['description']);
    for (const c of contributes['commands'] as Array<Record<string, unknown>>) {
      check(`command ${String(c['command'])} title`, c['title']);
      check(`command ${String(c['command'])} category`, c['category']);
    }
    const walk = (where: string, v: unknown): void => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(`${where}[${i}]`, x));
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if (k === 'description' || k === 'markdownDescription' || k === 'title') check(`${where}.${k}`, x);
        else if (k === 'enumDescriptions') (x as unknown[]).forEach((d, i) => check(`${where}.${k}[${i}]`, d));
        else walk(`${where}.${k}`, x);
      }
    };
    walk('configuration', contributes['configuration']);
    walk('capabilities', pkg['capabilities']);
    assert.deepEqual(fixed, []);
  });

  it('each nls entry is English in package.nls.json and Chinese in package.nls.zh-cn.json', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    assert.ok(Object.keys(en).length > RULES.length, `${Object.keys(en).length} nls entries`);
    for (const [k, v] of Object.entries(en)) {
      assert.match(v, /[A-Za-z]{2,}/, `package.nls.json ${k} is not English: ${v}`);
      assert.match(zh[k]!, /\p{Script=Han}/u, `package.nls.zh-cn.json ${k} is not Chinese: ${zh[k]}`);
    }
  });

  it('the status bar bundle translates into Chinese (English is the source text)', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    assert.ok(Object.keys(bundle).length > 0, 'an empty bundle');
    for (const [k, v] of Object.entries(bundle)) assert.match(v, /\p{Script=Han}/u, `${k} → ${v}`);
  });
});

describe('trust', () => {
  it('declares untrusted workspaces supported, and the README says why', () => {
    const caps = readJson('package.json')['capabilities'] as { untrustedWorkspaces?: { supported?: unknown } };
    assert.equal(caps.untrustedWorkspaces?.supported, true);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf('### Untrusted workspaces');
    assert.ok(at >= 0, 'README: no "Untrusted workspaces" section');
    const section = readme.slice(at, readme.indexOf('\n## ', at) === -1 ? undefined : readme.indexOf('\n## ', at));
    for (const word of ['untrustedWorkspaces', 'JSON', 'RE2', 'executes']) assert.ok(section.includes(word), `the section does not mention ${word}`);
  });
});
