// Draws the toolbar icons (a rounded page with text lines and a sieve-green band) as PNGs in
// public/icons, with no image tools needed: `node scripts/data/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const GREEN = [47, 111, 79], PAPER = [251, 251, 248], INK = [60, 60, 56];
// The dimmed variant (a page that is no article): grey band, half transparent, like a disabled button.
const GREY = [128, 128, 124];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(x, y, s, dim) {
  const u = (x + 0.5) / s, v = (y + 0.5) / s, r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r)), dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const alpha = dim ? 140 : 255;
  if (v < 0.3) return [...(dim ? GREY : GREEN), alpha];
  const line = [0.42, 0.58, 0.74].some((ly) => Math.abs(v - ly) < 0.045) && u > 0.2 && u < (v > 0.7 ? 0.62 : 0.8);
  return [...(line ? INK : PAPER), alpha];
}

function png(s, dim = false) {
  const raw = Buffer.alloc((s * 4 + 1) * s);
  for (let y = 0; y < s; y++) {
    raw[y * (s * 4 + 1)] = 0;
    for (let x = 0; x < s; x++) Buffer.from(pixel(x, y, s, dim)).copy(raw, y * (s * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0); ihdr.writeUInt32BE(s, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
for (const s of SIZES) writeFileSync(`public/icons/icon-${s}.png`, png(s));
for (const s of [16, 32]) writeFileSync(`public/icons/icon-dim-${s}.png`, png(s, true));
