// Draws Rapport's icons (a speech bubble with a check mark) as PNGs with no dependencies: signed distance fields,
// 4×4 supersampling, zlib. Writes the ribbon icons to assets/ and the manifest's color/outline icons to manifest/.
// Run: node packages/outlook/scripts/icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const BRAND_TOP = [0x2b, 0x88, 0xd8];
const BRAND_BOTTOM = [0x0f, 0x5c, 0xa8];

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
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Signed distances in unit coordinates (0..1); negative inside.
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r;
  const dx = Math.abs(x - cx) - hx, dy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - vx * t, py - vy * t);
};
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const d = Math.min(segment(x, y, ax, ay, bx, by), segment(x, y, bx, by, cx, cy), segment(x, y, cx, cy, ax, ay));
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const a = s(ax, ay, bx, by), b = s(bx, by, cx, cy), c = s(cx, cy, ax, ay);
  const inside = (a < 0 && b < 0 && c < 0) || (a > 0 && b > 0 && c > 0);
  return inside ? -d : d;
};
const bubble = (x, y) => Math.min(roundRect(x, y, 0.17, 0.2, 0.83, 0.68, 0.12), triangle(x, y, [0.28, 0.6], [0.26, 0.84], [0.48, 0.64]));
const check = (x, y) => Math.min(segment(x, y, 0.34, 0.44, 0.45, 0.55), segment(x, y, 0.45, 0.55, 0.66, 0.33));

function draw(size, shade) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0; out[i + 1] = a ? Math.round(g / a) : 0; out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png(size, out);
}

/** Full-colour icon: blue tile, white bubble, blue check. */
const color = (x, y) => {
  if (roundRect(x, y, 0, 0, 1, 1, 0.22) > 0) return [0, 0, 0, 0];
  const mix = BRAND_TOP.map((c, k) => Math.round(c + (BRAND_BOTTOM[k] - c) * y));
  if (check(x, y) < 0.055) return [...mix, 1];
  if (bubble(x, y) < 0) return [255, 255, 255, 1];
  return [...mix, 1];
};
/** Outline icon (Teams rule: white on transparent): the bubble's edge and the check. */
const outline = (x, y) => (Math.abs(bubble(x, y)) < 0.045 || check(x, y) < 0.05 ? [255, 255, 255, 1] : [0, 0, 0, 0]);

const assets = join(here, '../assets');
const manifestDir = join(here, '../../../manifest');
mkdirSync(assets, { recursive: true });
mkdirSync(manifestDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(assets, `icon-${size}.png`), draw(size, color));
writeFileSync(join(manifestDir, 'color.png'), draw(192, color));
writeFileSync(join(manifestDir, 'outline.png'), draw(32, outline));
console.log('icons written to packages/outlook/assets and manifest/');
