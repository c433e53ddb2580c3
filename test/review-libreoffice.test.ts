// `gongwen review` proved by a real consumer. LibreOffice writes Word inputs (ordinary paragraphs;
// one character per run, as WPS writes; a table, a footnote and page fields; headings, a list, a
// link, a footer and a comment already made in LibreOffice), python-docx writes another, and one
// is written here by hand in Word's own shape (rsids, proofing marks and bookmarks between runs, a
// smart tag, a hyperlink, a comment already present). Every reviewed copy is opened in LibreOffice
// again (converted to flat ODF): one comment per finding of `gongwen check`, each anchored on
// exactly the finding's text, the comments already there kept, and the document's text and each
// character's formatting identical to the original's as LibreOffice reads it. With --suggest,
// LibreOffice sees each safe fix as a tracked deletion and insertion: rejecting them all gives the
// original back, accepting them the fixed text. soffice starts once per batch of files.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { readDocx } from '../server/src/io/docx';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { anchoredText, readFlatOdf, type OdfText } from './helpers/flatOdf';
import { convert, sofficeOrSkip } from './helpers/libreoffice';
import { ROOT } from './helpers/paths';
import { TempTree } from './helpers/tempTree';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'review');

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  rule: string;
  message: string;
  range: Range;
  fixes?: { safe?: boolean; edits: { range: Range; newText: string }[] }[];
}
/** A comment's place: paragraph, [start, end) in it, and the text there. */
interface Anchor {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** Python with python-docx: Debian's python3-docx is in /usr/bin/python3 (a pyenv or venv python may lack it). */
function pythonWithDocx(): string | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(py, ['-c', 'import docx'], { stdio: 'ignore' });
      return py;
    } catch {
      // try the next
    }
  }
  return null;
}

const PYTHON = pythonWithDocx();
const PYTHON_MISSING = 'python-docx is not installed: apt-get install -y --no-install-recommends python3-docx (.ci/run installs it)';

/** The inputs, each with rules its findings must include (so a run with no findings cannot pass). */
const ALL_INPUTS: { name: string; rules: string[]; existingComments?: number }[] = [
  { name: 'notice', rules: ['format.doc-number', 'format.punctuation', 'format.date'] },
  { name: 'wps-runs', rules: ['format.doc-number', 'format.punctuation', 'format.date'] },
  { name: 'table-footnote-field', rules: ['format.doc-number', 'format.punctuation', 'format.date'] },
  { name: 'python-docx', rules: ['format.doc-number', 'format.punctuation'] },
  { name: 'handmade', rules: ['format.doc-number', 'format.punctuation', 'format.date'], existingComments: 1 },
  { name: 'features', rules: ['format.doc-number', 'format.punctuation', 'format.date'], existingComments: 1 },
];
// Outside CI a machine without python-docx runs the other inputs; under CI the suite fails (below).
const INPUTS = ALL_INPUTS.filter((i) => i.name !== 'python-docx' || PYTHON || process.env['CI'] === 'true');

