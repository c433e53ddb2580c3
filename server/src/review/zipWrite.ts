// Writing the reviewed .docx: the archive's entries in their order, each copied as stored
// (compressed bytes, CRC and sizes untouched: images are never inflated) unless it was rewritten,
// then deflated afresh; new parts at the end. No ZIP64: the archives read are far below 4 GiB
// (io/docx.ts refuses larger ones).

import { zlib } from '../io/lazyNode';
import type { StoredEntry } from '../io/docx';

interface OutEntry {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  data: Buffer;
  size: number;
  externalAttributes: number;
}

/** Bit 3: sizes in a data descriptor after the data (not written here: the local header has them). */
const DATA_DESCRIPTOR = 0x0008;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

export function writeArchive(entries: readonly StoredEntry[], rewritten: ReadonlyMap<string, string>, added: ReadonlyMap<string, string>, now: Date): Buffer {
  const out: OutEntry[] = [];
  for (const { entry, stored } of entries) {
    const text = rewritten.get(entry.fileName);
    const base = { name: entry.fileNameRaw, time: entry.lastModFileTime, date: entry.lastModFileDate, externalAttributes: entry.externalFileAttributes };
    if (text !== undefined) out.push({ ...base, ...deflated(text), flags: (entry.generalPurposeBitFlag & UTF8_NAME) | 0 });
    else out.push({ ...base, flags: entry.generalPurposeBitFlag & ~DATA_DESCRIPTOR, method: entry.compressionMethod, crc: entry.crc32, data: stored, size: entry.uncompressedSize });
  }
  const [time, date] = dosTime(now);
  for (const [name, text] of added) out.push({ name: Buffer.from(name, 'utf8'), flags: UTF8_NAME, time, date, externalAttributes: 0, ...deflated(text) });
  return zip(out);
}

function deflated(text: string): Pick<OutEntry, 'method' | 'crc' | 'data' | 'size'> {
  const bytes = Buffer.from(text, 'utf8');
  return { method: 8, crc: zlib().crc32(bytes) >>> 0, data: zlib().deflateRawSync(bytes), size: bytes.length };
}

function zip(entries: readonly OutEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, e);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    writeCommon(dir, 8, e);
    dir.writeUInt32LE(e.externalAttributes >>> 0, 38);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, e.name, e.data);
    central.push(dir, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The fields a local header and its central directory record share, in the same order from `at`: flags, method, time, date, CRC, sizes, name length. */
function writeCommon(b: Buffer, at: number, e: OutEntry): void {
  b.writeUInt16LE(e.flags, at);
  b.writeUInt16LE(e.method, at + 2);
  b.writeUInt16LE(e.time, at + 4);
  b.writeUInt16LE(e.date, at + 6);
  b.writeUInt32LE(e.crc >>> 0, at + 8);
  b.writeUInt32LE(e.data.length, at + 12);
  b.writeUInt32LE(e.size, at + 16);
  b.writeUInt16LE(e.name.length, at + 20);
}

/** MS-DOS time and date of a moment (local fields as UTC: a .docx carries no zone). */
function dosTime(d: Date): [number, number] {
  const year = Math.max(1980, d.getUTCFullYear());
  return [(d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1), ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()];
}
