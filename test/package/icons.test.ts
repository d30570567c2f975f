// Teams icon rules: colour 192×192; outline 32×32, white on a transparent background only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR } from '../../scripts/package-app.js';

function load(name: string): PNG {
  return PNG.sync.read(readFileSync(path.join(APP_PACKAGE_DIR, name)));
}

function pixels(png: PNG): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    out.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!]);
  }
  return out;
}

describe('app icons', () => {
  it('colour icon is 192×192 with an opaque centre', () => {
    const color = load('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const centre = (96 * 192 + 96) * 4;
    expect(color.data[centre + 3]).toBe(255);
  });

  it('colour icon shows the gold thread on dark blue', () => {
    const all = pixels(load('color.png')).filter(([, , , a]) => a === 255);
    const gold = all.filter(([r, g, b]) => r > 200 && g > 140 && b < 60);
    const navy = all.filter(([r, g, b]) => r < 40 && g < 50 && b > 60);
    expect(gold.length).toBeGreaterThan(1000);
    expect(navy.length).toBeGreaterThan(gold.length);
  });

  it('outline icon is 32×32, only white and transparent, with the alpha channel in use', () => {
    const outline = load('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const all = pixels(outline);
    const visible = all.filter(([, , , a]) => a > 0);
    expect(visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(all.some(([, , , a]) => a === 0)).toBe(true);
    expect(visible.filter(([, , , a]) => a === 255).length).toBeGreaterThan(20);
    expect(visible.length).toBeLessThan(all.length / 2);
  });
});
