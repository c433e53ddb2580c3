// `gongwen check --fix`, `--fix-dry-run` and `--fix-type` on real files: only safe fixes are
// applied, the file keeps its encoding, BOM, line endings and final newline, is replaced by a
// rename and only when its text changed; unreadable files and .docx files are never written.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import iconv from 'iconv-lite';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { makeDocx } from './helpers/docx';
import { TempTree } from './helpers/tempTree';
import { keepShape } from '../server/src/cli/fix';
import { FIXABLE_NOTICE_LINES } from './helpers/texts';

const LINES = [...FIXABLE_NOTICE_LINES];
const FIXED = [
  '关于做好2024年防汛工作的通知',
  '各区县：',
  '　　为做好防汛工作，现将有关事项通知如下（请认真落实）：',
  '一、加强值守',
  '　　各单位要加强值班值守。',
  '',
  '济南市应急管理局',
  '2024年5月20日',
];
const TEXT = LINES.join('\n') + '\n';
const FIXED_TEXT = FIXED.join('\n') + '\n';

function tempFolders(): { readonly dir: TempTree } {
  const box = { dir: null as unknown as TempTree };
  before(() => ensureBuilt());
  beforeEach(() => {
    box.dir = new TempTree('gongwen-fix-');
  });
  afterEach(() => box.dir.remove());
  return box;
}

