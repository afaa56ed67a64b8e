// Draws the toolbar icons (public/icon/{16,32,48,128}.png): a teal shield with a white cross.
// Plain Node (zlib + a hand-written PNG encoder), so no image tool or network is needed.
// Run once after changing the design: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

/** Colour at a point of the unit square (0..1), or null outside the shape. */
function shade(x, y) {
  const inShield = y >= 0.08 && y <= 0.94 && (y < 0.55 ? Math.abs(x - 0.5) <= 0.4 : Math.abs(x - 0.5) <= 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.39) ** 2)));
  if (!inShield) return null;
  const inCross = (Math.abs(x - 0.5) <= 0.075 && y >= 0.27 && y <= 0.73) || (Math.abs(y - 0.5) <= 0.075 && x >= 0.27 && x <= 0.73);
  return inCross ? WHITE : TEAL;
}

function render(size) {
  const samples = 4; // 4×4 supersampling for smooth edges at 16 px
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c) { sum[0] += c[0]; sum[1] += c[1]; sum[2] += c[2]; sum[3] += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (sum[3]) for (let k = 0; k < 3; k++) rgba[o + k] = Math.round(sum[k] / sum[3]);
      rgba[o + 3] = Math.round((255 * sum[3]) / samples ** 2);
    }
  }
  return encodePng(size, size, rgba);
}

function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`${size}.png`, outDir), render(size));
