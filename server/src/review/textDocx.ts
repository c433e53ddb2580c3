// A plain-text draft (.txt, .md, .gw) as a new Word document, so that `gongwen review` can give it
// back with comments: one paragraph per line (an empty line stays an empty paragraph, so line n
// of the analysed text is paragraph n and the findings' places carry over unchanged), in the
// GB/T 9704 default look: body 仿宋_GB2312 三号 (16 pt), title (the first line with text)
// 方正小标宋简体 二号 (22 pt) centred. The comments are then written by reviewDocx like any .docx's.

import { splitLines } from '../cli/output';
import { escapeXml } from './annotate';
import { writeArchive } from './zipWrite';

/** Half-points, as w:sz counts: 三号 16 pt, 二号 22 pt. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const BODY_FONT = '仿宋_GB2312';
const TITLE_FONT = '方正小标宋简体';
/** The style id of the title paragraph. */
export const TITLE_STYLE = 'GongwenTitle';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A .docx of the text, one paragraph per line, the first line with text styled as the title. */
export function textToDocx(text: string): Uint8Array {
  const lines = splitLines(text);
  // The final line break ends the last line; it opens no paragraph of its own.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  const parts = new Map([
    ['[Content_Types].xml', contentTypes()],
    ['_rels/.rels', packageRels()],
    ['word/_rels/document.xml.rels', documentRels()],
    ['word/document.xml', documentXml(lines, titleAt)],
    ['word/styles.xml', stylesXml()],
  ]);
  // The same writer as a reviewed copy's: a new archive is one with only added parts.
  return writeArchive([], new Map(), parts, new Date());
}

function documentXml(lines: readonly string[], titleAt: number): string {
  const body = lines.map((l, i) => paragraph(l, i === titleAt)).join('');
  // A4 with GB/T 9704's margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twentieths of a point.
  const page = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${page}</w:body></w:document>`;
}

/** A line as a paragraph: its text in runs, a tab as w:tab (read back as "\t"). */
function paragraph(line: string, title: boolean): string {
  const pPr = title ? `<w:pPr><w:pStyle w:val="${TITLE_STYLE}"/></w:pPr>` : '';
  const runs = line
    .split('\t')
    .map((part, i) => `${i > 0 ? '<w:r><w:tab/></w:r>' : ''}${part ? `<w:r><w:t xml:space="preserve">${escapeText(part)}</w:t></w:r>` : ''}`)
    .join('');
  return `<w:p>${pPr}${runs}</w:p>`;
}

/** Text as XML character data; characters XML cannot hold become U+FFFD one for one, so every offset of the line stays where the analysis put it. */
function escapeText(s: string): string {
  return escapeXml(s, '\ufffd');
}

function fonts(name: string): string {
  return `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
}

function stylesXml(): string {
  const defaults = `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(BODY_FONT)}<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`;
  const normal = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr>${fonts(BODY_FONT)}<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/></w:rPr></w:style>`;
  const title = `<w:style w:type="paragraph" w:styleId="${TITLE_STYLE}"><w:name w:val="公文标题"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr>${fonts(TITLE_FONT)}<w:sz w:val="${TITLE_SIZE}"/><w:szCs w:val="${TITLE_SIZE}"/></w:rPr></w:style>`;
  return `${XML_HEAD}<w:styles xmlns:w="${W}">${defaults}${normal}${title}</w:styles>`;
}

function contentTypes(): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '</Types>'
  );
}

function packageRels(): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
}

function documentRels(): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
}
