#!/usr/bin/env node
// Draws the tray icons (one per state, 1x and @2x, colour and macOS template) and the app icon at
// every size each platform wants, as code that can be reviewed and re-run:
//   node assets/make-icons.mjs
// The shapes are drawn per size (not scaled down), as PNGs with no dependencies; the app icon is
// then packed as Windows .ico and macOS .icns with @shockpkg/icon-encoder.
// Each state has its own shape as well as its own colour, so the icon reads without colour
// (macOS template images are monochrome, and some users do not tell red from green).
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";
import path from "node:path";
import { IconIcns, IconIco } from "@shockpkg/icon-encoder";

const here = import.meta.dirname;
const tray = path.join(here, "tray");

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
    writeFileSync(path.join(tray, `${tone}${suffix}.png`), png(size, (x, y) => (inside(x, y) ? [...colour, 1] : [0, 0, 0, 0])));
    // Template images: black plus alpha; macOS tints them for light and dark menu bars.
    writeFileSync(path.join(tray, `${tone}Template${suffix}.png`), png(size, (x, y) => (inside(x, y) ? [0, 0, 0, 1] : [0, 0, 0, 0])));
  }
}

// The app icon: a rounded square in the brand gradient with a white alert disc.
const roundedSquare = (x, y) => {
  const r = 0.35;
  const dx = Math.max(Math.abs(x) - (0.9 - r), 0);
  const dy = Math.max(Math.abs(y) - (0.9 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const appIcon = (size) =>
  png(size, (x, y) => {
    if (!roundedSquare(x, y)) return [0, 0, 0, 0];
    if (disc(x, y, 0.42) && !exclamation(x / 0.45, y / 0.45)) return [255, 255, 255, 1];
    const t = (x + y + 2) / 4;
    return [Math.round(47 + (107 - 47) * t), Math.round(111 + (78 - 111) * t), Math.round(237 + (234 - 237) * t), 1];
  });

// Linux: a folder of NxN.png, installed into the hicolor theme at each size (electron-builder's
// linux.icon); the window and the tray fall back to icon.png.
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
// Windows .ico: the sizes Explorer, the taskbar and the installer pick from.
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// macOS .icns: each type is one size (ic11-ic14 and ic10 are the @2x of 16, 32, 128, 256, 512).
const ICNS_TYPES = [["ic04", 16], ["ic05", 32], ["ic11", 32], ["ic12", 64], ["ic07", 128], ["ic13", 256], ["ic08", 256], ["ic14", 512], ["ic09", 512], ["ic10", 1024]];

const images = new Map([...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])].map((size) => [size, appIcon(size)]));
mkdirSync(path.join(here, "icons"), { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(path.join(here, "icons", `${size}x${size}.png`), images.get(size));
writeFileSync(path.join(here, "icon.png"), images.get(512));
const ico = new IconIco();
for (const size of ICO_SIZES) await ico.addFromPng(images.get(size));
writeFileSync(path.join(here, "icon.ico"), ico.encode());
const icns = new IconIcns();
icns.toc = true;
for (const [type, size] of ICNS_TYPES) await icns.addFromPng(images.get(size), [type]);
writeFileSync(path.join(here, "icon.icns"), icns.encode());
