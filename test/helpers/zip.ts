// Zip archives written byte by byte, so tests can build what no zip library writes: entries
// whose directory lies about their size, and bombs that inflate a thousandfold, in milliseconds.

import { constants, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The deflated bytes as stored. */
  data: Buffer;
  /** The inflated size the archive declares (the truth, or a lie). */
  declaredSize: number;
}

/** Deflated bytes that inflate to `chunk` repeated `times` times: one flushed block, repeated, then a final empty block. */
export function deflateRepeated(chunk: Buffer, times: number): Buffer {
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: times }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

/** An honest entry: `text` deflated, with its true size. */
export function honest(name: string, text: string): RawEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(bytes), declaredSize: bytes.length };
}

/** A zip archive (deflate, no CRC checked by readers that stream) holding the entries in order. */
export function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 14); // crc (not checked when streaming)
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const PARAGRAPH = Buffer.from('<w:p><w:r><w:t>关于开展专项检查工作的通知。</w:t></w:r></w:p>'.repeat(2048), 'utf8');

/** A .docx whose word/document.xml inflates to about `mib` MiB of paragraphs, declaring `declared` bytes (default: the truth). */
export function docxBomb(mib: number, declared?: number): Buffer {
  const times = Math.ceil((mib * 1024 * 1024) / PARAGRAPH.length);
  const doc: RawEntry = { name: 'word/document.xml', data: deflateRepeated(PARAGRAPH, times), declaredSize: declared ?? Math.min(PARAGRAPH.length * times, 0xffffffff) };
  return writeZip([honest('[Content_Types].xml', CONTENT_TYPES), honest('_rels/.rels', RELS), doc]);
}
