// The `gongwen` command line as users and CI run it: `node bin/gongwen.js …` on temp folders.

import * as assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules/registry';
import { ensureBuilt } from './helpers/build';
import { runCli, type CliRun } from './helpers/cli';
import { applyLspEdits, covered } from './helpers/edits';
import { gb18030, utf16beBom, utf16leBom, utf8Bom } from './helpers/encode';
import { TempTree } from './helpers/tempTree';
import { CLEAN, CLEAN_DOC, NOTICE, NOTICE_ALL } from './helpers/texts';
import type { jsonReport } from '../server/src/cli/check';

type Run = CliRun;
/** The CLI; `check` in the line format these tests read (the default is the grouped stylish report: cli-output-stylish.test.ts). */
const gongwen: typeof runCli = (args, ...rest) =>
  runCli(args[0] === 'check' && !args.some((a) => a === '--format' || a === '-f' || a.startsWith('--format=') || a.startsWith('-f=')) ? [...args, '--format', 'text'] : args, ...rest);

/** The JSON report's type, as the CLI declares it (the tests also check the shape key by key). */
type JsonReport = ReturnType<typeof jsonReport>;

function json(args: string[], cwd?: string): { run: Run; report: JsonReport } {
  const run = gongwen(['check', '--format', 'json', ...args], cwd);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch (e) {
    throw new Error(`not JSON (exit ${run.status}): ${run.stdout.slice(0, 500)}\n${run.stderr}`);
  }
  return { run, report };
}

function keys(o: object): string[] {
  return Object.keys(o).sort();
}

/** Asserts the exact JSON shape of the issue, field by field. */
function assertShape(r: JsonReport): void {
  assert.deepEqual(keys(r), ['files', 'summary', 'version']);
  assert.equal(r.version, 1);
  assert.deepEqual(keys(r.summary), ['diagnostics', 'files']);
  assert.equal(r.summary.files, r.files.length);
  assert.equal(r.summary.diagnostics, r.files.reduce((n, f) => n + f.diagnostics.length, 0));
  for (const f of r.files) {
    assert.deepEqual(keys(f), ['counts', 'diagnostics', 'kind', 'official', 'path', 'scope']);
    assert.equal(typeof f.path, 'string');
    assert.ok(['document', 'agenda', 'research'].includes(f.kind), f.kind);
    assert.ok(f.scope === null || f.scope === 'comprehensive' || f.scope === 'special', String(f.scope));
    assert.deepEqual(keys(f.counts), ['attachments', 'body']);
    assert.ok(Number.isInteger(f.counts.body) && f.counts.body >= 0);
    assert.ok(Number.isInteger(f.counts.attachments) && f.counts.attachments >= 0);
    for (const d of f.diagnostics) {
      // `fixes` only when the rule offers any: each alternative's title, whether --fix may apply it, its edits.
      assert.deepEqual(keys(d), d.fixes ? ['fixes', 'message', 'range', 'rule', 'severity'] : ['message', 'range', 'rule', 'severity']);
      for (const x of d.fixes ?? []) {
        assert.deepEqual(keys(x), ['edits', 'safe', 'title']);
        assert.ok(x.title.length > 0 && typeof x.safe === 'boolean' && x.edits.length > 0);
        for (const e of x.edits) assert.deepEqual([keys(e), keys(e.range), typeof e.newText], [['newText', 'range'], ['end', 'start'], 'string']);
      }
      assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity), d.severity);
      assert.equal(typeof d.rule, 'string');
      assert.ok(d.message.length > 0);
      assert.deepEqual(keys(d.range), ['end', 'start']);
      for (const p of [d.range.start, d.range.end]) {
        assert.deepEqual(keys(p), ['character', 'line']);
        assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0);
      }
    }
  }
}

const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|info|hint) (\S+) (.+)$/;

