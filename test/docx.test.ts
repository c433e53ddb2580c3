// Reading Word documents: the text of the body as Word shows it (tracked changes, fields,
// alternate content, tables, text boxes), and archives bounded before they are opened: a
// declared size over the limit, a directory that lies, an abnormal compression ratio, and
// files that are not archives at all. The archives are built on the fly (helpers/zip.ts).

import * as assert from 'node:assert/strict';
import { readDocx, inflateLimit } from '../server/src/io/docx';
import { wordText } from '../server/src/io/wordXml';
import { makeDocx } from './helpers/docx';
import { TempTree } from './helpers/tempTree';
import { docxBomb, honest, writeZip } from './helpers/zip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`;

describe('Word body text (wordXml)', () => {
  it('one line per paragraph; runs joined; tabs kept; entities decoded', () => {
    const xml = doc('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>关于</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">开展 </w:t></w:r><w:r><w:tab/><w:t>检查&amp;&lt;督查&gt;&#x4E00;&#20108;</w:t></w:r></w:p><w:p><w:r><w:t>各区县：</w:t></w:r></w:p>');
    assert.equal(wordText(xml), '关于开展 \t检查&<督查>一二\n各区县：');
  });

  it('leaves out deleted and moved-away text and field instructions; keeps inserted text and field results', () => {
    const xml = doc(
      '<w:p><w:r><w:t>会议</w:t></w:r><w:del w:id="1"><w:r><w:delText>不</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>定于</w:t></w:r></w:ins>' +
        '<w:moveFrom w:id="3"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2026年3月2日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:t>召开</w:t></w:r></w:p>',
    );
    assert.equal(wordText(xml), '会议定于2026年3月2日召开');
  });

  it('reads the fallback of alternate content once, table cells as paragraphs, and runs a paragraph whose mark was deleted into the next', () => {
    const xml = doc(
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
        '<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>时间</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内容</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        '<w:p><w:pPr><w:rPr><w:del w:id="9"/></w:rPr></w:pPr><w:r><w:t>上半句，</w:t></w:r></w:p><w:p><w:r><w:t>下半句。</w:t></w:r></w:p>',
    );
    assert.deepEqual(wordText(xml).split('\n'), ['框内', '', '时间', '内容', '上半句，下半句。']);
  });

  it('malformed markup: reads what text it finds, in time linear in its length', () => {
    assert.equal(wordText('<w:p><w:r><w:t>未闭合<w:p><w:t>第二</w:t></w:p>'), '未闭合第二');
    assert.equal(wordText('<<<<'.repeat(100_000) + '<w:t>尾</w:t>'), '尾');
    // 800,000 stray '<' without a '>': a tokenizer that looked past them would take minutes (mocha's timeout).
    assert.equal(wordText('<a<b'.repeat(200_000)), '');
    assert.equal(wordText('<w:p><w:t><![CDATA[原样<文字>]]></w:t></w:p>'), '原样<文字>');
  });
});

describe('reading .docx files within bounds', function () {
  this.timeout(30000);
  let t: TempTree;
  beforeEach(() => (t = new TempTree('gongwen-docx-')));
  afterEach(() => t.remove());

  it('a Word file reads as its paragraphs', async () => {
    const file = t.write('ok.docx', await makeDocx(['关于开展检查的通知', '各区县：', '　　现通知如下。']));
    assert.deepEqual(await readDocx(file), { ok: true, text: '关于开展检查的通知\n各区县：\n　　现通知如下。' });
  });

  it('a declared size over the limit is refused from the directory alone: 文件过大, too large', async () => {
    const file = t.write('bomb.docx', docxBomb(400));
    const r = await readDocx(file);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.match(r.reason.zh, /^文件过大：Word 文档解压后的正文部件超过 32,000,000 字节（已达 4\d\d,\d{3},\d{3}），未读取$/);
    assert.match(r.reason.en, /^too large: /);
    assert.equal(r.tooLarge, true);
  });

  it('the limit follows maxFileSize', async () => {
    const xml = doc(Array.from({ length: 300 }, (_, i) => `<w:p><w:r><w:t>第${i}段正文。</w:t></w:r></w:p>`).join(''));
    const file = t.write('long.docx', await zipOf(xml));
    assert.equal((await readDocx(file, 100_000)).ok, true);
    const small = await readDocx(file, 500);
    assert.equal(small.ok, false);
    if (!small.ok) assert.ok(small.reason.zh.includes(`超过 ${inflateLimit(500).toLocaleString('en-US')} 字节`), small.reason.zh);
  });

  it('a directory that understates a part is caught while inflating: 压缩比异常, naming the part', async () => {
    const file = t.write('lie.docx', docxBomb(400, 1000));
    const r = await readDocx(file);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.reason.zh, '压缩比异常：Word 文档部件 word/document.xml 解压后超过其声明的 1,000 字节（疑似压缩炸弹），未读取');
    assert.notEqual(r.tooLarge, true); // hostile, not a setting's choice: the run fails
  });

  it('a part under the limit but inflating more than a hundredfold is refused: 压缩比异常', async () => {
    const file = t.write('ratio.docx', docxBomb(30));
    const r = await readDocx(file, 10_000_000);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.reason.zh, /^压缩比异常：Word 文档的部件 [\d,]+ 字节解压为 [\d,]+ 字节（疑似压缩炸弹），未读取$/);
  });

  it('not an archive, a truncated archive, an archive without a body, a folder: each refused with its reason', async () => {
    const good = await makeDocx(['正文']);
    const cases: Array<[string, Uint8Array | null, RegExp]> = [
      ['text.docx', Buffer.from('这不是压缩包'), /^不是 .docx 压缩包（可能是改了扩展名的 .doc、加密的文档或其他文件）$/],
      ['cut.docx', good.subarray(0, good.length - 30), /^不是 \.docx 压缩包/],
      ['nobody.docx', writeZip([honest('word/styles.xml', '<w:styles/>')]), /^无法读取的 Word 文档：缺少正文部件 word\/document\.xml$/],
      ['dir.docx', null, /^不是普通文件$/],
    ];
    for (const [name, bytes, reason] of cases) {
      const file = bytes ? t.write(name, bytes) : t.path(name);
      if (!bytes) t.write(`${name}/inner.txt`, 'x');
      const r = await readDocx(file);
      assert.equal(r.ok, false, name);
      if (!r.ok) assert.match(r.reason.zh, reason, name);
    }
  });

  it('the main part named by the package relationships is the one read', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const file = t.write('renamed.docx', writeZip([honest('_rels/.rels', rels), honest('word/document.xml', doc('<w:p><w:r><w:t>旧</w:t></w:r></w:p>')), honest('word/document2.xml', doc('<w:p><w:r><w:t>新</w:t></w:r></w:p>'))]));
    assert.deepEqual(await readDocx(file), { ok: true, text: '新' });
  });
});

async function zipOf(documentXml: string): Promise<Buffer> {
  return writeZip([honest('word/document.xml', documentXml)]);
}