describe('gongwen check --fix', function () {
  this.timeout(60_000);
  const t = tempFolders();

  it('applies the safe fixes in place, lists the ones to confirm, and reports what is left', () => {
    const file = t.dir.write('notice.txt', TEXT);
    const r = runCli(['check', '--fix', '--format', 'text', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), FIXED_TEXT);
    // The disclosure note changes what the document says: listed, not inserted.
    assert.match(r.stderr, /需人工确认 .*notice\.txt:8:1 doc\.disclosure：插入“（此件公开发布）” 等 3 种改法（--fix 不自动修改）/);
    assert.match(r.stderr, /已修复 .*notice\.txt：5 处（format\.punctuation 4，format\.date 1）/);
    assert.match(r.stderr, /已修复 1 个文件中的 5 处；1 处需人工确认，未修改/);
    // What is left after the fixes: the disclosure finding only.
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(' ')[2]), ['doc.disclosure']);
    assert.match(r.stderr, /已检查 1 个文件：1 个问题/);
    // A second run finds nothing to fix and does not write the file.
    const before = statSync(file);
    const again = runCli(['check', '--fix', '--format', 'text', file]);
    assert.equal(again.status, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /已修复 .*notice\.txt：/);
    const after = statSync(file);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
  });

  it('with standard input (-): prints the fixed text to stdout and what is left to stderr', () => {
    const r = runCli(['check', '--fix', '--format', 'text', '-', '--stdin-filename', 'drafts/notice.txt'], t.dir.path('.'), { input: TEXT });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, FIXED_TEXT);
    assert.match(r.stderr, /已修复 drafts\/notice\.txt：5 处/);
    assert.match(r.stderr, /drafts\/notice\.txt:8:1 info doc\.disclosure /);
    // Nothing to fix: the text comes back as it was.
    const same = runCli(['check', '--fix', '-'], t.dir.path('.'), { input: FIXED_TEXT });
    assert.equal(same.stdout, FIXED_TEXT);
  });

  it('speaks English with --locale en', () => {
    const file = t.dir.write('notice.txt', TEXT);
    const r = runCli(['check', '--fix', '--locale', 'en', '--format', 'text', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /needs confirmation .*notice\.txt:8:1 doc\.disclosure: Insert （此件公开发布） or 2 other\(s\) \(not applied by --fix\)/);
    assert.match(r.stderr, /fixed .*notice\.txt: 5 fix\(es\) \(format\.punctuation 4, format\.date 1\)/);
    assert.match(r.stderr, /applied 5 fix\(es\) in 1 file\(s\)/);
  });

  it('writes through a temporary file and a rename, keeping the mode, and follows a symbolic link', () => {
    const file = t.dir.write('notice.txt', TEXT);
    const link = t.dir.path('link.txt');
    symlinkSync(file, link);
    const ino = statSync(file).ino;
    const r = runCli(['check', '--fix', '--format', 'text', link]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link stays a link');
    assert.equal(readFileSync(file, 'utf8'), FIXED_TEXT);
    assert.notEqual(statSync(file).ino, ino, 'replaced by a rename, not rewritten in place');
    assert.deepEqual(readdirSync(t.dir.root).sort(), ['link.txt', 'notice.txt'], 'no temporary file left');
  });

  it('keeps UTF-8 with a BOM, CRLF line endings and no final newline', () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LINES.join('\r\n'), 'utf8')]);
    const file = t.dir.write('crlf.txt', crlf);
    const r = runCli(['check', '--fix', '--format', 'text', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readFileSync(file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXED.join('\r\n'), 'utf8')]));
  });

  it('keeps UTF-16 LE and BE with their BOMs', () => {
    const le = t.dir.write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]));
    const be = t.dir.write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]));
    const r = runCli(['check', '--fix', '--format', 'text', le, be]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readFileSync(le), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FIXED_TEXT, 'utf-16le')]));
    assert.deepEqual(readFileSync(be), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FIXED_TEXT, 'utf-16be')]));
  });

  it('keeps GB18030 (with CRLF)', () => {
    const file = t.dir.write('gb.txt', iconv.encode(TEXT.replace(/\n/g, '\r\n'), 'gb18030'));
    const r = runCli(['check', '--fix', '--format', 'text', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readFileSync(file), iconv.encode(FIXED_TEXT.replace(/\n/g, '\r\n'), 'gb18030'));
  });

  it('never writes a file it could not read completely', () => {
    // Broken bytes in no encoding, and a file over maxFileSize: reported, left as they are.
    const broken = Buffer.concat([Buffer.from('各区县:\n为做好工作,现通知如下。\n', 'utf8'), Buffer.from([0xff, 0x00, 0xfe, 0x00])]);
    const bad = t.dir.write('bad.txt', broken);
    const r = runCli(['check', '--fix', '--format', 'text', bad]);
    assert.equal(r.status, 2);
    assert.deepEqual(readFileSync(bad), broken);
    t.dir.write('big/.gongwen.json', { maxFileSize: 20 });
    const big = t.dir.write('big/notice.txt', TEXT);
    const r2 = runCli(['check', '--fix', '--format', 'text', big]);
    assert.equal(readFileSync(big, 'utf8'), TEXT, r2.stderr);
  });

  it('never rewrites a .docx, and says so', async () => {
    const bytes = await makeDocx(LINES);
    const file = t.dir.write('notice.docx', bytes);
    const r = runCli(['check', '--fix', '--format', 'text', file]);
    assert.deepEqual(readFileSync(file), bytes);
    assert.match(r.stderr, /未修改 .*notice\.docx：--fix 不改写 \.docx 文件/);
    // The findings are still reported.
    assert.match(r.stdout, /format\.punctuation/);
  });

  it('--fix-type limits the fixes to rule groups', () => {
    const file = t.dir.write('notice.txt', TEXT);
    const r = runCli(['check', '--fix', '--fix-type', 'doc,meeting', '--format', 'text', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), TEXT, 'no doc or meeting fix is safe here');
    const f = runCli(['check', '--fix', '--fix-type', 'format', '--format', 'text', file]);
    assert.equal(f.status, 0, f.stderr);
    assert.equal(readFileSync(file, 'utf8'), FIXED_TEXT);
    assert.doesNotMatch(f.stderr, /需人工确认/, 'doc.disclosure is not in the format group');
    const wrong = runCli(['check', '--fix', '--fix-type', 'style', file]);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--fix-type 取 format、doc、meeting、research、custom/);
    assert.equal(runCli(['check', '--fix-type', 'format', file]).status, 2, '--fix-type needs --fix');
  });

  it('never moves a meeting date or renumbers headings: those are listed for confirmation', () => {
    const meeting = t.dir.write('meeting.txt', '关于召开全市防汛工作会议的通知\n各区县：\n　　定于2024年5月30日下午2:00—4:00在市政府第一会议室召开全市防汛工作会议,每个单位发言5分钟。\n济南市应急管理局\n2024年5月20日\n');
    const headings = t.dir.write('headings.txt', '关于做好防汛工作的通知\n各区县：\n　　现将有关事项通知如下。\n一、加强值守\n　　各单位要加强值班值守。\n三、及时报告\n　　发现险情及时报告。\n（一）汛情\n　　要及时报告。\n1、雨情\n　　要及时报告。\n\n济南市应急管理局\n2024年5月20日\n');
    const r = runCli(['check', '--fix', '--format', 'text', meeting, headings]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(meeting, 'utf8'), /定于2024年5月30日下午.*会议，每个单位/, 'the comma is fixed, the date stays');
    assert.match(r.stderr, /需人工确认 .*meeting\.txt:3:5 meeting\.no-meeting-day：提前到 2024年5月29日（星期三） 等 2 种改法/);
    const h = readFileSync(headings, 'utf8');
    assert.match(h, /\n三、及时报告\n/, 'the number out of sequence stays');
    assert.match(h, /\n1\.雨情\n/, 'the mark written the wrong way is fixed');
    assert.match(r.stderr, /需人工确认 .*headings\.txt:6:1 format\.heading-sequence：改为“二、”/);
    assert.match(r.stdout, /meeting\.no-meeting-day/);
  });

  it('applies a team rule\'s replacement (safe) with the rest', () => {
    t.dir.write('.gongwen.json', { customRules: [{ id: 'custom.cuoshi', pattern: '举措', message: '用“措施”', replace: '措施' }] });
    const file = t.dir.write('notice.txt', TEXT.replace('加强值班值守', '采取举措加强值班值守'));
    const r = runCli(['check', '--fix', '--fix-type', 'custom', '--format', 'text', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), TEXT.replace('加强值班值守', '采取措施加强值班值守'));
  });
});

