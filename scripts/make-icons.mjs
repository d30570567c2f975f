#!/usr/bin/env node
// Draws the two Teams app icons (a gold thread on a dark blue rounded square; the same thread in
// white on transparent) with pngjs, so they are reproducible from source: `node scripts/make-icons.mjs`.
// Sizes and rules from the Teams app icon guidance: colour 192×192 (full colour), outline 32×32
// (white on a transparent background, nothing else).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');
const NAVY = [0x1f, 0x2a, 0x44];
const GOLD = [0xd4, 0xa0, 0x17];
const SAMPLES = 4; // 4×4 supersampling per pixel gives smooth edges without a drawing library.

/** The thread: an S-shaped cubic Bézier across the square, in unit coordinates (0..1). */
const THREAD = [
  [0.16, 0.72],
  [0.42, 0.02],
  [0.58, 0.98],
  [0.84, 0.28],
];

function bezier(t) {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [0, 1].map((axis) => w.reduce((sum, wi, i) => sum + wi * THREAD[i][axis], 0));
}

const CURVE = Array.from({ length: 400 }, (_, i) => bezier(i / 399));

function distanceToThread(x, y) {
  let best = Infinity;
  for (const [cx, cy] of CURVE) best = Math.min(best, Math.hypot(x - cx, y - cy));
  return best;
}

/** Inside test for a rounded square with corner radius r (unit coordinates). */
function insideRoundedSquare(x, y, r) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

/** Fraction of a pixel's samples for which `test(x, y)` holds. */
function coverage(px, py, size, test) {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      const x = (px + (i + 0.5) / SAMPLES) / size;
      const y = (py + (j + 0.5) / SAMPLES) / size;
      if (test(x, y)) hits += 1;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function writePng(file, size, pixel) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x, y);
      const at = (y * size + x) * 4;
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = a;
    }
  }
  writeFileSync(path.join(OUT, file), PNG.sync.write(png));
}

function colourIcon() {
  const size = 192;
  writePng('color.png', size, (x, y) => {
    const square = coverage(x, y, size, (u, v) => insideRoundedSquare(u, v, 0.18));
    const thread = coverage(x, y, size, (u, v) => distanceToThread(u, v) < 0.055);
    const mix = (i) => Math.round(NAVY[i] * (1 - thread) + GOLD[i] * thread);
    return [mix(0), mix(1), mix(2), Math.round(255 * square)];
  });
}

function outlineIcon() {
  const size = 32;
  writePng('outline.png', size, (x, y) => {
    const thread = coverage(x, y, size, (u, v) => distanceToThread(u, v) < 0.07);
    // Teams: the outline icon is white on transparent; only the alpha channel varies.
    return [255, 255, 255, Math.round(255 * thread)];
  });
}

colourIcon();
outlineIcon();
console.log(`Wrote ${path.join(OUT, 'color.png')} and ${path.join(OUT, 'outline.png')}`);
