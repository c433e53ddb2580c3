// The Word writer of reviewed copies (review/docxReview.ts): comments anchored on exactly the
// characters of a span however the text is cut into runs (one character per run, formatting
// splits, entities, tabs, hyperlinks, fields, tables), tracked changes that accept to the fixed
// text and reject to the original, an existing comments part kept, the package's relationships
// and content types written once, and archives refused as reading refuses them. Documents are
// built here with jszip; results are read back with jszip.

import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { wordText, wordTextMap, sourceOffset } from '../server/src/io/wordXml';
import { reviewDocx } from '../server/src/review/docxReview';
import type { ReviewAuthor, ReviewChange, ReviewComment } from '../server/src/review/types';
import { docxBomb, honest, writeZip } from './helpers/zip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const AUTHOR: ReviewAuthor = { name: '公文减负助手', initials: '公文', date: new Date('2026-03-02T08:30:00.000Z') };
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>';
const FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年05月08日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
/** Bytes no XML part has: an image, copied as stored. */
const PICTURE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 251));

const documentXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const r = (text: string, rPr = ''): string => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;

async function makeDocx(body: string, extra: Record<string, string> = {}, streamFiles = false): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', extra['[Content_Types].xml'] ?? CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/_rels/document.xml.rels', extra['word/_rels/document.xml.rels'] ?? DOC_RELS);
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}/>`);
  zip.file('word/media/image1.png', PICTURE, { compression: 'STORE' });
  for (const [name, text] of Object.entries(extra)) if (!zip.file(name)) zip.file(name, text);
  zip.file('word/document.xml', documentXml(body));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles });
}

interface Reviewed {
  zip: JSZip;
  doc: string;
  comments: string;
}

async function review(bytes: Uint8Array, comments: ReviewComment[], changes: ReviewChange[] = []): Promise<Reviewed> {
  const res = await reviewDocx(bytes, comments, changes, AUTHOR);
  assert.ok(res.ok, res.ok ? '' : res.reason.en);
  const zip = await JSZip.loadAsync(res.bytes);
  const doc = await zip.file('word/document.xml')!.async('string');
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  return { zip, doc, comments: commentsXml };
}

const note = (line: number, start: number, end: number, ...paragraphs: string[]): ReviewComment => ({ span: { line, start, end }, paragraphs: paragraphs.length ? paragraphs : [`${line}:${start}-${end}`] });

/** The text between a comment's range start and end, as Word shows it (pending deletions left out). */
function anchored(doc: string, id: number): string {
  const start = doc.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = doc.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  assert.ok(start >= 0 && end > start, `comment ${id} anchored in order`);
  assert.equal(doc.split(`<w:commentRangeStart w:id="${id}"/>`).length, 2, `one start for ${id}`);
  assert.ok(doc.includes(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`), `reference after the end of ${id}`);
  return wordText(doc.slice(start, end));
}

/** Every span's text in the original: what each comment must anchor on. */
function spanText(text: string, c: ReviewComment): string {
  return text.split('\n')[c.span.line]!.slice(c.span.start, c.span.end);
}

function commentIds(comments: string): number[] {
  return [...comments.matchAll(/<w:comment\b[^>]*?w:id="(\d+)"/g)].map((m) => Number(m[1]));
}

/** The document as Word shows it after accepting every change: deletions dropped, insertions kept. */
const accepted = (doc: string): string => wordText(doc.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '').replace(/<\/?w:ins\b[^>]*>/g, ''));
/** … and after rejecting them: insertions dropped, deleted text back. */
const rejected = (doc: string): string => wordText(doc.replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '').replace(/<\/?w:del\b[^>]*>/g, '').replace(/w:delText/g, 'w:t'));

async function checkAnchors(body: string, comments: ReviewComment[]): Promise<Reviewed> {
  const original = wordText(documentXml(body));
  const out = await review(await makeDocx(body), comments);
  assert.equal(wordText(out.doc), original, 'the text is kept, in order');
  comments.forEach((c, i) => assert.equal(anchored(out.doc, i), spanText(original, c), `comment ${i} on ${JSON.stringify(spanText(original, c))}`));
  return out;
}

