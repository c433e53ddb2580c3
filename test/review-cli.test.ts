// `gongwen review` as users run it: a reviewed copy beside each draft (or in --out-dir), named in the
// run's language, with one Word comment per finding of `gongwen check` (the message, the clause, the
// suggested text), anchored on the finding's text; --suggest adds the safe fixes as tracked changes;
// a plain-text draft becomes a Word document in GB/T 9704 fonts; the original is never touched; and
// .docm, encrypted and broken files and zip bombs are refused with exit code 2.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { makeDocx } from './helpers/docx';
import { TempTree } from './helpers/tempTree';
import { docxBomb } from './helpers/zip';
import { effectiveConfig } from '../server/src/core/config/effective';
import { exportReview } from '../server/src/lsp/review';
import { initialsOf, reviewedName } from '../server/src/review/reviewFiles';
import { pathToFileURL } from 'node:url';

/** A notice of our own with known slips: half-width colon and commas, a date with leading zeros, a numbering gap, no disclosure note. */
const LINES = [
  '济南市示例局',
  '',
  '关于做好秋季防火工作的通知',
  '',
  '各区县林业部门:',
  '    为做好今年秋季防火工作,现将有关事项通知如下。',
  '    一、加强巡查值守',
  '    各单位要落实责任,确保安全。',
  '    三、强化宣传引导',
  '    各单位要做好宣传。',
  '',
  '济南市示例局',
  '2024年05月08日',
];
const TEXT = LINES.join('\n') + '\n';

interface Diagnostic {
  rule: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes?: Array<{ title: string; safe: boolean; edits: Array<{ range: Diagnostic['range']; newText: string }> }>;
}

/** What `gongwen check --format json` finds in a file. */
function checkJson(file: string, ...args: string[]): Diagnostic[] {
  const r = runCli(['check', '--format', 'json', '--fail-on', 'none', ...args, file]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Diagnostic[] }> };
  return report.files[0]!.diagnostics;
}

/**
 * The findings of the same text as a .txt: the JSON report of a .docx names the paragraph in each
 * message and carries no fixes (no editor applies them to Word), that of a text file has both plain.
 */
function textFindings(dir: TempTree, ...args: string[]): Diagnostic[] {
  return checkJson(dir.write('same-text/draft.txt', TEXT), ...args);
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

interface Comment {
  id: string;
  author: string;
  initials: string;
  paragraphs: string[];
}

async function partsOf(file: string): Promise<{ zip: JSZip; document: string; comments: Comment[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const document = await zip.file('word/document.xml')!.async('string');
  const xml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const comments = [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: /w:id="([^"]*)"/.exec(m[1]!)![1]!,
    author: decode(/w:author="([^"]*)"/.exec(m[1]!)?.[1] ?? ''),
    initials: decode(/w:initials="([^"]*)"/.exec(m[1]!)?.[1] ?? ''),
    paragraphs: [...m[2]!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))),
  }));
  return { zip, document, comments };
}

/** The document's text as Word shows it before any change is accepted: one line per paragraph (deleted text kept, inserted left out). */
function paragraphsOf(document: string): string[] {
  const body = document.replace(/<w:ins\b[\s\S]*?<\/w:ins>/g, '');
  return [...body.matchAll(/<w:p\b(?:[^>]*[^/])?>[\s\S]*?<\/w:p>|<w:p\/>|<w:p [^>]*\/>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:tab\/>/g)].map((t) => (t[0] === '<w:tab/>' ? '\t' : t[1])).join('')),
  );
}

/** The text between each comment's range start and end, by comment id. */
function anchoredTexts(document: string): Map<string, string> {
  const open = new Set<string>();
  const out = new Map<string, string>();
  const token = /<w:commentRangeStart\b[^>]*w:id="(\d+)"[^>]*\/>|<w:commentRangeEnd\b[^>]*w:id="(\d+)"[^>]*\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g;
  for (const m of document.matchAll(token)) {
    if (m[1] !== undefined) {
      open.add(m[1]);
      out.set(m[1], '');
    } else if (m[2] !== undefined) open.delete(m[2]);
    else for (const id of open) out.set(id, out.get(id)! + (m[3] !== undefined ? decode(m[3]) : '\t'));
  }
  return out;
}

