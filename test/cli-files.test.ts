// Which files `gongwen check` reads: standard input (`-`, --stdin-filename), .gitignore and
// .gongwenignore at any level (--no-ignore), quoted globs, explicitly named ignored files, and
// the runs that find nothing to check or name a path that does not exist (exit 2).

import * as assert from 'node:assert/strict';
import { ensureBuilt } from './helpers/build';
import { makeDocx } from './helpers/docx';
import { gb18030, utf16leBom } from './helpers/encode';
import { runCli, type CliRun, type CliStdin } from './helpers/cli';
import { TempTree } from './helpers/tempTree';
import { CLEAN_DOC, NOTICE, NOTICE_FINDINGS } from './helpers/texts';

interface Report {
  files: Array<{ path: string; kind: string; diagnostics: Array<{ rule: string; message: string; range: { start: { line: number } } }> }>;
}

/** A JSON run that must print a report: the run and the report. */
function json(args: string[], cwd: string, stdin?: CliStdin): { run: CliRun; report: Report } {
  const run = runCli(['check', '--format', 'json', '--fail-on', 'none', ...args], cwd, stdin);
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`no JSON report (exit ${run.status}): ${run.stderr}`);
  }
  return { run, report };
}

const paths = (r: Report): string[] => r.files.map((f) => f.path.split('\\').join('/'));

/** A Markdown notice whose only finding (doc.directive-scope) needs it read as Markdown: as plain text it has none. */
const MD_NOTICE = '# 济南市某某局关于做好有关工作的通知\n\n各区县人民政府：\n\n现就有关事项通知如下：[链接](http://example.com/a,b)。\n\n详见[附件](http://example.com/a.pdf)。\n';

