// How much of an element is drawn: the share of its pixels that differ clearly from its most
// common colour (the background). A chart drawn in colours the page cannot show — white lines on
// a white forced-colours canvas — scores 0.
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

export function inkShare(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const [br, bg, bb] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
  let ink = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i]! - br) + Math.abs(data[i + 1]! - bg) + Math.abs(data[i + 2]! - bb) > 150)
      ink++;
  return ink / (width * height);
}

export async function inkOf(element: Locator): Promise<number> {
  return inkShare(await element.screenshot());
}
