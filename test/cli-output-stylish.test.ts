// The report a person reads (`--format stylish`, the default on a terminal): findings grouped by
// file with the source line and carets placed by display width (CJK is two columns), colours
// that follow --color/--no-color, FORCE_COLOR, NO_COLOR and the terminal, --quiet, -f, and every
// message of the command line (help and usage errors too) in Chinese unless --locale en.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { colorWanted, displayWidth, excerpt, StylishWriter } from '../server/src/cli/output';
import { ensureBuilt } from './helpers/build';
import { BIN } from './helpers/paths';
import { TempTree } from './helpers/tempTree';
import { NOTICE } from './helpers/texts';

/** The CLI with exactly this environment added to a colour-neutral one (no FORCE_COLOR, NO_COLOR or TERM from the test runner). */
function run(args: readonly string[], env: Record<string, string> = {}, cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const base = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'TERM', 'CI']) delete base[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...base, ...env }, ...(cwd ? { cwd } : {}) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ESC = /\u001b\[/;
/** One line with a half-width comma after an astral (two UTF-16 units, two columns) character. */
const ASTRAL = '济南市某某局关于有关工作的通知\n为落实𠀀𠀁有关要求,现通知如下。\n';

describe('gongwen check --format stylish', function () {
  this.timeout(60_000);
  let tree: TempTree;
  before(() => {
    ensureBuilt();
    tree = new TempTree('gongwen-stylish-');
  });
  after(() => tree.remove());

  it('groups by file, shows the source line and puts the caret under the span by display width', () => {
    const p = tree.write('a/astral.txt', ASTRAL);
    const r = run(['check', p, '-f', 'stylish']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        p,
        '  2:12   提示  中文语境应使用全角标点“，”，不用半角“,”（GB/T 15834）  format.punctuation',
        '  2 │ 为落实𠀀𠀁有关要求,现通知如下。',
        // 为落实 (6 columns) 𠀀𠀁 (4) 有关要求 (8): the comma is at column 18.
        '    │                   ^',
        '',
      ].join('\n'),
    );
    assert.equal(r.stdout.split('\n')[3]!.indexOf('^') - 6, displayWidth('为落实𠀀𠀁有关要求'));
    assert.match(r.stderr, /已检查 1 个文件：1 个问题（错误 0，警告 0，提示 1，建议 0）/, 'the summary line as with text');
  });

  it('prints each file once as a heading, its findings under it, a blank line between files; English with --locale en', () => {
    const a = tree.write('b/notice.txt', NOTICE);
    const b = tree.write('b/astral.txt', ASTRAL);
    const r = run(['check', a, b, '--format=stylish', '--locale', 'en']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.filter((l) => l === a || l === b), [a, b]);
    assert.equal(lines[lines.indexOf(b) - 1], '', 'a blank line before the next file');
    // Seven findings in NOTICE, one in ASTRAL: each a header, a source line and a caret line.
    assert.equal(lines.filter((l) => /^ {2}\d+:\d+ +(error|warning|info|hint) /.test(l)).length, 8);
    assert.equal(lines.filter((l) => /^ {2} *│ *\^+$/.test(l)).length, 8);
    assert.match(r.stdout, /^ {2}16:1 +warning +.*2019年7月28日.* {2}format\.date$/m);
    assert.match(r.stdout, /^ {2}16 │ 2019年07月28日\n {2} {3}│ \^{14}$/m, 'the date underlined: 4 digits, 年, 2, 月, 2, 日 = 14 columns');
    assert.match(r.stderr, /2 file\(s\) checked: 8 finding\(s\)/);
  });

  it('is the default format, piped too (coloured only where colour is wanted); -f text gives the path:line:col lines', () => {
    const p = tree.write('c/astral.txt', ASTRAL);
    const plain = run(['check', p]).stdout;
    assert.ok(plain.startsWith(`${p}\n`), plain);
    assert.doesNotMatch(plain, ESC, 'piped: no colour');
    assert.match(plain, /\^/, 'a caret under the span');
    assert.equal(run(['check', p, '-f', 'stylish']).stdout, plain);
    assert.ok(run(['check', p], { FORCE_COLOR: '1' }).stdout.startsWith(`\u001b[4m${p}\u001b[24m\n`));
    assert.ok(run(['check', p, '--color']).stdout.startsWith(`\u001b[4m${p}\u001b[24m\n`));
    assert.match(run(['check', p, '-f', 'text']).stdout, /^.*astral\.txt:2:12 info format\.punctuation /);
    assert.match(run(['check', p, '-f', 'text', '--color']).stdout, /^.*astral\.txt:2:12 info format\.punctuation /);
    assert.equal(JSON.parse(run(['check', p, '-f', 'json']).stdout).summary.diagnostics, 1, '-f is --format');
  });

  it('colours follow --color/--no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    const p = tree.write('d/astral.txt', ASTRAL);
    const s = ['check', p, '-f', 'stylish'];
    assert.doesNotMatch(run(s).stdout, ESC, 'piped: no colour');
    assert.match(run([...s, '--color']).stdout, /\u001b\[36m {18}\^\u001b\[39m/, 'info in cyan, carets too');
    assert.match(run(s, { FORCE_COLOR: '1' }).stdout, ESC);
    assert.doesNotMatch(run(s, { FORCE_COLOR: '0' }).stdout, ESC);
    assert.doesNotMatch(run([...s, '--no-color'], { FORCE_COLOR: '1' }).stdout, ESC);
    assert.doesNotMatch(run([...s, '--color', '--no-color']).stdout, ESC, 'the last of --color/--no-color wins');
    assert.match(run([...s, '--no-color', '--color']).stdout, ESC);
    assert.match(run([...s, '--color'], { NO_COLOR: '1' }).stdout, ESC, '--color beats NO_COLOR');
    // The decision itself, with a terminal.
    assert.equal(colorWanted(null, {}, true), true);
    assert.equal(colorWanted(null, { NO_COLOR: '1' }, true), false);
    assert.equal(colorWanted(null, { NO_COLOR: '' }, true), true, 'an empty NO_COLOR is unset (no-color.org)');
    assert.equal(colorWanted(null, { TERM: 'dumb' }, true), false);
    assert.equal(colorWanted(null, { FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
    assert.equal(colorWanted(false, { FORCE_COLOR: '1' }, true), false);
    assert.equal(colorWanted(null, {}, false), false);
  });

  it('--quiet shows errors only, in every format, and the exit code sees only them', () => {
    const p = tree.write('e/notice.txt', NOTICE); // warnings and infos, no error
    assert.equal(run(['check', p, '--fail-on', 'warning']).status, 1);
    const q = run(['check', p, '--quiet', '--fail-on', 'warning']);
    assert.equal(q.status, 0, q.stderr);
    assert.equal(q.stdout, '');
    assert.equal(run(['check', p, '--quiet', '-f', 'stylish']).stdout, '');
    assert.deepEqual(JSON.parse(run(['check', p, '--quiet', '-f', 'json']).stdout).files[0].diagnostics, []);
    const err = tree.write('e/.gongwen.json', { rules: { 'format.date': 'error' } });
    assert.ok(err);
    const r = run(['check', p, '--quiet', '-f', 'text']);
    assert.equal(r.status, 1);
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => l.split(' ').slice(1, 3).join(' ')), ['error format.date']);
  });

  it('never lets the text of a document drive the terminal: control characters in a source line are shown as spaces', () => {
    const p = tree.write('f/esc.txt', '济南市某某局关于有关工作的通知\n为落实\u001b[2J有关要求,现通知如下。\n');
    const r = run(['check', p, '-f', 'stylish']);
    assert.doesNotMatch(r.stdout, ESC);
    assert.match(r.stdout, /│ 为落实 \[2J有关要求,现通知如下。\n {4}│ {19}\^\n/);
  });
});

describe('stylish excerpts', () => {
  it('counts CJK and full-width characters as two columns', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('公文，（）'), 10);
    assert.equal(displayWidth('𠀀'), 2);
  });

  it('cuts a long line around the span, with … at the cut ends, carets still under it', () => {
    const line = '为'.repeat(100) + ',' + '落'.repeat(100);
    const { text, carets } = excerpt(line, 100, 101, 60);
    assert.ok(displayWidth(text) <= 60, text);
    assert.ok(text.startsWith('…') && text.endsWith('…'));
    const col = carets.indexOf('^');
    assert.equal(carets.trim(), '^');
    // The caret is under the comma.
    let w = 0;
    for (const ch of text) {
      if (w === col) {
        assert.equal(ch, ',');
        break;
      }
      w += displayWidth(ch);
    }
    assert.equal(w, col);
  });

  it('marks a span at the end of the line, or running past the shown part, with at least one caret', () => {
    assert.deepEqual(excerpt('abc', 3, 3, 60), { text: 'abc', carets: '   ^' });
    const long = excerpt('为'.repeat(200), 5, 200, 40);
    assert.ok(long.carets.length <= displayWidth(long.text));
    assert.equal(long.carets.trimStart().replace(/\^/g, ''), '');
  });

  it('shows the part of the line the record kept (the file is not read again), with … where the line goes on', () => {
    let out = '';
    const w = new StylishWriter({ locale: 'zh-cn', color: false, width: 100 }, { write: (x: string) => void (out += x) });
    const range = { start: { line: 4, character: 103 }, end: { line: 4, character: 104 } };
    w.file({ display: 'a.txt', excerpts: true, diagnostics: [{ rule: 'format.punctuation', severity: 'info', message: 'm', range, source: '甲乙丙,丁戊', sourceFrom: 100, sourceCut: true }] });
    const [, , text, carets] = out.split('\n');
    assert.equal(text, '  5 │ …甲乙丙,丁戊…');
    assert.equal(carets, '    │ ' + ' '.repeat(7) + '^', 'the caret under the comma: … and three wide characters before it');
    out = '';
    w.file({ display: 'b.docx', excerpts: false, diagnostics: [{ rule: 'format.punctuation', severity: 'info', message: 'm', range, source: '甲乙丙,丁戊' }] });
    assert.equal(out.trim().split('\n').length, 2, 'a Word file: no excerpt, its message quotes the paragraph');
  });
});

describe('the command line speaks --locale: help and usage errors', function () {
  this.timeout(60_000);
  before(() => ensureBuilt());

  it('--help is Chinese by default and English with --locale en', () => {
    const zh = run(['--help']);
    assert.equal(zh.status, 0);
    assert.match(zh.stdout, /^用法：/m);
    assert.match(zh.stdout, /gongwen init/);
    assert.doesNotMatch(zh.stdout, /^Usage:/m);
    const en = run(['--help', '--locale', 'en']);
    assert.match(en.stdout, /^Usage:/m);
    assert.match(en.stdout, /-f\|--format stylish\|text\|json/);
    assert.doesNotMatch(en.stdout, /^用法/m);
    assert.equal(run([]).status, 2);
    assert.match(run([]).stderr, /^用法：/m);
  });

  it('usage errors are Chinese by default and English with --locale en (exit 2 both)', () => {
    const cases: Array<[string[], RegExp, RegExp]> = [
      [['check', '--format', 'xml'], /--format 只能是 text, json, sarif, github, html, stylish 之一/, /--format must be one of text, json, sarif, github, html, stylish/],
      [['check', '--bogus'], /“check”没有选项 --bogus/, /unknown option --bogus for "check"/],
      [['check', '-q'], /未知选项 -q/, /unknown option -q/],
      [['check', '-f'], /-f 需要一个值/, /-f needs a value/],
      [['lint'], /未知命令“lint”/, /unknown command "lint"/],
      [['rules', 'extra'], /“rules”不接受路径/, /"rules" takes no paths/],
      [['explain', 'nope.txt'], /无法读取 nope\.txt：没有这个文件/, /cannot read nope\.txt: no such file/],
      [['init', '--preset', 'paris'], /--preset 只能是/, /--preset takes/],
    ];
    for (const [args, zh, en] of cases) {
      const z = run(args);
      assert.equal(z.status, 2, `${args.join(' ')}: ${z.stderr}`);
      assert.match(z.stderr, zh, args.join(' '));
      const e = run(['--locale', 'en', ...args]);
      assert.equal(e.status, 2, `${args.join(' ')} --locale en: ${e.stderr}`);
      assert.match(e.stderr, en, `${args.join(' ')} --locale en`);
    }
  });
});
