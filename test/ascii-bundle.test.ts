// scripts/asciiBundle.mjs: a bundle whose regular expressions hold Chinese (and one character
// beyond U+FFFF) is rewritten in ASCII; it matches exactly as before, and its source map still
// sends every token to where it was written.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { TempTree } from './helpers/tempTree';

const SOURCE = `export const words = /乡镇(?:\\(街道\\))?|各村/g; export const after = 'tail';
export const klass = /^[、，]\\s*([一二三四五六七八九十]+)、/u; export const astral = /𠀀+/u;
export function hits(s: string): string[] { return [...s.matchAll(words)].map((m) => m[0]).concat(klass.test(s) ? ['klass'] : [], astral.test(s) ? ['astral'] : []); }
export const named = '示例';
const mark = 2;
export const pair = /乡镇/g.test('乡镇') ? mark * 3 : /各村/.source.length + mark;
`;

const SAMPLES = ['各乡镇(街道)和各村', '、十二、', '𠀀𠀀', '乡镇', 'none'];

/** Where each token lies in the bundle text: line (0-based) and column, on the first line that holds `on` (the token by default). */
function positions(text: string, tokens: Array<{ token: string; on?: string; nth?: number }>): Array<{ line: number; column: number }> {
  const lines = text.split('\n');
  return tokens.map(({ token, on = token, nth = 0 }) => {
    const line = lines.findIndex((l) => l.includes(on));
    let column = -1;
    for (let k = 0; k <= nth; k++) column = lines[line]!.indexOf(token, column + 1);
    return { line, column };
  });
}

describe('scripts/asciiBundle.mjs', function () {
  this.timeout(30_000);
  const t = { dir: null as unknown as TempTree };
  before(() => (t.dir = new TempTree('gongwen-ascii-')));
  after(() => t.dir.remove());

  it('rewrites the bundle in ASCII, matching as before, with the map still true', async () => {
    const { asciiBundle } = (await import(path.resolve(__dirname, '../scripts/asciiBundle.mjs'))) as { asciiBundle: (f: string) => boolean };
    const entry = t.dir.write('src/words.ts', SOURCE);
    const out = path.join(t.dir.root, 'out', 'words.js');
    await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', sourcemap: true, outfile: out, logLevel: 'silent' });
    const before = readFileSync(out, 'utf8');
    assert.ok(/[^\x00-\x7f]/.test(before), 'esbuild leaves the Chinese of regular expressions as it is');
    const load = (): { hits(s: string): string[]; named: string } => {
      delete require.cache[out];
      return require(out) as { hits(s: string): string[]; named: string };
    };
    const expected = SAMPLES.map((s) => load().hits(s));
    // Tokens after a regular expression on the same line (`mark` twice in pair's line), and elsewhere.
    const tokens = [{ token: 'mark', on: 'pair =' }, { token: 'mark', on: 'pair =', nth: 1 }, { token: 'length', on: 'pair =' }, { token: 'after' }, { token: 'named' }];
    const origin = (text: string, map: unknown) =>
      positions(text, tokens).map((p) => {
        const e = new SourceMap(map as never).findEntry(p.line, p.column) as { originalLine: number; originalColumn: number };
        return { line: e.originalLine, column: e.originalColumn };
      });
    const mapBefore = JSON.parse(readFileSync(`${out}.map`, 'utf8')) as unknown;
    const originsBefore = origin(before, mapBefore);

    assert.equal(asciiBundle(out), true);
    const after = readFileSync(out, 'utf8');
    assert.ok(!/[^\x00-\x7f]/.test(after), 'the bundle is ASCII');
    assert.deepEqual(SAMPLES.map((s) => load().hits(s)), expected);
    assert.equal(load().named, '示例');
    assert.deepEqual(origin(after, JSON.parse(readFileSync(`${out}.map`, 'utf8'))), originsBefore);
    // Tokens sit after escaped characters, so the check above is not trivially true.
    assert.ok(positions(after, tokens).some((p, i) => p.column !== positions(before, tokens)[i]!.column));
    assert.ok(originsBefore.every((o) => o.line >= 0 && o.column >= 0));
    assert.equal(asciiBundle(out), false, 'an ASCII bundle is left as it is');
  });

  it('leaves a bundle with a backslash before a non-ASCII character as it is', async () => {
    const { asciiBundle } = (await import(path.resolve(__dirname, '../scripts/asciiBundle.mjs'))) as { asciiBundle: (f: string) => boolean };
    const text = 'module.exports = /\\乡/.test("乡");\n';
    const file = t.dir.write('odd.js', text);
    assert.equal(asciiBundle(file), false);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});
