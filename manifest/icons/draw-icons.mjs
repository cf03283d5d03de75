// Draws ExpertBot's two Teams icons, a magnifier over a person, and writes them next to
// manifest.json:
//   color.png    192×192, white person and amber magnifier on the accent colour
//   outline.png   32×32, the same drawing in white on a transparent background
// Teams rejects an outline icon with any pixel that is not white or transparent, so the outline
// is antialiased through alpha only: its colour channels are always 255.
//
//   node manifest/icons/draw-icons.mjs
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const manifestDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const accent = [0x2b, 0x59, 0xc3];
const white = [0xff, 0xff, 0xff];
const amber = [0xff, 0xc8, 0x3d];

// The drawing, in unit coordinates (0..1, y down). The magnifier sits over the person's right
// shoulder; a gap of background around the magnifier keeps the two shapes apart at 32 px.
const head = { x: 0.39, y: 0.33, r: 0.15 };
const body = { x: 0.39, y: 0.86, rx: 0.27, ry: 0.3, top: 0.53, bottom: 0.86 };
const lens = { x: 0.66, y: 0.6, outer: 0.17, inner: 0.105 };
const handle = { x1: 0.775, y1: 0.715, x2: 0.89, y2: 0.83, width: 0.075 };
const gap = 0.045;

function insideEllipse(x, y, e) {
  const dx = (x - e.x) / e.rx;
  const dy = (y - e.y) / e.ry;
  return dx * dx + dy * dy <= 1;
}

function distanceToSegment(x, y, s) {
  const vx = s.x2 - s.x1;
  const vy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((x - s.x1) * vx + (y - s.y1) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (s.x1 + t * vx), y - (s.y1 + t * vy));
}

function person(x, y) {
  if (Math.hypot(x - head.x, y - head.y) <= head.r) return true;
  return y >= body.top && y <= body.bottom && insideEllipse(x, y, body);
}

function magnifier(x, y, grow = 0) {
  const d = Math.hypot(x - lens.x, y - lens.y);
  const ring = d <= lens.outer + grow && d >= lens.inner - grow;
  return ring || distanceToSegment(x, y, handle) <= handle.width / 2 + grow;
}

function magnifierHalo(x, y) {
  // The lens keeps whatever is behind it visible, so the halo only surrounds the ring and handle.
  return Math.hypot(x - lens.x, y - lens.y) <= lens.outer + gap || distanceToSegment(x, y, handle) <= handle.width / 2 + gap;
}

// Returns [r, g, b, a] (0..1 alpha) of one sample point.
function colorSample(x, y) {
  if (magnifier(x, y)) return [...amber, 1];
  if (person(x, y) && !magnifierHalo(x, y)) return [...white, 1];
  if (person(x, y) && Math.hypot(x - lens.x, y - lens.y) < lens.inner - gap) return [...white, 1];
  return [...accent, 1];
}

function outlineSample(x, y) {
  if (magnifier(x, y)) return [...white, 1];
  const seenThroughLens = Math.hypot(x - lens.x, y - lens.y) < lens.inner - gap;
  if (person(x, y) && (!magnifierHalo(x, y) || seenThroughLens)) return [...white, 1];
  return [...white, 0];
}

function render(size, sample, margin) {
  const supersample = 8;
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 1 - 2 * margin;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < supersample; sy++) {
        for (let sx = 0; sx < supersample; sx++) {
          const u = ((px + (sx + 0.5) / supersample) / size - margin) / scale;
          const v = ((py + (sy + 0.5) / supersample) / size - margin) / scale;
          const [sr, sg, sb, sa] = sample(u, v);
          r += sr * sa; g += sg * sa; b += sb * sa; a += sa;
        }
      }
      const offset = (py * size + px) * 4;
      const n = supersample * supersample;
      pixels[offset] = a ? Math.round(r / a) : 255;
      pixels[offset + 1] = a ? Math.round(g / a) : 255;
      pixels[offset + 2] = a ? Math.round(b / a) : 255;
      pixels[offset + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Teams crops the colour icon to a rounded square and wants the symbol inside its middle area.
await writeFile(path.join(manifestDirectory, "color.png"), png(192, render(192, colorSample, 0.16)));
await writeFile(path.join(manifestDirectory, "outline.png"), png(32, render(32, outlineSample, 0.02)));
console.log(`wrote color.png and outline.png in ${manifestDirectory}`);