/** The comment the test expects for a finding: its message without the clause, the clause, the suggested text. */
function expectedParagraphs(d: Diagnostic): string[] {
  const tail = /（([^（）]*)）$/.exec(d.message)!;
  const out = [d.message.slice(0, tail.index), `依据：${tail[1]}`];
  const fix = d.fixes?.[0];
  if (fix && fix.edits.length === 1) {
    const e = fix.edits[0]!;
    const text = e.newText.trim();
    const insertion = e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
    out.push(text === '' ? `建议删除“${LINES[e.range.start.line]!.slice(e.range.start.character, e.range.end.character)}”` : insertion ? `建议加上：“${text}”` : `建议改为：“${text}”`);
  }
  return out;
}

function sorted(xs: string[][]): string[] {
  return xs.map((x) => x.join('|')).sort();
}

describe('gongwen review', function () {
  this.timeout(120_000);
  let dir: TempTree;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = new TempTree('gongwen-review-');
  });
  afterEach(() => dir.remove());

  it('writes 通知.审阅.docx beside a .docx, one comment per finding of check, anchored on its text, the original untouched', async () => {
    const file = dir.write('通知.docx', await makeDocx(LINES));
    const before = readFileSync(file);
    const findings = textFindings(dir);
    assert.equal(checkJson(file).length, findings.length);
    assert.ok(findings.length >= 5, `the fixture's slips are found: ${findings.map((d) => d.rule).join(', ')}`);
    const r = runCli(['review', file]);
    assert.equal(r.status, 0, r.stderr);
    const out = dir.path('通知.审阅.docx');
    assert.match(r.stdout, new RegExp(`已写入 .*通知\\.审阅\\.docx（${findings.length} 条批注）`));
    assert.deepEqual(readFileSync(file), before);
    const { document, comments } = await partsOf(out);
    assert.equal(comments.length, findings.length);
    assert.deepEqual(sorted(comments.map((c) => c.paragraphs)), sorted(findings.map(expectedParagraphs)));
    // Every clause of the fixture is GB/T's or the 细则's, named in its own paragraph.
    for (const c of comments) assert.match(c.paragraphs[1]!, /^依据：(GB|§)/);
    // Each comment is anchored on exactly the text of its finding.
    const anchored = [...anchoredTexts(document).values()].sort();
    const spans = findings.map((d) => LINES[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)).sort();
    assert.deepEqual(anchored, spans);
    // The text is the original's, paragraph by paragraph; nothing is changed without --suggest.
    assert.deepEqual(paragraphsOf(document), LINES);
    assert.doesNotMatch(document, /<w:(ins|del)\b/);
    // The default author, with the first two characters as initials.
    assert.deepEqual([...new Set(comments.map((c) => `${c.author}/${c.initials}`))], ['公文减负助手/公文']);
  });

  it('names the copy NAME.reviewed.docx in English, writes it into --out-dir, and takes the author from .gongwen.json', async () => {
    dir.write('.gongwen.json', { review: { author: 'Li Ming' } });
    const file = dir.write('drafts/notice.docx', await makeDocx(LINES));
    const r = runCli(['review', '--locale', 'en', '--out-dir', dir.path('out'), file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /wrote .*out[\\/]notice\.reviewed\.docx \(\d+ comment\(s\)\)/);
    assert.deepEqual(readdirSync(dir.path('out')), ['notice.reviewed.docx']);
    assert.deepEqual(readdirSync(dir.path('drafts')), ['notice.docx']);
    const { comments } = await partsOf(dir.path('out/notice.reviewed.docx'));
    assert.equal(comments.length, checkJson(file, '--locale', 'en').length);
    assert.ok(comments.every((c) => c.author === 'Li Ming' && c.initials === 'LM'));
    assert.ok(comments.some((c) => c.paragraphs.includes('Clause: GB 7.3.5')), JSON.stringify(comments.map((c) => c.paragraphs)));
  });

  it('--suggest writes the safe fixes as tracked changes, and only those', async () => {
    const file = dir.write('通知.docx', await makeDocx(LINES));
    const findings = textFindings(dir);
    const safe = findings.filter((d) => d.fixes?.[0]?.safe && d.fixes[0].edits.every((e) => !/\n/.test(e.newText)));
    const unsafe = findings.filter((d) => d.fixes?.length && !d.fixes[0]!.safe);
    assert.ok(safe.length >= 4 && unsafe.length >= 1, 'the fixture has both kinds of fixes');
    const r = runCli(['review', '--suggest', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`（${findings.length} 条批注，${safe.length} 处修订）`));
    const { document, comments } = await partsOf(dir.path('通知.审阅.docx'));
    assert.equal(comments.length, findings.length);
    const inserted = [...document.matchAll(/<w:ins\b[\s\S]*?<\/w:ins>/g)].map((m) => decode([...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
    const deleted = [...document.matchAll(/<w:del\b[\s\S]*?<\/w:del>/g)].map((m) => decode([...m[0].matchAll(/<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>/g)].map((t) => t[1]).join('')));
    const edits = safe.flatMap((d) => d.fixes![0]!.edits);
    assert.deepEqual(inserted.sort(), edits.map((e) => e.newText).sort());
    assert.deepEqual(deleted.sort(), edits.map((e) => LINES[e.range.start.line]!.slice(e.range.start.character, e.range.end.character)).sort());
    // The numbering gap (三、 for 二、) is a drafter's call: commented, never changed.
    assert.ok(!inserted.includes('二、'));
    // Before any change is accepted, the text is still the original's.
    assert.deepEqual(paragraphsOf(document), LINES);
  });

  it('turns a .txt draft into a Word document: one paragraph per line, 仿宋_GB2312 三号 body, 方正小标宋简体 二号 title centred', async () => {
    const file = dir.write('通知.txt', TEXT);
    const findings = checkJson(file);
    const r = runCli(['review', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), TEXT);
    const { zip, document, comments } = await partsOf(dir.path('通知.审阅.docx'));
    // The text's final line break opens no paragraph of its own.
    assert.deepEqual(paragraphsOf(document), LINES);
    assert.equal(comments.length, findings.length);
    const anchored = [...anchoredTexts(document).values()].sort();
    assert.deepEqual(anchored, findings.map((d) => LINES[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)).sort());
    // The title (the first line with text) has the title style; no other paragraph has a style.
    const styled = [...document.matchAll(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="([^"]+)"\/>[\s\S]*?<\/w:p>/g)];
    assert.equal(styled.length, 1);
    assert.equal(paragraphsOf(styled[0]![0])[0], LINES[0]);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const title = /<w:style [^>]*w:styleId="([^"]+)"[^>]*>(?:(?!<\/w:style>)[\s\S])*方正小标宋简体[\s\S]*?<\/w:style>/.exec(styles)!;
    assert.equal(title[1], styled[0]![1]);
    assert.match(title[0], /<w:sz w:val="44"\/>/);
    assert.match(title[0], /<w:jc w:val="center"\/>/);
    const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)![0];
    assert.match(normal, /w:eastAsia="仿宋_GB2312"/);
    assert.match(normal, /<w:sz w:val="32"\/>/);
  });

  it('refuses .docm, encrypted and broken files and zip bombs with exit code 2 and the reason, and reviews the rest', async () => {
    dir.write('宏.docm', await makeDocx(LINES));
    // An OLE compound file: what Word writes for a password-protected document.
    dir.write('加密.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    dir.write('损坏.docx', Buffer.from('PK\u0003\u0004 this is not a zip archive at all'));
    // 20 MB of body from a few kilobytes: a zip bomb, refused by the limits of reading.
    dir.write('炸弹.docx', docxBomb(20));
    const good = dir.write('好.docx', await makeDocx(LINES));
    const r = runCli(['review', dir.path('宏.docm'), dir.path('加密.docx'), dir.path('损坏.docx'), dir.path('炸弹.docx'), good]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /未审阅 .*宏\.docm：不审阅启用宏的 Word 文档（\.docm）/);
    assert.match(r.stderr, /未审阅 .*加密\.docx：无法审阅加密（受密码保护）的文档/);
    assert.match(r.stderr, /未审阅 .*损坏\.docx：(不是 \.docx 压缩包|无法读取的 Word 文档)/);
    assert.match(r.stderr, /未审阅 .*炸弹\.docx：压缩比异常/);
    assert.deepEqual(readdirSync(dir.root).filter((n) => n.includes('审阅')), ['好.审阅.docx']);
    assert.match(r.stdout, /已写入 .*好\.审阅\.docx/);
  });

  it('does not review the copies an earlier run wrote when it walks a folder again', async () => {
    dir.write('a.txt', TEXT);
    assert.equal(runCli(['review', dir.root]).status, 0);
    const again = runCli(['review', dir.root]);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(again.stdout.trim().split('\n').length, 1);
    assert.ok(!existsSync(dir.path('a.审阅.审阅.docx')));
    assert.deepEqual(readdirSync(dir.root).sort(), ['a.txt', 'a.审阅.docx']);
  });

  it('cites the national item beside the Jinan clause when both presets are on', async () => {
    dir.write('.gongwen.json', { preset: ['national-2024', 'jinan-2019'] });
    const file = dir.write('考核.txt', ['济南市示例局', '', '关于加强安全生产考核工作的通知', '', '各区县人民政府：', '    对安全生产工作实行一票否决。', '', '济南市示例局', '2024年5月8日'].join('\n'));
    const r = runCli(['review', file]);
    assert.equal(r.status, 0, r.stderr);
    const { comments } = await partsOf(dir.path('考核.审阅.docx'));
    const veto = comments.find((c) => c.paragraphs[0]!.includes('一票否决'))!;
    assert.match(veto.paragraphs[1]!, /^依据：《若干规定》.+；§18$/);
  });

  it('the editor\'s request writes the same copy beside the file and says where', async () => {
    const file = dir.write('通知.docx', await makeDocx(LINES));
    const eff = effectiveConfig([]);
    const r = await exportReview(pathToFileURL(file).href, '通知.docx', async () => eff);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.uri, pathToFileURL(dir.path('通知.审阅.docx')).href);
    assert.equal(r.comments, textFindings(dir).length);
    const refused = await exportReview(pathToFileURL(dir.write('宏.docm', 'x')).href, undefined, async () => eff);
    assert.deepEqual(refused, { ok: false, reason: '不审阅启用宏的 Word 文档（.docm）：请在 Word 中另存为 .docx 后再审阅' });
  });

  it('review.author: a string is the author; anything else is a config problem and the default stays', () => {
    assert.equal(effectiveConfig([]).reviewAuthor, '公文减负助手');
    assert.equal(effectiveConfig([{ config: { review: { author: ' 办公室 ' } } }]).reviewAuthor, '办公室');
    const bad = effectiveConfig([{ config: { review: { author: 3 } } as never, source: 'x.json' }]);
    assert.equal(bad.reviewAuthor, '公文减负助手');
    assert.deepEqual(bad.problems.map((p) => p.key), ['review.author']);
  });

  it('names copies and initials as documented', () => {
    assert.equal(reviewedName(path.join('x', '通知.docx'), 'zh-cn'), '通知.审阅.docx');
    assert.equal(reviewedName('draft.v2.txt', 'en'), 'draft.v2.reviewed.docx');
    assert.equal(initialsOf('公文减负助手'), '公文');
    assert.equal(initialsOf('张三'), '张三');
    assert.equal(initialsOf('Li Ming'), 'LM');
  });
});
