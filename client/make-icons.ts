import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/**
 * The app's icons (`public/icons/`): a white K on the accent blue, drawn as strokes so no image tool is
 * needed. `npx tsx client/make-icons.ts` writes them; they are committed, as the build only copies them.
 * The maskable icon keeps the K inside the central 80 % a launcher may show.
 */
const ACCENT = [0x1f, 0x5f, 0x99];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from point p to the segment a–b. */
function distance(px: number, py: number, [ax, ay, bx, by]: readonly [number, number, number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size: number, scale: number): Buffer {
  // the K in a unit square, centred; scale < 1 leaves room for a maskable icon's safe zone
  const unit = (value: number) => size * (0.5 + (value - 0.5) * scale);
  const strokes: Array<[number, number, number, number]> = [
    [unit(0.32), unit(0.2), unit(0.32), unit(0.8)],
    [unit(0.36), unit(0.52), unit(0.7), unit(0.2)],
    [unit(0.45), unit(0.45), unit(0.72), unit(0.8)],
  ];
  const width = size * 0.1 * scale;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const near = Math.min(...strokes.map((stroke) => distance(x + 0.5, y + 0.5, stroke)));
      // one pixel of smoothing at the stroke's edge
      const ink = Math.max(0, Math.min(1, width / 2 + 0.5 - near));
      for (let channel = 0; channel < 3; channel += 1)
        row[1 + x * 3 + channel] = Math.round(ACCENT[channel]! * (1 - ink) + WHITE[channel]! * ink);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public', 'icons');
fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size, 1));
  fs.writeFileSync(path.join(out, `maskable-${size}.png`), icon(size, 0.75));
}
fs.writeFileSync(path.join(out, 'apple-touch-icon.png'), icon(180, 0.85));