describe('reviewed .docx: comments anchored on their spans', () => {
  it('one character per run (as WPS writes): spans over many runs anchor on exactly their characters', async () => {
    const body = p(...[...'关于开展专项检查的通知'].map((ch) => r(ch, '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'))) + p(...[...'各区县：'].map((ch) => r(ch)));
    const out = await checkAnchors(body, [note(0, 2, 6), note(0, 0, 1), note(0, 9, 11), note(1, 0, 3)]);
    assert.deepEqual(commentIds(out.comments), [0, 1, 2, 3]);
    // No run was split: every cut fell between runs.
    assert.equal((out.doc.match(/<w:t /g) ?? []).length, 15);
  });

  it('a formatted run cut in the middle: both halves keep its properties (bold, font)', async () => {
    const rPr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>';
    const body = p(`<w:r w:rsidR="00A1">${rPr}<w:t>现将有关事项通知如下</w:t></w:r>`);
    const out = await checkAnchors(body, [note(0, 2, 4)]);
    const runs = [...out.doc.matchAll(/<w:r w:rsidR="00A1">([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    assert.deepEqual(
      runs.map((x) => x.replace(/<w:t[^>]*>/, '<w:t>')),
      ['现将', '有关', '事项通知如下'].map((t) => `${rPr}<w:t>${t}</w:t>`),
    );
    // Split text keeps its spaces wherever a cut leaves them at an edge.
    assert.ok(runs.every((x) => x.includes('<w:t xml:space="preserve">')));
  });

  it('a span over two runs, and spans ending and starting at the same place', async () => {
    const body = p(r('关于开展'), r('专项检查', '<w:rPr><w:i/></w:rPr>'), r('工作的通知'));
    const out = await checkAnchors(body, [note(0, 2, 6), note(0, 6, 9), note(0, 3, 5)]);
    assert.ok(out.doc.includes('<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:commentRangeStart w:id="1"/>'), 'an end closes before the next start opens');
  });

  it('entities (&amp; &lt;) count as one character each and are never cut', async () => {
    const body = p(r('甲&amp;乙&lt;丙&gt;丁&#x4E00;二'));
    const out = await checkAnchors(body, [note(0, 1, 2), note(0, 2, 4), note(0, 5, 8)]);
    assert.equal(anchored(out.doc, 0), '&');
    assert.ok(out.doc.includes('<w:t xml:space="preserve">&amp;</w:t>'));
  });

  it('a tab is one character: spans start at it, end at it, or go over it', async () => {
    const body = p('<w:r><w:t>一、</w:t><w:tab/><w:t>总体要求</w:t></w:r>');
    const out = await checkAnchors(body, [note(0, 2, 3), note(0, 1, 4), note(0, 2, 6)]);
    assert.equal(anchored(out.doc, 0), '\t');
  });

  it('a span from plain text into a hyperlink and out again', async () => {
    const body = p(r('详见'), `<w:hyperlink r:id="rId2"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>政务网站</w:t></w:r></w:hyperlink>`, r('通知栏'));
    const out = await checkAnchors(body, [note(0, 1, 4), note(0, 4, 7), note(0, 2, 6)]);
    assert.match(out.doc, /<w:hyperlink r:id="rId2">.*<w:commentRangeEnd w:id="0"\/>.*<\/w:hyperlink>/);
  });

  it('a field is kept whole: a span touching its result anchors on the whole field, outside its code and result', async () => {
    const body = p(r('日期：'), FIELD, r('。')) + p(r('第'), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>', r('页'));
    const original = wordText(documentXml(body));
    assert.equal(original, '日期：2024年05月08日。\n第3页');
    const out = await review(await makeDocx(body), [note(0, 3, 14), note(0, 8, 10), note(0, 0, 3), note(1, 1, 2), note(0, 14, 15)]);
    assert.equal(wordText(out.doc), original);
    assert.deepEqual([0, 1, 2, 3, 4].map((id) => anchored(out.doc, id)), ['2024年05月08日', '2024年05月08日', '日期：', '3', '。']);
    const [, inside] = /fldCharType="begin"([\s\S]*?)fldCharType="end"/.exec(out.doc)!;
    assert.doesNotMatch(inside!, /comment/, 'no markup between the field\'s begin and end');
    assert.doesNotMatch(/<w:fldSimple[\s\S]*?<\/w:fldSimple>/.exec(out.doc)![0], /comment/);
  });

  it('a field over several paragraphs (a table of contents) is not kept whole: its entries are text like any other', async () => {
    const body = p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('一、总体要求')) + p(r('二、重点任务'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>');
    await checkAnchors(body, [note(0, 2, 4), note(1, 2, 4)]);
  });

  it('text in alternate content (a text box) is read from its fallback; the comment anchors on the run holding it', async () => {
    const box = (t: string): string => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const body = p(r('前'), `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('框内文字')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('框内文字')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`, r('后'));
    assert.equal(wordText(documentXml(body)), '前框内文字\n后', 'the text box paragraph ends the line it sits in');
    const out = await review(await makeDocx(body), [note(0, 2, 4)]);
    assert.equal(wordText(out.doc), wordText(documentXml(body)));
    assert.match(out.doc, /<w:commentRangeStart w:id="0"\/><w:r><mc:AlternateContent>.*<\/mc:AlternateContent><\/w:r><w:commentRangeEnd w:id="0"\/>/);
  });

  it('tables: each cell is a paragraph, and a span in a cell anchors inside that cell', async () => {
    const cell = (t: string): string => `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>${p(r(t))}</w:tc>`;
    const body = p(r('附表')) + `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cell('时间')}${cell('内容安排')}</w:tr></w:tbl>` + p(r('表后'));
    const out = await checkAnchors(body, [note(2, 0, 2), note(1, 1, 2), note(3, 0, 2)]);
    assert.match(out.doc, /<w:tc><w:tcPr><w:tcW w:w="2000"\/><\/w:tcPr><w:p><w:commentRangeStart w:id="0"\/>.*?<\/w:tc>/);
  });

  it('a byte order mark at the start of the text (left out of the analysed text) does not shift the first line', async () => {
    const out = await review(await makeDocx(p(r('\ufeff关于通知')) + p(r('正文'))), [note(0, 0, 2), note(1, 0, 2)]);
    assert.equal(anchored(out.doc, 0), '关于');
    assert.equal(anchored(out.doc, 1), '正文');
  });

  it('an empty span anchors on its point; an empty paragraph holds its comment', async () => {
    const body = p(r('正文')) + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>' + '<w:p/>';
    const out = await checkAnchors(body, [note(0, 1, 1), note(0, 2, 2), note(1, 0, 0), note(2, 0, 0)]);
    assert.ok(out.doc.includes('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:commentRangeStart w:id="2"/><w:commentRangeEnd w:id="2"/>'));
    assert.ok(out.doc.includes('<w:p><w:commentRangeStart w:id="3"/>'));
  });

  it('the comment part: author, initials, date, one paragraph per line of the note (escaped)', async () => {
    const out = await review(await makeDocx(p(r('关于开展检查的通知'))), [note(0, 0, 2, '发文字号用六角括号〔〕', '依据：GB 7.2.5', '建议改为：<〔2024〕1号> & 其他')]);
    assert.equal(
      out.comments.match(/<w:comment [\s\S]*<\/w:comment>/)![0],
      '<w:comment w:id="0" w:author="公文减负助手" w:date="2026-03-02T08:30:00Z" w:initials="公文"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">发文字号用六角括号〔〕</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">依据：GB 7.2.5</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">建议改为：&lt;〔2024〕1号&gt; &amp; 其他</w:t></w:r></w:p></w:comment>',
    );
  });
});

describe('reviewed .docx: the package around the body', () => {
  it('relationship and content type written once; other parts copied byte for byte', async () => {
    const out = await review(await makeDocx(p(r('正文一')) + p(r('正文二'))), [note(0, 0, 2), note(1, 1, 3)]);
    const rels = await out.zip.file('word/_rels/document.xml.rels')!.async('string');
    const types = await out.zip.file('[Content_Types].xml')!.async('string');
    assert.equal(rels.match(/relationships\/comments"/g)?.length, 1);
    assert.match(rels, /<Relationship Id="rId3" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"\/>/);
    assert.equal(rels.match(/<Relationship /g)?.length, 3, 'the styles and hyperlink relationships kept');
    assert.equal(types.match(/PartName="\/word\/comments.xml"/g)?.length, 1);
    assert.ok(types.includes('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"'));
    assert.deepEqual(await out.zip.file('word/media/image1.png')!.async('nodebuffer'), PICTURE);
    assert.deepEqual(Object.keys(out.zip.files).filter((n) => !n.endsWith('/')).sort(), ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/comments.xml', 'word/document.xml', 'word/media/image1.png', 'word/styles.xml']);
  });

  it('an archive written as a stream (sizes in data descriptors after each entry) is copied with its sizes in the headers', async () => {
    const bytes = await makeDocx(p(r('正文一')), {}, true);
    assert.equal(Buffer.from(bytes).readUInt16LE(6) & 0x8, 0x8, 'the input uses data descriptors');
    const out = await review(bytes, [note(0, 1, 2)]);
    assert.equal(anchored(out.doc, 0), '文');
    assert.deepEqual(await out.zip.file('word/media/image1.png')!.async('nodebuffer'), PICTURE);
    assert.equal(await out.zip.file('word/styles.xml')!.async('string'), `<?xml version="1.0"?><w:styles ${W}/>`);
  });

  it('an existing comments part (ids 0 and 1) is kept; new comments are numbered 2, 3; nothing is added twice', async () => {
    const old = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="审核人" w:initials="审"><w:p><w:r><w:t>旧批注一</w:t></w:r></w:p></w:comment><w:comment w:id="1" w:author="审核人"><w:p><w:r><w:t>旧批注二</w:t></w:r></w:p></w:comment></w:comments>`;
    const types = CONTENT_TYPES.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>');
    const rels = DOC_RELS.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>');
    const body = p('<w:commentRangeStart w:id="0"/>', r('旧的'), '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', r('新的')) + p('<w:commentRangeStart w:id="1"/>', r('第二段'), '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>');
    const bytes = await makeDocx(body, { 'word/comments.xml': old, '[Content_Types].xml': types, 'word/_rels/document.xml.rels': rels });
    const out = await review(bytes, [note(0, 2, 4), note(1, 0, 3)]);
    assert.deepEqual(commentIds(out.comments), [0, 1, 2, 3]);
    assert.ok(out.comments.includes('旧批注一') && out.comments.includes('旧批注二'));
    assert.equal(anchored(out.doc, 0), '旧的');
    assert.equal(anchored(out.doc, 2), '新的');
    assert.equal(anchored(out.doc, 3), '第二段');
    const outRels = await out.zip.file('word/_rels/document.xml.rels')!.async('string');
    const outTypes = await out.zip.file('[Content_Types].xml')!.async('string');
    assert.equal(outRels, rels);
    assert.equal(outTypes, types);
  });

  it('a comments relationship already there names the part: the comments go into it, no relationship added', async () => {
    const rels = DOC_RELS.replace('</Relationships>', '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/word/notes.xml"/></Relationships>');
    const old = `<?xml version="1.0"?><w:comments ${W}/>`;
    const out = await review(await makeDocx(p(r('正文')), { 'word/_rels/document.xml.rels': rels, 'word/notes.xml': old }), [note(0, 0, 1, '批注\u0001文字\ud800')]);
    assert.equal(out.zip.file('word/comments.xml'), null);
    assert.equal(await out.zip.file('word/_rels/document.xml.rels')!.async('string'), rels);
    const notes = await out.zip.file('word/notes.xml')!.async('string');
    assert.match(notes, /^<\?xml version="1.0"\?><w:comments [^>]*><w:comment w:id="0" [^>]*><w:p><w:r><w:annotationRef\/><\/w:r><w:r><w:t xml:space="preserve">批注文字<\/w:t><\/w:r><\/w:p><\/w:comment><\/w:comments>$/, 'characters XML cannot hold are left out');
    const types = await out.zip.file('[Content_Types].xml')!.async('string');
    assert.equal(types.match(/PartName="\/word\/notes.xml"/g)?.length, 1);
  });

  it('a split text that said xml:space="default" keeps its edge spaces (preserve)', async () => {
    const out = await checkAnchors(p('<w:r><w:t xml:space="default">甲 乙 丙</w:t></w:r>'), [note(0, 2, 3)]);
    assert.equal((out.doc.match(/<w:t xml:space="preserve">/g) ?? []).length, 3);
  });

  it('malformed markup nested 100,000 deep around the text: the comment goes beside the run, in linear time', async () => {
    const body = p('<w:r>' + '<w:x>'.repeat(100_000) + '<w:t>深层文字</w:t></w:r>', r('后文'));
    const out = await review(await makeDocx(body), [note(0, 1, 2), note(0, 4, 6)]);
    assert.equal(wordText(out.doc), '深层文字后文');
    assert.equal(anchored(out.doc, 0), '深层文字');
    assert.equal(anchored(out.doc, 1), '后文');
  });

  it('no comments, no change: the body is written back unchanged and no comment part is added', async () => {
    const body = p(r('关于&amp;开展')) + '<!-- 注释 --><w:p><w:r><w:t><![CDATA[原样<文字>]]></w:t></w:r></w:p>';
    const out = await review(await makeDocx(body), []);
    assert.equal(out.doc, documentXml(body));
    assert.equal(out.zip.file('word/comments.xml'), null);
  });

  it('archives are refused as reading refuses them: not a zip, a bomb, a lying directory, a .docm', async () => {
    const refused = async (bytes: Uint8Array): Promise<string> => {
      const res = await reviewDocx(bytes, [note(0, 0, 1)], [], AUTHOR);
      assert.equal(res.ok, false);
      return res.ok ? '' : res.reason.zh;
    };
    assert.match(await refused(Buffer.from('这不是压缩包')), /^不是 .docx 压缩包/);
    assert.match(await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])), /加密的文档/);
    assert.match(await refused(docxBomb(400)), /^文件过大：Word 文档解压后的正文部件超过/);
    assert.match(await refused(docxBomb(400, 1000)), /^压缩比异常：Word 文档部件 word\/document.xml 解压后超过其声明的 1,000 字节/);
    assert.match(await refused(writeZip([honest('word/styles.xml', '<w:styles/>')])), /缺少正文部件 word\/document\.xml/);
    const crowded = [honest('word/document.xml', documentXml(p(r('正文')))), ...Array.from({ length: 10_000 }, (_, i) => honest(`word/media/x${i}.bin`, 'x'))];
    assert.match(await refused(writeZip(crowded)), /^无法读取的 Word 文档：压缩包有 10,001 个条目，超过上限 10,000$/);
    const docm = CONTENT_TYPES.replace('document.main+xml', 'document.macroEnabled.main+xml');
    assert.match(await refused(await makeDocx(p(r('正文')), { '[Content_Types].xml': docm })), /含宏/);
  });
});

describe('reviewed .docx: tracked changes', () => {
  const fix = (line: number, start: number, end: number, newText: string): ReviewChange => ({ span: { line, start, end }, newText });

  it('a change deletes the span as w:delText, inserts the new text with the same properties; accept gives the fix, reject the original', async () => {
    const rPr = '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>';
    const body = p(r('济南市人民政府', rPr), r('文件[2024]', rPr), r('5号', rPr)) + p(...[...'会议定于2024年05月08日召开,请准时参加'].map((ch) => r(ch)));
    const original = wordText(documentXml(body));
    const changes = [fix(0, 9, 15, '〔2024〕'), fix(1, 9, 10, ''), fix(1, 17, 18, '，')];
    const out = await review(await makeDocx(body), [note(0, 9, 15, '发文字号')], changes);
    assert.equal(accepted(out.doc), '济南市人民政府文件〔2024〕5号\n会议定于2024年5月08日召开，请准时参加');
    assert.equal(rejected(out.doc), original);
    assert.equal(wordText(out.doc), accepted(out.doc), 'the text as Word shows it with changes pending');
    const deleted = [...out.doc.matchAll(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/g)].map((m) => [...m[1]!.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((t) => t[1]).join(''));
    assert.deepEqual(deleted, ['[2024]', '0', ',']);
    const inserted = [...out.doc.matchAll(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => m[1]!);
    assert.deepEqual(inserted, [`<w:r>${rPr}<w:t xml:space="preserve">〔2024〕</w:t></w:r>`, '<w:r><w:t xml:space="preserve">，</w:t></w:r>']);
    // The comment on the same span holds the deletion and the insertion.
    assert.match(out.doc, /<w:commentRangeStart w:id="0"\/><w:del [^>]*>.*?<\/w:del><w:ins [^>]*>.*?<\/w:ins><w:commentRangeEnd w:id="0"\/>/);
    const ids = [...out.doc.matchAll(/<w:(?:ins|del) w:id="(\d+)" w:author="公文减负助手" w:date="2026-03-02T08:30:00Z">/g)].map((m) => Number(m[1]));
    assert.equal(ids.length, 5);
    assert.equal(new Set([...ids, 0]).size, 6, 'revision ids unique, apart from the comment ids');
  });

  it('a change over runs parted by a bookmark and proofing marks: each stretch of runs deleted, the text inserted once', async () => {
    const body = p(r('会议'), '<w:proofErr w:type="spellStart"/>', r('定'), '<w:bookmarkStart w:id="0" w:name="_GoBack"/>', r('于'), '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/>', r('周一'));
    const out = await review(await makeDocx(body), [note(0, 2, 4)], [fix(0, 2, 4, '将于')]);
    assert.equal(accepted(out.doc), '会议将于周一');
    assert.equal(rejected(out.doc), '会议定于周一');
    assert.equal((out.doc.match(/<w:del /g) ?? []).length, 2);
    assert.equal((out.doc.match(/<w:ins /g) ?? []).length, 1);
    assert.ok(out.doc.includes('<w:bookmarkStart w:id="0" w:name="_GoBack"/>'));
    assert.ok(out.doc.includes('<w:commentRangeStart w:id="0"/>') && out.comments.includes('w:id="0"'), 'a comment may share its number with a bookmark, as in Word');
  });

  it('an insertion at a point, a change over a tab and a hyperlink, and overlapping changes (the first kept)', async () => {
    const body = p('<w:r><w:t>一、</w:t><w:tab/><w:t>要求</w:t></w:r>', `<w:hyperlink r:id="rId2"><w:r><w:t>网站</w:t></w:r></w:hyperlink>`, r('末尾'));
    const out = await review(await makeDocx(body), [], [fix(0, 0, 0, '（'), fix(0, 2, 7, '要求与网站'), fix(0, 5, 8, 'x'), fix(0, 9, 9, '。')]);
    assert.equal(accepted(out.doc), '（一、要求与网站末尾。');
    assert.equal(rejected(out.doc), wordText(documentXml(body)));
    assert.match(out.doc, /<w:hyperlink r:id="rId2"><w:del [^>]*><w:r><w:delText xml:space="preserve">网站<\/w:delText><\/w:r><\/w:del><w:ins /, 'the part in the link deleted inside the link');
  });
});

describe('reviewed .docx: a change on a field', () => {
  it('replaces the whole field: its runs deleted (code as w:delInstrText), the new text inserted after', async () => {
    const body = p(r('日期：'), FIELD, r('。'));
    const out = await review(await makeDocx(body), [], [{ span: { line: 0, start: 3, end: 14 }, newText: '2024年5月8日' }, { span: { line: 0, start: 8, end: 9 }, newText: '' }]);
    assert.equal(accepted(out.doc), '日期：2024年5月8日。');
    assert.equal(rejected(out.doc).replace(/w:delInstrText/g, 'w:instrText'), wordText(documentXml(body)));
    assert.match(out.doc, /<w:del [^>]*><w:r><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:delInstrText xml:space="preserve"> DATE [^<]*<\/w:delInstrText><\/w:r>.*<w:fldChar w:fldCharType="end"\/><\/w:r><\/w:del><w:ins /);
  });

  it('a change inside a field replaces the whole field with its text fixed; a second change in the same field is left out', async () => {
    const body = p(r('日期：'), FIELD, r('。'));
    const out = await review(await makeDocx(body), [note(0, 8, 10)], [{ span: { line: 0, start: 8, end: 9 }, newText: '' }, { span: { line: 0, start: 11, end: 12 }, newText: '' }, { span: { line: 0, start: 14, end: 15 }, newText: '．' }]);
    assert.equal(accepted(out.doc), '日期：2024年5月08日．');
    assert.equal(rejected(out.doc).replace(/w:delInstrText/g, 'w:instrText'), wordText(documentXml(body)));
    assert.equal((out.doc.match(/<w:ins /g) ?? []).length, 2);
    assert.equal(anchored(out.doc, 0), '2024年5月08日', 'the comment holds the field and its replacement');
  });
});

describe('wordTextMap: where each character came from', () => {
  it('gives the same text as wordText, and each character is found at its source', () => {
    const xml = documentXml(
      p(r('关于&amp;开展'), '<w:r><w:tab/><w:t>检查&lt;督查&gt;&#x4E00;</w:t></w:r>') + p('<w:r><w:t><![CDATA[原样<文字>]]></w:t></w:r>', '<w:del w:id="1"><w:r><w:delText>删</w:delText></w:r></w:del>', r('尾')) + '<w:p/>' + p(r('末')),
    );
    const map = wordTextMap(xml);
    assert.equal(map.text, wordText(xml));
    let covered = 0;
    for (const s of map.sources) {
      covered += s.length;
      for (let k = 0; k < s.length; k++) {
        const at = sourceOffset(xml, s, k);
        const ch = map.text[s.at + k]!;
        if (s.kind === 'mark') assert.equal(xml.slice(at, at + 8), '<w:tab/>');
        else if (xml[at] === '&') assert.equal(wordText(`<w:t>${xml.slice(at, sourceOffset(xml, s, k + 1))}</w:t>`), ch);
        else assert.equal(xml[at], ch);
      }
    }
    assert.equal(covered, map.text.replace(/\n/g, '').length);
    assert.equal(map.paragraphXml.length, map.text.split('\n').length);
    assert.ok(map.paragraphXml.every((at) => xml.startsWith('<w:p', at)));
  });
});
