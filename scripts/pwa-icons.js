// Draws the installable app's icons (web/public/icons/tryggve-<size>.png): a white "T" on the
// app's blue, inside the middle 60 % so a maskable crop (a circle, a squircle) never cuts it.
// Plain PNG written with zlib, no image library. Run: node scripts/pwa-icons.js
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const blue = [25, 113, 194];
const white = [255, 255, 255];

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});
function crc32(buffer) {
  let value = 0xffffffff;
  for (const byte of buffer) value = crcTable[(value ^ byte) & 0xff] ^ (value >>> 8);
  return (value ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function icon(size) {
  const isInT = (x, y) => {
    const u = x / size;
    const v = y / size;
    const isBar = u >= 0.27 && u <= 0.73 && v >= 0.27 && v <= 0.39;
    const isStem = u >= 0.44 && u <= 0.56 && v >= 0.27 && v <= 0.75;
    return isBar || isStem;
  };
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) row.set(isInT(x, y) ? white : blue, 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const folder = join(import.meta.dirname, '..', 'web', 'public', 'icons');
for (const size of [192, 512]) writeFileSync(join(folder, `tryggve-${size}.png`), icon(size));
