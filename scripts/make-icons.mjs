// Draws Scrim's toolbar and store icons and writes them as PNG files to
// extension/icons/scrim-{16,48,128}.png: an indigo rounded square with
// faint lines of text and a white lens that shows them (text being screened).
// Rendered with 4×4 supersampling and encoded with node:zlib, no image
// library. The PNGs are committed; rerun after changing the drawing:
//   node scripts/make-icons.mjs

import fs from 'node:fs/promises';
import zlib from 'node:zlib';

const SIZES = [16, 48, 128];
const OUT = new URL('../extension/icons/', import.meta.url);
const SAMPLES = 4;

const INDIGO = [51, 70, 211];
const WHITE = [255, 255, 255];
const BAR = [170, 182, 255];

/**
 * Colour and coverage of the icon at a point of the unit square.
 * @param {number} x @param {number} y in [0, 1)
 * @returns {[number, number, number, number]} r, g, b, a (0–255)
 */
function shade(x, y) {
  if (!insideRoundedSquare(x, y, 0.04, 0.22)) return [0, 0, 0, 0];
  const dx = x - 0.45;
  const dy = y - 0.45;
  const r = Math.hypot(dx, dy);
  // Lens ring and handle.
  if (r > 0.17 && r < 0.25) return [...WHITE, 255];
  const along = (dx + dy) / Math.SQRT2;
  const across = (dx - dy) / Math.SQRT2;
  if (along > 0.24 && along < 0.46 && Math.abs(across) < 0.06) return [...WHITE, 255];
  // Bars: lines of text, dark where the lens shows them, faint elsewhere.
  const inLens = r <= 0.17;
  for (const [top, right] of [
    [0.3, 0.82],
    [0.48, 0.7],
    [0.66, 0.5],
  ]) {
    if (y > top && y < top + 0.08 && x > 0.16 && x < right) return inLens ? [...INDIGO, 255] : [...BAR, 255];
  }
  return inLens ? [...WHITE, 255] : [...INDIGO, 255];
}

/** @param {number} x @param {number} y @param {number} inset @param {number} radius */
function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** @param {number} size @returns {Buffer} RGBA rows, each prefixed with filter byte 0 */
function render(size) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = row + 1 + px * 4;
      const alpha = sum[3] / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++) rows[offset + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      rows[offset + 3] = Math.round(alpha);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** @param {number} size */
function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(render(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

await fs.mkdir(OUT, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`scrim-${size}.png`, OUT);
  await fs.writeFile(file, png(size));
  console.log(`[icons] ${file.pathname}`);
}