describe('gongwen CLI', function () {
  this.timeout(30000);
  let tree: TempTree;
  let tmp: string;

  before(() => {
    ensureBuilt();
    tree = new TempTree('gongwen-cli-');
    tmp = tree.root;
  });
  after(() => tree?.remove());

  /** Writes a file under the temp folder (text or bytes as given) and returns its path. */
  function file(rel: string, content: string | Buffer): string {
    return tree.write(rel, content);
  }

  describe('check, text format', () => {
    it('prints path:line:col severity rule message, 1-based, one line per finding', () => {
      const p = file('text/notice.txt', NOTICE);
      const r = gongwen(['check', p]);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, NOTICE_ALL.length);
      const parsed = lines.map((l) => {
        const m = TEXT_LINE.exec(l);
        assert.ok(m, `line format: ${l}`);
        return { path: m[1], line: Number(m[2]), col: Number(m[3]), severity: m[4], rule: m[5], message: m[6]! };
      });
      assert.deepEqual(parsed.map((x) => [x.rule, x.line - 1]), NOTICE_ALL.map(([r, l]) => [r, l]));
      for (const x of parsed) assert.equal(x.path, p);
      const date = parsed.find((x) => x.rule === 'format.date')!;
      assert.deepEqual([date.line, date.col, date.severity], [16, 1, 'warning']);
      assert.ok(date.message.includes('2019年7月28日') && date.message.includes('GB 7.3.5'), date.message);
      const comma = parsed.find((x) => x.rule === 'format.punctuation')!;
      assert.deepEqual([comma.line, comma.col], [5, 10], 'the comma is the 10th character of line 5');
      assert.match(r.stderr, /已检查 1 个文件：7 个问题（错误 0，警告 \d+，提示 \d+，建议 0）/);
      assert.match(gongwen(['check', p, '--locale', 'en']).stderr, /1 file\(s\) checked: 7 finding\(s\)/);
    });

    it('prints nothing on stdout for a clean file and exits 0', () => {
      const r = gongwen(['check', file('text/clean.txt', CLEAN_DOC), '--fail-on', 'info']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
    });

    it('counts columns in UTF-16 units, as editors do (a character outside the BMP is 2)', () => {
      const p = file('text/astral.txt', '济南市某某局关于有关工作的通知\n为落实𠀀𠀁有关要求,现通知如下。\n');
      const json1 = json([p]).report.files[0]!.diagnostics.find((d) => d.rule === 'format.punctuation')!;
      assert.deepEqual(json1.range.start, { line: 1, character: 11 });
      const text = gongwen(['check', p]).stdout;
      assert.match(text, /astral\.txt:2:12 info format\.punctuation/);
    });

    it('speaks English with --locale en', () => {
      const r = gongwen(['check', file('text/en.txt', NOTICE), '--locale', 'en']);
      assert.equal(r.status, 0);
      assert.doesNotMatch(r.stdout, /成文日期“/);
      assert.match(r.stdout, /format\.date [A-Za-z]/);
    });
  });

  describe('check, json format', () => {
    it('prints exactly the documented shape, with 0-based UTF-16 ranges into the text', () => {
      const p = file('json/notice.txt', NOTICE);
      const { run, report } = json([p]);
      assert.equal(run.status, 0, run.stderr);
      assertShape(report);
      assert.equal(report.files.length, 1);
      const f = report.files[0]!;
      assert.equal(f.path, p);
      assert.equal(f.kind, 'document');
      assert.equal(f.scope, null);
      assert.ok(f.counts.body > 20 && f.counts.body < 200);
      assert.equal(f.counts.attachments, 0);
      assert.deepEqual(f.diagnostics.map((d) => [d.rule, d.range.start.line]), NOTICE_ALL.map(([r, l]) => [r, l]));
      const byRule = (r: string) => f.diagnostics.filter((d) => d.rule === r);
      assert.equal(covered(NOTICE, byRule('format.date')[0]!), '2019年07月28日');
      assert.equal(covered(NOTICE, byRule('format.doc-number')[0]!), '济某发[2019]第023号');
      assert.deepEqual(byRule('format.punctuation').map((d) => covered(NOTICE, d)), [',', ',']);
      assert.equal(covered(NOTICE, byRule('format.heading-sequence')[0]!), '四、');
      assert.equal(covered(NOTICE, byRule('doc.directive-scope')[0]!), '各区县人民政府');
      assert.equal(covered(NOTICE, byRule('doc.disclosure')[0]!), '2019年07月28日');
      assert.deepEqual(report.summary, { files: 1, diagnostics: 7 });
    });

    it('reports several files and an empty diagnostics list for a clean one', () => {
      const a = file('json2/a.txt', NOTICE);
      const b = file('json2/b.txt', CLEAN_DOC);
      const { report } = json([a, b]);
      assertShape(report);
      assert.deepEqual(report.files.map((f) => [path.basename(f.path), f.diagnostics.length]), [['a.txt', 7], ['b.txt', 0]]);
      assert.deepEqual(report.summary, { files: 2, diagnostics: 7 });
    });

    it('an empty folder gives an empty report, says there was nothing to check and exits 2 (as ESLint does)', () => {
      mkdirSync(path.join(tmp, 'empty'), { recursive: true });
      const { run, report } = json([path.join(tmp, 'empty')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /没有要检查的文件/);
      assert.deepEqual(report, { version: 1, files: [], summary: { files: 0, diagnostics: 0 } });
    });

    it('reports kinds: an agenda, a research plan, a document with a scope directive', () => {
      const agenda = file('kinds/agenda.txt', '关于召开全市安全生产工作会议的通知\n各区县人民政府：\n定于2019年8月13日上午9:00召开会议。\n济南市人民政府办公厅\n2019年8月1日\n');
      const plan = file('kinds/plan.txt', '市农业农村局赴章丘区调研方案\n一、调研时间\n2019年9月3日。\n二、调研地点\n章丘区埠村街道。\n');
      const doc = file('kinds/doc.txt', '<!-- gongwen 类型=公文 范围=专项 -->\n' + NOTICE);
      const { report } = json([agenda, plan, doc]);
      assert.deepEqual(report.files.map((f) => [path.basename(f.path), f.kind, f.scope]), [
        ['agenda.txt', 'agenda', null],
        ['plan.txt', 'research', null],
        ['doc.txt', 'document', 'special'],
      ]);
    });
  });

  describe('exit codes and --fail-on', () => {
    it('0 when nothing is at or above --fail-on, 1 otherwise', () => {
      const p = file('exit/notice.txt', NOTICE); // warnings and infos, no error
      const cases: Array<[string[], number]> = [
        [[], 0],
        [['--fail-on', 'error'], 0],
        [['--fail-on', 'warning'], 1],
        [['--fail-on=warning'], 1],
        [['--fail-on', 'info'], 1],
        [['--fail-on', 'hint'], 1],
        [['--fail-on', 'none'], 0],
      ];
      for (const [opts, code] of cases) {
        for (const format of ['text', 'json']) {
          const r = gongwen(['check', p, '--format', format, ...opts]);
          assert.equal(r.status, code, `${opts.join(' ')} --format ${format}: ${r.stderr}`);
        }
      }
      const infoOnly = file('exit/info.txt', CLEAN_DOC.replace('现就有关事项通知如下。', '现就有关事项,通知如下。'));
      assert.equal(gongwen(['check', infoOnly, '--fail-on', 'warning']).status, 0);
      assert.equal(gongwen(['check', infoOnly, '--fail-on', 'info']).status, 1);
      const clean = file('exit/clean.txt', CLEAN_DOC);
      assert.equal(gongwen(['check', clean, '--fail-on', 'hint']).status, 0);
    });

    it('2 for a missing path, with a message naming it (in Chinese by default, English with --locale en)', () => {
      const missing = path.join(tmp, 'no-such-file.txt');
      const r = gongwen(['check', missing]);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(`未检查 ${missing}：没有这个文件或文件夹`), r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(gongwen(['check', missing, '--format', 'json']).status, 2);
      assert.ok(gongwen(['check', missing, '--locale', 'en']).stderr.includes(`skipped ${missing}: no such file or folder`));
    });

    it('a missing path hides nothing: the other files named are still checked and reported (exit 2)', () => {
      const missing = path.join(tmp, 'gone.txt');
      const good = file('exit/good-with-finding.txt', CLEAN_DOC.replace('现就有关事项通知如下。', '现就有关事项,通知如下。'));
      const r = gongwen(['check', missing, good, '--format', 'json']);
      assert.equal(r.status, 2);
      const files = JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ rule: string }> }>;
      assert.deepEqual(files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]), [[good, ['format.punctuation']]]);
      assert.ok(r.stderr.includes(missing));
    });

    it('2 for unreadable input (binary, invalid bytes, a broken link), still reporting the readable files', () => {
      const dir = path.join(tmp, 'unreadable');
      file('unreadable/good.txt', NOTICE);
      file('unreadable/binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
      file('unreadable/garbage.txt', Buffer.from([0xff, 0xff, 0xff, 0x80, 0xff]));
      file('unreadable/bad-utf16.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41])); // BOM, lone surrogate, odd byte
      symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
      const { run, report } = json([dir]);
      assert.equal(run.status, 2, run.stderr);
      assertShape(report);
      assert.deepEqual(report.files.map((f) => path.basename(f.path)), ['good.txt']);
      for (const name of ['binary.txt', 'garbage.txt', 'bad-utf16.txt', 'broken.txt']) {
        assert.ok(run.stderr.includes(path.join(dir, name)), `${name} named in: ${run.stderr}`);
      }
      assert.match(run.stderr, /未检查 .*binary\.txt：二进制文件/);
      assert.match(run.stderr, /未检查 .*broken\.txt：无法读取：符号链接已失效/);
      const text = gongwen(['check', path.join(dir, 'garbage.txt'), '--locale', 'en']);
      assert.equal(text.status, 2);
      assert.match(text.stderr, /skipped .*garbage\.txt: not valid UTF-8, UTF-16 or GB18030/);
      // Unreadable input wins over --fail-on none.
      assert.equal(gongwen(['check', dir, '--fail-on', 'none']).status, 2);
    });

    it('2 for bad usage, with a message', () => {
      const p = file('usage/notice.txt', NOTICE);
      const cases: Array<[string[], RegExp]> = [
        [['check', p, '--format', 'xml'], /--format must be one of text, json/],
        [['check', p, '--fail-on', 'loud'], /--fail-on must be one of/],
        [['check', p, '--format'], /--format needs a value/],
        [['check', p, '--bogus'], /unknown option --bogus/],
        [['check', p, '--fail-on'], /--fail-on needs a value/],
        [['check', p, '-q'], /unknown option -q/],
        [['check', p, '--locale', 'fr'], /--locale must be one of/],
        [['lint', p], /unknown command "lint"/],
        [['rules', '--format', 'yaml'], /--format must be one of/],
        [['rules', 'extra'], /takes no paths/],
        [[], /Usage/],
      ];
      for (const [args, message] of cases) {
        // In English (--locale en); the Chinese default is tested in cli-output-stylish.test.ts.
        const r = gongwen(['--locale', 'en', ...args]);
        assert.equal(r.status, 2, `${args.join(' ')} → ${r.status}: ${r.stderr}`);
        assert.match(r.stderr, message, `${args.join(' ')}`);
        assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/, 'no stack trace');
      }
    });

    it('--help and --version exit 0', () => {
      const h = gongwen(['--help']);
      assert.equal(h.status, 0);
      assert.match(h.stdout, /gongwen check/);
      assert.equal(gongwen(['check', '--help']).status, 0);
      const v = gongwen(['--version']);
      assert.equal(v.status, 0);
      assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
    });
  });

  describe('folders', () => {
    it('walks *.txt, *.md, *.gw in a stable order, skipping node_modules, .git and other extensions', () => {
      const root = path.join(tmp, 'walk');
      for (const rel of ['b.txt', 'a.md', 'c.gw', 'sub/d.txt', 'sub/deeper/e.gw', 'node_modules/pkg/f.txt', '.git/g.txt', 'sub/node_modules/h.md', 'notes.doc', 'data.json', 'README']) {
        file(path.join('walk', rel), NOTICE);
      }
      const { report } = json([root]);
      assertShape(report);
      assert.deepEqual(report.files.map((f) => path.relative(root, f.path)), ['a.md', 'b.txt', 'c.gw', path.join('sub', 'd.txt'), path.join('sub', 'deeper', 'e.gw')]);
      for (const f of report.files) assert.equal(f.diagnostics.length, NOTICE_ALL.length, f.path);
    });

    it('defaults to the current folder and prints paths relative to it', () => {
      const root = path.join(tmp, 'cwd');
      file('cwd/x.txt', NOTICE);
      file('cwd/y/z.md', CLEAN);
      const { report } = json([], root);
      assert.deepEqual(report.files.map((f) => f.path), [path.join('.', 'x.txt'), path.join('.', 'y', 'z.md')].map((p) => path.normalize(p)));
      const text = gongwen(['check'], root);
      assert.match(text.stdout, /^x\.txt:2:1 warning format\.doc-number/m);
    });

    it('checks a file named on the command line whatever its extension, and each file once', () => {
      const p = file('named/notice.log', NOTICE);
      const { report } = json([p, p, path.dirname(p)]);
      assert.deepEqual(report.files.map((f) => f.path), [p]);
    });

    it('follows symbolic links to files and folders, without looping', () => {
      const root = path.join(tmp, 'links');
      file('links/real/a.txt', NOTICE);
      symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
      symlinkSync(root, path.join(root, 'real', 'loop'));
      symlinkSync(path.join(root, 'real', 'a.txt'), path.join(root, 'b.txt'));
      const { run, report } = json([root]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(report.files.length, 1, report.files.map((f) => f.path).join(', '));
    });

    it('reads Markdown files as Markdown (markup is not counted or flagged)', () => {
      const body = '# 济南市某某局关于做好有关工作的通知\n\n各区县人民政府：\n\n## **一、总体要求**\n\n> 现就有关事项通知如下,请*认真*贯彻执行。\n\n济南市某某局\n\n2019年7月28日\n';
      const md = json([file('md/notice.md', body)]).report.files[0]!;
      // The bureau's notice to 各区县人民政府 (doc.directive-scope) has no 公开属性 (doc.disclosure).
      assert.deepEqual(md.diagnostics.map((d) => [d.rule, d.range.start.line, covered(body, d)]), [
        ['doc.directive-scope', 2, '各区县人民政府'],
        ['format.punctuation', 6, ','],
        ['doc.disclosure', 10, '2019年7月28日'],
      ]);
      assert.equal(md.kind, 'document');
    });

    it('does not flag the brackets of a Markdown link (a fix would break the link)', () => {
      const body = '# 济南市某某局关于做好有关工作的通知\n\n各区县人民政府：\n\n现就有关事项通知如下：[链接](http://example.com/a,b)。\n\n详见[附件](http://example.com/a.pdf)。\n';
      // Only the bureau's 主送 to 各区县人民政府 is reported (doc.directive-scope), nothing in the links.
      assert.deepEqual(json([file('md/link.md', body)]).report.files[0]!.diagnostics.map((d) => [d.rule, d.range.start.line]), [['doc.directive-scope', 2]]);
    });
  });

  describe('encodings and line breaks', () => {
    const variants: Array<[string, (t: string) => Buffer]> = [
      ['utf8-bom', utf8Bom],
      ['utf16le-bom', utf16leBom],
      ['utf16be-bom', utf16beBom],
      ['gb18030', gb18030],
    ];

    for (const [name, encode] of variants) {
      it(`decodes ${name} and reports positions in the decoded text`, () => {
        const plain = json([file(`enc/plain-${name}.txt`, NOTICE)]).report.files[0]!;
        const p = file(`enc/${name}.txt`, encode(NOTICE));
        const { run, report } = json([p]);
        assert.equal(run.status, 0, run.stderr);
        const f = report.files[0]!;
        assert.deepEqual(f.diagnostics, plain.diagnostics);
        assert.deepEqual([f.kind, f.counts], [plain.kind, plain.counts]);
        const docNumber = f.diagnostics.find((d) => d.rule === 'format.doc-number')!;
        assert.deepEqual(docNumber.range.start, { line: 1, character: 0 });
        const text = gongwen(['check', p]);
        assert.match(text.stdout, new RegExp(`${name}\\.txt:1[6]:1 warning format\\.date`));
      });
    }

    it('a BOM before a title on the first line does not shift its columns', () => {
      const t = '济南市某某局关于有关工作的通知,请阅知\n';
      const plain = json([file('bom/plain.txt', t)]).report.files[0]!.diagnostics;
      const bom = json([file('bom/bom.txt', utf8Bom(t))]).report.files[0]!.diagnostics;
      assert.deepEqual(bom, plain);
    });

    it('counts CRLF, CR and mixed line breaks as one line each', () => {
      const lf = json([file('eol/lf.txt', NOTICE)]).report.files[0]!;
      assert.deepEqual(lf.diagnostics.map((d) => [d.rule, d.range.start.line]), NOTICE_ALL.map(([r, l]) => [r, l]), 'the LF baseline the others are compared with');
      for (const [name, eol] of [['crlf', '\r\n'], ['cr', '\r']] as const) {
        const text = NOTICE.replace(/\n/g, eol);
        const r = json([file(`eol/${name}.txt`, text)]).report.files[0]!;
        assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.range]), lf.diagnostics.map((d) => [d.rule, d.range]), name);
        const t = gongwen(['check', path.join(tmp, 'eol', `${name}.txt`)]);
        assert.match(t.stdout, new RegExp(`${name}\\.txt:16:1 warning format\\.date`));
      }
      const lines = NOTICE.split('\n');
      const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : ['\r\n', '\n', '\r\n', '\r'][i % 4])).join('');
      const m = json([file('eol/mixed.txt', mixed)]).report.files[0]!;
      assert.deepEqual(m.diagnostics.map((d) => [d.rule, d.range.start.line]), lf.diagnostics.map((d) => [d.rule, d.range.start.line]));
      for (const d of m.diagnostics) assert.ok(covered(mixed, d).length > 0);
    });
  });

  describe('rules', () => {
    it('--format json lists every registered rule with its metadata', () => {
      const r = gongwen(['rules', '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const list = JSON.parse(r.stdout) as { version: number; rules: Array<Record<string, unknown>> };
      assert.equal(list.version, 1);
      assert.deepEqual(list.rules.map((x) => x['id']), RULES.map((x) => x.id));
      for (const rule of list.rules) {
        const meta = RULES.find((x) => x.id === rule['id'])!;
        assert.deepEqual(rule['title'], meta.title);
        assert.equal(rule['clause'], meta.clause);
        assert.deepEqual(rule['kinds'], meta.kinds);
        assert.equal(rule['defaultSeverity'], meta.defaultSeverity);
        assert.equal(rule['fixable'], meta.fixable);
        assert.deepEqual(rule['description'], meta.description);
        assert.equal(rule['docs'], `docs/rules/${meta.id}.md`);
        const options = rule['options'] as Array<{ name: string; type: string; default: unknown }>;
        assert.deepEqual(options.map((o) => [o.name, o.type, o.default]), meta.options.map((o) => [o.name, o.type, o.default]));
      }
      for (const id of ['doc.length', 'doc.attachment-count', 'doc.attachment-length', 'format.doc-number', 'format.date', 'format.heading-sequence', 'format.attachment-note', 'format.punctuation']) {
        assert.ok(list.rules.some((x) => x['id'] === id), id);
      }
    });

    it('text format lists one rule per line', () => {
      const r = gongwen(['rules']);
      assert.equal(r.status, 0);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, RULES.length);
      RULES.forEach((rule, i) => assert.ok(lines[i]!.startsWith(rule.id), lines[i]));
    });
  });

  it('the json diagnostics can be turned into edits positions an editor accepts', () => {
    // A cross-check of the position convention: every range converts to offsets inside the text.
    const p = file('positions/notice.txt', NOTICE.replace(/\n/g, '\r\n'));
    const f = json([p]).report.files[0]!;
    const text = NOTICE.replace(/\n/g, '\r\n');
    // doc.disclosure and format.date share the 成文日期's range: delete each range once.
    const ranges = new Map(f.diagnostics.map((d) => [JSON.stringify(d.range), d.range]));
    assert.equal(ranges.size, NOTICE_ALL.length - 1);
    const out = applyLspEdits(text, [...ranges.values()].map((range) => ({ range, newText: '' })));
    // Exactly the flagged text is gone, with the CRLF line ends kept.
    const expected = NOTICE.replace('济某发[2019]第023号', '').replace('各区县人民政府', '').replace(/,/g, '').replace('四、', '').replace('2019年07月28日', '').replace(/\n/g, '\r\n');
    assert.equal(out, expected);
  });
});