describe('gongwen check --fix-dry-run', function () {
  this.timeout(60_000);
  const t = tempFolders();

  it('prints a unified diff, writes nothing, and exits 1 when something would change', () => {
    const file = t.dir.write('notice.txt', TEXT);
    const ino = statSync(file).ino;
    const r = runCli(['check', '--fix-dry-run', 'notice.txt'], t.dir.root);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), TEXT);
    assert.equal(statSync(file).ino, ino);
    assert.equal(
      r.stdout,
      [
        '--- a/notice.txt',
        '+++ b/notice.txt',
        '@@ -1,8 +1,8 @@',
        ' 关于做好2024年防汛工作的通知',
        '-各区县:',
        '-　　为做好防汛工作,现将有关事项通知如下(请认真落实):',
        '+各区县：',
        '+　　为做好防汛工作，现将有关事项通知如下（请认真落实）：',
        ' 一、加强值守',
        ' 　　各单位要加强值班值守。',
        ' ',
        ' 济南市应急管理局',
        '-二〇二四年五月二十日',
        '+2024年5月20日',
        '',
      ].join('\n'),
    );
    assert.match(r.stderr, /将修复 notice\.txt：5 处/);
    assert.match(r.stderr, /未写入任何文件/);
    assert.deepEqual(readdirSync(t.dir.root), ['notice.txt']);
    // The diff is one git applies: the result is what --fix writes.
    const applied = spawnSync('git', ['apply', '-'], { cwd: t.dir.root, input: r.stdout, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    assert.equal(readFileSync(file, 'utf8'), FIXED_TEXT);
  });

  it('exits 0 with no diff when nothing is to be fixed, and refuses --format', () => {
    const file = t.dir.write('notice.txt', FIXED_TEXT);
    const r = runCli(['check', '--fix-dry-run', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(runCli(['check', '--fix-dry-run', '--format', 'json', file]).status, 2);
    assert.equal(runCli(['check', '--fix', '--fix-dry-run', file]).status, 2);
  });
});

describe('keepShape', () => {
  it('keeps all-CRLF endings and the presence of a final newline', () => {
    assert.equal(keepShape('a\r\nb\r\n', 'a\nb\r\nc'), 'a\r\nb\r\nc\r\n');
    assert.equal(keepShape('a\nb', 'a\nb\n'), 'a\nb');
    assert.equal(keepShape('a\r\nb\n', 'a\nb'), 'a\nb\n', 'mixed endings are left as they are');
  });
});

describe('writing a fixed file', () => {
  it('writes nothing when the file changed since it was read, and refuses text its encoding cannot hold', async () => {
    const { encodeText, writeAtomic } = await import('../server/src/io/writeText');
    const dir = new TempTree('gongwen-fix-');
    try {
      const file = dir.write('a.txt', 'new text on disk\n');
      const why = await writeAtomic(file, Buffer.from('fixed\n'), Buffer.from('old text\n'));
      assert.equal(why?.en, 'the file changed while it was being fixed; not written');
      assert.equal(readFileSync(file, 'utf8'), 'new text on disk\n');
      assert.deepEqual(readdirSync(dir.root), ['a.txt']);
      assert.equal(await writeAtomic(file, Buffer.from('fixed\n'), Buffer.from('new text on disk\n')), null);
      assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
    } finally {
      dir.remove();
    }
    assert.equal(encodeText('a\ud800b', 'utf-8', false), null, 'a lone surrogate does not read back');
    assert.deepEqual(encodeText('公文', 'gb18030', true), Buffer.from([0x84, 0x31, 0x95, 0x33, 0xb9, 0xab, 0xce, 0xc4]));
  });
});
