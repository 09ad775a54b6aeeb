#!/usr/bin/env node
// Draws the tray icons (one per state, 1x and @2x, colour and macOS template) and the app icon
// as PNGs with no dependencies, so they can be regenerated and reviewed as code:
//   node assets/tray/make-icons.mjs
// Each state has its own shape as well as its own colour, so the icon reads without colour
// (macOS template images are monochrome, and some users do not tell red from green).
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";
import path from "node:path";

const here = import.meta.dirname;

const disc = (x, y, r) => x * x + y * y <= r * r;
const ring = (x, y, inner, outer) => !disc(x, y, inner) && disc(x, y, outer);
const exclamation = (x, y) => (Math.abs(x) < 0.13 && y > -0.55 && y < 0.12) || disc(x, y - 0.38, 0.13);

// Shapes on a unit square centred on 0,0 (y grows downwards), one per TrayTone.
const SHAPES = {
  healthy: (x, y) => disc(x, y, 0.85),
  "at-risk": (x, y) => ring(x, y, 0.5, 0.85),
  late: (x, y) => disc(x, y, 0.85) && !exclamation(x, y),
  unknown: (x, y) => ring(x, y, 0.66, 0.85) || disc(x, y, 0.2),
};
const COLOURS = { healthy: [31, 157, 85], "at-risk": [217, 138, 8], late: [208, 52, 44], unknown: [128, 137, 150] };

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4; // 4x4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / samples) / size) * 2 - 1;
          const [r, g, b, a] = pixel(x, y);
          acc = [acc[0] + r * a, acc[1] + g * a, acc[2] + b * a, acc[3] + a];
        }
      }
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      const alpha = acc[3] / (samples * samples);
      raw[offset] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      raw[offset + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      raw[offset + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      raw[offset + 3] = Math.round(alpha * 255);
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

for (const [tone, inside] of Object.entries(SHAPES)) {
  for (const [suffix, size] of [["", 16], ["@2x", 32]]) {
    const colour = COLOURS[tone];
    writeFileSync(path.join(here, `${tone}${suffix}.png`), png(size, (x, y) => (inside(x, y) ? [...colour, 1] : [0, 0, 0, 0])));
    // Template images: black plus alpha; macOS tints them for light and dark menu bars.
    writeFileSync(path.join(here, `${tone}Template${suffix}.png`), png(size, (x, y) => (inside(x, y) ? [0, 0, 0, 1] : [0, 0, 0, 0])));
  }
}

// The app icon: a rounded square in the brand gradient with a white alert disc.
const roundedSquare = (x, y) => {
  const r = 0.35;
  const dx = Math.max(Math.abs(x) - (0.9 - r), 0);
  const dy = Math.max(Math.abs(y) - (0.9 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
writeFileSync(
  path.join(here, "..", "icon.png"),
  png(512, (x, y) => {
    if (!roundedSquare(x, y)) return [0, 0, 0, 0];
    if (disc(x, y, 0.42) && !exclamation(x / 0.45, y / 0.45)) return [255, 255, 255, 1];
    const t = (x + y + 2) / 4;
    return [Math.round(47 + (107 - 47) * t), Math.round(111 + (78 - 111) * t), Math.round(237 + (234 - 237) * t), 1];
  }),
);