describe('gongwen check: which files', function () {
  this.timeout(60_000);
  let t: TempTree;

  before(() => {
    ensureBuilt();
  });
  beforeEach(() => {
    t = new TempTree('gongwen-cli-files-');
    t.write('.git/HEAD', 'ref: refs/heads/main\n'); // a repository: ignore files apply from its root
  });
  afterEach(() => t.remove());

  describe('standard input', () => {
    it('`-` reads standard input, shown as <stdin>, with the findings the same text has in a file', () => {
      t.write('notice.txt', NOTICE);
      const fromFile = json(['notice.txt'], t.root).report.files[0]!;
      const { run, report } = json(['-'], t.root, { input: NOTICE });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(paths(report), ['<stdin>']);
      assert.deepEqual(report.files[0]!.diagnostics.map((d) => [d.rule, d.range.start.line]), fromFile.diagnostics.map((d) => [d.rule, d.range.start.line]));
      assert.deepEqual(
        report.files[0]!.diagnostics.filter((d) => NOTICE_FINDINGS.some(([r]) => r === d.rule)).length,
        NOTICE_FINDINGS.length,
      );
      const text = runCli(['check', '-', '--format', 'text'], t.root, { input: NOTICE });
      assert.match(text.stdout, /^<stdin>:\d+:\d+ warning format\.doc-number /m);
      assert.equal(text.status, 0, text.stderr);
    });

    it('reads a redirected file (`gongwen check - < FILE`), and GB18030 or UTF-16 bytes as a file is read', () => {
      const p = t.write('notice.txt', NOTICE);
      const redirected = json(['-'], t.root, { fromFile: p }).report.files[0]!.diagnostics.map((d) => [d.rule, d.range.start.line]);
      assert.ok(redirected.some(([r]) => r === 'format.doc-number'));
      assert.deepEqual(json(['-'], t.root, { input: gb18030(NOTICE) }).report.files[0]!.diagnostics.map((d) => [d.rule, d.range.start.line]), redirected);
      assert.deepEqual(json(['-'], t.root, { input: utf16leBom(NOTICE) }).report.files[0]!.diagnostics.map((d) => [d.rule, d.range.start.line]), redirected);
      // Binary input is refused as a binary file is: exit 2.
      const bin = runCli(['check', '-'], t.root, { input: new Uint8Array([0, 1, 2, 0]) });
      assert.equal(bin.status, 2);
      assert.match(bin.stderr, /未检查 <stdin>：二进制文件/);
    });

    it('--stdin-filename names it: the output path, the nearest .gongwen.json of that name, Markdown by its extension', () => {
      t.write('docs/.gongwen.json', { locale: 'en', rules: { 'format.punctuation': 'off' } });
      t.write('notice.txt', NOTICE);
      const { run, report } = json(['-', '--stdin-filename', 'docs/new.txt'], t.root, { input: NOTICE });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(paths(report), ['docs/new.txt']);
      const rules = report.files[0]!.diagnostics.map((d) => d.rule);
      assert.ok(rules.includes('format.doc-number'), rules.join(' '));
      assert.ok(!rules.includes('format.punctuation'), 'docs/.gongwen.json turns format.punctuation off');
      assert.ok(json(['notice.txt'], t.root).report.files[0]!.diagnostics.some((d) => d.rule === 'format.punctuation'), 'the root has no such config');
      // docs/.gongwen.json asks for English messages.
      const message = report.files[0]!.diagnostics.find((d) => d.rule === 'format.doc-number')!.message;
      assert.doesNotMatch(message, /[\u4e00-\u9fff]{4}/);

      const md = json(['-', '--stdin-filename', 'n.md'], t.root, { input: MD_NOTICE }).report.files[0]!;
      assert.deepEqual(md.diagnostics.map((d) => [d.rule, d.range.start.line]), [['doc.directive-scope', 2]]);
      assert.deepEqual(json(['-', '--stdin-filename', 'n.txt'], t.root, { input: MD_NOTICE }).report.files[0]!.diagnostics, []);
    });

    it('--stdin-filename NAME.docx reads a Word document; an ignored NAME is checked with a notice', async () => {
      const docx = await makeDocx(NOTICE.split('\n'));
      const { run, report } = json(['-', '--stdin-filename', 'x.docx'], t.root, { input: docx });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(paths(report), ['x.docx']);
      assert.ok(report.files[0]!.diagnostics.some((d) => d.rule === 'format.doc-number' && /^第 \d+ 段/.test(d.message)));
      t.write('.gitignore', 'build/\n');
      const ignored = json(['-', '--stdin-filename', 'build/new.txt'], t.root, { input: NOTICE });
      assert.deepEqual(paths(ignored.report), ['build/new.txt']);
      assert.match(ignored.run.stderr, /build\/new\.txt 被 \.gitignore 中的规则 build\/ 忽略；因在命令行中指明，仍然检查/);
    });

    it('--stdin-filename alone reads standard input; with other paths it needs `-`', () => {
      const { report } = json(['--stdin-filename', 'a.md'], t.root, { input: MD_NOTICE });
      assert.deepEqual(paths(report), ['a.md']);
      t.write('x.txt', CLEAN_DOC);
      const bad = runCli(['check', 'x.txt', '--stdin-filename', 'a.md'], t.root, { input: MD_NOTICE });
      assert.equal(bad.status, 2);
      assert.equal(bad.stdout, '');
      assert.match(bad.stderr, /--stdin-filename .*-/);
      // `-` with files: both checked, standard input once however often it is named.
      assert.deepEqual(paths(json(['x.txt', '-', '-'], t.root, { input: NOTICE }).report), ['x.txt', '<stdin>']);
    });

    it('no path while input waits on standard input: exit 2 and a hint to write `-`, in the --locale asked for', () => {
      const p = t.write('x.txt', NOTICE);
      t.write('sub/y.txt', NOTICE);
      const zh = runCli(['check'], t.path('sub'), { fromFile: p });
      assert.equal(zh.status, 2);
      assert.equal(zh.stdout, '');
      assert.match(zh.stderr, /标准输入.*gongwen check -/);
      const en = runCli(['check', '--locale', 'en'], t.path('sub'), { fromFile: p });
      assert.equal(en.status, 2);
      assert.match(en.stderr, /standard input.*gongwen check -/);
      // An empty redirect, or an idle pipe, is no input: the current folder is checked.
      const empty = t.write('empty', '');
      assert.deepEqual(paths(json([], t.path('sub'), { fromFile: empty }).report), ['y.txt']);
      assert.deepEqual(paths(json([], t.path('sub')).report), ['y.txt']);
    });
  });

  describe('ignore files', () => {
    beforeEach(() => {
      t.write('.gitignore', 'build/\n*.tmp.txt\n');
      t.write('.gongwenignore', '归档/\n!keep.tmp.txt\n');
      t.write('docs/.gongwenignore', 'draft-*\n'); // any depth below docs/
      for (const f of ['a.txt', 'build/b.txt', 'x.tmp.txt', 'keep.tmp.txt', '归档/old.txt', 'docs/c.txt', 'docs/draft-1.txt', 'docs/sub/draft-2.md', 'other/draft-3.txt']) t.write(f, CLEAN_DOC);
    });

    it('a walk leaves out what .gitignore and .gongwenignore say, at every level; .gongwenignore can take back a .gitignore rule', () => {
      const { run, report } = json([], t.root);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(paths(report), ['a.txt', 'docs/c.txt', 'keep.tmp.txt', 'other/draft-3.txt']);
      // Walking a subfolder: the root's ignore files still apply.
      assert.deepEqual(paths(json(['docs'], t.root).report), ['docs/c.txt']);
      assert.deepEqual(paths(json(['.'], t.path('docs')).report), ['c.txt']);
    });

    it('--no-ignore reads neither', () => {
      assert.deepEqual(paths(json(['--no-ignore'], t.root).report), [
        'a.txt', 'build/b.txt', 'docs/c.txt', 'docs/draft-1.txt', 'docs/sub/draft-2.md', 'keep.tmp.txt', 'other/draft-3.txt', 'x.tmp.txt', '归档/old.txt',
      ]);
    });

    it('a file named on the command line is checked all the same, with a notice naming the ignore file and its rule', () => {
      const { run, report } = json(['build/b.txt', 'docs/draft-1.txt', 'a.txt'], t.root);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(paths(report), ['build/b.txt', 'docs/draft-1.txt', 'a.txt']);
      assert.match(run.stderr, /build\/b\.txt 被 \.gitignore 中的规则 build\/ 忽略；因在命令行中指明，仍然检查/);
      assert.match(run.stderr, /docs\/draft-1\.txt 被 docs\/\.gongwenignore 中的规则 draft-\* 忽略/);
      assert.doesNotMatch(run.stderr, /a\.txt 被/);
      const en = json(['build/b.txt', '--locale', 'en'], t.root).run;
      assert.match(en.stderr, /build\/b\.txt is ignored by build\/ in \.gitignore; checked because it was named on the command line/);
      // No notice without ignore files.
      assert.doesNotMatch(json(['build/b.txt', '--no-ignore'], t.root).run.stderr, /忽略/);
    });

    it('a quoted glob is expanded by the tool, following the ignore files', () => {
      assert.deepEqual(paths(json(['docs/**/*.txt'], t.root).report), ['docs/c.txt']);
      assert.deepEqual(paths(json(['**/draft-*.{txt,md}'], t.root).report), ['other/draft-3.txt']);
      assert.deepEqual(paths(json(['docs/**/*', '--no-ignore'], t.root).report), ['docs/c.txt', 'docs/draft-1.txt', 'docs/sub/draft-2.md']);
      assert.deepEqual(paths(json(['*.txt'], t.path('docs')).report), ['c.txt']);
    });

    it('a glob that matches nothing is reported, the other paths are still checked, exit 2', () => {
      const { run, report } = json(['docs/**/*.gw', 'a.txt'], t.root);
      assert.equal(run.status, 2);
      assert.deepEqual(paths(report), ['a.txt']);
      assert.match(run.stderr, /未检查 docs\/\*\*\/\*\.gw：没有文件与此通配符匹配/);
      const ignored = json(['build/*.txt', '--locale', 'en'], t.root).run;
      assert.equal(ignored.status, 2);
      assert.match(ignored.stderr, /skipped build\/\*\.txt: every file this glob matches is ignored by \.gitignore or \.gongwenignore \(--no-ignore reads neither\)/);
    });
  });

  describe('nothing to check', () => {
    it('an empty folder: a clear message and exit 2, as ESLint does', () => {
      t.write('empty/notes.pdf', 'x');
      const run = runCli(['check', 'empty'], t.root);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /没有要检查的文件：empty 中没有 \.txt、\.md/);
      const en = runCli(['check', 'empty', '--locale', 'en'], t.root);
      assert.equal(en.status, 2);
      assert.match(en.stderr, /no files to check: empty holds no \.txt, \.md/);
    });

    it('every file ignored or excluded: exit 2 too', () => {
      t.write('.gitignore', 'build/\n');
      t.write('build/b.txt', CLEAN_DOC);
      assert.equal(runCli(['check', 'build'], t.root).status, 2);
      assert.equal(runCli(['check', 'build', '--no-ignore'], t.root).status, 0);
      t.write('.gongwen.json', { exclude: ['build/**'] });
      const excluded = runCli(['check', 'build', '--no-ignore'], t.root);
      assert.equal(excluded.status, 2);
      assert.match(excluded.stderr, /include\/exclude/);
    });

    it('a path that does not exist is reported and the others named with it are still checked, exit 2', () => {
      t.write('a.txt', CLEAN_DOC);
      const { run, report } = json(['missing.txt', 'a.txt'], t.root);
      assert.equal(run.status, 2);
      assert.deepEqual(paths(report), ['a.txt']);
      assert.match(run.stderr, /未检查 missing\.txt：没有这个文件或文件夹/);
      assert.doesNotMatch(run.stderr, /没有要检查的文件/);
    });
  });
});