/** Flat ODF with every character of the text in its own span, styles alternating: LibreOffice then writes one w:r per character, as WPS does. */
function oneRunPerCharacter(text: string): string {
  const esc = (c: string): string => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c);
  const paragraphs = text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `<text:p>${[...line].map((c, i) => `<text:span text:style-name="C${i % 2}">${esc(c)}</text:span>`).join('')}</text:p>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' +
    '<office:automatic-styles><style:style style:name="C0" style:family="text"><style:text-properties fo:color="#000000"/></style:style><style:style style:name="C1" style:family="text"><style:text-properties fo:color="#010101"/></style:style></office:automatic-styles>' +
    `<office:body><office:text>${paragraphs.join('')}</office:text></office:body></office:document>\n`
  );
}

/** The author of the comments the handmade and features inputs already have. */
const EXISTING_AUTHOR = '审核人';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A .docx in the shape Word itself writes, unlike LibreOffice's: rsid attributes, w:proofErr and
 * bookmarks between runs, a w:smartTag and a w:hyperlink around runs, runs of one or two
 * characters, and a comment already present (id 0, on the title) that the review must keep.
 */
async function handmadeDocx(): Promise<Buffer> {
  const r = (t: string, rPr = ''): string => `<w:r w:rsidRPr="00A1B2C3"><w:rPr><w:rFonts w:hint="eastAsia"/>${rPr}</w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const p = (inner: string): string => `<w:p w:rsidR="00D4E5F6" w:rsidRDefault="00D4E5F6" w:rsidP="00112233"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>${inner}</w:p>`;
  const body = [
    p(`<w:commentRangeStart w:id="0"/>${r('关于')}${r('加强')}<w:proofErr w:type="spellStart"/>${r('食品安全')}<w:proofErr w:type="spellEnd"/>${r('监管的通知')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`),
    p(`${r('济市监')}<w:bookmarkStart w:id="1" w:name="_GoBack"/>${r('发')}<w:bookmarkEnd w:id="1"/>${r('[')}<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">${r('20')}${r('24')}</w:smartTag>${r(']', '<w:b/>')}${r('9号')}`),
    p(r('各区县市场监管局：')),
    p(`${r('　　为加强')}<w:hyperlink r:id="rIdLink" w:history="1">${r('校园周边')}${r('食品', '<w:u w:val="single"/>')}</w:hyperlink>${r('安全监管')}<w:proofErr w:type="gramStart"/>${r(',')}<w:proofErr w:type="gramEnd"/>${r('现将有关事项通知如下。')}`),
    p(`${r('　　请于8月31日前')}<w:bookmarkStart w:id="2" w:name="报送"/>${r('报送')}<w:bookmarkEnd w:id="2"/>${r('工作总结。')}`),
    p(r('济南市市场监督管理局')),
    p(`${r('2024年')}${r('08')}${r('月')}${r('0')}${r('5日')}`),
  ].join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>',
  );
  zip.file(
    'word/comments.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W_NS}><w:comment w:id="0" w:author="${EXISTING_AUTHOR}" w:date="2024-08-05T09:00:00Z" w:initials="审"><w:p><w:r><w:t>标题请再斟酌。</w:t></w:r></w:p></w:comment></w:comments>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${body}<w:sectPr w:rsidR="00D4E5F6"><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

function cliJson(args: string[]): { files: { path: string; diagnostics: Diagnostic[] }[] } {
  const run = runCli(['check', ...args, '--format', 'json', '--fail-on', 'none']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { files: { path: string; diagnostics: Diagnostic[] }[] };
}

/** Where a finding's comment must sit: its own span when it lies on one line (every finding of these inputs does). */
function expectedAnchor(d: Diagnostic, lines: readonly string[]): Anchor {
  const { start, end } = d.range;
  assert.equal(start.line, end.line, `${d.rule}: the inputs have one-line findings only`);
  return { line: start.line, start: start.character, end: end.character, text: (lines[start.line] ?? '').slice(start.character, end.character) };
}

const byPlace = (a: Anchor, b: Anchor): number => a.line - b.line || a.start - b.start || a.end - b.end || a.text.localeCompare(b.text);

/** The comments review added (not those already in the file) by place, each with its paragraphs. */
function anchorsOf(doc: OdfText): (Anchor & { body: string[] })[] {
  return doc.annotations
    .filter((a) => a.creator !== EXISTING_AUTHOR)
    .map((a) => ({ line: a.start.paragraph, start: a.start.offset, end: a.end?.offset ?? a.start.offset, text: anchoredText(doc, a), body: a.body }))
    .sort((a, b) => byPlace(a, b) || a.body.join().localeCompare(b.body.join()));
}

/** The findings' places, in the order anchorsOf gives the comments (two findings on one span: by message). */
function findingPlaces(findings: readonly Diagnostic[], lines: readonly string[]): (Anchor & { message: string })[] {
  return findings.map((d) => ({ ...expectedAnchor(d, lines), message: d.message })).sort((a, b) => byPlace(a, b) || a.message.localeCompare(b.message));
}

/** The text and formatting with the given changes' ranges cut out (one-paragraph ranges): rejecting insertions or accepting deletions. */
function without(doc: OdfText, kind: 'insertion' | 'deletion'): { paragraphs: string[]; formats: string[][] } {
  const paragraphs = [...doc.paragraphs];
  const formats = doc.formats.map((f) => [...f]);
  const cuts = doc.changes.filter((c) => c.kind === kind && c.start && c.end).sort((a, b) => b.start!.paragraph - a.start!.paragraph || b.start!.offset - a.start!.offset);
  for (const c of cuts) {
    const { paragraph, offset } = c.start!;
    assert.equal(paragraph, c.end!.paragraph, `change ${c.id} stays in one paragraph`);
    paragraphs[paragraph] = paragraphs[paragraph]!.slice(0, offset) + paragraphs[paragraph]!.slice(c.end!.offset);
    formats[paragraph]!.splice(offset, c.end!.offset - offset);
  }
  return { paragraphs, formats };
}

/** The lines with each finding's first safe fix applied (no two edits overlapping; the first kept). */
function withSafeFixes(lines: readonly string[], diagnostics: readonly Diagnostic[]): string[] {
  const edits = diagnostics.flatMap((d) => d.fixes?.find((f) => f.safe)?.edits ?? []);
  const kept: typeof edits = [];
  for (const e of edits) {
    const overlaps = kept.some((k) => k.range.start.line === e.range.start.line && k.range.start.character < e.range.end.character && e.range.start.character < k.range.end.character);
    if (!overlaps) kept.push(e);
  }
  const out = [...lines];
  for (const e of kept.sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    const l = out[e.range.start.line]!;
    out[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  return out;
}

/** LibreOffice computes page fields at layout, which a headless conversion leaves undone: a page number may read 0 where Word's file says 1. */
function sameButPageDigits(lo: readonly string[], gw: readonly string[]): boolean {
  return lo.length === gw.length && lo.every((p, i) => p === gw[i] || (p.length === gw[i]!.length && p.split('').every((c, j) => c === gw[i]![j] || (/\d/.test(c) && /\d/.test(gw[i]![j]!)))));
}

describe('reviewed Word files read back by LibreOffice', function () {
  this.timeout(300_000);
  let t: TempTree;
  /** Per input: the text gongwen reads, check's findings (with the fixes a plain-text copy offers), and LibreOffice's reading of the original, the reviewed copy and the suggested copy. */
  const seen = new Map<string, { lines: string[]; findings: Diagnostic[]; original: OdfText; reviewed: OdfText; suggested: OdfText }>();
  /** The plain-text draft: its lines, findings, and LibreOffice's reading of the Word file review made of it. */
  let draft: { lines: string[]; findings: Diagnostic[]; reviewed: OdfText };
  let pdfs: string[] = [];

  before(async function () {
    const soffice = sofficeOrSkip(this);
    ensureBuilt();
    t = new TempTree('gongwen-lo-');
    const dir = (name: string): string => {
      mkdirSync(t.path(name), { recursive: true });
      return t.path(name);
    };
    const [src, input, out, suggest, twins, back, pdf] = ['src', 'in', 'out', 'suggest', 'twins', 'back', 'pdf'].map(dir) as [string, string, string, string, string, string, string];

    // Inputs: LibreOffice writes three in one run, python-docx one, this file one; and a plain-text draft.
    copyFileSync(path.join(FIXTURES, 'notice.fodt'), path.join(src, 'notice.fodt'));
    for (const n of ['table-footnote-field', 'features']) copyFileSync(path.join(FIXTURES, `${n}.fodt`), path.join(src, `${n}.fodt`));
    writeFileSync(path.join(src, 'wps-runs.fodt'), oneRunPerCharacter(readFileSync(path.join(FIXTURES, 'wps-runs.txt'), 'utf8')));
    await convert(soffice, ['notice', 'wps-runs', 'table-footnote-field', 'features'].map((n) => path.join(src, `${n}.fodt`)), 'docx', input);
    if (PYTHON) execFileSync(PYTHON, [path.join(FIXTURES, 'python-docx.py'), path.join(input, 'python-docx.docx')]);
    else if (process.env['CI'] === 'true') throw new Error(PYTHON_MISSING);
    else console.warn(`  ${PYTHON_MISSING}: that input is left out`);
    writeFileSync(path.join(input, 'handmade.docx'), await handmadeDocx());
    copyFileSync(path.join(FIXTURES, 'wps-runs.txt'), path.join(input, 'draft.txt'));

    // Review, plain and with --suggest; the suggested copies renamed so one LibreOffice run reads everything back.
    const docxs = INPUTS.map((i) => path.join(input, `${i.name}.docx`));
    const all = [...docxs, path.join(input, 'draft.txt')];
    const plain = runCli(['review', ...all, '--out-dir', out, '--locale', 'zh-cn']);
    assert.equal(plain.status, 0, plain.stderr);
    const suggested = runCli(['review', ...docxs, '--out-dir', suggest, '--suggest', '--locale', 'zh-cn']);
    assert.equal(suggested.status, 0, suggested.stderr);
    for (const i of INPUTS) renameSync(path.join(suggest, `${i.name}.审阅.docx`), path.join(suggest, `${i.name}.suggested.docx`));
    const reviewed = [...INPUTS.map((i) => i.name), 'draft'].map((n) => path.join(out, `${n}.审阅.docx`));
    await convert(soffice, [...docxs, ...reviewed, ...INPUTS.map((i) => path.join(suggest, `${i.name}.suggested.docx`))], 'fodt', back);
    pdfs = await convert(soffice, [path.join(out, 'table-footnote-field.审阅.docx'), path.join(out, 'draft.审阅.docx')], 'pdf', pdf);

    // What gongwen reads and finds: the .docx itself, and a plain-text twin for the fixes a .docx does not list.
    const lines = new Map<string, string[]>();
    for (const i of INPUTS) {
      const read = await readDocx(path.join(input, `${i.name}.docx`));
      assert.ok(read.ok, `${i.name}.docx reads`);
      lines.set(i.name, read.text.split('\n'));
      writeFileSync(path.join(twins, `${i.name}.txt`), read.text + '\n');
    }
    const found = cliJson([...docxs, path.join(input, 'draft.txt')]);
    const twinFound = cliJson(INPUTS.map((i) => path.join(twins, `${i.name}.txt`)));
    const findingsOf = (files: typeof found.files, base: string): Diagnostic[] => files.find((f) => path.basename(f.path) === base)?.diagnostics ?? [];
    const odf = (name: string): OdfText => readFlatOdf(readFileSync(path.join(back, `${name}.fodt`), 'utf8'));
    for (const i of INPUTS) {
      const twin = findingsOf(twinFound.files, `${i.name}.txt`);
      assert.deepEqual(
        twin.map((d) => [d.rule, d.range]),
        findingsOf(found.files, `${i.name}.docx`).map((d) => [d.rule, d.range]),
        `${i.name}: the plain-text twin has the same findings`,
      );
      seen.set(i.name, { lines: lines.get(i.name)!, findings: twin, original: odf(i.name), reviewed: odf(`${i.name}.审阅`), suggested: odf(`${i.name}.suggested`) });
    }
    draft = { lines: readFileSync(path.join(input, 'draft.txt'), 'utf8').replace(/\n$/, '').split('\n'), findings: findingsOf(found.files, 'draft.txt'), reviewed: odf('draft.审阅') };
  });

  after(() => t?.remove());

  it('LibreOffice and gongwen read the same paragraphs from every input, and find the slips planted in them', () => {
    for (const i of INPUTS) {
      const s = seen.get(i.name)!;
      assert.ok(sameButPageDigits(s.original.paragraphs, s.lines), `${i.name}:\n${JSON.stringify(s.original.paragraphs)}\n${JSON.stringify(s.lines)}`);
      for (const rule of i.rules) assert.ok(s.findings.some((d) => d.rule === rule), `${i.name}: a ${rule} finding`);
    }
  });

  for (const i of INPUTS) {
    it(`${i.name}: one comment per finding, each on exactly the finding's text; text and formatting unchanged`, () => {
      const s = seen.get(i.name)!;
      const existing = i.existingComments ?? 0;
      assert.equal(s.reviewed.annotations.length, s.findings.length + existing, 'comments = findings (+ those already there)');
      const kept = (doc: OdfText) => doc.annotations.filter((a) => a.creator === EXISTING_AUTHOR).map((a) => ({ body: a.body, start: a.start, text: anchoredText(doc, a) }));
      assert.equal(kept(s.reviewed).length, existing);
      assert.deepEqual(kept(s.reviewed), kept(s.original), 'the comments already there are kept, where they were');
      const comments = anchorsOf(s.reviewed);
      const places = findingPlaces(s.findings, s.lines);
      assert.deepEqual(
        comments.map(({ body: _, ...a }) => a),
        places.map(({ message: _, ...a }) => a),
      );
      comments.forEach((c, k) => {
        // The comment reads: the message (its clause in a paragraph of its own), the clause, the suggestion.
        assert.ok(c.body[0] && places[k]!.message.startsWith(c.body[0]), `${JSON.stringify(c.body)} begins with the message ${places[k]!.message}`);
        assert.ok(c.body.length >= 2, `${JSON.stringify(c.body)} has the clause`);
      });
      for (const a of s.reviewed.annotations.filter((x) => x.creator !== EXISTING_AUTHOR)) {
        assert.equal(a.creator, '公文减负助手');
        assert.match(a.date, /^\d{4}-\d\d-\d\d/);
      }
      // The document's text, comments aside, is byte-identical to the original's as LibreOffice reads both; so is every character's formatting.
      assert.deepEqual(s.reviewed.paragraphs, s.original.paragraphs);
      assert.deepEqual(s.reviewed.formats, s.original.formats);
    });

    it(`${i.name} --suggest: each safe fix a tracked change; rejecting them gives the original back, accepting them the fixed text`, () => {
      const s = seen.get(i.name)!;
      const kinds = s.suggested.changes.map((c) => c.kind);
      assert.ok(s.findings.some((d) => d.fixes?.some((f) => f.safe)), 'the input has safe fixes');
      assert.ok(kinds.includes('insertion') && kinds.includes('deletion'), `insertions and deletions: ${kinds.join(', ')}`);
      assert.ok(s.suggested.changes.every((c) => c.creator === '公文减负助手'));
      const rejected = without(s.suggested, 'insertion');
      assert.deepEqual(rejected.paragraphs, s.original.paragraphs);
      assert.deepEqual(rejected.formats, s.original.formats);
      const accepted = without(s.suggested, 'deletion').paragraphs;
      assert.ok(sameButPageDigits(accepted, withSafeFixes(s.lines, s.findings)), JSON.stringify(accepted));
      assert.equal(s.suggested.annotations.length, s.findings.length + (i.existingComments ?? 0), 'the comments are there too');
    });
  }

  it('a plain-text draft becomes a Word file LibreOffice reads line for line, in the GB/T 9704 fonts, with a comment on each finding', () => {
    const { reviewed, lines, findings } = draft;
    assert.deepEqual(reviewed.paragraphs, lines);
    assert.ok(findings.length >= 3, `findings: ${findings.map((d) => d.rule).join(', ')}`);
    assert.deepEqual(
      anchorsOf(reviewed).map(({ body: _, ...a }) => a),
      findingPlaces(findings, lines).map(({ message: _, ...a }) => a),
    );
    const title = reviewed.formats[0]![0]!;
    for (const p of ['style:font-family-asian=方正小标宋简体', 'style:font-size-asian=22pt', 'fo:text-align=center']) assert.ok(title.includes(p), `title: ${p} in ${title}`);
    for (const f of reviewed.formats.slice(1).flat()) for (const p of ['style:font-family-asian=仿宋_GB2312', 'style:font-size-asian=16pt']) assert.ok(f.includes(p), `body: ${p} in ${f}`);
  });

  it('LibreOffice lays the reviewed copies out as PDF', () => {
    for (const p of pdfs) {
      const bytes = readFileSync(p);
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', p);
      assert.ok(bytes.length > 2000, `${p}: ${bytes.length} bytes`);
    }
  });
});
