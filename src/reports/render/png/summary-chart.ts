// The summary's small chart, for Word: one stacked bar per priority, drawn as a PNG that sits in
// the summary table's row beside the same counts as text (so colour is never the only signal), a
// segment per rating in proportion to its count.
import type { RatingState } from '../../../domain/model/types.js';
import type { ReportSummary, SummaryRow } from '../../model/types.js';
import { rgbOf, swatchOf } from '../palette.js';
import { Raster } from './encode-png.js';

export function ratingBarPng(
  counts: readonly number[],
  states: readonly (RatingState | null)[],
  scale: number,
  width = 240,
  height = 24,
): Buffer {
  const raster = new Raster(width, height);
  let x = 0;
  counts.forEach((count, c) => {
    const w = (count / Math.max(1, scale)) * width;
    raster.fillRect(x, 2, w, height - 4, rgbOf(swatchOf(states[c] ?? null).solid));
    // A white hairline between segments keeps adjacent ratings distinct without relying on colour.
    if (count > 0) raster.fillRect(x + w - 1, 2, 1, height - 4, [255, 255, 255]);
    x += w;
  });
  return raster.toPng();
}

export function rowAltText(summary: ReportSummary, row: SummaryRow): string {
  return `${row.label}: ${summary.columns.map((c, i) => `${row.counts[i] ?? 0} ${c}`).join(', ')}`;
}
