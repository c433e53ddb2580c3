// Encoding test texts the way files arrive on disk: UTF-8 with BOM, UTF-16 LE/BE with BOM,
// GB18030. Node has no GB18030 encoder, so one is derived from its decoder (two-byte codes).

export function utf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export function utf16leBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function utf16beBom(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

let gbTable: Map<string, [number, number]> | null = null;

function table(): Map<string, [number, number]> {
  if (gbTable) return gbTable;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
  const map = new Map<string, [number, number]>();
  // Every two-byte code decodes to one BMP character.
  for (let i = 0; i < decoded.length; i++) if (!map.has(decoded[i]!)) map.set(decoded[i]!, [pairs[2 * i]!, pairs[2 * i + 1]!]);
  gbTable = map;
  return map;
}

/** GB18030 bytes of text (ASCII and the two-byte range, which holds all of GBK's Chinese). */
export function gb18030(text: string): Buffer {
  const t = table();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const b = t.get(ch);
    if (!b) throw new Error(`no two-byte GB18030 code for U+${c.toString(16)}`);
    out.push(b[0], b[1]);
  }
  const buf = Buffer.from(out);
  if (new TextDecoder('gb18030').decode(buf) !== text) throw new Error('GB18030 round trip failed');
  return buf;
}
