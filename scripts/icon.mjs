// Writes images/icon.png, the 128×128 icon of the extension and the package: a red seal-like
// square (the colour of a 公文's 红头) with a white frame and three white text lines, drawn
// pixel by pixel and encoded as a PNG with node:zlib (no image library, no network).
//   node scripts/icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const RED = [198, 40, 40, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y) {
  const r = 14; // rounded corners
  const cx = x < r ? r : x > N - 1 - r ? N - 1 - r : x;
  const cy = y < r ? r : y > N - 1 - r ? N - 1 - r : y;
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const frame = (x >= 10 && x <= 117 && y >= 10 && y <= 117) && !(x >= 15 && x <= 112 && y >= 15 && y <= 112);
  if (frame) return WHITE;
  // The red head line under the title, then three lines of text.
  if (y >= 40 && y <= 43 && x >= 26 && x <= 101) return WHITE;
  for (const [top, right] of [[58, 101], [74, 101], [90, 80]]) if (y >= top && y <= top + 5 && x >= 26 && x <= right) return WHITE;
  // The title: a short thick bar centred above the head line.
  if (y >= 24 && y <= 31 && x >= 40 && x <= 87) return WHITE;
  return RED;
}

const raw = Buffer.alloc(N * (1 + N * 4));
for (let y = 0; y < N; y++) {
  raw[y * (1 + N * 4)] = 0; // filter: none
  for (let x = 0; x < N; x++) Buffer.from(pixel(x, y)).copy(raw, y * (1 + N * 4) + 1 + x * 4);
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
